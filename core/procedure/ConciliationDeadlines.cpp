#include "ConciliationDeadlines.h"

#include "common/Clock.h"

#include <algorithm>

namespace saisine {

namespace {

std::optional<QDate> latestDate(const Procedure& procedure, ProcedureEventKind kind)
{
    std::optional<QDate> latest;
    for (const auto& event : procedure.events) {
        if (event.kind == kind && event.date.isValid() && (!latest || *latest < event.date)) {
            latest = event.date;
        }
    }
    return latest;
}

std::optional<QDate> earliestOf(std::initializer_list<std::optional<QDate>> dates)
{
    std::optional<QDate> earliest;
    for (const auto& date : dates) {
        if (date && (!earliest || *date < *earliest)) {
            earliest = date;
        }
    }
    return earliest;
}

struct KeyLabel
{
    const char* key;
    const char* label;
};

const KeyLabel deadlineLabels[] = {
    {"acknowledgement", QT_TRANSLATE_NOOP("ConciliationDeadlines", "Acknowledgement of receipt to the complainant")},
    {"forwarding", QT_TRANSLATE_NOOP("ConciliationDeadlines", "Complaint forwarded to the other authority")},
    {"professional_informed", QT_TRANSLATE_NOOP("ConciliationDeadlines", "Professional informed of the complaint")},
    {"summons", QT_TRANSLATE_NOOP("ConciliationDeadlines", "Hearing of the professional (optional)")},
    {"convocation", QT_TRANSLATE_NOOP("ConciliationDeadlines", "Convocation of the parties to the session")},
    {"session", QT_TRANSLATE_NOOP("ConciliationDeadlines", "Conciliation session")},
    {"session_record", QT_TRANSLATE_NOOP("ConciliationDeadlines", "Session record sent to the parties")},
    {"transmission", QT_TRANSLATE_NOOP("ConciliationDeadlines", "Transmission to the disciplinary chamber")},
    {"repeat_offence_transmission",
     QT_TRANSLATE_NOOP("ConciliationDeadlines", "Transmission to the disciplinary chamber (repeat offence)")},
};

const KeyLabel statusLabels[] = {
    {"not_yet_applicable", QT_TRANSLATE_NOOP("ConciliationDeadlines", "not yet applicable")},
    {"upcoming", QT_TRANSLATE_NOOP("ConciliationDeadlines", "upcoming")},
    {"due_soon", QT_TRANSLATE_NOOP("ConciliationDeadlines", "due soon")},
    {"overdue", QT_TRANSLATE_NOOP("ConciliationDeadlines", "overdue")},
    {"met", QT_TRANSLATE_NOOP("ConciliationDeadlines", "met")},
    {"met_late", QT_TRANSLATE_NOOP("ConciliationDeadlines", "met late")},
    {"optional_not_taken", QT_TRANSLATE_NOOP("ConciliationDeadlines", "optional step not taken")},
    {"no_longer_applicable", QT_TRANSLATE_NOOP("ConciliationDeadlines", "no longer applicable")},
};

const KeyLabel outcomeLabels[] = {
    {"pending", QT_TRANSLATE_NOOP("ConciliationDeadlines", "pending")},
    {"conciliation", QT_TRANSLATE_NOOP("ConciliationDeadlines", "conciliation")},
    {"no_conciliation", QT_TRANSLATE_NOOP("ConciliationDeadlines", "no conciliation")},
    {"no_conciliation_no_show",
     QT_TRANSLATE_NOOP("ConciliationDeadlines", "no conciliation: a party did not answer the convocation")},
    {"repeat_offence",
     QT_TRANSLATE_NOOP("ConciliationDeadlines", "repeat offence: no conciliation, transmission to the chamber")},
    {"withdrawn", QT_TRANSLATE_NOOP("ConciliationDeadlines", "complaint withdrawn")},
};

} // namespace

QString Deadline::label() const
{
    return ConciliationDeadlines::deadlineLabel(key);
}

QString ConciliationDeadlines::ruleText(const law::DeadlineRuleRow& rule)
{
    QString period;
    switch (rule.unit) {
    case law::PeriodUnit::Days:
        period = tr("%n day(s)", nullptr, rule.amount);
        break;
    case law::PeriodUnit::Months:
        period = tr("%n month(s)", nullptr, rule.amount);
        break;
    case law::PeriodUnit::Years:
        period = tr("%n year(s)", nullptr, rule.amount);
        break;
    }
    switch (rule.anchor) {
    case law::DeadlineAnchor::Receipt:
        return rule.before ? tr("%1 before receipt of the complaint").arg(period)
                           : tr("%1 after receipt of the complaint").arg(period);
    case law::DeadlineAnchor::Session:
        return rule.before ? tr("%1 before the session").arg(period) : tr("%1 after the session").arg(period);
    case law::DeadlineAnchor::MissedDeadline:
        return tr("from the missed deadline");
    }
    return {};
}

const Deadline* ProcedureDeadlines::find(const QString& key) const
{
    for (const auto& deadline : deadlines) {
        if (deadline.key == key) {
            return &deadline;
        }
    }
    return nullptr;
}

ConciliationDeadlines::ConciliationDeadlines(const law::LawTables& tables, const Clock& clock, DeadlineOptions options)
    : m_tables(tables)
    , m_clock(clock)
    , m_options(options)
    , m_calendar(tables)
{
}

const QString& ConciliationDeadlines::cachedRuleText(const law::DeadlineRuleRow& rule) const
{
    auto found = m_ruleTexts.find(&rule);
    if (found == m_ruleTexts.end()) {
        found = m_ruleTexts.insert(&rule, ruleText(rule));
    }
    return *found;
}

DeadlineStatus ConciliationDeadlines::statusFor(const QDate& due, const std::optional<QDate>& metOn, const QDate& today,
                                                int dueSoonDays, bool optional)
{
    if (!due.isValid()) {
        return DeadlineStatus::NotYetApplicable;
    }
    if (metOn) {
        return *metOn <= due ? DeadlineStatus::Met : DeadlineStatus::MetLate;
    }
    if (today > due) {
        return optional ? DeadlineStatus::OptionalNotTaken : DeadlineStatus::Overdue;
    }
    if (today.daysTo(due) <= dueSoonDays) {
        return DeadlineStatus::DueSoon;
    }
    return DeadlineStatus::Upcoming;
}

ProcedureDeadlines ConciliationDeadlines::compute(const Procedure& procedure, const QString& departement,
                                                  bool repeatOffence, const QString& caseReference) const
{
    ProcedureDeadlines result;
    result.procedureId = procedure.id;
    result.procedureUid = procedure.uid;
    result.caseReference = caseReference;
    result.route = procedure.route;
    result.asOf = m_clock.today();
    result.departement = departement;
    result.repeatOffence = repeatOffence;

    if (procedure.route != Route::Conciliation) {
        result.notes.append(tr("The texts set no deadline for this route."));
        return result;
    }

    const std::optional<QDate> receipt = procedure.firstDate(ProcedureEventKind::ComplaintReceived);
    if (receipt) {
        result.receipt = *receipt;
    } else {
        result.notes.append(tr("Record the date the authority received the complaint: every deadline counts "
                               "from it."));
    }

    // Outcome. A withdrawal ends everything; otherwise the outcome recorded at the session.
    const auto withdrawn = procedure.firstDate(ProcedureEventKind::Withdrawn);
    const auto conciliation = procedure.firstDate(ProcedureEventKind::Conciliation);
    const auto noShow = procedure.firstDate(ProcedureEventKind::NoConciliationNoShow);
    const auto noConciliation = procedure.firstDate(ProcedureEventKind::NoConciliation);
    if (withdrawn) {
        result.outcome = ConciliationOutcome::Withdrawn;
        result.outcomeDate = withdrawn;
    } else if (conciliation) {
        result.outcome = ConciliationOutcome::Conciliation;
        result.outcomeDate = conciliation;
    } else if (noShow) {
        result.outcome = ConciliationOutcome::NoConciliationNoShow;
        result.outcomeDate = noShow;
    } else if (noConciliation) {
        result.outcome = ConciliationOutcome::NoConciliation;
        result.outcomeDate = noConciliation;
    } else if (repeatOffence) {
        result.outcome = ConciliationOutcome::RepeatOffence;
    }
    result.closed = withdrawn.has_value() || procedure.has(ProcedureEventKind::Closed)
        || procedure.status == ProcedureStatus::Closed;

    // The session: held (or its outcome recorded, which happens at the session), or scheduled.
    result.sessionDate =
        earliestOf({procedure.firstDate(ProcedureEventKind::SessionHeld), conciliation, noShow, noConciliation});
    result.scheduledSession = latestDate(procedure, ProcedureEventKind::SessionScheduled);
    const auto transmitted = procedure.firstDate(ProcedureEventKind::TransmittedToDisciplinaryChamber);

    const QDate today = m_clock.today();
    const QDate lawDate = result.receipt;

    auto add = [&](const QString& key, const QDate& anchor, std::optional<QDate> metOn, bool applicable,
                   bool moot) -> Deadline {
        Deadline deadline;
        deadline.key = key;
        const auto rule = m_tables.deadlineRule(key, lawDate);
        if (rule) {
            deadline.law = rule.row->law;
            deadline.lawBeforeInForce = rule.beforeInForce;
            deadline.optional = rule.row->optional;
            deadline.rule = cachedRuleText(*rule.row);
            if (applicable && anchor.isValid()) {
                deadline.due = rule.row->apply(anchor);
            }
        }
        deadline.metOn = metOn;
        deadline.status = statusFor(deadline.due, metOn, today, m_options.dueSoonDays, deadline.optional);
        if (!deadline.due.isValid()) {
            deadline.status = DeadlineStatus::NotYetApplicable;
        } else if (moot && !metOn) {
            deadline.status = DeadlineStatus::NoLongerApplicable;
        }
        deadline.flags = m_calendar.flags(deadline.due, departement);
        result.deadlines.append(deadline);
        return deadline;
    };

    result.deadlines.reserve(8); // at most 8 below: no regrowth, the dashboard does this ~19,000 times
    const bool hasReceipt = result.receipt.isValid();
    // Steps before the session are moot once it was held (or, for a repeat offence, once the
    // complaint went to the chamber), and everything is moot once the complaint is withdrawn.
    const bool pastSession = result.sessionDate.has_value() || (repeatOffence && transmitted.has_value());
    const bool closedMoot = result.closed;

    add(QStringLiteral("acknowledgement"), result.receipt,
        procedure.firstDate(ProcedureEventKind::AcknowledgementReceived), hasReceipt, pastSession || closedMoot);
    add(QStringLiteral("forwarding"), result.receipt,
        procedure.firstDate(ProcedureEventKind::ForwardedToOtherAuthority), hasReceipt, pastSession || closedMoot);
    add(QStringLiteral("professional_informed"), result.receipt,
        procedure.firstDate(ProcedureEventKind::ProfessionalNotified), hasReceipt, pastSession || closedMoot);

    if (repeatOffence) {
        // R1110-14: no conciliation; the complaint goes to the chamber within 3 months.
        const Deadline transmission =
            add(QStringLiteral("repeat_offence_transmission"), result.receipt, transmitted, hasReceipt, closedMoot);
        if (transmission.status == DeadlineStatus::Overdue || transmission.status == DeadlineStatus::MetLate) {
            result.carence.applies = true;
            result.carence.missedDeadline = transmission.key;
            result.carence.since = transmission.due.addDays(1);
            result.carence.stillMissing = transmission.status == DeadlineStatus::Overdue;
        }
    } else {
        add(QStringLiteral("summons"), result.receipt, procedure.firstDate(ProcedureEventKind::ProfessionalSummoned),
            hasReceipt, pastSession || closedMoot);

        // The session date the convocation counts back from: the one scheduled (or held), else
        // the latest lawful date, so the caseworker knows when a convocation must have gone out.
        const auto sessionRule = m_tables.deadlineRule(QStringLiteral("session"), lawDate);
        QDate sessionDeadline;
        if (sessionRule && hasReceipt) {
            sessionDeadline = sessionRule.row->apply(result.receipt);
        }
        QDate convocationAnchor = sessionDeadline;
        if (result.sessionDate) {
            convocationAnchor = *result.sessionDate;
        } else if (result.scheduledSession) {
            convocationAnchor = *result.scheduledSession;
        }
        add(QStringLiteral("convocation"), convocationAnchor, procedure.firstDate(ProcedureEventKind::ConvocationSent),
            hasReceipt, pastSession || closedMoot);

        const Deadline session =
            add(QStringLiteral("session"), result.receipt, result.sessionDate, hasReceipt, closedMoot);

        add(QStringLiteral("session_record"), result.sessionDate.value_or(QDate()),
            procedure.firstDate(ProcedureEventKind::SessionRecordReceived), result.sessionDate.has_value(), closedMoot);

        const bool failed = result.outcome == ConciliationOutcome::NoConciliation
            || result.outcome == ConciliationOutcome::NoConciliationNoShow;
        const bool reconciled = result.outcome == ConciliationOutcome::Conciliation;
        // After a conciliation there is nothing to transmit: show the rule as overtaken.
        const QDate transmissionAnchor = result.outcomeDate.value_or(result.sessionDate.value_or(QDate()));
        const Deadline transmission = add(QStringLiteral("transmission"), transmissionAnchor, transmitted,
                                          failed || reconciled, closedMoot || reconciled);

        const Deadline* missed = nullptr;
        if (session.status == DeadlineStatus::Overdue || session.status == DeadlineStatus::MetLate) {
            missed = &session;
        } else if (transmission.status == DeadlineStatus::Overdue || transmission.status == DeadlineStatus::MetLate) {
            missed = &transmission;
        }
        if (missed) {
            result.carence.applies = true;
            result.carence.missedDeadline = missed->key;
            result.carence.since = missed->due.addDays(1);
            result.carence.stillMissing = missed->status == DeadlineStatus::Overdue;
        }
    }
    if (result.carence.applies) {
        result.carence.recordedOn = procedure.firstDate(ProcedureEventKind::CarenceOfOrdre);
        result.carence.penaltyOn = procedure.firstDate(ProcedureEventKind::CarencePenalty);
        if (const auto rule = m_tables.deadlineRule(QStringLiteral("carence"), lawDate)) {
            result.carence.law = rule.row->law;
        }
    }
    if (hasReceipt) {
        for (const Deadline& deadline : std::as_const(result.deadlines)) {
            if (deadline.lawBeforeInForce) {
                result.notes.append(tr("The complaint was received before the conciliation procedure of "
                                       "décret 2020-1215 took effect: the current rules are shown for reference."));
                break;
            }
        }
    }
    return result;
}

QString ConciliationDeadlines::statusKey(DeadlineStatus status)
{
    return QString::fromLatin1(statusLabels[static_cast<int>(status)].key);
}

QString ConciliationDeadlines::statusLabel(DeadlineStatus status)
{
    return tr(statusLabels[static_cast<int>(status)].label);
}

QString ConciliationDeadlines::outcomeKey(ConciliationOutcome outcome)
{
    return QString::fromLatin1(outcomeLabels[static_cast<int>(outcome)].key);
}

QString ConciliationDeadlines::outcomeLabel(ConciliationOutcome outcome)
{
    return tr(outcomeLabels[static_cast<int>(outcome)].label);
}

QString ConciliationDeadlines::deadlineLabel(const QString& key)
{
    for (const auto& entry : deadlineLabels) {
        if (key == QLatin1StringView(entry.key)) {
            return tr(entry.label);
        }
    }
    return key;
}

} // namespace saisine
