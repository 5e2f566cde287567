#include "IntakeWizard.h"

#include "IntakePages.h"
#include "common/Clock.h"

namespace saisine {

IntakeWizard::IntakeWizard(Database& db, const law::LawTables& tables, const Clock& clock, QWidget* parent)
    : QWizard(parent)
    , m_db(db)
    , m_tables(tables)
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
    resize(820, 680);
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
