#include "Case.h"
#include "Person.h"
#include "Procedure.h"
#include "Professional.h"

namespace saisine {

namespace {
QString joinName(const QString& first, const QString& last)
{
    if (first.isEmpty()) {
        return last;
    }
    if (last.isEmpty()) {
        return first;
    }
    return first + QLatin1Char(' ') + last;
}
} // namespace

QString Person::displayName() const
{
    return joinName(firstName, lastName);
}

QString Professional::displayName() const
{
    return joinName(firstName, lastName);
}

std::optional<QDate> Procedure::firstDate(ProcedureEventKind kind) const
{
    std::optional<QDate> earliest;
    for (const auto& event : events) {
        if (event.kind == kind && event.date.isValid() && (!earliest || event.date < *earliest)) {
            earliest = event.date;
        }
    }
    return earliest;
}

} // namespace saisine
