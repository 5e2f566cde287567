#pragma once

#include <QCoreApplication>
#include <QString>

namespace saisine {

// What --version and the About box show, gathered in one place so both say the same.
struct BuildInfo
{
    Q_DECLARE_TR_FUNCTIONS(BuildInfo)

public:
    QString version; // Saisine's own version
    QString buildDate; // ISO date of the build
    QString qtVersion; // the Qt library in use at run time
    QString sqliteVersion; // the SQLite library behind Qt's driver; empty when unavailable
    QString licence;

    static BuildInfo current();
    // Several lines, translated: "Saisine 0.1.0 (built 2026-11-23)", "Qt 6.4.2, SQLite 3.40.1", ...
    QString describe() const;
};

} // namespace saisine
