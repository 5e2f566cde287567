#pragma once

#include "CaseRoutes.h"
#include "ProcedureService.h"

#include <QJsonObject>
#include <QList>

namespace saisine {

// The JSON forms of `saisine-cli routes` and `saisine-cli deadlines` (docs/procedure.md).
// Keys and enumeration values are stable ASCII; labels and explanations are translated text.
class ProcedureJson final
{
public:
    static QJsonObject law(const law::LawSource& law, bool beforeInForce = false);
    static QJsonObject routes(const CaseRoutesReport& report);
    static QJsonObject deadlines(const QList<ProcedureFollowUp>& followUps, const QDate& asOf, int dueSoonDays);
    static QJsonObject procedure(const ProcedureFollowUp& followUp);
};

} // namespace saisine
