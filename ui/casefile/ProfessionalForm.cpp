#include "ProfessionalForm.h"

#include "FormSupport.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace saisine {

namespace {

template <typename W>
W* namedWith(W* widget, const QString& prefix, const char* suffix, const QString& accessibleName)
{
    widget->setObjectName(prefix + QLatin1String(suffix));
    widget->setAccessibleName(accessibleName);
    return widget;
}

} // namespace

ProfessionalForm::ProfessionalForm(const QString& prefix, QWidget* parent)
    : QWidget(parent)
{
    m_civility = namedWith(new QComboBox(this), prefix, "Civility", tr("Professional's civility"));
    fillCombo<Civility>(*m_civility);
    m_firstName = namedWith(new QLineEdit(this), prefix, "FirstName", tr("Professional's first name"));
    m_lastName = namedWith(new QLineEdit(this), prefix, "LastName", tr("Professional's name or practice name"));
    m_profession = namedWith(new QComboBox(this), prefix, "Profession", tr("Profession"));
    fillCombo<Profession>(*m_profession);
    m_specialty = namedWith(new QLineEdit(this), prefix, "Specialty", tr("Specialty"));
    m_sector = namedWith(new QComboBox(this), prefix, "Sector", tr("Sector"));
    m_sector->addItem(tr("Unknown"), QString());
    fillCombo<Sector>(*m_sector);
    m_section = namedWith(new QComboBox(this), prefix, "PharmacistSection", tr("Section of the order of pharmacists"));
    m_section->addItem(tr("Unknown"), QString());
    fillCombo<PharmacistSection>(*m_section);
    m_rpps = namedWith(new QLineEdit(this), prefix, "Rpps", tr("RPPS number"));
    m_rpps->setPlaceholderText(tr("11 digits, if known"));
    m_establishment = namedWith(new QLineEdit(this), prefix, "Establishment", tr("Establishment"));
    m_street = namedWith(new QLineEdit(this), prefix, "Street", tr("Street of the place of practice"));
    m_postcode = namedWith(new QLineEdit(this), prefix, "Postcode", tr("Postcode of the place of practice"));
    m_postcode->setMaximumWidth(90);
    m_city = namedWith(new QLineEdit(this), prefix, "City", tr("City of the place of practice"));
    m_phone = namedWith(new QLineEdit(this), prefix, "Phone", tr("Professional's phone"));

    auto* layout = new QFormLayout(this);
    layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addRow(tr("Ci&vility:"), m_civility);
    layout->addRow(tr("&First name:"), m_firstName);
    layout->addRow(tr("&Name or practice:"), m_lastName);
    layout->addRow(tr("P&rofession:"), m_profession);
    layout->addRow(tr("Spec&ialty:"), m_specialty);
    layout->addRow(tr("Sec&tor:"), m_sector);
    layout->addRow(tr("Pharmacist secti&on:"), m_section);
    layout->addRow(tr("RPP&S number:"), m_rpps);
    layout->addRow(tr("Esta&blishment:"), m_establishment);
    layout->addRow(tr("Str&eet:"), m_street);
    auto* cityRow = new QHBoxLayout;
    cityRow->addWidget(m_postcode);
    auto* cityLabel = new QLabel(tr("Cit&y:"), this);
    cityLabel->setBuddy(m_city);
    cityRow->addWidget(cityLabel);
    cityRow->addWidget(m_city, 1);
    auto* postcodeLabel = new QLabel(tr("Post&code:"), this);
    postcodeLabel->setBuddy(m_postcode);
    layout->addRow(postcodeLabel, cityRow);
    layout->addRow(tr("P&hone:"), m_phone);

    setTabOrder(m_establishment, m_street);
    setTabOrder(m_street, m_postcode);
    setTabOrder(m_postcode, m_city);
    setTabOrder(m_city, m_phone);

    for (QLineEdit* edit :
         {m_firstName, m_lastName, m_specialty, m_rpps, m_establishment, m_street, m_postcode, m_city, m_phone}) {
        connect(edit, &QLineEdit::textChanged, this, &ProfessionalForm::edited);
    }
    for (QComboBox* combo : {m_civility, m_profession, m_sector, m_section}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &ProfessionalForm::edited);
    }
    connect(m_profession, &QComboBox::currentIndexChanged, this, &ProfessionalForm::updateSectionVisibility);
    setProfessional({});
}

void ProfessionalForm::setProfessional(const Professional& professional)
{
    const QSignalBlocker blocker(this);
    m_base = professional;
    setComboValue(*m_civility, professional.civility);
    m_firstName->setText(professional.firstName);
    m_lastName->setText(professional.lastName);
    setComboValue(*m_profession, professional.profession);
    m_specialty->setText(professional.specialty);
    m_sector->setCurrentIndex(professional.sector ? m_sector->findData(keyOf(*professional.sector)) : 0);
    m_section->setCurrentIndex(
        professional.pharmacistSection ? m_section->findData(keyOf(*professional.pharmacistSection)) : 0);
    m_rpps->setText(professional.rpps);
    m_establishment->setText(professional.establishment);
    m_street->setText(professional.address.street);
    m_postcode->setText(professional.address.postcode);
    m_city->setText(professional.address.city);
    m_phone->setText(professional.phone);
    updateSectionVisibility();
}

Professional ProfessionalForm::professional() const
{
    Professional p = m_base;
    p.civility = comboValue(*m_civility, Civility::Unspecified);
    p.firstName = m_firstName->text().trimmed();
    p.lastName = m_lastName->text().trimmed();
    p.profession = comboValue(*m_profession, Profession::Other);
    p.specialty = m_specialty->text().trimmed();
    p.sector = fromKey<Sector>(m_sector->currentData().toString());
    // A section only means something for a pharmacist; a leftover choice would not validate.
    p.pharmacistSection = p.profession == Profession::Pharmacien
        ? fromKey<PharmacistSection>(m_section->currentData().toString())
        : std::nullopt;
    p.rpps = m_rpps->text().remove(QLatin1Char(' '));
    p.establishment = m_establishment->text().trimmed();
    p.address.street = m_street->text().trimmed();
    if (p.address.postcode != m_postcode->text().trimmed()) {
        p.address.departement.clear();
    }
    p.address.postcode = m_postcode->text().trimmed();
    p.address.city = m_city->text().trimmed();
    p.phone = m_phone->text().trimmed();
    return p;
}

void ProfessionalForm::focusField(const QString& field)
{
    const QHash<QString, QWidget*> inputs {
        {QStringLiteral("lastName"), m_lastName}, {QStringLiteral("rpps"), m_rpps},
        {QStringLiteral("postcode"), m_postcode}, {QStringLiteral("departement"), m_postcode},
        {QStringLiteral("phone"), m_phone},       {QStringLiteral("pharmacistSection"), m_section},
    };
    if (QWidget* input = inputs.value(field)) {
        input->setFocus(Qt::OtherFocusReason);
    }
}

void ProfessionalForm::updateSectionVisibility()
{
    m_section->setEnabled(comboValue(*m_profession, Profession::Other) == Profession::Pharmacien);
}

} // namespace saisine
