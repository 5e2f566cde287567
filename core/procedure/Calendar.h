#pragma once

#include "LawTables.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace saisine::law {

// French public holidays and the flags a deadline gets when it falls on a day the offices are
// closed. The texts of the conciliation procedure set no rule for weekends or holidays, so a
// deadline is never moved: it is shown on its legal date and flagged. (Moving it to the next
// working day, as art. 642 of the code of civil procedure does, would be an assumption.)
class Calendar final
{
    Q_DECLARE_TR_FUNCTIONS(Calendar)

public:
    explicit Calendar(const LawTables& tables);

    // Easter Sunday of a Gregorian year (anonymous Gregorian computus, Meeus/Jones/Butcher).
    static QDate easterSunday(int year);

    struct Holiday
    {
        QDate date;
        QString key;
        QString label; // translated
        QString source;
        bool needsConfirmation = false;
    };

    // The public holidays of a year in a département ("57" gets the Alsace-Moselle days);
    // an empty département gives the holidays observed everywhere in France.
    QList<Holiday> holidays(int year, const QString& departement) const;
    std::optional<Holiday> holidayOn(const QDate& date, const QString& departement) const;

    struct DayFlags
    {
        bool weekend = false;
        std::optional<Holiday> holiday;
        QDate nextWorkingDay; // set only when the day is not a working day; information only

        bool isWorkingDay() const { return !weekend && !holiday; }
    };

    DayFlags flags(const QDate& date, const QString& departement) const;

private:
    const QList<Holiday>& cachedHolidays(int year, const QString& departement) const;

    const LawTables& m_tables;
    // The holidays of each year and département asked for, worked out once: the deadlines
    // dashboard asks for the same few years thousands of times (several times per deadline when
    // it looks for the next working day). Labels are translated when a year is first asked for,
    // so a Calendar lives for one computation, not across a change of language or of the tables.
    mutable QHash<std::pair<int, QString>, QList<Holiday>> m_cache;
};

} // namespace saisine::law
