#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace saisine {

// The numbered SQL migrations shipped in resources/migrations (NNNN_name.sql), as qBittorrent
// and Kraft do: one file per schema version, each applied in one transaction.
struct Migration
{
    int version = 0;
    QString name;
    QStringList statements;
};

class Migrations final
{
public:
    // All migrations, ordered by version (read once from the resources).
    static const QList<Migration>& all();
    static int latestVersion();

    // Splits a script into statements: `;` at the end of a line ends one, except inside a
    // CREATE TRIGGER ... END; block. Lines starting with `--` are comments.
    static QStringList splitStatements(const QString& script);
};

} // namespace saisine
