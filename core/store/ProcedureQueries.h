#pragma once

#include "common/Result.h"
#include "model/Professional.h"
#include "model/Vocabulary.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
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

// A case with an open procedure, with what the deadlines dashboard reads of it.
struct OpenProcedureCase
{
    qint64 caseId = 0;
    QString reference;
    QList<QDate> factDates; // in their order
    QList<qint64> professionalIds; // in their order: the first is the main one
    qsizetype rank = 0; // place in the order of the references (QString's), equal for equal references
};

// A case linked to one or more professionals of a set (see casesLinkedTo()).
struct LinkedCase
{
    ProfessionalCaseEvents events; // professionalId left at 0: it depends on the set asked for
    QList<qint64> professionalIds; // the professionals of the set it is linked to, ascending
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

    // The dashboard reads every open procedure at once, so these read what the two queries above
    // read for one case, for all the cases with an open procedure together: a fixed number of
    // set-based queries instead of several per case.

    // Every case that has an open procedure, by id.
    Result<QHash<qint64, OpenProcedureCase>> casesWithOpenProcedures() const;
    // The main (first) professional of every case with an open procedure, and every
    // professional candidateProfessionals() returns for one of them; ordered by id. Only what
    // the matching and the holidays need is read: id, names, profession, RPPS number, postcode
    // and département.
    Result<QList<Professional>> candidatesForOpenProcedures() const;
    // The cases linked to any of these professionals that have a final sanction, ordered by
    // reference, with their final sanctions as casesOf() gives them (receipts are not read). The
    // repeat-offence rule looks at nothing else, so the other linked cases, which are most of
    // them, could not change its finding and are not read.
    Result<QList<LinkedCase>> sanctionedCasesLinkedTo(const QList<qint64>& professionalIds) const;

private:
    Database& m_db;
};

} // namespace saisine
