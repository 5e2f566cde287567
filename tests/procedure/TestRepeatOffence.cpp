#include "ProcedureTestData.h"
#include "TestSupport.h"
#include "procedure/ProcedureService.h"
#include "procedure/RepeatOffence.h"
#include "store/Repositories.h"

#include <QTest>

using namespace saisine;

// Known professionals and the repeat-offence rule (R1110-14 CSP).
class TestRepeatOffence : public QObject
{
    Q_OBJECT

private:
    static KnownCase sanctioned(const QDate& sanction, const QString& reference = QStringLiteral("2019-0007"))
    {
        KnownCase known;
        known.events.caseId = 3;
        known.events.reference = reference;
        known.events.finalSanctions.append(sanction);
        return known;
    }

private slots:
    void normalisedName_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("accents and case")
            << QStringLiteral("Jérôme") << QStringLiteral("DUPONT-Lefèvre") << QStringLiteral("dupont jerome lefevre");
        QTest::newRow("title dropped") << QStringLiteral("Dr Hélène") << QStringLiteral("Çelik")
                                       << QStringLiteral("celik helene");
        QTest::newRow("names swapped") << QStringLiteral("Durand") << QStringLiteral("Claire")
                                       << QStringLiteral("claire durand");
        QTest::newRow("ligature and spaces")
            << QStringLiteral("  Cœur ") << QStringLiteral("Noël") << QStringLiteral("coeur noel");
        QTest::newRow("ASCII: punctuation, digits, titles")
            << QStringLiteral("DR. Jean-Pierre") << QStringLiteral("O'NEIL 2e  Mme")
            << QStringLiteral("2e jean neil o pierre");
        QTest::newRow("only titles") << QStringLiteral("Dr") << QStringLiteral("M.") << QString();
    }

    // ASCII names are folded without a Unicode normalisation: the answer must be the one of the
    // general path, which a single non-ASCII character (here a no-break space) takes.
    void asciiAndUnicodePathsAgree_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::newRow("plain") << QStringLiteral("Claire") << QStringLiteral("DURAND");
        QTest::newRow("punctuation") << QStringLiteral("Pr. Jean-Luc") << QStringLiteral("d'Arc_3  (Paris)");
        QTest::newRow("words out of order") << QStringLiteral("zoe ANNE") << QStringLiteral("Bea-zoe 12 1");
        QTest::newRow("symbols") << QStringLiteral("@#~") << QStringLiteral("`{|}~^[\\]");
    }

    void asciiAndUnicodePathsAgree()
    {
        QFETCH(QString, first);
        QFETCH(QString, last);
        Professional ascii;
        ascii.firstName = first;
        ascii.lastName = last;
        Professional unicode = ascii;
        unicode.lastName += QChar(0x00A0);
        QCOMPARE(RepeatOffence::normalisedName(ascii), RepeatOffence::normalisedName(unicode));
    }

    void normalisedName()
    {
        QFETCH(QString, first);
        QFETCH(QString, last);
        QFETCH(QString, normalised);
        Professional p;
        p.firstName = first;
        p.lastName = last;
        QCOMPARE(RepeatOffence::normalisedName(p), normalised);
    }

    void match_data()
    {
        QTest::addColumn<QString>("rppsA");
        QTest::addColumn<QString>("rppsB");
        QTest::addColumn<QString>("lastB");
        QTest::addColumn<QString>("postcodeB");
        QTest::addColumn<int>("professionB");
        QTest::addColumn<int>("expected"); // -1: no match
        const int doctor = int(Profession::Medecin);
        QTest::newRow("same RPPS, other name and town")
            << QStringLiteral("10001234567") << QStringLiteral("10001234567") << QStringLiteral("Martin")
            << QStringLiteral("75011") << doctor << int(ProfessionalMatch::SameRpps);
        QTest::newRow("two different RPPS, same name")
            << QStringLiteral("10001234567") << QStringLiteral("10009999999") << QStringLiteral("DURAND")
            << QStringLiteral("69003") << doctor << -1;
        QTest::newRow("no RPPS, same name without accents or case")
            << QString() << QString() << QStringLiteral("durand") << QStringLiteral("69003") << doctor
            << int(ProfessionalMatch::SameNameProfessionPostcode);
        QTest::newRow("one RPPS only, same name")
            << QStringLiteral("10001234567") << QString() << QStringLiteral("Durand") << QStringLiteral("69003")
            << doctor << int(ProfessionalMatch::SameNameProfessionPostcode);
        QTest::newRow("other postcode") << QString() << QString() << QStringLiteral("Durand") << QStringLiteral("69004")
                                        << doctor << -1;
        QTest::newRow("other profession") << QString() << QString() << QStringLiteral("Durand")
                                          << QStringLiteral("69003") << int(Profession::ChirurgienDentiste) << -1;
    }

    void match()
    {
        QFETCH(QString, rppsA);
        QFETCH(QString, rppsB);
        QFETCH(QString, lastB);
        QFETCH(QString, postcodeB);
        QFETCH(int, professionB);
        QFETCH(int, expected);
        Professional a = test::professional(Profession::Medecin);
        a.id = 1;
        a.rpps = rppsA;
        Professional b = test::professional(static_cast<Profession>(professionB), postcodeB);
        b.id = 2;
        b.firstName = QStringLiteral("CLAIRE");
        b.lastName = lastB;
        b.rpps = rppsB;
        const auto found = RepeatOffence::match(a, b);
        QCOMPARE(found ? int(*found) : -1, expected);
        b.id = 1;
        QCOMPARE(RepeatOffence::match(a, b), std::optional<ProfessionalMatch>(ProfessionalMatch::SameRecord));
    }

    // The 6-year window, at its edges.
    void sixYears_data()
    {
        QTest::addColumn<QDate>("receipt");
        QTest::addColumn<QDate>("sanction");
        QTest::addColumn<bool>("repeat");
        QTest::newRow("exactly 6 years before") << QDate(2026, 3, 2) << QDate(2020, 3, 2) << true;
        QTest::newRow("6 years and 1 day before") << QDate(2026, 3, 2) << QDate(2020, 3, 1) << false;
        QTest::newRow("the day before receipt") << QDate(2026, 3, 2) << QDate(2026, 3, 1) << true;
        QTest::newRow("on the day of receipt") << QDate(2026, 3, 2) << QDate(2026, 3, 2) << true;
        QTest::newRow("after receipt: not before it") << QDate(2026, 3, 2) << QDate(2026, 3, 3) << false;
        QTest::newRow("29 February receipt: window from 28 February")
            << QDate(2028, 2, 29) << QDate(2022, 2, 28) << true;
        QTest::newRow("29 February receipt: 27 February is out") << QDate(2028, 2, 29) << QDate(2022, 2, 27) << false;
    }

    void sixYears()
    {
        QFETCH(QDate, receipt);
        QFETCH(QDate, sanction);
        QFETCH(bool, repeat);
        const auto finding = RepeatOffence::assess(receipt, {sanctioned(sanction)}, test::builtInLaw());
        QCOMPARE(finding.repeatOffence, repeat);
        QCOMPARE(finding.law.source, QStringLiteral("R1110-14 CSP"));
        if (repeat) {
            QCOMPARE(finding.sanctionDate, sanction);
            QCOMPARE(finding.caseReference, QStringLiteral("2019-0007"));
        }
    }

    void onlyFinalSanctionsCount()
    {
        KnownCase known;
        known.events.reference = QStringLiteral("2025-0001");
        known.events.receipts.append(QDate(2025, 1, 10)); // an earlier complaint alone is not a sanction
        const auto finding = RepeatOffence::assess(QDate(2026, 3, 2), {known}, test::builtInLaw());
        QVERIFY(!finding.repeatOffence);
    }

    // On a real database: earlier cases against the same professional, found through another
    // record with the same name spelt differently, and the switch to the repeat-offence route.
    void knownCasesInDatabase()
    {
        test::TemporaryDatabase temp;
        const FixedClock clock(QDate(2026, 3, 10));
        PersonRepository persons(temp.db(), clock);
        ProfessionalRepository professionals(temp.db());
        CaseRepository cases(temp.db(), clock);

        Person person = test::samplePerson();
        QVERIFY(persons.insert(person));

        Professional first = test::professional(Profession::Medecin);
        first.lastName = QStringLiteral("DURAND");
        first.firstName = QStringLiteral("Clâire");
        QVERIFY(professionals.insert(first));
        Professional second = test::professional(Profession::Medecin);
        QVERIFY(professionals.insert(second));
        Professional stranger = test::professional(Profession::Medecin);
        stranger.lastName = QStringLiteral("Bernard");
        QVERIFY(professionals.insert(stranger));

        Case old = test::sampleCase(person.id, first.id);
        old.reference = QStringLiteral("2020-0001");
        old.factDates = {QDate(2019, 11, 4)};
        Procedure oldProcedure = test::conciliation({{ProcedureEventKind::ComplaintReceived, QDate(2020, 1, 6)},
                                                     {ProcedureEventKind::FinalSanction, QDate(2020, 3, 10)}});
        oldProcedure.uid.clear();
        old.procedures = {oldProcedure};
        QVERIFY2(cases.insert(old, true), "old case");

        Case other = test::sampleCase(person.id, stranger.id);
        other.reference = QStringLiteral("2021-0001");
        QVERIFY(cases.insert(other));

        Case current = test::sampleCase(person.id, second.id);
        current.reference = QStringLiteral("2026-0003");
        Procedure procedure = test::conciliation({{ProcedureEventKind::ComplaintReceived, QDate(2026, 3, 10)}});
        procedure.uid.clear();
        current.procedures = {procedure};
        QVERIFY(cases.insert(current, true));

        const auto known = RepeatOffence::knownCases(temp.db(), second, current.id);
        QVERIFY2(known, known ? "" : qPrintable(known.error().toLine()));
        QCOMPARE(known->size(), 1);
        QCOMPARE(known->first().events.reference, QStringLiteral("2020-0001"));
        QCOMPARE(known->first().match, ProfessionalMatch::SameNameProfessionPostcode);
        QCOMPARE(known->first().events.finalSanctions, QList<QDate> {QDate(2020, 3, 10)});

        // Received exactly 6 years after the sanction: the repeat-offence route.
        const ProcedureService service(temp.db(), test::builtInLaw(), clock);
        const auto followUps = service.openProcedures();
        QVERIFY(followUps);
        const auto it = std::find_if(followUps->cbegin(), followUps->cend(), [](const ProcedureFollowUp& f) {
            return f.deadlines.caseReference == QLatin1StringView("2026-0003");
        });
        QVERIFY(it != followUps->cend());
        QVERIFY(it->repeatOffence.repeatOffence);
        QVERIFY(it->deadlines.repeatOffence);
        QVERIFY(it->deadlines.find(QStringLiteral("repeat_offence_transmission")));
        QVERIFY(!it->deadlines.find(QStringLiteral("session")));

        const auto routes = service.routesForCase(current.id);
        QVERIFY(routes);
        QVERIFY(routes->repeatOffence.repeatOffence);
        QCOMPARE(routes->knownCases.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRepeatOffence)
#include "TestRepeatOffence.moc"
