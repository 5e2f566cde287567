#pragma once

#include "Vocabulary.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace saisine {

// One clue of the bundle (faisceau d'indices). The file's SHA-256 proves it was not changed
// after it was added.
struct Evidence
{
    qint64 id = 0;
    QString uid;
    qint64 caseId = 0;
    EvidenceKind kind = EvidenceKind::Other;
    QDate date; // date of the clue itself (invoice date, screenshot date...)
    QString description;
    QString fileName;
    QByteArray fileContent;
    QString fileSha256; // hex; computed from fileContent when a file is attached
    QDateTime addedAt; // UTC

    friend bool operator==(const Evidence&, const Evidence&) = default;
};

} // namespace saisine
