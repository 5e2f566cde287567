#include "ProfessionalDialog.h"

#include "store/Repositories.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QVBoxLayout>

namespace saisine {

namespace {

template <typename E>
QComboBox* vocabularyCombo(QWidget* parent, bool withNone)
{
    auto* combo = new QComboBox(parent);
    if (withNone) {
        combo->addItem(ProfessionalDialog::tr("Not known"), QString());
    }
    for (E value : allValues<E>()) {
        combo->addItem(labelOf(value), keyOf(value));
    }
    return combo;
}

template <typename E>
void selectKey(QComboBox* combo, const std::optional<E>& value)
{
    const int index = combo->findData(value ? keyOf(*value) : QString());
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace

ProfessionalDialog::ProfessionalDialog(Database& db, Professional professional, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_professional(std::move(professional))
{
    setObjectName(QStringLiteral("professionalDialog"));
    setWindowTitle(tr("Professional"));
    auto* layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    layout->addLayout(m_form);

    m_civility = vocabularyCombo<Civility>(this, false);
    m_civility->setObjectName(QStringLiteral("civilityCombo"));
    m_civility->setAccessibleName(tr("Civility"));
    selectKey(m_civility, std::optional<Civility>(m_professional.civility));
    m_form->addRow(tr("&Civility:"), m_civility);
    m_firstName = addLine(QStringLiteral("firstNameEdit"), tr("&First name:"), m_professional.firstName);
    m_lastName = addLine(QStringLiteral("lastNameEdit"), tr("&Last name or practice:"), m_professional.lastName);
    m_profession = vocabularyCombo<Profession>(this, false);
    m_profession->setObjectName(QStringLiteral("professionCombo"));
    m_profession->setAccessibleName(tr("Profession"));
    selectKey(m_profession, std::optional<Profession>(m_professional.profession));
    m_form->addRow(tr("&Profession:"), m_profession);
    m_specialty = addLine(QStringLiteral("specialtyEdit"), tr("&Specialty:"), m_professional.specialty);
    m_sector = vocabularyCombo<Sector>(this, true);
    m_sector->setObjectName(QStringLiteral("sectorCombo"));
    m_sector->setAccessibleName(tr("Sector"));
    selectKey(m_sector, m_professional.sector);
    m_form->addRow(tr("S&ector:"), m_sector);
    m_rpps = addLine(QStringLiteral("rppsEdit"), tr("&RPPS number:"), m_professional.rpps);
    m_establishment = addLine(QStringLiteral("establishmentEdit"), tr("E&stablishment:"), m_professional.establishment);
    m_street = addLine(QStringLiteral("streetEdit"), tr("S&treet:"), m_professional.address.street);
    m_postcode = addLine(QStringLiteral("postcodeEdit"), tr("P&ostcode:"), m_professional.address.postcode);
    m_city = addLine(QStringLiteral("cityEdit"), tr("C&ity:"), m_professional.address.city);
    m_phone = addLine(QStringLiteral("phoneEdit"), tr("P&hone:"), m_professional.phone);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ProfessionalDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProfessionalDialog::reject);
    layout->addWidget(buttons);
}

QLineEdit* ProfessionalDialog::addLine(const QString& objectName, const QString& label, const QString& value)
{
    auto* edit = new QLineEdit(value, this);
    edit->setObjectName(objectName);
    // The accessible name is the label without its mnemonic and colon.
    edit->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')).trimmed());
    m_form->addRow(label, edit);
    return edit;
}

void ProfessionalDialog::accept()
{
    Professional edited = m_professional;
    edited.civility = fromKey<Civility>(m_civility->currentData().toString()).value_or(Civility::Unspecified);
    edited.firstName = m_firstName->text().trimmed();
    edited.lastName = m_lastName->text().trimmed();
    edited.profession = fromKey<Profession>(m_profession->currentData().toString()).value_or(Profession::Other);
    edited.specialty = m_specialty->text().trimmed();
    edited.sector = fromKey<Sector>(m_sector->currentData().toString());
    edited.rpps = m_rpps->text().trimmed();
    edited.establishment = m_establishment->text().trimmed();
    edited.address.street = m_street->text().trimmed();
    edited.address.postcode = m_postcode->text().trimmed();
    edited.address.city = m_city->text().trimmed();
    edited.phone = m_phone->text().trimmed();
    if (Status saved = ProfessionalRepository(m_db).update(edited); !saved) {
        QMessageBox::warning(this, tr("Professional not saved"), saved.error().message);
        return;
    }
    m_professional = edited;
    QDialog::accept();
}

} // namespace saisine
