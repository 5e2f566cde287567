#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "procedure/LawTables.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace saisine::cli {

// What a command of saisine-cli gets: its own arguments, the streams, the clock and a way to
// open the database named by --db. Commands print results on `out` (UTF-8) and return the
// process exit code; failures print one line on `err` through fail().
struct CliContext
{
    QString databasePath;
    QStringList arguments; // the command name first, then its own options
    QTextStream& out;
    QTextStream& err;
    const Clock& clock;

    // Commands that only read pass ExistingOnly: a mistyped --db must not create a database.
    Result<std::unique_ptr<Database>> openDatabase(Database::OpenMode mode = Database::OpenMode::CreateIfMissing) const;

    // --law FILE, for the commands that apply the law tables; loadLaw() reads that file, or by
    // default the corrections kept next to the database (<database>.law.json).
    static QCommandLineOption lawOption();
    Result<law::LawTables> loadLaw(const QCommandLineParser& parser) const;

    // The case a command is about: a reference ("2026-0042") first, since that is what
    // caseworkers type; then a numeric id.
    Result<qint64> findCase(Database& db, const QString& wanted) const;

    // Parses this command's options; on error prints one line and returns false.
    bool parse(QCommandLineParser& parser) const;
    int fail(const QString& message) const;
    int fail(const Error& error) const;
};

using CommandFunction = int (*)(CliContext&);

struct CliCommand
{
    const char* name;
    const char* synopsis; // shown by --help
    CommandFunction run;
    bool needsFonts = false; // lays out text (letters): runs on a QGuiApplication, offscreen
};

// Commands register themselves from their own source file (see StoreCommands.cpp).
class CommandRegistry final
{
public:
    static void add(const CliCommand& command);
    static const QList<CliCommand>& all();
    static const CliCommand* find(const QString& name);
};

struct RegisterCommand
{
    explicit RegisterCommand(const CliCommand& command) { CommandRegistry::add(command); }
};

enum ExitCode { ExitSuccess = 0, ExitFailure = 1, ExitUsage = 2 };

} // namespace saisine::cli
