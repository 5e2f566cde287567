#pragma once

#include "DocumentKind.h"
#include "common/Result.h"
#include "institutions/Institution.h"
#include "model/AssociationProfile.h"
#include "model/Case.h"
#include "model/Person.h"
#include "model/Professional.h"
#include "procedure/LawTables.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace saisine {

class Clock;
class Database;

// Everything a document of one case is written from.
struct CaseBundle
{
    Case caseFile; // with its parts (evidence, procedures, mandates)
    Person person;
    QList<Professional> professionals; // the main one first
    AssociationProfile association;
};

// Something a document needs and the case does not have, in plain language.
struct MissingItem
{
    QString field; // stable: "association.address", "recipient.address"...
    QString message; // translated: "The address of CPAM du Rhône is missing in the directory."
};

// A document ready to be shown in the editor and printed: HTML built from a template with the
// case's data escaped, and what the register needs to know about it.
struct ComposedDocument
{
    DocumentKind kind = DocumentKind::ComplaintCpam;
    QString title; // French, also the PDF title
    QString author; // who signs: the association, or the person for their own complaint
    QString html;
    QDate date;
    std::optional<Institution> recipient;
    QString templateVersion;
    QByteArray logo; // the letterhead image, a resource named "saisine-logo" in the HTML
    qint64 mandateId = 0; // the mandate a mandate document is for, 0 otherwise
};

// Writes the letters and mandates of a case: checks first that everything they need is known
// (nothing is ever printed with an empty field), then fills the template.
class DocumentComposer final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentComposer)

public:
    DocumentComposer(Database& db, const law::LawTables& tables, const Clock& clock);

    Result<CaseBundle> load(qint64 caseId) const;

    // What is missing to write this document; empty when it can be written.
    Result<QList<MissingItem>> check(const CaseBundle& bundle, DocumentKind kind) const;
    // The document, or an Error listing everything missing (field "missing").
    Result<ComposedDocument> compose(const CaseBundle& bundle, DocumentKind kind) const;

    // The data the template of this document is filled with (for tests and template authors).
    struct Prepared
    {
        QVariantMap data;
        std::optional<Institution> recipient;
        QList<MissingItem> missing;
        qint64 mandateId = 0;
    };
    Result<Prepared> prepare(const CaseBundle& bundle, DocumentKind kind) const;

    static Error missingError(const QList<MissingItem>& missing);

private:
    Database& m_db;
    const law::LawTables& m_tables;
    const Clock& m_clock;
};

} // namespace saisine
