#pragma once

#include "model/Professional.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLineEdit;

namespace saisine {

class Database;

// Edits one professional of the directory and saves it through ProfessionalRepository. Stays
// open, with the core's message, when the record is refused.
class ProfessionalDialog final : public QDialog
{
    Q_OBJECT

public:
    ProfessionalDialog(Database& db, Professional professional, QWidget* parent = nullptr);
    const Professional& professional() const { return m_professional; }

    void accept() override;

private:
    QLineEdit* addLine(const QString& objectName, const QString& label, const QString& value);

    Database& m_db;
    Professional m_professional;
    QFormLayout* m_form = nullptr;
    QComboBox* m_civility = nullptr;
    QLineEdit* m_firstName = nullptr;
    QLineEdit* m_lastName = nullptr;
    QComboBox* m_profession = nullptr;
    QLineEdit* m_specialty = nullptr;
    QComboBox* m_sector = nullptr;
    QLineEdit* m_rpps = nullptr;
    QLineEdit* m_establishment = nullptr;
    QLineEdit* m_street = nullptr;
    QLineEdit* m_postcode = nullptr;
    QLineEdit* m_city = nullptr;
    QLineEdit* m_phone = nullptr;
};

} // namespace saisine
