#include "Database.h"

#include "Migrations.h"
#include "SqlSupport.h"
#include "model/Vocabulary.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

namespace saisine {

namespace {

const QByteArray sqliteMagic("SQLite format 3\0", 16);

// What an existing file is, judged from its bytes before SQLite touches it.
enum class FileState { Missing, Empty, SQLite, NotSQLite, Unreadable };

FileState inspect(const QString& path)
{
    QFileInfo info(path);
    if (!info.exists()) {
        return FileState::Missing;
    }
    if (info.size() == 0) {
        return FileState::Empty;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return FileState::Unreadable;
    }
    return file.read(16) == sqliteMagic ? FileState::SQLite : FileState::NotSQLite;
}

// True when the file is shorter than its header says it is, i.e. it was cut short (a copy
// interrupted, a full disk). Reads the 100-byte header only
// (https://www.sqlite.org/fileformat2.html#the_database_header).
bool shorterThanItsHeaderSays(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false; // the connection that follows says why it cannot be read
    }
    const QByteArray header = file.read(100);
    if (header.size() < 100) {
        return true;
    }
    auto number = [&](int offset, int bytes) {
        quint32 value = 0;
        for (int i = 0; i < bytes; ++i) {
            value = (value << 8) | quint8(header.at(offset + i));
        }
        return value;
    };
    const quint32 pageSize = number(16, 2) == 1 ? 65536 : number(16, 2);
    const quint32 changeCounter = number(24, 4);
    const quint32 pageCount = number(28, 4);
    const quint32 validFor = number(92, 4);
    // The page count is only to be trusted when it was written with the last change.
    if (pageCount == 0 || validFor != changeCounter) {
        return false;
    }
    return qint64(pageCount) * pageSize > file.size();
}

// A write-ahead log with content: the last session did not close normally (or another program has
// the file open), so the file alone is not the whole database.
bool hasWriteAheadLog(const QString& path)
{
    return QFileInfo(path + QStringLiteral("-wal")).size() > 0;
}

// A read-only connection to `path` named `name`, not opened yet: it can never write to the file.
QSqlDatabase addReadOnlyConnection(const QString& name, const QString& path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    return db;
}

// PRAGMA quick_check on an open connection: the problems, empty when healthy.
Result<QStringList> quickCheck(const QSqlDatabase& db, const QString& shown)
{
    auto check = sql::execOnce(db, QStringLiteral("PRAGMA quick_check"), shown);
    if (!check) {
        return check.error();
    }
    QStringList problems;
    while (check->next()) {
        const QString line = check->value(0).toString();
        if (line != QLatin1String("ok")) {
            problems.append(line);
        }
    }
    return problems;
}

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("saisine-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Database::Database(DatabaseLocation location, QString connectionName)
    : m_location(std::move(location))
    , m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    closeConnection();
}

void Database::closeConnection()
{
    m_statements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlQuery* Database::prepared(const QString& sql)
{
    auto it = m_statements.find(sql);
    if (it != m_statements.end()) {
        return it->second.get();
    }
    auto query = std::make_unique<QSqlQuery>(connection());
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        return nullptr;
    }
    return m_statements.emplace(sql, std::move(query)).first->second.get();
}

int Database::currentSchemaVersion()
{
    return Migrations::latestVersion();
}

namespace {

// Looks at an existing SQLite file through a separate read-only connection, so that a file
// which is refused (damaged, foreign, newer) is never written to: not even the WAL switch or
// the foreign-key pragma of the real connection touch it. Returns its schema version
// (0 when it holds no table at all).
Result<int> inspectReadOnly(const QString& path, const QString& shown, Database::IntegrityCheck integrity,
                            bool& everyPageChecked)
{
    everyPageChecked = false;
    const QString name = nextConnectionName() + QStringLiteral("-inspect");
    Result<int> outcome = 0;
    {
        QSqlDatabase db = addReadOnlyConnection(name, path);
        auto refuse = [&](const QString& message, const QString& detail = {}) {
            return Error {message, detail, shown, {}};
        };
        const QString damaged =
            Database::tr("The database file is damaged and cannot be opened. It was left untouched; restore a backup.");
        const QString foreign =
            Database::tr("This file is a database of another program, not a Saisine database. It was left untouched.");
        outcome = [&]() -> Result<int> {
            if (!db.open()) {
                return refuse(Database::tr("The database file cannot be opened."), db.lastError().text());
            }
            auto checkEveryPage = [&]() -> Status {
                auto problems = quickCheck(db, shown);
                if (!problems) {
                    return refuse(damaged, problems.error().detail);
                }
                if (!problems->isEmpty()) {
                    return refuse(damaged, problems->first());
                }
                everyPageChecked = true;
                return {};
            };
            const bool deferred = integrity == Database::IntegrityCheck::Deferred && !hasWriteAheadLog(path);
            if (deferred && shorterThanItsHeaderSays(path)) {
                return refuse(damaged, QStringLiteral("the file is shorter than its header says"));
            }
            if (!deferred) {
                if (Status checked = checkEveryPage(); !checked) {
                    return checked.error();
                }
            }
            auto tables =
                sql::execOnce(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"), shown);
            if (!tables) {
                return refuse(damaged, tables.error().detail);
            }
            QStringList names;
            while (tables->next()) {
                names.append(tables->value(0).toString());
            }
            if (names.isEmpty()) {
                return 0;
            }
            if (!names.contains(QLatin1String("meta"))) {
                return refuse(foreign);
            }
            auto stamp =
                sql::execOnce(db, QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"), shown);
            if (!stamp) {
                return refuse(foreign, stamp.error().detail);
            }
            bool ok = false;
            const int version = stamp->next() ? stamp->value(0).toString().toInt(&ok) : 0;
            // Tables but no version: not ours, or a Saisine file whose creation never completed
            // (impossible, since format 1 is created in one transaction). Either way, hands off.
            if (!ok || version < 1) {
                return refuse(foreign, QStringLiteral("no schema_version in meta"));
            }
            if (version > Database::currentSchemaVersion()) {
                return refuse(Database::tr("This database was made by a newer version of Saisine (format %1; this "
                                           "version reads up to format %2). Install the newer version to open it.")
                                  .arg(version)
                                  .arg(Database::currentSchemaVersion()));
            }
            // A migration writes to the file: it must be healthy first, whatever the caller asked.
            if (deferred && version < Database::currentSchemaVersion()) {
                if (Status checked = checkEveryPage(); !checked) {
                    return checked.error();
                }
            }
            return version;
        }();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return outcome;
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const DatabaseLocation& location, OpenMode mode,
                                                 IntegrityCheck integrity)
{
    const QString path = location.path;
    const QString shown = QDir::toNativeSeparators(path);
    auto refuse = [&](const QString& message, const QString& detail = {}) {
        return Error {message, detail, shown, {}};
    };

    if (path.isEmpty()) {
        return refuse(tr("No database file was given."));
    }
    const FileState state = inspect(path);
    switch (state) {
    case FileState::Unreadable:
        return refuse(tr("The database file cannot be read. Check that you are allowed to open it."));
    case FileState::NotSQLite:
        return refuse(tr("This file is not a Saisine database. It was left untouched."),
                      QStringLiteral("no SQLite header"));
    case FileState::Missing:
    case FileState::Empty: {
        if (mode == OpenMode::ExistingOnly) {
            return refuse(tr("There is no Saisine database at this place."));
        }
        const QFileInfo info(path);
        if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath())) {
            return refuse(tr("The folder for the database cannot be created."), info.absolutePath());
        }
        break;
    }
    case FileState::SQLite:
        break;
    }

    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        return refuse(tr("The SQLite driver of Qt is not installed (package libqt6sql6-sqlite)."));
    }

    // Before anything writes to an existing file, make sure it is healthy and ours: a damaged
    // or foreign file is refused as it is, never "repaired" by a migration.
    // A new file has nothing to check.
    bool everyPageChecked = state != FileState::SQLite;
    if (state == FileState::SQLite) {
        auto version = inspectReadOnly(path, shown, integrity, everyPageChecked);
        if (!version) {
            return version.error();
        }
        if (*version == 0 && mode == OpenMode::ExistingOnly) {
            return refuse(tr("There is no Saisine database at this place."));
        }
    }

    std::unique_ptr<Database> database(new Database(location, nextConnectionName()));
    database->m_everyPageChecked = everyPageChecked;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            return refuse(tr("The database file cannot be opened."), db.lastError().text());
        }
    }

    if (Status configured = database->configure(); !configured) {
        Error error = configured.error();
        error.record = shown;
        return error;
    }
    if (Status migrated = database->migrate(); !migrated) {
        Error error = migrated.error();
        error.record = shown;
        return error;
    }
    return database;
}

Result<std::unique_ptr<Database>> Database::openReader(const DatabaseLocation& location)
{
    const QString shown = QDir::toNativeSeparators(location.path);
    std::unique_ptr<Database> database(new Database(location, nextConnectionName() + QStringLiteral("-reader")));
    database->m_writeRefusal =
        Error {tr("This connection to the database only reads; nothing was saved."), {}, shown, {}};
    QSqlDatabase db = addReadOnlyConnection(database->m_connectionName, location.path);
    if (!db.open()) {
        return Error {tr("The database file cannot be opened."), db.lastError().text(), shown, {}};
    }
    const QString cacheSize = QStringLiteral("PRAGMA cache_size = -%1").arg(readerCacheKiB);
    for (const QString& pragma : {cacheSize, QStringLiteral("PRAGMA temp_store = MEMORY")}) {
        if (auto result = sql::execOnce(db, pragma); !result) {
            Error error = result.error();
            error.message = tr("The database cannot be prepared for use.");
            error.record = shown;
            return error;
        }
    }
    return database;
}

Result<QStringList> Database::verifyIntegrity(const DatabaseLocation& location)
{
    const QString shown = QDir::toNativeSeparators(location.path);
    const QString name = nextConnectionName() + QStringLiteral("-verify");
    Result<QStringList> outcome = QStringList();
    {
        QSqlDatabase db = addReadOnlyConnection(name, location.path);
        if (db.open()) {
            outcome = quickCheck(db, shown);
        } else {
            outcome = Error {tr("The database file cannot be opened."), db.lastError().text(), shown, {}};
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return outcome;
}

void Database::refuseWrites(const Error& reason)
{
    m_writeRefusal = reason;
}

Status Database::configure()
{
    const QSqlDatabase db = connection();
    // WAL keeps readers and the writer apart and survives a crash mid-write; FULL sync makes a
    // committed case survive a power cut too.
    // A 32 MiB page cache (the default is 2 MiB) keeps everyday work in memory; bulkTransaction()
    // raises it for the time of an import or a demo.
    // Savepoint and statement journals (the undo log of a repository call nested in a larger
    // transaction) in memory rather than in temporary files: they only serve a rollback inside
    // a transaction, never crash recovery (that is the WAL's job), and writing them to disk was
    // a fifth of the time of a demo or an import.
    const QString cacheSize = QStringLiteral("PRAGMA cache_size = -%1").arg(normalCacheKiB);
    for (const QString& pragma :
         {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA journal_mode = WAL"),
          QStringLiteral("PRAGMA synchronous = FULL"), cacheSize, QStringLiteral("PRAGMA temp_store = MEMORY")}) {
        auto result = sql::execOnce(db, pragma);
        if (!result) {
            Error error = result.error();
            error.message = tr("The database cannot be prepared for use.");
            return error;
        }
    }
    return {};
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) || !query.next()) {
        return query.lastError().isValid() ? -1 : 0;
    }
    bool ok = false;
    const int version = query.value(0).toString().toInt(&ok);
    return ok ? version : -1;
}

Status Database::migrate()
{
    int version = 0;
    {
        QSqlQuery probe(connection());
        if (probe.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'"))
            && probe.next()) {
            version = schemaVersion();
        }
    }
    if (version >= currentSchemaVersion()) {
        return {};
    }

    // An existing database is copied aside before its schema changes: if anything goes wrong
    // later, the caseworker still has the file as it was.
    if (version > 0) {
        const QString backup = m_location.path + QStringLiteral(".before-format-%1.bak").arg(currentSchemaVersion());
        QFile::remove(backup);
        QString escaped = backup;
        escaped.replace(QLatin1Char('\''), QLatin1String("''"));
        auto vacuum = sql::execOnce(connection(), QStringLiteral("VACUUM INTO '%1'").arg(escaped));
        if (!vacuum) {
            Error error = vacuum.error();
            error.message = tr("A backup could not be written before updating the database; nothing was changed.");
            return error;
        }
    }

    for (const Migration& migration : Migrations::all()) {
        if (migration.version <= version) {
            continue;
        }
        Status applied = transaction([&]() -> Status {
            for (const QString& statement : migration.statements) {
                auto result = sql::execOnce(connection(), statement);
                if (!result) {
                    Error error = result.error();
                    error.message = tr("The database could not be updated to format %1; it was left as it was.")
                                        .arg(migration.version);
                    error.detail = migration.name + QStringLiteral(": ") + error.detail;
                    return error;
                }
            }
            auto stamp = sql::exec(*this,
                                   QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES "
                                                  "('schema_version', ?)"),
                                   {QString::number(migration.version)});
            if (!stamp) {
                return stamp.error();
            }
            return {};
        });
        if (!applied) {
            return applied;
        }
    }
    // Statements prepared against the old schema must not be reused.
    m_statements.clear();
    return {};
}

Status Database::transaction(const std::function<Status()>& work)
{
    if (m_writeRefusal) {
        return *m_writeRefusal;
    }
    const bool outermost = m_transactionDepth == 0;
    if (!outermost && m_bulk) {
        // Inside bulkTransaction() any failure fails the whole, so a savepoint per record would
        // only cost time: SQLite copies every page a savepoint changes, which was most of the
        // time of an import or a demo spent outside SQL itself.
        ++m_transactionDepth;
        Status status = work();
        --m_transactionDepth;
        return status;
    }
    QSqlDatabase db = connection();
    const QString savepoint = QStringLiteral("saisine_sp%1").arg(m_transactionDepth);
    if (outermost) {
        if (!db.transaction()) {
            return Error {tr("The database is busy or read-only; nothing was saved."), db.lastError().text(), {}, {}};
        }
    } else if (auto begun = sql::execOnce(db, QStringLiteral("SAVEPOINT ") + savepoint); !begun) {
        return begun.error();
    }

    ++m_transactionDepth;
    Status status = work();
    --m_transactionDepth;

    if (status.ok()) {
        if (outermost) {
            if (!db.commit()) {
                const QString detail = db.lastError().text();
                db.rollback();
                return Error {tr("The changes could not be saved; nothing was written."), detail, {}, {}};
            }
        } else if (auto released = sql::execOnce(db, QStringLiteral("RELEASE ") + savepoint); !released) {
            return released.error();
        }
        return status;
    }

    if (outermost) {
        db.rollback();
    } else {
        (void)sql::execOnce(db, QStringLiteral("ROLLBACK TO ") + savepoint);
        (void)sql::execOnce(db, QStringLiteral("RELEASE ") + savepoint);
    }
    return status;
}

Status Database::bulkTransaction(const std::function<Status()>& work)
{
    // Pages written out of a full cache in the middle of a transaction go to the WAL and are
    // written again each time they change (the uid indexes change everywhere): with the whole
    // of a large import in the cache they are written once, at the commit. The cache only grows
    // as pages are used and goes back to its usual size afterwards.
    const QSqlDatabase db = connection();
    if (auto raised = sql::execOnce(db, QStringLiteral("PRAGMA cache_size = -%1").arg(bulkCacheKiB)); !raised) {
        return raised.error();
    }
    const bool outermost = m_transactionDepth == 0;
    if (outermost) {
        m_bulk = true;
    }
    Status status = transaction(work);
    if (outermost) {
        m_bulk = false;
    }
    (void)sql::execOnce(db, QStringLiteral("PRAGMA cache_size = -%1").arg(normalCacheKiB));
    return status;
}

Result<QStringList> Database::check()
{
    QStringList problems;
    auto integrity = sql::execOnce(connection(), QStringLiteral("PRAGMA integrity_check"));
    if (!integrity) {
        return integrity.error();
    }
    while (integrity->next()) {
        const QString line = integrity->value(0).toString();
        if (line != QLatin1String("ok")) {
            problems.append(tr("Integrity: %1").arg(line));
        }
    }
    auto foreignKeys = sql::execOnce(connection(), QStringLiteral("PRAGMA foreign_key_check"));
    if (!foreignKeys) {
        return foreignKeys.error();
    }
    while (foreignKeys->next()) {
        problems.append(tr("Table %1, row %2 refers to a missing record in table %3.")
                            .arg(foreignKeys->value(0).toString(), foreignKeys->value(1).toString(),
                                 foreignKeys->value(2).toString()));
    }
    // Every enumeration column must hold a key this version knows. Reads fall back to a
    // default for an unknown key, so a key edited by hand would otherwise go unnoticed.
    struct KeyColumn
    {
        const char* table;
        const char* column;
        QStringList keys;
    };
    const QList<KeyColumn> keyColumns {
        {"person", "civility", allKeys<Civility>()},
        {"person_coverage", "coverage", allKeys<Coverage>()},
        {"professional", "civility", allKeys<Civility>()},
        {"professional", "profession", allKeys<Profession>()},
        {"professional", "sector", allKeys<Sector>()},
        {"professional", "pharmacist_section", allKeys<PharmacistSection>()},
        {"case_file", "status", allKeys<CaseStatus>()},
        {"case_form", "form", allKeys<RefusalForm>()},
        {"case_ground", "ground", allKeys<Ground>()},
        {"evidence", "kind", allKeys<EvidenceKind>()},
        {"procedure", "route", allKeys<Route>()},
        {"procedure", "authority_kind", allKeys<AuthorityKind>()},
        {"procedure", "status", allKeys<ProcedureStatus>()},
        {"procedure_event", "kind", allKeys<ProcedureEventKind>()},
        {"mandate", "kind", allKeys<MandateKind>()},
        {"mandate_scope", "scope", allKeys<MandateScope>()},
    };
    for (const KeyColumn& keyColumn : keyColumns) {
        const QString table = QString::fromLatin1(keyColumn.table);
        const QString column = QString::fromLatin1(keyColumn.column);
        auto values = sql::execOnce(
            connection(), QStringLiteral("SELECT DISTINCT %1 FROM %2 WHERE %1 IS NOT NULL").arg(column, table));
        if (!values) {
            return values.error();
        }
        while (values->next()) {
            const QString key = values->value(0).toString();
            if (!keyColumn.keys.contains(key)) {
                problems.append(tr("Table %1, column %2 holds the unknown value \"%3\".").arg(table, column, key));
            }
        }
    }
    const int version = schemaVersion();
    if (version != currentSchemaVersion()) {
        problems.append(tr("The database format is %1 instead of %2.").arg(version).arg(currentSchemaVersion()));
    }
    return problems;
}

} // namespace saisine
