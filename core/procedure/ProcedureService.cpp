#include "ProcedureService.h"

#include "common/Clock.h"
#include "store/Database.h"
#include "store/Repositories.h"

#include <QHash>

#include <algorithm>

namespace saisine {

namespace {

Result<Professional> mainProfessional(Database& db, const Case& c)
{
    if (c.professionalIds.isEmpty()) {
        return Error {
            ProcedureService::tr("The case names no professional."), {}, c.reference, QStringLiteral("professionals")};
    }
    return ProfessionalRepository(db).get(c.professionalIds.first());
}

} // namespace

ProcedureService::ProcedureService(Database& db, const law::LawTables& tables, const Clock& clock,
                                   DeadlineOptions options)
    : m_db(db)
    , m_tables(tables)
    , m_clock(clock)
    , m_options(options)
{
}

Result<CaseRoutesReport> ProcedureService::routesForCase(qint64 caseId) const
{
    auto c = CaseRepository(m_db, m_clock).loadFull(caseId);
    if (!c) {
        return c.error();
    }
    auto professional = mainProfessional(m_db, *c);
    if (!professional) {
        return professional.error();
    }
    auto person = PersonRepository(m_db, m_clock).get(c->personId);
    auto known = RepeatOffence::knownCases(m_db, *professional, c->id);
    if (!known) {
        return known.error();
    }
    return CaseRoutes(m_tables, m_clock).advise(*c, *professional, person ? &person.value() : nullptr, *known);
}

Result<QList<ProcedureFollowUp>> ProcedureService::openProcedures() const
{
    auto procedures = ProcedureRepository(m_db).allOpen();
    if (!procedures) {
        return procedures.error();
    }
    const ConciliationDeadlines engine(m_tables, m_clock, m_options);
    const CaseRepository cases(m_db, m_clock);

    struct CaseContext
    {
        Case c;
        Professional professional;
        QList<KnownCase> known;
    };
    QHash<qint64, CaseContext> contexts;
    QList<ProcedureFollowUp> result;
    for (const Procedure& procedure : *procedures) {
        if (!contexts.contains(procedure.caseId)) {
            auto c = cases.get(procedure.caseId);
            if (!c) {
                return c.error();
            }
            auto professional = mainProfessional(m_db, *c);
            if (!professional) {
                return professional.error();
            }
            auto known = RepeatOffence::knownCases(m_db, *professional, c->id);
            if (!known) {
                return known.error();
            }
            contexts.insert(procedure.caseId, CaseContext {*c, *professional, *known});
        }
        const CaseContext& context = contexts[procedure.caseId];
        ProcedureFollowUp followUp;
        followUp.caseId = procedure.caseId;
        followUp.procedure = procedure;
        // The repeat-offence rule looks 6 years back from this procedure's receipt (or, before
        // it is known, from the facts).
        QDate date = procedure.firstDate(ProcedureEventKind::ComplaintReceived).value_or(QDate());
        if (!date.isValid()) {
            date = CaseRoutes::referenceDate(context.c, m_clock);
        }
        followUp.repeatOffence = RepeatOffence::assess(date, context.known, m_tables);
        followUp.deadlines = engine.compute(procedure, CompetentAuthority::departementOf(context.professional),
                                            followUp.repeatOffence.repeatOffence, context.c.reference);
        followUp.actions = NextActions::forProcedure(followUp.deadlines, procedure, m_options.dueSoonDays);
        result.append(followUp);
    }
    std::stable_sort(result.begin(), result.end(), [](const ProcedureFollowUp& a, const ProcedureFollowUp& b) {
        return a.deadlines.caseReference < b.deadlines.caseReference;
    });
    return result;
}

} // namespace saisine
