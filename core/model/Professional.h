#pragma once

#include "Address.h"
#include "Vocabulary.h"

#include <QString>

#include <optional>

namespace saisine {

// The health professional the complaint is about. The same professional can appear in many
// cases: the association must see at once that they are already known.
struct Professional
{
    qint64 id = 0;
    QString uid;
    Civility civility = Civility::Unspecified;
    QString firstName;
    QString lastName; // or the pharmacy's / practice's name when no person is known
    Profession profession = Profession::Medecin;
    QString specialty;
    std::optional<Sector> sector;
    std::optional<PharmacistSection> pharmacistSection; // only for pharmacists
    QString rpps; // 11 digits, optional
    QString establishment;
    Address address; // place of practice
    QString phone;

    QString displayName() const;
    friend bool operator==(const Professional&, const Professional&) = default;
};

} // namespace saisine
