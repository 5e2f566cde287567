#pragma once

#include "Address.h"
#include "Vocabulary.h"

#include <QDate>
#include <QList>
#include <QString>

namespace saisine {

// The person who says they were refused care (the victim, the complainant).
struct Person
{
    qint64 id = 0; // database row; 0 until stored
    QString uid; // stable identity across databases and exchange files
    Civility civility = Civility::Unspecified;
    QString firstName;
    QString lastName;
    QDate birthDate;
    Address address;
    QString phone;
    QString email;
    QList<Coverage> coverage; // empty: no particular cover
    bool consentGiven = false; // consent to the processing of their data (GDPR art. 9)
    QDate consentDate;
    QString notes;

    QString displayName() const;
    friend bool operator==(const Person&, const Person&) = default;
};

} // namespace saisine
