#pragma once

#include "LawTables.h"
#include "model/Professional.h"
#include "store/ProcedureQueries.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace saisine {

class Database;

// Why two professional records are taken for the same person.
enum class ProfessionalMatch { SameRecord, SameRpps, SameNameProfessionPostcode };

// An earlier case of the association against the same professional.
struct KnownCase
{
    ProfessionalCaseEvents events;
    ProfessionalMatch match = ProfessionalMatch::SameRecord;
};

struct RepeatOffenceFinding
{
    bool repeatOffence = false;
    QDate receipt; // the date the rule is applied at
    QDate windowStart; // receipt - 6 years (inclusive)
    QDate sanctionDate; // the final sanction that makes it a repeat offence
    QString caseReference;
    law::LawSource law;
};

// The association's earlier cases against the same professional, and the repeat-offence rule
// of art. R1110-14 CSP: a final sanction for a discriminatory refusal in the 6 years before
// the receipt of the complaint means no conciliation and a transmission within 3 months.
class RepeatOffence final
{
    Q_DECLARE_TR_FUNCTIONS(RepeatOffence)

public:
    // "Dr Jérôme  DUPONT-Lefèvre" -> "dupont jerome lefevre": letters without accents, lower
    // case, words sorted (so that first and last names given the other way round still match),
    // titles dropped.
    static QString normalisedName(const Professional& professional);
    static std::optional<ProfessionalMatch> match(const Professional& wanted, const Professional& candidate);
    // The same rule, for a caller that keeps the normalised names (the dashboard matches tens of
    // thousands of pairs): `wantedName()` and `candidateName()` give normalisedName() of each and
    // are called only when the names decide.
    template <typename WantedName, typename CandidateName>
    static std::optional<ProfessionalMatch> match(const Professional& wanted, const Professional& candidate,
                                                  WantedName wantedName, CandidateName candidateName);

    // The finding at `receipt` from the earlier cases (only final sanctions count).
    static RepeatOffenceFinding assess(const QDate& receipt, const QList<KnownCase>& earlierCases,
                                       const law::LawTables& tables);

    // The earlier cases against the same professional, read from the database.
    static Result<QList<KnownCase>> knownCases(Database& db, const Professional& professional, qint64 excludeCaseId);

    static QString matchKey(ProfessionalMatch match);
    static QString matchLabel(ProfessionalMatch match);
};

template <typename WantedName, typename CandidateName>
std::optional<ProfessionalMatch> RepeatOffence::match(const Professional& wanted, const Professional& candidate,
                                                      WantedName wantedName, CandidateName candidateName)
{
    if (wanted.id != 0 && wanted.id == candidate.id) {
        return ProfessionalMatch::SameRecord;
    }
    const QString rppsA = wanted.rpps.trimmed();
    const QString rppsB = candidate.rpps.trimmed();
    if (!rppsA.isEmpty() && !rppsB.isEmpty()) {
        // Two RPPS numbers decide on their own: two different numbers are two people, even
        // with the same name in the same town.
        if (rppsA == rppsB) {
            return ProfessionalMatch::SameRpps;
        }
        return std::nullopt;
    }
    const QString postcode = wanted.address.postcode.trimmed();
    const QString& name = wantedName();
    if (wanted.profession == candidate.profession && !postcode.isEmpty()
        && postcode == candidate.address.postcode.trimmed() && !name.isEmpty() && name == candidateName()) {
        return ProfessionalMatch::SameNameProfessionPostcode;
    }
    return std::nullopt;
}

} // namespace saisine
