#include "ProcedureQueries.h"

#include "Database.h"
#include "SqlSupport.h"

#include <QHash>
#include <QSqlQuery>

namespace saisine {

ProcedureQueries::ProcedureQueries(Database& db)
    : m_db(db)
{
}

Result<QList<Professional>> ProcedureQueries::candidateProfessionals(const Professional& professional) const
{
    const QString rpps = professional.rpps.trimmed();
    const QString postcode = professional.address.postcode.trimmed();
    auto query =
        sql::exec(m_db,
                  QStringLiteral("SELECT id, uid, first_name, last_name, profession, rpps, postcode, "
                                 "departement, city FROM professional "
                                 "WHERE id = ? OR (? <> '' AND rpps = ?) OR (profession = ? AND postcode = ?) "
                                 "ORDER BY id"),
                  {professional.id, rpps, rpps, keyOf(professional.profession), postcode}, tr("known professionals"));
    if (!query) {
        return query.error();
    }
    QList<Professional> result;
    while (query->next()) {
        Professional candidate;
        candidate.id = query->value(0).toLongLong();
        candidate.uid = sql::toText(query->value(1));
        candidate.firstName = sql::toText(query->value(2));
        candidate.lastName = sql::toText(query->value(3));
        candidate.profession = fromKey<Profession>(sql::toText(query->value(4))).value_or(Profession::Other);
        candidate.rpps = sql::toText(query->value(5));
        candidate.address.postcode = sql::toText(query->value(6));
        candidate.address.departement = sql::toText(query->value(7));
        candidate.address.city = sql::toText(query->value(8));
        result.append(candidate);
    }
    return result;
}

Result<QList<ProfessionalCaseEvents>> ProcedureQueries::casesOf(const QList<qint64>& professionalIds,
                                                                qint64 excludeCaseId) const
{
    QList<ProfessionalCaseEvents> result;
    if (professionalIds.isEmpty()) {
        return result;
    }
    QStringList placeholders;
    QVariantList values;
    for (const qint64 id : professionalIds) {
        placeholders.append(QStringLiteral("?"));
        values.append(id);
    }
    values.append(excludeCaseId);
    auto cases = sql::exec(m_db,
                           QStringLiteral("SELECT c.id, c.reference, c.status, MIN(cp.professional_id) "
                                          "FROM case_file c JOIN case_professional cp ON cp.case_id = c.id "
                                          "WHERE cp.professional_id IN (")
                               + placeholders.join(QLatin1Char(','))
                               + QStringLiteral(") AND c.id <> ? GROUP BY c.id, c.reference, c.status "
                                                "ORDER BY c.reference"),
                           values, tr("earlier cases"));
    if (!cases) {
        return cases.error();
    }
    QHash<qint64, qsizetype> indexOfCase;
    while (cases->next()) {
        ProfessionalCaseEvents row;
        row.caseId = cases->value(0).toLongLong();
        row.reference = sql::toText(cases->value(1));
        row.status = fromKey<CaseStatus>(sql::toText(cases->value(2))).value_or(CaseStatus::Intake);
        row.professionalId = cases->value(3).toLongLong();
        indexOfCase.insert(row.caseId, result.size());
        result.append(row);
    }
    if (result.isEmpty()) {
        return result;
    }
    QStringList casePlaceholders;
    QVariantList caseIds;
    for (const auto& row : std::as_const(result)) {
        casePlaceholders.append(QStringLiteral("?"));
        caseIds.append(row.caseId);
    }
    caseIds.append(keyOf(ProcedureEventKind::ComplaintReceived));
    caseIds.append(keyOf(ProcedureEventKind::FinalSanction));
    auto events = sql::exec(m_db,
                            QStringLiteral("SELECT p.case_id, e.kind, e.event_date FROM procedure p "
                                           "JOIN procedure_event e ON e.procedure_id = p.id "
                                           "WHERE p.case_id IN (")
                                + casePlaceholders.join(QLatin1Char(','))
                                + QStringLiteral(") AND e.kind IN (?, ?) ORDER BY e.event_date"),
                            caseIds, tr("earlier cases"));
    if (!events) {
        return events.error();
    }
    while (events->next()) {
        const qsizetype index = indexOfCase.value(events->value(0).toLongLong(), -1);
        const QDate date = sql::toDate(events->value(2));
        if (index < 0 || !date.isValid()) {
            continue;
        }
        const auto kind = fromKey<ProcedureEventKind>(sql::toText(events->value(1)));
        if (kind == ProcedureEventKind::ComplaintReceived) {
            result[index].receipts.append(date);
        } else if (kind == ProcedureEventKind::FinalSanction) {
            result[index].finalSanctions.append(date);
        }
    }
    return result;
}

} // namespace saisine
