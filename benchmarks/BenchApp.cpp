// The application as a caseworker starts it on a large database (`saisine --db FILE`): the time
// from launching the process to its window drawn with the case list ("app ready"), to the
// deadlines shown on the dashboard, and the peak memory of the process (its largest resident set
// size, as the kernel counts it). The application's hidden --quit-after-start option prints a
// line at each stage and quits (app/gui/main.cpp).
//
// Each size runs on a copy of the demo database, started once before the measured runs: the
// first start stores each case's next deadline in the case list, as it does at an association
// after the first day, and the measured starts are the everyday ones.

#include "BenchSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <cerrno>
#include <optional>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

using namespace saisine::bench;

namespace {

struct Start
{
    double windowMs = 0; // "startup: window" read
    double deadlinesMs = 0; // "startup: deadlines" read
    double peakMegabytes = 0;
};

// Runs the application once on `database`; nothing when it fails.
std::optional<Start> startOnce(const QString& database)
{
    int out[2];
    if (pipe(out) != 0) {
        return std::nullopt;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, out[0]);
    const QByteArray program = QByteArrayLiteral(SAISINE_APP_PATH);
    const QByteArray dbArgument = QFile::encodeName(database);
    char* argv[] = {const_cast<char*>(program.constData()), const_cast<char*>("--db"),
                    const_cast<char*>(dbArgument.constData()), const_cast<char*>("--quit-after-start"), nullptr};

    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, program.constData(), &actions, nullptr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    close(out[1]);
    if (spawned != 0) {
        close(out[0]);
        return std::nullopt;
    }

    Start start;
    QByteArray pending;
    char buffer[4096];
    for (;;) {
        const ssize_t got = read(out[0], buffer, sizeof buffer);
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got <= 0) {
            break;
        }
        const double now = double(timer.nsecsElapsed()) / 1e6;
        pending.append(buffer, got);
        qsizetype end = 0;
        while ((end = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(end).trimmed();
            pending.remove(0, end + 1);
            if (line == "startup: window") {
                start.windowMs = now;
            } else if (line == "startup: deadlines") {
                start.deadlinesMs = now;
            }
        }
    }
    close(out[0]);
    int status = 0;
    rusage usage {};
    if (wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        return std::nullopt;
    }
    if (start.windowMs <= 0 || start.deadlinesMs <= 0) {
        return std::nullopt;
    }
    start.peakMegabytes = double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
    return start;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (dataDir().isEmpty() || !QFileInfo(dataDir()).isDir()) {
        return fail(QStringLiteral("BenchApp: set SAISINE_BENCH_DATA to the folder of the demo databases "
                                   "(scripts/benchmark.sh does)"));
    }
    QTemporaryDir scratch(QDir(dataDir()).filePath(QStringLiteral("scratch-XXXXXX")));
    if (!scratch.isValid()) {
        return fail(QStringLiteral("BenchApp: no scratch folder in %1").arg(dataDir()));
    }
    // The application's settings (window geometry, last view) go to the scratch folder, never to
    // the user's, and every run starts on the dashboard.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(scratch.filePath(QStringLiteral("config"))));
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }

    const int largest = sizes().last();
    for (const int cases : sizes()) {
        const QString copy = scratch.filePath(QStringLiteral("app-%1.sqlite").arg(cases));
        if (!QFile::copy(demoDatabase(cases), copy)) {
            return fail(QStringLiteral("BenchApp: cannot copy %1 to %2").arg(demoDatabase(cases), copy));
        }
        if (!startOnce(copy)) {
            return fail(QStringLiteral("BenchApp: %1 did not start on %2").arg(QStringLiteral(SAISINE_APP_PATH), copy));
        }
        QList<double> window;
        QList<double> deadlines;
        QList<double> memory;
        for (int run = 0; run < runs(5); ++run) {
            const auto start = startOnce(copy);
            if (!start) {
                return fail(QStringLiteral("BenchApp: a start on %1 failed").arg(copy));
            }
            window.append(start->windowMs);
            deadlines.append(start->deadlinesMs);
            memory.append(start->peakMegabytes);
        }
        const bool budgeted = cases == largest;
        report(QStringLiteral("app ready (window drawn)"), cases, window, budgeted ? 1000 : 0);
        report(QStringLiteral("app: deadlines shown"), cases, deadlines);
        reportMegabytes(QStringLiteral("app peak memory"), cases, memory, budgeted ? 200 : 0);
        QFile::remove(copy);
        QFile::remove(copy + QStringLiteral("-wal"));
        QFile::remove(copy + QStringLiteral("-shm"));
    }
    return 0;
}
