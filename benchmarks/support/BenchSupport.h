#pragma once

#include <QDate>
#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <functional>

namespace saisine::bench {

// What every benchmark executable shares with scripts/benchmark.sh (docs/performance.md):
// - it reads its data from SAISINE_BENCH_DATA (demo-N.sqlite made by `saisine-cli demo --cases N
//   --seed 1 --as-of SAISINE_BENCH_AS_OF`), the sizes from SAISINE_BENCH_SIZES and may be told to
//   repeat each measure SAISINE_BENCH_RUNS times;
// - it prints one line per measure, "BENCH<TAB>operation<TAB>cases<TAB>median ms<TAB>budget ms
//   or -<TAB>runs<TAB>min ms<TAB>max ms", which the script gathers into one table (a memory
//   measure gives megabytes instead and a last column "MB"). Anything else it prints is kept in
//   the log.

// The folder of the cached demo databases; empty when SAISINE_BENCH_DATA is not set.
QString dataDir();
// dataDir()/demo-N.sqlite.
QString demoDatabase(int cases);
// The day the demo databases are set on: their procedures are spread around it, so the
// deadlines are computed as of that day.
QDate demoAsOf();
// Sizes to measure (default 1000, 10000, 100000).
QList<int> sizes();
// SAISINE_BENCH_RUNS when set, else `defaultRuns`.
int runs(int defaultRuns);

double median(QList<double> values);

// Runs `work` `count` times and returns the wall-clock time of each run in milliseconds;
// `prepare` (not timed) runs before each. Stops and returns an empty list when `work` fails.
QList<double> measure(int count, const std::function<bool()>& work, const std::function<void()>& prepare = {});

// Prints the BENCH line of one measure; budgetMs <= 0 means no budget.
void report(const QString& operation, int cases, const QList<double>& millis, double budgetMs = 0);

// The same for a memory measure, in megabytes (the line ends with a "MB" unit column).
void reportMegabytes(const QString& operation, int cases, const QList<double>& megabytes, double budgetMegabytes = 0);

// One line on stderr and a non-zero exit code for main().
int fail(const QString& message);

} // namespace saisine::bench
