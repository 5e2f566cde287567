#pragma once

#include "common/Result.h"
#include "model/Case.h"
#include "model/Person.h"
#include "model/Professional.h"

#include <QCoreApplication>
#include <QList>

namespace saisine {

class Clock;
class Database;

// What an intake gathers: a new person, a professional (new when its id is 0, otherwise an
// existing record chosen from the association's list), the case, and the clues at hand.
struct IntakeRecord
{
    Person person;
    Professional professional;
    Case caseFile; // personId and professionalIds are filled in by createCase
};

// A case with everything the case file shows and edits.
struct CaseFileRecord
{
    Case caseFile; // with its parts (evidence, procedures, mandates)
    Person person;
    QList<Professional> professionals; // in the order of caseFile.professionalIds
};

// Writes what a caseworker entered on a screen in one transaction, so that an error never
// leaves half a case in the database (DESIGN.md, "never half-writes").
class CaseworkService final
{
    Q_DECLARE_TR_FUNCTIONS(CaseworkService)

public:
    CaseworkService(Database& db, const Clock& clock);

    // Stores the person, the professional when new, the case and its evidence. On success the
    // ids, uids and the case reference are filled in; on error `intake` is left as it was.
    Status createCase(IntakeRecord& intake);

    Result<CaseFileRecord> load(qint64 caseId) const;

    // Stores the edits of `edited` against `stored` (what load() returned): the person, the
    // professionals, the case, and the evidence, procedures and mandates added, changed or
    // removed. On success `edited` is reloaded from the database (new ids filled in).
    Status save(CaseFileRecord& edited, const CaseFileRecord& stored);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace saisine
