#include "BuildInfo.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace saisine {

namespace {

QString sqliteLibraryVersion()
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        return {};
    }
    // The driver links its own SQLite: ask it, on a throwaway in-memory connection.
    const QString name = QStringLiteral("saisine-build-info");
    QString version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next()) {
                version = query.value(0).toString();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

} // namespace

BuildInfo BuildInfo::current()
{
    BuildInfo info;
    info.version = QStringLiteral(SAISINE_VERSION);
    info.buildDate = QStringLiteral(SAISINE_BUILD_DATE);
    info.qtVersion = QString::fromLatin1(qVersion());
    info.sqliteVersion = sqliteLibraryVersion();
    info.licence = QStringLiteral("GPL-3.0-or-later");
    return info;
}

QString BuildInfo::describe() const
{
    QStringList lines;
    lines << tr("Saisine %1 (built on %2)").arg(version, buildDate);
    lines << (sqliteVersion.isEmpty() ? tr("Qt %1, SQLite driver missing").arg(qtVersion)
                                      : tr("Qt %1, SQLite %2").arg(qtVersion, sqliteVersion));
    lines << tr("Licence: %1 (GNU General Public License, version 3 or later)").arg(licence);
    return lines.join(QLatin1Char('\n'));
}

} // namespace saisine
