#pragma once

#include "CaseRoutes.h"
#include "ConciliationDeadlines.h"
#include "LawTables.h"
#include "NextActions.h"
#include "RepeatOffence.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>

namespace saisine {

class Clock;
class Database;

// One open procedure with its deadlines and what to do next.
struct ProcedureFollowUp
{
    qint64 caseId = 0;
    Procedure procedure;
    ProcedureDeadlines deadlines;
    QList<NextAction> actions;
    RepeatOffenceFinding repeatOffence;
};

// The procedure engine on a database: loads the case, its main professional, the earlier cases
// against the same professional, and runs the rules. What the CLI and the GUI call.
class ProcedureService final
{
    Q_DECLARE_TR_FUNCTIONS(ProcedureService)

public:
    ProcedureService(Database& db, const law::LawTables& tables, const Clock& clock, DeadlineOptions options = {});

    Result<CaseRoutesReport> routesForCase(qint64 caseId) const;
    // Every open procedure of every case, ordered by case reference.
    Result<QList<ProcedureFollowUp>> openProcedures() const;

private:
    Database& m_db;
    const law::LawTables& m_tables;
    const Clock& m_clock;
    DeadlineOptions m_options;
};

} // namespace saisine
