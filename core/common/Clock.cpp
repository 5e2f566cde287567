#include "Clock.h"

#include <QTimeZone>

namespace saisine {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTime();
}

FixedClock::FixedClock(QDateTime now)
    : m_now(std::move(now))
{
}

FixedClock::FixedClock(QDate today)
    : m_now(today.startOfDay())
{
    // Noon keeps the date stable whatever time-zone conversion a caller applies.
    m_now.setTime(QTime(12, 0));
}

} // namespace saisine
