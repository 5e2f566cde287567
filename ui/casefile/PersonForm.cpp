#include "PersonForm.h"

#include "FormSupport.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace saisine {

PersonForm::PersonForm(QWidget* parent)
    : QWidget(parent)
{
    m_civility = named(new QComboBox(this), "personCivility", tr("Civility"));
    fillCombo<Civility>(*m_civility);
    m_firstName = named(new QLineEdit(this), "personFirstName", tr("First name"));
    m_lastName = named(new QLineEdit(this), "personLastName", tr("Last name"));
    m_birthDate = named(new OptionalDateEdit(this), "personBirthDate", tr("Date of birth"));
    m_street = named(new QLineEdit(this), "personStreet", tr("Street"));
    m_postcode = named(new QLineEdit(this), "personPostcode", tr("Postcode"));
    m_postcode->setMaximumWidth(90);
    m_city = named(new QLineEdit(this), "personCity", tr("City"));
    m_phone = named(new QLineEdit(this), "personPhone", tr("Phone"));
    m_email = named(new QLineEdit(this), "personEmail", tr("E-mail"));
    m_coverage = makeChecklist<Coverage>(QStringLiteral("personCoverage_"), 2, this);
    m_coverage->setObjectName(QStringLiteral("personCoverage"));
    m_coverage->setAccessibleName(tr("Health cover"));
    m_consent = named(new QCheckBox(tr("The person &agrees that the association records and uses their data"), this),
                      "personConsent", tr("Consent to the processing of data"));
    m_consentDate = named(new OptionalDateEdit(this), "personConsentDate", tr("Date of consent"));

    auto* layout = new QFormLayout(this);
    layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addRow(tr("&Civility:"), m_civility);
    layout->addRow(tr("&First name:"), m_firstName);
    layout->addRow(tr("&Last name:"), m_lastName);
    layout->addRow(tr("Date of &birth:"), m_birthDate);
    layout->addRow(tr("&Street:"), m_street);
    auto* cityRow = new QHBoxLayout;
    cityRow->addWidget(m_postcode);
    auto* cityLabel = new QLabel(tr("C&ity:"), this);
    cityLabel->setBuddy(m_city);
    cityRow->addWidget(cityLabel);
    cityRow->addWidget(m_city, 1);
    auto* postcodeLabel = new QLabel(tr("Pos&tcode:"), this);
    postcodeLabel->setBuddy(m_postcode);
    layout->addRow(postcodeLabel, cityRow);
    layout->addRow(tr("P&hone:"), m_phone);
    layout->addRow(tr("&E-mail:"), m_email);
    auto* coverageLabel = new QLabel(tr("Health c&over:"), this);
    coverageLabel->setBuddy(m_coverage->firstBox());
    layout->addRow(coverageLabel, m_coverage);
    layout->addRow(QString(), new QLabel(tr("Tick nothing when the person has no particular cover."), this));
    layout->addRow(QString(), m_consent);
    layout->addRow(tr("Consent &date:"), m_consentDate);

    setTabOrder(m_civility, m_firstName);
    setTabOrder(m_firstName, m_lastName);
    setTabOrder(m_lastName, m_birthDate);
    setTabOrder(m_birthDate, m_street);
    setTabOrder(m_street, m_postcode);
    setTabOrder(m_postcode, m_city);
    setTabOrder(m_city, m_phone);
    setTabOrder(m_phone, m_email);

    for (QLineEdit* edit : {m_firstName, m_lastName, m_street, m_postcode, m_city, m_phone, m_email}) {
        connect(edit, &QLineEdit::textChanged, this, &PersonForm::edited);
    }
    connect(m_civility, &QComboBox::currentIndexChanged, this, &PersonForm::edited);
    connect(m_birthDate, &QDateEdit::dateChanged, this, &PersonForm::edited);
    connect(m_consentDate, &QDateEdit::dateChanged, this, &PersonForm::edited);
    connect(m_coverage, &EnumChecklist::changed, this, &PersonForm::edited);
    connect(m_consent, &QCheckBox::toggled, this, [this](bool on) {
        if (on && !m_consentDate->dateOrNull().isValid() && m_today.isValid()) {
            m_consentDate->setDateOrNull(m_today);
        } else if (!on) {
            // A date without the consent would not validate, and would say something false.
            m_consentDate->setDateOrNull({});
        }
        emit edited();
    });
    setPerson({});
}

void PersonForm::setPerson(const Person& person)
{
    const QSignalBlocker blocker(this);
    m_base = person;
    setComboValue(*m_civility, person.civility);
    m_firstName->setText(person.firstName);
    m_lastName->setText(person.lastName);
    m_birthDate->setDateOrNull(person.birthDate);
    m_street->setText(person.address.street);
    m_postcode->setText(person.address.postcode);
    m_city->setText(person.address.city);
    m_phone->setText(person.phone);
    m_email->setText(person.email);
    setCheckedValues(*m_coverage, person.coverage);
    m_consent->setChecked(person.consentGiven);
    m_consentDate->setDateOrNull(person.consentDate);
}

Person PersonForm::person() const
{
    Person p = m_base;
    p.civility = comboValue(*m_civility, Civility::Unspecified);
    p.firstName = m_firstName->text().trimmed();
    p.lastName = m_lastName->text().trimmed();
    p.birthDate = m_birthDate->dateOrNull();
    p.address.street = m_street->text().trimmed();
    if (p.address.postcode != m_postcode->text().trimmed()) {
        // The stored département followed the old postcode: let the store derive it again.
        p.address.departement.clear();
    }
    p.address.postcode = m_postcode->text().trimmed();
    p.address.city = m_city->text().trimmed();
    p.phone = m_phone->text().trimmed();
    p.email = m_email->text().trimmed();
    p.coverage = checkedValues<Coverage>(*m_coverage);
    p.consentGiven = m_consent->isChecked();
    p.consentDate = m_consentDate->dateOrNull();
    return p;
}

void PersonForm::focusField(const QString& field)
{
    const QHash<QString, QWidget*> inputs {
        {QStringLiteral("lastName"), m_lastName},    {QStringLiteral("firstName"), m_firstName},
        {QStringLiteral("birthDate"), m_birthDate},  {QStringLiteral("postcode"), m_postcode},
        {QStringLiteral("departement"), m_postcode}, {QStringLiteral("phone"), m_phone},
        {QStringLiteral("email"), m_email},          {QStringLiteral("coverage"), m_coverage->firstBox()},
        {QStringLiteral("consentGiven"), m_consent}, {QStringLiteral("consentDate"), m_consentDate},
    };
    if (QWidget* input = inputs.value(field)) {
        input->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace saisine
