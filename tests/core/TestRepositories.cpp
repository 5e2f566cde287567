#include "TestSupport.h"
#include "store/Repositories.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QtTest>

using namespace saisine;
using namespace saisine::test;

class TestRepositories : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TemporaryDatabase> m_tmp;
    FixedClock m_clock {testToday()};

    Database& db() { return m_tmp->db(); }

    int count(const QString& table)
    {
        QSqlQuery query(db().connection());
        if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next()) {
            return -1;
        }
        return query.value(0).toInt();
    }

    // A stored person and professional, and a case between them.
    Case storedCase()
    {
        Person p = samplePerson();
        Professional pro = sampleProfessional();
        if (!PersonRepository(db(), m_clock).insert(p) || !ProfessionalRepository(db()).insert(pro)) {
            return {};
        }
        Case c = sampleCase(p.id, pro.id);
        if (!CaseRepository(db(), m_clock).insert(c)) {
            return {};
        }
        return c;
    }

private slots:
    void init() { m_tmp = std::make_unique<TemporaryDatabase>(); }
    void cleanup() { m_tmp.reset(); }

    void personRoundTrip()
    {
        PersonRepository persons(db(), m_clock);
        Person p = samplePerson();
        p.coverage = {Coverage::ALD, Coverage::C2S};
        QVERIFY(persons.insert(p).ok());
        QVERIFY(p.id > 0);
        QCOMPARE(p.uid.size(), 36);
        auto loaded = persons.get(p.id);
        QVERIFY(loaded.ok());
        QCOMPARE(*loaded, p);
        QCOMPARE(loaded->coverage, (QList<Coverage> {Coverage::ALD, Coverage::C2S}));

        p.lastName = QStringLiteral("Martin-Benali");
        p.coverage = {};
        QVERIFY(persons.update(p).ok());
        QCOMPARE(*persons.get(p.id), p);

        QVERIFY(persons.remove(p.id).ok());
        QVERIFY(!persons.get(p.id).ok());
        QVERIFY(!persons.remove(p.id).ok());
        QCOMPARE(count(QStringLiteral("person_coverage")), 0);
    }

    void invalidRecordsAreNotWritten()
    {
        PersonRepository persons(db(), m_clock);
        Person p = samplePerson();
        p.address.postcode = QStringLiteral("ABCDE");
        Status s = persons.insert(p);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().field, QStringLiteral("postcode"));
        QCOMPARE(p.id, 0);
        QCOMPARE(count(QStringLiteral("person")), 0);

        Professional pro = sampleProfessional();
        pro.rpps = QStringLiteral("1234");
        s = ProfessionalRepository(db()).insert(pro);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().field, QStringLiteral("rpps"));
        QCOMPARE(count(QStringLiteral("professional")), 0);
    }

    void textIsStoredVerbatim_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("quotes") << QStringLiteral("O'Brien \"dit\" « le Grand »");
        QTest::newRow("sql") << QStringLiteral("Robert'); DROP TABLE person;--");
        QTest::newRow("html") << QStringLiteral("<b>Dupont</b> <script>alert(1)</script> &amp;");
        QTest::newRow("newlines and tabs") << QStringLiteral("ligne 1\nligne 2\r\n\tfin");
        QTest::newRow("unicode") << QStringLiteral("Ñúñez Łukasz 李 🙂 Œdipe");
        QTest::newRow("percent and placeholders") << QStringLiteral("%1 %s {{name}} ? :x");
        QTest::newRow("one megabyte") << QString(1024 * 1024, QLatin1Char('a')) + QStringLiteral("é");
    }

    void textIsStoredVerbatim()
    {
        QFETCH(QString, text);
        Person p = samplePerson(text);
        p.notes = text;
        QVERIFY(PersonRepository(db(), m_clock).insert(p).ok());
        Professional pro = sampleProfessional(text);
        pro.establishment = text;
        QVERIFY(ProfessionalRepository(db()).insert(pro).ok());
        Case c = sampleCase(p.id, pro.id);
        c.narrative = text;
        c.statedReason = text;
        c.place = text;
        QVERIFY(CaseRepository(db(), m_clock).insert(c).ok());

        auto person = PersonRepository(db(), m_clock).get(p.id);
        QVERIFY(person.ok());
        QCOMPARE(person->lastName, text);
        QCOMPARE(person->notes, text);
        QCOMPARE(ProfessionalRepository(db()).get(pro.id)->establishment, text);
        auto loaded = CaseRepository(db(), m_clock).get(c.id);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->narrative, text);
        QCOMPARE(loaded->statedReason, text);
        QCOMPARE(loaded->place, text);
        QCOMPARE(count(QStringLiteral("person")), 1);
    }

    void caseWithAllItsParts()
    {
        Person p = samplePerson();
        Professional first = sampleProfessional(QStringLiteral("Durand"));
        Professional second = sampleProfessional(QStringLiteral("Petit"), Profession::ChirurgienDentiste);
        second.rpps.clear();
        QVERIFY(PersonRepository(db(), m_clock).insert(p).ok());
        QVERIFY(ProfessionalRepository(db()).insert(first).ok());
        QVERIFY(ProfessionalRepository(db()).insert(second).ok());

        Case c = sampleCase(p.id, second.id);
        c.professionalIds.append(first.id);
        c.factDates = {QDate(2026, 1, 31), QDate(2026, 2, 3)};
        c.forms = {RefusalForm::FeeOverrun, RefusalForm::Other};
        c.otherFormDescription = QStringLiteral("Demande d'un chèque de caution");
        c.grounds = {Ground::C2S, Ground::Origin};

        Evidence invoice;
        invoice.kind = EvidenceKind::Invoice;
        invoice.date = QDate(2026, 2, 3);
        invoice.description = QStringLiteral("Facture avec dépassement de 40 €");
        invoice.fileName = QStringLiteral("facture.pdf");
        invoice.fileContent = QByteArray("%PDF-1.4 fictional\x00\x01\x02", 21);
        c.evidence = {invoice};

        Procedure conciliation;
        conciliation.route = Route::Conciliation;
        conciliation.authorityKind = AuthorityKind::Cpam;
        conciliation.authorityName = QStringLiteral("CPAM du Rhône");
        conciliation.events = {{0, {}, ProcedureEventKind::ComplaintSent, QDate(2026, 2, 5), {}},
                               {0,
                                {},
                                ProcedureEventKind::ComplaintReceived,
                                QDate(2026, 2, 9),
                                QStringLiteral("AR n° 1A 234 567 8901 2")}};
        c.procedures = {conciliation};

        Mandate mandate;
        mandate.kind = MandateKind::Filing;
        mandate.scope = {MandateScope::Filing, MandateScope::Correspondence};
        mandate.signedDate = QDate(2026, 2, 4);
        mandate.signedPlace = QStringLiteral("Lyon");
        c.mandates = {mandate};

        CaseRepository cases(db(), m_clock);
        QVERIFY(cases.insert(c, true).ok());
        QCOMPARE(c.reference, QStringLiteral("2026-0001"));
        QCOMPARE(c.createdAt, m_clock.now().toUTC());
        QCOMPARE(
            c.evidence.first().fileSha256,
            QString::fromLatin1(QCryptographicHash::hash(invoice.fileContent, QCryptographicHash::Sha256).toHex()));

        auto loaded = cases.loadFull(c.id);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->professionalIds, (QList<qint64> {second.id, first.id}));
        QCOMPARE(loaded->evidence, c.evidence);
        QCOMPARE(loaded->procedures, c.procedures);
        QCOMPARE(loaded->mandates, c.mandates);
        QCOMPARE(*loaded, c);
        QCOMPARE(loaded->procedures.first().firstDate(ProcedureEventKind::ComplaintReceived),
                 std::optional<QDate>(QDate(2026, 2, 9)));

        // Deleting the case deletes its parts, never the person or professionals.
        QVERIFY(cases.remove(c.id).ok());
        QCOMPARE(count(QStringLiteral("evidence")), 0);
        QCOMPARE(count(QStringLiteral("procedure_event")), 0);
        QCOMPARE(count(QStringLiteral("mandate_scope")), 0);
        QCOMPARE(count(QStringLiteral("person")), 1);
        QCOMPARE(count(QStringLiteral("professional")), 2);
    }

    void referencesFollowEachOtherAndStayUnique()
    {
        Case a = storedCase();
        QCOMPARE(a.reference, QStringLiteral("2026-0001"));
        CaseRepository cases(db(), m_clock);
        Case b = sampleCase(a.personId, a.professionalIds.first());
        QVERIFY(cases.insert(b).ok());
        QCOMPARE(b.reference, QStringLiteral("2026-0002"));
        QCOMPARE(*cases.nextReference(2026), QStringLiteral("2026-0003"));
        QCOMPARE(*cases.nextReference(2027), QStringLiteral("2027-0001"));
        QCOMPARE(*cases.idForReference(QStringLiteral("2026-0002")), b.id);
        QVERIFY(!cases.idForReference(QStringLiteral("1999-0001")).ok());

        Case duplicate = sampleCase(a.personId, a.professionalIds.first());
        duplicate.reference = a.reference;
        Status s = cases.insert(duplicate);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().field, QStringLiteral("reference"));
        QVERIFY(s.error().message.contains(a.reference));
        QCOMPARE(count(QStringLiteral("case_file")), 2);
    }

    void nextReferenceCountsOnlyNumericReferences()
    {
        Case a = storedCase();
        CaseRepository cases(db(), m_clock);
        // Imported or typed references of other shapes must not shift or break the numbering.
        for (const char* reference : {"2026-9999x", "2026-abc", "2026-", "20260-0001", "2026-10000"}) {
            Case other = sampleCase(a.personId, a.professionalIds.first());
            other.reference = QString::fromLatin1(reference);
            QVERIFY2(cases.insert(other).ok(), reference);
        }
        QCOMPARE(*cases.nextReference(2026), QStringLiteral("2026-10001"));
        Case next = sampleCase(a.personId, a.professionalIds.first());
        QVERIFY(cases.insert(next).ok());
        QCOMPARE(next.reference, QStringLiteral("2026-10001"));
    }

    void foreignKeysProtectTheData()
    {
        Case c = storedCase();
        CaseRepository cases(db(), m_clock);

        Case orphan = sampleCase(9999, c.professionalIds.first());
        Status s = cases.insert(orphan);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().field, QStringLiteral("person"));

        Case unknownProfessional = sampleCase(c.personId, 9999);
        s = cases.insert(unknownProfessional);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().field, QStringLiteral("professionals"));
        QCOMPARE(count(QStringLiteral("case_file")), 1);
        QCOMPARE(count(QStringLiteral("case_form")), 2);

        s = PersonRepository(db(), m_clock).remove(c.personId);
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains(QStringLiteral("still has cases")));
        s = ProfessionalRepository(db()).remove(c.professionalIds.first());
        QVERIFY(!s.ok());
        QCOMPARE(count(QStringLiteral("person")), 1);
    }

    void updateKeepsCreationAndStampsModification()
    {
        Case c = storedCase();
        const QDateTime created = c.createdAt;
        m_clock.advanceDays(2);
        c.status = CaseStatus::Closed;
        c.grounds = {Ground::HealthStatus};
        CaseRepository cases(db(), m_clock);
        QVERIFY(cases.update(c).ok());
        auto loaded = cases.get(c.id);
        QCOMPARE(loaded->createdAt, created);
        QCOMPARE(loaded->updatedAt, m_clock.now().toUTC());
        QCOMPARE(loaded->grounds, QList<Ground> {Ground::HealthStatus});
        QCOMPARE(loaded->status, CaseStatus::Closed);
        m_clock.set(testToday().startOfDay());
    }

    void evidenceFingerprintDetectsAlteration()
    {
        Case c = storedCase();
        EvidenceRepository evidence(db(), m_clock);
        Evidence e;
        e.caseId = c.id;
        e.kind = EvidenceKind::BookingScreenshot;
        e.fileName = QStringLiteral("profil.png");
        e.fileContent = QByteArray("fake png");
        e.fileSha256 = QStringLiteral("00");
        Status s = evidence.insert(e);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().field, QStringLiteral("evidence.fileSha256"));
        e.fileSha256.clear();
        QVERIFY(evidence.insert(e).ok());
        QCOMPARE(e.addedAt, m_clock.now().toUTC());
        e.description = QStringLiteral("Profil Doctolib : « pas de CMU »");
        QVERIFY(evidence.update(e).ok());
        QCOMPARE(evidence.forCase(c.id)->first(), e);
        QVERIFY(evidence.remove(e.id).ok());
        QVERIFY(evidence.forCase(c.id)->isEmpty());
    }

    void procedureEventsAndOpenProcedures()
    {
        Case c = storedCase();
        ProcedureRepository procedures(db());
        Procedure open;
        open.caseId = c.id;
        open.route = Route::Conciliation;
        open.authorityKind = AuthorityKind::Ordre;
        QVERIFY(procedures.insert(open).ok());
        Procedure closed;
        closed.caseId = c.id;
        closed.route = Route::DefenseurDesDroits;
        closed.status = ProcedureStatus::Closed;
        QVERIFY(procedures.insert(closed).ok());

        ProcedureEvent received {0, {}, ProcedureEventKind::ComplaintReceived, QDate(2026, 3, 2), {}};
        QVERIFY(procedures.addEvent(open.id, received).ok());
        ProcedureEvent earlier {0, {}, ProcedureEventKind::ComplaintSent, QDate(2026, 2, 27), {}};
        QVERIFY(procedures.addEvent(open.id, earlier).ok());
        ProcedureEvent undated {0, {}, ProcedureEventKind::SessionHeld, QDate(), {}};
        QVERIFY(!procedures.addEvent(open.id, undated).ok());
        ProcedureEvent nowhere {0, {}, ProcedureEventKind::SessionHeld, QDate(2026, 3, 3), {}};
        QVERIFY(!procedures.addEvent(424242, nowhere).ok());

        auto all = procedures.allOpen();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().events.size(), 2);
        QCOMPARE(all->first().events.first().kind, ProcedureEventKind::ComplaintSent); // ordered by date
        QVERIFY(procedures.removeEvent(earlier.id).ok());
        QCOMPARE(procedures.get(open.id)->events, QList<ProcedureEvent> {received});
        QCOMPARE(procedures.forCase(c.id)->size(), 2);
    }

    void mandateLifecycle()
    {
        Case c = storedCase();
        MandateRepository mandates(db(), m_clock);
        Mandate m;
        m.caseId = c.id;
        m.kind = MandateKind::Representation;
        m.scope = {MandateScope::Representation, MandateScope::Assistance};
        QVERIFY(mandates.insert(m).ok());
        QVERIFY(!m.isSigned());
        m.signedDate = QDate(2026, 3, 10);
        m.signedPlace = QStringLiteral("Villeurbanne");
        QVERIFY(mandates.update(m).ok());
        m.revokedDate = QDate(2026, 3, 9);
        QVERIFY(!mandates.update(m).ok());
        m.revokedDate = QDate(2026, 3, 12);
        QVERIFY(mandates.update(m).ok());
        auto loaded = mandates.forCase(c.id);
        QCOMPARE(loaded->size(), 1);
        QCOMPARE(loaded->first(), m);
        QVERIFY(!loaded->first().isInForce());
    }

    void associationProfile()
    {
        AssociationRepository repository(db());
        QVERIFY(repository.load()->isEmpty());
        AssociationProfile profile;
        profile.name = QStringLiteral("Santé Égale Rhône");
        profile.address = {QStringLiteral("5 rue Paul Bert"), QStringLiteral("69003"), QStringLiteral("Lyon"), {}};
        profile.approvalNumber = QStringLiteral("ARS-ARA-2024-017");
        profile.representativeName = QStringLiteral("Claire Fontaine");
        QVERIFY(repository.save(profile).ok());
        QCOMPARE(*repository.load(), profile);
        profile.name.clear();
        QVERIFY(!repository.save(profile).ok());
        QCOMPARE(repository.load()->name, QStringLiteral("Santé Égale Rhône"));
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "TestRepositories.moc"
