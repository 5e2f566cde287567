#pragma once

#include "casework/CaseworkService.h"

#include <QWizard>

#include <functional>

namespace saisine {

class Clock;
class Database;
namespace law {
class LawTables;
}

// The intake of a new case, in plain questions: who, which professional, what happened, on
// which grounds, with which clues. The case is created in one transaction when the caseworker
// confirms the evidence page; the last page shows the routes open, the competent bodies with
// their legal source, and the documents to prepare.
class IntakeWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId { PersonPageId, ProfessionalPageId, FactsPageId, GroundsPageId, EvidencePageId, RoutesPageId };

    IntakeWizard(Database& db, const law::LawTables& tables, const Clock& clock, QWidget* parent = nullptr);

    // What the pages gathered so far; after creation, with the ids and the reference.
    IntakeRecord& draft() { return m_draft; }
    qint64 createdCaseId() const { return m_draft.caseFile.id; }

    // Writes the draft (person, professional, case, evidence) in one transaction.
    Status createCase();

    // Asked before what was typed is thrown away by Cancel or Escape; true lets it go.
    // Tests replace it.
    using DiscardQuestion = std::function<bool()>;
    void setDiscardQuestion(DiscardQuestion question) { m_discardQuestion = std::move(question); }

    void reject() override;

signals:
    void caseCreated(qint64 caseId);

private:
    Database& m_db;
    const Clock& m_clock;
    IntakeRecord m_draft;
    DiscardQuestion m_discardQuestion;
};

} // namespace saisine
