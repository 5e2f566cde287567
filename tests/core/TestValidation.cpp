#include "TestSupport.h"
#include "model/Validation.h"

#include <QtTest>

using namespace saisine;
using namespace saisine::test;

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void postcodes_data()
    {
        QTest::addColumn<QString>("postcode");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("departement");
        QTest::newRow("paris") << "75011" << true << "75";
        QTest::newRow("ain") << "01000" << true << "01";
        QTest::newRow("corse-du-sud") << "20000" << true << "2A";
        QTest::newRow("ajaccio area") << "20167" << true << "2A";
        QTest::newRow("haute-corse") << "20200" << true << "2B";
        QTest::newRow("corte") << "20250" << true << "2B";
        QTest::newRow("corsica out of range") << "20900" << false << "";
        QTest::newRow("reunion") << "97400" << true << "974";
        QTest::newRow("mayotte") << "97600" << true << "976";
        QTest::newRow("guadeloupe") << "97110" << true << "971";
        QTest::newRow("too short") << "7501" << false << "";
        QTest::newRow("too long") << "750011" << false << "";
        QTest::newRow("letters") << "75O11" << false << "";
        QTest::newRow("zeros") << "00000" << false << "";
        QTest::newRow("spaces") << "75 011" << false << "";
        QTest::newRow("unknown overseas") << "97900" << false << "";
        QTest::newRow("department 96") << "96000" << false << "";
        QTest::newRow("trailing newline") << "75011\n" << false << "";
    }

    void postcodes()
    {
        QFETCH(QString, postcode);
        QFETCH(bool, valid);
        QFETCH(QString, departement);
        QCOMPARE(Validation::isValidPostcode(postcode), valid);
        QCOMPARE(Validation::departementForPostcode(postcode), departement);
    }

    void departements_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("valid");
        QTest::newRow("01") << "01" << true;
        QTest::newRow("2A") << "2A" << true;
        QTest::newRow("2B") << "2B" << true;
        QTest::newRow("20 no longer exists") << "20" << false;
        QTest::newRow("95") << "95" << true;
        QTest::newRow("96") << "96" << false;
        QTest::newRow("974") << "974" << true;
        QTest::newRow("lowercase 2a") << "2a" << false;
        QTest::newRow("00") << "00" << false;
        QTest::newRow("empty") << "" << false;
    }

    void departements()
    {
        QFETCH(QString, code);
        QFETCH(bool, valid);
        QCOMPARE(Validation::isValidDepartement(code), valid);
    }

    void rpps_data()
    {
        QTest::addColumn<QString>("rpps");
        QTest::addColumn<bool>("valid");
        QTest::newRow("11 digits") << "10001234567" << true;
        QTest::newRow("10 digits") << "1000123456" << false;
        QTest::newRow("12 digits") << "100012345678" << false;
        QTest::newRow("letter") << "1000123456A" << false;
        QTest::newRow("spaces") << "100 0123 4567" << false;
        QTest::newRow("trailing newline") << "10001234567\n" << false;
        QTest::newRow("arabic-indic digits")
            << QStringLiteral("\u0661\u0660\u0660\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667") << false;
    }

    void rpps()
    {
        QFETCH(QString, rpps);
        QFETCH(bool, valid);
        QCOMPARE(Validation::isValidRpps(rpps), valid);
    }

    void emails_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << "jeanne@example.org" << true;
        QTest::newRow("plus and dots") << "j.dupont+asso@mail.example.fr" << true;
        QTest::newRow("no at") << "jeanne.example.org" << false;
        QTest::newRow("no domain dot") << "jeanne@localhost" << false;
        QTest::newRow("two at") << "a@b@example.org" << false;
        QTest::newRow("space") << "jeanne @example.org" << false;
        QTest::newRow("double dot") << "jeanne..x@example.org" << false;
        QTest::newRow("trailing newline") << "jeanne@example.org\n" << false;
    }

    void emails()
    {
        QFETCH(QString, email);
        QFETCH(bool, valid);
        QCOMPARE(Validation::isValidEmail(email), valid);
    }

    void phones_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<bool>("valid");
        QTest::newRow("spaced") << "06 12 34 56 78" << true;
        QTest::newRow("dotted") << "01.23.45.67.89" << true;
        QTest::newRow("compact") << "0478000000" << true;
        QTest::newRow("international fr") << "+33 6 12 34 56 78" << true;
        QTest::newRow("international other") << "+32 2 123 45 67" << true;
        QTest::newRow("nine digits") << "06 12 34 56 7" << false;
        QTest::newRow("00 too short") << "00 12 34" << false;
        QTest::newRow("0033 prefix") << "0033 6 12 34 56 78" << true;
        QTest::newRow("+33 (0)") << "+33 (0)1 23 45 67 89" << true;
        QTest::newRow("no-break spaces") << QStringLiteral("06\u00A012\u202F34 56 78") << true;
        QTest::newRow("trailing newline") << "06 12 34 56 78\n" << true; // trimmed: a pasted line
        QTest::newRow("two numbers") << "06 12 34 56 78\n07 12 34 56 78" << false;
        QTest::newRow("+33 with 0") << "+33 06 12 34 56 78" << false;
        QTest::newRow("letters") << "06 AB 34 56 78" << false;
    }

    void phones()
    {
        QFETCH(QString, phone);
        QFETCH(bool, valid);
        QCOMPARE(Validation::isValidPhone(phone), valid);
    }

    void personRules()
    {
        FixedClock clock(testToday());
        Person p = samplePerson();
        QVERIFY(Validation::validate(p, clock).ok());

        Person noName = p;
        noName.lastName = QStringLiteral("   ");
        Status s = Validation::validate(noName, clock);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().field, QStringLiteral("lastName"));

        Person badPostcode = p;
        badPostcode.address.postcode = QStringLiteral("6900");
        s = Validation::validate(badPostcode, clock);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().field, QStringLiteral("postcode"));
        QVERIFY(s.error().message.contains(QStringLiteral("6900")));
        QCOMPARE(s.error().record, QStringLiteral("person \"Aïcha Martin\""));

        Person consentWithoutDate = p;
        consentWithoutDate.consentDate = QDate();
        QCOMPARE(Validation::validate(consentWithoutDate, clock).error().field, QStringLiteral("consentDate"));

        Person futureBirth = p;
        futureBirth.birthDate = testToday().addDays(1);
        QCOMPARE(Validation::validate(futureBirth, clock).error().field, QStringLiteral("birthDate"));

        Person twiceCovered = p;
        twiceCovered.coverage = {Coverage::C2S, Coverage::C2S};
        QCOMPARE(Validation::validate(twiceCovered, clock).error().field, QStringLiteral("coverage"));

        Person badMail = p;
        badMail.email = QStringLiteral("nope");
        QCOMPARE(Validation::validate(badMail, clock).error().field, QStringLiteral("email"));
    }

    void professionalRules()
    {
        Professional p = sampleProfessional();
        QVERIFY(Validation::validate(p).ok());
        p.rpps = QStringLiteral("123");
        QCOMPARE(Validation::validate(p).error().field, QStringLiteral("rpps"));
        p.rpps.clear(); // RPPS is optional
        QVERIFY(Validation::validate(p).ok());
        p.pharmacistSection = PharmacistSection::A;
        QCOMPARE(Validation::validate(p).error().field, QStringLiteral("pharmacistSection"));
        p.profession = Profession::Pharmacien;
        QVERIFY(Validation::validate(p).ok());
        p.address.departement = QStringLiteral("20");
        QCOMPARE(Validation::validate(p).error().field, QStringLiteral("departement"));
    }

    void caseRules()
    {
        FixedClock clock(testToday());
        Case c = sampleCase(1, 2);
        c.reference = QStringLiteral("2026-0001");
        QVERIFY(Validation::validate(c, clock).ok());

        Case future = c;
        future.factDates = {testToday(), testToday().addDays(1)};
        Status s = Validation::validate(future, clock);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().field, QStringLiteral("factDates[1]"));

        Case today = c;
        today.factDates = {testToday()};
        QVERIFY(Validation::validate(today, clock).ok());

        Case noProfessional = c;
        noProfessional.professionalIds.clear();
        QCOMPARE(Validation::validate(noProfessional, clock).error().field, QStringLiteral("professionals"));

        Case otherWithoutText = c;
        otherWithoutText.forms.append(RefusalForm::Other);
        QCOMPARE(Validation::validate(otherWithoutText, clock).error().field, QStringLiteral("otherFormDescription"));
        otherWithoutText.otherFormDescription = QStringLiteral("Refus de renouveler une ordonnance");
        QVERIFY(Validation::validate(otherWithoutText, clock).ok());

        Case noPerson = c;
        noPerson.personId = 0;
        QCOMPARE(Validation::validate(noPerson, clock).error().field, QStringLiteral("person"));

        Case noReference = c;
        noReference.reference.clear();
        QCOMPARE(Validation::validate(noReference, clock).error().field, QStringLiteral("reference"));
    }

    void mandateRules()
    {
        FixedClock clock(testToday());
        Mandate m;
        m.scope = {MandateScope::Filing};
        QVERIFY(Validation::validate(m, QStringLiteral("case"), clock).ok());
        m.revokedDate = QDate(2026, 1, 1);
        QCOMPARE(Validation::validate(m, QStringLiteral("case"), clock).error().field,
                 QStringLiteral("mandates.revokedDate"));
        m.signedDate = QDate(2026, 2, 1);
        QCOMPARE(Validation::validate(m, QStringLiteral("case"), clock).error().field,
                 QStringLiteral("mandates.revokedDate"));
        m.revokedDate = QDate(2026, 2, 2);
        QVERIFY(Validation::validate(m, QStringLiteral("case"), clock).ok());
        m.scope.clear();
        QCOMPARE(Validation::validate(m, QStringLiteral("case"), clock).error().field,
                 QStringLiteral("mandates.scope"));
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "TestValidation.moc"
