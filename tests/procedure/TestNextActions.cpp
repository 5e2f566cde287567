#include "ProcedureTestData.h"
#include "common/Clock.h"
#include "procedure/NextActions.h"

#include <QTest>

using namespace saisine;
using K = ProcedureEventKind;
using EventList = QList<std::pair<int, QDate>>;

// What the caseworker should do now, and since when (DOMAIN.md, "The association should chase").
class TestNextActions : public QObject
{
    Q_OBJECT

private:
    static QList<NextAction> actions(const Procedure& procedure, const QDate& today, bool repeat = false)
    {
        const FixedClock clock(today);
        const ConciliationDeadlines engine(test::builtInLaw(), clock);
        const auto deadlines = engine.compute(procedure, QStringLiteral("69"), repeat);
        return NextActions::forProcedure(deadlines, procedure);
    }

    static QStringList keys(const QList<NextAction>& list)
    {
        QStringList result;
        for (const auto& action : list) {
            result.append(action.key + QLatin1Char('@') + action.dueSince.toString(Qt::ISODate));
        }
        return result;
    }

private slots:
    // Receipt on 2 March 2026: acknowledgement due 10 March, convocation by 18 May, session by
    // 2 June.
    void actions_data()
    {
        QTest::addColumn<EventList>("events");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QStringList>("expected");
        using Events = EventList;
        const QDate receipt(2026, 3, 2);
        const auto r = std::pair<int, QDate> {int(K::ComplaintReceived), receipt};
        const auto ack = std::pair<int, QDate> {int(K::AcknowledgementReceived), QDate(2026, 3, 9)};

        QTest::newRow("on the acknowledgement date: nothing yet") << Events {r} << QDate(2026, 3, 10) << QStringList {};
        QTest::newRow("no acknowledgement after 8 days: reminder")
            << Events {r} << QDate(2026, 3, 11) << QStringList {QStringLiteral("remind_acknowledgement@2026-03-11")};
        QTest::newRow("reminder sent: settled")
            << Events {r, {int(K::ReminderSent), QDate(2026, 3, 12)}} << QDate(2026, 3, 20) << QStringList {};
        QTest::newRow("reminder sent before it was due does not count")
            << Events {r, {int(K::ReminderSent), QDate(2026, 3, 5)}} << QDate(2026, 3, 20)
            << QStringList {QStringLiteral("remind_acknowledgement@2026-03-11")};
        QTest::newRow("acknowledged, convocation date not passed: nothing")
            << Events {r, ack} << QDate(2026, 5, 18) << QStringList {};
        QTest::newRow("no convocation and the 3-month date near: remind both authorities")
            << Events {r, ack} << QDate(2026, 5, 19) << QStringList {QStringLiteral("remind_session@2026-05-19")};
        QTest::newRow("session scheduled: no reminder")
            << Events {r, ack, {int(K::SessionScheduled), QDate(2026, 5, 28)}} << QDate(2026, 5, 25) << QStringList {};
        QTest::newRow("3 months passed without session: carence letter")
            << Events {r, ack} << QDate(2026, 6, 3) << QStringList {QStringLiteral("carence_letter@2026-06-03")};
        QTest::newRow("carence already recorded")
            << Events {r, ack, {int(K::CarenceOfOrdre), QDate(2026, 6, 4)}} << QDate(2026, 6, 10) << QStringList {};
        QTest::newRow("no session record 8 days after the session")
            << Events {r, ack, {int(K::SessionHeld), QDate(2026, 5, 20)}, {int(K::NoConciliation), QDate(2026, 5, 20)}}
            << QDate(2026, 5, 29) << QStringList {QStringLiteral("ask_session_record@2026-05-29")};
        QTest::newRow("no transmission 3 months after the failed session: carence letter")
            << Events {r,
                       ack,
                       {int(K::NoConciliationNoShow), QDate(2026, 5, 20)},
                       {int(K::SessionRecordReceived), QDate(2026, 5, 22)}}
            << QDate(2026, 8, 21) << QStringList {QStringLiteral("carence_letter@2026-08-21")};
        QTest::newRow("conciliation reached: nothing to chase")
            << Events {r, {int(K::Conciliation), QDate(2026, 5, 20)}} << QDate(2026, 9, 1) << QStringList {};
        QTest::newRow("withdrawn: nothing to chase")
            << Events {r, {int(K::Withdrawn), QDate(2026, 3, 5)}} << QDate(2026, 9, 1) << QStringList {};
        QTest::newRow("sent but no receipt recorded")
            << Events {{int(K::ComplaintSent), QDate(2026, 2, 27)}} << QDate(2026, 3, 20)
            << QStringList {QStringLiteral("record_receipt@2026-02-27")};
    }

    void actions()
    {
        QFETCH(EventList, events);
        QFETCH(QDate, today);
        QFETCH(QStringList, expected);
        Procedure procedure = test::conciliation({});
        for (const auto& [kind, date] : events) {
            procedure.events.append({0, {}, static_cast<K>(kind), date, {}});
        }
        const auto result = actions(procedure, today);
        QCOMPARE(keys(result), expected);
        for (const auto& action : result) {
            QVERIFY(!action.text.isEmpty());
        }
    }

    void repeatOffenceCarence()
    {
        const auto result = actions(test::conciliation({{K::ComplaintReceived, QDate(2026, 3, 2)},
                                                        {K::AcknowledgementReceived, QDate(2026, 3, 5)}}),
                                    QDate(2026, 6, 3), true);
        QCOMPARE(keys(result), QStringList {QStringLiteral("carence_letter@2026-06-03")});
        QVERIFY(result.first().law.source.contains(QLatin1StringView("R1110-15")));
    }
};

QTEST_GUILESS_MAIN(TestNextActions)
#include "TestNextActions.moc"
