#include "CompetentAuthority.h"

#include "model/Validation.h"

namespace saisine {

CompetentAuthority::CompetentAuthority(const law::LawTables& tables)
    : m_tables(tables)
{
}

QString CompetentAuthority::departementOf(const Professional& professional)
{
    if (!professional.address.departement.isEmpty()) {
        return professional.address.departement;
    }
    return Validation::departementForPostcode(professional.address.postcode);
}

bool CompetentAuthority::hasOrdre(const Professional& professional, const QDate& date) const
{
    const auto row = m_tables.ordreCouncil(professional.profession, professional.pharmacistSection, date);
    return row && row.row->level != law::CouncilLevel::None;
}

std::optional<CompetentBody> CompetentAuthority::ordreCouncil(const Professional& professional, const QDate& date) const
{
    const auto found = m_tables.ordreCouncil(professional.profession, professional.pharmacistSection, date);
    if (!found || found.row->level == law::CouncilLevel::None) {
        return std::nullopt;
    }
    const law::OrdreCouncilRow& row = *found.row;
    CompetentBody body;
    body.kind = AuthorityKind::Ordre;
    body.law = row.law;
    body.lawBeforeInForce = found.beforeInForce;

    QString name = row.council;
    if (name.contains(QLatin1StringView("%1"))) {
        const PharmacistSection section = professional.pharmacistSection.value_or(PharmacistSection::A);
        name = name.arg(keyOf(section).right(1).toUpper());
    }
    const QString departementCode = departementOf(professional);
    const law::DepartementRow* departement = m_tables.departement(departementCode);
    QString area;
    switch (row.level) {
    case law::CouncilLevel::Departemental:
    case law::CouncilLevel::DepartementalOrInterdepartemental:
        if (departement) {
            area = departement->ofName;
        }
        break;
    case law::CouncilLevel::Regional:
    case law::CouncilLevel::RegionalOrInterregional:
        if (departement) {
            if (const law::RegionRow* region = m_tables.region(departement->regionCode)) {
                area = region->ofName;
            }
        }
        break;
    case law::CouncilLevel::CentralSection:
    case law::CouncilLevel::None:
        break;
    }
    body.name = area.isEmpty() ? name : name + QLatin1Char(' ') + area;

    switch (row.level) {
    case law::CouncilLevel::CentralSection:
        body.why = tr("A pharmacist outside section A answers to the central council of their section.");
        break;
    case law::CouncilLevel::Regional:
    case law::CouncilLevel::RegionalOrInterregional:
        body.why = tr("For this profession the ordre sits at regional level, in the region of the place of "
                      "practice.");
        break;
    default:
        body.why = tr("The ordre council of the place of practice receives the complaint and sits on the joint "
                      "conciliation commission.");
        break;
    }
    if (row.level == law::CouncilLevel::DepartementalOrInterdepartemental
        || row.level == law::CouncilLevel::RegionalOrInterregional) {
        body.why += QLatin1Char(' ') + tr("Where councils have been merged, it is the merged council.");
        // Merged councils are not in the tables: the name must be checked by the caseworker.
        body.law.needsConfirmation = true;
    }
    if (professional.profession == Profession::Pharmacien && !professional.pharmacistSection) {
        body.why += QLatin1Char(' ')
            + tr("The pharmacist's section is not recorded: section A (pharmacy owner) "
                 "was assumed.");
        body.law.needsConfirmation = true;
    }
    if (area.isEmpty() && row.level != law::CouncilLevel::CentralSection) {
        body.why += QLatin1Char(' ')
            + tr("The département of the place of practice is not known: add it to name "
                 "the council.");
    }
    return body;
}

CompetentBody CompetentAuthority::cpam(const Professional& professional, const QDate& date) const
{
    Q_UNUSED(date)
    CompetentBody body;
    body.kind = AuthorityKind::Cpam;
    const QString code = departementOf(professional);
    if (const law::DepartementRow* departement = m_tables.departement(code)) {
        body.name = departement->cpam;
        body.alternatives = departement->cpamAlternatives;
        body.law = departement->law;
        body.why = tr("The local health insurance fund where the practitioner is installed (département %1).")
                       .arg(departement->name);
        if (!departement->cpamAlternatives.isEmpty()) {
            body.why += QLatin1Char(' ')
                + tr("This département has several funds: check which one covers the "
                     "commune of the practice.");
        }
    } else {
        body.name = tr("CPAM of the place of practice");
        body.law.source = QStringLiteral("R1110-9 1° CSP");
        body.law.needsConfirmation = true;
        body.why = tr("The département of the place of practice is not known: add it to name the fund.");
    }
    return body;
}

CompetentBody CompetentAuthority::cpamMediator(const Professional& professional, const QDate& date) const
{
    CompetentBody body = cpam(professional, date);
    body.kind = AuthorityKind::CpamMediator;
    body.name = tr("Mediator of the %1").arg(body.name);
    if (const auto route = m_tables.route(Route::CpamMediator, date)) {
        body.law = route.row->law;
        body.lawBeforeInForce = route.beforeInForce;
    }
    body.why = tr("Every local fund has a mediator, who handles refusals of care by professionals without an "
                  "ordre and can act in parallel for C2S and AME holders.");
    return body;
}

CompetentBody CompetentAuthority::consumerProtection(const Professional& professional, const QDate& date) const
{
    CompetentBody body;
    body.kind = AuthorityKind::Ddpp;
    const auto route = m_tables.route(Route::Dgccrf, date);
    if (route) {
        body.law = route.row->law;
        body.lawBeforeInForce = route.beforeInForce;
        body.name = route.row->body;
    }
    if (const law::DepartementRow* departement = m_tables.departement(departementOf(professional))) {
        if (!departement->ddpp.isEmpty()) {
            body.name = departement->ddpp;
        }
    }
    body.why = tr("The local office of the DGCCRF in the département of the pharmacy deals with refusals of sale.");
    return body;
}

std::optional<DeontologyArticle> CompetentAuthority::deontology(const Professional& professional,
                                                                const QDate& date) const
{
    const auto found = m_tables.deontology(professional.profession, date);
    if (!found) {
        return std::nullopt;
    }
    return DeontologyArticle {found.row->article, found.row->law, found.beforeInForce};
}

} // namespace saisine
