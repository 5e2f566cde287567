#include "ProcedureTestData.h"
#include "common/Clock.h"
#include "procedure/CaseRoutes.h"

#include <QTest>

using namespace saisine;

// Which routes are open for a case, which body for each, and why.
class TestCaseRoutes : public QObject
{
    Q_OBJECT

private:
    static CaseRoutesReport advise(const Case& c, const Professional& p, const Person* person = nullptr,
                                   const QList<KnownCase>& known = {})
    {
        static const FixedClock clock(QDate(2026, 3, 20));
        return CaseRoutes(test::builtInLaw(), clock).advise(c, p, person, known);
    }

    static const RouteAdvice& route(const CaseRoutesReport& report, Route r)
    {
        for (const auto& advice : report.routes) {
            if (advice.route == r) {
                return advice;
            }
        }
        qFatal("route missing");
    }

    static Case sampleCase(QList<RefusalForm> forms = {RefusalForm::ExplicitRefusal}, QList<Ground> grounds = {})
    {
        Case c;
        c.id = 5;
        c.reference = QStringLiteral("2026-0005");
        c.factDates = {QDate(2026, 2, 10)};
        c.forms = forms;
        c.grounds = grounds;
        return c;
    }

private slots:
    void openRoutes_data()
    {
        QTest::addColumn<int>("profession");
        QTest::addColumn<bool>("c2s");
        QTest::addColumn<bool>("refusalOfSale");
        QTest::addColumn<QList<bool>>("open"); // conciliation, mediator, DDD, DGCCRF, criminal
        QTest::newRow("médecin") << int(Profession::Medecin) << false << false
                                 << QList<bool> {true, false, true, false, true};
        QTest::newRow("médecin, AME holder")
            << int(Profession::Medecin) << true << false << QList<bool> {true, true, true, false, true};
        QTest::newRow("psychologue") << int(Profession::Psychologue) << false << false
                                     << QList<bool> {false, true, true, false, true};
        QTest::newRow("opticien, C2S holder")
            << int(Profession::Opticien) << true << false << QList<bool> {false, true, true, false, true};
        QTest::newRow("pharmacy refusal of sale")
            << int(Profession::Pharmacien) << false << true << QList<bool> {true, false, true, true, true};
        QTest::newRow("refusal of sale by a doctor is not a DGCCRF matter")
            << int(Profession::Medecin) << false << true << QList<bool> {true, false, true, false, true};
    }

    void openRoutes()
    {
        QFETCH(int, profession);
        QFETCH(bool, c2s);
        QFETCH(bool, refusalOfSale);
        QFETCH(QList<bool>, open);
        const Case c = sampleCase(refusalOfSale ? QList<RefusalForm> {RefusalForm::RefusalOfSale}
                                                : QList<RefusalForm> {RefusalForm::ExplicitRefusal});
        Person person;
        if (c2s) {
            person.coverage = {Coverage::AME};
        }
        const auto report = advise(c, test::professional(static_cast<Profession>(profession)), &person);
        QCOMPARE(report.routes.size(), 5);
        const QList<Route> order {Route::Conciliation, Route::CpamMediator, Route::DefenseurDesDroits, Route::Dgccrf,
                                  Route::CriminalComplaint};
        for (int i = 0; i < order.size(); ++i) {
            const RouteAdvice& advice = route(report, order[i]);
            QVERIFY2(advice.open == open[i], qPrintable(keyOf(order[i])));
            QVERIFY2(!advice.law.source.isEmpty(), qPrintable(keyOf(order[i])));
            QVERIFY(!advice.why.isEmpty());
            if (advice.open) {
                QVERIFY2(!advice.bodies.isEmpty(), qPrintable(keyOf(order[i])));
                for (const auto& body : advice.bodies) {
                    QVERIFY(!body.name.isEmpty());
                    QVERIFY(!body.law.source.isEmpty());
                }
            }
        }
    }

    void conciliationBodies()
    {
        const auto report = advise(sampleCase(), test::professional(Profession::Medecin));
        const RouteAdvice& conciliation = route(report, Route::Conciliation);
        QCOMPARE(conciliation.bodies.size(), 2);
        QCOMPARE(conciliation.bodies[0].name, QStringLiteral("CPAM du Rhône"));
        QCOMPARE(conciliation.bodies[1].name, QStringLiteral("Conseil départemental de l'ordre des médecins du Rhône"));
        QCOMPARE(report.deontology->article, QStringLiteral("R4127-7 CSP"));
        QCOMPARE(report.basis, ReferenceDateBasis::Facts);
        QCOMPARE(report.referenceDate, QDate(2026, 2, 10));
        const RouteAdvice& dgccrf = route(report, Route::Dgccrf);
        QVERIFY(dgccrf.bodies.isEmpty());
        QCOMPARE(route(advise(sampleCase({RefusalForm::RefusalOfSale}), test::professional(Profession::Pharmacien)),
                       Route::Dgccrf)
                     .bodies.first()
                     .name,
                 QStringLiteral("DDPP / DDETSPP du Rhône"));
    }

    // The CPAM of the practitioner is a default: the one recorded on the procedure wins.
    void cpamChosenByCaseworker()
    {
        Case c = sampleCase();
        Procedure procedure = test::conciliation({{ProcedureEventKind::ComplaintReceived, QDate(2026, 3, 4)}});
        procedure.authorityKind = AuthorityKind::Cpam;
        procedure.authorityName = QStringLiteral("CPAM de l'Isère");
        c.procedures = {procedure};
        const auto report = advise(c, test::professional(Profession::Medecin));
        const CompetentBody& cpam = route(report, Route::Conciliation).bodies[0];
        QCOMPARE(cpam.name, QStringLiteral("CPAM de l'Isère"));
        QVERIFY(cpam.chosenByCaseworker);
        QVERIFY(cpam.why.contains(QStringLiteral("CPAM du Rhône")));
        QCOMPARE(report.basis, ReferenceDateBasis::Receipt);
        QCOMPARE(report.referenceDate, QDate(2026, 3, 4));
    }

    void referenceDateFallsBackToToday()
    {
        Case c = sampleCase();
        c.factDates.clear();
        const auto report = advise(c, test::professional(Profession::Medecin));
        QCOMPARE(report.basis, ReferenceDateBasis::Today);
        QCOMPARE(report.referenceDate, QDate(2026, 3, 20));
    }

    // A kiné's case: the deontology article in force at the date of the facts.
    void deontologyFollowsTheDate()
    {
        Case c = sampleCase();
        c.factDates = {QDate(2025, 11, 3)};
        const auto older = advise(c, test::professional(Profession::MasseurKinesitherapeute));
        QCOMPARE(older.deontology->law.source,
                 QStringLiteral("Décret 2008-1135 (code de déontologie des masseurs-kinésithérapeutes)"));
        c.factDates = {QDate(2026, 3, 1)};
        const auto newer = advise(c, test::professional(Profession::MasseurKinesitherapeute));
        QCOMPARE(newer.deontology->law.source, QStringLiteral("Décret 2026-62 du 5 février 2026"));
    }

    void repeatOffenceNote()
    {
        KnownCase known;
        known.events.reference = QStringLiteral("2022-0010");
        known.events.finalSanctions = {QDate(2022, 6, 1)};
        const auto report = advise(sampleCase(), test::professional(Profession::Medecin), nullptr, {known});
        QVERIFY(report.repeatOffence.repeatOffence);
        const RouteAdvice& conciliation = route(report, Route::Conciliation);
        QCOMPARE(conciliation.notes.size(), 1);
        QVERIFY(conciliation.notes.first().contains(QLatin1StringView("2022-0010")));
        QVERIFY(conciliation.notes.first().contains(QLatin1StringView("R1110-14")));
    }
};

QTEST_GUILESS_MAIN(TestCaseRoutes)
#include "TestCaseRoutes.moc"
