#pragma once

#include "Vocabulary.h"

#include <QDate>
#include <QList>
#include <QString>

namespace saisine {

// The person's express mandate to the association (art. L1110-3 and R1110-12 CSP). The texts
// set no content; ours says who, to whom, for which complaint, what it covers, and that it can
// be revoked at any time.
struct Mandate
{
    qint64 id = 0;
    QString uid;
    qint64 caseId = 0;
    MandateKind kind = MandateKind::Filing;
    QList<MandateScope> scope;
    QDate signedDate;
    QString signedPlace;
    QDate revokedDate;
    QString notes;

    bool isSigned() const { return signedDate.isValid(); }
    bool isRevoked() const { return revokedDate.isValid(); }
    bool isInForce() const { return isSigned() && !isRevoked(); }

    friend bool operator==(const Mandate&, const Mandate&) = default;
};

} // namespace saisine
