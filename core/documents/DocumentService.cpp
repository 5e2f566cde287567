#include "DocumentService.h"

#include "PdfRenderer.h"
#include "common/Clock.h"
#include "store/Database.h"
#include "store/Repositories.h"

namespace saisine {

DocumentService::DocumentService(Database& db, const law::LawTables& tables, const Clock& clock)
    : m_db(db)
    , m_tables(tables)
    , m_clock(clock)
{
}

Result<QList<MissingItem>> DocumentService::check(qint64 caseId, DocumentKind kind) const
{
    DocumentComposer composer(m_db, m_tables, m_clock);
    auto bundle = composer.load(caseId);
    if (!bundle) {
        return bundle.error();
    }
    return composer.check(*bundle, kind);
}

Result<ComposedDocument> DocumentService::compose(qint64 caseId, DocumentKind kind) const
{
    DocumentComposer composer(m_db, m_tables, m_clock);
    auto bundle = composer.load(caseId);
    if (!bundle) {
        return bundle.error();
    }
    return composer.compose(*bundle, kind);
}

Result<QByteArray> DocumentService::pdf(const ComposedDocument& document)
{
    return PdfRenderer::toPdf(document, {document.title, document.author});
}

Result<QByteArray> DocumentService::generate(qint64 caseId, DocumentKind kind) const
{
    auto composed = compose(caseId, kind);
    if (!composed) {
        return composed.error();
    }
    return pdf(*composed);
}

Result<StoredDocument> DocumentService::finalise(qint64 caseId, const ComposedDocument& document, const QByteArray& pdf)
{
    StoredDocument stored;
    stored.caseId = caseId;
    stored.kind = document.kind;
    stored.title = document.title;
    stored.date = document.date;
    stored.templateVersion = document.templateVersion;
    stored.mandateId = document.mandateId;
    stored.content = pdf;
    if (document.recipient) {
        stored.recipient = document.recipient->name;
        stored.institutionUid = document.recipient->uid;
    }
    stored.fileName = DocumentKinds::key(document.kind) + QLatin1Char('-') + document.date.toString(Qt::ISODate)
        + QStringLiteral(".pdf");
    Status status = m_db.transaction([&]() -> Status {
        if (DocumentKinds::isMandate(document.kind) && stored.mandateId == 0) {
            Mandate mandate;
            mandate.caseId = caseId;
            mandate.kind = document.kind == DocumentKind::MandateRepresentation ? MandateKind::Representation
                                                                                : MandateKind::Filing;
            mandate.scope = mandate.kind == MandateKind::Filing
                ? QList<MandateScope> {MandateScope::Filing, MandateScope::Assistance, MandateScope::Correspondence}
                : QList<MandateScope> {MandateScope::Representation, MandateScope::Assistance,
                                       MandateScope::Correspondence};
            if (Status s = MandateRepository(m_db, m_clock).insert(mandate); !s) {
                return s;
            }
            stored.mandateId = mandate.id;
        }
        return DocumentRegister(m_db, m_clock).insert(stored);
    });
    if (!status) {
        return status.error();
    }
    return stored;
}

} // namespace saisine
