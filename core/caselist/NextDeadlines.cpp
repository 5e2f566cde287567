#include "NextDeadlines.h"

#include "common/Clock.h"

namespace saisine {

namespace {

bool isPending(DeadlineStatus status)
{
    return status == DeadlineStatus::Upcoming || status == DeadlineStatus::DueSoon || status == DeadlineStatus::Overdue;
}

} // namespace

QHash<qint64, NextDeadline> nextDeadlinesByCase(const QList<ProcedureFollowUp>& followUps)
{
    QHash<qint64, NextDeadline> result;
    for (const ProcedureFollowUp& followUp : followUps) {
        for (const Deadline& deadline : followUp.deadlines.deadlines) {
            if (!isPending(deadline.status) || !deadline.due.isValid()) {
                continue;
            }
            auto it = result.find(followUp.caseId);
            if (it == result.end()) {
                result.insert(followUp.caseId, NextDeadline {deadline.due, deadline.key});
            } else if (deadline.due < it->due) {
                *it = NextDeadline {deadline.due, deadline.key};
            }
        }
    }
    return result;
}

DeadlinesComputed computeDeadlinesApart(const DatabaseLocation& location, const law::LawTables& tables,
                                        const QDateTime& now, bool verifyIntegrity)
{
    DeadlinesComputed computed;
    if (verifyIntegrity) {
        computed.integrity = Database::verifyIntegrity(location);
        if (*computed.integrity && !(*computed.integrity)->isEmpty()) {
            return computed;
        }
    }
    auto reader = Database::openReader(location);
    if (!reader) {
        computed.followUps = reader.error();
        return computed;
    }
    const FixedClock clock(now);
    computed.followUps = ProcedureService(**reader, tables, clock).openProcedures();
    return computed;
}

Result<int> storeNextDeadlines(Database& db, const Clock& clock, const QList<ProcedureFollowUp>& followUps)
{
    return CaseSearch(db, clock).storeNextDeadlines(nextDeadlinesByCase(followUps));
}

} // namespace saisine
