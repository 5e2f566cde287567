#include "procedure/LawTables.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace saisine;
using namespace saisine::law;

// The law tables: built-in rows, the row in force at a date, and the association's corrections.
class TestLawTables : public QObject
{
    Q_OBJECT

private:
    static LawTables tables()
    {
        auto loaded = LawTables::builtIn();
        if (!loaded) {
            qFatal("%s", qPrintable(loaded.error().toLine()));
        }
        return std::move(loaded).value();
    }

    static Result<LawTables> withOverride(const QByteArray& json)
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cases.law.json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size()) {
            qFatal("cannot write the override file");
        }
        file.close();
        return LawTables::load(path);
    }

private slots:
    void builtInTablesLoad()
    {
        const LawTables law = tables();
        QVERIFY(law.ordreCouncils().size() >= 17);
        QVERIFY(law.departements().size() >= 101);
        QCOMPARE(law.holidayRows().size(), 18);
        QCOMPARE(law.routes().size(), 5);
    }

    // Every profession of the vocabulary has a council row (possibly "none"), so no profession
    // is left without an answer.
    void everyProfessionHasACouncilRow()
    {
        const LawTables law = tables();
        for (const Profession profession : allValues<Profession>()) {
            QVERIFY2(law.ordreCouncil(profession, std::nullopt, QDate(2026, 3, 1)), qPrintable(keyOf(profession)));
        }
    }

    // Every row DOMAIN.md marks [check] is flagged as needing confirmation.
    void checkRowsAreFlagged_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<bool>("flagged");
        const LawTables law = tables();
        const QDate now(2026, 3, 1);
        QTest::newRow("pharmacist outside section A")
            << QStringLiteral("council")
            << law.ordreCouncil(Profession::Pharmacien, PharmacistSection::D, now).row->law.needsConfirmation;
        QTest::newRow("pharmacist section A")
            << QStringLiteral("council")
            << !law.ordreCouncil(Profession::Pharmacien, PharmacistSection::A, now).row->law.needsConfirmation;
        QTest::newRow("sage-femme new code")
            << QStringLiteral("deontology") << law.deontology(Profession::SageFemme, now).row->law.needsConfirmation;
        QTest::newRow("pedicure-podologue")
            << QStringLiteral("deontology")
            << law.deontology(Profession::PedicurePodologue, now).row->law.needsConfirmation;
        QTest::newRow("infirmier") << QStringLiteral("deontology")
                                   << law.deontology(Profession::Infirmier, now).row->law.needsConfirmation;
        QTest::newRow("medecin confirmed")
            << QStringLiteral("deontology") << !law.deontology(Profession::Medecin, now).row->law.needsConfirmation;
        QTest::newRow("session record") << QStringLiteral(
            "deadline") << law.deadlineRule(QStringLiteral("session_record"), now).row->law.needsConfirmation;
        QTest::newRow("session confirmed")
            << QStringLiteral("deadline")
            << !law.deadlineRule(QStringLiteral("session"), now).row->law.needsConfirmation;
    }

    void checkRowsAreFlagged()
    {
        QFETCH(bool, flagged);
        QVERIFY(flagged);
    }

    // A law row that changed: an older receipt gets the older row.
    void rowInForceAtDate_data()
    {
        QTest::addColumn<int>("profession");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("beforeInForce");

        QTest::newRow("kiné before décret 2026-62")
            << int(Profession::MasseurKinesitherapeute) << QDate(2026, 2, 7)
            << QStringLiteral("Décret 2008-1135 (code de déontologie des masseurs-kinésithérapeutes)") << false;
        QTest::newRow("kiné on the day décret 2026-62 applies")
            << int(Profession::MasseurKinesitherapeute) << QDate(2026, 2, 8)
            << QStringLiteral("Décret 2026-62 du 5 février 2026") << false;
        QTest::newRow("sage-femme 2025") << int(Profession::SageFemme) << QDate(2025, 12, 31)
                                         << QStringLiteral("Décret 2004-802") << false;
        QTest::newRow("sage-femme 2026") << int(Profession::SageFemme) << QDate(2026, 1, 1)
                                         << QStringLiteral("Décret 2025-1426 du 30 décembre 2025") << false;
        QTest::newRow("infirmier before its code: earliest row, flagged")
            << int(Profession::Infirmier) << QDate(2010, 1, 1)
            << QStringLiteral("Décret 2016-1605 (code de déontologie des infirmiers)") << true;
    }

    void rowInForceAtDate()
    {
        QFETCH(int, profession);
        QFETCH(QDate, date);
        QFETCH(QString, source);
        QFETCH(bool, beforeInForce);
        const LawTables law = tables();
        const auto row = law.deontology(static_cast<Profession>(profession), date);
        QVERIFY(row);
        QCOMPARE(row.row->law.source, source);
        QCOMPARE(row.beforeInForce, beforeInForce);
    }

    void monthRuleClampsToMonthEnd()
    {
        DeadlineRuleRow rule;
        rule.amount = 1;
        rule.unit = PeriodUnit::Months;
        QCOMPARE(rule.apply(QDate(2026, 1, 31)), QDate(2026, 2, 28));
        QCOMPARE(rule.apply(QDate(2028, 1, 31)), QDate(2028, 2, 29));
        rule.before = true;
        QCOMPARE(rule.apply(QDate(2026, 3, 31)), QDate(2026, 2, 28));
        rule.unit = PeriodUnit::Years;
        rule.amount = 6;
        QCOMPARE(rule.apply(QDate(2030, 2, 28)), QDate(2024, 2, 28));
        QCOMPARE(rule.apply(QDate(2028, 2, 29)), QDate(2022, 2, 28));
    }

    void overrideFileNextToDatabase()
    {
        QCOMPARE(QFileInfo(LawTables::overrideFileFor(QStringLiteral("/data/assoc/cases.sqlite"))).fileName(),
                 QStringLiteral("cases.law.json"));
        QVERIFY(LawTables::overrideFileFor(QString()).isEmpty());
    }

    void missingOverrideFileIsNotAnError()
    {
        const auto law = LawTables::load(QStringLiteral("/nonexistent/folder/cases.law.json"));
        QVERIFY(law);
        QCOMPARE(law->deadlineRules().size(), tables().deadlineRules().size());
    }

    // The association confirms a [check] row, adds a newer rule and corrects a CPAM name, without
    // a new build.
    void overrideReplacesAndAddsRows()
    {
        const auto law = withOverride(R"json({
            "deadlines": [
                {"key": "session_record", "anchor": "session", "amount": 10, "unit": "days", "direction": "after",
                 "source": "R1110-12 CSP (checked)", "in_force_since": "2020-10-05"},
                {"key": "session", "anchor": "receipt", "amount": 4, "unit": "months",
                 "source": "Hypothetical reform", "in_force_since": "2030-01-01"}
            ],
            "departements": [ {"code": "69", "cpam": "CPAM de Lyon"} ]
        })json");
        QVERIFY2(law, law ? "" : qPrintable(law.error().toLine()));
        const auto record = law->deadlineRule(QStringLiteral("session_record"), QDate(2026, 1, 1));
        QCOMPARE(record.row->amount, 10);
        QVERIFY(!record.row->law.needsConfirmation);
        QVERIFY(record.row->law.fromOverride);
        QCOMPARE(law->deadlineRule(QStringLiteral("session"), QDate(2029, 12, 31)).row->amount, 3);
        QCOMPARE(law->deadlineRule(QStringLiteral("session"), QDate(2030, 1, 1)).row->amount, 4);
        const DepartementRow* rhone = law->departement(QStringLiteral("69"));
        QCOMPARE(rhone->cpam, QStringLiteral("CPAM de Lyon"));
        QCOMPARE(rhone->name, QStringLiteral("Rhône")); // the fields not given are kept
        QVERIFY(rhone->law.fromOverride);
    }

    void overrideDisablesRow()
    {
        const auto law = withOverride(R"json({"holidays": [ {"key": "whit_monday", "disabled": true} ]})json");
        QVERIFY(law);
        for (const auto& row : law->holidayRows()) {
            QVERIFY(row.key != QLatin1StringView("whit_monday"));
        }
        QCOMPARE(law->holidayRows().size(), tables().holidayRows().size() - 1);
    }

    void badOverrideNamesRecordAndField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("not json") << QByteArray("{ nope") << QString();
        QTest::newRow("unknown table") << QByteArray(R"json({"laws": []})json") << QStringLiteral("laws");
        QTest::newRow("unknown profession") << QByteArray(
            R"json({"deontology": [{"profession": "wizard", "article": "X", "source": "s", "in_force_since": "2020-01-01"}]})json")
                                            << QStringLiteral("profession");
        QTest::newRow("bad date") << QByteArray(
            R"json({"deontology": [{"profession": "medecin", "article": "X", "source": "s", "in_force_since": "2020-13-01"}]})json")
                                  << QStringLiteral("in_force_since");
        QTest::newRow("bad unit") << QByteArray(
            R"json({"deadlines": [{"key": "session", "anchor": "receipt", "amount": 3, "unit": "weeks", "source": "s", "in_force_since": "2020-01-01"}]})json")
                                  << QStringLiteral("unit");
        QTest::newRow("negative amount") << QByteArray(
            R"json({"deadlines": [{"key": "session", "anchor": "receipt", "amount": -3, "unit": "days", "source": "s", "in_force_since": "2020-01-01"}]})json")
                                         << QStringLiteral("amount");
        QTest::newRow("missing source") << QByteArray(
            R"json({"deontology": [{"profession": "medecin", "article": "X", "in_force_since": "2020-01-01"}]})json")
                                        << QStringLiteral("source");
        QTest::newRow("impossible holiday") << QByteArray(
            R"json({"holidays": [{"key": "x", "label": "X", "month": 2, "day": 30, "source": "s", "in_force_since": "2020-01-01"}]})json")
                                            << QStringLiteral("day");
    }

    void badOverrideNamesRecordAndField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        const auto law = withOverride(json);
        QVERIFY(!law);
        QVERIFY(!law.error().message.isEmpty());
        QVERIFY(law.error().record.contains(QLatin1StringView("cases.law.json")));
        QCOMPARE(law.error().field, field);
    }
};

QTEST_GUILESS_MAIN(TestLawTables)
#include "TestLawTables.moc"
