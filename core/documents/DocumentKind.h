#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace saisine {

// The documents Saisine writes (DOMAIN.md, "The letters"). Keys are stored in the register.
enum class DocumentKind {
    ComplaintCpam, // to the director of the CPAM (L1110-3, R1110-9 1° CSP)
    ComplaintOrdre, // to the president of the competent ordre council
    DefenseurDesDroits,
    CpamMediator,
    Dgccrf, // report to the local DDPP (refusal of sale)
    PersonalComplaint, // the person files themselves, to the CPAM
    ReminderAcknowledgement, // no acknowledgement 8 days after receipt (R1110-11)
    ReminderSession, // the 3-month session date is near (L1110-3, R1110-11)
    Carence, // to the CPAM director: the ordre missed its deadline (R1110-15)
    Bordereau, // list of exhibits
    MandateFiling, // mandat exprès de saisine
    MandateRepresentation, // mandat de représentation at the conciliation session (R1110-12)
};

class DocumentKinds final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentKinds)

public:
    static QList<DocumentKind> all();
    static QString key(DocumentKind kind); // stored: "complaint_cpam"
    static std::optional<DocumentKind> fromKey(const QString& key);
    // The name on the command line: "cpam", "reminder-ack", "filing"...
    static QString cliName(DocumentKind kind);
    static std::optional<DocumentKind> fromCliName(const QString& name, bool mandate);
    static QString label(DocumentKind kind); // translated, for the interface
    static QString frenchTitle(DocumentKind kind); // PDF title and register, in French
    static QString templateName(DocumentKind kind); // resources/templates/<name>.html
    static bool isMandate(DocumentKind kind);
};

} // namespace saisine
