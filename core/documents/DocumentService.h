#pragma once

#include "DocumentComposer.h"
#include "DocumentRegister.h"

#include <QCoreApplication>

namespace saisine {

// The whole path of a document for one case: check, compose, render to PDF, and store the
// finalised PDF in the register (with its mandate record for a mandate).
class DocumentService final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentService)

public:
    DocumentService(Database& db, const law::LawTables& tables, const Clock& clock);

    Result<QList<MissingItem>> check(qint64 caseId, DocumentKind kind) const;
    Result<ComposedDocument> compose(qint64 caseId, DocumentKind kind) const;
    static Result<QByteArray> pdf(const ComposedDocument& document);

    // Stores `pdf` (the bytes that were printed or saved, possibly after edits in the editor)
    // in the register. A mandate document is linked to the case's mandate of that kind, which
    // is created (not yet signed) when the case has none.
    Result<StoredDocument> finalise(qint64 caseId, const ComposedDocument& document, const QByteArray& pdf);

    // compose + pdf in one step (CLI, batch jobs).
    Result<QByteArray> generate(qint64 caseId, DocumentKind kind) const;

private:
    Database& m_db;
    const law::LawTables& m_tables;
    const Clock& m_clock;
};

} // namespace saisine
