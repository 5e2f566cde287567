#include "ProcedureTestData.h"
#include "common/Clock.h"
#include "procedure/ConciliationDeadlines.h"

#include <QJsonDocument>
#include <QTest>

using namespace saisine;
using K = ProcedureEventKind;

// The clock of the conciliation procedure (R1110-11 to R1110-15 CSP).
class TestConciliationDeadlines : public QObject
{
    Q_OBJECT

private:
    static ProcedureDeadlines compute(const Procedure& procedure, const QDate& today, bool repeat = false,
                                      const QString& departement = QStringLiteral("69"), int window = 7)
    {
        const FixedClock clock(today);
        const ConciliationDeadlines engine(test::builtInLaw(), clock, DeadlineOptions {window});
        return engine.compute(procedure, departement, repeat, QStringLiteral("2026-0042"));
    }

    static Deadline deadline(const ProcedureDeadlines& result, const QString& key)
    {
        const Deadline* found = result.find(key);
        if (!found) {
            qFatal("no deadline %s", qPrintable(key));
        }
        return *found;
    }

private slots:
    // Every rule from a receipt on Monday 2 March 2026; the session-based ones from a session
    // held on 20 May 2026 without conciliation.
    void everyRule_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<QString>("source");
        QTest::newRow("acknowledgement: 8 days")
            << QStringLiteral("acknowledgement") << QDate(2026, 3, 10) << QStringLiteral("R1110-11 CSP");
        QTest::newRow("forwarding: 8 days")
            << QStringLiteral("forwarding") << QDate(2026, 3, 10) << QStringLiteral("R1110-11 CSP");
        QTest::newRow("professional informed: 8 days")
            << QStringLiteral("professional_informed") << QDate(2026, 3, 10) << QStringLiteral("R1110-11 CSP");
        QTest::newRow("summons: 1 month")
            << QStringLiteral("summons") << QDate(2026, 4, 2) << QStringLiteral("L1110-3, R1110-11 CSP");
        QTest::newRow("convocation: 15 days before the session held")
            << QStringLiteral("convocation") << QDate(2026, 5, 5) << QStringLiteral("R1110-11 CSP");
        QTest::newRow("session: 3 months")
            << QStringLiteral("session") << QDate(2026, 6, 2) << QStringLiteral("L1110-3, R1110-11 CSP");
        QTest::newRow("session record: 8 days after the session")
            << QStringLiteral("session_record") << QDate(2026, 5, 28) << QStringLiteral("R1110-12 CSP");
        QTest::newRow("transmission: 3 months after the session")
            << QStringLiteral("transmission") << QDate(2026, 8, 20) << QStringLiteral("L1110-3, R1110-13 CSP");
    }

    void everyRule()
    {
        QFETCH(QString, key);
        QFETCH(QDate, due);
        QFETCH(QString, source);
        const auto result = compute(test::conciliation({{K::ComplaintReceived, QDate(2026, 3, 2)},
                                                        {K::SessionHeld, QDate(2026, 5, 20)},
                                                        {K::NoConciliation, QDate(2026, 5, 20)}}),
                                    QDate(2026, 5, 21));
        const Deadline d = deadline(result, key);
        QCOMPARE(d.due, due);
        QCOMPARE(d.law.source, source);
        QVERIFY(!d.rule.isEmpty());
        QVERIFY(!d.label().isEmpty());
    }

    void convocationWithoutSession()
    {
        // No session yet: the convocation must go out 15 days before the latest lawful session.
        const auto result = compute(test::conciliation({{K::ComplaintReceived, QDate(2026, 3, 2)}}), QDate(2026, 3, 3));
        QCOMPARE(deadline(result, QStringLiteral("convocation")).due, QDate(2026, 5, 18));
        QCOMPARE(deadline(result, QStringLiteral("session_record")).status, DeadlineStatus::NotYetApplicable);
        QCOMPARE(deadline(result, QStringLiteral("transmission")).status, DeadlineStatus::NotYetApplicable);
        // A session scheduled: counted back from it.
        const auto scheduled = compute(
            test::conciliation({{K::ComplaintReceived, QDate(2026, 3, 2)}, {K::SessionScheduled, QDate(2026, 5, 26)}}),
            QDate(2026, 3, 3));
        QCOMPARE(deadline(scheduled, QStringLiteral("convocation")).due, QDate(2026, 5, 11));
    }

    // Calendar months, clamped to the end of a shorter month.
    void monthArithmetic_data()
    {
        QTest::addColumn<QDate>("receipt");
        QTest::addColumn<QDate>("summons");
        QTest::addColumn<QDate>("session");
        QTest::newRow("31 January + 1 month = 28 February")
            << QDate(2026, 1, 31) << QDate(2026, 2, 28) << QDate(2026, 4, 30);
        QTest::newRow("31 January + 1 month in a leap year = 29 February")
            << QDate(2028, 1, 31) << QDate(2028, 2, 29) << QDate(2028, 4, 30);
        QTest::newRow("29 February") << QDate(2028, 2, 29) << QDate(2028, 3, 29) << QDate(2028, 5, 29);
        QTest::newRow("30 November + 3 months = 29 February")
            << QDate(2027, 11, 30) << QDate(2027, 12, 30) << QDate(2028, 2, 29);
        QTest::newRow("30 November + 3 months = 28 February")
            << QDate(2026, 11, 30) << QDate(2026, 12, 30) << QDate(2027, 2, 28);
        QTest::newRow("31 May + 1 month = 30 June") << QDate(2026, 5, 31) << QDate(2026, 6, 30) << QDate(2026, 8, 31);
        QTest::newRow("31 July: 31-day months") << QDate(2026, 7, 31) << QDate(2026, 8, 31) << QDate(2026, 10, 31);
        QTest::newRow("31 August + 3 months = 30 November")
            << QDate(2026, 8, 31) << QDate(2026, 9, 30) << QDate(2026, 11, 30);
        QTest::newRow("30 April + 1 month = 30 May") << QDate(2026, 4, 30) << QDate(2026, 5, 30) << QDate(2026, 7, 30);
        QTest::newRow("across the year") << QDate(2026, 12, 15) << QDate(2027, 1, 15) << QDate(2027, 3, 15);
    }

    void monthArithmetic()
    {
        QFETCH(QDate, receipt);
        QFETCH(QDate, summons);
        QFETCH(QDate, session);
        const auto result = compute(test::conciliation({{K::ComplaintReceived, receipt}}), receipt);
        QCOMPARE(deadline(result, QStringLiteral("summons")).due, summons);
        QCOMPARE(deadline(result, QStringLiteral("session")).due, session);
        QCOMPARE(deadline(result, QStringLiteral("acknowledgement")).due, receipt.addDays(8));
    }

    // Weekends and holidays are flagged; the legal date is kept.
    void holidaysAreFlaggedNotMoved_data()
    {
        QTest::addColumn<QDate>("receipt");
        QTest::addColumn<QString>("departement");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<bool>("weekend");
        QTest::addColumn<QString>("holiday");
        QTest::addColumn<QDate>("nextWorkingDay");
        QTest::newRow("session on 14 July")
            << QDate(2026, 4, 14) << QStringLiteral("69") << QStringLiteral("session") << QDate(2026, 7, 14) << false
            << QStringLiteral("bastille_day") << QDate(2026, 7, 15);
        QTest::newRow("session on Whit Monday 2026")
            << QDate(2026, 2, 25) << QStringLiteral("75") << QStringLiteral("session") << QDate(2026, 5, 25) << false
            << QStringLiteral("whit_monday") << QDate(2026, 5, 26);
        QTest::newRow("acknowledgement on a Saturday")
            << QDate(2026, 3, 6) << QStringLiteral("75") << QStringLiteral("acknowledgement") << QDate(2026, 3, 14)
            << true << QString() << QDate(2026, 3, 16);
        QTest::newRow("acknowledgement on Good Friday in Strasbourg")
            << QDate(2026, 3, 26) << QStringLiteral("67") << QStringLiteral("acknowledgement") << QDate(2026, 4, 3)
            << false << QStringLiteral("good_friday") << QDate(2026, 4, 7);
        QTest::newRow("same date in Lyon is a working day")
            << QDate(2026, 3, 26) << QStringLiteral("69") << QStringLiteral("acknowledgement") << QDate(2026, 4, 3)
            << false << QString() << QDate();
    }

    void holidaysAreFlaggedNotMoved()
    {
        QFETCH(QDate, receipt);
        QFETCH(QString, departement);
        QFETCH(QString, key);
        QFETCH(QDate, due);
        QFETCH(bool, weekend);
        QFETCH(QString, holiday);
        QFETCH(QDate, nextWorkingDay);
        const auto result = compute(test::conciliation({{K::ComplaintReceived, receipt}}), receipt, false, departement);
        const Deadline d = deadline(result, key);
        QCOMPARE(d.due, due);
        QCOMPARE(d.flags.weekend, weekend);
        QCOMPARE(d.flags.holiday ? d.flags.holiday->key : QString(), holiday);
        QCOMPARE(d.flags.nextWorkingDay, nextWorkingDay);
    }

    void status_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("acknowledged"); // invalid: not yet
        QTest::addColumn<int>("window");
        QTest::addColumn<int>("status");
        // Acknowledgement due on 10 March 2026.
        QTest::newRow("8 days ahead: upcoming") << QDate(2026, 3, 2) << QDate() << 7 << int(DeadlineStatus::Upcoming);
        QTest::newRow("7 days ahead: due soon") << QDate(2026, 3, 3) << QDate() << 7 << int(DeadlineStatus::DueSoon);
        QTest::newRow("on the day: due soon") << QDate(2026, 3, 10) << QDate() << 7 << int(DeadlineStatus::DueSoon);
        QTest::newRow("the day after: overdue") << QDate(2026, 3, 11) << QDate() << 7 << int(DeadlineStatus::Overdue);
        QTest::newRow("window 3, 4 days ahead: upcoming")
            << QDate(2026, 3, 6) << QDate() << 3 << int(DeadlineStatus::Upcoming);
        QTest::newRow("window 3, 3 days ahead: due soon")
            << QDate(2026, 3, 7) << QDate() << 3 << int(DeadlineStatus::DueSoon);
        QTest::newRow("met early") << QDate(2026, 3, 20) << QDate(2026, 3, 9) << 7 << int(DeadlineStatus::Met);
        QTest::newRow("met on the day") << QDate(2026, 3, 20) << QDate(2026, 3, 10) << 7 << int(DeadlineStatus::Met);
        QTest::newRow("met late") << QDate(2026, 3, 20) << QDate(2026, 3, 12) << 7 << int(DeadlineStatus::MetLate);
    }

    void status()
    {
        QFETCH(QDate, today);
        QFETCH(QDate, acknowledged);
        QFETCH(int, window);
        QFETCH(int, status);
        Procedure procedure = test::conciliation({{K::ComplaintReceived, QDate(2026, 3, 2)}});
        if (acknowledged.isValid()) {
            procedure.events.append({0, {}, K::AcknowledgementReceived, acknowledged, {}});
        }
        const auto result = compute(procedure, today, false, QStringLiteral("69"), window);
        const Deadline d = deadline(result, QStringLiteral("acknowledgement"));
        QCOMPARE(ConciliationDeadlines::statusKey(d.status),
                 ConciliationDeadlines::statusKey(static_cast<DeadlineStatus>(status)));
        QCOMPARE(d.metOn.has_value(), acknowledged.isValid());
    }

    void optionalSummonsNotTaken()
    {
        const auto result = compute(test::conciliation({{K::ComplaintReceived, QDate(2026, 3, 2)}}), QDate(2026, 4, 3));
        const Deadline summons = deadline(result, QStringLiteral("summons"));
        QVERIFY(summons.optional);
        QCOMPARE(summons.status, DeadlineStatus::OptionalNotTaken);
        QCOMPARE(deadline(result, QStringLiteral("acknowledgement")).status, DeadlineStatus::Overdue);
    }

    void noReceiptYet()
    {
        const auto result = compute(test::conciliation({{K::ComplaintSent, QDate(2026, 3, 1)}}), QDate(2026, 3, 20));
        QVERIFY(!result.receipt.isValid());
        QVERIFY(!result.notes.isEmpty());
        for (const Deadline& d : result.deadlines) {
            QCOMPARE(d.status, DeadlineStatus::NotYetApplicable);
            QVERIFY(!d.due.isValid());
        }
    }

    void otherRoutesHaveNoLegalDeadline()
    {
        Procedure procedure = test::conciliation({{K::ComplaintReceived, QDate(2026, 3, 2)}});
        procedure.route = Route::CpamMediator;
        const auto result = compute(procedure, QDate(2026, 6, 20));
        QVERIFY(result.deadlines.isEmpty());
        QCOMPARE(result.notes.size(), 1);
    }

    void outcomeConciliation()
    {
        const auto result = compute(test::conciliation({{K::ComplaintReceived, QDate(2026, 3, 2)},
                                                        {K::AcknowledgementReceived, QDate(2026, 3, 6)},
                                                        {K::Conciliation, QDate(2026, 5, 20)}}),
                                    QDate(2026, 9, 1));
        QCOMPARE(result.outcome, ConciliationOutcome::Conciliation);
        QCOMPARE(result.sessionDate, std::optional<QDate>(QDate(2026, 5, 20)));
        QCOMPARE(deadline(result, QStringLiteral("session")).status, DeadlineStatus::Met);
        QCOMPARE(deadline(result, QStringLiteral("transmission")).status, DeadlineStatus::NoLongerApplicable);
        QCOMPARE(deadline(result, QStringLiteral("forwarding")).status, DeadlineStatus::NoLongerApplicable);
        QVERIFY(!result.carence.applies);
    }

    // A party did not answer the convocation: absence de conciliation, kept distinct.
    void outcomeNoShow()
    {
        const auto result = compute(test::conciliation({{K::ComplaintReceived, QDate(2026, 3, 2)},
                                                        {K::NoConciliationNoShow, QDate(2026, 5, 20)}}),
                                    QDate(2026, 6, 1));
        QCOMPARE(result.outcome, ConciliationOutcome::NoConciliationNoShow);
        QCOMPARE(ConciliationDeadlines::outcomeKey(result.outcome), QStringLiteral("no_conciliation_no_show"));
        const Deadline transmission = deadline(result, QStringLiteral("transmission"));
        QCOMPARE(transmission.due, QDate(2026, 8, 20));
        QCOMPARE(transmission.status, DeadlineStatus::Upcoming);
        QCOMPARE(deadline(result, QStringLiteral("session")).status, DeadlineStatus::Met);
    }

    void carence_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("sessionHeld");
        QTest::addColumn<QDate>("transmitted");
        QTest::addColumn<bool>("applies");
        QTest::addColumn<QString>("missed");
        QTest::addColumn<QDate>("since");
        QTest::addColumn<bool>("stillMissing");
        QTest::newRow("on the session deadline: no carence yet")
            << QDate(2026, 6, 2) << QDate() << QDate() << false << QString() << QDate() << false;
        QTest::newRow("session deadline passed") << QDate(2026, 6, 3) << QDate() << QDate() << true
                                                 << QStringLiteral("session") << QDate(2026, 6, 3) << true;
        QTest::newRow("session held late") << QDate(2026, 6, 20) << QDate(2026, 6, 10) << QDate() << true
                                           << QStringLiteral("session") << QDate(2026, 6, 3) << false;
        QTest::newRow("transmission deadline passed") << QDate(2026, 8, 21) << QDate(2026, 5, 20) << QDate() << true
                                                      << QStringLiteral("transmission") << QDate(2026, 8, 21) << true;
        QTest::newRow("transmitted in time")
            << QDate(2026, 8, 21) << QDate(2026, 5, 20) << QDate(2026, 7, 1) << false << QString() << QDate() << false;
    }

    void carence()
    {
        QFETCH(QDate, today);
        QFETCH(QDate, sessionHeld);
        QFETCH(QDate, transmitted);
        QFETCH(bool, applies);
        QFETCH(QString, missed);
        QFETCH(QDate, since);
        QFETCH(bool, stillMissing);
        Procedure procedure = test::conciliation({{K::ComplaintReceived, QDate(2026, 3, 2)}});
        if (sessionHeld.isValid()) {
            procedure.events.append({0, {}, K::SessionHeld, sessionHeld, {}});
            procedure.events.append({0, {}, K::NoConciliation, sessionHeld, {}});
        }
        if (transmitted.isValid()) {
            procedure.events.append({0, {}, K::TransmittedToDisciplinaryChamber, transmitted, {}});
        }
        const auto result = compute(procedure, today);
        QCOMPARE(result.carence.applies, applies);
        QCOMPARE(result.carence.missedDeadline, missed);
        QCOMPARE(result.carence.since, since);
        QCOMPARE(result.carence.stillMissing, stillMissing);
        if (applies) {
            QVERIFY(result.carence.law.source.contains(QLatin1StringView("R1110-15")));
        }
    }

    void carenceRecorded()
    {
        const auto result = compute(test::conciliation({{K::ComplaintReceived, QDate(2026, 3, 2)},
                                                        {K::CarenceOfOrdre, QDate(2026, 6, 5)},
                                                        {K::CarencePenalty, QDate(2026, 7, 1)}}),
                                    QDate(2026, 7, 2));
        QVERIFY(result.carence.applies);
        QCOMPARE(result.carence.recordedOn, std::optional<QDate>(QDate(2026, 6, 5)));
        QCOMPARE(result.carence.penaltyOn, std::optional<QDate>(QDate(2026, 7, 1)));
    }

    // R1110-14: no conciliation; transmission within 3 months of receipt.
    void repeatOffence()
    {
        const auto result =
            compute(test::conciliation({{K::ComplaintReceived, QDate(2026, 3, 2)}}), QDate(2026, 3, 3), true);
        QCOMPARE(result.outcome, ConciliationOutcome::RepeatOffence);
        QVERIFY(!result.find(QStringLiteral("session")));
        QVERIFY(!result.find(QStringLiteral("convocation")));
        QVERIFY(!result.find(QStringLiteral("summons")));
        const Deadline transmission = deadline(result, QStringLiteral("repeat_offence_transmission"));
        QCOMPARE(transmission.due, QDate(2026, 6, 2));
        QCOMPARE(transmission.law.source, QStringLiteral("L1110-3, R1110-14 CSP"));
        QVERIFY(deadline(result, QStringLiteral("acknowledgement")).due.isValid());

        const auto late =
            compute(test::conciliation({{K::ComplaintReceived, QDate(2026, 3, 2)}}), QDate(2026, 6, 3), true);
        QVERIFY(late.carence.applies);
        QCOMPARE(late.carence.missedDeadline, QStringLiteral("repeat_offence_transmission"));
    }

    void withdrawnEndsEverything()
    {
        const auto result =
            compute(test::conciliation({{K::ComplaintReceived, QDate(2026, 3, 2)}, {K::Withdrawn, QDate(2026, 3, 20)}}),
                    QDate(2026, 7, 1));
        QCOMPARE(result.outcome, ConciliationOutcome::Withdrawn);
        QVERIFY(result.closed);
        for (const Deadline& d : result.deadlines) {
            QVERIFY2(d.status == DeadlineStatus::NoLongerApplicable || d.status == DeadlineStatus::NotYetApplicable,
                     qPrintable(d.key));
        }
        QVERIFY(!result.carence.applies);
    }

    void receiptBeforeTheDecree()
    {
        const auto result = compute(test::conciliation({{K::ComplaintReceived, QDate(2019, 5, 2)}}), QDate(2019, 5, 3));
        QVERIFY(deadline(result, QStringLiteral("session")).lawBeforeInForce);
        QVERIFY(!result.notes.isEmpty());
    }

    // A deadline row that changed: the rule in force at the receipt date applies.
    void changedRuleAppliesByReceiptDate()
    {
        auto law = law::LawTables::builtIn();
        QVERIFY(law);
        const auto document = QJsonDocument::fromJson(R"json({"deadlines": [
            {"key": "session", "anchor": "receipt", "amount": 4, "unit": "months",
             "source": "Hypothetical reform", "in_force_since": "2030-01-01"}]})json");
        QVERIFY(law->applyOverride(document.object(), QStringLiteral("test")));
        const FixedClock clock(QDate(2030, 1, 20));
        const ConciliationDeadlines engine(*law, clock);
        const auto older = engine.compute(test::conciliation({{K::ComplaintReceived, QDate(2029, 12, 15)}}), {}, false);
        const auto newer = engine.compute(test::conciliation({{K::ComplaintReceived, QDate(2030, 1, 15)}}), {}, false);
        QCOMPARE(deadline(older, QStringLiteral("session")).due, QDate(2030, 3, 15));
        QCOMPARE(deadline(older, QStringLiteral("session")).law.source, QStringLiteral("L1110-3, R1110-11 CSP"));
        QCOMPARE(deadline(newer, QStringLiteral("session")).due, QDate(2030, 5, 15));
        QVERIFY(deadline(newer, QStringLiteral("session")).law.fromOverride);
    }

    void keysAndLabels()
    {
        QCOMPARE(ConciliationDeadlines::statusKey(DeadlineStatus::MetLate), QStringLiteral("met_late"));
        QCOMPARE(ConciliationDeadlines::statusKey(DeadlineStatus::NoLongerApplicable),
                 QStringLiteral("no_longer_applicable"));
        QCOMPARE(ConciliationDeadlines::outcomeKey(ConciliationOutcome::Withdrawn), QStringLiteral("withdrawn"));
        QCOMPARE(ConciliationDeadlines::statusLabel(DeadlineStatus::DueSoon), QStringLiteral("due soon"));
    }
};

QTEST_GUILESS_MAIN(TestConciliationDeadlines)
#include "TestConciliationDeadlines.moc"
