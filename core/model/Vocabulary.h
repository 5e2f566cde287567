#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>
#include <span>

namespace saisine {

// Every enumeration is stored as a stable ASCII key (DOMAIN.md) and shown through a translated
// label. Each enumeration has one table (in Vocabulary.cpp) and these templates read it.
template <typename E>
struct VocabularyEntry
{
    E value;
    const char* key;
    const char* label; // English source text, translated in the "Vocabulary" context
};

template <typename E>
struct VocabularyTable
{
    static std::span<const VocabularyEntry<E>> entries();
};

QString translateVocabulary(const char* label);

template <typename E>
QString keyOf(E value)
{
    for (const auto& entry : VocabularyTable<E>::entries()) {
        if (entry.value == value) {
            return QString::fromLatin1(entry.key);
        }
    }
    return {};
}

template <typename E>
std::optional<E> fromKey(QStringView key)
{
    for (const auto& entry : VocabularyTable<E>::entries()) {
        if (key == QLatin1StringView(entry.key)) {
            return entry.value;
        }
    }
    return std::nullopt;
}

template <typename E>
QString labelOf(E value)
{
    for (const auto& entry : VocabularyTable<E>::entries()) {
        if (entry.value == value) {
            return translateVocabulary(entry.label);
        }
    }
    return {};
}

template <typename E>
QList<E> allValues()
{
    QList<E> values;
    for (const auto& entry : VocabularyTable<E>::entries()) {
        values.append(entry.value);
    }
    return values;
}

template <typename E>
QStringList allKeys()
{
    QStringList keys;
    for (const auto& entry : VocabularyTable<E>::entries()) {
        keys.append(QString::fromLatin1(entry.key));
    }
    return keys;
}

enum class Civility { Unspecified, Madame, Monsieur };

// Health cover that matters for refusals (C2S and AME give a right to tiers payant and
// regulated fees). CMU-C and ACS were merged into the C2S in 2019: kept for old cases.
enum class Coverage { C2S, AME, ALD, CMUC, ACS };

enum class RefusalForm {
    ExplicitRefusal,
    DelayedAppointment,
    UnjustifiedReferral,
    DifferentConditions,
    FeeOverrun,
    AdvancePayment,
    QuoteRefused,
    OffScheduleActs,
    DiscriminatoryAttitude,
    RefusalOfSale,
    DiscriminatoryNotice,
    DocumentRetention,
    Other,
};

// Art. 225-1 and 225-1-1 Code pénal, plus the benefits named by art. L1110-3 CSP.
enum class Ground {
    Origin,
    Sex,
    FamilySituation,
    Pregnancy,
    PhysicalAppearance,
    EconomicVulnerability,
    Surname,
    PlaceOfResidence,
    HealthStatus,
    LossOfAutonomy,
    Disability,
    GeneticCharacteristics,
    Morals,
    SexualOrientation,
    GenderIdentity,
    Age,
    PoliticalOpinions,
    UnionActivities,
    Language,
    Ethnicity,
    Nationality,
    AllegedRace,
    Religion,
    Whistleblower,
    SexualHarassment,
    C2S,
    AME,
    CMUC,
    ACS,
};

enum class Profession {
    Medecin,
    ChirurgienDentiste,
    SageFemme,
    Infirmier,
    MasseurKinesitherapeute,
    PedicurePodologue,
    Pharmacien,
    Psychologue,
    Opticien,
    Audioprothesiste,
    Orthophoniste,
    Orthoptiste,
    Ergotherapeute,
    Psychomotricien,
    Dieteticien,
    Other,
};

enum class Sector { Secteur1, Secteur2, Optam, NonConventionne };

// Sections of the Ordre des pharmaciens; section A (officine owners) depends on a regional council.
enum class PharmacistSection { A, B, C, D, E, G, H };

enum class CaseStatus { Intake, Active, Closed };

enum class EvidenceKind {
    ChronologicalAccount,
    WrittenAnswer,
    BookingScreenshot,
    Invoice,
    WitnessStatement,
    RefusalNotice,
    PhoneTest,
    Other,
};

enum class Route { Conciliation, CpamMediator, DefenseurDesDroits, Dgccrf, CriminalComplaint };

enum class AuthorityKind { Cpam, Ordre, CpamMediator, DefenseurDesDroits, Ddpp, Prosecutor };

enum class ProcedureStatus { Open, Closed };

// Dated steps of a procedure; the deadlines are computed from them (R1110-11 to R1110-15 CSP).
enum class ProcedureEventKind {
    ComplaintSent,
    ComplaintReceived,
    AcknowledgementReceived,
    ForwardedToOtherAuthority,
    ProfessionalNotified,
    ProfessionalSummoned,
    ConvocationSent,
    SessionScheduled,
    SessionHeld,
    SessionRecordReceived,
    Conciliation,
    NoConciliation,
    NoConciliationNoShow,
    TransmittedToDisciplinaryChamber,
    CarenceOfOrdre,
    CarencePenalty,
    DisciplinaryDecision,
    FinalSanction,
    ReminderSent,
    Withdrawn,
    Closed,
    Other,
};

enum class MandateKind { Filing, Representation };

enum class MandateScope { Filing, Assistance, Representation, Correspondence };

} // namespace saisine
