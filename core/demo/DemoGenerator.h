#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace saisine {

class Database;

// Fills a database with realistic, entirely fictional French cases: every profession, form of
// refusal and ground, and procedures at every stage around `asOf`. The same seed and the same
// `asOf` give the same data, byte for byte, on every machine.
struct DemoOptions
{
    int cases = 50;
    quint32 seed = 1;
    QDate asOf; // "today" for the demo: procedures are spread around it
};

struct DemoSummary
{
    int persons = 0;
    int professionals = 0;
    int cases = 0;
    int procedures = 0;
};

class DemoGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    // All-or-nothing: one transaction.
    static Result<DemoSummary> generate(Database& db, const DemoOptions& options);
};

} // namespace saisine
