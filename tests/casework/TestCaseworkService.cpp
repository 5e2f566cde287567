#include "TestSupport.h"
#include "casework/CaseworkService.h"
#include "store/Repositories.h"

#include <QtTest>

using namespace saisine;
using namespace saisine::test;

class TestCaseworkService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TemporaryDatabase> m_tmp;
    FixedClock m_clock {testToday()};

    Database& db() { return m_tmp->db(); }

    IntakeRecord sampleIntake()
    {
        IntakeRecord intake;
        intake.person = samplePerson();
        intake.professional = sampleProfessional();
        intake.caseFile = sampleCase(0, 0);
        Evidence clue;
        clue.kind = EvidenceKind::RefusalNotice;
        clue.date = QDate(2026, 2, 10);
        clue.description = QStringLiteral("Affiche « pas d'AME »");
        intake.caseFile.evidence = {clue};
        return intake;
    }

    qsizetype caseCount() { return CaseRepository(db(), m_clock).allIds()->size(); }

private slots:
    void init() { m_tmp = std::make_unique<TemporaryDatabase>(); }
    void cleanup() { m_tmp.reset(); }

    void createCaseStoresEverything()
    {
        IntakeRecord intake = sampleIntake();
        QVERIFY(CaseworkService(db(), m_clock).createCase(intake));
        QVERIFY(intake.caseFile.id > 0);
        QCOMPARE(intake.caseFile.reference, QStringLiteral("2026-0001"));
        auto stored = CaseworkService(db(), m_clock).load(intake.caseFile.id);
        QVERIFY(stored);
        QCOMPARE(stored->person.lastName, QStringLiteral("Martin"));
        QCOMPARE(stored->professionals.size(), 1);
        QCOMPARE(stored->professionals.first().rpps, QStringLiteral("10101234567"));
        QCOMPARE(stored->caseFile.forms, intake.caseFile.forms);
        QCOMPARE(stored->caseFile.evidence.size(), 1);
        QCOMPARE(stored->caseFile.evidence.first().kind, EvidenceKind::RefusalNotice);
    }

    void createCaseReusesAnExistingProfessional()
    {
        Professional known = sampleProfessional();
        QVERIFY(ProfessionalRepository(db()).insert(known));
        IntakeRecord intake = sampleIntake();
        intake.professional = known;
        QVERIFY(CaseworkService(db(), m_clock).createCase(intake));
        QCOMPARE(intake.caseFile.professionalIds, QList<qint64>({known.id}));
        QCOMPARE(ProfessionalRepository(db()).all()->size(), 1);
    }

    void createCaseWritesNothingOnError()
    {
        IntakeRecord intake = sampleIntake();
        // The case is invalid, but only after the person and professional were written.
        intake.caseFile.forms.append(RefusalForm::Other);
        const Status status = CaseworkService(db(), m_clock).createCase(intake);
        QVERIFY(!status);
        QCOMPARE(status.error().field, QStringLiteral("otherFormDescription"));
        QCOMPARE(intake.person.id, qint64(0));
        QCOMPARE(PersonRepository(db(), m_clock).all()->size(), 0);
        QCOMPARE(ProfessionalRepository(db()).all()->size(), 0);
        QCOMPARE(caseCount(), 0);
    }

    void saveSyncsTheParts()
    {
        IntakeRecord intake = sampleIntake();
        QVERIFY(CaseworkService(db(), m_clock).createCase(intake));
        CaseworkService service(db(), m_clock);
        const CaseFileRecord stored = *service.load(intake.caseFile.id);
        CaseFileRecord edited = stored;
        edited.person.phone = QStringLiteral("07 00 00 00 01");
        edited.caseFile.narrative = QStringLiteral("Récit complété.");
        edited.caseFile.evidence.clear();
        Procedure procedure;
        procedure.route = Route::Conciliation;
        procedure.events = {{0, {}, ProcedureEventKind::ComplaintReceived, QDate(2026, 1, 5), {}}};
        edited.caseFile.procedures = {procedure};
        Mandate mandate;
        mandate.scope = {MandateScope::Filing};
        mandate.signedDate = QDate(2026, 1, 2);
        edited.caseFile.mandates = {mandate};
        QVERIFY(service.save(edited, stored));
        QVERIFY(edited.caseFile.procedures.first().id > 0);

        const CaseFileRecord reloaded = *service.load(intake.caseFile.id);
        QCOMPARE(reloaded.person.phone, QStringLiteral("07 00 00 00 01"));
        QCOMPARE(reloaded.caseFile.narrative, QStringLiteral("Récit complété."));
        QVERIFY(reloaded.caseFile.evidence.isEmpty());
        QCOMPARE(reloaded.caseFile.procedures.size(), 1);
        QCOMPARE(reloaded.caseFile.procedures.first().events.first().date, QDate(2026, 1, 5));
        QCOMPARE(reloaded.caseFile.mandates.size(), 1);
    }

    void saveIsAllOrNothing()
    {
        IntakeRecord intake = sampleIntake();
        QVERIFY(CaseworkService(db(), m_clock).createCase(intake));
        CaseworkService service(db(), m_clock);
        const CaseFileRecord stored = *service.load(intake.caseFile.id);
        CaseFileRecord edited = stored;
        edited.person.phone = QStringLiteral("07 00 00 00 01");
        Mandate unsigned_;
        unsigned_.revokedDate = QDate(2026, 1, 2); // no scope: invalid, written after the person
        unsigned_.scope = {};
        edited.caseFile.mandates = {unsigned_};
        const Status status = service.save(edited, stored);
        QVERIFY(!status);
        QCOMPARE(status.error().field, QStringLiteral("mandates.scope"));
        QCOMPARE(service.load(intake.caseFile.id)->person.phone, stored.person.phone);
    }
};

QTEST_GUILESS_MAIN(TestCaseworkService)
#include "TestCaseworkService.moc"
