#include "AssociationDialog.h"

#include "store/Repositories.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QVBoxLayout>

namespace saisine {

AssociationDialog::AssociationDialog(Database& db, const AssociationProfile& profile, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_profile(profile)
{
    setObjectName(QStringLiteral("associationDialog"));
    setWindowTitle(tr("Association profile"));
    auto* layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    layout->addLayout(m_form);
    m_name = addLine(QStringLiteral("nameEdit"), tr("&Name:"), profile.name);
    m_street = addLine(QStringLiteral("streetEdit"), tr("S&treet:"), profile.address.street);
    m_postcode = addLine(QStringLiteral("postcodeEdit"), tr("P&ostcode:"), profile.address.postcode);
    m_city = addLine(QStringLiteral("cityEdit"), tr("C&ity:"), profile.address.city);
    m_departement = addLine(QStringLiteral("departementEdit"), tr("&Département:"), profile.address.departement);
    m_phone = addLine(QStringLiteral("phoneEdit"), tr("P&hone:"), profile.phone);
    m_email = addLine(QStringLiteral("emailEdit"), tr("&E-mail:"), profile.email);
    m_approvalNumber =
        addLine(QStringLiteral("approvalNumberEdit"), tr("&Approval number (L1114-1 CSP):"), profile.approvalNumber);
    m_approvalDate = new QDateEdit(this);
    m_approvalDate->setObjectName(QStringLiteral("approvalDateEdit"));
    m_approvalDate->setAccessibleName(tr("Approval date"));
    m_approvalDate->setCalendarPopup(true);
    // The minimum date stands for "no date", shown as a blank field.
    m_approvalDate->setMinimumDate(QDate(1900, 1, 1));
    m_approvalDate->setSpecialValueText(tr("Not known"));
    m_approvalDate->setDate(profile.approvalDate.isValid() ? profile.approvalDate : m_approvalDate->minimumDate());
    m_form->addRow(tr("Approval &date:"), m_approvalDate);
    m_representativeName =
        addLine(QStringLiteral("representativeNameEdit"), tr("&Representative:"), profile.representativeName);
    m_representativeRole =
        addLine(QStringLiteral("representativeRoleEdit"), tr("Representative's r&ole:"), profile.representativeRole);
    m_federation = addLine(QStringLiteral("federationEdit"), tr("&Federation (copy of letters):"), profile.federation);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AssociationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AssociationDialog::reject);
    layout->addWidget(buttons);
}

QLineEdit* AssociationDialog::addLine(const QString& objectName, const QString& label, const QString& value)
{
    auto* edit = new QLineEdit(value, this);
    edit->setObjectName(objectName);
    edit->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')).trimmed());
    m_form->addRow(label, edit);
    return edit;
}

void AssociationDialog::accept()
{
    AssociationProfile edited;
    edited.name = m_name->text().trimmed();
    edited.address.street = m_street->text().trimmed();
    edited.address.postcode = m_postcode->text().trimmed();
    edited.address.city = m_city->text().trimmed();
    edited.address.departement = m_departement->text().trimmed();
    edited.phone = m_phone->text().trimmed();
    edited.email = m_email->text().trimmed();
    edited.approvalNumber = m_approvalNumber->text().trimmed();
    edited.approvalDate = m_approvalDate->date() == m_approvalDate->minimumDate() ? QDate() : m_approvalDate->date();
    edited.representativeName = m_representativeName->text().trimmed();
    edited.representativeRole = m_representativeRole->text().trimmed();
    edited.federation = m_federation->text().trimmed();
    if (Status saved = AssociationRepository(m_db).save(edited); !saved) {
        QMessageBox::warning(this, tr("Profile not saved"), saved.error().message);
        return;
    }
    m_profile = edited;
    QDialog::accept();
}

} // namespace saisine
