#pragma once

#include "procedure/ProcedureService.h"
#include "store/CaseSearch.h"

#include <QHash>
#include <QList>

namespace saisine {

// The earliest pending deadline (upcoming, due soon or overdue) of each case, from the open
// procedures the engine computed. Cases without one are absent.
QHash<qint64, NextDeadline> nextDeadlinesByCase(const QList<ProcedureFollowUp>& followUps);

// Runs the engine once over every open procedure and stores each case's next deadline in the
// case list (CaseSearch::storeNextDeadlines), so the list can show, sort and filter on it
// without running the engine per row. Returns the follow-ups, which the dashboard shows.
Result<QList<ProcedureFollowUp>> refreshNextDeadlines(Database& db, const ProcedureService& service,
                                                      const Clock& clock);

} // namespace saisine
