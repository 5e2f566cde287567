#pragma once

#include "common/Result.h"
#include "model/Vocabulary.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace saisine {
class Database;
}

namespace saisine::sql {

// Small helpers that keep QSqlQuery/QSqlError inside core/store and turn every failure into
// an Error a caseworker can read, with the SQL detail kept for a bug report.
class SqlSupport final
{
    Q_DECLARE_TR_FUNCTIONS(SqlSupport)
public:
    static Error errorFrom(const QSqlQuery& query, const QString& record = {});
};

// A statement from the database's cache, as returned by exec(). It stays valid until the same
// SQL runs again: read its rows first.
class Statement
{
public:
    explicit Statement(QSqlQuery* query)
        : m_query(query)
    {
    }
    bool next() { return m_query->next(); }
    QVariant value(int index) const { return m_query->value(index); }
    void finish() { m_query->finish(); }
    QVariant lastInsertId() const { return m_query->lastInsertId(); }
    int numRowsAffected() const { return m_query->numRowsAffected(); }
    operator const QSqlQuery&() const { return *m_query; }

private:
    QSqlQuery* m_query;
};

// Runs `sql` with positional bindings through the database's cache of prepared statements.
// On failure returns an Error naming `record`. The returned query shares its result with the
// cached statement: read its rows before running the same SQL again.
Result<Statement> exec(Database& db, const QString& sql, std::initializer_list<QVariant> values = {},
                       const QString& record = {});
Result<Statement> exec(Database& db, const QString& sql, const QVariantList& values, const QString& record = {});
// Same, for a statement run once (pragmas, migrations): not cached.
Result<QSqlQuery> execOnce(const QSqlDatabase& db, const QString& sql, const QString& record = {});

// Conversions between model values and columns. Dates are ISO text (sortable, readable in
// any SQL tool), timestamps ISO UTC with a 'Z'; empty values are NULL.
QVariant dateValue(const QDate& date);
QDate toDate(const QVariant& value);
QVariant dateTimeValue(const QDateTime& dateTime);
QDateTime toDateTime(const QVariant& value);
QVariant textValue(const QString& text); // NULL when empty
QString toText(const QVariant& value);

// Ordered lists of enumeration keys live in side tables (owner, key, position).
Status replaceKeys(Database& db, const QString& table, const QString& ownerColumn, const QString& keyColumn,
                   qint64 ownerId, const QStringList& keys, const QString& record);
Result<QStringList> loadKeys(Database& db, const QString& table, const QString& ownerColumn, const QString& keyColumn,
                             qint64 ownerId);

template <typename E>
QStringList keysOf(const QList<E>& values)
{
    QStringList keys;
    for (E value : values) {
        keys.append(keyOf(value));
    }
    return keys;
}

// Unknown keys (written by a newer Saisine) are skipped rather than failing the whole read.
template <typename E>
QList<E> valuesOf(const QStringList& keys)
{
    QList<E> values;
    for (const QString& key : keys) {
        if (auto value = fromKey<E>(key)) {
            values.append(*value);
        }
    }
    return values;
}

template <typename E>
QVariant optionalKey(const std::optional<E>& value)
{
    return value ? QVariant(keyOf(*value)) : QVariant(QMetaType::fromType<QString>());
}

Error notFound(const QString& record);

// Deletes one row by id in a transaction. `inUseMessage`, when given, replaces the generic
// message when other records still refer to this one.
Status deleteById(Database& db, const QString& table, qint64 id, const QString& record,
                  const QString& inUseMessage = {});

// "column IN (<ids>)" for any number of ids, bound as one value: one statement whatever the
// number, and no limit on bound variables (the dashboard passes tens of thousands). SQLite reads
// the list with json_each; another dialect would use its array type here.
QString inIdList(const QString& column);
QVariant idListValue(const QList<qint64>& ids);

// A new random UUID without braces, the form used as uid in databases and exchange files.
QString newUid();

} // namespace saisine::sql
