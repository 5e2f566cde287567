#pragma once

#include "Calendar.h"
#include "LawTables.h"
#include "model/Procedure.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace saisine {

class Clock;

enum class DeadlineStatus {
    NotYetApplicable, // the step it counts from has not happened (no session yet...)
    Upcoming,
    DueSoon, // within the due-soon window (default 7 days)
    Overdue,
    Met, // done on or before the date
    MetLate,
    OptionalNotTaken, // an optional step whose date passed (the summons of the professional)
    NoLongerApplicable, // overtaken by events: session held, complaint withdrawn, conciliation reached
};

enum class ConciliationOutcome {
    Pending,
    Conciliation, // ends the dispute
    NoConciliation, // the complainant does not withdraw
    NoConciliationNoShow, // a party did not answer the convocation
    RepeatOffence, // no conciliation at all: straight to the disciplinary chamber
    Withdrawn,
};

struct Deadline
{
    QString key; // stable: the key of the law row (acknowledgement, session...)
    QDate due; // invalid while the anchor is unknown
    DeadlineStatus status = DeadlineStatus::NotYetApplicable;
    std::optional<QDate> metOn;
    bool optional = false;
    law::LawSource law;
    bool lawBeforeInForce = false;
    law::Calendar::DayFlags flags; // weekend / public holiday: flagged, never moved

    QString rule; // translated: "8 days after receipt of the complaint"

    QString label() const;
};

// Carence of the ordre council (L1110-3, R1110-15 CSP): when it misses the session deadline or
// the transmission deadline, the CPAM director may impose a financial penalty.
struct Carence
{
    bool applies = false;
    QString missedDeadline; // key of the deadline missed
    QDate since; // the day after the missed deadline
    bool stillMissing = false; // the step has still not happened
    std::optional<QDate> recordedOn; // carence_of_ordre event
    std::optional<QDate> penaltyOn; // carence_penalty event
    law::LawSource law;
};

struct ProcedureDeadlines
{
    qint64 procedureId = 0;
    QString procedureUid;
    QString caseReference;
    Route route = Route::Conciliation;
    QDate asOf;
    QDate receipt; // day 0; invalid when not recorded yet
    bool repeatOffence = false;
    QString departement; // for the holidays (Alsace-Moselle...)
    ConciliationOutcome outcome = ConciliationOutcome::Pending;
    std::optional<QDate> outcomeDate;
    std::optional<QDate> sessionDate; // held
    std::optional<QDate> scheduledSession;
    bool closed = false;
    QList<Deadline> deadlines;
    Carence carence;
    QStringList notes; // translated remarks (no receipt yet, no legal deadline for this route...)

    const Deadline* find(const QString& key) const;
};

struct DeadlineOptions
{
    int dueSoonDays = 7;
};

// The clock of the conciliation procedure (R1110-11 to R1110-15 CSP), computed from a
// procedure's dated events. Day 0 is the date the first authority received the complaint; the
// rules are those in force at that date. Dates are legal dates: a deadline on a weekend or a
// public holiday is flagged, never moved.
class ConciliationDeadlines final
{
    Q_DECLARE_TR_FUNCTIONS(ConciliationDeadlines)

public:
    ConciliationDeadlines(const law::LawTables& tables, const Clock& clock, DeadlineOptions options = {});

    ProcedureDeadlines compute(const Procedure& procedure, const QString& departement, bool repeatOffence,
                               const QString& caseReference = {}) const;

    // Status from a due date, an optional date the step was done, and today.
    static DeadlineStatus statusFor(const QDate& due, const std::optional<QDate>& metOn, const QDate& today,
                                    int dueSoonDays, bool optional);

    static QString statusKey(DeadlineStatus status);
    static QString statusLabel(DeadlineStatus status);
    static QString outcomeKey(ConciliationOutcome outcome);
    static QString outcomeLabel(ConciliationOutcome outcome);
    static QString deadlineLabel(const QString& key);
    static QString ruleText(const law::DeadlineRuleRow& rule);

private:
    const QString& cachedRuleText(const law::DeadlineRuleRow& rule) const;

    const law::LawTables& m_tables;
    const Clock& m_clock;
    DeadlineOptions m_options;
    // An engine is made for one pass over procedures (the dashboard runs it on every open
    // procedure), so it keeps what does not depend on the procedure: the holidays of each year
    // (in the calendar) and the text of each rule, both translated on first use. Not to be
    // kept across a change of language or of the law tables.
    law::Calendar m_calendar;
    mutable QHash<const law::DeadlineRuleRow*, QString> m_ruleTexts;
};

} // namespace saisine
