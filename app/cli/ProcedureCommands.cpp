// saisine-cli commands of the procedure engine: routes (where to file, and why) and deadlines
// (what is due, in text, JSON or iCalendar). Every answer names its legal source.
#include "CliContext.h"
#include "procedure/DeadlinesIcs.h"
#include "procedure/LawTables.h"
#include "procedure/ProcedureJson.h"
#include "procedure/ProcedureService.h"
#include "store/Repositories.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <memory>

namespace saisine::cli {

namespace {

// The translation context of this file's messages (lupdate needs a class to find them).
struct ProcedureCommands
{
    Q_DECLARE_TR_FUNCTIONS(ProcedureCommands)
};

QCommandLineOption formatOption(const QString& formats)
{
    return QCommandLineOption(QStringLiteral("format"), ProcedureCommands::tr("output format: %1").arg(formats),
                              QStringLiteral("FORMAT"), QStringLiteral("text"));
}

// "R1110-11 CSP [to confirm]": the source, and the flags a caseworker must see.
QString sourceText(const law::LawSource& law, bool beforeInForce = false)
{
    QString text = law.source;
    if (law.needsConfirmation) {
        text += QLatin1Char(' ') + ProcedureCommands::tr("[to confirm]");
    }
    if (law.fromOverride) {
        text += QLatin1Char(' ') + ProcedureCommands::tr("[corrected by the association]");
    }
    if (beforeInForce) {
        text += QLatin1Char(' ') + ProcedureCommands::tr("[date before this rule took effect]");
    }
    return text;
}

void printRoutes(QTextStream& out, const CaseRoutesReport& report)
{
    out << ProcedureCommands::tr("Case %1").arg(report.caseReference) << '\n';
    out << ProcedureCommands::tr("Law read at %1 (%2)")
               .arg(report.referenceDate.toString(Qt::ISODate), CaseRoutes::basisLabel(report.basis))
        << '\n';
    if (report.deontology) {
        out << ProcedureCommands::tr("Deontology article: %1").arg(report.deontology->article) << " — "
            << sourceText(report.deontology->law, report.deontology->beforeInForce) << '\n';
    }
    if (!report.knownCases.isEmpty()) {
        out << ProcedureCommands::tr("Professional already known in %n other case(s):", nullptr,
                                     int(report.knownCases.size()))
            << '\n';
        for (const KnownCase& known : report.knownCases) {
            out << "  " << known.events.reference << " (" << RepeatOffence::matchLabel(known.match) << ")\n";
        }
    }
    if (report.repeatOffence.repeatOffence) {
        out << ProcedureCommands::tr("REPEAT OFFENCE: final sanction of %1 in case %2")
                   .arg(report.repeatOffence.sanctionDate.toString(Qt::ISODate), report.repeatOffence.caseReference)
            << " — " << sourceText(report.repeatOffence.law) << '\n';
    }
    for (const RouteAdvice& advice : report.routes) {
        out << '\n'
            << (advice.open ? ProcedureCommands::tr("[open]") : ProcedureCommands::tr("[closed]")) << ' '
            << labelOf(advice.route) << " — " << sourceText(advice.law, advice.lawBeforeInForce) << '\n';
        out << "  " << advice.why << '\n';
        for (const CompetentBody& body : advice.bodies) {
            out << "  -> " << body.name;
            if (!body.address.isEmpty()) {
                out << ", " << body.address;
            }
            out << " — " << sourceText(body.law, body.lawBeforeInForce) << '\n';
            out << "     " << body.why << '\n';
            if (!body.alternatives.isEmpty()) {
                out << "     "
                    << ProcedureCommands::tr("Other possible bodies: %1")
                           .arg(body.alternatives.join(QStringLiteral(", ")))
                    << '\n';
            }
        }
        for (const QString& note : advice.notes) {
            out << "  " << ProcedureCommands::tr("Note: %1").arg(note) << '\n';
        }
    }
}

int runRoutes(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption caseOption(QStringLiteral("case"), ProcedureCommands::tr("the case, by id or reference"),
                                        QStringLiteral("ID|REFERENCE"));
    const QCommandLineOption format = formatOption(QStringLiteral("text, json"));
    parser.addOption(caseOption);
    parser.addOption(format);
    parser.addOption(CliContext::lawOption());
    if (!ctx.parse(parser)) {
        return ExitUsage;
    }
    if (!parser.isSet(caseOption)) {
        return ctx.fail(ProcedureCommands::tr("routes needs --case ID or --case REFERENCE"));
    }
    const QString formatName = parser.value(format);
    if (formatName != QLatin1StringView("text") && formatName != QLatin1StringView("json")) {
        return ctx.fail(ProcedureCommands::tr("unknown format \"%1\" (text or json)").arg(formatName));
    }
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
    const ProcedureService service(**db, *law, ctx.clock);
    const auto report = service.routesForCase(*caseId);
    if (!report) {
        return ctx.fail(report.error());
    }
    if (formatName == QLatin1StringView("json")) {
        ctx.out << QString::fromUtf8(QJsonDocument(ProcedureJson::routes(*report)).toJson(QJsonDocument::Indented));
    } else {
        printRoutes(ctx.out, *report);
    }
    ctx.out.flush();
    return ExitSuccess;
}

void printDeadlines(QTextStream& out, const QList<ProcedureFollowUp>& followUps, const QDate& asOf)
{
    out << ProcedureCommands::tr("Deadlines as of %1").arg(asOf.toString(Qt::ISODate)) << '\n';
    if (followUps.isEmpty()) {
        out << ProcedureCommands::tr("No open procedure.") << '\n';
    }
    for (const ProcedureFollowUp& followUp : followUps) {
        const ProcedureDeadlines& d = followUp.deadlines;
        out << '\n' << ProcedureCommands::tr("Case %1 — %2").arg(d.caseReference, labelOf(d.route));
        if (!followUp.procedure.authorityName.isEmpty()) {
            out << " (" << followUp.procedure.authorityName << ')';
        }
        out << '\n';
        if (d.receipt.isValid()) {
            out << "  " << ProcedureCommands::tr("Received: %1").arg(d.receipt.toString(Qt::ISODate)) << '\n';
        }
        if (d.outcome != ConciliationOutcome::Pending) {
            out << "  " << ProcedureCommands::tr("Outcome: %1").arg(ConciliationDeadlines::outcomeLabel(d.outcome));
            if (d.outcomeDate) {
                out << " (" << d.outcomeDate->toString(Qt::ISODate) << ')';
            }
            out << '\n';
        }
        if (followUp.repeatOffence.repeatOffence) {
            out << "  "
                << ProcedureCommands::tr("Repeat offence: final sanction of %1 in case %2")
                       .arg(followUp.repeatOffence.sanctionDate.toString(Qt::ISODate),
                            followUp.repeatOffence.caseReference)
                << " — " << sourceText(followUp.repeatOffence.law) << '\n';
        }
        for (const Deadline& deadline : d.deadlines) {
            out << "  " << (deadline.due.isValid() ? deadline.due.toString(Qt::ISODate) : QStringLiteral("----------"))
                << "  " << ConciliationDeadlines::statusLabel(deadline.status).leftJustified(24) << ' '
                << deadline.label();
            if (deadline.metOn) {
                out << ' ' << ProcedureCommands::tr("(done %1)").arg(deadline.metOn->toString(Qt::ISODate));
            }
            out << " — " << sourceText(deadline.law, deadline.lawBeforeInForce) << '\n';
            if (deadline.flags.holiday) {
                out << "              "
                    << ProcedureCommands::tr("public holiday (%1); next working day %2; the legal date is kept")
                           .arg(deadline.flags.holiday->label, deadline.flags.nextWorkingDay.toString(Qt::ISODate))
                    << '\n';
            } else if (deadline.flags.weekend) {
                out << "              "
                    << ProcedureCommands::tr("weekend; next working day %1; the legal date is kept")
                           .arg(deadline.flags.nextWorkingDay.toString(Qt::ISODate))
                    << '\n';
            }
        }
        if (d.carence.applies) {
            out << "  "
                << ProcedureCommands::tr("Carence of the ordre since %1").arg(d.carence.since.toString(Qt::ISODate))
                << " — " << sourceText(d.carence.law) << '\n';
        }
        for (const NextAction& action : followUp.actions) {
            out << "  "
                << ProcedureCommands::tr("TO DO since %1: %2").arg(action.dueSince.toString(Qt::ISODate), action.text);
            if (!action.law.source.isEmpty()) {
                out << " — " << sourceText(action.law);
            }
            out << '\n';
        }
        for (const QString& note : d.notes) {
            out << "  " << ProcedureCommands::tr("Note: %1").arg(note) << '\n';
        }
    }
}

int runDeadlines(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption asOfOption(QStringLiteral("as-of"), ProcedureCommands::tr("compute as if today were DATE"),
                                        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption windowOption(
        QStringLiteral("due-soon-days"),
        ProcedureCommands::tr("days before a deadline when it counts as due soon (default 7)"), QStringLiteral("N"),
        QStringLiteral("7"));
    const QCommandLineOption format = formatOption(QStringLiteral("text, json, ics"));
    parser.addOption(asOfOption);
    parser.addOption(windowOption);
    parser.addOption(format);
    parser.addOption(CliContext::lawOption());
    if (!ctx.parse(parser)) {
        return ExitUsage;
    }
    const QString formatName = parser.value(format);
    if (formatName != QLatin1StringView("text") && formatName != QLatin1StringView("json")
        && formatName != QLatin1StringView("ics")) {
        return ctx.fail(ProcedureCommands::tr("unknown format \"%1\" (text, json or ics)").arg(formatName));
    }
    bool windowOk = false;
    const int window = parser.value(windowOption).toInt(&windowOk);
    if (!windowOk || window < 0 || window > 365) {
        return ctx.fail(ProcedureCommands::tr("--due-soon-days needs a number of days between 0 and 365"));
    }
    std::unique_ptr<FixedClock> asOfClock;
    if (parser.isSet(asOfOption)) {
        const QDate asOf = QDate::fromString(parser.value(asOfOption), Qt::ISODate);
        if (!asOf.isValid()) {
            return ctx.fail(ProcedureCommands::tr("--as-of needs a date written YYYY-MM-DD"));
        }
        asOfClock = std::make_unique<FixedClock>(QDateTime(asOf, QTime(12, 0), Qt::UTC));
    }
    const Clock& clock = asOfClock ? static_cast<const Clock&>(*asOfClock) : ctx.clock;

    auto law = ctx.loadLaw(parser);
    if (!law) {
        return ctx.fail(law.error());
    }
    auto db = ctx.openDatabase(Database::OpenMode::ExistingOnly);
    if (!db) {
        return ctx.fail(db.error());
    }
    const ProcedureService service(**db, *law, clock, DeadlineOptions {window});
    const auto followUps = service.openProcedures();
    if (!followUps) {
        return ctx.fail(followUps.error());
    }
    if (formatName == QLatin1StringView("json")) {
        ctx.out << QString::fromUtf8(
            QJsonDocument(ProcedureJson::deadlines(*followUps, clock.today(), window)).toJson(QJsonDocument::Indented));
    } else if (formatName == QLatin1StringView("ics")) {
        QList<ProcedureDeadlines> procedures;
        for (const auto& followUp : *followUps) {
            procedures.append(followUp.deadlines);
        }
        const auto ics = DeadlinesIcs::write(procedures, clock, window);
        if (!ics) {
            return ctx.fail(ics.error());
        }
        ctx.out << QString::fromUtf8(*ics);
    } else {
        printDeadlines(ctx.out, *followUps, clock.today());
    }
    ctx.out.flush();
    return ExitSuccess;
}

const RegisterCommand routesCommand({"routes", "routes --case ID|REFERENCE [--format text|json] [--law FILE]",
                                     runRoutes});
const RegisterCommand deadlinesCommand(
    {"deadlines", "deadlines [--as-of YYYY-MM-DD] [--format text|json|ics] [--due-soon-days N] [--law FILE]",
     runDeadlines});

} // namespace

} // namespace saisine::cli
