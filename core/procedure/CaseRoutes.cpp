#include "CaseRoutes.h"

#include "common/Clock.h"

#include <algorithm>

namespace saisine {

namespace {

bool hasC2sOrAme(const Case& c, const Person* person)
{
    const bool byGround = std::any_of(c.grounds.cbegin(), c.grounds.cend(), [](Ground ground) {
        return ground == Ground::C2S || ground == Ground::AME || ground == Ground::CMUC || ground == Ground::ACS;
    });
    const bool byCover = person && std::any_of(person->coverage.cbegin(), person->coverage.cend(), [](Coverage cover) {
                             return cover == Coverage::C2S || cover == Coverage::AME || cover == Coverage::CMUC
                                 || cover == Coverage::ACS;
                         });
    return byGround || byCover;
}

// The body the caseworker recorded on a procedure of this route, if any: it wins over the
// default (the CPAM "of the practitioner" is a default, the person's own CPAM may be chosen).
const Procedure* procedureFor(const Case& c, Route route, AuthorityKind kind)
{
    for (const auto& procedure : c.procedures) {
        if (procedure.route == route && procedure.authorityKind == kind && !procedure.authorityName.isEmpty()) {
            return &procedure;
        }
    }
    return nullptr;
}

} // namespace

CaseRoutes::CaseRoutes(const law::LawTables& tables, const Clock& clock)
    : m_tables(tables)
    , m_clock(clock)
{
}

QDate CaseRoutes::referenceDate(const Case& c, const Clock& clock, ReferenceDateBasis* basis)
{
    std::optional<QDate> receipt;
    for (const auto& procedure : c.procedures) {
        const auto date = procedure.firstDate(ProcedureEventKind::ComplaintReceived);
        if (date && (!receipt || *date < *receipt)) {
            receipt = date;
        }
    }
    if (receipt) {
        if (basis) {
            *basis = ReferenceDateBasis::Receipt;
        }
        return *receipt;
    }
    QDate facts;
    for (const QDate& date : c.factDates) {
        if (date.isValid() && (!facts.isValid() || date < facts)) {
            facts = date;
        }
    }
    if (facts.isValid()) {
        if (basis) {
            *basis = ReferenceDateBasis::Facts;
        }
        return facts;
    }
    if (basis) {
        *basis = ReferenceDateBasis::Today;
    }
    return clock.today();
}

CaseRoutesReport CaseRoutes::advise(const Case& c, const Professional& professional, const Person* person,
                                    const QList<KnownCase>& knownCases) const
{
    CaseRoutesReport report;
    report.caseId = c.id;
    report.caseReference = c.reference;
    report.referenceDate = referenceDate(c, m_clock, &report.basis);
    report.departement = CompetentAuthority::departementOf(professional);
    report.knownCases = knownCases;

    const QDate date = report.referenceDate;
    const CompetentAuthority authority(m_tables);
    report.deontology = authority.deontology(professional, date);
    report.repeatOffence = RepeatOffence::assess(date, knownCases, m_tables);

    auto routeLaw = [&](RouteAdvice& advice) {
        if (const auto row = m_tables.route(advice.route, date)) {
            advice.law = row.row->law;
            advice.lawBeforeInForce = row.beforeInForce;
            return row.row;
        }
        return static_cast<const law::RouteRow*>(nullptr);
    };
    auto chosen = [&](Route route, AuthorityKind kind, CompetentBody body) {
        if (const Procedure* procedure = procedureFor(c, route, kind)) {
            if (procedure->authorityName != body.name) {
                body.why = tr("Chosen by the caseworker instead of %1.").arg(body.name);
                body.name = procedure->authorityName;
                body.chosenByCaseworker = true;
            }
        }
        return body;
    };

    const std::optional<CompetentBody> council = authority.ordreCouncil(professional, date);
    const bool c2sOrAme = hasC2sOrAme(c, person);

    // 1. Conciliation (L1110-3, R1110-8 to R1110-16 CSP): only for professions with an ordre.
    {
        RouteAdvice advice;
        advice.route = Route::Conciliation;
        routeLaw(advice);
        if (council) {
            advice.open = true;
            advice.why = tr("The professional belongs to an ordre: a complaint to the CPAM director or to the "
                            "president of the ordre council opens the conciliation procedure; the one that receives "
                            "it forwards it to the other.");
            advice.bodies.append(chosen(Route::Conciliation, AuthorityKind::Cpam, authority.cpam(professional, date)));
            advice.bodies.append(chosen(Route::Conciliation, AuthorityKind::Ordre, *council));
            if (report.repeatOffence.repeatOffence) {
                advice.notes.append(
                    tr("Repeat offence: a final sanction of %1 (case %2) falls within the 6 years before %3. There is "
                       "no conciliation session; the complaint goes to the disciplinary chamber within 3 months of "
                       "receipt (%4).")
                        .arg(report.repeatOffence.sanctionDate.toString(Qt::ISODate),
                             report.repeatOffence.caseReference, date.toString(Qt::ISODate),
                             report.repeatOffence.law.source));
            }
        } else {
            advice.why = tr("The profession has no ordre: there is no conciliation commission. Use the CPAM "
                            "mediator.");
        }
        report.routes.append(advice);
    }

    // 2. CPAM mediator: professions without an ordre; in parallel for C2S / AME holders.
    {
        RouteAdvice advice;
        advice.route = Route::CpamMediator;
        routeLaw(advice);
        if (!council) {
            advice.open = true;
            advice.why = tr("The profession has no ordre: the mediator of the CPAM handles the complaint.");
        } else if (c2sOrAme) {
            advice.open = true;
            advice.why = tr("The person holds (or held) the C2S or the AME: the CPAM mediator can act in parallel "
                            "with the conciliation procedure, without changing its deadlines.");
        } else {
            advice.why = tr("Only for professions without an ordre, or in parallel for C2S and AME holders.");
        }
        if (advice.open) {
            advice.bodies.append(
                chosen(Route::CpamMediator, AuthorityKind::CpamMediator, authority.cpamMediator(professional, date)));
            advice.notes.append(tr("The texts set no deadline for the mediator."));
        }
        report.routes.append(advice);
    }

    // 3. Défenseur des droits: always open.
    {
        RouteAdvice advice;
        advice.route = Route::DefenseurDesDroits;
        const law::RouteRow* row = routeLaw(advice);
        advice.open = true;
        advice.why = tr("Any person who believes they were discriminated against can refer the matter to the "
                        "Défenseur des droits, free of charge.");
        CompetentBody body;
        body.kind = AuthorityKind::DefenseurDesDroits;
        body.name = row ? row->body : QString();
        body.address = row ? row->address : QString();
        body.law = advice.law;
        body.why = tr("National independent authority; a local delegate can also receive the person.");
        advice.bodies.append(body);
        if (council) {
            advice.notes.append(tr("When the conciliation commission is also seized, the Défenseur des droits often "
                                   "waits for its outcome."));
        }
        report.routes.append(advice);
    }

    // 4. DGCCRF: a refusal of sale in a pharmacy.
    {
        RouteAdvice advice;
        advice.route = Route::Dgccrf;
        routeLaw(advice);
        const bool refusalOfSale = c.forms.contains(RefusalForm::RefusalOfSale);
        if (refusalOfSale && professional.profession == Profession::Pharmacien) {
            advice.open = true;
            advice.why = tr("A pharmacy refused to sell or dispense: refusal of sale under the consumer code.");
            advice.bodies.append(
                chosen(Route::Dgccrf, AuthorityKind::Ddpp, authority.consumerProtection(professional, date)));
        } else {
            advice.why = tr("Only for a refusal of sale in a pharmacy.");
        }
        report.routes.append(advice);
    }

    // 5. Criminal complaint: always possible, recorded as a route (no letter from Saisine).
    {
        RouteAdvice advice;
        advice.route = Route::CriminalComplaint;
        const law::RouteRow* row = routeLaw(advice);
        advice.open = true;
        advice.why = tr("Discrimination consisting in refusing a service is an offence (3 years' imprisonment and "
                        "a 45,000 euro fine).");
        CompetentBody body;
        body.kind = AuthorityKind::Prosecutor;
        body.name = row ? row->body : QString();
        body.law = advice.law;
        body.why = tr("A complaint can be lodged with the police, the gendarmerie or the public prosecutor.");
        advice.bodies.append(body);
        report.routes.append(advice);
    }
    return report;
}

QString CaseRoutes::basisKey(ReferenceDateBasis basis)
{
    switch (basis) {
    case ReferenceDateBasis::Receipt:
        return QStringLiteral("receipt");
    case ReferenceDateBasis::Facts:
        return QStringLiteral("facts");
    case ReferenceDateBasis::Today:
        return QStringLiteral("today");
    }
    return {};
}

QString CaseRoutes::basisLabel(ReferenceDateBasis basis)
{
    switch (basis) {
    case ReferenceDateBasis::Receipt:
        return tr("date the complaint was received");
    case ReferenceDateBasis::Facts:
        return tr("date of the facts");
    case ReferenceDateBasis::Today:
        return tr("today, no date of the facts being known");
    }
    return {};
}

} // namespace saisine
