#include "SqlSupport.h"

#include "Database.h"

#include <QSqlError>
#include <QTimeZone>
#include <QUuid>

namespace saisine::sql {

Error SqlSupport::errorFrom(const QSqlQuery& query, const QString& record)
{
    const QSqlError error = query.lastError();
    const QString native = error.nativeErrorCode();
    const QString text = error.databaseText();
    Error result;
    result.record = record;
    result.detail = text.isEmpty() ? error.text() : text;
    // Map the SQLite constraint families to words; the rest is a storage problem.
    if (text.contains(QLatin1String("UNIQUE constraint failed"))) {
        result.message = tr("This record already exists (a unique value is used twice).");
    } else if (text.contains(QLatin1String("FOREIGN KEY constraint failed"))) {
        result.message = tr("This record refers to another record that does not exist, or is still used by another "
                            "record.");
    } else if (text.contains(QLatin1String("NOT NULL constraint failed"))
               || text.contains(QLatin1String("CHECK constraint failed"))) {
        result.message = tr("A required value is missing or not allowed.");
    } else if (native == QLatin1String("5") || native == QLatin1String("6") || text.contains(QLatin1String("locked"))) {
        result.message = tr("The database is in use by another program. Close it and try again.");
    } else if (native == QLatin1String("13") || text.contains(QLatin1String("full"))) {
        result.message = tr("The disk is full: nothing was saved.");
    } else {
        result.message = tr("The database could not carry out the operation.");
    }
    return result;
}

Result<Statement> exec(Database& db, const QString& sql, const QVariantList& values, const QString& record)
{
    QSqlQuery* query = db.prepared(sql);
    if (!query) {
        QSqlQuery failed(db.connection());
        failed.prepare(sql);
        return SqlSupport::errorFrom(failed, record);
    }
    query->finish();
    for (qsizetype i = 0; i < values.size(); ++i) {
        query->bindValue(int(i), values.at(i));
    }
    if (!query->exec()) {
        return SqlSupport::errorFrom(*query, record);
    }
    return Statement(query);
}

Result<Statement> exec(Database& db, const QString& sql, std::initializer_list<QVariant> values, const QString& record)
{
    return exec(db, sql, QVariantList(values), record);
}

Result<QSqlQuery> execOnce(const QSqlDatabase& db, const QString& sql, const QString& record)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        return SqlSupport::errorFrom(query, record);
    }
    return query;
}

QVariant dateValue(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QDate toDate(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant dateTimeValue(const QDateTime& dateTime)
{
    if (!dateTime.isValid()) {
        return QVariant(QMetaType::fromType<QString>());
    }
    return dateTime.toUTC().toString(Qt::ISODate);
}

QDateTime toDateTime(const QVariant& value)
{
    if (value.isNull()) {
        return {};
    }
    QDateTime dt = QDateTime::fromString(value.toString(), Qt::ISODate);
    return dt.toUTC();
}

QVariant textValue(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QString toText(const QVariant& value)
{
    return value.isNull() ? QString() : value.toString();
}

Status replaceKeys(Database& db, const QString& table, const QString& ownerColumn, const QString& keyColumn,
                   qint64 ownerId, const QStringList& keys, const QString& record)
{
    auto removed = exec(db, QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, ownerColumn), {ownerId}, record);
    if (!removed) {
        return removed.error();
    }
    const QString insert =
        QStringLiteral("INSERT INTO %1 (%2, %3, position) VALUES (?, ?, ?)").arg(table, ownerColumn, keyColumn);
    for (qsizetype i = 0; i < keys.size(); ++i) {
        auto inserted = exec(db, insert, {ownerId, keys.at(i), qint64(i)}, record);
        if (!inserted) {
            return inserted.error();
        }
    }
    return {};
}

Result<QStringList> loadKeys(Database& db, const QString& table, const QString& ownerColumn, const QString& keyColumn,
                             qint64 ownerId)
{
    auto query =
        exec(db, QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? ORDER BY position").arg(keyColumn, table, ownerColumn),
             {ownerId});
    if (!query) {
        return query.error();
    }
    QStringList keys;
    while (query->next()) {
        keys.append(query->value(0).toString());
    }
    return keys;
}

Error notFound(const QString& record)
{
    return Error {SqlSupport::tr("This record does not exist (it may have been deleted)."), {}, record, {}};
}

Status deleteById(Database& db, const QString& table, qint64 id, const QString& record, const QString& inUseMessage)
{
    return db.transaction([&]() -> Status {
        auto query = exec(db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), {id}, record);
        if (!query) {
            Error error = query.error();
            if (!inUseMessage.isEmpty() && error.detail.contains(QLatin1String("FOREIGN KEY"))) {
                error.message = inUseMessage;
            }
            return error;
        }
        return query->numRowsAffected() == 1 ? Status() : Status(notFound(record));
    });
}

QString inIdList(const QString& column)
{
    return column + QStringLiteral(" IN (SELECT value FROM json_each(?))");
}

QVariant idListValue(const QList<qint64>& ids)
{
    QByteArray list;
    list.reserve(ids.size() * 8 + 2);
    list.append('[');
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0) {
            list.append(',');
        }
        list.append(QByteArray::number(ids.at(i)));
    }
    list.append(']');
    return QString::fromLatin1(list);
}

QString newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace saisine::sql
