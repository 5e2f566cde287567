#include "ProcedureService.h"

#include "common/Clock.h"
#include "store/Database.h"
#include "store/ProcedureQueries.h"
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

// The candidate professionals of many cases at once, indexed so that RepeatOffence::knownCases()
// can be answered for each case without a query: by RPPS number, and by profession and
// postcode then normalised name. Names are normalised once per professional, not once per pair.
class KnownCaseIndex final
{
public:
    explicit KnownCaseIndex(const QList<Professional>& candidates)
        : m_candidates(candidates)
    {
        for (qsizetype i = 0; i < m_candidates.size(); ++i) {
            const Professional& p = m_candidates.at(i);
            m_byId.insert(p.id, i);
            if (const QString rpps = p.rpps.trimmed(); !rpps.isEmpty()) {
                m_byRpps[rpps].append(i);
            }
            if (const QString postcode = p.address.postcode.trimmed(); !postcode.isEmpty()) {
                m_byGroup[groupKey(p.profession, postcode)].append(i);
            }
        }
    }

    const Professional* professional(qint64 id) const
    {
        const qsizetype i = m_byId.value(id, -1);
        return i < 0 ? nullptr : &m_candidates.at(i);
    }

    // What RepeatOffence::knownCases() finds for `wanted` among candidateProfessionals(): every
    // candidate RepeatOffence::match() could accept is looked up (the same record, the same RPPS,
    // the same profession, postcode and normalised name) and match() decides.
    QHash<qint64, ProfessionalMatch> matchesOf(const Professional& wanted)
    {
        QHash<qint64, ProfessionalMatch> result;
        auto consider = [&](qsizetype i) {
            const Professional& candidate = m_candidates.at(i);
            if (!result.contains(candidate.id)) {
                if (const auto how = RepeatOffence::match(wanted, candidate)) {
                    result.insert(candidate.id, *how);
                }
            }
        };
        if (const qsizetype self = m_byId.value(wanted.id, -1); self >= 0) {
            consider(self);
        }
        if (const QString rpps = wanted.rpps.trimmed(); !rpps.isEmpty()) {
            for (const qsizetype i : m_byRpps.value(rpps)) {
                consider(i);
            }
        }
        const QString postcode = wanted.address.postcode.trimmed();
        const QString name = RepeatOffence::normalisedName(wanted);
        if (!postcode.isEmpty() && !name.isEmpty()) {
            const QString key = groupKey(wanted.profession, postcode);
            auto names = m_namesByGroup.find(key);
            if (names == m_namesByGroup.end()) {
                QHash<QString, QList<qsizetype>> byName;
                for (const qsizetype i : m_byGroup.value(key)) {
                    byName[RepeatOffence::normalisedName(m_candidates.at(i))].append(i);
                }
                names = m_namesByGroup.insert(key, byName);
            }
            for (const qsizetype i : names->value(name)) {
                consider(i);
            }
        }
        return result;
    }

private:
    static QString groupKey(Profession profession, const QString& postcode)
    {
        return keyOf(profession) + QLatin1Char('|') + postcode;
    }

    const QList<Professional>& m_candidates;
    QHash<qint64, qsizetype> m_byId;
    QHash<QString, QList<qsizetype>> m_byRpps;
    QHash<QString, QList<qsizetype>> m_byGroup;
    QHash<QString, QHash<QString, QList<qsizetype>>> m_namesByGroup; // filled group by group, when asked
};

// RepeatOffence::knownCases() of one case, from the cases linked to the matching professionals:
// ordered by reference, the case itself left out, each with the lowest matching professional.
QList<KnownCase> knownCasesOf(const QList<LinkedCase>& linked, const QHash<qint64, QList<qsizetype>>& linkedCasesOf,
                              const QHash<qint64, ProfessionalMatch>& matches, qint64 excludeCaseId)
{
    QList<qsizetype> rows;
    for (auto it = matches.cbegin(); it != matches.cend(); ++it) {
        rows += linkedCasesOf.value(it.key());
    }
    std::sort(rows.begin(), rows.end()); // rows of `linked` are in the order of the references
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<KnownCase> result;
    for (const qsizetype row : std::as_const(rows)) {
        const LinkedCase& c = linked.at(row);
        if (c.events.caseId == excludeCaseId) {
            continue;
        }
        KnownCase known {c.events, ProfessionalMatch::SameRecord};
        for (const qint64 professionalId : c.professionalIds) { // ascending: the first match is the lowest
            if (const auto how = matches.constFind(professionalId); how != matches.cend()) {
                known.events.professionalId = professionalId;
                known.match = *how;
                break;
            }
        }
        result.append(known);
    }
    return result;
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
    // Set-based: the open procedures, their cases, the candidate professionals and the cases
    // linked to them are each read in one go (ProcedureQueries), then matched in memory. Reading
    // them case by case cost several queries per case, and a scan of all professionals for each.
    auto procedures = ProcedureRepository(m_db).allOpen();
    if (!procedures) {
        return procedures.error();
    }
    const ProcedureQueries queries(m_db);
    auto cases = queries.casesWithOpenProcedures();
    if (!cases) {
        return cases.error();
    }
    auto candidates = queries.candidatesForOpenProcedures();
    if (!candidates) {
        return candidates.error();
    }
    KnownCaseIndex index(*candidates);

    // The main professional of each case, and what matches it.
    QHash<qint64, QHash<qint64, ProfessionalMatch>> matchesOfMain;
    QList<qint64> matchedIds;
    for (const OpenProcedureCase& c : std::as_const(*cases)) {
        if (c.professionalIds.isEmpty() || matchesOfMain.contains(c.professionalIds.first())) {
            continue;
        }
        const Professional* main = index.professional(c.professionalIds.first());
        if (!main) {
            continue; // reported below, as the case is reached
        }
        const auto matches = index.matchesOf(*main);
        for (auto it = matches.cbegin(); it != matches.cend(); ++it) {
            matchedIds.append(it.key());
        }
        matchesOfMain.insert(main->id, matches);
    }
    std::sort(matchedIds.begin(), matchedIds.end());
    matchedIds.erase(std::unique(matchedIds.begin(), matchedIds.end()), matchedIds.end());
    auto linked = queries.casesLinkedTo(matchedIds);
    if (!linked) {
        return linked.error();
    }
    QHash<qint64, QList<qsizetype>> linkedCasesOf; // professional id -> rows of *linked
    for (qsizetype i = 0; i < linked->size(); ++i) {
        for (const qint64 professionalId : linked->at(i).professionalIds) {
            linkedCasesOf[professionalId].append(i);
        }
    }

    const ConciliationDeadlines engine(m_tables, m_clock, m_options);
    struct CaseContext
    {
        Case c;
        Professional professional;
        QList<KnownCase> known;
    };
    QHash<qint64, CaseContext> contexts;
    QList<ProcedureFollowUp> result;
    result.reserve(procedures->size());
    for (const Procedure& procedure : std::as_const(*procedures)) {
        if (!contexts.contains(procedure.caseId)) {
            const auto found = cases->constFind(procedure.caseId);
            if (found == cases->cend()) {
                // Not among the cases read a moment ago: deleted since (the repository names it,
                // as before), or given an open procedure in between (left for the next refresh).
                if (auto c = CaseRepository(m_db, m_clock).get(procedure.caseId); !c) {
                    return c.error();
                }
                continue;
            }
            CaseContext context;
            context.c.id = found->caseId;
            context.c.reference = found->reference;
            context.c.factDates = found->factDates;
            context.c.professionalIds = found->professionalIds;
            if (found->professionalIds.isEmpty()) {
                return Error {ProcedureService::tr("The case names no professional."),
                              {},
                              found->reference,
                              QStringLiteral("professionals")};
            }
            const qint64 mainId = found->professionalIds.first();
            const Professional* main = index.professional(mainId);
            if (!main) {
                // Named in the case since the professionals were read: as above.
                if (auto professional = ProfessionalRepository(m_db).get(mainId); !professional) {
                    return professional.error();
                }
                continue;
            }
            context.professional = *main;
            context.known = knownCasesOf(*linked, linkedCasesOf, matchesOfMain.value(mainId), found->caseId);
            contexts.insert(procedure.caseId, context);
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
