#pragma once

#include "AssociationProfile.h"
#include "Case.h"
#include "Person.h"
#include "Professional.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace saisine {

class Clock;

// Validation of records before they are stored or imported. Each failure names the record
// and the field in words a caseworker understands.
class Validation final
{
    Q_DECLARE_TR_FUNCTIONS(Validation)

public:
    static bool isValidPostcode(const QString& postcode);
    static bool isValidDepartement(const QString& departement);
    // "75011" -> "75", "20000" -> "2A", "20200" -> "2B", "97411" -> "974"; empty when invalid.
    static QString departementForPostcode(const QString& postcode);
    static bool isValidRpps(const QString& rpps);
    static bool isValidEmail(const QString& email);
    static bool isValidPhone(const QString& phone);

    static Status validate(const Person& person, const Clock& clock);
    static Status validate(const Professional& professional);
    static Status validate(const Case& c, const Clock& clock);
    static Status validate(const Evidence& evidence, const QString& record, const Clock& clock);
    static Status validate(const Procedure& procedure, const QString& record);
    static Status validate(const Mandate& mandate, const QString& record, const Clock& clock);
    static Status validate(const AssociationProfile& profile);

    static QString recordName(const Person& person);
    static QString recordName(const Professional& professional);
    static QString recordName(const Case& c);
};

} // namespace saisine
