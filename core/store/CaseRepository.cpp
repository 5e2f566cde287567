#include "Database.h"
#include "Repositories.h"
#include "SqlSupport.h"
#include "common/Clock.h"
#include "model/Validation.h"

namespace saisine {

using namespace sql;

namespace {

const QString selectCase = QStringLiteral(
    "SELECT id, uid, reference, person_id, place, other_form_description, stated_reason, narrative, status, notes, "
    "created_at, updated_at FROM case_file");

Case readCase(const QSqlQuery& q)
{
    Case c;
    c.id = q.value(0).toLongLong();
    c.uid = q.value(1).toString();
    c.reference = q.value(2).toString();
    c.personId = q.value(3).toLongLong();
    c.place = toText(q.value(4));
    c.otherFormDescription = toText(q.value(5));
    c.statedReason = toText(q.value(6));
    c.narrative = toText(q.value(7));
    c.status = fromKey<CaseStatus>(q.value(8).toString()).value_or(CaseStatus::Intake);
    c.notes = toText(q.value(9));
    c.createdAt = toDateTime(q.value(10));
    c.updatedAt = toDateTime(q.value(11));
    return c;
}

// Everything of a case that lives in side tables, written after the case row.
Status writeCaseLists(Database& db, const Case& c, const QString& record)
{
    auto removed = exec(db, QStringLiteral("DELETE FROM case_professional WHERE case_id = ?"), {c.id}, record);
    if (!removed) {
        return removed.error();
    }
    for (qsizetype i = 0; i < c.professionalIds.size(); ++i) {
        auto inserted = exec(db,
                             QStringLiteral("INSERT INTO case_professional (case_id, professional_id, position) "
                                            "VALUES (?, ?, ?)"),
                             {c.id, c.professionalIds.at(i), qint64(i)}, record);
        if (!inserted) {
            Error error = inserted.error();
            error.field = QStringLiteral("professionals");
            if (error.detail.contains(QLatin1String("FOREIGN KEY"))) {
                error.message = CaseRepository::tr("A professional named in the case does not exist.");
            }
            return error;
        }
    }
    removed = exec(db, QStringLiteral("DELETE FROM case_fact_date WHERE case_id = ?"), {c.id}, record);
    if (!removed) {
        return removed.error();
    }
    for (qsizetype i = 0; i < c.factDates.size(); ++i) {
        auto inserted = exec(db,
                             QStringLiteral("INSERT INTO case_fact_date (case_id, position, fact_date) "
                                            "VALUES (?, ?, ?)"),
                             {c.id, qint64(i), dateValue(c.factDates.at(i))}, record);
        if (!inserted) {
            return inserted.error();
        }
    }
    if (Status s = replaceKeys(db, QStringLiteral("case_form"), QStringLiteral("case_id"), QStringLiteral("form"), c.id,
                               keysOf(c.forms), record);
        !s) {
        return s;
    }
    return replaceKeys(db, QStringLiteral("case_ground"), QStringLiteral("case_id"), QStringLiteral("ground"), c.id,
                       keysOf(c.grounds), record);
}

Status readCaseLists(Database& db, Case& c)
{
    auto professionals =
        exec(db, QStringLiteral("SELECT professional_id FROM case_professional WHERE case_id = ? ORDER BY position"),
             {c.id});
    if (!professionals) {
        return professionals.error();
    }
    while (professionals->next()) {
        c.professionalIds.append(professionals->value(0).toLongLong());
    }
    professionals->finish();
    auto dates =
        exec(db, QStringLiteral("SELECT fact_date FROM case_fact_date WHERE case_id = ? ORDER BY position"), {c.id});
    if (!dates) {
        return dates.error();
    }
    while (dates->next()) {
        c.factDates.append(toDate(dates->value(0)));
    }
    dates->finish();
    auto forms = loadKeys(db, QStringLiteral("case_form"), QStringLiteral("case_id"), QStringLiteral("form"), c.id);
    if (!forms) {
        return forms.error();
    }
    c.forms = valuesOf<RefusalForm>(*forms);
    auto grounds =
        loadKeys(db, QStringLiteral("case_ground"), QStringLiteral("case_id"), QStringLiteral("ground"), c.id);
    if (!grounds) {
        return grounds.error();
    }
    c.grounds = valuesOf<Ground>(*grounds);
    return {};
}

QVariantList caseValues(const Case& c)
{
    return {c.reference,
            c.personId,
            textValue(c.place),
            textValue(c.otherFormDescription),
            textValue(c.statedReason),
            textValue(c.narrative),
            keyOf(c.status),
            textValue(c.notes),
            dateTimeValue(c.createdAt),
            dateTimeValue(c.updatedAt)};
}

} // namespace

CaseRepository::CaseRepository(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<QString> CaseRepository::nextReference(int year) const
{
    const QString prefix = QString::number(year) + QLatin1Char('-');
    // Only references of the form YEAR-DIGITS count, compared as numbers: an imported "2026-12b"
    // or a hand-typed "2026-9" must not make the next number collide with an existing one.
    auto query = exec(m_db,
                      QStringLiteral("SELECT max(CAST(substr(reference, ?) AS INTEGER)) FROM case_file "
                                     "WHERE reference LIKE ? AND length(reference) > ? "
                                     "AND substr(reference, ?) NOT GLOB '*[^0-9]*'"),
                      {qint64(prefix.size() + 1), QString(prefix + QLatin1Char('%')), qint64(prefix.size()),
                       qint64(prefix.size() + 1)});
    if (!query) {
        return query.error();
    }
    qint64 last = 0;
    if (query->next()) {
        last = query->value(0).toLongLong();
    }
    query->finish();
    return QString(prefix + QStringLiteral("%1").arg(last + 1, 4, 10, QLatin1Char('0')));
}

Status CaseRepository::insert(Case& c, bool withParts)
{
    Case stored = c;
    if (stored.reference.isEmpty()) {
        auto reference = nextReference(m_clock.today().year());
        if (!reference) {
            return reference.error();
        }
        stored.reference = *reference;
    }
    if (stored.uid.isEmpty()) {
        stored.uid = newUid();
    }
    if (!stored.createdAt.isValid()) {
        stored.createdAt = m_clock.now().toUTC();
    }
    if (!stored.updatedAt.isValid()) {
        stored.updatedAt = stored.createdAt;
    }
    if (!withParts) {
        stored.evidence.clear();
        stored.procedures.clear();
        stored.mandates.clear();
    }
    if (Status valid = Validation::validate(stored, m_clock); !valid) {
        return valid;
    }
    const QString record = Validation::recordName(stored);

    Status status = m_db.transaction([&]() -> Status {
        QVariantList values {stored.uid};
        values += caseValues(stored);
        auto query = exec(m_db,
                          QStringLiteral("INSERT INTO case_file (uid, reference, person_id, place, "
                                         "other_form_description, stated_reason, narrative, status, notes, "
                                         "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                          values, record);
        if (!query) {
            Error error = query.error();
            if (error.detail.contains(QLatin1String("case_file.reference"))) {
                error.message = tr("Another case already has the reference %1.").arg(stored.reference);
                error.field = QStringLiteral("reference");
            } else if (error.detail.contains(QLatin1String("FOREIGN KEY"))) {
                error.message = tr("The person named in the case does not exist.");
                error.field = QStringLiteral("person");
            }
            return error;
        }
        stored.id = query->lastInsertId().toLongLong();
        if (Status s = writeCaseLists(m_db, stored, record); !s) {
            return s;
        }
        EvidenceRepository evidence(m_db, m_clock);
        for (Evidence& item : stored.evidence) {
            item.caseId = stored.id;
            if (Status s = evidence.insert(item); !s) {
                return s;
            }
        }
        ProcedureRepository procedures(m_db);
        for (Procedure& procedure : stored.procedures) {
            procedure.caseId = stored.id;
            if (Status s = procedures.insert(procedure); !s) {
                return s;
            }
        }
        MandateRepository mandates(m_db, m_clock);
        for (Mandate& mandate : stored.mandates) {
            mandate.caseId = stored.id;
            if (Status s = mandates.insert(mandate); !s) {
                return s;
            }
        }
        return {};
    });
    if (status) {
        c = stored;
    }
    return status;
}

Status CaseRepository::update(Case& c)
{
    Case stored = c;
    stored.updatedAt = m_clock.now().toUTC();
    if (Status valid = Validation::validate(stored, m_clock); !valid) {
        return valid;
    }
    const QString record = Validation::recordName(stored);
    Status status = m_db.transaction([&]() -> Status {
        QVariantList values = caseValues(stored);
        values.append(stored.id);
        auto query = exec(m_db,
                          QStringLiteral("UPDATE case_file SET reference = ?, person_id = ?, place = ?, "
                                         "other_form_description = ?, stated_reason = ?, narrative = ?, status = ?, "
                                         "notes = ?, created_at = ?, updated_at = ? WHERE id = ?"),
                          values, record);
        if (!query) {
            Error error = query.error();
            if (error.detail.contains(QLatin1String("case_file.reference"))) {
                error.message = tr("Another case already has the reference %1.").arg(stored.reference);
                error.field = QStringLiteral("reference");
            }
            return error;
        }
        if (query->numRowsAffected() != 1) {
            return notFound(record);
        }
        return writeCaseLists(m_db, stored, record);
    });
    if (status) {
        c = stored;
    }
    return status;
}

Status CaseRepository::remove(qint64 id)
{
    const QString record = tr("case #%1").arg(id);
    return m_db.transaction([&]() -> Status {
        auto query = exec(m_db, QStringLiteral("DELETE FROM case_file WHERE id = ?"), {id}, record);
        if (!query) {
            return query.error();
        }
        return query->numRowsAffected() == 1 ? Status() : Status(notFound(record));
    });
}

Result<Case> CaseRepository::get(qint64 id) const
{
    auto query = exec(m_db, selectCase + QStringLiteral(" WHERE id = ?"), {id});
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return notFound(tr("case #%1").arg(id));
    }
    Case c = readCase(*query);
    query->finish();
    if (Status s = readCaseLists(m_db, c); !s) {
        return s.error();
    }
    return c;
}

Result<Case> CaseRepository::loadFull(qint64 id) const
{
    auto loaded = get(id);
    if (!loaded) {
        return loaded;
    }
    Case c = std::move(loaded).value();
    auto evidence = EvidenceRepository(m_db, m_clock).forCase(id);
    if (!evidence) {
        return evidence.error();
    }
    c.evidence = *evidence;
    auto procedures = ProcedureRepository(m_db).forCase(id);
    if (!procedures) {
        return procedures.error();
    }
    c.procedures = *procedures;
    auto mandates = MandateRepository(m_db, m_clock).forCase(id);
    if (!mandates) {
        return mandates.error();
    }
    c.mandates = *mandates;
    return c;
}

Result<qint64> CaseRepository::idForReference(const QString& reference) const
{
    auto query = exec(m_db, QStringLiteral("SELECT id FROM case_file WHERE reference = ?"), {reference});
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return Error {
            tr("There is no case with the reference %1.").arg(reference), {}, {}, QStringLiteral("reference")};
    }
    const qint64 id = query->value(0).toLongLong();
    query->finish();
    return id;
}

Result<QList<qint64>> CaseRepository::allIds() const
{
    auto query = exec(m_db, QStringLiteral("SELECT id FROM case_file ORDER BY length(reference), reference"));
    if (!query) {
        return query.error();
    }
    QList<qint64> ids;
    while (query->next()) {
        ids.append(query->value(0).toLongLong());
    }
    return ids;
}

} // namespace saisine
