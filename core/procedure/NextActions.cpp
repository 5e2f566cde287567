#include "NextActions.h"

#include <algorithm>

namespace saisine {

namespace {

// A reminder recorded on or after `since` answers an action due since then.
bool reminderSentSince(const Procedure& procedure, const QDate& since)
{
    return std::any_of(procedure.events.cbegin(), procedure.events.cend(), [&](const ProcedureEvent& event) {
        return event.kind == ProcedureEventKind::ReminderSent && event.date.isValid() && event.date >= since;
    });
}

} // namespace

QList<NextAction> NextActions::forProcedure(const ProcedureDeadlines& deadlines, const Procedure& procedure,
                                            int dueSoonDays)
{
    QList<NextAction> actions;
    if (deadlines.route != Route::Conciliation || deadlines.closed
        || deadlines.outcome == ConciliationOutcome::Conciliation) {
        return actions;
    }
    const QDate today = deadlines.asOf;

    if (!deadlines.receipt.isValid()) {
        if (const auto sent = procedure.firstDate(ProcedureEventKind::ComplaintSent); sent && *sent <= today) {
            actions.append({QStringLiteral("record_receipt"),
                            tr("Record the date the authority received the complaint (see the postal "
                               "acknowledgement): the deadlines count from it."),
                            *sent,
                            {},
                            {}});
        }
        return actions;
    }

    auto addIfOpen = [&](const NextAction& action) {
        if (action.dueSince.isValid() && action.dueSince <= today && !reminderSentSince(procedure, action.dueSince)) {
            actions.append(action);
        }
    };

    if (const Deadline* ack = deadlines.find(QStringLiteral("acknowledgement"));
        ack && ack->status == DeadlineStatus::Overdue) {
        addIfOpen({QStringLiteral("remind_acknowledgement"),
                   tr("No acknowledgement of receipt by %1: send a reminder to the authority that received the "
                      "complaint.")
                       .arg(ack->due.toString(Qt::ISODate)),
                   ack->due.addDays(1), ack->key, ack->law});
    }

    const Deadline* session = deadlines.find(QStringLiteral("session"));
    const Deadline* convocation = deadlines.find(QStringLiteral("convocation"));
    if (session && convocation && !deadlines.sessionDate && !deadlines.scheduledSession
        && convocation->status != DeadlineStatus::Met && convocation->status != DeadlineStatus::MetLate
        && session->status != DeadlineStatus::Overdue && session->due.isValid()) {
        // Due from the day the session date comes within the window, or as soon as a
        // convocation can no longer go out 15 days before it, whichever comes first.
        QDate since = session->due.addDays(-dueSoonDays);
        if (convocation->due.isValid() && convocation->due.addDays(1) < since) {
            since = convocation->due.addDays(1);
        }
        addIfOpen({QStringLiteral("remind_session"),
                   tr("No convocation yet and the session must be held by %1: remind both the CPAM and the ordre "
                      "council.")
                       .arg(session->due.toString(Qt::ISODate)),
                   since, session->key, session->law});
    }

    if (const Deadline* record = deadlines.find(QStringLiteral("session_record"));
        record && record->status == DeadlineStatus::Overdue) {
        addIfOpen({QStringLiteral("ask_session_record"),
                   tr("No session record by %1: ask the commission's secretariat for it.")
                       .arg(record->due.toString(Qt::ISODate)),
                   record->due.addDays(1), record->key, record->law});
    }

    if (deadlines.carence.applies && deadlines.carence.stillMissing && !deadlines.carence.recordedOn
        && !deadlines.carence.penaltyOn) {
        const Deadline* missed = deadlines.find(deadlines.carence.missedDeadline);
        const QString what = missed ? missed->label() : deadlines.carence.missedDeadline;
        addIfOpen({QStringLiteral("carence_letter"),
                   tr("Deadline missed (%1, due %2): write to the CPAM director about the carence of the ordre "
                      "council, who may impose a penalty.")
                       .arg(what, missed ? missed->due.toString(Qt::ISODate) : QString()),
                   deadlines.carence.since, deadlines.carence.missedDeadline, deadlines.carence.law});
    }

    std::sort(actions.begin(), actions.end(),
              [](const NextAction& a, const NextAction& b) { return a.dueSince < b.dueSince; });
    return actions;
}

} // namespace saisine
