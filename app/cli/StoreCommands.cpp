// saisine-cli commands on the store as a whole: import, export, check, demo.
#include "CliContext.h"
#include "demo/DemoGenerator.h"
#include "store/Exchange.h"

#include <QFile>
#include <QSaveFile>

#include <cstdio>

namespace saisine::cli {

namespace {

int runImport(CliContext& ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("JSON file to import, or - for stdin"));
    if (!ctx.parse(parser)) {
        return ExitUsage;
    }
    const QStringList positional = parser.positionalArguments(); // the command name counts as argv[0]
    if (positional.size() != 1) {
        return ctx.fail(QStringLiteral("import needs exactly one FILE (or - for standard input)"));
    }
    QByteArray json;
    if (positional.first() == QLatin1String("-")) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly)) {
            return ctx.fail(QStringLiteral("cannot read standard input"));
        }
        json = input.readAll();
    } else {
        QFile input(positional.first());
        if (!input.open(QIODevice::ReadOnly)) {
            return ctx.fail(QStringLiteral("cannot read %1: %2").arg(positional.first(), input.errorString()));
        }
        json = input.readAll();
    }
    auto db = ctx.openDatabase();
    if (!db) {
        return ctx.fail(db.error());
    }
    Exchange exchange(**db, ctx.clock);
    auto summary = exchange.importJson(json);
    if (!summary) {
        return ctx.fail(QStringLiteral("import failed, nothing was imported: ") + summary.error().toLine());
    }
    ctx.err << "imported " << summary->persons << " persons, " << summary->professionals << " professionals, "
            << summary->cases << " cases" << Qt::endl;
    return ExitSuccess;
}

int runExport(CliContext& ctx)
{
    QCommandLineParser parser;
    QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("write to FILE instead of stdout"),
                                 QStringLiteral("FILE"));
    parser.addOption(outOption);
    if (!ctx.parse(parser)) {
        return ExitUsage;
    }
    auto db = ctx.openDatabase(Database::OpenMode::ExistingOnly);
    if (!db) {
        return ctx.fail(db.error());
    }
    auto json = Exchange(**db, ctx.clock).exportAll();
    if (!json) {
        return ctx.fail(json.error());
    }
    if (parser.isSet(outOption)) {
        // QSaveFile: an interrupted export never leaves a half-written file in place of a good one.
        QSaveFile output(parser.value(outOption));
        if (!output.open(QIODevice::WriteOnly) || output.write(*json) != json->size() || !output.commit()) {
            return ctx.fail(QStringLiteral("cannot write %1: %2").arg(parser.value(outOption), output.errorString()));
        }
        return ExitSuccess;
    }
    ctx.out.flush();
    QFile output;
    if (!output.open(stdout, QIODevice::WriteOnly) || output.write(*json) != json->size()) {
        return ctx.fail(QStringLiteral("cannot write to standard output"));
    }
    output.flush();
    return ExitSuccess;
}

int runCheck(CliContext& ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser)) {
        return ExitUsage;
    }
    auto db = ctx.openDatabase(Database::OpenMode::ExistingOnly);
    if (!db) {
        return ctx.fail(db.error());
    }
    auto problems = (*db)->check();
    if (!problems) {
        return ctx.fail(problems.error());
    }
    if (!problems->isEmpty()) {
        for (const QString& problem : *problems) {
            ctx.out << problem << '\n';
        }
        ctx.out.flush();
        return ctx.fail(QStringLiteral("%1 problem(s) found in %2").arg(problems->size()).arg((*db)->path()));
    }
    ctx.out << "ok: " << (*db)->path() << " (format " << (*db)->schemaVersion() << ")" << Qt::endl;
    return ExitSuccess;
}

int runDemo(CliContext& ctx)
{
    QCommandLineParser parser;
    QCommandLineOption casesOption(QStringLiteral("cases"), QStringLiteral("number of cases"), QStringLiteral("N"),
                                   QStringLiteral("50"));
    QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("random seed"), QStringLiteral("S"),
                                  QStringLiteral("1"));
    QCommandLineOption asOfOption(
        QStringLiteral("as-of"),
        QStringLiteral("the day the demo is set on (default today; same seed and day, same data)"),
        QStringLiteral("DATE"));
    parser.addOptions({casesOption, seedOption, asOfOption});
    if (!ctx.parse(parser)) {
        return ExitUsage;
    }
    bool ok = false;
    DemoOptions options;
    options.cases = parser.value(casesOption).toInt(&ok);
    if (!ok || options.cases < 0) {
        return ctx.fail(QStringLiteral("--cases must be a whole number of at least 0"));
    }
    options.seed = parser.value(seedOption).toUInt(&ok);
    if (!ok) {
        return ctx.fail(QStringLiteral("--seed must be a whole number"));
    }
    options.asOf = ctx.clock.today();
    if (parser.isSet(asOfOption)) {
        options.asOf = QDate::fromString(parser.value(asOfOption), Qt::ISODate);
        if (!options.asOf.isValid()) {
            return ctx.fail(QStringLiteral("--as-of must be a date YYYY-MM-DD"));
        }
    }
    auto db = ctx.openDatabase();
    if (!db) {
        return ctx.fail(db.error());
    }
    auto summary = DemoGenerator::generate(**db, options);
    if (!summary) {
        return ctx.fail(summary.error());
    }
    ctx.err << "created " << summary->cases << " cases, " << summary->persons << " persons, " << summary->professionals
            << " professionals, " << summary->procedures << " procedures" << Qt::endl;
    return ExitSuccess;
}

const RegisterCommand importCommand({"import", "import FILE|-            import a JSON exchange file (all or nothing)",
                                     runImport});
const RegisterCommand exportCommand({"export",
                                     "export [--out FILE]      write the whole database as JSON (stdout by default)",
                                     runExport});
const RegisterCommand checkCommand({"check", "check                    check integrity and foreign keys", runCheck});
const RegisterCommand demoCommand({"demo", "demo --cases N --seed S [--as-of DATE]  add fictional demo cases",
                                   runDemo});

} // namespace

} // namespace saisine::cli
