#include "FactsForm.h"

#include "FormSupport.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>

#include <algorithm>

namespace saisine {

FactsForm::FactsForm(QWidget* parent)
    : QWidget(parent)
{
    m_dateEdit = named(new OptionalDateEdit(this), "factDateEdit", tr("Date of the facts to add"));
    m_addDate = named(new QPushButton(tr("&Add this date"), this), "factDateAdd", tr("Add this date of the facts"));
    m_removeDate = named(new QPushButton(tr("Remo&ve the selected date"), this), "factDateRemove",
                         tr("Remove the selected date of the facts"));
    m_dates = named(new QListWidget(this), "factDates", tr("Dates of the facts"));
    m_dates->setMaximumHeight(70);
    m_place = named(new QLineEdit(this), "factPlace", tr("Place of the facts"));
    m_place->setPlaceholderText(tr("Practice, pharmacy, hospital, booking website..."));
    m_forms = makeChecklist<RefusalForm>(QStringLiteral("form_"), 1, this);
    m_forms->setObjectName(QStringLiteral("factForms"));
    m_forms->setAccessibleName(tr("Forms of refusal"));
    m_otherForm = named(new QLineEdit(this), "factOtherForm", tr("Other form of refusal, described"));
    m_statedReason = named(new QLineEdit(this), "factStatedReason", tr("Reason given by the professional"));
    m_statedReason->setPlaceholderText(tr("In their own words, if they gave one"));
    m_narrative = named(new QPlainTextEdit(this), "factNarrative", tr("The person's account"));
    m_narrative->setTabChangesFocus(true);
    m_narrative->setMinimumHeight(80);

    auto* layout = new QFormLayout(this);
    layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(m_dateEdit);
    dateRow->addWidget(m_addDate);
    dateRow->addWidget(m_removeDate);
    dateRow->addStretch();
    auto* dateLabel = new QLabel(tr("&Date of the facts:"), this);
    dateLabel->setBuddy(m_dateEdit);
    layout->addRow(dateLabel, dateRow);
    layout->addRow(QString(), m_dates);
    layout->addRow(tr("&Place:"), m_place);
    auto* formsLabel = new QLabel(tr("&What happened:"), this);
    formsLabel->setBuddy(m_forms->firstBox());
    layout->addRow(formsLabel, m_forms);
    layout->addRow(tr("&Other form:"), m_otherForm);
    layout->addRow(tr("&Reason given:"), m_statedReason);
    layout->addRow(tr("A&ccount:"), m_narrative);

    connect(m_addDate, &QPushButton::clicked, this, &FactsForm::addDate);
    connect(m_removeDate, &QPushButton::clicked, this, &FactsForm::removeDate);
    connect(m_place, &QLineEdit::textChanged, this, &FactsForm::edited);
    connect(m_otherForm, &QLineEdit::textChanged, this, &FactsForm::edited);
    connect(m_statedReason, &QLineEdit::textChanged, this, &FactsForm::edited);
    connect(m_narrative, &QPlainTextEdit::textChanged, this, &FactsForm::edited);
    connect(m_forms, &EnumChecklist::changed, this, [this]() {
        m_otherForm->setEnabled(checkedValues<RefusalForm>(*m_forms).contains(RefusalForm::Other));
        emit edited();
    });
    m_otherForm->setEnabled(false);
}

void FactsForm::setToday(const QDate& today)
{
    m_dateEdit->setMaximumDate(today);
    m_dateEdit->setDate(today);
}

void FactsForm::setFacts(const Case& c)
{
    const QSignalBlocker blocker(this);
    m_dates->clear();
    for (const QDate& date : c.factDates) {
        auto* item = new QListWidgetItem(date.toString(QStringLiteral("dd/MM/yyyy")), m_dates);
        item->setData(Qt::UserRole, date);
    }
    m_place->setText(c.place);
    setCheckedValues(*m_forms, c.forms);
    m_otherForm->setText(c.otherFormDescription);
    m_otherForm->setEnabled(c.forms.contains(RefusalForm::Other));
    m_statedReason->setText(c.statedReason);
    m_narrative->setPlainText(c.narrative);
}

Case FactsForm::applyTo(Case c) const
{
    c.factDates = dates();
    if (c.factDates.isEmpty() && m_takesPendingDate && m_dateEdit->dateOrNull().isValid()) {
        c.factDates = {m_dateEdit->dateOrNull()};
    }
    c.place = m_place->text().trimmed();
    c.forms = checkedValues<RefusalForm>(*m_forms);
    c.otherFormDescription = m_otherForm->text().trimmed();
    c.statedReason = m_statedReason->text().trimmed();
    c.narrative = m_narrative->toPlainText();
    return c;
}

void FactsForm::focusField(const QString& field)
{
    if (field.startsWith(QLatin1String("factDates"))) {
        m_dateEdit->setFocus(Qt::OtherFocusReason);
    } else if (field == QLatin1String("otherFormDescription")) {
        m_otherForm->setFocus(Qt::OtherFocusReason);
    } else if (field == QLatin1String("forms")) {
        m_forms->firstBox()->setFocus(Qt::OtherFocusReason);
    }
}

QList<QDate> FactsForm::dates() const
{
    QList<QDate> result;
    for (int row = 0; row < m_dates->count(); ++row) {
        result.append(m_dates->item(row)->data(Qt::UserRole).toDate());
    }
    return result;
}

void FactsForm::addDate()
{
    const QDate date = m_dateEdit->dateOrNull();
    QList<QDate> current = dates();
    if (!date.isValid() || current.contains(date)) {
        return;
    }
    current.append(date);
    std::sort(current.begin(), current.end());
    m_dates->clear();
    for (const QDate& d : current) {
        auto* item = new QListWidgetItem(d.toString(QStringLiteral("dd/MM/yyyy")), m_dates);
        item->setData(Qt::UserRole, d);
    }
    emit edited();
}

void FactsForm::removeDate()
{
    delete m_dates->takeItem(m_dates->currentRow());
    emit edited();
}

} // namespace saisine
