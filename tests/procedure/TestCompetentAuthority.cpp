#include "ProcedureTestData.h"
#include "procedure/CompetentAuthority.h"

#include <QTest>

using namespace saisine;

// Which body is competent for each profession (L1110-3, R1110-9 CSP), and which deontology
// article applies.
class TestCompetentAuthority : public QObject
{
    Q_OBJECT

private slots:
    void ordreCouncil_data()
    {
        QTest::addColumn<int>("profession");
        QTest::addColumn<QVariant>("section"); // invalid: none recorded
        QTest::addColumn<QString>("postcode");
        QTest::addColumn<QString>("council"); // empty: no ordre
        QTest::addColumn<bool>("needsConfirmation");

        const auto none = QVariant();
        QTest::newRow("médecin, Lyon") << int(Profession::Medecin) << none << QStringLiteral("69003")
                                       << QStringLiteral("Conseil départemental de l'ordre des médecins du Rhône")
                                       << false;
        QTest::newRow("chirurgien-dentiste, Paris")
            << int(Profession::ChirurgienDentiste) << none << QStringLiteral("75011")
            << QStringLiteral("Conseil départemental de l'ordre des chirurgiens-dentistes de Paris") << false;
        QTest::newRow("sage-femme, Ajaccio")
            << int(Profession::SageFemme) << none << QStringLiteral("20000")
            << QStringLiteral("Conseil départemental de l'ordre des sages-femmes de la Corse-du-Sud") << false;
        QTest::newRow("infirmier, Metz")
            << int(Profession::Infirmier) << none << QStringLiteral("57000")
            << QStringLiteral("Conseil départemental ou interdépartemental de l'ordre des infirmiers de la Moselle")
            << true;
        QTest::newRow("masseur-kinésithérapeute, Brest")
            << int(Profession::MasseurKinesitherapeute) << none << QStringLiteral("29200")
            << QStringLiteral("Conseil départemental de l'ordre des masseurs-kinésithérapeutes du Finistère") << false;
        QTest::newRow("pédicure-podologue, Lille")
            << int(Profession::PedicurePodologue) << none << QStringLiteral("59000")
            << QStringLiteral(
                   "Conseil régional ou interrégional de l'ordre des pédicures-podologues des Hauts-de-France")
            << true;
        QTest::newRow("pharmacien section A, Grenoble")
            << int(Profession::Pharmacien) << QVariant(int(PharmacistSection::A)) << QStringLiteral("38000")
            << QStringLiteral("Conseil régional de l'ordre des pharmaciens d'Auvergne-Rhône-Alpes") << false;
        QTest::newRow("pharmacien, section not recorded: A assumed, flagged")
            << int(Profession::Pharmacien) << none << QStringLiteral("38000")
            << QStringLiteral("Conseil régional de l'ordre des pharmaciens d'Auvergne-Rhône-Alpes") << true;
        QTest::newRow("pharmacien section D")
            << int(Profession::Pharmacien) << QVariant(int(PharmacistSection::D)) << QStringLiteral("38000")
            << QStringLiteral("Conseil central de la section D de l'ordre des pharmaciens") << true;
        QTest::newRow("pharmacien section H")
            << int(Profession::Pharmacien) << QVariant(int(PharmacistSection::H)) << QStringLiteral("13001")
            << QStringLiteral("Conseil central de la section H de l'ordre des pharmaciens") << true;
        QTest::newRow("médecin, département unknown")
            << int(Profession::Medecin) << none << QString()
            << QStringLiteral("Conseil départemental de l'ordre des médecins") << false;
        for (const Profession p : {Profession::Psychologue, Profession::Opticien, Profession::Audioprothesiste,
                                   Profession::Orthophoniste, Profession::Orthoptiste, Profession::Ergotherapeute,
                                   Profession::Psychomotricien, Profession::Dieteticien, Profession::Other}) {
            QTest::newRow(qPrintable(keyOf(p) + QStringLiteral(": no ordre")))
                << int(p) << none << QStringLiteral("69003") << QString() << false;
        }
    }

    void ordreCouncil()
    {
        QFETCH(int, profession);
        QFETCH(QVariant, section);
        QFETCH(QString, postcode);
        QFETCH(QString, council);
        QFETCH(bool, needsConfirmation);

        Professional p = test::professional(static_cast<Profession>(profession), postcode);
        if (section.isValid()) {
            p.pharmacistSection = static_cast<PharmacistSection>(section.toInt());
        }
        const CompetentAuthority authority(test::builtInLaw());
        const QDate date(2026, 3, 2);
        const auto body = authority.ordreCouncil(p, date);
        QCOMPARE(authority.hasOrdre(p, date), !council.isEmpty());
        if (council.isEmpty()) {
            QVERIFY(!body);
            return;
        }
        QVERIFY(body);
        QCOMPARE(body->kind, AuthorityKind::Ordre);
        QCOMPARE(body->name, council);
        QCOMPARE(body->law.needsConfirmation, needsConfirmation);
        QVERIFY(body->law.source.contains(QLatin1StringView("R1110-9")));
        QVERIFY(!body->why.isEmpty());
    }

    void cpam_data()
    {
        QTest::addColumn<QString>("postcode");
        QTest::addColumn<QString>("departement"); // recorded, overrides the postcode
        QTest::addColumn<QString>("cpam");
        QTest::addColumn<int>("alternatives");
        QTest::newRow("Lyon") << QStringLiteral("69003") << QString() << QStringLiteral("CPAM du Rhône") << 0;
        QTest::newRow("Saint-Denis (93)")
            << QStringLiteral("93200") << QString() << QStringLiteral("CPAM de la Seine-Saint-Denis") << 0;
        QTest::newRow("Bastia") << QStringLiteral("20200") << QString() << QStringLiteral("CPAM de la Haute-Corse")
                                << 0;
        QTest::newRow("Saint-Denis (Réunion)")
            << QStringLiteral("97400") << QString() << QStringLiteral("CGSS de La Réunion") << 0;
        QTest::newRow("Lille: several funds")
            << QStringLiteral("59000") << QString() << QStringLiteral("CPAM de Lille-Douai") << 3;
        QTest::newRow("recorded département wins")
            << QStringLiteral("69003") << QStringLiteral("01") << QStringLiteral("CPAM de l'Ain") << 0;
    }

    void cpam()
    {
        QFETCH(QString, postcode);
        QFETCH(QString, departement);
        QFETCH(QString, cpam);
        QFETCH(int, alternatives);
        Professional p = test::professional(Profession::Medecin, postcode);
        p.address.departement = departement;
        const CompetentAuthority authority(test::builtInLaw());
        const CompetentBody body = authority.cpam(p, QDate(2026, 3, 2));
        QCOMPARE(body.kind, AuthorityKind::Cpam);
        QCOMPARE(body.name, cpam);
        QCOMPARE(body.alternatives.size(), alternatives);
        QCOMPARE(body.law.needsConfirmation, alternatives > 0);
        QVERIFY(body.law.source.startsWith(QLatin1StringView("R1110-9")));
    }

    void cpamUnknownDepartement()
    {
        const CompetentAuthority authority(test::builtInLaw());
        const CompetentBody body =
            authority.cpam(test::professional(Profession::Medecin, QString()), QDate(2026, 3, 2));
        QVERIFY(body.law.needsConfirmation);
        QVERIFY(body.why.contains(QLatin1StringView("not known")));
    }

    void deontology_data()
    {
        QTest::addColumn<int>("profession");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("article");
        QTest::newRow("médecin") << int(Profession::Medecin) << QDate(2026, 3, 2) << QStringLiteral("R4127-7 CSP");
        QTest::newRow("chirurgien-dentiste")
            << int(Profession::ChirurgienDentiste) << QDate(2026, 3, 2) << QStringLiteral("R4127-211 CSP");
        QTest::newRow("sage-femme") << int(Profession::SageFemme) << QDate(2026, 3, 2)
                                    << QStringLiteral("R4127-305 CSP");
        QTest::newRow("pharmacien") << int(Profession::Pharmacien) << QDate(2026, 3, 2)
                                    << QStringLiteral("R4235-6 CSP");
        QTest::newRow("infirmier") << int(Profession::Infirmier) << QDate(2026, 3, 2) << QStringLiteral("R4312-11 CSP");
        QTest::newRow("pédicure-podologue")
            << int(Profession::PedicurePodologue) << QDate(2026, 3, 2) << QStringLiteral("R4322-52 CSP");
        QTest::newRow("kiné, receipt before décret 2026-62")
            << int(Profession::MasseurKinesitherapeute) << QDate(2025, 6, 1) << QStringLiteral("R4321-58 CSP");
        QTest::newRow("kiné, receipt after décret 2026-62")
            << int(Profession::MasseurKinesitherapeute) << QDate(2026, 3, 2)
            << QStringLiteral(
                   "R4321-58 CSP (new wording: no discrimination within the meaning of art. 225-1 ff. Code pénal)");
        QTest::newRow("psychologue: no code in the tables")
            << int(Profession::Psychologue) << QDate(2026, 3, 2) << QString();
    }

    void deontology()
    {
        QFETCH(int, profession);
        QFETCH(QDate, date);
        QFETCH(QString, article);
        const CompetentAuthority authority(test::builtInLaw());
        const auto found = authority.deontology(test::professional(static_cast<Profession>(profession)), date);
        QCOMPARE(found ? found->article : QString(), article);
    }
};

QTEST_GUILESS_MAIN(TestCompetentAuthority)
#include "TestCompetentAuthority.moc"
