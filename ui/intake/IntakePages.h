#pragma once

#include "model/Professional.h"

#include <QList>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTableView;
class QTextBrowser;
class QTimer;

namespace saisine {

class Clock;
class Database;
class EnumChecklist;
class EvidenceModel;
class FactsForm;
class IntakeWizard;
class OptionalDateEdit;
class PersonForm;
class ProfessionalForm;
namespace law {
class LawTables;
}

// The pages of the intake wizard. Each writes its part of the wizard's draft when the
// caseworker moves on, after checking it with the core's Validation: a problem keeps the page
// open, says which field, and puts the cursor on it.

class PersonPage final : public QWizardPage
{
    Q_OBJECT
public:
    PersonPage(IntakeWizard* wizard, const Clock& clock);
    bool validatePage() override;

private:
    IntakeWizard* m_wizard;
    const Clock& m_clock;
    PersonForm* m_form;
    QLabel* m_error;
};

class ProfessionalPage final : public QWizardPage
{
    Q_OBJECT
public:
    ProfessionalPage(IntakeWizard* wizard, Database& db);
    void initializePage() override;
    bool validatePage() override;

private:
    void refreshResults();
    void useExisting(bool existing);
    void checkKnownCases();
    Professional chosen() const;

    IntakeWizard* m_wizard;
    Database& m_db;
    QList<Professional> m_all;
    QLineEdit* m_search;
    QListWidget* m_results;
    QRadioButton* m_existing;
    QRadioButton* m_new;
    ProfessionalForm* m_form;
    QLabel* m_known;
    QLabel* m_error;
    QTimer* m_knownTimer;
};

class FactsPage final : public QWizardPage
{
    Q_OBJECT
public:
    FactsPage(IntakeWizard* wizard, const Clock& clock);
    bool validatePage() override;

private:
    IntakeWizard* m_wizard;
    const Clock& m_clock;
    FactsForm* m_form;
    QLabel* m_error;
};

class GroundsPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit GroundsPage(IntakeWizard* wizard);
    void initializePage() override;
    bool validatePage() override;

private:
    IntakeWizard* m_wizard;
    EnumChecklist* m_grounds;
    bool m_proposed = false;
};

class EvidencePage final : public QWizardPage
{
    Q_OBJECT
public:
    EvidencePage(IntakeWizard* wizard, const Clock& clock);
    bool validatePage() override;

private:
    void addClue();

    IntakeWizard* m_wizard;
    const Clock& m_clock;
    QComboBox* m_kind;
    OptionalDateEdit* m_date;
    QLineEdit* m_description;
    QPushButton* m_add;
    QPushButton* m_remove;
    EvidenceModel* m_model;
    QTableView* m_table;
    QLabel* m_error;
};

class RoutesPage final : public QWizardPage
{
    Q_OBJECT
public:
    RoutesPage(IntakeWizard* wizard, Database& db, const law::LawTables& tables, const Clock& clock);
    void initializePage() override;

private:
    IntakeWizard* m_wizard;
    Database& m_db;
    const law::LawTables& m_tables;
    const Clock& m_clock;
    QLabel* m_summary;
    QTextBrowser* m_routes;
    QListWidget* m_documents;
};

} // namespace saisine
