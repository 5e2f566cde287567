#include "TestSupport.h"
#include "store/Exchange.h"
#include "store/Repositories.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace saisine;
using namespace saisine::test;

class TestExchange : public QObject
{
    Q_OBJECT

private:
    FixedClock m_clock {testToday()};

    // A database holding a little of everything, including text that breaks naive code.
    void fill(Database& db)
    {
        AssociationProfile profile;
        profile.name = QStringLiteral("Accès aux soins pour tous");
        profile.approvalNumber = QStringLiteral("ARS-IDF-2023-101");
        QVERIFY(AssociationRepository(db).save(profile).ok());

        PersonRepository persons(db, m_clock);
        ProfessionalRepository professionals(db);
        CaseRepository cases(db, m_clock);
        for (int i = 0; i < 3; ++i) {
            Person p = samplePerson(i == 1 ? QStringLiteral("<b>Dupont</b> \"O'Hara\"; DROP TABLE person;--")
                                           : QStringLiteral("Nom%1").arg(i));
            QVERIFY(persons.insert(p).ok());
            Professional pro = sampleProfessional(QStringLiteral("Docteur%1").arg(i));
            pro.pharmacistSection = std::nullopt;
            QVERIFY(professionals.insert(pro).ok());
            Case c = sampleCase(p.id, pro.id);
            c.narrative = i == 2 ? QString(1024 * 1024, QLatin1Char('n')) : QStringLiteral("Récit\nsur deux lignes");
            Evidence e;
            e.kind = EvidenceKind::Invoice;
            e.description = QStringLiteral("Facture");
            e.fileName = QStringLiteral("f.bin");
            e.fileContent = QByteArray("\x00\xff binary", 9);
            c.evidence = {e};
            Procedure proc;
            proc.route = Route::Conciliation;
            proc.authorityKind = AuthorityKind::Cpam;
            proc.events = {{0, {}, ProcedureEventKind::ComplaintReceived, QDate(2026, 2, 20), QStringLiteral("AR")}};
            c.procedures = {proc};
            Mandate m;
            m.scope = {MandateScope::Filing};
            m.signedDate = QDate(2026, 2, 15);
            c.mandates = {m};
            QVERIFY(cases.insert(c, true).ok());
        }
    }

    QByteArray exportOf(Database& db)
    {
        auto json = Exchange(db, m_clock).exportAll();
        return json ? *json : QByteArray();
    }

    static QJsonObject parse(const QByteArray& json) { return QJsonDocument::fromJson(json).object(); }
    static QByteArray write(const QJsonObject& object) { return QJsonDocument(object).toJson(); }

    // Imports `json` into a database that already holds data, checks the import failed with
    // the expected record and field, and that the database is exactly as before.
    void expectRejected(const QByteArray& json, const QString& record, const QString& field,
                        const QString& messagePart = {})
    {
        TemporaryDatabase target;
        Person existing = samplePerson(QStringLiteral("Existant"));
        QVERIFY(PersonRepository(target.db(), m_clock).insert(existing).ok());
        const QByteArray before = exportOf(target.db());

        auto result = Exchange(target.db(), m_clock).importJson(json);
        QVERIFY2(!result.ok(), "the import should have failed");
        QCOMPARE(result.error().record, record);
        QCOMPARE(result.error().field, field);
        if (!messagePart.isEmpty()) {
            QVERIFY2(result.error().message.contains(messagePart), qPrintable(result.error().message));
        }
        QCOMPARE(exportOf(target.db()), before);
    }

private slots:
    void roundTripIsLossless()
    {
        TemporaryDatabase source;
        fill(source.db());
        const QByteArray first = exportOf(source.db());
        QVERIFY(first.size() > 1024 * 1024);

        TemporaryDatabase copy;
        auto summary = Exchange(copy.db(), m_clock).importJson(first);
        QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().toLine()));
        QCOMPARE(summary->cases, 3);
        QCOMPARE(summary->persons, 3);
        const QByteArray second = exportOf(copy.db());
        QCOMPARE(second, first);

        const QJsonObject root = parse(first);
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("saisine-exchange"));
        QCOMPARE(root.value(QStringLiteral("formatVersion")).toInt(), 1);
        const QJsonArray persons = root.value(QStringLiteral("persons")).toArray();
        bool foundTricky = false;
        for (const auto& p : persons) {
            foundTricky |= p.toObject().value(QStringLiteral("lastName")).toString()
                == QStringLiteral("<b>Dupont</b> \"O'Hara\"; DROP TABLE person;--");
        }
        QVERIFY(foundTricky);
    }

    void documentedExampleImports()
    {
        // The example in docs/exchange-format.md is real: it imports, and exports to itself.
        const QString doc = QString::fromUtf8(readFile(QStringLiteral(SAISINE_DOCS_DIR "/exchange-format.md")));
        const qsizetype start = doc.indexOf(QStringLiteral("```json\n"));
        QVERIFY(start >= 0);
        const qsizetype end = doc.indexOf(QStringLiteral("```"), start + 8);
        QVERIFY(end > start);
        const QByteArray example = doc.mid(start + 8, end - start - 8).toUtf8();
        TemporaryDatabase target;
        auto summary = Exchange(target.db(), m_clock).importJson(example);
        QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().toLine()));
        QCOMPARE(summary->cases, 1);
        QCOMPARE(exportOf(target.db()), example);
    }

    void documentListsEveryKey()
    {
        const QString doc = QString::fromUtf8(readFile(QStringLiteral(SAISINE_DOCS_DIR "/exchange-format.md")));
        QStringList keys;
        keys << allKeys<Civility>() << allKeys<Coverage>() << allKeys<RefusalForm>() << allKeys<Ground>()
             << allKeys<Profession>() << allKeys<Sector>() << allKeys<PharmacistSection>() << allKeys<CaseStatus>()
             << allKeys<EvidenceKind>() << allKeys<Route>() << allKeys<AuthorityKind>() << allKeys<ProcedureStatus>()
             << allKeys<ProcedureEventKind>() << allKeys<MandateKind>() << allKeys<MandateScope>();
        for (const QString& key : keys) {
            QVERIFY2(doc.contains(QLatin1Char('`') + key + QLatin1Char('`')), qPrintable(key));
        }
    }

    void malformedJson()
    {
        expectRejected(QByteArray("{\n  \"format\": \"saisine-exchange\",\n  \"persons\": [ }"), {}, {},
                       QStringLiteral("line 3"));
        expectRejected(QByteArray("[1, 2]"), {}, {}, QStringLiteral("expected an object"));
        expectRejected(QByteArray(""), {}, {}, QStringLiteral("not valid JSON"));
    }

    void wrongFormatOrVersion()
    {
        QJsonObject root {{QStringLiteral("format"), QStringLiteral("something-else")},
                          {QStringLiteral("formatVersion"), 1}};
        expectRejected(write(root), QStringLiteral("file"), QStringLiteral("format"));
        root.insert(QStringLiteral("format"), QStringLiteral("saisine-exchange"));
        root.insert(QStringLiteral("formatVersion"), 99);
        expectRejected(write(root), QStringLiteral("file"), QStringLiteral("formatVersion"),
                       QStringLiteral("newer version"));
        root.insert(QStringLiteral("formatVersion"), QStringLiteral("1"));
        expectRejected(write(root), QStringLiteral("file"), QStringLiteral("formatVersion"));
    }

    void wrongTypesUnknownKeysMissingFields_data()
    {
        QTest::addColumn<QString>("section");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("record");
        QTest::addColumn<QString>("field");

        QTest::newRow("name is a number") << "persons" << 1 << "lastName" << QJsonValue(42) << "persons[1]"
                                          << "lastName";
        QTest::newRow("unknown key") << "persons" << 0 << "nickname" << QJsonValue(QStringLiteral("Mimi"))
                                     << "persons[0]"
                                     << "nickname";
        QTest::newRow("missing last name")
            << "persons" << 2 << "lastName" << QJsonValue(QJsonValue::Undefined) << "persons[2]"
            << "lastName";
        QTest::newRow("consent not a boolean")
            << "persons" << 0 << "consentGiven" << QJsonValue(QStringLiteral("yes")) << "persons[0]"
            << "consentGiven";
        QTest::newRow("unknown profession")
            << "professionals" << 1 << "profession" << QJsonValue(QStringLiteral("sorcier")) << "professionals[1]"
            << "profession";
        QTest::newRow("list instead of text")
            << "professionals" << 0 << "rpps" << QJsonValue(QJsonArray {1, 2}) << "professionals[0]"
            << "rpps";
        QTest::newRow("bad date") << "cases" << 1 << "createdAt" << QJsonValue(QStringLiteral("yesterday"))
                                  << "cases[1] (2026-0002)"
                                  << "createdAt";
        QTest::newRow("time without zone")
            << "cases" << 2 << "updatedAt" << QJsonValue(QStringLiteral("2026-03-01T10:00:00"))
            << "cases[2] (2026-0003)"
            << "updatedAt";
        QTest::newRow("unknown status") << "cases" << 0 << "status" << QJsonValue(QStringLiteral("lost"))
                                        << "cases[0] (2026-0001)"
                                        << "status";
        QTest::newRow("missing reference")
            << "cases" << 2 << "reference" << QJsonValue(QJsonValue::Undefined) << "cases[2]"
            << "reference";
        QTest::newRow("forms not a list")
            << "cases" << 2 << "forms" << QJsonValue(QStringLiteral("fee_overrun")) << "cases[2] (2026-0003)"
            << "forms";
        QTest::newRow("unknown person") << "cases" << 0 << "person" << QJsonValue(QStringLiteral("nobody"))
                                        << "cases[0] (2026-0001)"
                                        << "person";
    }

    void wrongTypesUnknownKeysMissingFields()
    {
        QFETCH(QString, section);
        QFETCH(int, index);
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, record);
        QFETCH(QString, field);

        TemporaryDatabase source;
        fill(source.db());
        QJsonObject root = parse(exportOf(source.db()));
        QJsonArray array = root.value(section).toArray();
        QJsonObject object = array.at(index).toObject();
        if (value.isUndefined()) {
            object.remove(key);
        } else {
            object.insert(key, value);
        }
        array.replace(index, object);
        root.insert(section, array);
        const QByteArray json = write(root);

        TemporaryDatabase target;
        auto result = Exchange(target.db(), m_clock).importJson(json);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().record.startsWith(record), qPrintable(result.error().record));
        QCOMPARE(result.error().field, field);
        QVERIFY(exportOf(target.db()) == exportOf(TemporaryDatabase().db()));
    }

    // The "Done when" of the foundation: one bad record among good ones changes nothing.
    void oneBadRecordAmongGoodOnesChangesNothing()
    {
        TemporaryDatabase source;
        fill(source.db());
        QJsonObject root = parse(exportOf(source.db()));
        QJsonArray professionals = root.value(QStringLiteral("professionals")).toArray();
        QJsonObject bad = professionals.at(2).toObject();
        QJsonObject address = bad.value(QStringLiteral("address")).toObject();
        address.insert(QStringLiteral("postcode"), QStringLiteral("6900"));
        bad.insert(QStringLiteral("address"), address);
        professionals.replace(2, bad);
        root.insert(QStringLiteral("professionals"), professionals);

        expectRejected(write(root),
                       QStringLiteral("professionals[2] (") + bad.value(QStringLiteral("uid")).toString()
                           + QLatin1Char(')'),
                       QStringLiteral("address.postcode"), QStringLiteral("6900"));
    }

    void aBadNestedPartIsNamed()
    {
        TemporaryDatabase source;
        fill(source.db());
        QJsonObject root = parse(exportOf(source.db()));
        QJsonArray cases = root.value(QStringLiteral("cases")).toArray();
        QJsonObject c = cases.at(1).toObject();
        QJsonArray procedures = c.value(QStringLiteral("procedures")).toArray();
        QJsonObject procedure = procedures.at(0).toObject();
        QJsonArray events = procedure.value(QStringLiteral("events")).toArray();
        QJsonObject event = events.at(0).toObject();
        event.insert(QStringLiteral("date"), QStringLiteral("2026-02-30"));
        events.replace(0, event);
        procedure.insert(QStringLiteral("events"), events);
        procedures.replace(0, procedure);
        c.insert(QStringLiteral("procedures"), procedures);
        cases.replace(1, c);
        root.insert(QStringLiteral("cases"), cases);
        expectRejected(write(root), QStringLiteral("cases[1] (2026-0002)"),
                       QStringLiteral("procedures[0].events[0].date"), QStringLiteral("2026-02-30"));
    }

    void futureFactsAreRefused()
    {
        TemporaryDatabase source;
        fill(source.db());
        QJsonObject root = parse(exportOf(source.db()));
        QJsonArray cases = root.value(QStringLiteral("cases")).toArray();
        QJsonObject c = cases.at(0).toObject();
        c.insert(QStringLiteral("factDates"), QJsonArray {QStringLiteral("2026-01-01"), QStringLiteral("2030-01-01")});
        cases.replace(0, c);
        root.insert(QStringLiteral("cases"), cases);
        expectRejected(write(root), QStringLiteral("cases[0] (2026-0001)"), QStringLiteral("factDates[1]"),
                       QStringLiteral("future"));
    }

    void importingTheSameFileTwiceIsRefused()
    {
        TemporaryDatabase source;
        fill(source.db());
        const QByteArray json = exportOf(source.db());
        TemporaryDatabase target;
        QVERIFY(Exchange(target.db(), m_clock).importJson(json).ok());
        const QByteArray before = exportOf(target.db());
        auto again = Exchange(target.db(), m_clock).importJson(json);
        QVERIFY(!again.ok());
        QVERIFY(again.error().message.contains(QStringLiteral("already in the database")));
        QCOMPARE(exportOf(target.db()), before);
    }

    void alteredEvidenceIsRefused()
    {
        TemporaryDatabase source;
        fill(source.db());
        QJsonObject root = parse(exportOf(source.db()));
        QJsonArray cases = root.value(QStringLiteral("cases")).toArray();
        QJsonObject c = cases.at(0).toObject();
        QJsonArray evidence = c.value(QStringLiteral("evidence")).toArray();
        QJsonObject item = evidence.at(0).toObject();
        item.insert(QStringLiteral("fileContent"), QString::fromLatin1(QByteArray("changed").toBase64()));
        evidence.replace(0, item);
        c.insert(QStringLiteral("evidence"), evidence);
        cases.replace(0, c);
        root.insert(QStringLiteral("cases"), cases);
        expectRejected(write(root), QStringLiteral("cases[0] (2026-0001)"), QStringLiteral("evidence.fileSha256"),
                       QStringLiteral("altered"));
    }
};

QTEST_GUILESS_MAIN(TestExchange)
#include "TestExchange.moc"
