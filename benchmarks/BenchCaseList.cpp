// The case list at federation scale (docs/performance.md), on the demo databases that
// scripts/benchmark.sh caches: opening the database as the application does (every page checked
// later, in the background) with the first page of the list, and one search keystroke (what the
// list model runs when the typing pause ends: count and first page). Budget at the largest size:
// one keystroke under 16 ms. The whole start of the application is BenchApp's.
#include "BenchSupport.h"
#include "common/Clock.h"
#include "shell/CaseListModel.h"
#include "store/Database.h"

#include <QApplication>
#include <QFileInfo>

using namespace saisine;
using namespace saisine::bench;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QList<int> all = sizes();
    if (all.isEmpty()) {
        return fail(QStringLiteral("no sizes to measure"));
    }
    const int largest = *std::max_element(all.begin(), all.end());
    const SystemClock clock;
    for (int cases : all) {
        const QString path = demoDatabase(cases);
        if (!QFileInfo::exists(path)) {
            return fail(QStringLiteral("missing %1 (run scripts/benchmark.sh)").arg(path));
        }
        const QList<double> open = measure(runs(3), [&] {
            auto db = Database::open(DatabaseLocation::file(path), Database::OpenMode::ExistingOnly,
                                     Database::IntegrityCheck::Deferred);
            if (!db) {
                return false;
            }
            CaseListModel model(**db, clock);
            return model.setQuery({}).ok() && model.rowCount() > 0;
        });
        report(QStringLiteral("open + first list page"), cases, open);

        auto db = Database::open(DatabaseLocation::file(path), Database::OpenMode::ExistingOnly);
        if (!db) {
            return fail(db.error().toLine());
        }
        CaseListModel model(**db, clock);
        // One, two and three letters of a name, and the year of the references (the matches all
        // at the end of the default order: the worst case of reading the list in its order).
        for (const char* typed : {"m", "ma", "mar", "2026"}) {
            CaseListQuery query;
            query.text = QString::fromLatin1(typed);
            const QList<double> keystroke = measure(runs(5), [&] { return model.setQuery(query).ok(); });
            report(QStringLiteral("search keystroke \"%1\"").arg(query.text), cases, keystroke,
                   cases == largest ? 16 : 0);
        }
    }
    return 0;
}
