// The store at association and federation scale: demo generation, opening an existing file,
// export and import, and the deadlines dashboard, at 1,000 / 10,000 / 100,000 cases. Budgets
// are those of issue 7 (2-core machine, release build); docs/performance.md has the figures.
//
// Usage: BenchStore [demo] [open] [exchange] [dashboard]   (all when none is named)
// Reads SAISINE_BENCH_DATA etc. (benchmarks/support/BenchSupport.h); run it through
// scripts/benchmark.sh, which makes the demo databases first.
#include "BenchSupport.h"
#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "procedure/LawTables.h"
#include "procedure/ProcedureService.h"
#include "store/Database.h"
#include "store/Exchange.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <utility>

using namespace saisine;
using namespace saisine::bench;

namespace {

constexpr int largest = 100000;

void removeDatabase(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        QFile::remove(path + QLatin1String(suffix));
    }
}

QString note(const QString& text)
{
    QTextStream(stdout) << text << Qt::endl;
    return text;
}

// Demo generation into a new file, as `saisine-cli demo` does it: create, generate, close (the
// close includes the final WAL checkpoint).
bool benchDemo(const QString& scratch)
{
    const QString path = QDir(scratch).filePath(QStringLiteral("demo.sqlite"));
    for (int cases : sizes()) {
        DemoSummary summary;
        const auto millis = measure(
            runs(cases >= largest ? 3 : 5),
            [&]() {
                auto db = Database::open(DatabaseLocation::file(path));
                if (!db) {
                    note(QStringLiteral("demo: ") + db.error().toLine());
                    return false;
                }
                DemoOptions options;
                options.cases = cases;
                options.seed = 1;
                options.asOf = demoAsOf();
                auto generated = DemoGenerator::generate(**db, options);
                if (!generated) {
                    note(QStringLiteral("demo: ") + generated.error().toLine());
                    return false;
                }
                summary = *generated;
                return true;
            },
            [&]() { removeDatabase(path); });
        if (millis.isEmpty()) {
            return false;
        }
        note(QStringLiteral("demo %1: %2 persons, %3 professionals, %4 procedures")
                 .arg(cases)
                 .arg(summary.persons)
                 .arg(summary.professionals)
                 .arg(summary.procedures));
        report(QStringLiteral("demo generation"), cases, millis, cases == largest ? 60000 : 0);
    }
    removeDatabase(path);
    return true;
}

// Opening an existing database, both ways (Database::IntegrityCheck): as the commands do
// (header, read-only quick_check of every page, schema version, pragmas, migration check) and as
// the application does (the same without the quick_check, which it runs in the background). The
// file is in the OS cache after the first run, as on a PC that just saved it; the first run is
// left out for that reason. The application's whole start is BenchApp's.
bool benchOpen(int cases)
{
    const QString path = demoDatabase(cases);
    for (const auto& [integrity, operation] :
         {std::pair {Database::IntegrityCheck::BeforeOpening, QStringLiteral("database open, every page checked")},
          std::pair {Database::IntegrityCheck::Deferred, QStringLiteral("database open, check deferred")}}) {
        auto open = [&, integrity = integrity]() {
            auto db = Database::open(DatabaseLocation::file(path), Database::OpenMode::ExistingOnly, integrity);
            if (!db) {
                note(QStringLiteral("open: ") + db.error().toLine());
            }
            return bool(db);
        };
        if (!open()) {
            return false;
        }
        const auto millis = measure(runs(10), open);
        report(operation, cases, millis);
        if (millis.isEmpty()) {
            return false;
        }
    }
    return true;
}

// Export of a whole database, then import of that file into a new database (created, filled
// in one transaction, closed), as `saisine-cli export` and `import` do.
bool benchExchange(int cases, const QString& scratch)
{
    const FixedClock clock(demoAsOf());
    QByteArray json;
    {
        auto db = Database::open(DatabaseLocation::file(demoDatabase(cases)), Database::OpenMode::ExistingOnly);
        if (!db) {
            note(QStringLiteral("export: ") + db.error().toLine());
            return false;
        }
        const auto millis = measure(runs(3), [&]() {
            auto exported = Exchange(**db, clock).exportAll();
            if (!exported) {
                note(QStringLiteral("export: ") + exported.error().toLine());
                return false;
            }
            json = *exported;
            return true;
        });
        if (millis.isEmpty()) {
            return false;
        }
        note(QStringLiteral("export %1: %2 MB of JSON").arg(cases).arg(double(json.size()) / 1e6, 0, 'f', 1));
        report(QStringLiteral("export"), cases, millis);
    }
    const QString path = QDir(scratch).filePath(QStringLiteral("import.sqlite"));
    const auto millis = measure(
        runs(3),
        [&]() {
            auto db = Database::open(DatabaseLocation::file(path));
            if (!db) {
                note(QStringLiteral("import: ") + db.error().toLine());
                return false;
            }
            auto imported = Exchange(**db, clock).importJson(json);
            if (!imported) {
                note(QStringLiteral("import: ") + imported.error().toLine());
                return false;
            }
            return true;
        },
        [&]() { removeDatabase(path); });
    removeDatabase(path);
    report(QStringLiteral("import"), cases, millis, cases == largest ? 20000 : 0);
    return !millis.isEmpty();
}

// The deadlines dashboard: every open procedure with its deadlines, next actions and the
// repeat-offence finding. The database is open and the law tables loaded, as in the running
// application; the first computation warms the statement cache and is left out.
bool benchDashboard(int cases)
{
    auto db = Database::open(DatabaseLocation::file(demoDatabase(cases)), Database::OpenMode::ExistingOnly);
    if (!db) {
        note(QStringLiteral("dashboard: ") + db.error().toLine());
        return false;
    }
    auto tables = law::LawTables::builtIn();
    if (!tables) {
        note(QStringLiteral("dashboard: ") + tables.error().toLine());
        return false;
    }
    const FixedClock clock(demoAsOf());
    const ProcedureService service(**db, *tables, clock);
    qsizetype count = 0;
    auto compute = [&]() {
        auto followUps = service.openProcedures();
        if (!followUps) {
            note(QStringLiteral("dashboard: ") + followUps.error().toLine());
            return false;
        }
        count = followUps->size();
        return true;
    };
    if (!compute()) {
        return false;
    }
    const auto millis = measure(runs(cases >= largest ? 5 : 10), compute);
    note(QStringLiteral("dashboard %1: %2 open procedures").arg(cases).arg(count));
    report(QStringLiteral("deadlines dashboard"), cases, millis, cases == largest ? 100 : 0);
    return !millis.isEmpty();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList wanted = app.arguments().mid(1);
    const QStringList known {QStringLiteral("demo"), QStringLiteral("open"), QStringLiteral("exchange"),
                             QStringLiteral("dashboard")};
    for (const QString& name : std::as_const(wanted)) {
        if (!known.contains(name)) {
            return fail(QStringLiteral("BenchStore: unknown benchmark %1 (known: %2)").arg(name, known.join(u' ')));
        }
    }
    if (wanted.isEmpty()) {
        wanted = known;
    }
    if (dataDir().isEmpty() || !QFileInfo(dataDir()).isDir()) {
        return fail(QStringLiteral("BenchStore: set SAISINE_BENCH_DATA to the folder of the demo databases "
                                   "(scripts/benchmark.sh does)"));
    }
    // Scratch files next to the data, on the same disk as a real database, not in a RAM /tmp.
    QTemporaryDir scratch(QDir(dataDir()).filePath(QStringLiteral("scratch-XXXXXX")));
    if (!scratch.isValid()) {
        return fail(QStringLiteral("BenchStore: no scratch folder in %1").arg(dataDir()));
    }

    bool ok = true;
    if (wanted.contains(QLatin1String("demo"))) {
        ok = benchDemo(scratch.path()) && ok;
    }
    // At every size, so that docs/performance.md can say how each grows.
    if (wanted.contains(QLatin1String("open"))) {
        for (int cases : sizes()) {
            ok = benchOpen(cases) && ok;
        }
    }
    if (wanted.contains(QLatin1String("exchange"))) {
        for (int cases : sizes()) {
            ok = benchExchange(cases, scratch.path()) && ok;
        }
    }
    if (wanted.contains(QLatin1String("dashboard"))) {
        for (int cases : sizes()) {
            ok = benchDashboard(cases) && ok;
        }
    }
    return ok ? 0 : 1;
}
