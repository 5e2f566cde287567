// Times the letters: composing and rendering one letter in process, the whole process as a
// caseworker's script sees it (saisine-cli letter: start, open the database, load the case, write
// the PDF), and a batch of 1,000 letters. Optionally, LibreOffice converting the same letter
// (as HTML) to PDF, for comparison. Prints one line per measure; method in docs/performance.md.
//
// Usage: BenchLetters [--soffice]
#include "BenchSupport.h"
#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "documents/DocumentService.h"
#include "documents/PdfRenderer.h"
#include "procedure/LawTables.h"
#include "store/Database.h"
#include "store/Repositories.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextDocument>

#include <algorithm>
#include <cstdio>

using namespace saisine;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

void report(const char* what, const QList<double>& ms)
{
    std::printf("%-48s median %8.1f ms   min %8.1f ms   max %8.1f ms   (n=%lld)\n", what, median(ms),
                *std::min_element(ms.begin(), ms.end()), *std::max_element(ms.begin(), ms.end()),
                static_cast<long long>(ms.size()));
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    const bool soffice = app.arguments().contains(QStringLiteral("--soffice"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    const QDate asOf(2026, 3, 15);
    FixedClock clock(asOf);
    {
        auto db = Database::open(DatabaseLocation::file(path));
        if (!db || !DemoGenerator::generate(**db, {50, 1, asOf})) {
            std::fprintf(stderr, "cannot create the demo database\n");
            return 1;
        }
    }
    auto db = Database::open(DatabaseLocation::file(path));
    auto law = law::LawTables::builtIn();
    if (!db || !law) {
        return 1;
    }
    DocumentService service(**db, *law, clock);
    // The letter to the Défenseur des droits: its address is built in, so every demo case has
    // what it needs (the other letters wait for the association's directory).
    QList<qint64> ready;
    const QList<qint64> ids = CaseRepository(**db, clock).allIds().value();
    for (qint64 id : ids) {
        auto missing = service.check(id, DocumentKind::DefenseurDesDroits);
        if (missing && missing->isEmpty()) {
            ready.append(id);
        }
    }
    if (ready.isEmpty()) {
        std::fprintf(stderr, "no demo case is ready for a letter\n");
        return 1;
    }
    std::printf("%lld demo cases ready for the letter to the Défenseur des droits\n",
                static_cast<long long>(ready.size()));

    // Warm-up: fonts and resources are loaded once per process.
    (void)service.generate(ready.front(), DocumentKind::DefenseurDesDroits);

    QList<double> compose;
    QList<double> render;
    QList<double> one;
    for (int i = 0; i < 50; ++i) {
        const qint64 id = ready.at(i % ready.size());
        QElapsedTimer timer;
        timer.start();
        auto composed = service.compose(id, DocumentKind::DefenseurDesDroits);
        const double composeMs = timer.nsecsElapsed() / 1e6;
        auto pdf = DocumentService::pdf(*composed);
        const double totalMs = timer.nsecsElapsed() / 1e6;
        if (!pdf) {
            return 1;
        }
        compose.append(composeMs);
        render.append(totalMs - composeMs);
        one.append(totalMs);
    }
    // Where the rendering time goes: parsing the HTML, then layout, painting and PDF writing.
    QList<double> parse;
    QList<double> paint;
    {
        auto composed = service.compose(ready.front(), DocumentKind::DefenseurDesDroits);
        for (int i = 0; i < 30; ++i) {
            QElapsedTimer timer;
            timer.start();
            auto doc = PdfRenderer::textDocument(*composed);
            parse.append(timer.nsecsElapsed() / 1e6);
            timer.restart();
            (void)PdfRenderer::toPdf(*doc, {composed->title, composed->author});
            paint.append(timer.nsecsElapsed() / 1e6);
        }
    }
    // For profiling the layout outside Saisine: SAISINE_BENCH_HTML=FILE keeps the letter's HTML.
    if (const QString keep = qEnvironmentVariable("SAISINE_BENCH_HTML"); !keep.isEmpty()) {
        QFile file(keep);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(service.compose(ready.front(), DocumentKind::DefenseurDesDroits)->html.toUtf8());
        }
    }
    report("  of which HTML -> QTextDocument", parse);
    report("  of which layout + paint + PDF", paint);
    report("in process: load case + compose", compose);
    report("in process: layout + PDF", render);
    report("in process: one letter (load -> PDF bytes)", one);

    QList<double> cli;
    const QString out = dir.filePath(QStringLiteral("cli.pdf"));
    for (int i = 0; i < 15; ++i) {
        QProcess process;
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(SAISINE_CLI_PATH),
                      {QStringLiteral("--db"), path, QStringLiteral("letter"), QStringLiteral("--case"),
                       QString::number(ready.at(i % ready.size())), QStringLiteral("--kind"), QStringLiteral("ddd"),
                       QStringLiteral("--date"), QStringLiteral("2026-03-15"), QStringLiteral("--out"), out});
        process.waitForFinished(60000);
        if (process.exitCode() != 0) {
            std::fprintf(stderr, "saisine-cli failed: %s\n", process.readAllStandardError().constData());
            return 1;
        }
        cli.append(timer.nsecsElapsed() / 1e6);
    }
    report("whole process: saisine-cli letter -> file", cli);
    bench::report(QStringLiteral("one letter, whole process"), 1, cli, 75);

    const QString batchDir = dir.filePath(QStringLiteral("batch"));
    QDir().mkpath(batchDir);
    QList<qint64> thousand;
    for (int i = 0; i < 1000; ++i) {
        thousand.append(ready.at(i % ready.size()));
    }
    {
        QElapsedTimer batch;
        batch.start();
        for (int i = 0; i < 1000; ++i) {
            auto pdf = service.generate(thousand.at(i), DocumentKind::DefenseurDesDroits);
            QFile file(batchDir + QStringLiteral("/%1.pdf").arg(i));
            if (!pdf || !file.open(QIODevice::WriteOnly) || file.write(*pdf) != pdf->size()) {
                return 1;
            }
        }
        std::printf("%-48s total %8.1f ms\n", "batch: 1,000 letters to files", batch.nsecsElapsed() / 1e6);
        bench::report(QStringLiteral("1,000 letters"), 1000, {batch.nsecsElapsed() / 1e6}, 10000);
    }
    if (soffice) {
        // The same letter as HTML, converted by LibreOffice: a fresh process each time, as a
        // script calling it would.
        auto composed = service.compose(ready.front(), DocumentKind::DefenseurDesDroits);
        const QString html = dir.filePath(QStringLiteral("letter.html"));
        QFile file(html);
        if (!file.open(QIODevice::WriteOnly)) {
            return 1;
        }
        file.write(composed->html.toUtf8());
        file.close();
        QList<double> lo;
        for (int i = 0; i < 5; ++i) {
            QProcess process;
            QElapsedTimer timer;
            timer.start();
            process.start(QStringLiteral("soffice"),
                          {QStringLiteral("--headless"),
                           QStringLiteral("-env:UserInstallation=file://") + dir.path() + QStringLiteral("/lo-profile"),
                           QStringLiteral("--convert-to"), QStringLiteral("pdf"), QStringLiteral("--outdir"),
                           dir.filePath(QStringLiteral("lo")), html});
            if (!process.waitForFinished(180000) || process.exitCode() != 0) {
                std::fprintf(stderr, "soffice failed or is not installed\n");
                return 1;
            }
            lo.append(timer.nsecsElapsed() / 1e6);
        }
        report("soffice --headless --convert-to pdf (HTML)", lo);
        bench::report(QStringLiteral("soffice, one letter"), 1, lo);
    }
    return 0;
}
