#pragma once

#include "model/Vocabulary.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace saisine {

// The kinds of body a letter can be addressed to.
enum class InstitutionKind { Cpam, Ordre, DefenseurDesDroits, Ddpp, CpamMediator, Other };

// One entry of the institutions directory: a body letters are addressed to. The competent body
// is computed by the procedure engine (CompetentAuthority); the directory supplies its postal
// address and the title of its head, which the association keeps up to date.
struct Institution
{
    qint64 id = 0; // 0 for a built-in entry not corrected in the database
    QString uid;
    InstitutionKind kind = InstitutionKind::Other;
    QString name; // "CPAM du Rhône", "Conseil départemental de l'ordre des médecins du Rhône"
    QString headTitle; // "Monsieur le Directeur", "Madame la Présidente"; empty: "Madame, Monsieur"
    std::optional<Profession> profession; // ordre councils only
    QString street; // one or several lines ("Libre réponse 71120")
    QString postcode;
    QString city;
    QStringList departements; // codes served; empty: the whole country
    QString phone;
    QString email;
    QString notes;
    QDateTime updatedAt;
    bool builtIn = false; // comes from resources/institutions/builtin.json

    bool hasPostalAddress() const
    {
        return !street.trimmed().isEmpty() && !postcode.trimmed().isEmpty() && !city.trimmed().isEmpty();
    }
    bool serves(const QString& departement) const
    {
        return departements.isEmpty() || departements.contains(departement);
    }

    // "Madame la Présidente" when the head's title is known, else the usual pair for the kind
    // ("Madame la Directrice, Monsieur le Directeur"), or "Madame, Monsieur".
    QString salutation() const;
    static QString defaultSalutation(InstitutionKind kind);

    friend bool operator==(const Institution&, const Institution&) = default;
};

InstitutionKind institutionKindFor(AuthorityKind kind);

} // namespace saisine
