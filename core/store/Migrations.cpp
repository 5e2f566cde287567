#include "Migrations.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace saisine {

QStringList Migrations::splitStatements(const QString& script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString& rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("--"))) {
            continue;
        }
        if (current.isEmpty() && line.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive)) {
            inTrigger = true;
        }
        current += rawLine + QLatin1Char('\n');
        const bool ends =
            inTrigger ? line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0 : line.endsWith(QLatin1Char(';'));
        if (ends) {
            statements.append(current.trimmed());
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty()) {
        statements.append(current.trimmed());
    }
    return statements;
}

const QList<Migration>& Migrations::all()
{
    static const QList<Migration> migrations = [] {
        QList<Migration> list;
        static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
        const QDir dir(QStringLiteral(":/migrations"));
        const QStringList files = dir.entryList(QDir::Files, QDir::Name);
        for (const QString& fileName : files) {
            const auto match = pattern.match(fileName);
            if (!match.hasMatch()) {
                continue;
            }
            QFile file(dir.filePath(fileName));
            if (!file.open(QIODevice::ReadOnly)) {
                continue;
            }
            Migration migration;
            migration.version = match.captured(1).toInt();
            migration.name = match.captured(2);
            migration.statements = splitStatements(QString::fromUtf8(file.readAll()));
            list.append(migration);
        }
        std::sort(list.begin(), list.end(),
                  [](const Migration& a, const Migration& b) { return a.version < b.version; });
        return list;
    }();
    return migrations;
}

int Migrations::latestVersion()
{
    const auto& migrations = all();
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

} // namespace saisine
