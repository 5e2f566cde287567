#include "BenchSupport.h"

#include <QDir>
#include <QTextStream>

#include <algorithm>

namespace saisine::bench {

QString dataDir()
{
    return qEnvironmentVariable("SAISINE_BENCH_DATA");
}

QString demoDatabase(int cases)
{
    return QDir(dataDir()).filePath(QStringLiteral("demo-%1.sqlite").arg(cases));
}

QDate demoAsOf()
{
    const QDate fromEnvironment = QDate::fromString(qEnvironmentVariable("SAISINE_BENCH_AS_OF"), Qt::ISODate);
    // A fixed day rather than today, so that two runs a month apart measure the same data.
    return fromEnvironment.isValid() ? fromEnvironment : QDate(2026, 3, 15);
}

QList<int> sizes()
{
    QList<int> result;
    const QStringList parts = qEnvironmentVariable("SAISINE_BENCH_SIZES").split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        bool ok = false;
        const int size = part.trimmed().toInt(&ok);
        if (ok && size > 0) {
            result.append(size);
        }
    }
    return result.isEmpty() ? QList<int> {1000, 10000, 100000} : result;
}

int runs(int defaultRuns)
{
    bool ok = false;
    const int fromEnvironment = qEnvironmentVariableIntValue("SAISINE_BENCH_RUNS", &ok);
    return ok && fromEnvironment > 0 ? fromEnvironment : defaultRuns;
}

double median(QList<double> values)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 == 1 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

QList<double> measure(int count, const std::function<bool()>& work, const std::function<void()>& prepare)
{
    QList<double> millis;
    for (int i = 0; i < count; ++i) {
        if (prepare) {
            prepare();
        }
        QElapsedTimer timer;
        timer.start();
        if (!work()) {
            return {};
        }
        millis.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return millis;
}

namespace {

void reportLine(const QString& operation, int cases, const QList<double>& values, double budget, const char* unit)
{
    QTextStream out(stdout);
    const auto [low, high] = std::minmax_element(values.begin(), values.end());
    out << "BENCH\t" << operation << '\t' << cases << '\t' << QString::number(median(values), 'f', 1) << '\t'
        << (budget > 0 ? QString::number(budget, 'f', 0) : QStringLiteral("-")) << '\t' << values.size() << '\t'
        << QString::number(values.isEmpty() ? 0 : *low, 'f', 1) << '\t'
        << QString::number(values.isEmpty() ? 0 : *high, 'f', 1);
    if (unit) {
        out << '\t' << unit;
    }
    out << Qt::endl;
}

} // namespace

void report(const QString& operation, int cases, const QList<double>& millis, double budgetMs)
{
    reportLine(operation, cases, millis, budgetMs, nullptr);
}

void reportMegabytes(const QString& operation, int cases, const QList<double>& megabytes, double budgetMegabytes)
{
    reportLine(operation, cases, megabytes, budgetMegabytes, "MB");
}

int fail(const QString& message)
{
    QTextStream(stderr) << message << Qt::endl;
    return 1;
}

} // namespace saisine::bench
