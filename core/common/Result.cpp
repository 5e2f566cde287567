#include "Result.h"

namespace saisine {

QString Error::toLine() const
{
    QString line;
    if (!record.isEmpty()) {
        line += record;
        if (!field.isEmpty()) {
            line += QStringLiteral(", ") + field;
        }
        line += QStringLiteral(": ");
    } else if (!field.isEmpty()) {
        line += field + QStringLiteral(": ");
    }
    line += message;
    if (!detail.isEmpty()) {
        line += QStringLiteral(" (") + detail + QLatin1Char(')');
    }
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return line;
}

} // namespace saisine
