#include "FrenchText.h"

#include <algorithm>

namespace saisine::french {

namespace {

const char* const months[] = {"janvier", "février", "mars",      "avril",   "mai",      "juin",
                              "juillet", "août",    "septembre", "octobre", "novembre", "décembre"};

QString monthName(int month)
{
    return QString::fromUtf8(months[month - 1]);
}

QString dayText(int day)
{
    return day == 1 ? QStringLiteral("1er") : QString::number(day);
}

} // namespace

QString date(const QDate& d)
{
    if (!d.isValid()) {
        return {};
    }
    return dayText(d.day()) + QLatin1Char(' ') + monthName(d.month()) + QLatin1Char(' ') + QString::number(d.year());
}

QString dates(const QList<QDate>& list)
{
    QList<QDate> valid;
    for (const QDate& d : list) {
        if (d.isValid() && !valid.contains(d)) {
            valid.append(d);
        }
    }
    if (valid.isEmpty()) {
        return {};
    }
    if (valid.size() == 1) {
        return QStringLiteral("le ") + date(valid.front());
    }
    // "les 3 et 10 février 2026" when all fall in one month; else each date in full.
    const bool sameMonth = std::all_of(valid.cbegin(), valid.cend(), [&](const QDate& d) {
        return d.month() == valid.front().month() && d.year() == valid.front().year();
    });
    QStringList parts;
    for (const QDate& d : valid) {
        parts.append(sameMonth ? dayText(d.day()) : date(d));
    }
    QString text = QStringLiteral("les ") + enumeration(parts);
    if (sameMonth) {
        text += QLatin1Char(' ') + monthName(valid.front().month()) + QLatin1Char(' ')
            + QString::number(valid.front().year());
    }
    return text;
}

QString civility(Civility c)
{
    switch (c) {
    case Civility::Madame:
        return QStringLiteral("Madame");
    case Civility::Monsieur:
        return QStringLiteral("Monsieur");
    case Civility::Unspecified:
        break;
    }
    return {};
}

namespace {
QString withCivility(Civility c, const QString& name)
{
    const QString title = civility(c);
    return title.isEmpty() ? name : title + QLatin1Char(' ') + name;
}
} // namespace

QString designation(const Person& person)
{
    return withCivility(person.civility, person.displayName().trimmed());
}

QString designation(const Professional& professional)
{
    return withCivility(professional.civility, professional.displayName().trimmed());
}

QString profession(const Professional& professional)
{
    return profession(professional.profession, false, professional.civility == Civility::Madame);
}

QString unquoted(const QString& text)
{
    QString t = text.trimmed();
    static const QString opening = QStringLiteral("«\"“'");
    static const QString closing = QStringLiteral("»\"”'");
    while (t.size() >= 2 && opening.contains(t.front()) && closing.contains(t.back())) {
        t = t.mid(1, t.size() - 2).trimmed();
    }
    return t;
}

QString profession(Profession p, bool plural, bool feminine)
{
    if (feminine) {
        // Feminine forms in use in the professions' own texts; the others do not change.
        QString f;
        switch (p) {
        case Profession::ChirurgienDentiste:
            f = QStringLiteral("chirurgienne-dentiste");
            break;
        case Profession::Infirmier:
            f = QStringLiteral("infirmière");
            break;
        case Profession::MasseurKinesitherapeute:
            f = QStringLiteral("masseuse-kinésithérapeute");
            break;
        case Profession::Pharmacien:
            f = QStringLiteral("pharmacienne");
            break;
        case Profession::Opticien:
            f = QStringLiteral("opticienne");
            break;
        case Profession::Psychomotricien:
            f = QStringLiteral("psychomotricienne");
            break;
        case Profession::Dieteticien:
            f = QStringLiteral("diététicienne");
            break;
        default:
            break;
        }
        if (!f.isEmpty()) {
            if (plural) {
                f.replace(QLatin1Char('-'), QStringLiteral("s-"));
                f += QLatin1Char('s');
            }
            return f;
        }
    }
    QString singular;
    switch (p) {
    case Profession::Medecin:
        singular = QStringLiteral("médecin");
        break;
    case Profession::ChirurgienDentiste:
        singular = QStringLiteral("chirurgien-dentiste");
        break;
    case Profession::SageFemme:
        return plural ? QStringLiteral("sages-femmes") : QStringLiteral("sage-femme");
    case Profession::Infirmier:
        singular = QStringLiteral("infirmier");
        break;
    case Profession::MasseurKinesitherapeute:
        return plural ? QStringLiteral("masseurs-kinésithérapeutes") : QStringLiteral("masseur-kinésithérapeute");
    case Profession::PedicurePodologue:
        return plural ? QStringLiteral("pédicures-podologues") : QStringLiteral("pédicure-podologue");
    case Profession::Pharmacien:
        singular = QStringLiteral("pharmacien");
        break;
    case Profession::Psychologue:
        singular = QStringLiteral("psychologue");
        break;
    case Profession::Opticien:
        singular = QStringLiteral("opticien");
        break;
    case Profession::Audioprothesiste:
        singular = QStringLiteral("audioprothésiste");
        break;
    case Profession::Orthophoniste:
        singular = QStringLiteral("orthophoniste");
        break;
    case Profession::Orthoptiste:
        singular = QStringLiteral("orthoptiste");
        break;
    case Profession::Ergotherapeute:
        singular = QStringLiteral("ergothérapeute");
        break;
    case Profession::Psychomotricien:
        singular = QStringLiteral("psychomotricien");
        break;
    case Profession::Dieteticien:
        singular = QStringLiteral("diététicien");
        break;
    case Profession::Other:
        return plural ? QStringLiteral("professionnels de santé") : QStringLiteral("professionnel de santé");
    }
    return plural ? singular + QLatin1Char('s') : singular;
}

QString form(RefusalForm f)
{
    switch (f) {
    case RefusalForm::ExplicitRefusal:
        return QStringLiteral("un refus de recevoir ou de soigner");
    case RefusalForm::DelayedAppointment:
        return QStringLiteral("un rendez-vous fixé dans un délai anormalement long");
    case RefusalForm::UnjustifiedReferral:
        return QStringLiteral("une orientation injustifiée vers un autre professionnel ou établissement");
    case RefusalForm::DifferentConditions:
        return QStringLiteral("des conditions de prise en charge différentes de celles des autres patients");
    case RefusalForm::FeeOverrun:
        return QStringLiteral("un dépassement d'honoraires ou le non-respect des tarifs opposables");
    case RefusalForm::AdvancePayment:
        return QStringLiteral("un refus du tiers payant, avec demande d'avance des frais");
    case RefusalForm::QuoteRefused:
        return QStringLiteral("un refus d'établir un devis");
    case RefusalForm::OffScheduleActs:
        return QStringLiteral("la facturation d'actes hors nomenclature");
    case RefusalForm::DiscriminatoryAttitude:
        return QStringLiteral("une attitude discriminatoire");
    case RefusalForm::RefusalOfSale:
        return QStringLiteral("un refus de délivrance ou de vente");
    case RefusalForm::DiscriminatoryNotice:
        return QStringLiteral("un affichage excluant une catégorie de patients");
    case RefusalForm::DocumentRetention:
        return QStringLiteral("la rétention de documents du patient dans l'attente d'un paiement");
    case RefusalForm::Other:
        break;
    }
    return {};
}

QString ground(Ground g)
{
    switch (g) {
    case Ground::Origin:
        return QStringLiteral("son origine");
    case Ground::Sex:
        return QStringLiteral("son sexe");
    case Ground::FamilySituation:
        return QStringLiteral("sa situation de famille");
    case Ground::Pregnancy:
        return QStringLiteral("sa grossesse");
    case Ground::PhysicalAppearance:
        return QStringLiteral("son apparence physique");
    case Ground::EconomicVulnerability:
        return QStringLiteral("la particulière vulnérabilité résultant de sa situation économique");
    case Ground::Surname:
        return QStringLiteral("son patronyme");
    case Ground::PlaceOfResidence:
        return QStringLiteral("son lieu de résidence");
    case Ground::HealthStatus:
        return QStringLiteral("son état de santé");
    case Ground::LossOfAutonomy:
        return QStringLiteral("sa perte d'autonomie");
    case Ground::Disability:
        return QStringLiteral("son handicap");
    case Ground::GeneticCharacteristics:
        return QStringLiteral("ses caractéristiques génétiques");
    case Ground::Morals:
        return QStringLiteral("ses mœurs");
    case Ground::SexualOrientation:
        return QStringLiteral("son orientation sexuelle");
    case Ground::GenderIdentity:
        return QStringLiteral("son identité de genre");
    case Ground::Age:
        return QStringLiteral("son âge");
    case Ground::PoliticalOpinions:
        return QStringLiteral("ses opinions politiques");
    case Ground::UnionActivities:
        return QStringLiteral("ses activités syndicales");
    case Ground::Language:
        return QStringLiteral("sa capacité à s'exprimer dans une langue autre que le français");
    case Ground::Ethnicity:
        return QStringLiteral("son appartenance, vraie ou supposée, à une ethnie");
    case Ground::Nationality:
        return QStringLiteral("son appartenance, vraie ou supposée, à une nation");
    case Ground::AllegedRace:
        return QStringLiteral("son appartenance, vraie ou supposée, à une prétendue race");
    case Ground::Religion:
        return QStringLiteral("son appartenance, vraie ou supposée, à une religion");
    case Ground::Whistleblower:
        return QStringLiteral("sa qualité de lanceur d'alerte");
    case Ground::SexualHarassment:
        return QStringLiteral("le fait d'avoir subi ou refusé un harcèlement sexuel");
    case Ground::C2S:
        return QStringLiteral("sa qualité de bénéficiaire de la complémentaire santé solidaire (C2S)");
    case Ground::AME:
        return QStringLiteral("sa qualité de bénéficiaire de l'aide médicale de l'État (AME)");
    case Ground::CMUC:
        return QStringLiteral("sa qualité de bénéficiaire de la CMU complémentaire");
    case Ground::ACS:
        return QStringLiteral("sa qualité de bénéficiaire de l'aide au paiement d'une complémentaire santé (ACS)");
    }
    return {};
}

QString evidenceKind(EvidenceKind kind)
{
    switch (kind) {
    case EvidenceKind::ChronologicalAccount:
        return QStringLiteral("Récit chronologique des faits");
    case EvidenceKind::WrittenAnswer:
        return QStringLiteral("Réponse écrite du professionnel ou du cabinet");
    case EvidenceKind::BookingScreenshot:
        return QStringLiteral("Capture d'écran de prise de rendez-vous");
    case EvidenceKind::Invoice:
        return QStringLiteral("Facture ou feuille de soins");
    case EvidenceKind::WitnessStatement:
        return QStringLiteral("Attestation de témoin");
    case EvidenceKind::RefusalNotice:
        return QStringLiteral("Affichage ou avis de refus");
    case EvidenceKind::PhoneTest:
        return QStringLiteral("Compte rendu de test téléphonique");
    case EvidenceKind::Other:
        break;
    }
    return QStringLiteral("Pièce");
}

QString enumeration(const QStringList& items)
{
    if (items.size() <= 1) {
        return items.value(0);
    }
    return items.mid(0, items.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" et ") + items.last();
}

QString article(const QString& text)
{
    // Law tables write "R4127-7 CSP", sometimes followed by a note in brackets.
    QString number = text.section(QLatin1Char('('), 0, 0).trimmed();
    if (number.endsWith(QLatin1String(" CSP"))) {
        number.chop(4);
        return QStringLiteral("article ") + number + QStringLiteral(" du code de la santé publique");
    }
    return QStringLiteral("article ") + number;
}

} // namespace saisine::french
