#pragma once

#include "Vocabulary.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace saisine {

struct ProcedureEvent
{
    qint64 id = 0;
    QString uid;
    ProcedureEventKind kind = ProcedureEventKind::Other;
    QDate date;
    QString note;

    friend bool operator==(const ProcedureEvent&, const ProcedureEvent&) = default;
};

// One route taken for a case (conciliation, mediator, Défenseur des droits...), with the body
// that received it and its dated events. The deadlines are derived from the events.
struct Procedure
{
    qint64 id = 0;
    QString uid;
    qint64 caseId = 0;
    Route route = Route::Conciliation;
    std::optional<AuthorityKind> authorityKind;
    QString authorityName; // e.g. "CPAM du Rhône"
    QString authorityReference; // the authority's file number, once known
    ProcedureStatus status = ProcedureStatus::Open;
    QList<ProcedureEvent> events; // ordered by date
    QString notes;

    // The earliest date of an event of this kind, if any.
    std::optional<QDate> firstDate(ProcedureEventKind kind) const;
    bool has(ProcedureEventKind kind) const { return firstDate(kind).has_value(); }

    friend bool operator==(const Procedure&, const Procedure&) = default;
};

} // namespace saisine
