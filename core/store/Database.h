#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
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

    // Opens and migrates. Refuses, without modifying it, a file that is not a Saisine database,
    // is damaged, or was made by a newer Saisine.
    static Result<std::unique_ptr<Database>> open(const DatabaseLocation& location,
                                                  OpenMode mode = OpenMode::CreateIfMissing);

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

    // For core/store only.
    QSqlDatabase connection() const;
    // A prepared statement for `sql`, prepared once per connection; nullptr when it does not
    // prepare. Repositories run thousands of identical statements during an import.
    QSqlQuery* prepared(const QString& sql);

private:
    static constexpr int normalCacheKiB = 32 * 1024;
    static constexpr int bulkCacheKiB = 512 * 1024;

    explicit Database(DatabaseLocation location, QString connectionName);
    Status configure();
    Status migrate();

    void closeConnection();

    DatabaseLocation m_location;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    QString m_connectionName;
    int m_transactionDepth = 0;
    bool m_bulk = false; // inside bulkTransaction(): nested transactions take no savepoint
};

} // namespace saisine
