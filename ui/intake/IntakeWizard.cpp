#include "IntakeWizard.h"

#include "IntakePages.h"
#include "common/Clock.h"

#include <QMessageBox>

namespace saisine {

IntakeWizard::IntakeWizard(Database& db, const law::LawTables& tables, const Clock& clock, QWidget* parent)
    : QWizard(parent)
    , m_db(db)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("intakeWizard"));
    setWindowTitle(tr("New case"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_draft.caseFile.status = CaseStatus::Intake;
    setPage(PersonPageId, new PersonPage(this, clock));
    setPage(ProfessionalPageId, new ProfessionalPage(this, db));
    setPage(FactsPageId, new FactsPage(this, clock));
    setPage(GroundsPageId, new GroundsPage(this));
    setPage(EvidencePageId, new EvidencePage(this, clock));
    setPage(RoutesPageId, new RoutesPage(this, db, tables, clock));
    resize(900, 720);
    m_discardQuestion = [this]() {
        return QMessageBox::question(this, tr("Abandon the new case?"),
                                     tr("What you entered for this new case has not been saved. Abandon it?"),
                                     QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Discard;
    };
}

void IntakeWizard::reject()
{
    // Once the case is created there is nothing left to lose; before, an account typed with
    // the person in front of you must not vanish on a stray Escape.
    const bool typedSomething =
        currentId() > PersonPageId || !field(QStringLiteral("personLastName")).toString().isEmpty();
    if (createdCaseId() == 0 && typedSomething && !m_discardQuestion()) {
        return;
    }
    QWizard::reject();
}

Status IntakeWizard::createCase()
{
    Status status = CaseworkService(m_db, m_clock).createCase(m_draft);
    if (status) {
        emit caseCreated(m_draft.caseFile.id);
    }
    return status;
}

} // namespace saisine
