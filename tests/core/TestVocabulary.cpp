#include "model/Vocabulary.h"

#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace saisine;

class TestVocabulary : public QObject
{
    Q_OBJECT

private:
    template <typename E>
    void checkTable(int expectedCount)
    {
        const QList<E> values = allValues<E>();
        QCOMPARE(values.size(), expectedCount);
        static const QRegularExpression keyPattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
        QSet<QString> keys;
        for (E value : values) {
            const QString key = keyOf(value);
            QVERIFY2(keyPattern.match(key).hasMatch(), qPrintable(key));
            QVERIFY2(!keys.contains(key), qPrintable(QStringLiteral("duplicate key ") + key));
            keys.insert(key);
            QCOMPARE(fromKey<E>(key), std::optional<E>(value));
            QVERIFY(!labelOf(value).isEmpty());
        }
        QVERIFY(!fromKey<E>(QStringLiteral("no_such_key")).has_value());
        QVERIFY(!fromKey<E>(QString()).has_value());
    }

private slots:
    void tablesAreComplete()
    {
        checkTable<Civility>(3);
        checkTable<Coverage>(5);
        checkTable<RefusalForm>(13);
        checkTable<Ground>(29);
        checkTable<Profession>(16);
        checkTable<Sector>(4);
        checkTable<PharmacistSection>(7);
        checkTable<CaseStatus>(3);
        checkTable<EvidenceKind>(8);
        checkTable<Route>(5);
        checkTable<AuthorityKind>(6);
        checkTable<ProcedureStatus>(2);
        checkTable<ProcedureEventKind>(22);
        checkTable<MandateKind>(2);
        checkTable<MandateScope>(4);
    }

    // The keys of DOMAIN.md are a contract with stored data: they must never change.
    void domainKeysAreStable_data()
    {
        QTest::addColumn<QString>("actual");
        QTest::addColumn<QString>("expected");
        QTest::newRow("explicit refusal") << keyOf(RefusalForm::ExplicitRefusal) << "explicit_refusal";
        QTest::newRow("delayed") << keyOf(RefusalForm::DelayedAppointment) << "delayed_appointment";
        QTest::newRow("referral") << keyOf(RefusalForm::UnjustifiedReferral) << "unjustified_referral";
        QTest::newRow("conditions") << keyOf(RefusalForm::DifferentConditions) << "different_conditions";
        QTest::newRow("fee overrun") << keyOf(RefusalForm::FeeOverrun) << "fee_overrun";
        QTest::newRow("advance") << keyOf(RefusalForm::AdvancePayment) << "advance_payment";
        QTest::newRow("quote") << keyOf(RefusalForm::QuoteRefused) << "quote_refused";
        QTest::newRow("off schedule") << keyOf(RefusalForm::OffScheduleActs) << "off_schedule_acts";
        QTest::newRow("attitude") << keyOf(RefusalForm::DiscriminatoryAttitude) << "discriminatory_attitude";
        QTest::newRow("sale") << keyOf(RefusalForm::RefusalOfSale) << "refusal_of_sale";
        QTest::newRow("notice") << keyOf(RefusalForm::DiscriminatoryNotice) << "discriminatory_notice";
        QTest::newRow("retention") << keyOf(RefusalForm::DocumentRetention) << "document_retention";
        QTest::newRow("other form") << keyOf(RefusalForm::Other) << "other";
        QTest::newRow("pharmacien") << keyOf(Profession::Pharmacien) << "pharmacien";
        QTest::newRow("medecin") << keyOf(Profession::Medecin) << "medecin";
        QTest::newRow("c2s ground") << keyOf(Ground::C2S) << "c2s";
        QTest::newRow("ame ground") << keyOf(Ground::AME) << "ame";
        QTest::newRow("cmu-c coverage") << keyOf(Coverage::CMUC) << "cmu_c";
        QTest::newRow("received") << keyOf(ProcedureEventKind::ComplaintReceived) << "complaint_received";
        QTest::newRow("no show") << keyOf(ProcedureEventKind::NoConciliationNoShow) << "no_conciliation_no_show";
    }

    void domainKeysAreStable()
    {
        QFETCH(QString, actual);
        QFETCH(QString, expected);
        QCOMPARE(actual, expected);
    }

    void labelsAreEnglishSourceText()
    {
        QCOMPARE(labelOf(Profession::ChirurgienDentiste), QStringLiteral("Dentist"));
        QCOMPARE(labelOf(Ground::AME), QStringLiteral("Holder of the AME"));
    }
};

QTEST_GUILESS_MAIN(TestVocabulary)
#include "TestVocabulary.moc"
