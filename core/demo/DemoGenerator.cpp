#include "DemoGenerator.h"

#include "DemoVocabulary.h"
#include "common/Clock.h"
#include "store/Database.h"
#include "store/Repositories.h"

#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <span>
#include <vector>

// How the demo is made. Everything comes from one QRandomGenerator seeded with the caller's seed
// (Mersenne Twister: the same sequence on every platform) and from `asOf`; nothing reads the
// system clock and no container with a per-process random order (QHash, QSet) is iterated, so
// the same seed and date give the same database. Cases are generated in the order of their
// intake date, so each case can depend on the ones before it: a professional sanctioned in an
// old case is the subject of a repeat-offence procedure later. A few choices are "steered"
// while the data set is small, so that every profession, form of refusal, ground and outcome
// of the procedure shows up as soon as there are 60 cases.

namespace saisine {

namespace {

using namespace demo;

// The C2S replaced the CMU-C and the ACS on this date: older cases carry the old benefits.
QDate c2sStart()
{
    return QDate(2019, 11, 1);
}

QString str(QStringView view)
{
    return view.toString();
}

// ------------------------------------------------------------------ randomness

class Random final
{
public:
    explicit Random(quint32 seed)
        : m_generator(seed)
    {
    }
    Random(quint32 seed, quint32 salt)
    {
        const quint32 seeds[] = {seed, 0x5a151e5u, salt};
        m_generator = QRandomGenerator(seeds);
    }

    // [0, n)
    int below(int n) { return n <= 1 ? 0 : int(m_generator.bounded(quint32(n))); }
    // [low, high], inclusive
    int between(int low, int high) { return high <= low ? low : low + below(high - low + 1); }
    bool chance(double probability) { return m_generator.generateDouble() < probability; }
    double unit() { return m_generator.generateDouble(); }
    quint32 word() { return m_generator.generate(); }

    template <typename T, std::size_t N>
    const T& pick(const T (&values)[N])
    {
        return values[below(int(N))];
    }
    template <typename T, std::size_t N>
    const T& pick(const std::array<T, N>& values)
    {
        return values[below(int(N))];
    }
    template <typename T>
    const T& pick(const std::vector<T>& values)
    {
        return values[std::size_t(below(int(values.size())))];
    }

    // Index drawn with the given weights; -1 when they are all zero.
    int weighted(std::span<const int> weights)
    {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        if (total <= 0) {
            return -1;
        }
        int draw = below(total);
        for (std::size_t i = 0; i < weights.size(); ++i) {
            if (draw < weights[i]) {
                return int(i);
            }
            draw -= weights[i];
        }
        return int(weights.size()) - 1;
    }

    QString digits(int count)
    {
        QString text;
        text.reserve(count);
        for (int i = 0; i < count; ++i) {
            text.append(QChar(u'0' + below(10)));
        }
        return text;
    }

    // A version-4 UUID drawn from this generator, in the form used as uid everywhere.
    QString uid()
    {
        std::array<quint32, 4> words {word(), word(), word(), word()};
        words[1] = (words[1] & 0xffff0fffu) | 0x00004000u; // version 4
        words[2] = (words[2] & 0x3fffffffu) | 0x80000000u; // RFC 4122 variant
        QString hex;
        hex.reserve(32);
        for (quint32 w : words) {
            hex += QStringLiteral("%1").arg(w, 8, 16, QLatin1Char('0'));
        }
        return hex.left(8) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1Char('-') + hex.mid(12, 4) + QLatin1Char('-')
            + hex.mid(16, 4) + QLatin1Char('-') + hex.mid(20);
    }

private:
    QRandomGenerator m_generator;
};

// ------------------------------------------------------------------ vocabulary of the stories

constexpr quint32 bit(Profession profession)
{
    return 1u << unsigned(profession);
}

constexpr quint32 allProfessions = 0xffffu;
constexpr quint32 withOrdre = bit(Profession::Medecin) | bit(Profession::ChirurgienDentiste)
    | bit(Profession::SageFemme) | bit(Profession::Infirmier) | bit(Profession::MasseurKinesitherapeute)
    | bit(Profession::PedicurePodologue) | bit(Profession::Pharmacien);

bool hasOrdre(Profession profession)
{
    return (withOrdre & bit(profession)) != 0;
}

struct FormInfo
{
    RefusalForm form;
    int weight;
    bool financial; // needs a benefit (C2S, AME, CMU-C, ACS) among the grounds
    quint32 professions;
    std::array<QStringView, 2> facts; // what happened, with the tokens of fillTokens()
    std::array<QStringView, 3> reasons; // what the professional said
};

// clang-format off
constexpr FormInfo formInfos[] = {
    {RefusalForm::ExplicitRefusal, 20, false, allProfessions,
     {u"{A} a refusé de prendre en charge {P}, sans proposer d'autre solution ni orienter vers un confrère.",
      u"Au téléphone, {a} a fait savoir qu'il était inutile de se déplacer : « nous ne prenons pas ce type de patients »."},
     {u"Le cabinet ne prend plus de nouveaux patients.", u"Le cabinet n'est pas équipé pour ce type de prise en charge.",
      u"Le professionnel « ne travaille pas avec ces patients »."}},
    {RefusalForm::DelayedAppointment, 10, false, allProfessions & ~bit(Profession::Pharmacien),
     {u"Le premier rendez-vous proposé était dans plus de quatre mois, alors qu'une proche de {P}, appelant le même jour sans mentionner sa situation, a obtenu une date dans la semaine.",
      u"{A} a reporté le rendez-vous à trois reprises, chaque fois la veille, jusqu'à ce que {P} renonce."},
     {u"Le planning est complet pour les prochains mois.", u"Les urgences ne sont pas assurées au cabinet.", u""}},
    {RefusalForm::UnjustifiedReferral, 8, false, allProfessions,
     {u"{A} a renvoyé {P} vers l'hôpital, sans raison médicale, au motif que « ce sera mieux pris en charge là-bas ».",
      u"On a conseillé à {P} de s'adresser à une structure éloignée, alors que les soins demandés étaient tout à fait courants."},
     {u"Ce type de prise en charge relève de l'hôpital.", u"Un centre de santé sera plus adapté.", u""}},
    {RefusalForm::DifferentConditions, 7, false, allProfessions,
     {u"Seuls des créneaux en toute fin de journée ont été proposés à {P}, « pour ne pas gêner les autres patients ».",
      u"{A} a exigé, avant tout rendez-vous, des documents qui ne sont demandés à aucun autre patient."},
     {u"Les créneaux du soir sont réservés aux nouveaux patients.", u"Ces pièces sont exigées par l'assureur du cabinet.", u""}},
    {RefusalForm::FeeOverrun, 8, true,
     bit(Profession::Medecin) | bit(Profession::ChirurgienDentiste) | bit(Profession::SageFemme)
         | bit(Profession::MasseurKinesitherapeute) | bit(Profession::Opticien) | bit(Profession::Audioprothesiste),
     {u"Un dépassement d'honoraires de {E} euros a été réclamé, alors que {P} bénéficie de {R}, qui impose le tarif opposable.",
      u"La facture comporte un dépassement de {E} euros malgré l'attestation de {R} présentée dès l'accueil."},
     {u"Le dépassement correspondrait à une « exigence particulière » du patient.", u"Le tarif du cabinet est le même pour tous.", u""}},
    {RefusalForm::AdvancePayment, 12, true,
     withOrdre | bit(Profession::Psychologue) | bit(Profession::Opticien) | bit(Profession::Audioprothesiste)
         | bit(Profession::Orthophoniste) | bit(Profession::Orthoptiste),
     {u"{A} a refusé le tiers payant et exigé l'avance de la totalité des frais, alors que {R} y donne droit.",
      u"On a demandé à {P} de régler {E} euros d'avance « en attendant le remboursement », malgré {R}."},
     {u"Le cabinet ne pratique pas le tiers payant.", u"Le logiciel ne permet pas de facturer cette couverture.",
      u"Les remboursements de la caisse arrivent trop tard."}},
    {RefusalForm::QuoteRefused, 4, true,
     bit(Profession::Medecin) | bit(Profession::ChirurgienDentiste) | bit(Profession::Opticien) | bit(Profession::Audioprothesiste),
     {u"{A} a refusé d'établir le devis demandé, indispensable pour faire jouer {R}.",
      u"Malgré deux demandes, aucun devis n'a été remis à {P}, qui ne pouvait donc pas faire valoir {R}."},
     {u"Un devis ne serait établi qu'après le versement d'un acompte.", u"Le cabinet ne fait pas de devis pour ces prises en charge.", u""}},
    {RefusalForm::OffScheduleActs, 3, true,
     bit(Profession::Medecin) | bit(Profession::ChirurgienDentiste) | bit(Profession::MasseurKinesitherapeute)
         | bit(Profession::Infirmier) | bit(Profession::Orthophoniste) | bit(Profession::SageFemme)
         | bit(Profession::PedicurePodologue),
     {u"Des « frais de dossier » de {E} euros, qui ne correspondent à aucun acte de la nomenclature, ont été facturés malgré {R}.",
      u"{A} a facturé un « forfait administratif » de {E} euros, présenté comme obligatoire pour les nouveaux patients."},
     {u"Ces frais couvrent la gestion administrative du dossier.", u"", u""}},
    {RefusalForm::DiscriminatoryAttitude, 10, false, allProfessions,
     {u"Pendant la consultation, le professionnel a tenu des propos blessants sur {G}, devant d'autres patients.",
      u"{P} décrit un accueil méprisant et des remarques répétées sur {G}."},
     {u"Le professionnel conteste tout propos déplacé.", u"", u""}},
    {RefusalForm::RefusalOfSale, 10, false, bit(Profession::Pharmacien),
     {u"{A} a refusé de délivrer les médicaments prescrits et a demandé à {P} de « revenir avec une autre carte ».",
      u"Le pharmacien a refusé de délivrer la contraception d'urgence demandée, sans orienter vers une autre officine."},
     {u"Le médicament serait en rupture de stock.", u"Le pharmacien titulaire était absent.",
      u"L'attestation présentée ne serait « pas valable »."}},
    {RefusalForm::DiscriminatoryNotice, 4, false, allProfessions,
     {u"Le profil de prise de rendez-vous en ligne indique : « {N} ».",
      u"Une affiche apposée à l'accueil indique : « {N} »."},
     {u"L'affichage viserait seulement à « organiser le planning ».", u"", u""}},
    {RefusalForm::DocumentRetention, 2, true,
     bit(Profession::Medecin) | bit(Profession::ChirurgienDentiste) | bit(Profession::SageFemme)
         | bit(Profession::MasseurKinesitherapeute) | bit(Profession::Orthophoniste) | bit(Profession::Psychomotricien)
         | bit(Profession::Orthoptiste),
     {u"{A} a gardé le carnet de santé de l'enfant de {P} jusqu'au paiement d'un complément que {R} ne permet pas de réclamer.",
      u"Les radiographies et l'ordonnance de {P} ont été retenues « tant que le reste n'est pas réglé », malgré {R}."},
     {u"Les documents seront rendus après règlement du solde.", u"", u""}},
    {RefusalForm::Other, 2, false, allProfessions,
     {u"{O}.", u"{O}."},
     {u"", u"", u""}},
};
// clang-format on

const QStringView otherFormDescriptions[] = {
    u"Exigence d'une pièce d'identité et d'un justificatif de domicile avant toute prise de rendez-vous",
    u"Obligation de présenter à chaque visite une attestation de droits datant de moins d'une semaine",
    u"Inscription imposée sur une liste d'attente séparée",
    u"Refus de l'accompagnement par un interprète bénévole",
};

struct GroundInfo
{
    Ground ground;
    int weight;
    QStringView subject; // "son handicap": what the remarks were about
    QStringView belief; // why the person thinks this is the real ground
    QStringView reason; // a reason the professional gave that points to it; may be empty
    std::array<Ground, 3> related;
    int relatedCount;
};

// clang-format off
constexpr GroundInfo groundInfos[] = {
    {Ground::Origin, 18, u"ses origines", u"Selon {P}, le ton a changé dès que son accent a été entendu au téléphone.", u"",
     {Ground::Surname, Ground::AllegedRace, Ground::Religion}, 3},
    {Ground::Sex, 6, u"le fait d'être une femme", u"{P} relève que les patients masculins présents ont été reçus sans difficulté.", u"",
     {Ground::FamilySituation}, 1},
    {Ground::FamilySituation, 3, u"sa situation de famille", u"{P} élève seul ses enfants et pense que cette situation a motivé ce traitement.", u"",
     {Ground::EconomicVulnerability}, 1},
    {Ground::Pregnancy, 4, u"sa grossesse", u"{P} était enceinte de cinq mois et pense que la grossesse a été la vraie raison du refus.",
     u"Le cabinet ne suit pas les grossesses en cours.", {Ground::FamilySituation, Ground::Sex}, 2},
    {Ground::PhysicalAppearance, 5, u"son poids", u"Des remarques sur son poids ont précédé le refus, ce qui convainc {P} que son apparence en est la cause.",
     u"La table d'examen ne serait pas adaptée.", {Ground::HealthStatus}, 1},
    {Ground::EconomicVulnerability, 10, u"sa situation financière", u"{P} vit avec de très faibles ressources et pense que cela a été perçu dès l'accueil.", u"",
     {Ground::PlaceOfResidence}, 1},
    {Ground::Surname, 5, u"son nom de famille", u"Le refus est intervenu juste après que {P} a épelé son nom de famille.", u"",
     {Ground::Origin}, 1},
    {Ground::PlaceOfResidence, 5, u"son quartier", u"L'adresse de {P}, dans un quartier prioritaire, a suscité une remarque juste avant le refus.",
     u"Le cabinet ne se déplace pas dans ce secteur.", {Ground::EconomicVulnerability}, 1},
    {Ground::HealthStatus, 14, u"son état de santé", u"{P} avait mentionné sa séropositivité au VIH lors de la prise de rendez-vous.",
     u"Le matériel devrait être stérilisé spécialement.", {Ground::Disability}, 1},
    {Ground::LossOfAutonomy, 5, u"sa perte d'autonomie", u"{P} a besoin d'aide pour les gestes du quotidien et pense que cela a dissuadé le cabinet.",
     u"Le cabinet ne fait plus de visites à domicile.", {Ground::Age, Ground::Disability}, 2},
    {Ground::Disability, 12, u"son handicap", u"{P} se déplace en fauteuil roulant ; le refus a suivi l'annonce de ce handicap.",
     u"Le cabinet ne serait pas accessible.", {Ground::LossOfAutonomy, Ground::HealthStatus}, 2},
    {Ground::GeneticCharacteristics, 1, u"ses antécédents familiaux", u"Le refus a suivi la mention d'une maladie génétique dans la famille de {P}.", u"",
     {Ground::HealthStatus}, 1},
    {Ground::Morals, 2, u"sa vie privée", u"{P} pense que son mode de vie, connu dans le quartier, a motivé ce comportement.", u"",
     {Ground::SexualOrientation}, 1},
    {Ground::SexualOrientation, 5, u"son orientation sexuelle", u"Le comportement a changé quand {P} a présenté son conjoint de même sexe.", u"",
     {Ground::Morals, Ground::HealthStatus}, 2},
    {Ground::GenderIdentity, 5, u"son identité de genre", u"{P} est une personne trans ; l'attitude a changé à la lecture de sa carte Vitale.", u"",
     {Ground::SexualOrientation}, 1},
    {Ground::Age, 7, u"son âge", u"{P} s'est vu répondre que le cabinet « ne prend plus de patients de cet âge ».",
     u"Le cabinet ne suit plus les personnes âgées.", {Ground::LossOfAutonomy}, 1},
    {Ground::PoliticalOpinions, 1, u"ses opinions politiques", u"{P} est connu localement pour son engagement politique et pense que cela a joué.", u"",
     {}, 0},
    {Ground::UnionActivities, 1, u"son engagement syndical", u"{P} exerce un mandat syndical dans une entreprise voisine et pense que cet engagement a joué.", u"",
     {}, 0},
    {Ground::Language, 6, u"sa façon de parler français", u"{P} parle peu le français ; la présence d'un interprète a été refusée.",
     u"Le cabinet ne reçoit pas de patients sans interprète professionnel.", {Ground::Origin, Ground::Nationality}, 2},
    {Ground::Ethnicity, 3, u"son appartenance supposée à la communauté rom", u"{P} pense que son appartenance supposée à la communauté rom explique le refus.", u"",
     {Ground::PlaceOfResidence}, 1},
    {Ground::Nationality, 5, u"sa nationalité", u"La présentation d'un titre de séjour a immédiatement précédé le refus.", u"",
     {Ground::Origin, Ground::Language}, 2},
    {Ground::AllegedRace, 4, u"sa couleur de peau", u"{P} rapporte une remarque sur sa couleur de peau juste avant le refus.", u"",
     {Ground::Origin}, 1},
    {Ground::Religion, 6, u"sa religion", u"{P} porte un signe religieux visible et rapporte une remarque à ce sujet.", u"",
     {Ground::Origin}, 1},
    {Ground::Whistleblower, 1, u"son signalement passé", u"{P} avait signalé des faits graves dans un établissement de santé voisin et pense que ce signalement explique le refus.", u"",
     {}, 0},
    {Ground::SexualHarassment, 1, u"son refus d'avances insistantes", u"Quelques semaines plus tôt, {P} avait repoussé les avances d'un membre du cabinet.", u"",
     {Ground::Sex}, 1},
    {Ground::C2S, 30, u"sa complémentaire santé solidaire", u"Le refus est intervenu dès la présentation de l'attestation de complémentaire santé solidaire.",
     u"Le cabinet aurait atteint son « quota » de patients C2S.", {Ground::EconomicVulnerability, Ground::PlaceOfResidence}, 2},
    {Ground::AME, 18, u"son aide médicale de l'État", u"Le refus est intervenu à la présentation de l'attestation d'aide médicale de l'État.",
     u"Les dossiers AME seraient « trop longs à se faire rembourser ».", {Ground::Nationality, Ground::Origin, Ground::Language}, 3},
    {Ground::CMUC, 8, u"sa CMU complémentaire", u"Le refus a suivi la présentation de l'attestation de CMU complémentaire.",
     u"Le cabinet ne prend pas la CMU.", {Ground::EconomicVulnerability}, 1},
    {Ground::ACS, 4, u"son aide à la complémentaire santé", u"Le refus a suivi la présentation de l'attestation d'aide au paiement d'une complémentaire santé.", u"",
     {Ground::EconomicVulnerability, Ground::Age}, 2},
};
// clang-format on

constexpr int formCount = int(std::size(formInfos));
constexpr int groundCount = int(std::size(groundInfos));
constexpr int professionCount = 16;

const FormInfo& infoOf(RefusalForm form)
{
    return formInfos[int(form)];
}

const GroundInfo& infoOf(Ground ground)
{
    return groundInfos[int(ground)];
}

bool isBenefit(Ground ground)
{
    return ground == Ground::C2S || ground == Ground::AME || ground == Ground::CMUC || ground == Ground::ACS;
}

bool fitsEra(Ground ground, bool oldEra)
{
    if (ground == Ground::C2S) {
        return !oldEra;
    }
    if (ground == Ground::CMUC || ground == Ground::ACS) {
        return oldEra;
    }
    return true;
}

// Grounds that make the person's name read as foreign-born, for the choice of names.
bool pointsToOrigin(Ground ground)
{
    switch (ground) {
    case Ground::Origin:
    case Ground::Surname:
    case Ground::AllegedRace:
    case Ground::Ethnicity:
    case Ground::Nationality:
    case Ground::Religion:
    case Ground::Language:
    case Ground::AME:
        return true;
    default:
        return false;
    }
}

struct ProfessionInfo
{
    Profession profession;
    int weight; // share among professionals beyond the first of each profession
    int womenShare; // percent
    QStringView man;
    QStringView woman;
    std::array<QStringView, 3> needs; // what the person came for
};

// clang-format off
constexpr ProfessionInfo professionInfos[] = {
    {Profession::Medecin, 34, 50, u"médecin", u"médecin",
     {u"une première consultation", u"le renouvellement d'un traitement", u"une consultation pour son enfant"}},
    {Profession::ChirurgienDentiste, 14, 45, u"chirurgien-dentiste", u"chirurgienne-dentiste",
     {u"des soins dentaires urgents", u"la pose d'une prothèse dentaire", u"un bilan et un détartrage"}},
    {Profession::SageFemme, 4, 95, u"sage-femme", u"sage-femme",
     {u"un suivi gynécologique", u"une consultation de contraception", u"le suivi de sa grossesse"}},
    {Profession::Infirmier, 6, 85, u"infirmier", u"infirmière",
     {u"des soins infirmiers à domicile", u"des injections prescrites", u"des pansements après une opération"}},
    {Profession::MasseurKinesitherapeute, 7, 50, u"masseur-kinésithérapeute", u"masseuse-kinésithérapeute",
     {u"des séances de rééducation prescrites", u"une rééducation après une fracture", u"des séances de kinésithérapie respiratoire"}},
    {Profession::PedicurePodologue, 2, 70, u"pédicure-podologue", u"pédicure-podologue",
     {u"des soins de pédicurie prescrits", u"des semelles orthopédiques", u"des soins de pieds liés au diabète"}},
    {Profession::Pharmacien, 10, 60, u"pharmacien", u"pharmacienne",
     {u"faire délivrer une ordonnance", u"obtenir un médicament prescrit", u"faire délivrer un traitement mensuel"}},
    {Profession::Psychologue, 4, 80, u"psychologue", u"psychologue",
     {u"un accompagnement psychologique", u"des séances prises en charge par l'Assurance maladie", u"un suivi après un deuil"}},
    {Profession::Opticien, 4, 50, u"opticien", u"opticienne",
     {u"des lunettes prescrites par son ophtalmologiste", u"le renouvellement de ses lunettes", u"des lunettes pour son enfant"}},
    {Profession::Audioprothesiste, 3, 50, u"audioprothésiste", u"audioprothésiste",
     {u"un appareillage auditif prescrit", u"l'adaptation de ses appareils auditifs", u"un essai d'appareil auditif"}},
    {Profession::Orthophoniste, 3, 95, u"orthophoniste", u"orthophoniste",
     {u"un bilan orthophonique pour son enfant", u"une rééducation du langage prescrite", u"une rééducation après un AVC"}},
    {Profession::Orthoptiste, 2, 85, u"orthoptiste", u"orthoptiste",
     {u"un bilan orthoptique prescrit", u"une rééducation visuelle", u"un bilan pour son enfant"}},
    {Profession::Ergotherapeute, 2, 85, u"ergothérapeute", u"ergothérapeute",
     {u"une évaluation de son logement", u"des séances d'ergothérapie", u"l'adaptation de son fauteuil"}},
    {Profession::Psychomotricien, 2, 85, u"psychomotricien", u"psychomotricienne",
     {u"des séances de psychomotricité pour son enfant", u"un bilan psychomoteur", u"un suivi pour son enfant"}},
    {Profession::Dieteticien, 2, 80, u"diététicien", u"diététicienne",
     {u"un suivi nutritionnel", u"un accompagnement diététique prescrit", u"un suivi lié à son diabète"}},
    {Profession::Other, 1, 50, u"praticien", u"praticienne",
     {u"des soins", u"une consultation", u"une séance"}},
};
// clang-format on

// The tables are indexed by enumeration value: they follow the order of Vocabulary.h.
constexpr bool tablesInEnumOrder()
{
    for (std::size_t i = 0; i < std::size(formInfos); ++i) {
        if (std::size_t(formInfos[i].form) != i) {
            return false;
        }
    }
    for (std::size_t i = 0; i < std::size(groundInfos); ++i) {
        if (std::size_t(groundInfos[i].ground) != i) {
            return false;
        }
    }
    for (std::size_t i = 0; i < std::size(professionInfos); ++i) {
        if (std::size_t(professionInfos[i].profession) != i) {
            return false;
        }
    }
    return std::size(formInfos) == std::size_t(RefusalForm::Other) + 1
        && std::size(groundInfos) == std::size_t(Ground::ACS) + 1
        && std::size(professionInfos) == std::size_t(Profession::Other) + 1;
}
static_assert(tablesInEnumOrder(), "demo tables must follow the enumerations of Vocabulary.h");

const QStringView closings[] = {
    u"Les soins ont finalement été réalisés ailleurs, avec plusieurs semaines de retard.",
    u"À ce jour, {P} n'a pas trouvé d'autre professionnel à proximité.",
    u"{P} a dû se rendre aux urgences pour obtenir les soins.",
    u"Cet épisode a conduit {P} à renoncer aux soins pendant plusieurs mois.",
    u"Un autre professionnel a accepté de prendre le relais après l'intervention d'une assistante sociale.",
};

QString frenchDate(const QDate& date)
{
    return QStringLiteral("%1 %2 %3")
        .arg(date.day() == 1 ? QStringLiteral("1er") : QString::number(date.day()), str(frenchMonths[date.month() - 1]),
             QString::number(date.year()));
}

QString shortDate(const QDate& date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

QString formatPhone(const QString& digits)
{
    QString text;
    for (int i = 0; i < digits.size(); i += 2) {
        if (i > 0) {
            text.append(QLatin1Char(' '));
        }
        text.append(digits.mid(i, 2));
    }
    return text;
}

// "Amina El Idrissi" -> "amina.elidrissi": the local part of a fictional e-mail address.
QString asciiSlug(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D).toLower();
    QString slug;
    for (QChar c : decomposed) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            slug.append(c);
        } else if (c == u'ı') {
            slug.append(QLatin1Char('i'));
        } else if (c == u'ł') {
            slug.append(QLatin1Char('l'));
        }
    }
    return slug;
}

// ------------------------------------------------------------------ generation state

struct ProfessionalState
{
    Professional record;
    int locality = 0;
    bool woman = false;
    QDate finalSanction; // the last final sanction for a discriminatory refusal, if any
};

struct PersonState
{
    qint64 id = 0;
    QString designation; // "Mme Diallo"
    bool woman = false;
    QDate birthDate;
    QList<Coverage> coverage;
    int locality = 0;
    QString city;
};

// What has been produced so far, so that the first cases show every value at least once.
struct Shown
{
    std::array<bool, formCount> forms {};
    std::array<bool, groundCount> grounds {};
    bool conciliation = false;
    bool noConciliation = false;
    bool noShow = false;
    bool transmitted = false;
    bool carence = false;
    bool finalSanction = false;
    bool overdue = false;
    bool scheduled = false;
    bool repeatOffence = false;
    bool revokedMandate = false;
    bool defenseur = false;
    bool dgccrf = false;
    bool criminal = false;
};

struct Story
{
    QString person;
    QString actor; // "Le cabinet"
    QString actorLower; // "le cabinet"
    QString rights; // "la complémentaire santé solidaire (C2S)"
    QString amount;
    QString subject; // what the remarks were about
    QString notice;
    QString other;
};

QString fill(QStringView pattern, const Story& story)
{
    QString text = pattern.toString();
    if (!text.contains(QLatin1Char('{'))) {
        return text;
    }
    text.replace(QLatin1String("{P}"), story.person);
    text.replace(QLatin1String("{A}"), story.actor);
    text.replace(QLatin1String("{a}"), story.actorLower);
    text.replace(QLatin1String("{R}"), story.rights);
    text.replace(QLatin1String("{E}"), story.amount);
    text.replace(QLatin1String("{G}"), story.subject);
    text.replace(QLatin1String("{N}"), story.notice);
    text.replace(QLatin1String("{O}"), story.other);
    return text;
}

class Generator final
{
public:
    Generator(Database& db, const DemoOptions& options, const Clock& clock, quint32 uidSalt)
        : m_db(db)
        , m_options(options)
        , m_asOf(options.asOf)
        , m_clock(clock)
        , m_random(options.seed)
        , m_uids(options.seed, uidSalt)
    {
    }

    Status run(DemoSummary& summary);

private:
    // building blocks
    int pickLocality();
    int localityNear(int locality);
    NameGroup pickNameGroup(int locality, bool foreignBorn);
    QString street();
    QString mobilePhone(int locality);
    QString landline(int locality);
    QDateTime stamp(const QDate& date, int minuteOfDay) const;

    // records
    Status makeProfessionals(int count);
    Result<int> makePerson(const QList<Ground>& grounds, bool oldEra, const QDate& intake, int proIndex,
                           bool awaitingConsent);
    int pickProfessional(int caseIndex, const QDate& intake);
    QList<RefusalForm> pickForms(Profession profession);
    QList<Ground> pickGrounds(const QList<RefusalForm>& forms, bool oldEra);
    Status makeCase(int caseIndex, const QDate& intake);

    // procedures
    QString ordreCouncil(const ProfessionalState& pro) const;
    Procedure conciliation(ProfessionalState& pro, const QDate& sent, bool& sessionPlanned, QDate& convocation,
                           QDate& session);
    Procedure mediator(const ProfessionalState& pro, const QDate& sent);
    Procedure defenseur(const ProfessionalState& pro, const QDate& sent);
    Procedure dgccrf(const ProfessionalState& pro, const QDate& sent);
    Procedure criminal(const ProfessionalState& pro, const QDate& sent);
    void addEvent(Procedure& procedure, ProcedureEventKind kind, const QDate& date, const QString& note = {});
    void finish(Procedure& procedure);

    QString reference(const QDate& intake);

    Database& m_db;
    const DemoOptions& m_options;
    const QDate m_asOf;
    const Clock& m_clock;
    Random m_random;
    Random m_uids;
    Shown m_shown;

    std::vector<int> m_localityWeights;
    std::vector<ProfessionalState> m_professionals;
    int m_nextNewProfessional = 0;
    std::vector<int> m_pendingRepeat; // sanctioned professionals waiting for a new complaint
    std::vector<PersonState> m_persons;
    std::vector<std::pair<int, int>> m_nextNumber; // year -> next reference number
    DemoSummary m_summary;
};

// ------------------------------------------------------------------ small builders

int Generator::pickLocality()
{
    return m_random.weighted(m_localityWeights);
}

int Generator::localityNear(int locality)
{
    if (m_random.chance(0.7)) {
        return locality;
    }
    if (m_random.chance(0.8)) {
        std::vector<int> same;
        for (int i = 0; i < int(std::size(localities)); ++i) {
            if (localities[i].departement == localities[locality].departement) {
                same.push_back(i);
            }
        }
        return m_random.pick(same);
    }
    return pickLocality();
}

NameGroup Generator::pickNameGroup(int locality, bool foreignBorn)
{
    const NameGroup local = localities[locality].localNames;
    if (local != NameGroup::French) {
        if (m_random.chance(foreignBorn ? 0.5 : 0.75)) {
            return local;
        }
        if (!foreignBorn && m_random.chance(0.6)) {
            return NameGroup::French;
        }
    }
    std::array<int, nameGroupCount> weights {};
    std::copy(std::begin(metropolitanNameWeights), std::end(metropolitanNameWeights), weights.begin());
    if (foreignBorn) {
        weights[int(NameGroup::French)] = 3;
        weights[int(NameGroup::Antilles)] = 0;
    }
    return NameGroup(m_random.weighted(weights));
}

QString Generator::street()
{
    QString text;
    if (m_random.chance(0.12)) {
        text = str(m_random.pick(buildingPrefixes));
    }
    text += QString::number(m_random.between(1, 160));
    if (m_random.chance(0.08)) {
        text += QStringLiteral(" bis");
    }
    text += QLatin1Char(' ') + str(m_random.pick(streetNames));
    return text;
}

QString Generator::mobilePhone(int locality)
{
    const QStringView prefix = localities[locality].mobile;
    if (!prefix.isEmpty()) {
        return formatPhone(prefix.toString() + m_random.digits(6));
    }
    return formatPhone((m_random.chance(0.65) ? QStringLiteral("06") : QStringLiteral("07")) + m_random.digits(8));
}

QString Generator::landline(int locality)
{
    const QStringView prefix = localities[locality].landline;
    // The digit after the area code is never 0 in real numbers.
    return formatPhone(prefix.toString() + QString::number(m_random.between(1, 9))
                       + m_random.digits(9 - int(prefix.size())));
}

// A UTC time on `date`. On asOf itself, no later than 08:00 UTC: before the demo's "now" (asOf at
// noon, local time) in metropolitan France and overseas, and independent of the machine's time
// zone, so the data stays the same everywhere.
QDateTime Generator::stamp(const QDate& date, int minuteOfDay) const
{
    const QDateTime at(date, QTime(0, 0).addSecs(minuteOfDay * 60), QTimeZone::utc());
    const QDateTime latest(m_asOf, QTime(8, 0), QTimeZone::utc());
    return at > latest ? latest.addSecs(-60 * (1 + minuteOfDay % 90)) : at;
}

QString Generator::reference(const QDate& intake)
{
    const int year = intake.year();
    for (auto& [y, next] : m_nextNumber) {
        if (y == year) {
            return QStringLiteral("%1-%2").arg(year).arg(next++, 4, 10, QLatin1Char('0'));
        }
    }
    return {};
}

// ------------------------------------------------------------------ professionals

Status Generator::makeProfessionals(int count)
{
    // One of each profession first (in a random order), then the usual proportions.
    std::vector<Profession> professions;
    for (int i = 0; i < professionCount; ++i) {
        professions.push_back(Profession(i));
    }
    for (int i = professionCount - 1; i > 0; --i) {
        std::swap(professions[std::size_t(i)], professions[std::size_t(m_random.below(i + 1))]);
    }
    professions.resize(std::size_t(std::min(count, professionCount)));
    std::array<int, professionCount> weights {};
    for (const ProfessionInfo& info : professionInfos) {
        weights[std::size_t(info.profession)] = info.weight;
    }
    while (int(professions.size()) < count) {
        professions.push_back(Profession(m_random.weighted(weights)));
    }
    // Spread the rare professions through the list: the first cases must not all be about them.
    for (int i = count - 1; i > 0; --i) {
        std::swap(professions[std::size_t(i)], professions[std::size_t(m_random.below(i + 1))]);
    }

    ProfessionalRepository repository(m_db);
    m_professionals.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        ProfessionalState state;
        Professional& p = state.record;
        const Profession profession = professions[std::size_t(i)];
        const ProfessionInfo& info = professionInfos[int(profession)];
        state.locality = pickLocality();
        const Locality& place = localities[state.locality];
        state.woman = m_random.below(100) < info.womenShare;
        p.uid = m_uids.uid();
        p.profession = profession;
        p.civility =
            m_random.chance(0.05) ? Civility::Unspecified : (state.woman ? Civility::Madame : Civility::Monsieur);
        const NamePool& names = namePools[int(pickNameGroup(state.locality, false))];
        if (!m_random.chance(0.06)) { // sometimes only the last name is known
            p.firstName = str(state.woman ? m_random.pick(names.women) : m_random.pick(names.men));
        }
        p.lastName = str(m_random.pick(names.lastNames));
        const QString suffix = str(m_random.pick(establishmentSuffixes));
        switch (profession) {
        case Profession::Medecin: {
            p.specialty = str(m_random.pick(medicalSpecialties));
            const int draw = m_random.below(100);
            p.sector = draw < 45
                ? Sector::Secteur1
                : (draw < 75 ? Sector::Secteur2 : (draw < 95 ? Sector::Optam : Sector::NonConventionne));
            if (m_random.chance(0.25)) {
                p.establishment = m_random.chance(0.5) ? QStringLiteral("Maison de santé ") + suffix
                                                       : QStringLiteral("Centre médical ") + suffix;
            }
            break;
        }
        case Profession::ChirurgienDentiste:
            p.sector = m_random.chance(0.92) ? Sector::Secteur1 : Sector::NonConventionne;
            if (m_random.chance(0.1)) {
                p.specialty = QStringLiteral("Orthopédie dento-faciale");
            }
            if (m_random.chance(0.3)) {
                p.establishment = QStringLiteral("Centre dentaire ") + suffix;
            }
            break;
        case Profession::Pharmacien:
            // Overseas pharmacists belong to section E; assistants (section D) work in pharmacies too.
            if (place.departement.size() == 3) {
                p.pharmacistSection = PharmacistSection::E;
            } else {
                p.pharmacistSection = m_random.chance(0.85) ? PharmacistSection::A : PharmacistSection::D;
            }
            p.establishment = QStringLiteral("Pharmacie ") + suffix;
            break;
        case Profession::Opticien:
            p.establishment = QStringLiteral("Optique ") + suffix;
            break;
        case Profession::Audioprothesiste:
            p.establishment = QStringLiteral("Audition ") + suffix;
            break;
        case Profession::Other:
            p.specialty = str(m_random.pick(otherProfessions));
            break;
        default:
            if (m_random.chance(0.2)) {
                p.establishment = QStringLiteral("Cabinet paramédical ") + suffix;
            }
            break;
        }
        if (profession != Profession::Other && m_random.chance(0.85)) {
            p.rpps = QStringLiteral("10") + m_random.digits(9);
        }
        p.address = {street(), str(place.postcode), str(place.city), str(place.departement)};
        if (m_random.chance(0.85)) {
            p.phone = landline(state.locality);
        }
        if (Status s = repository.insert(p); !s) {
            return s;
        }
        m_professionals.push_back(std::move(state));
    }
    m_summary.professionals = count;
    return {};
}

// Each new case takes a professional not yet seen often enough that all of them are used by the
// end; otherwise one already known (the ones met first come back more often).
int Generator::pickProfessional(int caseIndex, const QDate& intake)
{
    const int total = int(m_professionals.size());
    const int remainingNew = total - m_nextNewProfessional;
    const int remainingCases = m_options.cases - caseIndex;
    if (remainingNew > 0 && (m_nextNewProfessional == 0 || m_random.below(remainingCases) < remainingNew)) {
        return m_nextNewProfessional++;
    }
    for (std::size_t i = 0; i < m_pendingRepeat.size(); ++i) {
        const int candidate = m_pendingRepeat[i];
        const QDate sanction = m_professionals[std::size_t(candidate)].finalSanction;
        if (intake > sanction.addDays(20) && intake < sanction.addYears(6).addDays(-120)) {
            m_pendingRepeat.erase(m_pendingRepeat.begin() + std::ptrdiff_t(i));
            return candidate;
        }
    }
    const double u = m_random.unit();
    return std::min(m_nextNewProfessional - 1, int(u * u * m_nextNewProfessional));
}

// ------------------------------------------------------------------ forms and grounds

QList<RefusalForm> Generator::pickForms(Profession profession)
{
    const int draw = m_random.below(100);
    const int wanted = draw < 55 ? 1 : (draw < 90 ? 2 : 3);
    QList<RefusalForm> forms;
    auto allowed = [&](const FormInfo& info) { return (info.professions & bit(profession)) != 0; };

    // First the forms not shown yet, the most constrained first (refusal of sale needs a pharmacy).
    std::vector<const FormInfo*> unshown;
    for (const FormInfo& info : formInfos) {
        if (allowed(info) && !m_shown.forms[std::size_t(info.form)]) {
            unshown.push_back(&info);
        }
    }
    std::stable_sort(unshown.begin(), unshown.end(), [](const FormInfo* left, const FormInfo* right) {
        return std::popcount(left->professions) < std::popcount(right->professions);
    });
    for (std::size_t i = 0; i < unshown.size() && int(forms.size()) < std::min(wanted, 2); ++i) {
        forms.append(unshown[i]->form);
    }
    if (forms.isEmpty() && profession == Profession::Pharmacien && m_random.chance(0.55)) {
        forms.append(RefusalForm::RefusalOfSale);
    }
    std::array<int, formCount> weights {};
    for (const FormInfo& info : formInfos) {
        weights[std::size_t(info.form)] = allowed(info) && !forms.contains(info.form) ? info.weight : 0;
    }
    while (int(forms.size()) < wanted) {
        const int index = m_random.weighted(weights);
        if (index < 0) {
            break;
        }
        forms.append(RefusalForm(index));
        weights[std::size_t(index)] = 0;
    }
    // "Other" is kept for cases with a single, unusual form.
    if (forms.size() > 1 && forms.contains(RefusalForm::Other) && m_shown.forms[std::size_t(RefusalForm::Other)]) {
        forms.removeAll(RefusalForm::Other);
    }
    return forms;
}

QList<Ground> Generator::pickGrounds(const QList<RefusalForm>& forms, bool oldEra)
{
    const bool financial =
        std::any_of(forms.begin(), forms.end(), [](RefusalForm form) { return infoOf(form).financial; });
    QList<Ground> grounds;
    auto acceptable = [&](Ground ground) {
        if (!fitsEra(ground, oldEra) || grounds.contains(ground)) {
            return false;
        }
        // One benefit at a time: nobody holds the AME and the C2S together.
        return !(isBenefit(ground) && std::any_of(grounds.begin(), grounds.end(), isBenefit));
    };
    // Grounds not shown yet: first those of this era only (the CMU-C and the ACS exist only in the
    // oldest cases), then the rarest.
    std::vector<const GroundInfo*> unshown;
    for (const GroundInfo& info : groundInfos) {
        if (!m_shown.grounds[std::size_t(info.ground)] && fitsEra(info.ground, oldEra)
            && (!financial || isBenefit(info.ground))) {
            unshown.push_back(&info);
        }
    }
    auto eraBound = [](Ground ground) { return !fitsEra(ground, true) || !fitsEra(ground, false); };
    std::stable_sort(unshown.begin(), unshown.end(), [&](const GroundInfo* left, const GroundInfo* right) {
        if (eraBound(left->ground) != eraBound(right->ground)) {
            return eraBound(left->ground);
        }
        return left->weight < right->weight;
    });

    if (financial) {
        // Refusals of tiers payant, overruns, quotes: the benefit is the ground.
        for (const GroundInfo* info : unshown) {
            grounds.append(info->ground);
            break;
        }
        if (grounds.isEmpty()) {
            const int draw = m_random.below(100);
            grounds.append(oldEra ? (draw < 45 ? Ground::CMUC : (draw < 70 ? Ground::ACS : Ground::AME))
                                  : (draw < 65 ? Ground::C2S : Ground::AME));
        }
    } else {
        for (const GroundInfo* info : unshown) {
            if (grounds.size() >= 2) {
                break;
            }
            if (acceptable(info->ground)) {
                grounds.append(info->ground);
            }
        }
        if (grounds.isEmpty()) {
            std::array<int, groundCount> weights {};
            for (const GroundInfo& info : groundInfos) {
                weights[std::size_t(info.ground)] = fitsEra(info.ground, oldEra) ? info.weight : 0;
            }
            grounds.append(Ground(m_random.weighted(weights)));
        }
    }
    if (grounds.size() < 2 && m_random.chance(financial ? 0.45 : 0.35)) {
        const GroundInfo& info = infoOf(grounds.first());
        if (info.relatedCount > 0) {
            const Ground related = info.related[std::size_t(m_random.below(info.relatedCount))];
            if (acceptable(related)) {
                grounds.append(related);
            }
        }
    }
    return grounds;
}

// ------------------------------------------------------------------ persons

Result<int> Generator::makePerson(const QList<Ground>& grounds, bool oldEra, const QDate& intake, int proIndex,
                                  bool awaitingConsent)
{
    const ProfessionalState& pro = m_professionals[std::size_t(proIndex)];
    const bool specific = std::any_of(grounds.begin(), grounds.end(), [](Ground g) {
        return isBenefit(g) || g == Ground::Pregnancy || g == Ground::Age || g == Ground::LossOfAutonomy
            || g == Ground::Sex || g == Ground::GenderIdentity;
    });
    // Some people come back with a new refusal.
    if (!specific && !m_persons.empty() && pro.record.profession != Profession::SageFemme && !awaitingConsent
        && m_random.chance(0.06)) {
        return m_random.below(int(m_persons.size()));
    }

    PersonState state;
    Person p;
    p.uid = m_uids.uid();
    const bool pregnant = grounds.contains(Ground::Pregnancy);
    state.woman = pregnant || pro.record.profession == Profession::SageFemme
        || (grounds.contains(Ground::Sex) && m_random.chance(0.9)) || m_random.chance(0.58);
    p.civility = state.woman ? Civility::Madame : Civility::Monsieur;
    if (m_random.chance(grounds.contains(Ground::GenderIdentity) ? 0.5 : 0.03)) {
        p.civility = Civility::Unspecified;
    }
    state.locality = localityNear(pro.locality);
    const Locality& place = localities[state.locality];
    const bool foreignBorn = std::any_of(grounds.begin(), grounds.end(), pointsToOrigin);
    NameGroup group = pickNameGroup(state.locality, foreignBorn);
    if (grounds.contains(Ground::Ethnicity) && place.localNames == NameGroup::French) {
        group = NameGroup::EasternEurope;
    }
    const NamePool& names = namePools[int(group)];
    p.firstName = str(state.woman ? m_random.pick(names.women) : m_random.pick(names.men));
    p.lastName = str(m_random.pick(names.lastNames));

    int age = m_random.chance(0.7) ? m_random.between(25, 62) : m_random.between(18, 85);
    if (pregnant) {
        age = m_random.between(20, 41);
    } else if (grounds.contains(Ground::LossOfAutonomy)) {
        age = m_random.between(70, 94);
    } else if (grounds.contains(Ground::Age)) {
        age = m_random.chance(0.8) ? m_random.between(72, 92) : m_random.between(18, 23);
    }
    p.birthDate = intake.addYears(-age).addDays(-m_random.below(365));
    if (p.birthDate.year() < 1901) {
        p.birthDate = QDate(1901, p.birthDate.month(), 1);
    }
    p.address = {street(), str(place.postcode), str(place.city), str(place.departement)};
    if (m_random.chance(0.9)) {
        p.phone = mobilePhone(state.locality);
    }
    if (m_random.chance(0.45)) {
        static const QStringView domains[] = {u"example.org", u"example.net", u"example.com"};
        QString local = asciiSlug(p.firstName) + QLatin1Char('.') + asciiSlug(p.lastName);
        if (m_random.chance(0.4)) {
            local += QString::number(m_random.between(1, 99));
        }
        p.email = local + QLatin1Char('@') + str(m_random.pick(domains));
    }

    // Health cover follows the story: the benefit named as ground, the ALD with health grounds.
    for (Ground g : grounds) {
        if (g == Ground::C2S) {
            p.coverage.append(Coverage::C2S);
        } else if (g == Ground::AME) {
            p.coverage.append(Coverage::AME);
        } else if (g == Ground::CMUC) {
            p.coverage.append(Coverage::CMUC);
        } else if (g == Ground::ACS) {
            p.coverage.append(Coverage::ACS);
        }
    }
    if (p.coverage.isEmpty()) {
        const bool poor = grounds.contains(Ground::EconomicVulnerability);
        if (m_random.chance(poor ? 0.6 : 0.15)) {
            p.coverage.append(oldEra ? Coverage::CMUC : Coverage::C2S);
        } else if (foreignBorn && m_random.chance(0.1)) {
            p.coverage.append(Coverage::AME);
        }
    }
    const bool health = grounds.contains(Ground::HealthStatus) || grounds.contains(Ground::Disability)
        || grounds.contains(Ground::LossOfAutonomy);
    if (!p.coverage.contains(Coverage::AME) && m_random.chance(health ? 0.7 : 0.08)) {
        p.coverage.append(Coverage::ALD);
    }

    if (!awaitingConsent) {
        p.consentGiven = true;
        p.consentDate = intake;
    }
    if (grounds.contains(Ground::Language) && m_random.chance(0.4)) {
        p.notes = QStringLiteral("Entretien mené avec l'aide d'un interprète bénévole.");
    } else if (grounds.contains(Ground::PlaceOfResidence) && m_random.chance(0.4)) {
        p.notes = QStringLiteral("Domiciliation administrative au CCAS.");
    }

    PersonRepository repository(m_db, m_clock);
    if (Status s = repository.insert(p); !s) {
        return s.error();
    }
    state.id = p.id;
    state.birthDate = p.birthDate;
    state.coverage = p.coverage;
    state.city = p.address.city;
    switch (p.civility) {
    case Civility::Madame:
        state.designation = QStringLiteral("Mme ") + p.lastName;
        break;
    case Civility::Monsieur:
        state.designation = QStringLiteral("M. ") + p.lastName;
        break;
    case Civility::Unspecified:
        state.designation = p.firstName + QLatin1Char(' ') + p.lastName;
        break;
    }
    m_persons.push_back(std::move(state));
    ++m_summary.persons;
    return int(m_persons.size()) - 1;
}

// ------------------------------------------------------------------ procedures

QString Generator::ordreCouncil(const ProfessionalState& pro) const
{
    const Locality& place = localities[pro.locality];
    const QString of = str(place.ofDepartement);
    switch (pro.record.profession) {
    case Profession::Medecin:
        return QStringLiteral("Conseil départemental de l'ordre des médecins ") + of;
    case Profession::ChirurgienDentiste:
        return QStringLiteral("Conseil départemental de l'ordre des chirurgiens-dentistes ") + of;
    case Profession::SageFemme:
        return QStringLiteral("Conseil départemental de l'ordre des sages-femmes ") + of;
    case Profession::Infirmier:
        return QStringLiteral("Conseil départemental de l'ordre des infirmiers ") + of;
    case Profession::MasseurKinesitherapeute:
        return QStringLiteral("Conseil départemental de l'ordre des masseurs-kinésithérapeutes ") + of;
    case Profession::PedicurePodologue:
        return QStringLiteral("Conseil régional de l'ordre des pédicures-podologues ") + str(place.ofRegion);
    case Profession::Pharmacien:
        if (pro.record.pharmacistSection && *pro.record.pharmacistSection != PharmacistSection::A) {
            return QStringLiteral("Conseil central de la section %1 de l'ordre des pharmaciens")
                .arg(keyOf(*pro.record.pharmacistSection).right(1).toUpper());
        }
        return QStringLiteral("Conseil régional de l'ordre des pharmaciens ") + str(place.ofRegion);
    default:
        return {};
    }
}

void Generator::addEvent(Procedure& procedure, ProcedureEventKind kind, const QDate& date, const QString& note)
{
    // Only a scheduled session may lie ahead of "today"; every other step has happened or not.
    if (!date.isValid() || (date > m_asOf && kind != ProcedureEventKind::SessionScheduled)) {
        return;
    }
    ProcedureEvent event;
    event.uid = m_uids.uid();
    event.kind = kind;
    event.date = date;
    event.note = note;
    procedure.events.append(std::move(event));
}

void Generator::finish(Procedure& procedure)
{
    std::stable_sort(procedure.events.begin(), procedure.events.end(),
                     [](const ProcedureEvent& left, const ProcedureEvent& right) { return left.date < right.date; });
    const bool ended = procedure.has(ProcedureEventKind::Closed) || procedure.has(ProcedureEventKind::Withdrawn);
    procedure.status = ended ? ProcedureStatus::Closed : ProcedureStatus::Open;
}

// The conciliation procedure of R1110-11 to R1110-15 CSP, at whatever stage `asOf` finds it.
Procedure Generator::conciliation(ProfessionalState& pro, const QDate& sent, bool& sessionPlanned, QDate& convocation,
                                  QDate& session)
{
    using K = ProcedureEventKind;
    const Locality& place = localities[pro.locality];
    const QString council = ordreCouncil(pro);
    const QString fund = str(place.fund);
    const bool toOrdre = m_random.chance(0.45);

    Procedure p;
    p.uid = m_uids.uid();
    p.route = Route::Conciliation;
    p.authorityKind = toOrdre ? AuthorityKind::Ordre : AuthorityKind::Cpam;
    p.authorityName = toOrdre ? council : fund;
    const QString other = toOrdre ? fund : council;

    addEvent(p, K::ComplaintSent, sent, QStringLiteral("Lettre recommandée avec avis de réception."));
    const QDate received = sent.addDays(m_random.between(2, 5));
    addEvent(p, K::ComplaintReceived, received, QStringLiteral("Date portée sur l'avis de réception."));
    const QDate sessionLimit = received.addMonths(3);

    // No acknowledgement within 8 days: the association chases.
    QDate acknowledged = received.addDays(m_random.between(3, 20));
    if (m_random.chance(0.1)) {
        addEvent(p, K::ReminderSent, received.addDays(m_random.between(10, 14)),
                 QStringLiteral("Relance : pas d'accusé de réception huit jours après la réception."));
        acknowledged = received.addDays(m_random.between(18, 35));
    }
    addEvent(p, K::AcknowledgementReceived, acknowledged);
    if (acknowledged <= m_asOf) {
        p.authorityReference = toOrdre
            ? QStringLiteral("PL %1/%2").arg(received.year()).arg(m_random.digits(3))
            : QStringLiteral("CONC-%1-%2-%3").arg(str(place.departement)).arg(received.year()).arg(m_random.digits(4));
    }
    const QDate forwarded = received.addDays(m_random.between(1, 8));
    addEvent(p, K::ForwardedToOtherAuthority, forwarded, QStringLiteral("Transmise à : ") + other + QLatin1Char('.'));
    addEvent(p, K::ProfessionalNotified, received.addDays(m_random.between(2, 8)));

    // Repeat offence (R1110-14): a final sanction in the six years before receipt means no
    // conciliation: the complaint goes straight to the disciplinary chamber.
    if (pro.finalSanction.isValid() && pro.finalSanction < received && pro.finalSanction >= received.addYears(-6)) {
        m_shown.repeatOffence = true;
        p.notes = QStringLiteral("Récidive : sanction définitive du %1 pour refus de soins discriminatoire.")
                      .arg(shortDate(pro.finalSanction));
        const QDate transmitted = received.addDays(m_random.between(20, 80));
        addEvent(p, K::TransmittedToDisciplinaryChamber, transmitted,
                 QStringLiteral("Transmission directe, sans conciliation (récidive)."));
        const QDate decision = transmitted.addDays(m_random.between(180, 270));
        addEvent(p, K::DisciplinaryDecision, decision,
                 QStringLiteral("Interdiction d'exercer de six mois, dont trois avec sursis."));
        addEvent(p, K::FinalSanction, decision.addDays(m_random.between(31, 60)));
        addEvent(p, K::Closed, decision.addDays(m_random.between(61, 90)));
        if (transmitted <= m_asOf) {
            m_shown.transmitted = true;
        }
        finish(p);
        return p;
    }

    if (m_random.chance(0.15)) {
        addEvent(p, K::ProfessionalSummoned, received.addDays(m_random.between(10, 30)),
                 QStringLiteral("Audition du professionnel par le président du conseil."));
    }

    // How this complaint goes: on time, late, never heard (carence), or withdrawn.
    enum class Course { OnTime, Late, Carence, Withdrawn, Stalled };
    Course course = Course::OnTime;
    const int draw = m_random.below(100);
    if (draw < 10) {
        course = Course::Late;
    } else if (draw < 16) {
        course = Course::Carence;
    } else if (draw < 20) {
        course = Course::Withdrawn;
    }
    if (!m_shown.carence && sessionLimit.addDays(60) <= m_asOf && course != Course::Withdrawn) {
        course = Course::Carence;
    }
    // One procedure past its three months without a session, still waiting: the overdue one.
    if (!m_shown.overdue && received < m_asOf.addMonths(-3) && received >= m_asOf.addMonths(-6)) {
        course = Course::Stalled;
    }

    switch (course) {
    case Course::Withdrawn:
        addEvent(p, K::Withdrawn, received.addDays(m_random.between(10, 40)),
                 QStringLiteral("La personne a retiré sa plainte après un geste du professionnel."));
        finish(p);
        return p;
    case Course::Stalled:
    case Course::Carence: {
        addEvent(p, K::ReminderSent, sessionLimit.addDays(-m_random.between(15, 25)),
                 QStringLiteral("Relance aux deux autorités : la date limite de la séance approche."));
        const QDate carence = sessionLimit.addDays(m_random.between(10, 45));
        if (course == Course::Stalled || carence > m_asOf) {
            m_shown.overdue = m_shown.overdue || sessionLimit < m_asOf;
            finish(p);
            return p;
        }
        addEvent(p, K::CarenceOfOrdre, carence,
                 QStringLiteral("Aucune séance dans les trois mois : courrier au directeur de la CPAM (R1110-15)."));
        m_shown.carence = true;
        if (m_random.chance(0.5)) {
            addEvent(p, K::CarencePenalty, carence.addDays(m_random.between(60, 150)),
                     QStringLiteral("Pénalité financière prononcée par le directeur de la CPAM."));
        }
        addEvent(p, K::Closed, carence.addDays(m_random.between(160, 260)));
        finish(p);
        return p;
    }
    case Course::OnTime:
    case Course::Late:
        break;
    }

    session = course == Course::OnTime ? received.addDays(m_random.between(40, 85))
                                       : sessionLimit.addDays(m_random.between(5, 60));
    if (session > sessionLimit.addDays(-1) && course == Course::OnTime) {
        session = sessionLimit.addDays(-1);
    }
    convocation = std::max(session.addDays(-m_random.between(15, 30)), received.addDays(5));
    // One session convened and still to come.
    if (!m_shown.scheduled && received >= m_asOf.addDays(-60) && received <= m_asOf.addDays(-10)) {
        convocation = m_asOf.addDays(-m_random.between(0, 5));
        session = convocation.addDays(m_random.between(15, 25));
    }
    sessionPlanned = true;
    if (convocation > m_asOf) {
        if (sessionLimit.addDays(-20) <= m_asOf) {
            addEvent(p, K::ReminderSent, sessionLimit.addDays(-20),
                     QStringLiteral("Relance aux deux autorités : la date limite de la séance approche."));
        }
        finish(p);
        return p;
    }
    addEvent(p, K::ConvocationSent, convocation);
    if (session > m_asOf) {
        addEvent(p, K::SessionScheduled, session, QStringLiteral("Séance de la commission mixte de conciliation."));
        m_shown.scheduled = true;
        finish(p);
        return p;
    }
    if (course == Course::Late && m_random.chance(0.3)) {
        addEvent(p, K::CarenceOfOrdre, sessionLimit.addDays(m_random.between(1, 4)),
                 QStringLiteral("Séance tenue après la date limite : carence signalée à la CPAM."));
        m_shown.carence = true;
    }
    addEvent(p, K::SessionHeld, session);

    // Outcome of the session (R1110-12).
    ProcedureEventKind outcome = K::NoConciliation;
    const bool decisionInReach = session.addMonths(13) <= m_asOf;
    if (!m_shown.conciliation) {
        outcome = K::Conciliation;
    } else if (!m_shown.noConciliation || (!m_shown.finalSanction && decisionInReach)) {
        outcome = K::NoConciliation;
    } else if (!m_shown.noShow) {
        outcome = K::NoConciliationNoShow;
    } else {
        const int pick = m_random.below(100);
        outcome = pick < 40 ? K::Conciliation : (pick < 80 ? K::NoConciliation : K::NoConciliationNoShow);
    }
    const QDate record = session.addDays(m_random.between(3, 15));
    if (outcome == K::Conciliation) {
        m_shown.conciliation = true;
        addEvent(p, K::Conciliation, session,
                 QStringLiteral("Le professionnel s'engage à recevoir la personne aux conditions de sa couverture."));
        addEvent(p, K::SessionRecordReceived, record);
        addEvent(p, K::Closed, record.addDays(1));
        finish(p);
        return p;
    }
    if (outcome == K::NoConciliation) {
        m_shown.noConciliation = true;
        addEvent(p, K::NoConciliation, session, QStringLiteral("La personne maintient sa plainte."));
    } else {
        m_shown.noShow = true;
        addEvent(p, K::NoConciliationNoShow, session,
                 QStringLiteral("Le professionnel ne s'est pas présenté et ne s'est pas fait représenter."));
    }
    addEvent(p, K::SessionRecordReceived, record);

    // Transmission to the disciplinary chamber within three months of the session (R1110-13).
    const QDate transmissionLimit = session.addMonths(3);
    QDate transmitted = session.addDays(m_random.between(20, 85));
    if (m_random.chance(0.1)) {
        transmitted = transmissionLimit.addDays(m_random.between(10, 60));
        addEvent(p, K::CarenceOfOrdre, transmissionLimit.addDays(m_random.between(1, 9)),
                 QStringLiteral("Pas de transmission dans les trois mois : carence signalée à la CPAM."));
        m_shown.carence = m_shown.carence || transmissionLimit < m_asOf;
    }
    addEvent(
        p, K::TransmittedToDisciplinaryChamber, transmitted,
        QStringLiteral("Plainte, dossier et avis motivé transmis à la chambre disciplinaire de première instance."));
    if (transmitted <= m_asOf) {
        m_shown.transmitted = true;
    }
    const QDate decision = transmitted.addDays(m_random.between(180, 280));
    const bool sanctioned = !m_shown.finalSanction || m_random.chance(0.3);
    static const QStringView sanctions[] = {u"Avertissement.", u"Blâme.",
                                            u"Interdiction d'exercer d'un mois avec sursis."};
    addEvent(p, K::DisciplinaryDecision, decision,
             sanctioned ? str(m_random.pick(sanctions)) : QStringLiteral("Plainte rejetée."));
    if (sanctioned) {
        const QDate finalDate = decision.addDays(m_random.between(31, 75));
        addEvent(p, K::FinalSanction, finalDate,
                 QStringLiteral("Aucun appel dans le délai : la sanction est définitive."));
        if (finalDate <= m_asOf) {
            m_shown.finalSanction = true;
            if (!pro.finalSanction.isValid() || finalDate > pro.finalSanction) {
                pro.finalSanction = finalDate;
                m_pendingRepeat.push_back(int(&pro - m_professionals.data()));
            }
        }
        addEvent(p, K::Closed, finalDate.addDays(m_random.between(1, 20)));
    } else {
        addEvent(p, K::Closed, decision.addDays(m_random.between(31, 60)));
    }
    finish(p);
    return p;
}

// Professions without an ordre: the mediator of the CPAM, no legal deadlines.
Procedure Generator::mediator(const ProfessionalState& pro, const QDate& sent)
{
    using K = ProcedureEventKind;
    Procedure p;
    p.uid = m_uids.uid();
    p.route = Route::CpamMediator;
    p.authorityKind = AuthorityKind::CpamMediator;
    p.authorityName = QStringLiteral("Médiateur de la ") + str(localities[pro.locality].fund);
    addEvent(p, K::ComplaintSent, sent, QStringLiteral("Saisine par courriel et formulaire en ligne."));
    const QDate received = sent.addDays(m_random.between(1, 4));
    addEvent(p, K::ComplaintReceived, received);
    const QDate acknowledged = received.addDays(m_random.between(5, 25));
    addEvent(p, K::AcknowledgementReceived, acknowledged);
    if (acknowledged <= m_asOf) {
        p.authorityReference = QStringLiteral("MED-%1-%2").arg(received.year()).arg(m_random.digits(5));
    }
    QDate next = acknowledged.addDays(m_random.between(15, 60));
    if (m_random.chance(0.2)) {
        addEvent(p, K::ReminderSent, next, QStringLiteral("Relance du médiateur sans réponse après un mois."));
        next = next.addDays(m_random.between(15, 45));
    }
    addEvent(p, K::Other, next, QStringLiteral("Le médiateur a contacté le professionnel."));
    static const QStringView endings[] = {
        u"Le professionnel a accepté de recevoir la personne.",
        u"Rappel de ses obligations adressé au professionnel.",
        u"Sans suite : le professionnel conteste les faits.",
    };
    addEvent(p, K::Closed, next.addDays(m_random.between(20, 120)), str(m_random.pick(endings)));
    finish(p);
    return p;
}

Procedure Generator::defenseur(const ProfessionalState& pro, const QDate& sent)
{
    using K = ProcedureEventKind;
    Procedure p;
    p.uid = m_uids.uid();
    p.route = Route::DefenseurDesDroits;
    p.authorityKind = AuthorityKind::DefenseurDesDroits;
    p.authorityName = m_random.chance(0.7)
        ? QStringLiteral("Défenseur des droits")
        : QStringLiteral("Délégué du Défenseur des droits (%1)").arg(str(localities[pro.locality].city));
    addEvent(p, K::ComplaintSent, sent, QStringLiteral("Courrier à l'adresse Libre réponse."));
    const QDate acknowledged = sent.addDays(m_random.between(15, 45));
    addEvent(p, K::AcknowledgementReceived, acknowledged,
             QStringLiteral("Le Défenseur attend l'issue de la conciliation avant d'instruire."));
    if (acknowledged <= m_asOf) {
        p.authorityReference =
            QStringLiteral("%1-%2").arg(acknowledged.year() % 100, 2, 10, QLatin1Char('0')).arg(m_random.digits(6));
    }
    const QDate inquiry = acknowledged.addDays(m_random.between(60, 200));
    addEvent(p, K::Other, inquiry, QStringLiteral("Demande d'explications adressée au professionnel."));
    static const QStringView endings[] = {
        u"Rappel à la loi adressé au professionnel.",
        u"Recommandation de formation adressée au professionnel.",
        u"Clôture après le règlement amiable du litige.",
    };
    addEvent(p, K::Closed, inquiry.addDays(m_random.between(90, 300)), str(m_random.pick(endings)));
    finish(p);
    return p;
}

Procedure Generator::dgccrf(const ProfessionalState& pro, const QDate& sent)
{
    using K = ProcedureEventKind;
    Procedure p;
    p.uid = m_uids.uid();
    p.route = Route::Dgccrf;
    p.authorityKind = AuthorityKind::Ddpp;
    p.authorityName = str(localities[pro.locality].ddpp);
    addEvent(p, K::ComplaintSent, sent,
             QStringLiteral("Signalement d'un refus de vente (L121-11 Code de la consommation)."));
    const QDate acknowledged = sent.addDays(m_random.between(10, 40));
    addEvent(p, K::AcknowledgementReceived, acknowledged);
    if (acknowledged <= m_asOf) {
        p.authorityReference =
            QStringLiteral("RC-%1-%2").arg(str(localities[pro.locality].departement)).arg(m_random.digits(5));
    }
    const QDate inspection = acknowledged.addDays(m_random.between(30, 120));
    addEvent(p, K::Other, inspection, QStringLiteral("Contrôle de l'officine par les services de la DDPP."));
    addEvent(p, K::Closed, inspection.addDays(m_random.between(30, 120)),
             QStringLiteral("Avertissement adressé à l'officine."));
    finish(p);
    return p;
}

Procedure Generator::criminal(const ProfessionalState& pro, const QDate& sent)
{
    using K = ProcedureEventKind;
    Procedure p;
    p.uid = m_uids.uid();
    p.route = Route::CriminalComplaint;
    p.authorityKind = AuthorityKind::Prosecutor;
    p.authorityName = QStringLiteral("Procureur de la République (plainte déposée au commissariat de %1)")
                          .arg(str(localities[pro.locality].city));
    addEvent(p, K::ComplaintSent, sent,
             QStringLiteral("Plainte déposée sur le fondement de l'article 225-2 du Code pénal."));
    const QDate forwarded = sent.addDays(m_random.between(60, 300));
    addEvent(p, K::Other, forwarded, QStringLiteral("Plainte transmise au parquet."));
    if (m_random.chance(0.6)) {
        addEvent(p, K::Closed, forwarded.addDays(m_random.between(120, 400)),
                 QStringLiteral("Classement sans suite notifié."));
    }
    finish(p);
    return p;
}

// ------------------------------------------------------------------ cases

Status Generator::makeCase(int caseIndex, const QDate& intake)
{
    const int proIndex = pickProfessional(caseIndex, intake);
    ProfessionalState& pro = m_professionals[std::size_t(proIndex)];
    const Profession profession = pro.record.profession;

    Case c;
    c.uid = m_uids.uid();
    c.reference = reference(intake);

    // The facts: one or two dates before the person came to the association.
    const QDate firstFact = intake.addDays(-m_random.between(2, 75));
    c.factDates.append(firstFact);
    if (m_random.chance(0.2)) {
        const QDate second = firstFact.addDays(m_random.between(2, 30));
        if (second < intake) {
            c.factDates.append(second);
        }
    }
    const bool oldEra = firstFact < c2sStart();
    const bool recent = intake.daysTo(m_asOf) <= 20;
    // The newest cases are still at intake: the last one always, when it is recent.
    const bool intakeOnly = recent && (m_random.chance(0.75) || caseIndex == m_options.cases - 1);
    const bool awaitingConsent = intakeOnly && m_random.chance(0.1);

    c.forms = pickForms(profession);
    c.grounds = pickGrounds(c.forms, oldEra);
    for (RefusalForm form : c.forms) {
        m_shown.forms[std::size_t(form)] = true;
    }
    for (Ground ground : c.grounds) {
        m_shown.grounds[std::size_t(ground)] = true;
    }
    if (c.forms.contains(RefusalForm::Other)) {
        c.otherFormDescription = str(m_random.pick(otherFormDescriptions));
    }

    auto personIndex = makePerson(c.grounds, oldEra, intake, proIndex, awaitingConsent);
    if (!personIndex) {
        return personIndex.error();
    }
    const PersonState& person = m_persons[std::size_t(*personIndex)];
    c.personId = person.id;
    c.professionalIds.append(pro.record.id);
    // Sometimes a second professional of the same kind refused too (two pharmacies, two practices).
    if (m_nextNewProfessional > 1 && m_random.chance(0.05)) {
        for (int attempt = 0; attempt < 4; ++attempt) {
            const auto& other = m_professionals[std::size_t(m_random.below(m_nextNewProfessional))];
            if (other.record.profession == profession && other.record.id != pro.record.id) {
                c.professionalIds.append(other.record.id);
                break;
            }
        }
    }

    // ---- the story
    const ProfessionInfo& job = professionInfos[int(profession)];
    const bool pharmacy = profession == Profession::Pharmacien;
    const bool shop = profession == Profession::Opticien || profession == Profession::Audioprothesiste;
    Story story;
    story.person = person.designation;
    story.actor = pharmacy ? QStringLiteral("La pharmacie")
                           : (shop ? QStringLiteral("Le magasin") : QStringLiteral("Le cabinet"));
    story.actorLower = story.actor.toLower();
    Ground benefit = Ground::Origin;
    bool hasBenefit = false;
    for (Ground g : c.grounds) {
        if (isBenefit(g)) {
            benefit = g;
            hasBenefit = true;
        }
    }
    if (!hasBenefit && !person.coverage.isEmpty()) {
        const Coverage cover = person.coverage.first();
        hasBenefit = cover != Coverage::ALD;
        benefit = cover == Coverage::AME
            ? Ground::AME
            : (cover == Coverage::CMUC ? Ground::CMUC : (cover == Coverage::ACS ? Ground::ACS : Ground::C2S));
    }
    if (!hasBenefit) {
        story.rights = QStringLiteral("ses droits à l'Assurance maladie");
    } else if (benefit == Ground::C2S) {
        story.rights = QStringLiteral("la complémentaire santé solidaire (C2S)");
    } else if (benefit == Ground::AME) {
        story.rights = QStringLiteral("l'aide médicale de l'État (AME)");
    } else if (benefit == Ground::CMUC) {
        story.rights = QStringLiteral("la CMU complémentaire");
    } else {
        story.rights = QStringLiteral("l'aide au paiement d'une complémentaire santé (ACS)");
    }
    QString rightsShort;
    if (hasBenefit) {
        rightsShort = benefit == Ground::C2S ? QStringLiteral("C2S")
            : benefit == Ground::AME         ? QStringLiteral("AME")
            : benefit == Ground::CMUC        ? QStringLiteral("CMU-C")
                                             : QStringLiteral("ACS");
    }
    story.amount = QString::number(m_random.between(3, 24) * 5);
    story.subject = str(infoOf(c.grounds.first()).subject);
    story.other = c.otherFormDescription;
    const Ground primaryGround = c.grounds.first();
    if (isBenefit(primaryGround)) {
        story.notice = primaryGround == Ground::AME ? QStringLiteral("Patients AME non acceptés")
                                                    : QStringLiteral("Pas de nouveaux patients CMU / C2S");
    } else if (primaryGround == Ground::Disability || primaryGround == Ground::LossOfAutonomy) {
        story.notice = QStringLiteral("Pas de prise en charge des personnes à mobilité réduite");
    } else if (primaryGround == Ground::Age) {
        story.notice = QStringLiteral("Nouveaux patients : moins de 70 ans uniquement");
    } else if (primaryGround == Ground::Language) {
        story.notice = QStringLiteral("Consultations en français uniquement, venir accompagné d'un traducteur");
    } else {
        story.notice = QStringLiteral("Le cabinet se réserve le choix de ses nouveaux patients");
    }

    QString professionalName;
    const QString label = str(pro.woman ? job.woman : job.man);
    if (pharmacy) {
        professionalName = QStringLiteral("la ") + pro.record.establishment;
    } else if (profession == Profession::Medecin || profession == Profession::ChirurgienDentiste) {
        professionalName = (pro.woman ? QStringLiteral("la Dr ") : QStringLiteral("le Dr ")) + pro.record.lastName
            + QStringLiteral(" (") + (pro.record.specialty.isEmpty() ? label : pro.record.specialty.toLower())
            + QLatin1Char(')');
    } else if (profession == Profession::Other) {
        professionalName = (pro.woman ? QStringLiteral("Mme ") : QStringLiteral("M. ")) + pro.record.lastName
            + QStringLiteral(" (") + pro.record.specialty.toLower() + QLatin1Char(')');
    } else {
        professionalName = (pro.woman ? QStringLiteral("Mme ") : QStringLiteral("M. ")) + pro.record.lastName
            + QStringLiteral(" (") + label + QLatin1Char(')');
    }
    QStringList narrative;
    narrative << QStringLiteral("Le %1, %2 a sollicité %3 à %4 pour %5.")
                     .arg(frenchDate(firstFact), person.designation, professionalName, pro.record.address.city,
                          str(m_random.pick(job.needs)));
    const bool contraception = c.grounds.contains(Ground::Sex) || c.grounds.contains(Ground::Morals)
        || c.grounds.contains(Ground::SexualHarassment);
    for (RefusalForm form : c.forms) {
        const FormInfo& info = infoOf(form);
        const int variant = form == RefusalForm::RefusalOfSale ? (contraception ? 1 : 0) : m_random.below(2);
        narrative << fill(info.facts[std::size_t(variant)], story);
    }
    if (c.factDates.size() > 1) {
        narrative << QStringLiteral("Le %1, une nouvelle tentative a abouti au même résultat.")
                         .arg(frenchDate(c.factDates.at(1)));
    }
    narrative << fill(infoOf(primaryGround).belief, story);
    if (c.grounds.size() > 1 && m_random.chance(0.5)) {
        narrative << fill(infoOf(c.grounds.at(1)).belief, story);
    }
    narrative << fill(m_random.pick(closings), story);
    narrative << QStringLiteral("L'association a reçu %1 lors de sa permanence du %2.")
                     .arg(person.designation, frenchDate(intake));
    c.narrative = narrative.join(QLatin1Char(' '));

    if (m_random.chance(0.8)) {
        const QStringView groundReason = infoOf(primaryGround).reason;
        const FormInfo& formInfo = infoOf(c.forms.first());
        if (!groundReason.isEmpty() && m_random.chance(0.4)) {
            c.statedReason = str(groundReason);
        } else {
            c.statedReason = str(formInfo.reasons[std::size_t(m_random.below(3))]);
        }
    }
    const bool online = c.forms.contains(RefusalForm::DiscriminatoryNotice)
        || (c.forms.contains(RefusalForm::DelayedAppointment) && m_random.chance(0.4));
    if (online && m_random.chance(0.5)) {
        c.place = QStringLiteral("Plateforme de prise de rendez-vous en ligne");
    } else if (m_random.chance(0.15) && !pharmacy) {
        c.place = QStringLiteral("Par téléphone, secrétariat du cabinet");
    } else {
        QString where = pro.record.establishment;
        if (where.isEmpty()) {
            where = QStringLiteral("Cabinet ")
                + (professionalName.startsWith(QLatin1String("l"))
                       ? QStringLiteral("du Dr ") + pro.record.lastName
                       : QStringLiteral("de ") + professionalName.section(QStringLiteral(" ("), 0, 0));
        }
        c.place = where + QStringLiteral(", ") + pro.record.address.street + QStringLiteral(", ")
            + pro.record.address.postcode + QLatin1Char(' ') + pro.record.address.city;
    }

    c.createdAt = stamp(intake, m_random.between(8 * 60, 17 * 60));

    // ---- evidence
    auto addEvidence = [&](EvidenceKind kind, const QDate& date, const QString& description) {
        Evidence e;
        e.uid = m_uids.uid();
        e.kind = kind;
        e.date = std::min(date, m_asOf);
        e.description = description;
        e.addedAt = c.evidence.isEmpty() ? c.createdAt
                                         : std::max(c.evidence.last().addedAt,
                                                    stamp(std::min(intake.addDays(m_random.between(0, 20)), m_asOf),
                                                          m_random.between(8 * 60, 18 * 60)));
        c.evidence.append(std::move(e));
    };
    addEvidence(EvidenceKind::ChronologicalAccount, intake,
                QStringLiteral("Récit chronologique rédigé avec %1 lors de la permanence.").arg(person.designation));
    if (m_random.chance(0.05)) {
        // A few items carry a small attached file (the account typed on the spot).
        Evidence& account = c.evidence.last();
        account.fileName = QStringLiteral("recit-%1.txt").arg(c.reference);
        account.fileContent = c.narrative.toUtf8();
    }
    if (!intakeOnly) {
        if (m_random.chance(0.45)) {
            addEvidence(EvidenceKind::WrittenAnswer, firstFact.addDays(m_random.between(0, 5)),
                        m_random.chance(0.5) ? QStringLiteral("Courriel du secrétariat confirmant le refus.")
                                             : QStringLiteral("SMS du cabinet annulant le rendez-vous."));
        }
        if (c.forms.contains(RefusalForm::DiscriminatoryNotice) || c.forms.contains(RefusalForm::DelayedAppointment)) {
            addEvidence(EvidenceKind::BookingScreenshot, firstFact,
                        QStringLiteral("Capture d'écran du profil de prise de rendez-vous en ligne."));
        }
        if (c.forms.contains(RefusalForm::DiscriminatoryNotice) && m_random.chance(0.5)) {
            addEvidence(EvidenceKind::RefusalNotice, firstFact,
                        QStringLiteral("Photographie de l'affiche apposée à l'accueil."));
        }
        if (c.forms.contains(RefusalForm::FeeOverrun) || c.forms.contains(RefusalForm::OffScheduleActs)
            || c.forms.contains(RefusalForm::AdvancePayment)) {
            addEvidence(EvidenceKind::Invoice, firstFact,
                        QStringLiteral("Facture ou reçu mentionnant %1 euros.").arg(story.amount));
        }
        if (m_random.chance(0.15)) {
            addEvidence(EvidenceKind::WitnessStatement, firstFact.addDays(m_random.between(3, 20)),
                        QStringLiteral("Attestation d'une personne présente dans la salle d'attente."));
        }
        if ((c.forms.contains(RefusalForm::DelayedAppointment) || c.forms.contains(RefusalForm::ExplicitRefusal))
            && m_random.chance(0.25)) {
            addEvidence(EvidenceKind::PhoneTest, intake.addDays(m_random.between(1, 10)),
                        QStringLiteral("Test téléphonique de l'association : sans mention de la couverture, un "
                                       "rendez-vous a été proposé dans la semaine."));
        }
        if (hasBenefit && m_random.chance(0.3)) {
            addEvidence(EvidenceKind::Other, intake,
                        QStringLiteral("Attestation de droits (%1) en cours de validité.").arg(rightsShort));
        }
    }

    // ---- procedures and mandates
    QDate lastActivity = intake;
    bool decline = false;
    if (!intakeOnly) {
        const QDate sent = intake.addDays(m_random.between(5, 35));
        decline = m_random.chance(0.07);
        if (decline) {
            c.notes = QStringLiteral("La personne n'a pas souhaité engager de recours ; situation enregistrée pour "
                                     "les statistiques.");
        } else if (sent > m_asOf) {
            c.notes = QStringLiteral("Courrier de saisine en préparation.");
        } else {
            bool sessionPlanned = false;
            QDate convocation;
            QDate session;
            const bool ordre = hasOrdre(profession);
            if (ordre && m_random.chance(0.93)) {
                c.procedures.append(conciliation(pro, sent, sessionPlanned, convocation, session));
                if (hasBenefit && m_random.chance(0.12)) {
                    c.procedures.append(mediator(pro, sent.addDays(m_random.between(0, 10))));
                }
            } else if (!ordre && m_random.chance(0.92)) {
                c.procedures.append(mediator(pro, sent));
            }
            if (c.forms.contains(RefusalForm::RefusalOfSale) && (!m_shown.dgccrf || m_random.chance(0.7))) {
                c.procedures.append(dgccrf(pro, sent.addDays(m_random.between(0, 10))));
                m_shown.dgccrf = true;
            }
            if (c.procedures.isEmpty() || !m_shown.defenseur || m_random.chance(0.18)) {
                c.procedures.append(defenseur(pro, sent.addDays(m_random.between(0, 20))));
                m_shown.defenseur = true;
            }
            if (!m_shown.criminal || m_random.chance(0.025)) {
                c.procedures.append(criminal(pro, sent.addDays(m_random.between(5, 40))));
                m_shown.criminal = true;
            }

            // The association files for the person (mandat exprès) unless they file themselves.
            if (m_random.chance(0.8)) {
                Mandate m;
                m.uid = m_uids.uid();
                m.kind = MandateKind::Filing;
                m.scope = {MandateScope::Filing, MandateScope::Correspondence};
                if (m_random.chance(0.4)) {
                    m.scope.append(MandateScope::Assistance);
                }
                m.signedDate = intake.addDays(m_random.below(intake.daysTo(sent) + 1));
                m.signedPlace = person.city;
                c.mandates.append(std::move(m));
            } else {
                c.notes = QStringLiteral("La personne a adressé la plainte elle-même, avec l'aide de l'association.");
            }
            if (sessionPlanned && convocation <= m_asOf && m_random.chance(0.6)) {
                Mandate m;
                m.uid = m_uids.uid();
                m.kind = MandateKind::Representation;
                m.scope = {MandateScope::Representation, MandateScope::Assistance, MandateScope::Correspondence};
                const QDate latest = std::min(session.addDays(-1), m_asOf);
                m.signedDate = convocation.addDays(m_random.below(std::max(1, int(convocation.daysTo(latest)) + 1)));
                if (m.signedDate > latest) {
                    m.signedDate = latest;
                }
                m.signedPlace = person.city;
                c.mandates.append(std::move(m));
            }
            for (Mandate& m : c.mandates) {
                if ((!m_shown.revokedMandate || m_random.chance(0.02)) && m.signedDate.addDays(20) <= m_asOf) {
                    m.revokedDate = m.signedDate.addDays(m_random.between(7, 20));
                    m.notes = QStringLiteral("Révoqué à la demande de la personne, qui poursuit seule la démarche.");
                    m_shown.revokedMandate = true;
                    break;
                }
            }
        }
    } else if (m_random.chance(0.3)) {
        Mandate m;
        m.uid = m_uids.uid();
        m.kind = MandateKind::Filing;
        m.scope = {MandateScope::Filing, MandateScope::Correspondence};
        m.signedDate = intake;
        m.signedPlace = person.city;
        c.mandates.append(std::move(m));
    }

    for (const Procedure& p : c.procedures) {
        for (const ProcedureEvent& e : p.events) {
            if (e.date <= m_asOf && e.date > lastActivity) {
                lastActivity = e.date;
            }
        }
    }
    for (const Mandate& m : c.mandates) {
        lastActivity = std::max({lastActivity, m.signedDate, m.revokedDate.isValid() ? m.revokedDate : QDate()});
    }
    const bool allClosed = !c.procedures.isEmpty()
        && std::all_of(c.procedures.begin(), c.procedures.end(),
                       [](const Procedure& p) { return p.status == ProcedureStatus::Closed; });
    if (intakeOnly) {
        c.status = CaseStatus::Intake;
    } else if (allClosed || (decline && intake.addDays(30) <= m_asOf)) {
        c.status = CaseStatus::Closed;
    } else {
        c.status = CaseStatus::Active;
    }
    c.updatedAt = std::max(c.createdAt, stamp(lastActivity, m_random.between(8 * 60, 18 * 60)));
    if (!c.evidence.isEmpty()) {
        c.updatedAt = std::max(c.updatedAt, c.evidence.last().addedAt);
    }

    m_summary.procedures += int(c.procedures.size());
    CaseRepository repository(m_db, m_clock);
    if (Status s = repository.insert(c, true); !s) {
        return s;
    }
    ++m_summary.cases;
    return {};
}

// ------------------------------------------------------------------ the whole run

Status Generator::run(DemoSummary& summary)
{
    for (const Locality& place : localities) {
        m_localityWeights.push_back(place.weight);
    }

    // The association, unless the database already has one.
    AssociationRepository associations(m_db);
    auto profile = associations.load();
    if (!profile) {
        return profile.error();
    }
    if (profile->isEmpty()) {
        AssociationProfile demo;
        demo.name = QStringLiteral("Passerelle Santé Égalité");
        demo.address = {QStringLiteral("14 rue des Tanneurs"), QStringLiteral("69007"), QStringLiteral("Lyon"),
                        QStringLiteral("69")};
        demo.phone = QStringLiteral("04 65 71 23 48"); // a range set aside for fiction
        demo.email = QStringLiteral("contact@passerelle-sante.example.org");
        demo.approvalNumber = QStringLiteral("ARA-%1-AG-017").arg(m_asOf.year() - 3);
        demo.approvalDate = QDate(m_asOf.year() - 3, 3, 15);
        demo.representativeName = QStringLiteral("Hélène Marchetti");
        demo.representativeRole = QStringLiteral("Présidente");
        demo.federation = QStringLiteral("Union régionale des associations d'usagers de santé");
        if (Status s = associations.save(demo); !s) {
            return s;
        }
    }

    const int cases = m_options.cases;
    if (cases == 0) {
        summary = m_summary;
        return {};
    }

    // Cases spread from `start` to asOf, denser towards asOf (the association grows), and old
    // enough at the beginning to meet the CMU-C and the ACS.
    const QDate start = std::min(m_asOf.addYears(-8), QDate(2017, 1, 1));
    const qint64 span = start.daysTo(m_asOf);
    std::vector<QDate> intakes;
    intakes.reserve(std::size_t(cases));
    QDate previous = start;
    for (int i = 0; i < cases; ++i) {
        const double position = std::sqrt((i + 0.5) / cases);
        QDate intake = start.addDays(qint64(std::llround(position * double(span))) + m_random.between(-3, 3));
        intake = std::clamp(intake, previous, m_asOf);
        intakes.push_back(intake);
        previous = intake;
    }

    // References continue the numbering of each year already in the database.
    CaseRepository caseRepository(m_db, m_clock);
    for (int year = intakes.front().year(); year <= intakes.back().year(); ++year) {
        auto next = caseRepository.nextReference(year);
        if (!next) {
            return next.error();
        }
        m_nextNumber.emplace_back(year, next->section(QLatin1Char('-'), 1).toInt());
    }

    int professionals = cases * 11 / 20;
    professionals = std::min(std::max(professionals, professionCount), std::max(1, cases - 1));
    if (Status s = makeProfessionals(professionals); !s) {
        return s;
    }
    m_persons.reserve(std::size_t(cases));
    for (int i = 0; i < cases; ++i) {
        if (Status s = makeCase(i, intakes[std::size_t(i)]); !s) {
            return s;
        }
    }
    summary = m_summary;
    return {};
}

} // namespace

Result<DemoSummary> DemoGenerator::generate(Database& db, const DemoOptions& options)
{
    if (!options.asOf.isValid()) {
        return Error {tr("The demo needs a valid reference date."), {}, tr("demo"), QStringLiteral("asOf")};
    }
    if (options.cases < 0) {
        return Error {tr("The number of demo cases cannot be negative (%1).").arg(options.cases),
                      {},
                      tr("demo"),
                      QStringLiteral("cases")};
    }
    if (options.asOf.year() < 1950 || options.asOf.year() > 9000) {
        return Error {tr("The reference date of the demo is out of range."), options.asOf.toString(Qt::ISODate),
                      tr("demo"), QStringLiteral("asOf")};
    }
    const FixedClock clock(options.asOf);

    // Uids come from their own generator, salted with what the database already holds, so that
    // running the demo twice into one database does not repeat them; the content stays the same.
    CaseRepository cases(db, clock);
    auto existing = cases.allIds();
    if (!existing) {
        return existing.error();
    }
    ProfessionalRepository professionals(db);
    auto known = professionals.all();
    if (!known) {
        return known.error();
    }
    const quint32 salt = quint32(existing->size()) * 2654435761u + quint32(known->size());

    DemoSummary summary;
    Generator generator(db, options, clock, salt);
    Status status = db.bulkTransaction([&]() -> Status { return generator.run(summary); });
    if (!status) {
        return status.error();
    }
    return summary;
}

} // namespace saisine
