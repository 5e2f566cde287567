#include "Vocabulary.h"

#include <QCoreApplication>

// The keys below are stored in databases and exchange files: never change one. Add new values
// at the end of a table; labels may be reworded freely.

namespace saisine {

QString translateVocabulary(const char* label)
{
    return QCoreApplication::translate("Vocabulary", label);
}

#define SAISINE_VOCABULARY(Enum, ...)                                                                                  \
    template <>                                                                                                        \
    std::span<const VocabularyEntry<Enum>> VocabularyTable<Enum>::entries()                                            \
    {                                                                                                                  \
        static const VocabularyEntry<Enum> table[] = {__VA_ARGS__};                                                    \
        return table;                                                                                                  \
    }

SAISINE_VOCABULARY(Civility, {Civility::Unspecified, "unspecified", QT_TRANSLATE_NOOP("Vocabulary", "Not specified")},
                   {Civility::Madame, "madame", QT_TRANSLATE_NOOP("Vocabulary", "Ms")},
                   {Civility::Monsieur, "monsieur", QT_TRANSLATE_NOOP("Vocabulary", "Mr")})

SAISINE_VOCABULARY(Coverage, {Coverage::C2S, "c2s", QT_TRANSLATE_NOOP("Vocabulary", "C2S (solidarity health cover)")},
                   {Coverage::AME, "ame", QT_TRANSLATE_NOOP("Vocabulary", "AME (state medical aid)")},
                   {Coverage::ALD, "ald", QT_TRANSLATE_NOOP("Vocabulary", "ALD (long-term illness)")},
                   {Coverage::CMUC, "cmu_c", QT_TRANSLATE_NOOP("Vocabulary", "CMU-C (before 2019)")},
                   {Coverage::ACS, "acs", QT_TRANSLATE_NOOP("Vocabulary", "ACS (before 2019)")})

SAISINE_VOCABULARY(
    RefusalForm,
    {RefusalForm::ExplicitRefusal, "explicit_refusal", QT_TRANSLATE_NOOP("Vocabulary", "Refused to see or treat")},
    {RefusalForm::DelayedAppointment, "delayed_appointment",
     QT_TRANSLATE_NOOP("Vocabulary", "Appointment abnormally late")},
    {RefusalForm::UnjustifiedReferral, "unjustified_referral",
     QT_TRANSLATE_NOOP("Vocabulary", "Repeated or unjustified referral elsewhere")},
    {RefusalForm::DifferentConditions, "different_conditions",
     QT_TRANSLATE_NOOP("Vocabulary", "Different conditions from other patients")},
    {RefusalForm::FeeOverrun, "fee_overrun", QT_TRANSLATE_NOOP("Vocabulary", "Fees above the regulated rates")},
    {RefusalForm::AdvancePayment, "advance_payment",
     QT_TRANSLATE_NOOP("Vocabulary", "Refused third-party payment, asked to pay upfront")},
    {RefusalForm::QuoteRefused, "quote_refused", QT_TRANSLATE_NOOP("Vocabulary", "Refused to draw up a quote")},
    {RefusalForm::OffScheduleActs, "off_schedule_acts",
     QT_TRANSLATE_NOOP("Vocabulary", "Abusive billing of acts outside the nomenclature")},
    {RefusalForm::DiscriminatoryAttitude, "discriminatory_attitude",
     QT_TRANSLATE_NOOP("Vocabulary", "Discriminatory attitude or behaviour")},
    {RefusalForm::RefusalOfSale, "refusal_of_sale",
     QT_TRANSLATE_NOOP("Vocabulary", "Pharmacy refused to dispense or sell")},
    {RefusalForm::DiscriminatoryNotice, "discriminatory_notice",
     QT_TRANSLATE_NOOP("Vocabulary", "Notice or online profile excluding a group")},
    {RefusalForm::DocumentRetention, "document_retention",
     QT_TRANSLATE_NOOP("Vocabulary", "Kept the patient's documents pending payment")},
    {RefusalForm::Other, "other", QT_TRANSLATE_NOOP("Vocabulary", "Other")})

SAISINE_VOCABULARY(
    Ground, {Ground::Origin, "origin", QT_TRANSLATE_NOOP("Vocabulary", "Origin")},
    {Ground::Sex, "sex", QT_TRANSLATE_NOOP("Vocabulary", "Sex")},
    {Ground::FamilySituation, "family_situation", QT_TRANSLATE_NOOP("Vocabulary", "Family situation")},
    {Ground::Pregnancy, "pregnancy", QT_TRANSLATE_NOOP("Vocabulary", "Pregnancy")},
    {Ground::PhysicalAppearance, "physical_appearance", QT_TRANSLATE_NOOP("Vocabulary", "Physical appearance")},
    {Ground::EconomicVulnerability, "economic_vulnerability",
     QT_TRANSLATE_NOOP("Vocabulary", "Particular economic vulnerability")},
    {Ground::Surname, "surname", QT_TRANSLATE_NOOP("Vocabulary", "Surname")},
    {Ground::PlaceOfResidence, "place_of_residence", QT_TRANSLATE_NOOP("Vocabulary", "Place of residence")},
    {Ground::HealthStatus, "health_status", QT_TRANSLATE_NOOP("Vocabulary", "State of health")},
    {Ground::LossOfAutonomy, "loss_of_autonomy", QT_TRANSLATE_NOOP("Vocabulary", "Loss of autonomy")},
    {Ground::Disability, "disability", QT_TRANSLATE_NOOP("Vocabulary", "Disability")},
    {Ground::GeneticCharacteristics, "genetic_characteristics",
     QT_TRANSLATE_NOOP("Vocabulary", "Genetic characteristics")},
    {Ground::Morals, "morals", QT_TRANSLATE_NOOP("Vocabulary", "Morals (mœurs)")},
    {Ground::SexualOrientation, "sexual_orientation", QT_TRANSLATE_NOOP("Vocabulary", "Sexual orientation")},
    {Ground::GenderIdentity, "gender_identity", QT_TRANSLATE_NOOP("Vocabulary", "Gender identity")},
    {Ground::Age, "age", QT_TRANSLATE_NOOP("Vocabulary", "Age")},
    {Ground::PoliticalOpinions, "political_opinions", QT_TRANSLATE_NOOP("Vocabulary", "Political opinions")},
    {Ground::UnionActivities, "union_activities", QT_TRANSLATE_NOOP("Vocabulary", "Trade union activities")},
    {Ground::Language, "language", QT_TRANSLATE_NOOP("Vocabulary", "Ability to speak a language other than French")},
    {Ground::Ethnicity, "ethnicity", QT_TRANSLATE_NOOP("Vocabulary", "Belonging to an ethnic group, true or supposed")},
    {Ground::Nationality, "nationality", QT_TRANSLATE_NOOP("Vocabulary", "Belonging to a nation, true or supposed")},
    {Ground::AllegedRace, "alleged_race", QT_TRANSLATE_NOOP("Vocabulary", "Belonging to a so-called race")},
    {Ground::Religion, "religion", QT_TRANSLATE_NOOP("Vocabulary", "Religion, true or supposed")},
    {Ground::Whistleblower, "whistleblower", QT_TRANSLATE_NOOP("Vocabulary", "Whistle-blower status (to confirm)")},
    {Ground::SexualHarassment, "sexual_harassment",
     QT_TRANSLATE_NOOP("Vocabulary", "Sexual harassment suffered or refused")},
    {Ground::C2S, "c2s", QT_TRANSLATE_NOOP("Vocabulary", "Holder of the C2S")},
    {Ground::AME, "ame", QT_TRANSLATE_NOOP("Vocabulary", "Holder of the AME")},
    {Ground::CMUC, "cmu_c", QT_TRANSLATE_NOOP("Vocabulary", "Holder of the CMU-C (before 2019)")},
    {Ground::ACS, "acs", QT_TRANSLATE_NOOP("Vocabulary", "Holder of the ACS (before 2019)")})

SAISINE_VOCABULARY(
    Profession, {Profession::Medecin, "medecin", QT_TRANSLATE_NOOP("Vocabulary", "Doctor")},
    {Profession::ChirurgienDentiste, "chirurgien_dentiste", QT_TRANSLATE_NOOP("Vocabulary", "Dentist")},
    {Profession::SageFemme, "sage_femme", QT_TRANSLATE_NOOP("Vocabulary", "Midwife")},
    {Profession::Infirmier, "infirmier", QT_TRANSLATE_NOOP("Vocabulary", "Nurse")},
    {Profession::MasseurKinesitherapeute, "masseur_kinesitherapeute",
     QT_TRANSLATE_NOOP("Vocabulary", "Physiotherapist")},
    {Profession::PedicurePodologue, "pedicure_podologue", QT_TRANSLATE_NOOP("Vocabulary", "Podiatrist")},
    {Profession::Pharmacien, "pharmacien", QT_TRANSLATE_NOOP("Vocabulary", "Pharmacist")},
    {Profession::Psychologue, "psychologue", QT_TRANSLATE_NOOP("Vocabulary", "Psychologist")},
    {Profession::Opticien, "opticien", QT_TRANSLATE_NOOP("Vocabulary", "Optician")},
    {Profession::Audioprothesiste, "audioprothesiste", QT_TRANSLATE_NOOP("Vocabulary", "Hearing-aid specialist")},
    {Profession::Orthophoniste, "orthophoniste", QT_TRANSLATE_NOOP("Vocabulary", "Speech therapist")},
    {Profession::Orthoptiste, "orthoptiste", QT_TRANSLATE_NOOP("Vocabulary", "Orthoptist")},
    {Profession::Ergotherapeute, "ergotherapeute", QT_TRANSLATE_NOOP("Vocabulary", "Occupational therapist")},
    {Profession::Psychomotricien, "psychomotricien", QT_TRANSLATE_NOOP("Vocabulary", "Psychomotor therapist")},
    {Profession::Dieteticien, "dieteticien", QT_TRANSLATE_NOOP("Vocabulary", "Dietitian")},
    {Profession::Other, "other", QT_TRANSLATE_NOOP("Vocabulary", "Other health professional")})

SAISINE_VOCABULARY(Sector, {Sector::Secteur1, "secteur_1", QT_TRANSLATE_NOOP("Vocabulary", "Sector 1")},
                   {Sector::Secteur2, "secteur_2", QT_TRANSLATE_NOOP("Vocabulary", "Sector 2")},
                   {Sector::Optam, "optam", QT_TRANSLATE_NOOP("Vocabulary", "Sector 2 with OPTAM")},
                   {Sector::NonConventionne, "non_conventionne", QT_TRANSLATE_NOOP("Vocabulary", "Not contracted")})

SAISINE_VOCABULARY(
    PharmacistSection,
    {PharmacistSection::A, "section_a", QT_TRANSLATE_NOOP("Vocabulary", "Section A (community pharmacy owners)")},
    {PharmacistSection::B, "section_b", QT_TRANSLATE_NOOP("Vocabulary", "Section B (industry)")},
    {PharmacistSection::C, "section_c", QT_TRANSLATE_NOOP("Vocabulary", "Section C (wholesale distribution)")},
    {PharmacistSection::D, "section_d", QT_TRANSLATE_NOOP("Vocabulary", "Section D (assistant and other pharmacists)")},
    {PharmacistSection::E, "section_e", QT_TRANSLATE_NOOP("Vocabulary", "Section E (overseas)")},
    {PharmacistSection::G, "section_g", QT_TRANSLATE_NOOP("Vocabulary", "Section G (medical biology)")},
    {PharmacistSection::H, "section_h", QT_TRANSLATE_NOOP("Vocabulary", "Section H (health establishments)")})

SAISINE_VOCABULARY(CaseStatus, {CaseStatus::Intake, "intake", QT_TRANSLATE_NOOP("Vocabulary", "Intake")},
                   {CaseStatus::Active, "active", QT_TRANSLATE_NOOP("Vocabulary", "In progress")},
                   {CaseStatus::Closed, "closed", QT_TRANSLATE_NOOP("Vocabulary", "Closed")})

SAISINE_VOCABULARY(EvidenceKind,
                   {EvidenceKind::ChronologicalAccount, "chronological_account",
                    QT_TRANSLATE_NOOP("Vocabulary", "Chronological account")},
                   {EvidenceKind::WrittenAnswer, "written_answer",
                    QT_TRANSLATE_NOOP("Vocabulary", "Written answer from the professional")},
                   {EvidenceKind::BookingScreenshot, "booking_screenshot",
                    QT_TRANSLATE_NOOP("Vocabulary", "Screenshot of an online booking profile")},
                   {EvidenceKind::Invoice, "invoice", QT_TRANSLATE_NOOP("Vocabulary", "Invoice or care sheet")},
                   {EvidenceKind::WitnessStatement, "witness_statement",
                    QT_TRANSLATE_NOOP("Vocabulary", "Witness statement")},
                   {EvidenceKind::RefusalNotice, "refusal_notice", QT_TRANSLATE_NOOP("Vocabulary", "Refusal notice")},
                   {EvidenceKind::PhoneTest, "phone_test", QT_TRANSLATE_NOOP("Vocabulary", "Result of a phone test")},
                   {EvidenceKind::Other, "other", QT_TRANSLATE_NOOP("Vocabulary", "Other evidence")})

SAISINE_VOCABULARY(
    Route, {Route::Conciliation, "conciliation", QT_TRANSLATE_NOOP("Vocabulary", "Conciliation procedure")},
    {Route::CpamMediator, "cpam_mediator", QT_TRANSLATE_NOOP("Vocabulary", "CPAM mediator")},
    {Route::DefenseurDesDroits, "defenseur_des_droits", QT_TRANSLATE_NOOP("Vocabulary", "Défenseur des droits")},
    {Route::Dgccrf, "dgccrf", QT_TRANSLATE_NOOP("Vocabulary", "DGCCRF (consumer protection)")},
    {Route::CriminalComplaint, "criminal_complaint", QT_TRANSLATE_NOOP("Vocabulary", "Criminal complaint")})

SAISINE_VOCABULARY(
    AuthorityKind, {AuthorityKind::Cpam, "cpam", QT_TRANSLATE_NOOP("Vocabulary", "CPAM (local health insurance fund)")},
    {AuthorityKind::Ordre, "ordre", QT_TRANSLATE_NOOP("Vocabulary", "Council of the professional order")},
    {AuthorityKind::CpamMediator, "cpam_mediator", QT_TRANSLATE_NOOP("Vocabulary", "CPAM mediator")},
    {AuthorityKind::DefenseurDesDroits, "defenseur_des_droits",
     QT_TRANSLATE_NOOP("Vocabulary", "Défenseur des droits")},
    {AuthorityKind::Ddpp, "ddpp", QT_TRANSLATE_NOOP("Vocabulary", "DDPP / DDETSPP (consumer protection)")},
    {AuthorityKind::Prosecutor, "prosecutor", QT_TRANSLATE_NOOP("Vocabulary", "Public prosecutor or police")})

SAISINE_VOCABULARY(ProcedureStatus, {ProcedureStatus::Open, "open", QT_TRANSLATE_NOOP("Vocabulary", "Under way")},
                   {ProcedureStatus::Closed, "closed", QT_TRANSLATE_NOOP("Vocabulary", "Finished")})

SAISINE_VOCABULARY(
    ProcedureEventKind,
    {ProcedureEventKind::ComplaintSent, "complaint_sent", QT_TRANSLATE_NOOP("Vocabulary", "Complaint sent")},
    {ProcedureEventKind::ComplaintReceived, "complaint_received",
     QT_TRANSLATE_NOOP("Vocabulary", "Complaint received by the authority")},
    {ProcedureEventKind::AcknowledgementReceived, "acknowledgement_received",
     QT_TRANSLATE_NOOP("Vocabulary", "Acknowledgement of receipt received")},
    {ProcedureEventKind::ForwardedToOtherAuthority, "forwarded_to_other_authority",
     QT_TRANSLATE_NOOP("Vocabulary", "Complaint forwarded to the other authority")},
    {ProcedureEventKind::ProfessionalNotified, "professional_notified",
     QT_TRANSLATE_NOOP("Vocabulary", "Professional notified of the complaint")},
    {ProcedureEventKind::ProfessionalSummoned, "professional_summoned",
     QT_TRANSLATE_NOOP("Vocabulary", "Professional summoned for a hearing")},
    {ProcedureEventKind::ConvocationSent, "convocation_sent",
     QT_TRANSLATE_NOOP("Vocabulary", "Convocation to the session sent")},
    {ProcedureEventKind::SessionScheduled, "session_scheduled",
     QT_TRANSLATE_NOOP("Vocabulary", "Conciliation session scheduled")},
    {ProcedureEventKind::SessionHeld, "session_held", QT_TRANSLATE_NOOP("Vocabulary", "Conciliation session held")},
    {ProcedureEventKind::SessionRecordReceived, "session_record_received",
     QT_TRANSLATE_NOOP("Vocabulary", "Session record received")},
    {ProcedureEventKind::Conciliation, "conciliation", QT_TRANSLATE_NOOP("Vocabulary", "Conciliation reached")},
    {ProcedureEventKind::NoConciliation, "no_conciliation", QT_TRANSLATE_NOOP("Vocabulary", "No conciliation")},
    {ProcedureEventKind::NoConciliationNoShow, "no_conciliation_no_show",
     QT_TRANSLATE_NOOP("Vocabulary", "No conciliation: a party did not answer the convocation")},
    {ProcedureEventKind::TransmittedToDisciplinaryChamber, "transmitted_to_disciplinary_chamber",
     QT_TRANSLATE_NOOP("Vocabulary", "Transmitted to the disciplinary chamber")},
    {ProcedureEventKind::CarenceOfOrdre, "carence_of_ordre",
     QT_TRANSLATE_NOOP("Vocabulary", "Failure of the order to act (carence)")},
    {ProcedureEventKind::CarencePenalty, "carence_penalty",
     QT_TRANSLATE_NOOP("Vocabulary", "Penalty decided by the CPAM director")},
    {ProcedureEventKind::DisciplinaryDecision, "disciplinary_decision",
     QT_TRANSLATE_NOOP("Vocabulary", "Decision of the disciplinary chamber")},
    {ProcedureEventKind::FinalSanction, "final_sanction",
     QT_TRANSLATE_NOOP("Vocabulary", "Final sanction for discriminatory refusal")},
    {ProcedureEventKind::ReminderSent, "reminder_sent", QT_TRANSLATE_NOOP("Vocabulary", "Reminder sent")},
    {ProcedureEventKind::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("Vocabulary", "Complaint withdrawn")},
    {ProcedureEventKind::Closed, "closed", QT_TRANSLATE_NOOP("Vocabulary", "Procedure closed")},
    {ProcedureEventKind::Other, "other", QT_TRANSLATE_NOOP("Vocabulary", "Other step")})

SAISINE_VOCABULARY(MandateKind,
                   {MandateKind::Filing, "filing",
                    QT_TRANSLATE_NOOP("Vocabulary", "Express mandate to file the complaint")},
                   {MandateKind::Representation, "representation",
                    QT_TRANSLATE_NOOP("Vocabulary", "Mandate of representation at the conciliation session")})

SAISINE_VOCABULARY(MandateScope,
                   {MandateScope::Filing, "filing", QT_TRANSLATE_NOOP("Vocabulary", "File the complaint")},
                   {MandateScope::Assistance, "assistance", QT_TRANSLATE_NOOP("Vocabulary", "Assist the person")},
                   {MandateScope::Representation, "representation",
                    QT_TRANSLATE_NOOP("Vocabulary", "Represent the person at the session")},
                   {MandateScope::Correspondence, "correspondence",
                    QT_TRANSLATE_NOOP("Vocabulary", "Receive the correspondence")})

#undef SAISINE_VOCABULARY

} // namespace saisine
