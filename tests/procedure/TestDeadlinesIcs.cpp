#include "ProcedureTestData.h"
#include "common/Clock.h"
#include "procedure/DeadlinesIcs.h"

#include <QTest>

#include <libical/ical.h>

using namespace saisine;
using K = ProcedureEventKind;

// The iCalendar export, read back with libical.
class TestDeadlinesIcs : public QObject
{
    Q_OBJECT

private:
    static QByteArray exportAt(const QDate& today)
    {
        const FixedClock clock(today);
        const ConciliationDeadlines engine(test::builtInLaw(), clock);
        auto first = engine.compute(test::conciliation({{K::ComplaintReceived, QDate(2026, 4, 14)}}),
                                    QStringLiteral("69"), false, QStringLiteral("2026-0042"));
        Procedure second = test::conciliation(
            {{K::ComplaintReceived, QDate(2026, 3, 2)}, {K::AcknowledgementReceived, QDate(2026, 3, 6)}});
        second.uid = QStringLiteral("c6d1e0f2-aaaa-4bbb-8ccc-123456789abc");
        auto other = engine.compute(second, QStringLiteral("69"), false, QStringLiteral("2026-0043"));
        const auto ics = DeadlinesIcs::write({first, other}, clock);
        if (!ics) {
            qFatal("%s", qPrintable(ics.error().toLine()));
        }
        return *ics;
    }

private slots:
    void parsesBackWithLibical()
    {
        const QByteArray ics = exportAt(QDate(2026, 4, 20));
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR"));
        QVERIFY(ics.contains("\r\n")); // RFC 5545 line endings
        icalcomponent* calendar = icalparser_parse_string(ics.constData());
        QVERIFY(calendar);
        QCOMPARE(icalcomponent_isa(calendar), ICAL_VCALENDAR_COMPONENT);
        // No X-LIC-ERROR property anywhere: libical found nothing wrong.
        QCOMPARE(icalcomponent_count_errors(calendar), 0);
        QCOMPARE(
            QByteArray(icalproperty_get_version(icalcomponent_get_first_property(calendar, ICAL_VERSION_PROPERTY))),
            QByteArray("2.0"));

        int events = 0;
        bool sawHolidaySession = false;
        QSet<QByteArray> uids;
        for (icalcomponent* event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); event;
             event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
            ++events;
            const QByteArray uid(icalcomponent_get_uid(event));
            QVERIFY(uid.endsWith("@saisine"));
            QVERIFY(!uids.contains(uid));
            uids.insert(uid);
            const icaltimetype start = icalcomponent_get_dtstart(event);
            QVERIFY(start.is_date);
            const QString description = QString::fromUtf8(icalcomponent_get_description(event));
            QVERIFY(description.contains(QLatin1StringView("Case 2026-004")));
            QVERIFY(description.contains(QLatin1StringView("Legal source: ")));
            if (uid == "0b6c3f1e-5d0a-4f38-9a77-1f2d3c4b5a69-session@saisine") {
                QCOMPARE(QDate(start.year, start.month, start.day), QDate(2026, 7, 14));
                QVERIFY(description.contains(QLatin1StringView("L1110-3, R1110-11 CSP")));
                QVERIFY(description.contains(QLatin1StringView("National Day")));
                QVERIFY(
                    QString::fromUtf8(icalcomponent_get_summary(event)).startsWith(QLatin1StringView("2026-0042: ")));
                QVERIFY(icalcomponent_get_first_component(event, ICAL_VALARM_COMPONENT));
                sawHolidaySession = true;
            }
        }
        // 8 deadlines with a date for the first (session record and transmission have none
        // yet), 6 for the second.
        QCOMPARE(events, 6 + 6);
        QVERIFY(sawHolidaySession);
        icalcomponent_free(calendar);
    }

    // The same deadlines get the same UIDs on every export, so a calendar updates them.
    void uidsAreStable()
    {
        const auto uidsOf = [](const QByteArray& ics) {
            QList<QByteArray> uids;
            for (const QByteArray& line : ics.split('\n')) {
                if (line.startsWith("UID:")) {
                    uids.append(line.trimmed());
                }
            }
            return uids;
        };
        const auto first = uidsOf(exportAt(QDate(2026, 4, 20)));
        const auto later = uidsOf(exportAt(QDate(2026, 4, 27)));
        QVERIFY(!first.isEmpty());
        QCOMPARE(first, later);
    }
};

QTEST_GUILESS_MAIN(TestDeadlinesIcs)
#include "TestDeadlinesIcs.moc"
