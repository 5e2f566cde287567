#pragma once

#include "ConciliationDeadlines.h"
#include "model/Procedure.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace saisine {

// What the caseworker should do now for a procedure, and since when it has been due.
struct NextAction
{
    QString key; // stable: remind_acknowledgement, remind_session, carence_letter...
    QString text; // translated, one sentence
    QDate dueSince;
    QString deadlineKey; // the deadline it follows from
    law::LawSource law;
};

// Turns the deadlines of a procedure into actions (DOMAIN.md, "The association should chase"):
// no acknowledgement after 8 days -> reminder; no convocation and the 3-month date near ->
// reminder to both authorities; deadline passed without session or transmission -> letter to
// the CPAM director about the carence. A reminder recorded on or after the date an action became
// due settles it.
class NextActions final
{
    Q_DECLARE_TR_FUNCTIONS(NextActions)

public:
    static QList<NextAction> forProcedure(const ProcedureDeadlines& deadlines, const Procedure& procedure,
                                          int dueSoonDays = DeadlineOptions {}.dueSoonDays);
};

} // namespace saisine
