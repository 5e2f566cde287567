#include "ProcedureQueries.h"

#include "Database.h"
#include "SqlSupport.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <deque>

namespace saisine {

ProcedureQueries::ProcedureQueries(Database& db)
    : m_db(db)
{
}

namespace {

// The cases with an open procedure, as a subquery.
const QString openCaseIds = QStringLiteral("(SELECT case_id FROM procedure WHERE status = ?)");

} // namespace

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
    auto cases = sql::exec(m_db,
                           QStringLiteral("SELECT c.id, c.reference, c.status, MIN(cp.professional_id) "
                                          "FROM case_file c JOIN case_professional cp ON cp.case_id = c.id WHERE ")
                               + sql::inIdList(QStringLiteral("cp.professional_id"))
                               + QStringLiteral(" AND c.id <> ? GROUP BY c.id, c.reference, c.status "
                                                "ORDER BY c.reference"),
                           {sql::idListValue(professionalIds), excludeCaseId}, tr("earlier cases"));
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
    QList<qint64> caseIds;
    caseIds.reserve(result.size());
    for (const auto& row : std::as_const(result)) {
        caseIds.append(row.caseId);
    }
    auto events = sql::exec(m_db,
                            QStringLiteral("SELECT p.case_id, e.kind, e.event_date FROM procedure p "
                                           "JOIN procedure_event e ON e.procedure_id = p.id WHERE ")
                                + sql::inIdList(QStringLiteral("p.case_id"))
                                + QStringLiteral(" AND e.kind IN (?, ?) ORDER BY e.event_date"),
                            {sql::idListValue(caseIds), keyOf(ProcedureEventKind::ComplaintReceived),
                             keyOf(ProcedureEventKind::FinalSanction)},
                            tr("earlier cases"));
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

Result<QHash<qint64, OpenProcedureCase>> ProcedureQueries::casesWithOpenProcedures() const
{
    const QString record = tr("open procedures");
    const QString open = keyOf(ProcedureStatus::Open);
    QHash<qint64, OpenProcedureCase> result;
    // Ordered by reference so that the ranks come without sorting strings here; SQLite compares
    // UTF-8 bytes, QString UTF-16 code units, which agree unless characters beyond U+FFFF meet
    // U+E000..U+FFFF: checked as the rows come, and sorted again here if they ever disagree.
    auto cases = sql::exec(m_db,
                           QStringLiteral("SELECT id, reference FROM case_file WHERE id IN ") + openCaseIds
                               + QStringLiteral(" ORDER BY reference"),
                           {open}, record);
    if (!cases) {
        return cases.error();
    }
    QList<OpenProcedureCase> ordered;
    bool inOrder = true;
    while (cases->next()) {
        OpenProcedureCase& row = ordered.emplace_back();
        row.caseId = cases->value(0).toLongLong();
        row.reference = sql::toText(cases->value(1));
        row.rank = ordered.size() - 1;
        if (ordered.size() > 1 && !(ordered.at(ordered.size() - 2).reference < row.reference)) {
            inOrder = false;
        }
    }
    if (!inOrder) {
        std::stable_sort(ordered.begin(), ordered.end(), [](const OpenProcedureCase& a, const OpenProcedureCase& b) {
            return a.reference < b.reference;
        });
        for (qsizetype i = 0; i < ordered.size(); ++i) {
            const bool sameAsPrevious = i > 0 && ordered.at(i - 1).reference == ordered.at(i).reference;
            ordered[i].rank = sameAsPrevious ? ordered.at(i - 1).rank : i;
        }
    }
    result.reserve(ordered.size());
    for (OpenProcedureCase& row : ordered) {
        result.insert(row.caseId, std::move(row));
    }
    auto dates = sql::exec(m_db,
                           QStringLiteral("SELECT case_id, fact_date FROM case_fact_date WHERE case_id IN ")
                               + openCaseIds + QStringLiteral(" ORDER BY case_id, position"),
                           {open}, record);
    if (!dates) {
        return dates.error();
    }
    while (dates->next()) {
        const auto found = result.find(dates->value(0).toLongLong());
        if (found != result.end()) {
            found->factDates.append(sql::toDate(dates->value(1)));
        }
    }
    auto professionals = sql::exec(m_db,
                                   QStringLiteral("SELECT case_id, professional_id FROM case_professional "
                                                  "WHERE case_id IN ")
                                       + openCaseIds + QStringLiteral(" ORDER BY case_id, position"),
                                   {open}, record);
    if (!professionals) {
        return professionals.error();
    }
    while (professionals->next()) {
        const auto found = result.find(professionals->value(0).toLongLong());
        if (found != result.end()) {
            found->professionalIds.append(professionals->value(1).toLongLong());
        }
    }
    return result;
}

Result<QList<Professional>> ProcedureQueries::candidatesForOpenProcedures() const
{
    // `main` is the first professional (lowest position) of each case with an open procedure;
    // a candidate is one of them, or has the RPPS number of one of them, or its profession and
    // postcode: the WHERE clause of candidateProfessionals(), for all of them at once. SQLite
    // took longer to find the main professionals and test the three conditions on every
    // professional (there is no index on profession and postcode) than it takes to read every
    // professional, so the conditions are tested here, with SQL's meaning: columns compared as
    // they are stored (postcodes and RPPS numbers are validated, digits only, before they are
    // stored), a NULL equal to nothing.
    const QString record = tr("known professionals");
    auto links = sql::exec(m_db,
                           QStringLiteral("SELECT case_id, professional_id, position FROM case_professional "
                                          "WHERE case_id IN ")
                               + openCaseIds + QStringLiteral(" ORDER BY case_id, position"),
                           {keyOf(ProcedureStatus::Open)}, record);
    if (!links) {
        return links.error();
    }
    QSet<qint64> mainIds;
    qint64 currentCase = 0;
    qint64 lowestPosition = 0;
    bool first = true;
    while (links->next()) {
        const qint64 caseId = links->value(0).toLongLong();
        const qint64 position = links->value(2).toLongLong();
        if (first || caseId != currentCase) {
            first = false;
            currentCase = caseId;
            lowestPosition = position; // rows of a case come lowest position first
        }
        if (position == lowestPosition) {
            mainIds.insert(links->value(1).toLongLong());
        }
    }
    if (mainIds.isEmpty()) {
        return QList<Professional> {};
    }

    struct Row
    {
        Professional professional;
        QString profession; // as stored
        bool postcodeNull = false;
    };
    auto query = sql::exec(m_db,
                           QStringLiteral("SELECT id, first_name, last_name, profession, rpps, postcode, departement "
                                          "FROM professional ORDER BY id"),
                           {}, record);
    if (!query) {
        return query.error();
    }
    std::deque<Row> rows; // grows without moving what it holds (a Professional is large)
    while (query->next()) {
        Row& row = rows.emplace_back();
        Professional& p = row.professional;
        p.id = query->value(0).toLongLong();
        p.firstName = sql::toText(query->value(1));
        p.lastName = sql::toText(query->value(2));
        row.profession = sql::toText(query->value(3));
        p.profession = fromKey<Profession>(row.profession).value_or(Profession::Other);
        p.rpps = sql::toText(query->value(4));
        const QVariant postcode = query->value(5);
        row.postcodeNull = postcode.isNull();
        p.address.postcode = sql::toText(postcode);
        p.address.departement = sql::toText(query->value(6));
    }
    QSet<QString> mainRpps;
    QSet<std::pair<QString, QString>> mainGroups; // (profession, postcode)
    for (const Row& row : std::as_const(rows)) {
        if (mainIds.contains(row.professional.id)) {
            if (!row.professional.rpps.isEmpty()) { // "rpps <> ''": neither NULL nor empty
                mainRpps.insert(row.professional.rpps);
            }
            if (!row.postcodeNull) {
                mainGroups.insert({row.profession, row.professional.address.postcode});
            }
        }
    }
    QList<Professional> result;
    result.reserve(qsizetype(rows.size()));
    for (Row& row : rows) {
        const Professional& p = row.professional;
        if (mainIds.contains(p.id) || (!p.rpps.isEmpty() && mainRpps.contains(p.rpps))
            || (!row.postcodeNull && mainGroups.contains({row.profession, p.address.postcode}))) {
            result.append(std::move(row.professional));
        }
    }
    return result;
}

Result<QList<LinkedCase>> ProcedureQueries::sanctionedCasesLinkedTo(const QList<qint64>& professionalIds) const
{
    QList<LinkedCase> result;
    if (professionalIds.isEmpty()) {
        return result;
    }
    const QString record = tr("earlier cases");
    const QVariant professionalList = sql::idListValue(professionalIds);
    // The final sanctions first: few cases have one, and only those are read further.
    auto sanctions = sql::exec(m_db,
                               QStringLiteral("SELECT p.case_id, e.event_date FROM procedure p "
                                              "JOIN procedure_event e ON e.procedure_id = p.id "
                                              "WHERE p.case_id IN (SELECT cp.case_id FROM case_professional cp WHERE ")
                                   + sql::inIdList(QStringLiteral("cp.professional_id"))
                                   + QStringLiteral(") AND e.kind = ? ORDER BY e.event_date"),
                               {professionalList, keyOf(ProcedureEventKind::FinalSanction)}, record);
    if (!sanctions) {
        return sanctions.error();
    }
    QHash<qint64, QList<QDate>> sanctionsOf;
    while (sanctions->next()) {
        const QDate date = sql::toDate(sanctions->value(1));
        if (date.isValid()) {
            sanctionsOf[sanctions->value(0).toLongLong()].append(date);
        }
    }
    if (sanctionsOf.isEmpty()) {
        return result;
    }
    QList<qint64> caseIds = sanctionsOf.keys();
    std::sort(caseIds.begin(), caseIds.end());
    auto cases = sql::exec(m_db,
                           QStringLiteral("SELECT c.id, c.reference, c.status, cp.professional_id "
                                          "FROM case_file c JOIN case_professional cp ON cp.case_id = c.id WHERE ")
                               + sql::inIdList(QStringLiteral("c.id"))
                               + QStringLiteral(" AND ")
                               // "+": not a way into case_professional, which SQLite would
                               // otherwise try for every pair of a case and a professional.
                               + sql::inIdList(QStringLiteral("+cp.professional_id"))
                               + QStringLiteral(" ORDER BY c.reference, cp.professional_id"),
                           {sql::idListValue(caseIds), professionalList}, record);
    if (!cases) {
        return cases.error();
    }
    qint64 previous = 0;
    while (cases->next()) {
        const qint64 caseId = cases->value(0).toLongLong();
        if (result.isEmpty() || caseId != previous) { // rows of one case are together (by reference)
            LinkedCase row;
            row.events.caseId = caseId;
            row.events.reference = sql::toText(cases->value(1));
            row.events.status = fromKey<CaseStatus>(sql::toText(cases->value(2))).value_or(CaseStatus::Intake);
            row.events.finalSanctions = sanctionsOf.value(caseId);
            result.append(row);
            previous = caseId;
        }
        result.last().professionalIds.append(cases->value(3).toLongLong());
    }
    return result;
}

} // namespace saisine
