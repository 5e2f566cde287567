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
// postcode then normalised name. Names are normalised once per professional, and only for the
// groups (profession and postcode) some case asks about.
class KnownCaseIndex final
{
public:
    // `candidates` ordered by id, as candidatesForOpenProcedures() gives them.
    explicit KnownCaseIndex(const QList<Professional>& candidates)
        : m_candidates(candidates)
        , m_names(candidates.size())
        , m_named(candidates.size(), false)
    {
        m_byRpps.reserve(m_candidates.size());
        for (qsizetype i = 0; i < m_candidates.size(); ++i) {
            const Professional& p = m_candidates.at(i);
            if (const QString rpps = p.rpps.trimmed(); !rpps.isEmpty()) {
                m_byRpps.insert(rpps, i);
            }
            if (const QString postcode = p.address.postcode.trimmed(); !postcode.isEmpty()) {
                m_byGroup[{int(p.profession), postcode}].members.append(i);
            }
        }
    }

    const Professional* professional(qint64 id) const
    {
        const qsizetype i = rowOf(id);
        return i < 0 ? nullptr : &m_candidates.at(i);
    }

    // What RepeatOffence::knownCases() finds for `wanted` among candidateProfessionals(): every
    // candidate RepeatOffence::match() could accept is looked up (the same record, the same RPPS,
    // the same profession, postcode and normalised name) and match() decides. `wanted` is one of
    // the candidates. Ordered by professional id, without repeats.
    QList<std::pair<qint64, ProfessionalMatch>> matchesOf(const Professional& wanted)
    {
        const qsizetype self = rowOf(wanted.id);
        QList<std::pair<qint64, ProfessionalMatch>> result;
        auto consider = [&](qsizetype i) {
            const Professional& candidate = m_candidates.at(i);
            for (const auto& found : std::as_const(result)) {
                if (found.first == candidate.id) {
                    return;
                }
            }
            const auto how = RepeatOffence::match(
                wanted, candidate, [&]() -> const QString& { return self >= 0 ? nameOf(self) : wantedName(wanted); },
                [&]() -> const QString& { return nameOf(i); });
            if (how) {
                result.append({candidate.id, *how});
            }
        };
        if (self >= 0) {
            consider(self);
        }
        if (const QString rpps = wanted.rpps.trimmed(); !rpps.isEmpty()) {
            for (auto it = m_byRpps.constFind(rpps); it != m_byRpps.cend() && it.key() == rpps; ++it) {
                consider(*it);
            }
        }
        const QString postcode = wanted.address.postcode.trimmed();
        if (!postcode.isEmpty()) {
            const auto group = m_byGroup.find({int(wanted.profession), postcode});
            // A group of one is `wanted` alone, already considered as the same record.
            if (group != m_byGroup.end() && (group->members.size() > 1 || self < 0)) {
                const QString& name = self >= 0 ? nameOf(self) : wantedName(wanted);
                if (!name.isEmpty()) {
                    if (!group->named) {
                        // Groups hold hundreds (one profession in one postcode): by name, once.
                        group->byName.reserve(group->members.size());
                        for (const qsizetype i : std::as_const(group->members)) {
                            group->byName.insert(nameOf(i), i);
                        }
                        group->named = true;
                    }
                    for (auto it = group->byName.constFind(name); it != group->byName.cend() && it.key() == name;
                         ++it) {
                        consider(*it);
                    }
                }
            }
        }
        std::sort(result.begin(), result.end());
        return result;
    }

private:
    qsizetype rowOf(qint64 id) const
    {
        const auto found = std::lower_bound(m_candidates.cbegin(), m_candidates.cend(), id,
                                            [](const Professional& p, qint64 wanted) { return p.id < wanted; });
        return found != m_candidates.cend() && found->id == id ? found - m_candidates.cbegin() : -1;
    }

    const QString& nameOf(qsizetype i)
    {
        if (!m_named.at(i)) {
            m_names[i] = RepeatOffence::normalisedName(m_candidates.at(i));
            m_named[i] = true;
        }
        return m_names.at(i);
    }

    const QString& wantedName(const Professional& wanted)
    {
        m_wantedName = RepeatOffence::normalisedName(wanted);
        return m_wantedName;
    }

    const QList<Professional>& m_candidates;
    QList<QString> m_names; // normalised names, filled as asked for (m_named)
    QList<bool> m_named;
    QString m_wantedName;
    QMultiHash<QString, qsizetype> m_byRpps;
    struct Group
    {
        QList<qsizetype> members;
        QMultiHash<QString, qsizetype> byName; // by normalised name, filled when first asked
        bool named = false;
    };
    QHash<std::pair<int, QString>, Group> m_byGroup; // (profession, postcode)
};

using Matches = QList<std::pair<qint64, ProfessionalMatch>>;

// RepeatOffence::knownCases() of one case, as far as RepeatOffence::assess() looks at it: the
// cases with a final sanction linked to the matching professionals, ordered by reference, the
// case itself left out, each with the lowest matching professional.
QList<KnownCase> knownCasesOf(const QList<LinkedCase>& linked, const QHash<qint64, QList<qsizetype>>& linkedCasesOf,
                              const Matches& matches, qint64 excludeCaseId)
{
    QList<qsizetype> rows;
    for (const auto& match : matches) {
        if (const auto found = linkedCasesOf.constFind(match.first); found != linkedCasesOf.cend()) {
            rows += *found;
        }
    }
    QList<KnownCase> result;
    if (rows.isEmpty()) {
        return result;
    }
    std::sort(rows.begin(), rows.end()); // rows of `linked` are in the order of the references
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (const qsizetype row : std::as_const(rows)) {
        const LinkedCase& c = linked.at(row);
        if (c.events.caseId == excludeCaseId) {
            continue;
        }
        KnownCase known {c.events, ProfessionalMatch::SameRecord};
        for (const qint64 professionalId : c.professionalIds) { // ascending: the first match is the lowest
            const auto how = std::find_if(matches.cbegin(), matches.cend(),
                                          [&](const auto& match) { return match.first == professionalId; });
            if (how != matches.cend()) {
                known.events.professionalId = professionalId;
                known.match = how->second;
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
    QHash<qint64, Matches> matchesOfMain;
    matchesOfMain.reserve(cases->size());
    QList<qint64> matchedIds;
    for (const OpenProcedureCase& c : std::as_const(*cases)) {
        if (c.professionalIds.isEmpty() || matchesOfMain.contains(c.professionalIds.first())) {
            continue;
        }
        const Professional* main = index.professional(c.professionalIds.first());
        if (!main) {
            continue; // reported below, as the case is reached
        }
        Matches matches = index.matchesOf(*main);
        for (const auto& match : std::as_const(matches)) {
            matchedIds.append(match.first);
        }
        matchesOfMain.insert(main->id, std::move(matches));
    }
    std::sort(matchedIds.begin(), matchedIds.end());
    matchedIds.erase(std::unique(matchedIds.begin(), matchedIds.end()), matchedIds.end());
    auto linked = queries.sanctionedCasesLinkedTo(matchedIds);
    if (!linked) {
        return linked.error();
    }
    QHash<qint64, QList<qsizetype>> linkedCasesOf; // professional id -> rows of *linked
    for (qsizetype i = 0; i < linked->size(); ++i) {
        for (const qint64 professionalId : linked->at(i).professionalIds) {
            linkedCasesOf[professionalId].append(i);
        }
    }

    // What the rules need of each case, worked out once per case (a case may have several open
    // procedures).
    struct CaseContext
    {
        const OpenProcedureCase* c = nullptr;
        QString departement;
        QList<KnownCase> known;
    };
    QList<CaseContext> contexts;
    contexts.reserve(cases->size());
    QHash<qint64, qsizetype> contextOf; // case id -> row of contexts
    contextOf.reserve(cases->size());
    QList<std::pair<qsizetype, const Procedure*>> work; // in the order of the procedures
    work.reserve(procedures->size());
    for (const Procedure& procedure : std::as_const(*procedures)) {
        qsizetype context = contextOf.value(procedure.caseId, -1);
        if (context < 0) {
            const auto found = cases->constFind(procedure.caseId);
            if (found == cases->cend()) {
                // Not among the cases read a moment ago: deleted since (the repository names it,
                // as before), or given an open procedure in between (left for the next refresh).
                if (auto c = CaseRepository(m_db, m_clock).get(procedure.caseId); !c) {
                    return c.error();
                }
                continue;
            }
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
            CaseContext& added = contexts.emplace_back();
            added.c = &*found;
            added.departement = CompetentAuthority::departementOf(*main);
            added.known = knownCasesOf(*linked, linkedCasesOf, matchesOfMain.value(mainId), found->caseId);
            context = contexts.size() - 1;
            contextOf.insert(procedure.caseId, context);
        }
        work.append({context, &procedure});
    }
    // Ordered by case reference (by its rank among the cases read, which saves comparing
    // strings), procedures of one case in their order: the order is settled before the
    // follow-ups are made, which are too big to be moved about by a sort.
    std::stable_sort(work.begin(), work.end(), [&](const auto& a, const auto& b) {
        return contexts.at(a.first).c->rank < contexts.at(b.first).c->rank;
    });

    const ConciliationDeadlines engine(m_tables, m_clock, m_options);
    QList<ProcedureFollowUp> result;
    result.reserve(work.size());
    for (const auto& [row, procedurePointer] : std::as_const(work)) {
        const CaseContext* context = &contexts.at(row);
        const Procedure& procedure = *procedurePointer;
        ProcedureFollowUp& followUp = result.emplace_back();
        followUp.caseId = procedure.caseId;
        followUp.procedure = procedure;
        // The repeat-offence rule looks 6 years back from this procedure's receipt (or, before
        // it is known, from the facts).
        QDate date = procedure.firstDate(ProcedureEventKind::ComplaintReceived).value_or(QDate());
        if (!date.isValid()) {
            Case c; // what CaseRoutes::referenceDate() reads of the case: its facts
            c.id = context->c->caseId;
            c.reference = context->c->reference;
            c.factDates = context->c->factDates;
            c.professionalIds = context->c->professionalIds;
            date = CaseRoutes::referenceDate(c, m_clock);
        }
        followUp.repeatOffence = RepeatOffence::assess(date, context->known, m_tables);
        followUp.deadlines = engine.compute(procedure, context->departement, followUp.repeatOffence.repeatOffence,
                                            context->c->reference);
        followUp.actions = NextActions::forProcedure(followUp.deadlines, procedure, m_options.dueSoonDays);
    }
    return result;
}

} // namespace saisine
