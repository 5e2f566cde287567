#pragma once

#include "Address.h"

#include <QDate>
#include <QString>

namespace saisine {

// The association using Saisine: it signs the letters and receives the mandates.
struct AssociationProfile
{
    QString name;
    Address address;
    QString phone;
    QString email;
    QString approvalNumber; // agrément under art. L1114-1 CSP
    QDate approvalDate;
    QString representativeName;
    QString representativeRole;
    QString federation; // for the copy line of letters, optional

    bool isEmpty() const { return name.isEmpty(); }
    friend bool operator==(const AssociationProfile&, const AssociationProfile&) = default;
};

} // namespace saisine
