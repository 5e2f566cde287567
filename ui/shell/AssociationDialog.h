#pragma once

#include "model/AssociationProfile.h"

#include <QDialog>

class QDateEdit;
class QFormLayout;
class QLineEdit;

namespace saisine {

class Database;

// The association's profile (it signs the letters and receives the mandates), saved through
// AssociationRepository. Stays open, with the core's message, when the profile is refused.
class AssociationDialog final : public QDialog
{
    Q_OBJECT

public:
    AssociationDialog(Database& db, const AssociationProfile& profile, QWidget* parent = nullptr);
    const AssociationProfile& profile() const { return m_profile; }

    void accept() override;

private:
    QLineEdit* addLine(const QString& objectName, const QString& label, const QString& value);

    Database& m_db;
    AssociationProfile m_profile;
    QFormLayout* m_form = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_street = nullptr;
    QLineEdit* m_postcode = nullptr;
    QLineEdit* m_city = nullptr;
    QLineEdit* m_departement = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_approvalNumber = nullptr;
    QDateEdit* m_approvalDate = nullptr;
    QLineEdit* m_representativeName = nullptr;
    QLineEdit* m_representativeRole = nullptr;
    QLineEdit* m_federation = nullptr;
};

} // namespace saisine
