#include "ProcedureJson.h"

#include <QJsonArray>

namespace saisine {

namespace {

QJsonValue date(const QDate& value)
{
    return value.isValid() ? QJsonValue(value.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue date(const std::optional<QDate>& value)
{
    return value ? date(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue text(const QString& value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonObject body(const CompetentBody& body)
{
    return {
        {QStringLiteral("kind"), keyOf(body.kind)},
        {QStringLiteral("name"), body.name},
        {QStringLiteral("address"), text(body.address)},
        {QStringLiteral("why"), body.why},
        {QStringLiteral("chosen_by_caseworker"), body.chosenByCaseworker},
        {QStringLiteral("alternatives"), QJsonArray::fromStringList(body.alternatives)},
        {QStringLiteral("law"), ProcedureJson::law(body.law, body.lawBeforeInForce)},
    };
}

} // namespace

QJsonObject ProcedureJson::law(const law::LawSource& law, bool beforeInForce)
{
    return {
        {QStringLiteral("source"), law.source},
        {QStringLiteral("in_force_since"), date(law.inForceSince)},
        {QStringLiteral("needs_confirmation"), law.needsConfirmation},
        {QStringLiteral("note"), text(law.note)},
        {QStringLiteral("corrected_by_association"), law.fromOverride},
        {QStringLiteral("date_before_in_force"), beforeInForce},
    };
}

QJsonObject ProcedureJson::routes(const CaseRoutesReport& report)
{
    QJsonArray known;
    for (const KnownCase& k : report.knownCases) {
        QJsonArray sanctions;
        for (const QDate& d : k.events.finalSanctions) {
            sanctions.append(date(d));
        }
        known.append(QJsonObject {
            {QStringLiteral("case_id"), k.events.caseId},
            {QStringLiteral("reference"), k.events.reference},
            {QStringLiteral("status"), keyOf(k.events.status)},
            {QStringLiteral("match"), RepeatOffence::matchKey(k.match)},
            {QStringLiteral("final_sanctions"), sanctions},
        });
    }
    QJsonArray routes;
    for (const RouteAdvice& advice : report.routes) {
        QJsonArray bodies;
        for (const CompetentBody& b : advice.bodies) {
            bodies.append(body(b));
        }
        routes.append(QJsonObject {
            {QStringLiteral("route"), keyOf(advice.route)},
            {QStringLiteral("label"), labelOf(advice.route)},
            {QStringLiteral("open"), advice.open},
            {QStringLiteral("why"), advice.why},
            {QStringLiteral("law"), law(advice.law, advice.lawBeforeInForce)},
            {QStringLiteral("bodies"), bodies},
            {QStringLiteral("notes"), QJsonArray::fromStringList(advice.notes)},
        });
    }
    QJsonValue deontology = QJsonValue::Null;
    if (report.deontology) {
        deontology = QJsonObject {
            {QStringLiteral("article"), report.deontology->article},
            {QStringLiteral("law"), law(report.deontology->law, report.deontology->beforeInForce)},
        };
    }
    const RepeatOffenceFinding& repeat = report.repeatOffence;
    return {
        {QStringLiteral("case"),
         QJsonObject {{QStringLiteral("id"), report.caseId}, {QStringLiteral("reference"), report.caseReference}}},
        {QStringLiteral("reference_date"), date(report.referenceDate)},
        {QStringLiteral("reference_date_basis"), CaseRoutes::basisKey(report.basis)},
        {QStringLiteral("departement"), text(report.departement)},
        {QStringLiteral("deontology"), deontology},
        {QStringLiteral("known_cases"), known},
        {QStringLiteral("repeat_offence"),
         QJsonObject {
             {QStringLiteral("applies"), repeat.repeatOffence},
             {QStringLiteral("window_start"), date(repeat.windowStart)},
             {QStringLiteral("sanction_date"), date(repeat.sanctionDate)},
             {QStringLiteral("case_reference"), text(repeat.caseReference)},
             {QStringLiteral("law"), law(repeat.law)},
         }},
        {QStringLiteral("routes"), routes},
    };
}

QJsonObject ProcedureJson::procedure(const ProcedureFollowUp& followUp)
{
    const ProcedureDeadlines& d = followUp.deadlines;
    QJsonArray deadlines;
    for (const Deadline& deadline : d.deadlines) {
        QJsonObject flags {
            {QStringLiteral("weekend"), deadline.flags.weekend},
            {QStringLiteral("holiday"),
             deadline.flags.holiday ? QJsonValue(deadline.flags.holiday->key) : QJsonValue()},
            {QStringLiteral("holiday_label"),
             deadline.flags.holiday ? QJsonValue(deadline.flags.holiday->label) : QJsonValue()},
            {QStringLiteral("next_working_day"), date(deadline.flags.nextWorkingDay)},
        };
        deadlines.append(QJsonObject {
            {QStringLiteral("key"), deadline.key},
            {QStringLiteral("label"), deadline.label()},
            {QStringLiteral("rule"), text(deadline.rule)},
            {QStringLiteral("due"), date(deadline.due)},
            {QStringLiteral("status"), ConciliationDeadlines::statusKey(deadline.status)},
            {QStringLiteral("status_label"), ConciliationDeadlines::statusLabel(deadline.status)},
            {QStringLiteral("met_on"), date(deadline.metOn)},
            {QStringLiteral("optional"), deadline.optional},
            {QStringLiteral("flags"), flags},
            {QStringLiteral("law"), law(deadline.law, deadline.lawBeforeInForce)},
        });
    }
    QJsonArray actions;
    for (const NextAction& action : followUp.actions) {
        actions.append(QJsonObject {
            {QStringLiteral("key"), action.key},
            {QStringLiteral("text"), action.text},
            {QStringLiteral("due_since"), date(action.dueSince)},
            {QStringLiteral("deadline"), text(action.deadlineKey)},
            {QStringLiteral("law"), law(action.law)},
        });
    }
    const Carence& carence = d.carence;
    return {
        {QStringLiteral("case_id"), followUp.caseId},
        {QStringLiteral("case_reference"), d.caseReference},
        {QStringLiteral("procedure_id"), d.procedureId},
        {QStringLiteral("procedure_uid"), d.procedureUid},
        {QStringLiteral("route"), keyOf(d.route)},
        {QStringLiteral("authority"), text(followUp.procedure.authorityName)},
        {QStringLiteral("receipt"), date(d.receipt)},
        {QStringLiteral("departement"), text(d.departement)},
        {QStringLiteral("repeat_offence"), d.repeatOffence},
        {QStringLiteral("outcome"), ConciliationDeadlines::outcomeKey(d.outcome)},
        {QStringLiteral("outcome_date"), date(d.outcomeDate)},
        {QStringLiteral("session_date"), date(d.sessionDate)},
        {QStringLiteral("deadlines"), deadlines},
        {QStringLiteral("carence"),
         QJsonObject {
             {QStringLiteral("applies"), carence.applies},
             {QStringLiteral("missed_deadline"), text(carence.missedDeadline)},
             {QStringLiteral("since"), date(carence.since)},
             {QStringLiteral("still_missing"), carence.stillMissing},
             {QStringLiteral("recorded_on"), date(carence.recordedOn)},
             {QStringLiteral("penalty_on"), date(carence.penaltyOn)},
             {QStringLiteral("law"), law(carence.law)},
         }},
        {QStringLiteral("next_actions"), actions},
        {QStringLiteral("notes"), QJsonArray::fromStringList(d.notes)},
    };
}

QJsonObject ProcedureJson::deadlines(const QList<ProcedureFollowUp>& followUps, const QDate& asOf, int dueSoonDays)
{
    QJsonArray procedures;
    for (const ProcedureFollowUp& followUp : followUps) {
        procedures.append(procedure(followUp));
    }
    return {
        {QStringLiteral("as_of"), date(asOf)},
        {QStringLiteral("due_soon_days"), dueSoonDays},
        {QStringLiteral("procedures"), procedures},
    };
}

} // namespace saisine
