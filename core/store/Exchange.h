#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace saisine {

class Clock;
class Database;

// The JSON exchange format (docs/exchange-format.md): a whole database in one UTF-8 file, to
// move cases between a permanence laptop and the office, or to keep a readable backup.
// Export is deterministic (sorted records, sorted keys), so export -> import -> export gives
// the same bytes. Import is all-or-nothing and names the record and field at fault.
class Exchange final
{
    Q_DECLARE_TR_FUNCTIONS(Exchange)

public:
    static constexpr int formatVersion = 1;
    static constexpr const char* formatName = "saisine-exchange";

    struct ImportSummary
    {
        int persons = 0;
        int professionals = 0;
        int cases = 0;
    };

    Exchange(Database& db, const Clock& clock);

    Result<QByteArray> exportAll() const;
    Result<ImportSummary> importJson(const QByteArray& json);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace saisine
