#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>

namespace saisine {

// Where a database lives. One seam for every way of opening a store, so that an encrypted
// file or a shared server can be added later without touching the repositories.
struct DatabaseLocation
{
    QString path; // SQLite file

    static DatabaseLocation file(const QString& path) { return {path}; }
};

// One open Saisine database: a named QtSql connection, migrated to the current schema,
// foreign keys on, WAL journal. Only code in core/store sees the QSqlDatabase.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    enum class OpenMode {
        CreateIfMissing, // the application and commands that write: a new file becomes a database
        ExistingOnly, // check, export: a mistyped path is an error, not a new empty database
    };

    enum class IntegrityCheck {
        // Every page is read (PRAGMA quick_check) before anything touches the file: the commands,
        // which open, do one thing and close.
        BeforeOpening,
        // The application, which must show its first screen at once (the full check reads every
        // page: 0.7 s at 100,000 cases). Opening checks the header and that the file is as long as
        // the header says (a truncated file is still refused); the caller then runs
        // verifyIntegrity() in the background and calls refuseWrites() if it finds damage. A file
        // about to be migrated, or left with a write-ahead log (the last session did not close
        // normally), gets the full check before opening anyway.
        Deferred,
    };

    // Opens and migrates. Refuses, without modifying it, a file that is not a Saisine database,
    // is damaged, or was made by a newer Saisine.
    static Result<std::unique_ptr<Database>> open(const DatabaseLocation& location,
                                                  OpenMode mode = OpenMode::CreateIfMissing,
                                                  IntegrityCheck integrity = IntegrityCheck::BeforeOpening);

    // A second, read-only connection to a database another Database object has open, for work
    // in a worker thread (SQLite connections are not shared between threads): no check, no
    // migration. Open it, use it and destroy it in the same thread.
    static Result<std::unique_ptr<Database>> openReader(const DatabaseLocation& location);

    // PRAGMA quick_check of every page, through a connection of its own, read-only: the problems
    // found, empty when the file is healthy. May run in any thread.
    static Result<QStringList> verifyIntegrity(const DatabaseLocation& location);

    // The schema version this build writes (the number of the last migration).
    static int currentSchemaVersion();

    QString path() const { return m_location.path; }
    int schemaVersion() const;

    // Runs `work` in a transaction: committed when it returns success, rolled back otherwise.
    // Nested calls use savepoints, so a repository call inside an import is all-or-nothing too.
    Status transaction(const std::function<Status()>& work);

    // The same, for writing many records at once (an import, the demo): all or nothing as a
    // whole, with a larger page cache for its time. Nested transaction() calls inside it take no
    // savepoint: a failure anywhere in `work` must fail `work`, which rolls everything back.
    // Durability is the same as transaction()'s.
    Status bulkTransaction(const std::function<Status()>& work);

    // Integrity and foreign-key check; returns the problems found (empty when healthy).
    Result<QStringList> check();

    // From now on every transaction fails with `reason`, before writing anything: the file was
    // found damaged after it was opened (IntegrityCheck::Deferred). There is no way back; the
    // caseworker restores a backup.
    void refuseWrites(const Error& reason);
    // False after an IntegrityCheck::Deferred opening that did not check every page: the caller
    // still has to run verifyIntegrity().
    bool everyPageChecked() const { return m_everyPageChecked; }
    bool refusesWrites() const { return m_writeRefusal.has_value(); }

    // For core/store only.
    QSqlDatabase connection() const;
    // A prepared statement for `sql`, prepared once per connection; nullptr when it does not
    // prepare. Repositories run thousands of identical statements during an import.
    QSqlQuery* prepared(const QString& sql);

private:
    static constexpr int normalCacheKiB = 32 * 1024;
    static constexpr int bulkCacheKiB = 512 * 1024;
    // A reader goes once through the tables it reads (the deadlines of every open procedure): a
    // large cache would only add to the application's memory while it runs.
    static constexpr int readerCacheKiB = 8 * 1024;

    explicit Database(DatabaseLocation location, QString connectionName);
    Status configure();
    Status migrate();

    void closeConnection();

    DatabaseLocation m_location;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    QString m_connectionName;
    int m_transactionDepth = 0;
    bool m_bulk = false; // inside bulkTransaction(): nested transactions take no savepoint
    std::optional<Error> m_writeRefusal;
    bool m_everyPageChecked = true;
};

} // namespace saisine
