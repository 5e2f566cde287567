#include "InstitutionsDialog.h"

#include "institutions/InstitutionDirectory.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace saisine {

InstitutionsDialog::InstitutionsDialog(Database& db, const Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_list(new QListWidget(this))
    , m_kind(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_headTitle(new QLineEdit(this))
    , m_profession(new QComboBox(this))
    , m_street(new QPlainTextEdit(this))
    , m_postcode(new QLineEdit(this))
    , m_city(new QLineEdit(this))
    , m_departements(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_removeButton(new QPushButton(tr("&Remove"), this))
{
    setObjectName(QStringLiteral("institutionsDialog"));
    setWindowTitle(tr("Institutions directory"));
    resize(860, 560);

    m_list->setObjectName(QStringLiteral("institutionList"));
    m_list->setAccessibleName(tr("Institutions"));
    for (InstitutionKind kind : allValues<InstitutionKind>()) {
        m_kind->addItem(labelOf(kind), int(kind));
    }
    m_profession->addItem(tr("(none)"), -1);
    for (Profession p : allValues<Profession>()) {
        m_profession->addItem(labelOf(p), int(p));
    }
    m_headTitle->setPlaceholderText(tr("e.g. Madame la Directrice; empty: Madame, Monsieur"));
    m_departements->setPlaceholderText(tr("e.g. 69 01; empty: the whole country"));
    m_street->setTabChangesFocus(true);
    m_notes->setTabChangesFocus(true);
    m_street->setFixedHeight(60);
    m_notes->setFixedHeight(60);
    const QList<std::pair<QWidget*, QString>> named {{m_kind, tr("Kind")},
                                                     {m_name, tr("Name")},
                                                     {m_headTitle, tr("Title of the head")},
                                                     {m_profession, tr("Profession (ordre councils)")},
                                                     {m_street, tr("Street")},
                                                     {m_postcode, tr("Postcode")},
                                                     {m_city, tr("City")},
                                                     {m_departements, tr("Départements served")},
                                                     {m_phone, tr("Phone")},
                                                     {m_email, tr("E-mail")},
                                                     {m_notes, tr("Notes")}};
    auto* form = new QFormLayout;
    for (const auto& [widget, label] : named) {
        widget->setAccessibleName(label);
        form->addRow(label, widget);
    }
    auto* hint = new QLabel(tr("Letters take the recipient's address and title from here. Addresses change: check "
                               "them against the institution's own website."),
                            this);
    hint->setWordWrap(true);
    form->addRow(hint);

    auto* newButton = new QPushButton(tr("&New"), this);
    auto* saveButton = new QPushButton(tr("&Save"), this);
    newButton->setObjectName(QStringLiteral("newInstitutionButton"));
    saveButton->setObjectName(QStringLiteral("saveInstitutionButton"));
    m_removeButton->setObjectName(QStringLiteral("removeInstitutionButton"));
    connect(newButton, &QPushButton::clicked, this, &InstitutionsDialog::newInstitution);
    connect(saveButton, &QPushButton::clicked, this, [this] {
        if (!saveCurrent()) {
            QMessageBox::warning(this, windowTitle(), m_lastError);
        }
    });
    connect(m_removeButton, &QPushButton::clicked, this, &InstitutionsDialog::removeCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, &InstitutionsDialog::showCurrent);

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(newButton);
    listButtons->addWidget(m_removeButton);
    left->addLayout(listButtons);
    auto* right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(saveButton, 0, Qt::AlignRight);
    right->addStretch(1);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(close);
    reload();
}

bool InstitutionsDialog::reload()
{
    auto all = InstitutionDirectory(m_db, m_clock).all();
    if (!all) {
        m_lastError = all.error().message;
        return false;
    }
    m_institutions = *all;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Institution& i : m_institutions) {
        QString text = i.name;
        if (!i.hasPostalAddress()) {
            text += QStringLiteral(" — ") + tr("address missing");
        }
        m_list->addItem(text);
    }
    if (!m_institutions.isEmpty()) {
        m_list->setCurrentRow(0);
    }
    showCurrent();
    return true;
}

int InstitutionsDialog::count() const
{
    return int(m_institutions.size());
}

void InstitutionsDialog::selectRow(int row)
{
    m_list->setCurrentRow(row);
}

void InstitutionsDialog::showCurrent()
{
    const int row = m_list->currentRow();
    m_current = row >= 0 && row < m_institutions.size() ? m_institutions.at(row) : Institution {};
    m_kind->setCurrentIndex(m_kind->findData(int(m_current.kind)));
    m_name->setText(m_current.name);
    m_headTitle->setText(m_current.headTitle);
    m_profession->setCurrentIndex(m_profession->findData(m_current.profession ? int(*m_current.profession) : -1));
    m_street->setPlainText(m_current.street);
    m_postcode->setText(m_current.postcode);
    m_city->setText(m_current.city);
    m_departements->setText(m_current.departements.join(QLatin1Char(' ')));
    m_phone->setText(m_current.phone);
    m_email->setText(m_current.email);
    m_notes->setPlainText(m_current.notes);
    // A built-in entry cannot be removed; a correction of it can (the original comes back).
    m_removeButton->setEnabled(m_current.id > 0);
}

void InstitutionsDialog::newInstitution()
{
    m_list->setCurrentRow(-1);
    m_current = Institution {};
    m_current.kind = InstitutionKind::Cpam;
    const QSignalBlocker blocker(m_list);
    showCurrent();
    m_kind->setCurrentIndex(m_kind->findData(int(InstitutionKind::Cpam)));
    m_name->setFocus();
}

bool InstitutionsDialog::saveCurrent()
{
    Institution edited = m_current;
    edited.kind = InstitutionKind(m_kind->currentData().toInt());
    edited.name = m_name->text().trimmed();
    edited.headTitle = m_headTitle->text().trimmed();
    const int profession = m_profession->currentData().toInt();
    edited.profession = profession >= 0 ? std::optional<Profession>(Profession(profession)) : std::nullopt;
    edited.street = m_street->toPlainText().trimmed();
    edited.postcode = m_postcode->text().trimmed();
    edited.city = m_city->text().trimmed();
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    edited.departements = m_departements->text().split(separators, Qt::SkipEmptyParts);
    edited.phone = m_phone->text().trimmed();
    edited.email = m_email->text().trimmed();
    edited.notes = m_notes->toPlainText().trimmed();
    if (Status s = InstitutionDirectory(m_db, m_clock).save(edited); !s) {
        m_lastError = s.error().message;
        return false;
    }
    reload();
    for (int row = 0; row < m_institutions.size(); ++row) {
        if (m_institutions.at(row).uid == edited.uid) {
            m_list->setCurrentRow(row);
        }
    }
    return true;
}

void InstitutionsDialog::removeCurrent()
{
    if (m_current.id <= 0) {
        return;
    }
    if (Status s = InstitutionDirectory(m_db, m_clock).remove(m_current.uid); !s) {
        QMessageBox::warning(this, windowTitle(), s.error().message);
        return;
    }
    reload();
}

} // namespace saisine
