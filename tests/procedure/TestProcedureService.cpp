// ProcedureService::openProcedures() reads every open procedure with a few set-based queries
// (issue 7). These tests check it finds, for every case, what the case-by-case path finds:
// the same earlier cases against the same professional and so the same repeat-offence finding.
#include "ProcedureTestData.h"
#include "TestSupport.h"
#include "demo/DemoGenerator.h"
#include "procedure/CaseRoutes.h"
#include "procedure/ProcedureService.h"
#include "procedure/RepeatOffence.h"
#include "store/Repositories.h"

#include <QTest>

using namespace saisine;

class TestProcedureService : public QObject
{
    Q_OBJECT

private slots:
    void openProceduresMatchCaseByCase()
    {
        test::TemporaryDatabase temp;
        const FixedClock clock(test::testToday());
        DemoOptions options;
        options.cases = 400;
        options.seed = 7;
        options.asOf = test::testToday();
        QVERIFY(DemoGenerator::generate(temp.db(), options));
        // The same professional under a second record (no RPPS, same name, profession and
        // postcode) named in a new case: found through the name, not the record.
        ProfessionalRepository professionals(temp.db());
        auto known = professionals.all();
        QVERIFY(known && !known->isEmpty());
        Professional twin = known->first();
        twin.id = 0;
        twin.uid.clear();
        twin.rpps.clear();
        QVERIFY(professionals.insert(twin));
        auto persons = PersonRepository(temp.db(), clock).all();
        QVERIFY(persons && !persons->isEmpty());
        Case c = test::sampleCase(persons->first().id, twin.id);
        Procedure procedure;
        procedure.route = Route::Conciliation;
        procedure.status = ProcedureStatus::Open;
        ProcedureEvent received;
        received.kind = ProcedureEventKind::ComplaintReceived;
        received.date = test::testToday().addDays(-10);
        procedure.events.append(received);
        c.procedures.append(procedure);
        QVERIFY(CaseRepository(temp.db(), clock).insert(c, true));

        const ProcedureService service(temp.db(), test::builtInLaw(), clock);
        const auto followUps = service.openProcedures();
        QVERIFY(followUps);
        QVERIFY(followUps->size() > 20);
        int withKnownCases = 0;
        int repeatOffences = 0; // the set-based path reads only the linked cases with a final sanction
        for (const ProcedureFollowUp& followUp : *followUps) {
            auto stored = CaseRepository(temp.db(), clock).get(followUp.caseId);
            QVERIFY(stored);
            auto main = professionals.get(stored->professionalIds.first());
            QVERIFY(main);
            auto expectedKnown = RepeatOffence::knownCases(temp.db(), *main, stored->id);
            QVERIFY(expectedKnown);
            if (!expectedKnown->isEmpty()) {
                ++withKnownCases;
            }
            if (followUp.repeatOffence.repeatOffence) {
                ++repeatOffences;
            }
            QDate date = followUp.procedure.firstDate(ProcedureEventKind::ComplaintReceived).value_or(QDate());
            if (!date.isValid()) {
                date = CaseRoutes::referenceDate(*stored, clock);
            }
            const RepeatOffenceFinding expected = RepeatOffence::assess(date, *expectedKnown, test::builtInLaw());
            const QString where = followUp.deadlines.caseReference;
            QVERIFY2(followUp.repeatOffence.repeatOffence == expected.repeatOffence, qPrintable(where));
            QCOMPARE(followUp.repeatOffence.receipt, expected.receipt);
            QCOMPARE(followUp.repeatOffence.sanctionDate, expected.sanctionDate);
            QCOMPARE(followUp.repeatOffence.caseReference, expected.caseReference);
            QCOMPARE(followUp.deadlines.caseReference, stored->reference);
        }
        // The comparison means something only if earlier cases were found.
        QVERIFY(withKnownCases > 0);
        QVERIFY(repeatOffences > 0);
        QVERIFY(std::is_sorted(followUps->cbegin(), followUps->cend(), [](const auto& a, const auto& b) {
            return a.deadlines.caseReference < b.deadlines.caseReference;
        }));
    }

    // The follow-ups are ordered by case reference as QString orders them. The references come
    // ordered from SQLite, which compares UTF-8 bytes: for a character beyond U+FFFF against one
    // in U+E000..U+FFFF the two orders disagree, and the QString order must win.
    void orderedByReferenceAsQStringOrdersThem()
    {
        test::TemporaryDatabase temp;
        const FixedClock clock(test::testToday());
        Person person = test::samplePerson();
        QVERIFY(PersonRepository(temp.db(), clock).insert(person));
        Professional professional = test::sampleProfessional();
        QVERIFY(ProfessionalRepository(temp.db()).insert(professional));
        const QStringList references = {QStringLiteral("2026-\uFF21"), QStringLiteral("2026-\U0001F600"),
                                        QStringLiteral("2026-0001")};
        for (const QString& reference : references) {
            Case c = test::sampleCase(person.id, professional.id);
            c.reference = reference;
            Procedure procedure = test::conciliation({{ProcedureEventKind::ComplaintReceived, test::testToday()}});
            procedure.uid.clear();
            c.procedures = {procedure};
            QVERIFY(CaseRepository(temp.db(), clock).insert(c, true));
        }
        const auto followUps = ProcedureService(temp.db(), test::builtInLaw(), clock).openProcedures();
        QVERIFY(followUps);
        QStringList found;
        for (const ProcedureFollowUp& followUp : *followUps) {
            found.append(followUp.deadlines.caseReference);
        }
        QStringList expected = references;
        expected.sort();
        QCOMPARE(found, expected);
        QCOMPARE(expected.at(1), QStringLiteral("2026-\U0001F600")); // before U+FF21 in UTF-16
    }
};

QTEST_GUILESS_MAIN(TestProcedureService)
#include "TestProcedureService.moc"
