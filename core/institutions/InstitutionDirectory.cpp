#include "InstitutionDirectory.h"

#include "common/Clock.h"
#include "store/Database.h"
#include "store/SqlSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace saisine {

using namespace sql;

namespace {

const QString selectInstitution = QStringLiteral(
    "SELECT id, uid, kind, name, head_title, profession, street, postcode, city, departements, phone, email, "
    "notes, updated_at FROM institution");

Institution fromRow(const Statement& q)
{
    Institution i;
    i.id = q.value(0).toLongLong();
    i.uid = q.value(1).toString();
    i.kind = fromKey<InstitutionKind>(q.value(2).toString()).value_or(InstitutionKind::Other);
    i.name = q.value(3).toString();
    i.headTitle = toText(q.value(4));
    i.profession = fromKey<Profession>(toText(q.value(5)));
    i.street = toText(q.value(6));
    i.postcode = toText(q.value(7));
    i.city = toText(q.value(8));
    i.departements = toText(q.value(9)).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    i.phone = toText(q.value(10));
    i.email = toText(q.value(11));
    i.notes = toText(q.value(12));
    i.updatedAt = toDateTime(q.value(13));
    return i;
}

void sortDirectory(QList<Institution>& list)
{
    std::stable_sort(list.begin(), list.end(), [](const Institution& a, const Institution& b) {
        if (a.kind != b.kind) {
            return int(a.kind) < int(b.kind);
        }
        return a.name.localeAwareCompare(b.name) < 0;
    });
}

} // namespace

InstitutionDirectory::InstitutionDirectory(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<QList<Institution>> InstitutionDirectory::builtIn()
{
    QFile file(QStringLiteral(":/institutions/builtin.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        return Error {
            tr("The built-in institutions directory is missing from this build."), file.errorString(), {}, {}};
    }
    const QJsonArray rows = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("rows")).toArray();
    QList<Institution> list;
    for (const QJsonValue& value : rows) {
        const QJsonObject o = value.toObject();
        Institution i;
        i.uid = o.value(QLatin1String("uid")).toString();
        i.kind = fromKey<InstitutionKind>(o.value(QLatin1String("kind")).toString()).value_or(InstitutionKind::Other);
        i.name = o.value(QLatin1String("name")).toString();
        i.headTitle = o.value(QLatin1String("head_title")).toString();
        i.profession = fromKey<Profession>(o.value(QLatin1String("profession")).toString());
        i.street = o.value(QLatin1String("street")).toString();
        i.postcode = o.value(QLatin1String("postcode")).toString();
        i.city = o.value(QLatin1String("city")).toString();
        for (const QJsonValue& d : o.value(QLatin1String("departements")).toArray()) {
            i.departements.append(d.toString());
        }
        i.phone = o.value(QLatin1String("phone")).toString();
        i.email = o.value(QLatin1String("email")).toString();
        i.notes = o.value(QLatin1String("notes")).toString();
        i.builtIn = true;
        list.append(i);
    }
    return list;
}

Result<QList<Institution>> InstitutionDirectory::stored() const
{
    auto query = exec(m_db, selectInstitution + QStringLiteral(" ORDER BY uid"));
    if (!query) {
        return query.error();
    }
    QList<Institution> list;
    while (query->next()) {
        list.append(fromRow(*query));
    }
    query->finish();
    return list;
}

Result<QList<Institution>> InstitutionDirectory::all() const
{
    auto builtin = builtIn();
    if (!builtin) {
        return builtin.error();
    }
    auto rows = stored();
    if (!rows) {
        return rows.error();
    }
    QList<Institution> list = *rows;
    for (const Institution& b : *builtin) {
        const bool corrected =
            std::any_of(list.cbegin(), list.cend(), [&](const Institution& i) { return i.uid == b.uid; });
        if (!corrected) {
            list.append(b);
        }
    }
    sortDirectory(list);
    return list;
}

Result<Institution> InstitutionDirectory::get(const QString& uid) const
{
    auto list = all();
    if (!list) {
        return list.error();
    }
    for (const Institution& i : *list) {
        if (i.uid == uid) {
            return i;
        }
    }
    return notFound(tr("institution %1").arg(uid));
}

Status InstitutionDirectory::save(Institution& institution, bool keepTimestamp)
{
    const QString record = tr("institution \"%1\"").arg(institution.name);
    if (institution.name.trimmed().isEmpty()) {
        return Error {tr("The institution needs a name."), {}, record, QStringLiteral("name")};
    }
    static const QRegularExpression postcode(QStringLiteral("^\\d{5}$"));
    if (!institution.postcode.isEmpty() && !postcode.match(institution.postcode).hasMatch()) {
        return Error {tr("The postcode \"%1\" is not valid: it has 5 digits.").arg(institution.postcode),
                      {},
                      record,
                      QStringLiteral("postcode")};
    }
    if (institution.kind == InstitutionKind::Ordre && !institution.profession) {
        return Error {
            tr("An ordre council needs the profession it oversees."), {}, record, QStringLiteral("profession")};
    }
    Institution saved = institution;
    if (saved.uid.isEmpty()) {
        saved.uid = newUid();
    }
    if (!keepTimestamp || !saved.updatedAt.isValid()) {
        saved.updatedAt = m_clock.now().toUTC();
    }
    saved.builtIn = false;
    const QVariantList values {saved.uid,
                               keyOf(saved.kind),
                               saved.name.trimmed(),
                               textValue(saved.headTitle.trimmed()),
                               saved.profession ? QVariant(keyOf(*saved.profession)) : textValue({}),
                               textValue(saved.street.trimmed()),
                               textValue(saved.postcode),
                               textValue(saved.city.trimmed()),
                               textValue(saved.departements.join(QLatin1Char(' '))),
                               textValue(saved.phone),
                               textValue(saved.email),
                               textValue(saved.notes),
                               dateTimeValue(saved.updatedAt)};
    Status status = m_db.transaction([&]() -> Status {
        auto query = exec(m_db,
                          QStringLiteral("INSERT INTO institution (uid, kind, name, head_title, profession, street, "
                                         "postcode, city, departements, phone, email, notes, updated_at) VALUES "
                                         "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uid) DO UPDATE SET "
                                         "kind = excluded.kind, name = excluded.name, head_title = "
                                         "excluded.head_title, profession = excluded.profession, street = "
                                         "excluded.street, postcode = excluded.postcode, city = excluded.city, "
                                         "departements = excluded.departements, phone = excluded.phone, email = "
                                         "excluded.email, notes = excluded.notes, updated_at = excluded.updated_at"),
                          values, record);
        if (!query) {
            return query.error();
        }
        auto id = exec(m_db, QStringLiteral("SELECT id FROM institution WHERE uid = ?"), {saved.uid}, record);
        if (!id) {
            return id.error();
        }
        if (!id->next()) {
            return notFound(record);
        }
        saved.id = id->value(0).toLongLong();
        id->finish();
        return {};
    });
    if (status) {
        institution = saved;
    }
    return status;
}

Status InstitutionDirectory::remove(const QString& uid)
{
    return m_db.transaction([&]() -> Status {
        auto query =
            exec(m_db, QStringLiteral("DELETE FROM institution WHERE uid = ?"), {uid}, tr("institution %1").arg(uid));
        if (!query) {
            return query.error();
        }
        return {};
    });
}

Result<Institution> InstitutionDirectory::resolve(const CompetentBody& body, const QString& departement,
                                                  std::optional<Profession> profession) const
{
    const InstitutionKind kind = institutionKindFor(body.kind);
    auto list = all();
    if (!list) {
        return list.error();
    }
    const Institution* best = nullptr;
    int bestScore = -1;
    for (const Institution& i : *list) {
        if (i.kind != kind || !i.serves(departement)) {
            continue;
        }
        if (kind == InstitutionKind::Ordre && i.profession != profession) {
            continue;
        }
        // A body named exactly as the engine names it wins; then one serving this département
        // rather than the whole country.
        const int score = (i.name == body.name ? 2 : 0) + (i.departements.isEmpty() ? 0 : 1);
        if (score > bestScore) {
            best = &i;
            bestScore = score;
        }
    }
    if (best) {
        return *best;
    }
    Institution unknown;
    unknown.kind = kind;
    unknown.name = body.name;
    unknown.profession = profession;
    if (!departement.isEmpty()) {
        unknown.departements = {departement};
    }
    return unknown;
}

} // namespace saisine
