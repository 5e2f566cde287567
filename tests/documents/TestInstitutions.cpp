// The institutions directory: built-in entries, the association's entries and corrections,
// and the competent body resolved to an entry.
#include "DocumentTestData.h"

using namespace saisine;
using namespace saisine::test;

class TestInstitutions : public QObject
{
    Q_OBJECT

private slots:
    void builtInDefenseurDesDroits()
    {
        auto builtin = InstitutionDirectory::builtIn();
        QVERIFY(builtin.ok());
        QCOMPARE(builtin->size(), 1);
        const Institution& ddd = builtin->front();
        QCOMPARE(ddd.kind, InstitutionKind::DefenseurDesDroits);
        QCOMPARE(ddd.street, QStringLiteral("Libre réponse 71120"));
        QCOMPARE(ddd.postcode, QStringLiteral("75342"));
        QVERIFY(ddd.hasPostalAddress());
        QCOMPARE(ddd.salutation(), QStringLiteral("Madame, Monsieur"));
    }

    void salutations_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("salutation");
        QTest::newRow("cpam unknown") << int(InstitutionKind::Cpam) << QString()
                                      << QStringLiteral("Madame la Directrice, Monsieur le Directeur");
        QTest::newRow("cpam known") << int(InstitutionKind::Cpam) << QStringLiteral("Madame la Directrice")
                                    << QStringLiteral("Madame la Directrice");
        QTest::newRow("ordre unknown") << int(InstitutionKind::Ordre) << QString()
                                       << QStringLiteral("Madame la Présidente, Monsieur le Président");
        QTest::newRow("ordre known") << int(InstitutionKind::Ordre) << QStringLiteral("Monsieur le Président")
                                     << QStringLiteral("Monsieur le Président");
        QTest::newRow("ddd") << int(InstitutionKind::DefenseurDesDroits) << QString()
                             << QStringLiteral("Madame, Monsieur");
    }

    void salutations()
    {
        QFETCH(int, kind);
        QFETCH(QString, title);
        QFETCH(QString, salutation);
        Institution i;
        i.kind = InstitutionKind(kind);
        i.headTitle = title;
        QCOMPARE(i.salutation(), salutation);
    }

    void saveCorrectAndRemove()
    {
        TemporaryDatabase tmp;
        FixedClock clock(testToday());
        InstitutionDirectory directory(tmp.db(), clock);
        auto all = directory.all();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 1);
        QVERIFY(directory.stored()->isEmpty());

        // Correcting the built-in entry stores a row with its uid, which then wins.
        Institution ddd = all->front();
        ddd.street = QStringLiteral("Libre réponse 71120\nService courrier");
        QVERIFY(directory.save(ddd).ok());
        QVERIFY(ddd.id > 0);
        all = directory.all();
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->front().street, QStringLiteral("Libre réponse 71120\nService courrier"));
        QVERIFY(!all->front().builtIn);

        Institution ordre;
        ordre.kind = InstitutionKind::Ordre;
        ordre.name = QStringLiteral("Conseil départemental de l'ordre des médecins du Rhône");
        auto refused = directory.save(ordre);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("profession"));
        ordre.profession = Profession::Medecin;
        ordre.postcode = QStringLiteral("6900");
        QCOMPARE(directory.save(ordre).error().field, QStringLiteral("postcode"));
        ordre.postcode = QStringLiteral("69006");
        QVERIFY(directory.save(ordre).ok());
        QCOMPARE(directory.all()->size(), 2);

        // Removing the correction brings the built-in entry back.
        QVERIFY(directory.remove(ddd.uid).ok());
        QCOMPARE(directory.get(ddd.uid)->street, QStringLiteral("Libre réponse 71120"));
    }

    void resolvesTheCompetentBody()
    {
        DocumentFixture f;
        f.addInstitutions();
        InstitutionDirectory directory(f.tmp.db(), f.clock);
        const CompetentAuthority authority(f.law);
        const Professional lyon = sampleProfessional(QStringLiteral("Morel"), Profession::Infirmier);
        auto ordre =
            directory.resolve(*authority.ordreCouncil(lyon, testToday()), QStringLiteral("69"), Profession::Infirmier);
        QVERIFY(ordre.ok());
        QVERIFY(ordre->id > 0);
        QCOMPARE(ordre->profession, Profession::Infirmier);
        QVERIFY(ordre->name.contains(QStringLiteral("infirmiers")));

        // Another département: no entry, so the body comes back without an address.
        Professional paris = lyon;
        paris.address = {QStringLiteral("1 rue X"), QStringLiteral("75011"), QStringLiteral("Paris"),
                         QStringLiteral("75")};
        const CompetentBody cpam = authority.cpam(paris, testToday());
        auto unknown = directory.resolve(cpam, QStringLiteral("75"));
        QVERIFY(unknown.ok());
        QCOMPARE(unknown->id, 0);
        QCOMPARE(unknown->name, cpam.name);
        QVERIFY(!unknown->hasPostalAddress());
        QCOMPARE(unknown->salutation(), QStringLiteral("Madame la Directrice, Monsieur le Directeur"));

        // A national entry serves every département.
        CompetentBody ddd;
        ddd.kind = AuthorityKind::DefenseurDesDroits;
        ddd.name = QStringLiteral("Défenseur des droits");
        auto national = directory.resolve(ddd, QStringLiteral("971"));
        QVERIFY(national.ok());
        QVERIFY(national->hasPostalAddress());
    }
};

QTEST_MAIN(TestInstitutions)
#include "TestInstitutions.moc"
