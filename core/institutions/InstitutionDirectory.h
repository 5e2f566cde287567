#pragma once

#include "Institution.h"
#include "common/Result.h"
#include "procedure/CompetentAuthority.h"

#include <QCoreApplication>
#include <QList>

namespace saisine {

class Clock;
class Database;

// The institutions directory: the built-in entries (resources/institutions/builtin.json) with
// the association's entries and corrections stored in the database on top. Every write runs in
// a transaction.
class InstitutionDirectory final
{
    Q_DECLARE_TR_FUNCTIONS(InstitutionDirectory)

public:
    InstitutionDirectory(Database& db, const Clock& clock);

    static Result<QList<Institution>> builtIn();

    // Built-in entries not corrected, then the stored ones; sorted by kind, then name.
    Result<QList<Institution>> all() const;
    // Only the rows stored in the database (what the exchange file carries).
    Result<QList<Institution>> stored() const;
    Result<Institution> get(const QString& uid) const;

    // Inserts, or updates the row with the same uid (a corrected built-in entry gets a row).
    // An import keeps the file's updatedAt, so export -> import -> export gives the same bytes.
    Status save(Institution& institution, bool keepTimestamp = false);
    // Removes a stored row; a built-in entry comes back as it was built in.
    Status remove(const QString& uid);

    // The directory entry for a body the procedure engine found competent: same kind, serving
    // the département (and for ordres the profession), the same name preferred. When the
    // directory has none, an entry with the body's name and no address is returned (id 0,
    // not built in): the completeness check then asks for its address.
    Result<Institution> resolve(const CompetentBody& body, const QString& departement,
                                std::optional<Profession> profession = std::nullopt) const;

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace saisine
