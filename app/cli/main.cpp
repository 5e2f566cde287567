#include "CliContext.h"
#include "common/BuildInfo.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <memory>

using namespace saisine;
using namespace saisine::cli;

namespace {

void printUsage(QTextStream& stream)
{
    stream << "Usage: saisine-cli --db PATH COMMAND [OPTIONS]\n\nCommands:\n";
    for (const auto& command : CommandRegistry::all()) {
        stream << "  " << QString::fromLatin1(command.synopsis) << '\n';
    }
    stream << "\nOther options: --help, --version\n";
    stream.flush();
}

// The command named on the command line, looked up before the application object exists.
const CliCommand* commandBeforeStart(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--db") {
            ++i;
        } else if (!arg.startsWith('-')) {
            return CommandRegistry::find(QString::fromLocal8Bit(arg));
        }
    }
    return nullptr;
}

// Qt's platform chatter ("QStandardPaths: XDG_RUNTIME_DIR not set...") would break the promise
// of one line on stderr; the commands report their own errors.
void quietPlatformMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const bool platform = QByteArray(context.category ? context.category : "").startsWith("qt.qpa")
        || message.startsWith(QLatin1String("QStandardPaths:"));
    if (platform && type != QtFatalMsg) {
        return;
    }
    fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace

int main(int argc, char* argv[])
{
    // Letters are laid out with QTextDocument, which needs fonts and so a QGuiApplication; the
    // offscreen platform because the CLI never opens a window and runs without a display. The
    // other commands keep the lighter QCoreApplication.
    std::unique_ptr<QCoreApplication> application;
    const CliCommand* early = commandBeforeStart(argc, argv);
    if (early && early->needsFonts) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        qInstallMessageHandler(quietPlatformMessages);
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("saisine"));
    QCoreApplication::setOrganizationName(QStringLiteral("Saisine"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SAISINE_VERSION));

    // Messages follow the user's language (French on a French system), like the GUI.
    QTranslator translator;
    // Other languages get the English file, which holds the plural forms ("1 day", "8 days").
    if (translator.load(QLocale(), QStringLiteral("saisine"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator.load(QStringLiteral("saisine_en"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(&translator);
    }

    QTextStream out(stdout);
    QTextStream err(stderr);
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);

    // Global options come before the command; everything from the command on is the command's.
    const QStringList args = QCoreApplication::arguments();
    QString databasePath;
    int index = 1;
    for (; index < args.size(); ++index) {
        const QString& arg = args.at(index);
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            printUsage(out);
            return ExitSuccess;
        }
        if (arg == QLatin1String("--version")) {
            out << BuildInfo::current().describe() << Qt::endl;
            return ExitSuccess;
        }
        if (arg == QLatin1String("--db")) {
            if (index + 1 >= args.size()) {
                err << "saisine-cli: --db needs a file path" << Qt::endl;
                return ExitUsage;
            }
            databasePath = args.at(++index);
            continue;
        }
        if (arg.startsWith(QLatin1String("--db="))) {
            databasePath = arg.mid(5);
            continue;
        }
        break;
    }
    if (index >= args.size()) {
        err << "saisine-cli: no command given (try --help)" << Qt::endl;
        return ExitUsage;
    }
    const CliCommand* command = CommandRegistry::find(args.at(index));
    if (!command) {
        err << "saisine-cli: unknown command \"" << args.at(index) << "\" (try --help)" << Qt::endl;
        return ExitUsage;
    }
    if (databasePath.isEmpty()) {
        err << "saisine-cli: --db PATH is required" << Qt::endl;
        return ExitUsage;
    }

    SystemClock clock;
    CliContext context {databasePath, args.mid(index), out, err, clock};
    const int code = command->run(context);
    out.flush();
    err.flush();
    return code;
}
