#include "procedure/Calendar.h"

#include <QTest>

using namespace saisine::law;

// Public holidays: the Easter computus, the fixed days, Alsace-Moselle, and the day flags.
class TestCalendar : public QObject
{
    Q_OBJECT

private:
    static const LawTables& tables()
    {
        static const LawTables law = *LawTables::builtIn();
        return law;
    }

private slots:
    // Known Gregorian Easter dates, including the earliest (22 March) and latest (25 April).
    void easterSunday_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("easter");
        QTest::newRow("1818 earliest possible") << 1818 << QDate(1818, 3, 22);
        QTest::newRow("1943 latest possible") << 1943 << QDate(1943, 4, 25);
        QTest::newRow("2000") << 2000 << QDate(2000, 4, 23);
        QTest::newRow("2008") << 2008 << QDate(2008, 3, 23);
        QTest::newRow("2011") << 2011 << QDate(2011, 4, 24);
        QTest::newRow("2019") << 2019 << QDate(2019, 4, 21);
        QTest::newRow("2024") << 2024 << QDate(2024, 3, 31);
        QTest::newRow("2025") << 2025 << QDate(2025, 4, 20);
        QTest::newRow("2026") << 2026 << QDate(2026, 4, 5);
        QTest::newRow("2027") << 2027 << QDate(2027, 3, 28);
        QTest::newRow("2038") << 2038 << QDate(2038, 4, 25);
    }

    void easterSunday()
    {
        QFETCH(int, year);
        QFETCH(QDate, easter);
        QCOMPARE(Calendar::easterSunday(year), easter);
        QCOMPARE(Calendar::easterSunday(year).dayOfWeek(), int(Qt::Sunday));
    }

    void easterBasedHolidays_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("key");
        QTest::newRow("Easter Monday 2024") << QDate(2024, 4, 1) << QStringLiteral("easter_monday");
        QTest::newRow("Ascension 2024") << QDate(2024, 5, 9) << QStringLiteral("ascension");
        QTest::newRow("Whit Monday 2024") << QDate(2024, 5, 20) << QStringLiteral("whit_monday");
        QTest::newRow("Easter Monday 2025") << QDate(2025, 4, 21) << QStringLiteral("easter_monday");
        QTest::newRow("Ascension 2025") << QDate(2025, 5, 29) << QStringLiteral("ascension");
        QTest::newRow("Whit Monday 2025") << QDate(2025, 6, 9) << QStringLiteral("whit_monday");
        QTest::newRow("Easter Monday 2026") << QDate(2026, 4, 6) << QStringLiteral("easter_monday");
        QTest::newRow("Ascension 2026") << QDate(2026, 5, 14) << QStringLiteral("ascension");
        QTest::newRow("Whit Monday 2026") << QDate(2026, 5, 25) << QStringLiteral("whit_monday");
        QTest::newRow("Ascension 2027") << QDate(2027, 5, 6) << QStringLiteral("ascension");
    }

    void easterBasedHolidays()
    {
        QFETCH(QDate, date);
        QFETCH(QString, key);
        const Calendar calendar(tables());
        const auto holiday = calendar.holidayOn(date, QStringLiteral("75"));
        QVERIFY(holiday);
        QCOMPARE(holiday->key, key);
        QVERIFY(!calendar.holidayOn(date.addDays(1), QStringLiteral("75")));
    }

    void holidaysOfAYear_data()
    {
        QTest::addColumn<QString>("departement");
        QTest::addColumn<int>("count");
        QTest::newRow("Paris") << QStringLiteral("75") << 11;
        QTest::newRow("everywhere (no département)") << QString() << 11;
        QTest::newRow("Moselle") << QStringLiteral("57") << 13;
        QTest::newRow("Bas-Rhin") << QStringLiteral("67") << 13;
        QTest::newRow("Haut-Rhin") << QStringLiteral("68") << 13;
        QTest::newRow("Meurthe-et-Moselle is not Alsace-Moselle") << QStringLiteral("54") << 11;
        QTest::newRow("Réunion") << QStringLiteral("974") << 12;
    }

    void holidaysOfAYear()
    {
        QFETCH(QString, departement);
        QFETCH(int, count);
        const Calendar calendar(tables());
        QCOMPARE(calendar.holidays(2026, departement).size(), count);
    }

    void alsaceMoselle_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("departement");
        QTest::addColumn<bool>("holiday");
        QTest::newRow("Good Friday 2026 in Strasbourg") << QDate(2026, 4, 3) << QStringLiteral("67") << true;
        QTest::newRow("Good Friday 2026 in Metz") << QDate(2026, 4, 3) << QStringLiteral("57") << true;
        QTest::newRow("Good Friday 2026 in Lyon") << QDate(2026, 4, 3) << QStringLiteral("69") << false;
        QTest::newRow("Good Friday 2025 in Mulhouse") << QDate(2025, 4, 18) << QStringLiteral("68") << true;
        QTest::newRow("26 December in Colmar") << QDate(2025, 12, 26) << QStringLiteral("68") << true;
        QTest::newRow("26 December in Paris") << QDate(2025, 12, 26) << QStringLiteral("75") << false;
    }

    void alsaceMoselle()
    {
        QFETCH(QDate, date);
        QFETCH(QString, departement);
        QFETCH(bool, holiday);
        const Calendar calendar(tables());
        QCOMPARE(calendar.holidayOn(date, departement).has_value(), holiday);
    }

    // Flags only: the day is never moved, the next working day is given for information.
    void flags_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("departement");
        QTest::addColumn<bool>("weekend");
        QTest::addColumn<QString>("holiday");
        QTest::addColumn<QDate>("next");
        QTest::newRow("ordinary Tuesday") << QDate(2026, 3, 3) << QStringLiteral("75") << false << QString() << QDate();
        QTest::newRow("Saturday") << QDate(2026, 3, 7) << QStringLiteral("75") << true << QString()
                                  << QDate(2026, 3, 9);
        QTest::newRow("14 July 2026, a Tuesday") << QDate(2026, 7, 14) << QStringLiteral("75") << false
                                                 << QStringLiteral("bastille_day") << QDate(2026, 7, 15);
        QTest::newRow("1 May 2027, Saturday and holiday")
            << QDate(2027, 5, 1) << QStringLiteral("75") << true << QStringLiteral("labour_day") << QDate(2027, 5, 3);
        QTest::newRow("Good Friday 2026 in 67, then a weekend and Easter Monday")
            << QDate(2026, 4, 3) << QStringLiteral("67") << false << QStringLiteral("good_friday") << QDate(2026, 4, 7);
        QTest::newRow("25 December 2026 in 57: Friday, then 26 Dec, weekend")
            << QDate(2026, 12, 25) << QStringLiteral("57") << false << QStringLiteral("christmas")
            << QDate(2026, 12, 28);
    }

    void flags()
    {
        QFETCH(QDate, date);
        QFETCH(QString, departement);
        QFETCH(bool, weekend);
        QFETCH(QString, holiday);
        QFETCH(QDate, next);
        const Calendar calendar(tables());
        const auto flags = calendar.flags(date, departement);
        QCOMPARE(flags.weekend, weekend);
        QCOMPARE(flags.holiday ? flags.holiday->key : QString(), holiday);
        QCOMPARE(flags.nextWorkingDay, next);
        QCOMPARE(flags.isWorkingDay(), !next.isValid());
    }

    void holidayLabelsAreTranslatable()
    {
        const Calendar calendar(tables());
        const auto holiday = calendar.holidayOn(QDate(2026, 11, 11), QString());
        QVERIFY(holiday);
        QCOMPARE(holiday->label, QStringLiteral("Armistice Day"));
        QCOMPARE(holiday->source, QStringLiteral("L3133-1 Code du travail"));
    }
};

QTEST_GUILESS_MAIN(TestCalendar)
#include "TestCalendar.moc"
