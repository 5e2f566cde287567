#include "DocumentRegister.h"

#include "common/Clock.h"
#include "store/Database.h"
#include "store/SqlSupport.h"

#include <QCryptographicHash>

namespace saisine {

using namespace sql;

namespace {

const QString columns = QStringLiteral(
    "id, uid, case_id, kind, role, title, recipient, institution_uid, document_date, created_at, template_version, "
    "mandate_id, file_name, mime_type, sha256");

StoredDocument fromRow(const Statement& q)
{
    StoredDocument d;
    d.id = q.value(0).toLongLong();
    d.uid = q.value(1).toString();
    d.caseId = q.value(2).toLongLong();
    d.kind = DocumentKinds::fromKey(q.value(3).toString()).value_or(DocumentKind::ComplaintCpam);
    d.role = q.value(4).toString() == QLatin1String("signed_scan") ? DocumentRole::SignedScan : DocumentRole::Generated;
    d.title = q.value(5).toString();
    d.recipient = toText(q.value(6));
    d.institutionUid = toText(q.value(7));
    d.date = toDate(q.value(8));
    d.createdAt = toDateTime(q.value(9));
    d.templateVersion = toText(q.value(10));
    d.mandateId = q.value(11).toLongLong();
    d.fileName = q.value(12).toString();
    d.mimeType = q.value(13).toString();
    d.sha256 = q.value(14).toString();
    return d;
}

} // namespace

DocumentRegister::DocumentRegister(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}

QString DocumentRegister::sha256Of(const QByteArray& content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

QString DocumentRegister::roleKey(DocumentRole role)
{
    return role == DocumentRole::SignedScan ? QStringLiteral("signed_scan") : QStringLiteral("generated");
}

Status DocumentRegister::insert(StoredDocument& document)
{
    const QString record = tr("document \"%1\"").arg(document.title);
    if (document.content.isEmpty()) {
        return Error {tr("The document has no content."), {}, record, QStringLiteral("content")};
    }
    if (document.caseId <= 0) {
        return Error {tr("The document belongs to no case."), {}, record, QStringLiteral("case")};
    }
    if (!document.date.isValid()) {
        return Error {tr("The document has no date."), {}, record, QStringLiteral("date")};
    }
    const QString hash = sha256Of(document.content);
    if (!document.sha256.isEmpty() && document.sha256 != hash) {
        return Error {tr("The document's content does not match its SHA-256: it was changed."), document.sha256, record,
                      QStringLiteral("sha256")};
    }
    StoredDocument stored = document;
    stored.sha256 = hash;
    if (stored.uid.isEmpty()) {
        stored.uid = newUid();
    }
    if (!stored.createdAt.isValid()) {
        stored.createdAt = m_clock.now().toUTC();
    }
    if (stored.title.trimmed().isEmpty()) {
        stored.title = DocumentKinds::frenchTitle(stored.kind);
    }
    if (stored.fileName.isEmpty()) {
        stored.fileName = DocumentKinds::key(stored.kind) + QStringLiteral(".pdf");
    }
    Status status = m_db.transaction([&]() -> Status {
        auto query = exec(
            m_db,
            QStringLiteral("INSERT INTO document (uid, case_id, kind, role, title, recipient, institution_uid, "
                           "document_date, created_at, template_version, mandate_id, file_name, mime_type, content, "
                           "sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            QVariantList {stored.uid, stored.caseId, DocumentKinds::key(stored.kind), roleKey(stored.role),
                          stored.title, textValue(stored.recipient), textValue(stored.institutionUid),
                          dateValue(stored.date), dateTimeValue(stored.createdAt), textValue(stored.templateVersion),
                          stored.mandateId > 0 ? QVariant(stored.mandateId) : QVariant(QMetaType::fromType<qint64>()),
                          stored.fileName, stored.mimeType, stored.content, stored.sha256},
            record);
        if (!query) {
            return query.error();
        }
        stored.id = query->lastInsertId().toLongLong();
        return {};
    });
    if (status) {
        document = stored;
    }
    return status;
}

Status DocumentRegister::remove(qint64 id)
{
    return deleteById(m_db, QStringLiteral("document"), id, tr("document #%1").arg(id));
}

Result<QList<StoredDocument>> DocumentRegister::forCase(qint64 caseId) const
{
    auto query = exec(m_db,
                      QStringLiteral("SELECT ") + columns
                          + QStringLiteral(" FROM document WHERE case_id = ? ORDER BY document_date, id"),
                      {caseId});
    if (!query) {
        return query.error();
    }
    QList<StoredDocument> list;
    while (query->next()) {
        list.append(fromRow(*query));
    }
    query->finish();
    return list;
}

Result<StoredDocument> DocumentRegister::get(qint64 id) const
{
    auto query =
        exec(m_db, QStringLiteral("SELECT ") + columns + QStringLiteral(", content FROM document WHERE id = ?"), {id});
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        query->finish();
        return notFound(tr("document #%1").arg(id));
    }
    StoredDocument d = fromRow(*query);
    d.content = query->value(15).toByteArray();
    query->finish();
    return d;
}

Result<QList<StoredDocument>> DocumentRegister::all() const
{
    auto query =
        exec(m_db, QStringLiteral("SELECT ") + columns + QStringLiteral(", content FROM document ORDER BY uid"));
    if (!query) {
        return query.error();
    }
    QList<StoredDocument> list;
    while (query->next()) {
        StoredDocument d = fromRow(*query);
        d.content = query->value(15).toByteArray();
        list.append(d);
    }
    query->finish();
    return list;
}

Result<bool> DocumentRegister::verify(qint64 id) const
{
    auto document = get(id);
    if (!document) {
        return document.error();
    }
    return sha256Of(document->content) == document->sha256;
}

Result<StoredDocument> DocumentRegister::attachSignedScan(const Mandate& mandate, const QString& fileName,
                                                          const QByteArray& content, const QString& mimeType)
{
    if (!mandate.isSigned()) {
        return Error {tr("Record the date the mandate was signed before attaching its scanned copy."),
                      {},
                      tr("mandate #%1").arg(mandate.id),
                      QStringLiteral("signedDate")};
    }
    StoredDocument scan;
    scan.caseId = mandate.caseId;
    scan.kind =
        mandate.kind == MandateKind::Representation ? DocumentKind::MandateRepresentation : DocumentKind::MandateFiling;
    scan.role = DocumentRole::SignedScan;
    scan.title = DocumentKinds::frenchTitle(scan.kind) + QStringLiteral(" (copie signée)");
    scan.date = mandate.signedDate;
    scan.mandateId = mandate.id;
    scan.fileName = fileName;
    scan.mimeType = mimeType;
    scan.content = content;
    if (Status s = insert(scan); !s) {
        return s.error();
    }
    return scan;
}

MandateState DocumentRegister::stateOf(const Mandate& mandate, const QList<StoredDocument>& documents)
{
    if (mandate.isRevoked()) {
        return MandateState::Revoked;
    }
    bool printed = false;
    bool scanned = false;
    for (const StoredDocument& d : documents) {
        if (d.mandateId != mandate.id || mandate.id == 0) {
            continue;
        }
        printed |= d.role == DocumentRole::Generated;
        scanned |= d.role == DocumentRole::SignedScan;
    }
    if (scanned) {
        return MandateState::Scanned;
    }
    if (mandate.isSigned()) {
        return MandateState::Signed;
    }
    return printed ? MandateState::Printed : MandateState::Recorded;
}

QString DocumentRegister::stateLabel(MandateState state)
{
    switch (state) {
    case MandateState::Recorded:
        return tr("Not printed yet");
    case MandateState::Printed:
        return tr("Printed, waiting for signatures");
    case MandateState::Signed:
        return tr("Signed, scanned copy missing");
    case MandateState::Scanned:
        return tr("Signed, scanned copy attached");
    case MandateState::Revoked:
        return tr("Revoked");
    }
    return {};
}

} // namespace saisine
