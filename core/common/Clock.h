#pragma once

#include <QDate>
#include <QDateTime>

namespace saisine {

// Every "today" in Saisine comes from a Clock, so deadlines can be tested on any date.
// Nothing in the core reads the system date directly.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().date(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

// A clock that stays where it is put: tests, the demo generator, and `--as-of` in the CLI.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now);
    explicit FixedClock(QDate today);

    QDateTime now() const override { return m_now; }
    void set(QDateTime now) { m_now = std::move(now); }
    void advanceDays(int days) { m_now = m_now.addDays(days); }
    void advanceMonths(int months) { m_now = m_now.addMonths(months); }

private:
    QDateTime m_now;
};

} // namespace saisine
