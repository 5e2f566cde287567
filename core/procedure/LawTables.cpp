#include "LawTables.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonValue>

#include <algorithm>

namespace saisine::law {

namespace {

// The built-in holiday labels, listed here so that lupdate finds them (they live in JSON).
[[maybe_unused]] const char* const builtInHolidayLabels[] = {
    QT_TRANSLATE_NOOP("LawData", "New Year's Day"),        QT_TRANSLATE_NOOP("LawData", "Good Friday"),
    QT_TRANSLATE_NOOP("LawData", "Easter Monday"),         QT_TRANSLATE_NOOP("LawData", "Labour Day"),
    QT_TRANSLATE_NOOP("LawData", "Victory in Europe Day"), QT_TRANSLATE_NOOP("LawData", "Ascension Day"),
    QT_TRANSLATE_NOOP("LawData", "Whit Monday"),           QT_TRANSLATE_NOOP("LawData", "National Day"),
    QT_TRANSLATE_NOOP("LawData", "Assumption Day"),        QT_TRANSLATE_NOOP("LawData", "All Saints' Day"),
    QT_TRANSLATE_NOOP("LawData", "Armistice Day"),         QT_TRANSLATE_NOOP("LawData", "Christmas Day"),
    QT_TRANSLATE_NOOP("LawData", "St Stephen's Day"),      QT_TRANSLATE_NOOP("LawData", "Abolition of slavery"),
};

const QStringList builtInTables = {
    QStringLiteral("ordre_councils"), QStringLiteral("deontology"),   QStringLiteral("deadlines"),
    QStringLiteral("holidays"),       QStringLiteral("departements"), QStringLiteral("routes"),
};

struct LevelEntry
{
    CouncilLevel level;
    const char* key;
    const char* label;
};

const LevelEntry levelEntries[] = {
    {CouncilLevel::Departemental, "departemental", QT_TRANSLATE_NOOP("LawTables", "departmental council")},
    {CouncilLevel::DepartementalOrInterdepartemental, "departemental_or_interdepartemental",
     QT_TRANSLATE_NOOP("LawTables", "departmental or inter-departmental council")},
    {CouncilLevel::Regional, "regional", QT_TRANSLATE_NOOP("LawTables", "regional council")},
    {CouncilLevel::RegionalOrInterregional, "regional_or_interregional",
     QT_TRANSLATE_NOOP("LawTables", "regional or inter-regional council")},
    {CouncilLevel::CentralSection, "central_section", QT_TRANSLATE_NOOP("LawTables", "central council of the section")},
    {CouncilLevel::None, "none", QT_TRANSLATE_NOOP("LawTables", "no ordre")},
};

// Reads one row of a table and reports problems with the row's place in its file.
class RowReader
{
public:
    RowReader(const QJsonObject& object, QString record, bool strict)
        : m_object(object)
        , m_record(std::move(record))
        , m_strict(strict)
    {
    }

    bool failed() const { return m_error.has_value(); }
    const Error& error() const { return *m_error; }

    QString text(const char* field, bool required)
    {
        const QJsonValue value = m_object.value(QLatin1StringView(field));
        if (value.isUndefined() || value.isNull()) {
            if (required && m_strict) {
                fail(field, LawTables::tr("A required value is missing."));
            }
            return {};
        }
        if (!value.isString()) {
            fail(field, LawTables::tr("This value must be text."));
            return {};
        }
        return value.toString();
    }

    int integer(const char* field, bool required, int fallback = 0)
    {
        const QJsonValue value = m_object.value(QLatin1StringView(field));
        if (value.isUndefined() || value.isNull()) {
            if (required && m_strict) {
                fail(field, LawTables::tr("A required value is missing."));
            }
            return fallback;
        }
        if (!value.isDouble() || value.toDouble() != static_cast<double>(value.toInt())) {
            fail(field, LawTables::tr("This value must be a whole number."));
            return fallback;
        }
        return value.toInt();
    }

    bool boolean(const char* field)
    {
        const QJsonValue value = m_object.value(QLatin1StringView(field));
        if (value.isUndefined() || value.isNull()) {
            return false;
        }
        if (!value.isBool()) {
            fail(field, LawTables::tr("This value must be true or false."));
            return false;
        }
        return value.toBool();
    }

    QStringList list(const char* field)
    {
        const QJsonValue value = m_object.value(QLatin1StringView(field));
        if (value.isUndefined() || value.isNull()) {
            return {};
        }
        if (!value.isArray()) {
            fail(field, LawTables::tr("This value must be a list."));
            return {};
        }
        QStringList items;
        for (const QJsonValue& item : value.toArray()) {
            if (!item.isString()) {
                fail(field, LawTables::tr("This list must contain only text."));
                return {};
            }
            items.append(item.toString());
        }
        return items;
    }

    QDate date(const char* field, bool required)
    {
        const QString value = text(field, required);
        if (value.isEmpty()) {
            return {};
        }
        const QDate parsed = QDate::fromString(value, Qt::ISODate);
        if (!parsed.isValid()) {
            fail(field, LawTables::tr("This date is not valid (expected YYYY-MM-DD)."), value);
        }
        return parsed;
    }

    template <typename E>
    E enumeration(const char* field, E fallback)
    {
        const QString key = text(field, true);
        if (key.isEmpty()) {
            return fallback;
        }
        const auto value = fromKey<E>(key);
        if (!value) {
            fail(field, LawTables::tr("Unknown value \"%1\".").arg(key), key);
            return fallback;
        }
        return *value;
    }

    // The fields every row shares.
    LawSource lawSource(bool inForceRequired, bool fromOverride)
    {
        LawSource law;
        law.source = text("source", true);
        law.inForceSince = date("in_force_since", inForceRequired);
        law.needsConfirmation = boolean("needs_confirmation");
        law.note = text("note", false);
        law.fromOverride = fromOverride;
        return law;
    }

    void fail(const char* field, const QString& message, const QString& detail = {})
    {
        if (!m_error) {
            m_error = Error {message, detail, m_record, QString::fromLatin1(field)};
        }
    }

private:
    QJsonObject m_object;
    QString m_record;
    bool m_strict;
    std::optional<Error> m_error;
};

QString sectionsIdentity(const QList<PharmacistSection>& sections)
{
    QStringList keys;
    for (const auto section : sections) {
        keys.append(keyOf(section));
    }
    keys.sort();
    return keys.join(QLatin1Char(','));
}

// Replaces the row with the same identity, appends a new one, or removes it when disabled.
template <typename Row, typename Identity>
void merge(QList<Row>& rows, Row row, bool disabled, Identity identity)
{
    const QString id = identity(row);
    const auto found = std::find_if(rows.begin(), rows.end(), [&](const Row& r) { return identity(r) == id; });
    if (disabled) {
        if (found != rows.end()) {
            rows.erase(found);
        }
        return;
    }
    if (found != rows.end()) {
        *found = std::move(row);
    } else {
        rows.append(std::move(row));
    }
}

// The row in force at `date`: the latest that took effect on or before it; when the date is
// earlier than every row, the earliest row, marked as such.
template <typename Row, typename Predicate>
InForce<Row> selectInForce(const QList<Row>& rows, const QDate& date, Predicate matches)
{
    InForce<Row> best;
    const Row* earliest = nullptr;
    for (const Row& row : rows) {
        if (!matches(row)) {
            continue;
        }
        if (!earliest || row.law.inForceSince < earliest->law.inForceSince) {
            earliest = &row;
        }
        if (!date.isValid() || row.law.inForceSince <= date) {
            if (!best.row || best.row->law.inForceSince < row.law.inForceSince) {
                best.row = &row;
            }
        }
    }
    if (!best.row && earliest) {
        best.row = earliest;
        best.beforeInForce = true;
    }
    return best;
}

} // namespace

QDate DeadlineRuleRow::apply(const QDate& anchorDate) const
{
    if (!anchorDate.isValid()) {
        return {};
    }
    const int signedAmount = before ? -amount : amount;
    switch (unit) {
    case PeriodUnit::Days:
        return anchorDate.addDays(signedAmount);
    case PeriodUnit::Months:
        // Calendar months, same day number; QDate::addMonths clamps to the last day of a
        // shorter month (31 January + 1 month = 28 or 29 February), which is the rule.
        return anchorDate.addMonths(signedAmount);
    case PeriodUnit::Years:
        return anchorDate.addYears(signedAmount);
    }
    return {};
}

bool HolidayRow::appliesIn(const QString& departement) const
{
    return departements.isEmpty() || departements.contains(departement);
}

Result<LawTables> LawTables::builtIn()
{
    LawTables tables;
    for (const QString& name : builtInTables) {
        if (Status status = tables.loadBuiltInTable(name); !status) {
            return status.error();
        }
    }
    return tables;
}

Result<LawTables> LawTables::load(const QString& overrideFile)
{
    Result<LawTables> tables = builtIn();
    if (!tables || overrideFile.isEmpty() || !QFileInfo::exists(overrideFile)) {
        return tables;
    }
    QFile file(overrideFile);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error {
            tr("The file of corrections to the law tables cannot be read."), file.errorString(), overrideFile, {}};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return Error {tr("The file of corrections to the law tables is not valid JSON."),
                      parseError.errorString() + QStringLiteral(" at offset ") + QString::number(parseError.offset),
                      overrideFile,
                      {}};
    }
    if (Status status = tables->applyOverride(document.object(), overrideFile); !status) {
        return status.error();
    }
    return tables;
}

QString LawTables::overrideFileFor(const QString& databasePath)
{
    if (databasePath.isEmpty()) {
        return {};
    }
    const QFileInfo info(databasePath);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral(".law.json"));
}

Status LawTables::loadBuiltInTable(const QString& name)
{
    const QString path = QStringLiteral(":/law/") + name + QStringLiteral(".json");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error {tr("A built-in law table is missing from this build."), file.errorString(), path, {}};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return Error {tr("A built-in law table is damaged."), parseError.errorString(), path, {}};
    }
    const QJsonObject object = document.object();
    if (name == QLatin1StringView("departements")) {
        if (Status status = mergeTable(QStringLiteral("regions"), object.value(QLatin1StringView("regions")).toArray(),
                                       path, false);
            !status) {
            return status;
        }
    }
    return mergeTable(name, object.value(QLatin1StringView("rows")).toArray(), path, false);
}

Status LawTables::applyOverride(const QJsonObject& document, const QString& origin)
{
    for (auto it = document.begin(); it != document.end(); ++it) {
        const QString table = it.key();
        if (table == QLatin1StringView("format") || table == QLatin1StringView("version")
            || table == QLatin1StringView("comment")) {
            continue;
        }
        if (!builtInTables.contains(table) && table != QLatin1StringView("regions")) {
            return Error {tr("The corrections file names a table that does not exist."), table, origin, table};
        }
        if (!it.value().isArray()) {
            return Error {tr("Each table of the corrections file must be a list of rows."), {}, origin, table};
        }
        if (Status status = mergeTable(table, it.value().toArray(), origin, true); !status) {
            return status;
        }
    }
    return {};
}

Status LawTables::mergeTable(const QString& table, const QJsonArray& rows, const QString& origin, bool fromOverride)
{
    int index = 0;
    for (const QJsonValue& value : rows) {
        ++index;
        const QString record = tr("%1, table %2, row %3").arg(origin, table).arg(index);
        if (!value.isObject()) {
            return Error {tr("Each row must be a JSON object."), {}, record, {}};
        }
        const QJsonObject object = value.toObject();
        const bool disabled = object.value(QLatin1StringView("disabled")).toBool();
        // A correction of a département may give only the field it changes (say the CPAM).
        const bool partialAllowed = fromOverride && table == QLatin1StringView("departements");
        RowReader reader(object, record, !disabled && !partialAllowed);

        if (table == QLatin1StringView("ordre_councils")) {
            OrdreCouncilRow row;
            row.profession = reader.enumeration<Profession>("profession", Profession::Other);
            for (const QString& key : reader.list("sections")) {
                if (const auto section = fromKey<PharmacistSection>(key)) {
                    row.sections.append(*section);
                } else {
                    reader.fail("sections", tr("Unknown value \"%1\".").arg(key), key);
                }
            }
            const QString level = reader.text("level", true);
            if (const auto parsed = levelFromKey(level)) {
                row.level = *parsed;
            } else if (!disabled) {
                reader.fail("level", tr("Unknown value \"%1\".").arg(level), level);
            }
            row.council = reader.text("council", row.level != CouncilLevel::None);
            row.law = reader.lawSource(true, fromOverride);
            if (reader.failed()) {
                return reader.error();
            }
            merge(m_councils, row, disabled, [](const OrdreCouncilRow& r) -> QString {
                return keyOf(r.profession) + QLatin1Char('|') + sectionsIdentity(r.sections) + QLatin1Char('|')
                    + r.law.inForceSince.toString(Qt::ISODate);
            });
        } else if (table == QLatin1StringView("deontology")) {
            DeontologyRow row;
            row.profession = reader.enumeration<Profession>("profession", Profession::Other);
            row.article = reader.text("article", true);
            row.law = reader.lawSource(true, fromOverride);
            if (reader.failed()) {
                return reader.error();
            }
            merge(m_deontology, row, disabled, [](const DeontologyRow& r) -> QString {
                return keyOf(r.profession) + QLatin1Char('|') + r.law.inForceSince.toString(Qt::ISODate);
            });
        } else if (table == QLatin1StringView("deadlines")) {
            DeadlineRuleRow row;
            row.key = reader.text("key", true);
            const QString anchor = reader.text("anchor", true);
            if (anchor == QLatin1StringView("receipt")) {
                row.anchor = DeadlineAnchor::Receipt;
            } else if (anchor == QLatin1StringView("session")) {
                row.anchor = DeadlineAnchor::Session;
            } else if (anchor == QLatin1StringView("missed_deadline")) {
                row.anchor = DeadlineAnchor::MissedDeadline;
            } else if (!disabled) {
                reader.fail("anchor", tr("Unknown value \"%1\".").arg(anchor), anchor);
            }
            row.amount = reader.integer("amount", true);
            if (row.amount < 0) {
                reader.fail("amount", tr("This number cannot be negative."));
            }
            const QString unit = reader.text("unit", true);
            if (unit == QLatin1StringView("days")) {
                row.unit = PeriodUnit::Days;
            } else if (unit == QLatin1StringView("months")) {
                row.unit = PeriodUnit::Months;
            } else if (unit == QLatin1StringView("years")) {
                row.unit = PeriodUnit::Years;
            } else if (!disabled) {
                reader.fail("unit", tr("Unknown value \"%1\".").arg(unit), unit);
            }
            const QString direction = reader.text("direction", false);
            if (direction == QLatin1StringView("before")) {
                row.before = true;
            } else if (!direction.isEmpty() && direction != QLatin1StringView("after")) {
                reader.fail("direction", tr("Unknown value \"%1\".").arg(direction), direction);
            }
            row.optional = reader.boolean("optional");
            row.law = reader.lawSource(true, fromOverride);
            if (reader.failed()) {
                return reader.error();
            }
            merge(m_deadlines, row, disabled, [](const DeadlineRuleRow& r) -> QString {
                return r.key + QLatin1Char('|') + r.law.inForceSince.toString(Qt::ISODate);
            });
        } else if (table == QLatin1StringView("holidays")) {
            HolidayRow row;
            row.key = reader.text("key", true);
            row.label = reader.text("label", true);
            const bool easterBased = object.contains(QLatin1StringView("easter_offset"));
            if (easterBased) {
                row.easterOffset = reader.integer("easter_offset", true);
            } else {
                row.month = reader.integer("month", true);
                row.day = reader.integer("day", true);
                if (!disabled && !QDate::isValid(2000, row.month, row.day)) { // 2000: a leap year
                    reader.fail("day", tr("This day does not exist in that month."));
                }
            }
            row.departements = reader.list("departements");
            row.law = reader.lawSource(true, fromOverride);
            if (reader.failed()) {
                return reader.error();
            }
            merge(m_holidays, row, disabled, [](const HolidayRow& r) -> QString { return r.key; });
        } else if (table == QLatin1StringView("departements")) {
            DepartementRow row;
            row.code = reader.text("code", true);
            row.name = reader.text("name", true);
            row.ofName = reader.text("of_name", true);
            row.regionCode = reader.text("region", false);
            row.cpam = reader.text("cpam", true);
            row.cpamAlternatives = reader.list("cpam_alternatives");
            row.ddpp = reader.text("ddpp", false);
            row.law = reader.lawSource(false, fromOverride);
            if (reader.failed()) {
                return reader.error();
            }
            // An override may correct one field only (say the CPAM): keep the others.
            if (fromOverride && !disabled) {
                if (const DepartementRow* existing = departement(row.code)) {
                    const bool hasOwnSource = object.contains(QLatin1StringView("source"));
                    DepartementRow completed = *existing;
                    const auto take = [&](const char* field, QString& target, const QString& replacement) {
                        if (object.contains(QLatin1StringView(field))) {
                            target = replacement;
                        }
                    };
                    take("name", completed.name, row.name);
                    take("of_name", completed.ofName, row.ofName);
                    take("region", completed.regionCode, row.regionCode);
                    take("cpam", completed.cpam, row.cpam);
                    take("ddpp", completed.ddpp, row.ddpp);
                    if (object.contains(QLatin1StringView("cpam_alternatives"))) {
                        completed.cpamAlternatives = row.cpamAlternatives;
                    }
                    completed.law.fromOverride = true;
                    completed.law.needsConfirmation = row.law.needsConfirmation;
                    if (hasOwnSource) {
                        completed.law.source = row.law.source;
                    }
                    if (object.contains(QLatin1StringView("note"))) {
                        completed.law.note = row.law.note;
                    }
                    row = completed;
                }
            }
            if (row.code.isEmpty()) {
                return Error {tr("A required value is missing."), {}, record, QStringLiteral("code")};
            }
            if (!disabled && (row.name.isEmpty() || row.cpam.isEmpty())) {
                return Error {tr("A required value is missing."), {}, record, QStringLiteral("cpam")};
            }
            merge(m_departements, row, disabled, [](const DepartementRow& r) -> QString { return r.code; });
        } else if (table == QLatin1StringView("regions")) {
            RegionRow row;
            row.code = reader.text("code", true);
            row.name = reader.text("name", true);
            row.ofName = reader.text("of_name", true);
            if (reader.failed()) {
                return reader.error();
            }
            merge(m_regions, row, disabled, [](const RegionRow& r) -> QString { return r.code; });
        } else if (table == QLatin1StringView("routes")) {
            RouteRow row;
            row.route = reader.enumeration<Route>("route", Route::Conciliation);
            row.body = reader.text("body", false);
            row.address = reader.text("address", false);
            row.law = reader.lawSource(true, fromOverride);
            if (reader.failed()) {
                return reader.error();
            }
            merge(m_routes, row, disabled, [](const RouteRow& r) -> QString {
                return keyOf(r.route) + QLatin1Char('|') + r.law.inForceSince.toString(Qt::ISODate);
            });
        }
    }
    return {};
}

InForce<OrdreCouncilRow> LawTables::ordreCouncil(Profession profession, std::optional<PharmacistSection> section,
                                                 const QDate& date) const
{
    return selectInForce(m_councils, date, [&](const OrdreCouncilRow& row) {
        if (row.profession != profession) {
            return false;
        }
        if (row.sections.isEmpty()) {
            return true;
        }
        // No section recorded for a pharmacist: section A (officine) is the usual case of a
        // refusal at the counter; CompetentAuthority says the section was assumed.
        return row.sections.contains(section.value_or(PharmacistSection::A));
    });
}

InForce<DeontologyRow> LawTables::deontology(Profession profession, const QDate& date) const
{
    return selectInForce(m_deontology, date, [&](const DeontologyRow& row) { return row.profession == profession; });
}

InForce<DeadlineRuleRow> LawTables::deadlineRule(const QString& key, const QDate& date) const
{
    return selectInForce(m_deadlines, date, [&](const DeadlineRuleRow& row) { return row.key == key; });
}

InForce<RouteRow> LawTables::route(Route route, const QDate& date) const
{
    return selectInForce(m_routes, date, [&](const RouteRow& row) { return row.route == route; });
}

const DepartementRow* LawTables::departement(const QString& code) const
{
    for (const auto& row : m_departements) {
        if (row.code == code) {
            return &row;
        }
    }
    return nullptr;
}

const RegionRow* LawTables::region(const QString& code) const
{
    for (const auto& row : m_regions) {
        if (row.code == code) {
            return &row;
        }
    }
    return nullptr;
}

QList<HolidayRow> LawTables::holidays(int year) const
{
    QList<HolidayRow> rows;
    for (const auto& row : m_holidays) {
        if (!row.law.inForceSince.isValid() || row.law.inForceSince.year() <= year) {
            rows.append(row);
        }
    }
    return rows;
}

QString LawTables::levelKey(CouncilLevel level)
{
    for (const auto& entry : levelEntries) {
        if (entry.level == level) {
            return QString::fromLatin1(entry.key);
        }
    }
    return {};
}

QString LawTables::levelLabel(CouncilLevel level)
{
    for (const auto& entry : levelEntries) {
        if (entry.level == level) {
            return QCoreApplication::translate("LawTables", entry.label);
        }
    }
    return {};
}

std::optional<CouncilLevel> LawTables::levelFromKey(const QString& key)
{
    for (const auto& entry : levelEntries) {
        if (key == QLatin1StringView(entry.key)) {
            return entry.level;
        }
    }
    return std::nullopt;
}

QString LawTables::holidayLabel(const HolidayRow& holiday)
{
    if (holiday.law.fromOverride) {
        return holiday.label;
    }
    return QCoreApplication::translate("LawData", holiday.label.toUtf8().constData());
}

} // namespace saisine::law
