#pragma once

#include "model/Person.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace saisine {

class EnumChecklist;
class OptionalDateEdit;

// The person's identity, contact, health cover and consent: shared by the intake wizard and
// the case file. Reads back exactly what it was given when nothing was edited.
class PersonForm final : public QWidget
{
    Q_OBJECT

public:
    explicit PersonForm(QWidget* parent = nullptr);

    // The date proposed as the consent date when the consent box is ticked.
    void setToday(const QDate& today) { m_today = today; }
    void setPerson(const Person& person);
    Person person() const;

    // Puts the cursor on the input of a model field named by a validation error.
    void focusField(const QString& field);

signals:
    void edited();

private:
    Person m_base;
    QDate m_today;
    QComboBox* m_civility = nullptr;
    QLineEdit* m_firstName = nullptr;
    QLineEdit* m_lastName = nullptr;
    OptionalDateEdit* m_birthDate = nullptr;
    QLineEdit* m_street = nullptr;
    QLineEdit* m_postcode = nullptr;
    QLineEdit* m_city = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_email = nullptr;
    EnumChecklist* m_coverage = nullptr;
    QCheckBox* m_consent = nullptr;
    OptionalDateEdit* m_consentDate = nullptr;
};

} // namespace saisine
