#include "DocumentKind.h"

#include <array>

namespace saisine {

namespace {

struct KindRow
{
    DocumentKind kind;
    const char* key;
    const char* cli;
    const char* label;
    const char* french;
};

// Keys are stored in databases and exchange files: never change one.
constexpr std::array<KindRow, 12> kindRows {{
    {DocumentKind::ComplaintCpam, "complaint_cpam", "cpam", QT_TRANSLATE_NOOP("DocumentKinds", "Complaint to the CPAM"),
     "Plainte au directeur de la CPAM"},
    {DocumentKind::ComplaintOrdre, "complaint_ordre", "ordre",
     QT_TRANSLATE_NOOP("DocumentKinds", "Complaint to the ordre council"), "Plainte au conseil de l'ordre"},
    {DocumentKind::DefenseurDesDroits, "defenseur_des_droits", "ddd",
     QT_TRANSLATE_NOOP("DocumentKinds", "Letter to the Défenseur des droits"), "Signalement au Défenseur des droits"},
    {DocumentKind::CpamMediator, "cpam_mediator", "mediateur",
     QT_TRANSLATE_NOOP("DocumentKinds", "Request to the CPAM mediator"), "Saisine du médiateur de la CPAM"},
    {DocumentKind::Dgccrf, "dgccrf", "dgccrf", QT_TRANSLATE_NOOP("DocumentKinds", "Report to the DGCCRF (DDPP)"),
     "Signalement à la DDPP (DGCCRF)"},
    {DocumentKind::PersonalComplaint, "personal_complaint", "personal",
     QT_TRANSLATE_NOOP("DocumentKinds", "The person's own complaint"), "Plainte de la personne"},
    {DocumentKind::ReminderAcknowledgement, "reminder_acknowledgement", "reminder-ack",
     QT_TRANSLATE_NOOP("DocumentKinds", "Reminder: no acknowledgement"), "Relance : accusé de réception"},
    {DocumentKind::ReminderSession, "reminder_session", "reminder-session",
     QT_TRANSLATE_NOOP("DocumentKinds", "Reminder: session deadline"), "Relance : séance de conciliation"},
    {DocumentKind::Carence, "carence", "carence", QT_TRANSLATE_NOOP("DocumentKinds", "Carence letter to the CPAM"),
     "Carence du conseil de l'ordre"},
    {DocumentKind::Bordereau, "bordereau", "bordereau", QT_TRANSLATE_NOOP("DocumentKinds", "List of exhibits"),
     "Bordereau de pièces"},
    {DocumentKind::MandateFiling, "mandate_filing", "filing",
     QT_TRANSLATE_NOOP("DocumentKinds", "Mandate to file the complaint"), "Mandat exprès de saisine"},
    {DocumentKind::MandateRepresentation, "mandate_representation", "representation",
     QT_TRANSLATE_NOOP("DocumentKinds", "Mandate of representation"), "Mandat de représentation"},
}};

const KindRow& rowOf(DocumentKind kind)
{
    for (const KindRow& row : kindRows) {
        if (row.kind == kind) {
            return row;
        }
    }
    return kindRows.front();
}

} // namespace

QList<DocumentKind> DocumentKinds::all()
{
    QList<DocumentKind> list;
    for (const KindRow& row : kindRows) {
        list.append(row.kind);
    }
    return list;
}

QString DocumentKinds::key(DocumentKind kind)
{
    return QString::fromLatin1(rowOf(kind).key);
}

std::optional<DocumentKind> DocumentKinds::fromKey(const QString& key)
{
    for (const KindRow& row : kindRows) {
        if (key == QLatin1StringView(row.key)) {
            return row.kind;
        }
    }
    return std::nullopt;
}

QString DocumentKinds::cliName(DocumentKind kind)
{
    return QString::fromLatin1(rowOf(kind).cli);
}

std::optional<DocumentKind> DocumentKinds::fromCliName(const QString& name, bool mandate)
{
    for (const KindRow& row : kindRows) {
        if (name == QLatin1StringView(row.cli) && isMandate(row.kind) == mandate) {
            return row.kind;
        }
    }
    return std::nullopt;
}

QString DocumentKinds::label(DocumentKind kind)
{
    return tr(rowOf(kind).label);
}

QString DocumentKinds::frenchTitle(DocumentKind kind)
{
    return QString::fromUtf8(rowOf(kind).french);
}

QString DocumentKinds::templateName(DocumentKind kind)
{
    return QString::fromLatin1(rowOf(kind).key);
}

bool DocumentKinds::isMandate(DocumentKind kind)
{
    return kind == DocumentKind::MandateFiling || kind == DocumentKind::MandateRepresentation;
}

} // namespace saisine
