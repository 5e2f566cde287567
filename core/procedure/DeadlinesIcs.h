#pragma once

#include "ConciliationDeadlines.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace saisine {

class Clock;

// The deadlines as an iCalendar file (RFC 5545) that Thunderbird, Outlook or a phone can import:
// one all-day VEVENT per dated deadline, with a UID stable across exports (procedure uid +
// deadline key), the case reference and the legal source in the description, and a reminder
// alarm `dueSoonDays` before the deadlines still to meet. Written with libical.
class DeadlinesIcs final
{
    Q_DECLARE_TR_FUNCTIONS(DeadlinesIcs)

public:
    static Result<QByteArray> write(const QList<ProcedureDeadlines>& procedures, const Clock& clock,
                                    int dueSoonDays = DeadlineOptions {}.dueSoonDays);
    static QString uidFor(const ProcedureDeadlines& procedure, const Deadline& deadline);
};

} // namespace saisine
