#include "Calendar.h"

#include <algorithm>

namespace saisine::law {

Calendar::Calendar(const LawTables& tables)
    : m_tables(tables)
{
}

QDate Calendar::easterSunday(int year)
{
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = ((h + l - 7 * m + 114) % 31) + 1;
    return QDate(year, month, day);
}

QList<Calendar::Holiday> Calendar::holidays(int year, const QString& departement) const
{
    return cachedHolidays(year, departement);
}

const QList<Calendar::Holiday>& Calendar::cachedHolidays(int year, const QString& departement) const
{
    const std::pair<int, QString> key(year, departement);
    if (const auto found = m_cache.constFind(key); found != m_cache.cend()) {
        return *found;
    }
    QList<Holiday> result;
    const QDate easter = easterSunday(year);
    for (const HolidayRow& row : m_tables.holidays(year)) {
        if (!row.appliesIn(departement)) {
            continue;
        }
        Holiday holiday;
        holiday.date = row.easterOffset ? easter.addDays(*row.easterOffset) : QDate(year, row.month, row.day);
        if (!holiday.date.isValid() || (row.law.inForceSince.isValid() && holiday.date < row.law.inForceSince)) {
            continue;
        }
        holiday.key = row.key;
        holiday.label = LawTables::holidayLabel(row);
        holiday.source = row.law.source;
        holiday.needsConfirmation = row.law.needsConfirmation;
        result.append(holiday);
    }
    std::sort(result.begin(), result.end(), [](const Holiday& x, const Holiday& y) { return x.date < y.date; });
    return *m_cache.insert(key, result);
}

std::optional<Calendar::Holiday> Calendar::holidayOn(const QDate& date, const QString& departement) const
{
    if (!date.isValid()) {
        return std::nullopt;
    }
    for (const Holiday& holiday : cachedHolidays(date.year(), departement)) {
        if (holiday.date == date) {
            return holiday;
        }
    }
    return std::nullopt;
}

Calendar::DayFlags Calendar::flags(const QDate& date, const QString& departement) const
{
    DayFlags flags;
    if (!date.isValid()) {
        return flags;
    }
    flags.weekend = date.dayOfWeek() >= Qt::Saturday;
    flags.holiday = holidayOn(date, departement);
    if (!flags.isWorkingDay()) {
        QDate next = date.addDays(1);
        while (next.dayOfWeek() >= Qt::Saturday || holidayOn(next, departement)) {
            next = next.addDays(1);
        }
        flags.nextWorkingDay = next;
    }
    return flags;
}

} // namespace saisine::law
