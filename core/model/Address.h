#pragma once

#include <QString>

namespace saisine {

// A French postal address. `departement` is derived from the postcode when left empty
// (see Validation::departementForPostcode), but stays editable: CEDEX and border communes exist.
struct Address
{
    QString street;
    QString postcode;
    QString city;
    QString departement;

    bool isEmpty() const { return street.isEmpty() && postcode.isEmpty() && city.isEmpty(); }
    friend bool operator==(const Address&, const Address&) = default;
};

} // namespace saisine
