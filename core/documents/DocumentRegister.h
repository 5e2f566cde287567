#pragma once

#include "DocumentKind.h"
#include "common/Result.h"
#include "model/Mandate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace saisine {

class Clock;
class Database;

// A generated document, or the scanned copy of a signed mandate.
enum class DocumentRole { Generated, SignedScan };

// One entry of the register: a finalised document kept with its case, byte for byte.
struct StoredDocument
{
    qint64 id = 0;
    QString uid;
    qint64 caseId = 0;
    DocumentKind kind = DocumentKind::ComplaintCpam;
    DocumentRole role = DocumentRole::Generated;
    QString title;
    QString recipient; // name of the institution, empty for mandates and exhibits lists
    QString institutionUid;
    QDate date; // the date printed on the document
    QDateTime createdAt; // UTC
    QString templateVersion;
    qint64 mandateId = 0;
    QString fileName;
    QString mimeType = QStringLiteral("application/pdf");
    QByteArray content; // empty when listed without content
    QString sha256; // hex, of content

    friend bool operator==(const StoredDocument&, const StoredDocument&) = default;
};

// Where a mandate stands: printed -> signed (date) -> scanned copy attached -> revoked.
enum class MandateState { Recorded, Printed, Signed, Scanned, Revoked };

class DocumentRegister final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentRegister)

public:
    DocumentRegister(Database& db, const Clock& clock);

    // Stores the document in a transaction; computes its SHA-256 and stamps createdAt when unset.
    Status insert(StoredDocument& document);
    Status remove(qint64 id);
    // The case's documents by date, without their content (a list stays light).
    Result<QList<StoredDocument>> forCase(qint64 caseId) const;
    Result<StoredDocument> get(qint64 id) const; // with content
    // Every document of every case, with content, ordered by uid (for the exchange file).
    Result<QList<StoredDocument>> all() const;
    // True when the stored bytes still match the SHA-256 recorded when they were stored.
    Result<bool> verify(qint64 id) const;

    // Attaches the scanned copy of a signed mandate.
    Result<StoredDocument> attachSignedScan(const Mandate& mandate, const QString& fileName, const QByteArray& content,
                                            const QString& mimeType);

    static MandateState stateOf(const Mandate& mandate, const QList<StoredDocument>& documents);
    static QString stateLabel(MandateState state);
    static QString roleKey(DocumentRole role);
    static QString sha256Of(const QByteArray& content);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace saisine
