#include "TestSupport.h"
#include "store/Database.h"
#include "store/Repositories.h"

#include <QFile>
#include <QSqlQuery>
#include <QThread>
#include <QtTest>

using namespace saisine;
using namespace saisine::test;

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    static QString pragma(Database& db, const QString& name)
    {
        QSqlQuery query(db.connection());
        if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next()) {
            return {};
        }
        return query.value(0).toString();
    }

    static int count(Database& db, const QString& table)
    {
        QSqlQuery query(db.connection());
        if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next()) {
            return -1;
        }
        return query.value(0).toInt();
    }

    // A database with enough rows to span many pages, closed (so the WAL is checkpointed).
    static QString makeFilledDatabase(const QString& folder)
    {
        const QString path = folder + QStringLiteral("/filled.sqlite");
        auto db = Database::open(DatabaseLocation::file(path));
        if (!db) {
            return {};
        }
        FixedClock clock(testToday());
        PersonRepository persons(**db, clock);
        for (int i = 0; i < 300; ++i) {
            Person p = samplePerson(QStringLiteral("Nom%1").arg(i));
            p.notes = QString(200, QLatin1Char('x'));
            if (!persons.insert(p)) {
                return {};
            }
        }
        return path;
    }

private slots:
    void createsAndConfiguresANewDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/folder/new.sqlite"));
        auto db = Database::open(DatabaseLocation::file(path));
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toLine()));
        QVERIFY(QFile::exists(path));
        QCOMPARE((*db)->schemaVersion(), Database::currentSchemaVersion());
        QVERIFY(Database::currentSchemaVersion() >= 1);
        QCOMPARE(pragma(**db, QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(pragma(**db, QStringLiteral("foreign_keys")), QStringLiteral("1"));
        auto problems = (*db)->check();
        QVERIFY(problems.ok());
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
    }

    void anEmptyFileBecomesADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        auto db = Database::open(DatabaseLocation::file(path));
        QVERIFY(db.ok());
        QCOMPARE((*db)->schemaVersion(), Database::currentSchemaVersion());
    }

    void dataSurvivesReopening()
    {
        TemporaryDatabase tmp;
        FixedClock clock(testToday());
        Person p = samplePerson();
        QVERIFY(PersonRepository(tmp.db(), clock).insert(p).ok());
        QVERIFY(tmp.reopen());
        auto loaded = PersonRepository(tmp.db(), clock).get(p.id);
        QVERIFY(loaded.ok());
        QCOMPARE(*loaded, p);
    }

    void refusesAFileThatIsNotADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Ceci est une liste de rendez-vous, pas une base de données.\n");
        file.close();
        const QByteArray before = sha256OfFile(path);

        auto db = Database::open(DatabaseLocation::file(path));
        QVERIFY(!db.ok());
        QVERIFY(db.error().message.contains(QStringLiteral("not a Saisine database")));
        QCOMPARE(db.error().record, QDir::toNativeSeparators(path));
        QCOMPARE(sha256OfFile(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void refusesATruncatedDatabaseWithoutTouchingIt()
    {
        QTemporaryDir dir;
        const QString path = makeFilledDatabase(dir.path());
        QVERIFY(!path.isEmpty());
        QFile file(path);
        const qint64 size = file.size();
        QVERIFY(size > 8192);
        QVERIFY(file.resize(size / 2));
        const QByteArray before = sha256OfFile(path);

        auto db = Database::open(DatabaseLocation::file(path));
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(QStringLiteral("damaged")), qPrintable(db.error().toLine()));
        QCOMPARE(sha256OfFile(path), before);
    }

    void deferredCheckStillRefusesATruncatedFile()
    {
        QTemporaryDir dir;
        const QString path = makeFilledDatabase(dir.path());
        QVERIFY(!path.isEmpty());
        QFile file(path);
        QVERIFY(file.resize(file.size() - 4096));
        const QByteArray before = sha256OfFile(path);

        auto db = Database::open(DatabaseLocation::file(path), Database::OpenMode::CreateIfMissing,
                                 Database::IntegrityCheck::Deferred);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(QStringLiteral("damaged")), qPrintable(db.error().toLine()));
        QCOMPARE(sha256OfFile(path), before);
    }

    // The application opens at once and checks every page in the background: damage found
    // then stops every write, and the file stays as it was.
    void deferredCheckFindsDamageAndWritesStop()
    {
        QTemporaryDir dir;
        const QString path = makeFilledDatabase(dir.path());
        QVERIFY(!path.isEmpty());
        {
            // The last page holds person rows or an index of them: make its page type invalid.
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(file.size() - 4096));
            QCOMPARE(file.write(QByteArray(16, '\xff')), qint64(16));
        }
        const QByteArray before = sha256OfFile(path);

        auto refused = Database::open(DatabaseLocation::file(path));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("damaged")));
        QCOMPARE(sha256OfFile(path), before);

        auto db = Database::open(DatabaseLocation::file(path), Database::OpenMode::CreateIfMissing,
                                 Database::IntegrityCheck::Deferred);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toLine()));
        QVERIFY(!(*db)->everyPageChecked());
        auto problems = Database::verifyIntegrity(DatabaseLocation::file(path));
        QVERIFY(problems.ok());
        QVERIFY(!problems->isEmpty());
        QVERIFY(!(*db)->refusesWrites());
        (*db)->refuseWrites(Error {QStringLiteral("damaged"), problems->first(), {}, {}});
        QVERIFY((*db)->refusesWrites());
        FixedClock clock(testToday());
        Person late = samplePerson(QStringLiteral("Tardif"));
        const Status inserted = PersonRepository(**db, clock).insert(late);
        QVERIFY(!inserted.ok());
        QCOMPARE(inserted.error().message, QStringLiteral("damaged"));
        db->reset();
        QCOMPARE(sha256OfFile(path), before);
    }

    void healthyFileVerifiesClean()
    {
        QTemporaryDir dir;
        const QString path = makeFilledDatabase(dir.path());
        QVERIFY(!path.isEmpty());
        auto db = Database::open(DatabaseLocation::file(path), Database::OpenMode::CreateIfMissing,
                                 Database::IntegrityCheck::Deferred);
        QVERIFY(db.ok());
        QVERIFY(!(*db)->everyPageChecked());
        auto problems = Database::verifyIntegrity(DatabaseLocation::file(path));
        QVERIFY2(problems.ok(), problems.ok() ? "" : qPrintable(problems.error().toLine()));
        QVERIFY(problems->isEmpty());
        // The commands check every page before opening.
        db->reset();
        auto checked = Database::open(DatabaseLocation::file(path));
        QVERIFY(checked.ok());
        QVERIFY((*checked)->everyPageChecked());
    }

    // A worker thread reads through a connection of its own, which never writes.
    void readerSeesTheDataAndNeverWrites()
    {
        QTemporaryDir dir;
        const QString path = makeFilledDatabase(dir.path());
        QVERIFY(!path.isEmpty());
        auto db = Database::open(DatabaseLocation::file(path));
        QVERIFY(db.ok());
        FixedClock clock(testToday());
        Person added = samplePerson(QStringLiteral("Ajout"));
        QVERIFY(PersonRepository(**db, clock).insert(added).ok());

        qsizetype seen = -1;
        Status writeAttempt;
        QThread* worker = QThread::create([&]() {
            auto reader = Database::openReader(DatabaseLocation::file(path));
            if (!reader) {
                return;
            }
            PersonRepository persons(**reader, clock);
            if (auto all = persons.all(); all) {
                seen = all->size();
            }
            Person other = samplePerson(QStringLiteral("Autre"));
            writeAttempt = persons.insert(other);
        });
        worker->start();
        QVERIFY(worker->wait(30000));
        delete worker;
        QCOMPARE(seen, qsizetype(301));
        QVERIFY(!writeAttempt.ok());
        QVERIFY(writeAttempt.error().message.contains(QStringLiteral("only reads")));
    }

    void refusesAnotherProgramsDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery query(other);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO invoices (total) VALUES (12.5)")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = sha256OfFile(path);

        auto db = Database::open(DatabaseLocation::file(path));
        QVERIFY(!db.ok());
        QVERIFY(db.error().message.contains(QStringLiteral("another program")));
        QCOMPARE(sha256OfFile(path), before);
    }

    void refusesADatabaseFromANewerVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        {
            auto db = Database::open(DatabaseLocation::file(path));
            QVERIFY(db.ok());
            QSqlQuery query((*db)->connection());
            QVERIFY(query.exec(QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema_version'")
                                   .arg(Database::currentSchemaVersion() + 1)));
        }
        const QByteArray before = sha256OfFile(path);
        auto db = Database::open(DatabaseLocation::file(path));
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(QStringLiteral("newer version of Saisine")),
                 qPrintable(db.error().message));
        QVERIFY(db.error().message.contains(QString::number(Database::currentSchemaVersion() + 1)));
        QCOMPARE(sha256OfFile(path), before);
    }

    void transactionsAreAllOrNothing()
    {
        TemporaryDatabase tmp;
        FixedClock clock(testToday());
        PersonRepository persons(tmp.db(), clock);

        Status failed = tmp.db().transaction([&]() -> Status {
            Person a = samplePerson(QStringLiteral("Premier"));
            if (Status s = persons.insert(a); !s) {
                return s;
            }
            return Error {QStringLiteral("stop"), {}, {}, {}};
        });
        QVERIFY(!failed.ok());
        QCOMPARE(count(tmp.db(), QStringLiteral("person")), 0);
        QCOMPARE(count(tmp.db(), QStringLiteral("person_coverage")), 0);

        // A failing inner step rolls back only itself when the outer one decides to go on.
        Status outer = tmp.db().transaction([&]() -> Status {
            Person kept = samplePerson(QStringLiteral("Gardé"));
            if (Status s = persons.insert(kept); !s) {
                return s;
            }
            Status inner = tmp.db().transaction([&]() -> Status {
                Person dropped = samplePerson(QStringLiteral("Annulé"));
                (void)persons.insert(dropped);
                return Error {QStringLiteral("inner"), {}, {}, {}};
            });
            return inner.ok() ? Status(Error {QStringLiteral("inner should fail"), {}, {}, {}}) : Status();
        });
        QVERIFY(outer.ok());
        auto all = persons.all();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().lastName, QStringLiteral("Gardé"));
    }

    void checkReportsBrokenReferences()
    {
        TemporaryDatabase tmp;
        auto clean = tmp.db().check();
        QVERIFY(clean.ok());
        QVERIFY(clean->isEmpty());
        QSqlQuery query(tmp.db().connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO person_coverage (person_id, coverage, position) "
                                          "VALUES (999, 'ame', 0)")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
        auto problems = tmp.db().check();
        QVERIFY(problems.ok());
        QCOMPARE(problems->size(), 1);
        QVERIFY(problems->first().contains(QStringLiteral("person_coverage")));
    }

    void checkReportsUnknownVocabularyKeys()
    {
        TemporaryDatabase tmp;
        FixedClock clock(testToday());
        Person p = samplePerson();
        QVERIFY(PersonRepository(tmp.db(), clock).insert(p).ok());
        QSqlQuery query(tmp.db().connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE person SET civility = 'duchess'")));
        auto problems = tmp.db().check();
        QVERIFY(problems.ok());
        QCOMPARE(problems->size(), 1);
        QVERIFY2(problems->first().contains(QStringLiteral("duchess")), qPrintable(problems->first()));
        QVERIFY(problems->first().contains(QStringLiteral("civility")));
    }

    void refusesTablesWithoutAFormatStampWithoutTouchingThem()
    {
        // A "meta" table of some other program, with no schema_version: not ours.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("meta-only.sqlite"));
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("meta-only"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery query(other);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO meta VALUES ('owner', 'someone else')")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("meta-only"));
        const QByteArray before = sha256OfFile(path);

        auto db = Database::open(DatabaseLocation::file(path));
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(QStringLiteral("another program")), qPrintable(db.error().toLine()));
        QCOMPARE(sha256OfFile(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void existingOnlyDoesNotCreateADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("typo.sqlite"));
        auto db = Database::open(DatabaseLocation::file(path), Database::OpenMode::ExistingOnly);
        QVERIFY(!db.ok());
        QVERIFY(db.error().message.contains(QStringLiteral("no Saisine database")));
        QVERIFY(!QFile::exists(path));

        // An existing database opens normally in that mode.
        QVERIFY(Database::open(DatabaseLocation::file(path)).ok());
        QVERIFY(Database::open(DatabaseLocation::file(path), Database::OpenMode::ExistingOnly).ok());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
