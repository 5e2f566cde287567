#pragma once

#include "common/Result.h"
#include "model/Professional.h"
#include "model/Vocabulary.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace saisine {

class Database;

// One case linked to a professional, with the dated procedure events the repeat-offence rule
// needs (receipts and final sanctions).
struct ProfessionalCaseEvents
{
    qint64 caseId = 0;
    QString reference;
    CaseStatus status = CaseStatus::Intake;
    qint64 professionalId = 0;
    QList<QDate> receipts; // complaint_received events
    QList<QDate> finalSanctions; // final_sanction events
};

// Read-only queries for the procedure engine (core/procedure), kept in the store so that SQL
// stays here.
class ProcedureQueries final
{
    Q_DECLARE_TR_FUNCTIONS(ProcedureQueries)

public:
    explicit ProcedureQueries(Database& db);

    // Professionals that may be the same person as `professional`: the same record, the same
    // RPPS number, or the same profession and postcode (names are compared by the caller,
    // accent- and case-insensitively, which SQLite cannot do by itself).
    Result<QList<Professional>> candidateProfessionals(const Professional& professional) const;

    // The cases linked to any of these professionals, except `excludeCaseId`.
    Result<QList<ProfessionalCaseEvents>> casesOf(const QList<qint64>& professionalIds, qint64 excludeCaseId) const;

private:
    Database& m_db;
};

} // namespace saisine
