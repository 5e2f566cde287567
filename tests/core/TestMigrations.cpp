#include "TestSupport.h"
#include "store/Database.h"
#include "store/Exchange.h"
#include "store/Migrations.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

using namespace saisine;
using namespace saisine::test;

// Every earlier database format has a fixture in tests/data/migrations: vN.sqlite, a real
// database written by the Saisine version whose newest migration was N (demo data, seed and
// date in vN.json, with the exchange export that version produced). Each must open in the
// current version with nothing lost.
class TestMigrations : public QObject
{
    Q_OBJECT

private:
    static QString fixtureFolder() { return QStringLiteral(SAISINE_TEST_DATA_DIR "/migrations"); }

    static QStringList tables(Database& db)
    {
        QSqlQuery query(db.connection());
        query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        QStringList names;
        while (query.next()) {
            names.append(query.value(0).toString());
        }
        return names;
    }

private slots:
    void migrationsAreNumberedWithoutGaps()
    {
        const auto& migrations = Migrations::all();
        QVERIFY(!migrations.isEmpty());
        for (qsizetype i = 0; i < migrations.size(); ++i) {
            QCOMPARE(migrations.at(i).version, int(i + 1));
            QVERIFY(!migrations.at(i).statements.isEmpty());
        }
        QCOMPARE(Database::currentSchemaVersion(), int(migrations.size()));
    }

    void splitsStatements()
    {
        const QString script = QStringLiteral("-- a comment; with a semicolon\n"
                                              "CREATE TABLE a (x TEXT);\n"
                                              "INSERT INTO a VALUES ('b;c');\n"
                                              "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
                                              "  DELETE FROM a WHERE x = 'z';\n"
                                              "  DELETE FROM a WHERE x = 'y';\n"
                                              "END;\n"
                                              "CREATE INDEX i ON a (x);\n");
        const QStringList statements = Migrations::splitStatements(script);
        QCOMPARE(statements.size(), 4);
        QVERIFY(statements.at(0).startsWith(QStringLiteral("CREATE TABLE")));
        QCOMPARE(statements.at(1), QStringLiteral("INSERT INTO a VALUES ('b;c');"));
        QVERIFY(statements.at(2).startsWith(QStringLiteral("CREATE TRIGGER")));
        QVERIFY(statements.at(2).endsWith(QStringLiteral("END;")));
        QVERIFY(statements.at(3).startsWith(QStringLiteral("CREATE INDEX")));
    }

    void fromAnEmptyFile()
    {
        TemporaryDatabase tmp;
        QCOMPARE(tmp.db().schemaVersion(), Database::currentSchemaVersion());
        const QStringList names = tables(tmp.db());
        for (const char* table : {"meta", "association", "person", "person_coverage", "professional", "case_file",
                                  "case_professional", "case_fact_date", "case_form", "case_ground", "evidence",
                                  "procedure", "procedure_event", "mandate", "mandate_scope"}) {
            QVERIFY2(names.contains(QLatin1String(table)), table);
        }
    }

    void thereIsAFixtureForEveryEarlierVersion()
    {
        for (int version = 1; version < Database::currentSchemaVersion(); ++version) {
            const QString fixture = fixtureFolder() + QStringLiteral("/v%1.sqlite").arg(version);
            QVERIFY2(QFile::exists(fixture), qPrintable(fixture + QStringLiteral(" is missing")));
        }
    }

    void fromEveryFixture_data()
    {
        QTest::addColumn<int>("version");
        const QStringList fixtures = QDir(fixtureFolder()).entryList({QStringLiteral("v*.sqlite")}, QDir::Files);
        QVERIFY(!fixtures.isEmpty());
        for (const QString& name : fixtures) {
            const int version = name.mid(1, name.indexOf(QLatin1Char('.')) - 1).toInt();
            QTest::newRow(qPrintable(name)) << version;
        }
    }

    void fromEveryFixture()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString source = fixtureFolder() + QStringLiteral("/v%1").arg(version);
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(QFile::copy(source + QStringLiteral(".sqlite"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

        QFile expectedFile(source + QStringLiteral(".json"));
        QVERIFY(expectedFile.open(QIODevice::ReadOnly));
        const QJsonObject expected = QJsonDocument::fromJson(expectedFile.readAll()).object();

        auto db = Database::open(DatabaseLocation::file(path));
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toLine()));
        QCOMPARE((*db)->schemaVersion(), Database::currentSchemaVersion());
        auto problems = (*db)->check();
        QVERIFY(problems.ok());
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));

        // A migrated database keeps a copy of itself as it was.
        const bool migrated = version < Database::currentSchemaVersion();
        QCOMPARE(QFile::exists(path + QStringLiteral(".before-format-%1.bak").arg(Database::currentSchemaVersion())),
                 migrated);

        // Nothing lost: the export lists every record the fixture had.
        FixedClock clock(testToday());
        auto json = Exchange(**db, clock).exportAll();
        QVERIFY(json.ok());
        const QJsonObject exported = QJsonDocument::fromJson(*json).object();
        QCOMPARE(exported.value(QStringLiteral("persons")).toArray().size(),
                 expected.value(QStringLiteral("persons")).toInt());
        QCOMPARE(exported.value(QStringLiteral("professionals")).toArray().size(),
                 expected.value(QStringLiteral("professionals")).toInt());
        QCOMPARE(exported.value(QStringLiteral("cases")).toArray().size(),
                 expected.value(QStringLiteral("cases")).toInt());
        if (!migrated) {
            // Same format: the export must be exactly what that version exported.
            const QByteArray reference = readFile(source + QStringLiteral(".export.json"));
            QVERIFY(!reference.isEmpty());
            QCOMPARE(*json, reference);
        }
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
