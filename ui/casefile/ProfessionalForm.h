#pragma once

#include "model/Professional.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace saisine {

// The health professional's identity and place of practice: shared by the intake wizard and
// the case file. Reads back exactly what it was given when nothing was edited.
class ProfessionalForm final : public QWidget
{
    Q_OBJECT

public:
    // `objectNamePrefix` tells apart several forms on one screen ("professional", "professional2").
    explicit ProfessionalForm(const QString& objectNamePrefix = QStringLiteral("professional"),
                              QWidget* parent = nullptr);

    void setProfessional(const Professional& professional);
    Professional professional() const;
    void focusField(const QString& field);

signals:
    void edited();

private:
    void updateSectionVisibility();

    Professional m_base;
    QComboBox* m_civility = nullptr;
    QLineEdit* m_firstName = nullptr;
    QLineEdit* m_lastName = nullptr;
    QComboBox* m_profession = nullptr;
    QLineEdit* m_specialty = nullptr;
    QComboBox* m_sector = nullptr;
    QComboBox* m_section = nullptr;
    QLineEdit* m_rpps = nullptr;
    QLineEdit* m_establishment = nullptr;
    QLineEdit* m_street = nullptr;
    QLineEdit* m_postcode = nullptr;
    QLineEdit* m_city = nullptr;
    QLineEdit* m_phone = nullptr;
};

} // namespace saisine
