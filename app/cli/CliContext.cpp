#include "CliContext.h"

#include "store/Repositories.h"

namespace saisine::cli {

namespace {
QList<CliCommand>& registry()
{
    static QList<CliCommand> commands;
    return commands;
}
} // namespace

void CommandRegistry::add(const CliCommand& command)
{
    registry().append(command);
}

const QList<CliCommand>& CommandRegistry::all()
{
    return registry();
}

const CliCommand* CommandRegistry::find(const QString& name)
{
    for (const auto& command : registry()) {
        if (name == QLatin1StringView(command.name)) {
            return &command;
        }
    }
    return nullptr;
}

Result<std::unique_ptr<Database>> CliContext::openDatabase(Database::OpenMode mode) const
{
    return Database::open(DatabaseLocation::file(databasePath), mode);
}

QCommandLineOption CliContext::lawOption()
{
    return QCommandLineOption(QStringLiteral("law"),
                              QCoreApplication::translate("CliContext",
                                                          "corrections to the law tables (default: "
                                                          "<database>.law.json next to the database)"),
                              QStringLiteral("FILE"));
}

Result<law::LawTables> CliContext::loadLaw(const QCommandLineParser& parser) const
{
    const QString file = parser.isSet(QStringLiteral("law")) ? parser.value(QStringLiteral("law"))
                                                             : law::LawTables::overrideFileFor(databasePath);
    return law::LawTables::load(file);
}

Result<qint64> CliContext::findCase(Database& db, const QString& wanted) const
{
    auto caseId = CaseRepository(db, clock).idForReference(wanted);
    if (caseId) {
        return caseId;
    }
    bool isNumber = false;
    const qint64 id = wanted.toLongLong(&isNumber);
    if (!isNumber) {
        return caseId.error();
    }
    return id;
}

bool CliContext::parse(QCommandLineParser& parser) const
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(arguments)) {
        fail(parser.errorText());
        return false;
    }
    return true;
}

int CliContext::fail(const QString& message) const
{
    err << "saisine-cli: " << message << Qt::endl;
    return ExitFailure;
}

int CliContext::fail(const Error& error) const
{
    return fail(error.toLine());
}

} // namespace saisine::cli
