// saisine-cli commands that write letters and mandates as PDF files: letter, mandate.
#include "CliContext.h"
#include "documents/DocumentService.h"
#include "documents/TemplateStore.h"
#include "procedure/LawTables.h"
#include "store/Repositories.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <optional>

namespace saisine::cli {

namespace {

// The translation context of this file's messages.
struct DocumentCommands
{
    Q_DECLARE_TR_FUNCTIONS(DocumentCommands)
};

QStringList cliNames(bool mandate)
{
    QStringList names;
    for (DocumentKind kind : DocumentKinds::all()) {
        if (DocumentKinds::isMandate(kind) == mandate) {
            names.append(DocumentKinds::cliName(kind));
        }
    }
    return names;
}

int runDocument(CliContext& ctx, bool mandate)
{
    const QString command = mandate ? QStringLiteral("mandate") : QStringLiteral("letter");
    QCommandLineParser parser;
    const QCommandLineOption caseOption(QStringLiteral("case"), DocumentCommands::tr("the case, by id or reference"),
                                        QStringLiteral("ID|REFERENCE"));
    const QCommandLineOption kindOption(
        QStringLiteral("kind"),
        DocumentCommands::tr("the document: %1").arg(cliNames(mandate).join(QStringLiteral(", "))),
        QStringLiteral("KIND"));
    const QCommandLineOption outOption(QStringLiteral("out"), DocumentCommands::tr("the PDF file to write"),
                                       QStringLiteral("FILE"));
    const QCommandLineOption checkOption(QStringLiteral("check"),
                                         DocumentCommands::tr("list what is missing and write nothing"));
    const QCommandLineOption dateOption(QStringLiteral("date"),
                                        DocumentCommands::tr("the date printed on the document (default: today)"),
                                        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption registerOption(QStringLiteral("register"),
                                            DocumentCommands::tr("also store the PDF in the case's register"));
    const QCommandLineOption lawOption = CliContext::lawOption();
    parser.addOption(caseOption);
    parser.addOption(kindOption);
    parser.addOption(outOption);
    parser.addOption(checkOption);
    parser.addOption(dateOption);
    parser.addOption(registerOption);
    parser.addOption(lawOption);
    if (!ctx.parse(parser)) {
        return ExitUsage;
    }
    if (!parser.isSet(caseOption)) {
        return ctx.fail(DocumentCommands::tr("%1 needs --case ID or --case REFERENCE").arg(command));
    }
    if (!parser.isSet(outOption) && !parser.isSet(checkOption)) {
        return ctx.fail(DocumentCommands::tr("%1 needs --out FILE.pdf (or --check)").arg(command));
    }
    std::optional<QDate> date;
    if (parser.isSet(dateOption)) {
        date = QDate::fromString(parser.value(dateOption), Qt::ISODate);
        if (!date->isValid()) {
            return ctx.fail(DocumentCommands::tr("--date: \"%1\" is not a date of the form YYYY-MM-DD")
                                .arg(parser.value(dateOption)));
        }
    }
    const FixedClock clock(date ? *date : ctx.clock.today());

    auto law = ctx.loadLaw(parser);
    if (!law) {
        return ctx.fail(law.error());
    }
    auto db = ctx.openDatabase(Database::OpenMode::ExistingOnly);
    if (!db) {
        return ctx.fail(db.error());
    }
    const auto caseId = ctx.findCase(**db, parser.value(caseOption));
    if (!caseId) {
        return ctx.fail(caseId.error());
    }

    DocumentService service(**db, *law, clock);
    if (parser.isSet(checkOption)) {
        // Without --kind, every kind of this command is checked.
        QList<DocumentKind> kinds;
        if (parser.isSet(kindOption)) {
            const auto kind = DocumentKinds::fromCliName(parser.value(kindOption), mandate);
            if (!kind) {
                return ctx.fail(DocumentCommands::tr("unknown kind \"%1\" (%2)")
                                    .arg(parser.value(kindOption), cliNames(mandate).join(QStringLiteral(", "))));
            }
            kinds.append(*kind);
        } else {
            for (DocumentKind kind : DocumentKinds::all()) {
                if (DocumentKinds::isMandate(kind) == mandate) {
                    kinds.append(kind);
                }
            }
        }
        bool anyMissing = false;
        for (DocumentKind kind : kinds) {
            auto missing = service.check(*caseId, kind);
            if (!missing) {
                return ctx.fail(missing.error());
            }
            ctx.out << DocumentKinds::cliName(kind) << ": "
                    << (missing->isEmpty() ? DocumentCommands::tr("ready") : DocumentCommands::tr("missing data"))
                    << '\n';
            for (const MissingItem& item : *missing) {
                ctx.out << "  - " << item.message << '\n';
            }
            anyMissing |= !missing->isEmpty();
        }
        ctx.out.flush();
        if (anyMissing) {
            ctx.err << "saisine-cli: " << DocumentCommands::tr("some data is missing (listed above)") << Qt::endl;
            return ExitFailure;
        }
        return ExitSuccess;
    }

    if (!parser.isSet(kindOption)) {
        return ctx.fail(
            DocumentCommands::tr("%1 needs --kind (%2)").arg(command, cliNames(mandate).join(QStringLiteral(", "))));
    }
    const auto kind = DocumentKinds::fromCliName(parser.value(kindOption), mandate);
    if (!kind) {
        return ctx.fail(DocumentCommands::tr("unknown kind \"%1\" (%2)")
                            .arg(parser.value(kindOption), cliNames(mandate).join(QStringLiteral(", "))));
    }
    auto composed = service.compose(*caseId, *kind);
    if (!composed) {
        Error e = composed.error();
        // The missing items on one line, as the CLI promises.
        return ctx.fail(e);
    }
    auto pdf = DocumentService::pdf(*composed);
    if (!pdf) {
        return ctx.fail(pdf.error());
    }
    QSaveFile output(parser.value(outOption));
    if (!output.open(QIODevice::WriteOnly) || output.write(*pdf) != pdf->size() || !output.commit()) {
        return ctx.fail(DocumentCommands::tr("cannot write %1: %2").arg(parser.value(outOption), output.errorString()));
    }
    if (parser.isSet(registerOption)) {
        auto stored = service.finalise(*caseId, *composed, *pdf);
        if (!stored) {
            return ctx.fail(stored.error());
        }
        ctx.out << DocumentCommands::tr("Stored in the register as document %1 (SHA-256 %2)")
                       .arg(stored->id)
                       .arg(stored->sha256)
                << '\n';
    }
    return ExitSuccess;
}

int runLetter(CliContext& ctx)
{
    return runDocument(ctx, false);
}

int runMandate(CliContext& ctx)
{
    return runDocument(ctx, true);
}

// The association's logo on the letterhead: stored in the database, so every letter has it.
int runLetterhead(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption logoOption(QStringLiteral("logo"), DocumentCommands::tr("a PNG or JPEG image"),
                                        QStringLiteral("FILE"));
    const QCommandLineOption clearOption(QStringLiteral("clear"), DocumentCommands::tr("remove the logo"));
    parser.addOption(logoOption);
    parser.addOption(clearOption);
    if (!ctx.parse(parser)) {
        return ExitUsage;
    }
    if (parser.isSet(logoOption) == parser.isSet(clearOption)) {
        return ctx.fail(DocumentCommands::tr("letterhead needs --logo FILE or --clear"));
    }
    QByteArray image;
    if (parser.isSet(logoOption)) {
        QFile file(parser.value(logoOption));
        if (!file.open(QIODevice::ReadOnly)) {
            return ctx.fail(
                DocumentCommands::tr("cannot read %1: %2").arg(parser.value(logoOption), file.errorString()));
        }
        image = file.readAll();
    }
    auto db = ctx.openDatabase(Database::OpenMode::ExistingOnly);
    if (!db) {
        return ctx.fail(db.error());
    }
    if (Status s = TemplateStore(**db, ctx.clock).setLogo(image); !s) {
        return ctx.fail(s.error());
    }
    return ExitSuccess;
}

// The association's own wording: templates are edited as files and stored as new versions in the
// database, so an association adapts a letter without recompiling and keeps every version.
int runTemplate(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption listOption(QStringLiteral("list"), DocumentCommands::tr("list the templates in use"));
    const QCommandLineOption showOption(QStringLiteral("show"), DocumentCommands::tr("print a template"),
                                        QStringLiteral("NAME"));
    const QCommandLineOption setOption(QStringLiteral("set"), DocumentCommands::tr("store FILE as a new version"),
                                       QStringLiteral("NAME"));
    const QCommandLineOption fileOption(QStringLiteral("file"), DocumentCommands::tr("the template's new text"),
                                        QStringLiteral("FILE"));
    const QCommandLineOption resetOption(QStringLiteral("reset"), DocumentCommands::tr("go back to the built-in text"),
                                         QStringLiteral("NAME"));
    parser.addOptions({listOption, showOption, setOption, fileOption, resetOption});
    if (!ctx.parse(parser)) {
        return ExitUsage;
    }
    const int actions = int(parser.isSet(listOption)) + int(parser.isSet(showOption)) + int(parser.isSet(setOption))
        + int(parser.isSet(resetOption));
    if (actions != 1 || parser.isSet(setOption) != parser.isSet(fileOption)) {
        return ctx.fail(
            DocumentCommands::tr("template needs one of --list, --show NAME, --set NAME --file FILE, --reset NAME"));
    }
    QString body;
    if (parser.isSet(fileOption)) {
        QFile file(parser.value(fileOption));
        if (!file.open(QIODevice::ReadOnly)) {
            return ctx.fail(
                DocumentCommands::tr("cannot read %1: %2").arg(parser.value(fileOption), file.errorString()));
        }
        body = QString::fromUtf8(file.readAll());
    }
    auto db = ctx.openDatabase(Database::OpenMode::ExistingOnly);
    if (!db) {
        return ctx.fail(db.error());
    }
    TemplateStore store(**db, ctx.clock);
    if (parser.isSet(listOption)) {
        for (const QString& name : TemplateStore::builtInNames()) {
            auto current = store.current(name);
            if (!current) {
                return ctx.fail(current.error());
            }
            ctx.out << name << '\t' << current->versionLabel() << '\n';
        }
        ctx.out.flush();
        return ExitSuccess;
    }
    if (parser.isSet(showOption)) {
        auto current = store.current(parser.value(showOption));
        if (!current) {
            return ctx.fail(current.error());
        }
        ctx.out << current->body;
        ctx.out.flush();
        return ExitSuccess;
    }
    if (parser.isSet(resetOption)) {
        Status reset = store.resetToBuiltIn(parser.value(resetOption));
        return reset ? ExitSuccess : ctx.fail(reset.error());
    }
    auto saved = store.saveCustom(parser.value(setOption), body);
    if (!saved) {
        return ctx.fail(saved.error());
    }
    ctx.err << DocumentCommands::tr("saved %1 as %2").arg(saved->name, saved->versionLabel()) << Qt::endl;
    return ExitSuccess;
}

const RegisterCommand templateCommand(
    {"template", "template --list | --show NAME | --set NAME --file FILE | --reset NAME   the association's wording",
     runTemplate});
const RegisterCommand letterheadCommand({"letterhead",
                                         "letterhead --logo FILE | --clear   the association's logo on letters",
                                         runLetterhead, true});
const RegisterCommand letterCommand(
    {"letter",
     "letter --case ID|REF --kind KIND --out FILE.pdf [--date D] [--register] | --check  write a letter as PDF",
     runLetter, true});
const RegisterCommand mandateCommand(
    {"mandate", "mandate --case ID|REF --kind filing|representation --out FILE.pdf [--date D] [--register]", runMandate,
     true});

} // namespace

} // namespace saisine::cli
