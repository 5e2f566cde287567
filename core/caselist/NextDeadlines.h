#pragma once

#include "procedure/ProcedureService.h"
#include "store/CaseSearch.h"
#include "store/Database.h"

#include <QHash>
#include <QList>

#include <optional>

namespace saisine {

// The earliest pending deadline (upcoming, due soon or overdue) of each case, from the open
// procedures the engine computed. Cases without one are absent.
QHash<qint64, NextDeadline> nextDeadlinesByCase(const QList<ProcedureFollowUp>& followUps);

// What the application computes in a worker thread, away from the screen: first, when asked,
// the check of every page of the file (Database::IntegrityCheck::Deferred), then the follow-ups
// of every open procedure as of `now`. Reads through a connection of its own
// (Database::openReader); writes nothing. The caller stores the next deadlines
// (CaseSearch::storeNextDeadlines) on its own connection.
struct DeadlinesComputed
{
    // The problems the integrity check found (empty when healthy); unset when not asked for.
    std::optional<Result<QStringList>> integrity;
    // Unset when the integrity check found damage: nothing more is read from a damaged file.
    std::optional<Result<QList<ProcedureFollowUp>>> followUps;
};
DeadlinesComputed computeDeadlinesApart(const DatabaseLocation& location, const law::LawTables& tables,
                                        const QDateTime& now, bool verifyIntegrity);

// Stores each case's next deadline, from the follow-ups of every open procedure, in the case
// list (CaseSearch::storeNextDeadlines), so the list can show, sort and filter on it without
// running the engine per row. Returns how many cases changed.
Result<int> storeNextDeadlines(Database& db, const Clock& clock, const QList<ProcedureFollowUp>& followUps);

} // namespace saisine
