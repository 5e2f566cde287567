#include "DocumentComposer.h"

#include "FrenchText.h"
#include "TemplateEngine.h"
#include "TemplateStore.h"
#include "common/Clock.h"
#include "institutions/InstitutionDirectory.h"
#include "procedure/CompetentAuthority.h"
#include "store/Repositories.h"

#include <QLocale>

namespace saisine {

namespace {

QString postcodeCity(const QString& postcode, const QString& city)
{
    return QString(postcode.trimmed() + QLatin1Char(' ') + city.trimmed()).trimmed();
}

bool hasAddress(const Address& a)
{
    return !a.street.trimmed().isEmpty() && !a.postcode.trimmed().isEmpty() && !a.city.trimmed().isEmpty();
}

const Procedure* conciliationOf(const Case& c)
{
    const Procedure* found = nullptr;
    for (const Procedure& p : c.procedures) {
        if (p.route == Route::Conciliation && (!found || p.status == ProcedureStatus::Open)) {
            found = &p;
        }
    }
    return found;
}

const Mandate* mandateOf(const Case& c, MandateKind kind)
{
    const Mandate* found = nullptr;
    for (const Mandate& m : c.mandates) {
        if (m.kind == kind && !m.isRevoked()) {
            found = &m;
        }
    }
    return found;
}

QString scopeText(MandateScope scope, MandateKind kind)
{
    switch (scope) {
    case MandateScope::Filing:
        return QStringLiteral("déposer en mon nom une plainte pour refus de soins discriminatoire auprès du directeur "
                              "de la caisse primaire d'assurance maladie ou du président du conseil de l'ordre "
                              "compétent, et signaler les mêmes faits au Défenseur des droits si l'association "
                              "l'estime utile");
    case MandateScope::Assistance:
        return kind == MandateKind::Representation
            ? QStringLiteral("m'assister lors de la séance de conciliation si j'y suis présent ou présente")
            : QStringLiteral("m'accompagner dans toutes les démarches liées à cette plainte");
    case MandateScope::Representation:
        return QStringLiteral("me représenter lors de la séance de la commission mixte de conciliation, y prendre la "
                              "parole en mon nom et signer le relevé de la séance");
    case MandateScope::Correspondence:
        return QStringLiteral("recevoir en mon nom les courriers relatifs à cette procédure et m'en tenir informé "
                              "ou informée sans délai");
    }
    return {};
}

QVariantList lines(const QStringList& texts, const QString& key = QStringLiteral("text"))
{
    QVariantList list;
    for (const QString& t : texts) {
        list.append(QVariantMap {{key, t}});
    }
    return list;
}

// Fills the template data and lists what is missing, for one document of one case.
struct Builder
{
    const CaseBundle& b;
    DocumentKind kind;
    const law::LawTables& tables;
    const InstitutionDirectory& directory;
    QDate today;

    QVariantMap d;
    QList<MissingItem> missing;
    std::optional<Institution> recipient;
    std::optional<Error> error;
    qint64 mandateId = 0;

    void need(bool present, const QString& field, const QString& message)
    {
        if (!present) {
            missing.append({field, message});
        }
    }

    const Professional* mainProfessional() const
    {
        return b.professionals.isEmpty() ? nullptr : &b.professionals.front();
    }

    QDate receiptDate() const
    {
        const Procedure* p = conciliationOf(b.caseFile);
        if (!p) {
            return {};
        }
        return p->firstDate(ProcedureEventKind::ComplaintReceived).value_or(QDate());
    }

    QDate lawDate() const
    {
        const QDate receipt = receiptDate();
        return receipt.isValid() ? receipt : today;
    }

    void association(bool signs, bool filesOnBehalf)
    {
        const AssociationProfile& a = b.association;
        d.insert(QStringLiteral("assoc.name"), a.name);
        d.insert(QStringLiteral("assoc.street"), a.address.street);
        d.insert(QStringLiteral("assoc.postcodeCity"), postcodeCity(a.address.postcode, a.address.city));
        d.insert(QStringLiteral("assoc.phone"), a.phone);
        d.insert(QStringLiteral("assoc.email"), a.email);
        d.insert(QStringLiteral("assoc.approvalNumber"), a.approvalNumber);
        d.insert(QStringLiteral("assoc.approvalDate"), french::date(a.approvalDate));
        d.insert(QStringLiteral("assoc.representative"), a.representativeName);
        d.insert(QStringLiteral("assoc.representativeRole"), a.representativeRole);
        d.insert(QStringLiteral("assoc.federation"), a.federation);
        if (!signs) {
            return;
        }
        need(!a.name.trimmed().isEmpty(), QStringLiteral("association.name"),
             DocumentComposer::tr("The association's name is not set (association profile)."));
        need(hasAddress(a.address), QStringLiteral("association.address"),
             DocumentComposer::tr("The association's postal address is incomplete (association profile)."));
        need(!a.representativeName.trimmed().isEmpty(), QStringLiteral("association.representative"),
             DocumentComposer::tr("The name of the association's representative who signs is not set (association "
                                  "profile)."));
        if (filesOnBehalf) {
            need(!a.approvalNumber.trimmed().isEmpty(), QStringLiteral("association.approval"),
                 DocumentComposer::tr("The association's approval number (agrément, art. L1114-1 CSP) is not set: "
                                      "only an approved association may file for the person."));
        }
    }

    void person(bool needsAddress)
    {
        const Person& p = b.person;
        d.insert(QStringLiteral("person.designation"), french::designation(p));
        d.insert(QStringLiteral("person.name"), p.displayName());
        d.insert(QStringLiteral("person.undersigned"),
                 p.civility == Civility::Madame         ? QStringLiteral("Je soussignée")
                     : p.civility == Civility::Monsieur ? QStringLiteral("Je soussigné")
                                                        : QStringLiteral("Je soussigné(e)"));
        d.insert(QStringLiteral("person.birthDate"), french::date(p.birthDate));
        d.insert(QStringLiteral("person.street"), p.address.street);
        d.insert(QStringLiteral("person.postcodeCity"), postcodeCity(p.address.postcode, p.address.city));
        d.insert(QStringLiteral("person.city"), p.address.city);
        d.insert(QStringLiteral("person.phone"), p.phone);
        d.insert(QStringLiteral("person.email"), p.email);
        need(!p.lastName.trimmed().isEmpty(), QStringLiteral("person.name"),
             DocumentComposer::tr("The person's name is missing."));
        if (needsAddress) {
            // R1110-11 CSP: the complaint states the complainant's identity and contact details.
            need(hasAddress(p.address), QStringLiteral("person.address"),
                 DocumentComposer::tr("The person's postal address is incomplete (street, postcode and city)."));
        }
    }

    void professionals()
    {
        QVariantList list;
        QStringList names;
        for (const Professional& p : b.professionals) {
            const QString designation = french::designation(p);
            QVariantMap item {{QStringLiteral("designation"), designation},
                              {QStringLiteral("profession"), french::profession(p)},
                              {QStringLiteral("specialty"), p.specialty},
                              {QStringLiteral("establishment"), p.establishment},
                              {QStringLiteral("street"), p.address.street},
                              {QStringLiteral("postcodeCity"), postcodeCity(p.address.postcode, p.address.city)},
                              {QStringLiteral("rpps"), p.rpps}};
            list.append(item);
            names.append(designation + QStringLiteral(", ") + french::profession(p));
            need(!p.lastName.trimmed().isEmpty(), QStringLiteral("professional.name"),
                 DocumentComposer::tr("The name of a professional is missing."));
            // R1110-11 CSP: what identifies the professional includes the place of practice.
            need(!p.address.city.trimmed().isEmpty() && !p.address.postcode.trimmed().isEmpty(),
                 QStringLiteral("professional.address"),
                 DocumentComposer::tr("The place of practice of %1 is missing (postcode and city).")
                     .arg(p.displayName()));
        }
        need(!b.professionals.isEmpty(), QStringLiteral("professional"),
             DocumentComposer::tr("The case names no professional."));
        d.insert(QStringLiteral("pros"), list);
        d.insert(QStringLiteral("pros.plural"), list.size() > 1);
        d.insert(QStringLiteral("pros.singular"), list.size() <= 1);
        d.insert(QStringLiteral("pros.names"), french::enumeration(names));
    }

    void facts(bool needsNarrative)
    {
        const Case& c = b.caseFile;
        d.insert(QStringLiteral("reference"), c.reference);
        d.insert(QStringLiteral("facts.dates"), french::dates(c.factDates));
        d.insert(QStringLiteral("facts.plural"), c.factDates.size() > 1);
        d.insert(QStringLiteral("facts.place"), c.place);
        QStringList forms;
        for (RefusalForm f : c.forms) {
            if (f != RefusalForm::Other) {
                forms.append(french::form(f));
            }
        }
        if (c.forms.contains(RefusalForm::Other) && !c.otherFormDescription.trimmed().isEmpty()) {
            forms.append(c.otherFormDescription.trimmed());
        }
        d.insert(QStringLiteral("facts.forms"), french::enumeration(forms));
        d.insert(QStringLiteral("facts.narrative"), c.narrative.trimmed());
        // The template puts the reason in quotation marks; the caseworker may have typed them too.
        d.insert(QStringLiteral("facts.statedReason"), french::unquoted(c.statedReason));
        QStringList grounds;
        bool coverage = false;
        for (Ground g : c.grounds) {
            grounds.append(french::ground(g));
            coverage |= g == Ground::C2S || g == Ground::AME || g == Ground::CMUC || g == Ground::ACS;
        }
        d.insert(QStringLiteral("facts.grounds"), french::enumeration(grounds));
        d.insert(QStringLiteral("facts.coverageGround"), coverage);
        d.insert(QStringLiteral("facts.refusalOfSale"), c.forms.contains(RefusalForm::RefusalOfSale));
        need(!c.factDates.isEmpty(), QStringLiteral("facts.dates"),
             DocumentComposer::tr("The date of the facts is missing."));
        if (needsNarrative) {
            need(!c.narrative.trimmed().isEmpty(), QStringLiteral("facts.narrative"),
                 DocumentComposer::tr("The description of the facts is missing (the person's account)."));
        }
    }

    void deontology()
    {
        QString article;
        if (const Professional* p = mainProfessional()) {
            if (auto found = CompetentAuthority(tables).deontology(*p, lawDate())) {
                article = french::article(found->article);
            }
        }
        d.insert(QStringLiteral("law.deontology"), article);
    }

    void resolveRecipient(const std::optional<CompetentBody>& body)
    {
        d.insert(QStringLiteral("recipient.title"), QString());
        d.insert(QStringLiteral("recipient.name"), QString());
        d.insert(QStringLiteral("recipient.street"), QString());
        d.insert(QStringLiteral("recipient.postcodeCity"), QString());
        d.insert(QStringLiteral("salutation"), QStringLiteral("Madame, Monsieur"));
        if (!body) {
            return;
        }
        const Professional* main = mainProfessional();
        const QString departement = main ? CompetentAuthority::departementOf(*main) : QString();
        auto resolved = directory.resolve(
            *body, departement,
            body->kind == AuthorityKind::Ordre && main ? std::optional<Profession>(main->profession) : std::nullopt);
        if (!resolved) {
            error = resolved.error();
            return;
        }
        recipient = *resolved;
        d.insert(QStringLiteral("recipient.title"), resolved->headTitle.trimmed());
        d.insert(QStringLiteral("recipient.name"), resolved->name);
        d.insert(QStringLiteral("recipient.street"), resolved->street.trimmed());
        d.insert(QStringLiteral("recipient.postcodeCity"), postcodeCity(resolved->postcode, resolved->city));
        d.insert(QStringLiteral("salutation"), resolved->salutation());
        need(resolved->hasPostalAddress(), QStringLiteral("recipient.address"),
             DocumentComposer::tr("The address of %1 is missing in the institutions directory.").arg(resolved->name));
    }

    std::optional<CompetentBody> cpamBody() const
    {
        const Professional* main = mainProfessional();
        if (!main) {
            return std::nullopt;
        }
        return CompetentAuthority(tables).cpam(*main, lawDate());
    }

    std::optional<CompetentBody> ordreBody() const
    {
        const Professional* main = mainProfessional();
        if (!main) {
            return std::nullopt;
        }
        return CompetentAuthority(tables).ordreCouncil(*main, lawDate());
    }

    // The body that received the conciliation complaint, as recorded on the procedure.
    std::optional<CompetentBody> receiverBody() const
    {
        const Procedure* p = conciliationOf(b.caseFile);
        if (!p) {
            return std::nullopt;
        }
        std::optional<CompetentBody> body = p->authorityKind == AuthorityKind::Ordre ? ordreBody() : cpamBody();
        if (body && !p->authorityName.trimmed().isEmpty()) {
            body->name = p->authorityName.trimmed(); // the caseworker's choice wins
        }
        return body;
    }

    void procedureData()
    {
        const Procedure* p = conciliationOf(b.caseFile);
        const QDate receipt = receiptDate();
        const auto sent = p ? p->firstDate(ProcedureEventKind::ComplaintSent) : std::nullopt;
        d.insert(QStringLiteral("complaint.sent"), sent ? french::date(*sent) : QString());
        d.insert(QStringLiteral("complaint.received"), french::date(receipt));
        d.insert(QStringLiteral("complaint.reference"), p ? p->authorityReference.trimmed() : QString());
        QString acknowledgement;
        QString session;
        if (receipt.isValid()) {
            if (auto rule = tables.deadlineRule(QStringLiteral("acknowledgement"), receipt)) {
                acknowledgement = french::date(rule.row->apply(receipt));
            }
            if (auto rule = tables.deadlineRule(QStringLiteral("session"), receipt)) {
                session = french::date(rule.row->apply(receipt));
            }
        }
        d.insert(QStringLiteral("deadline.acknowledgement"), acknowledgement);
        d.insert(QStringLiteral("deadline.session"), session);
        const auto scheduled = p ? p->firstDate(ProcedureEventKind::SessionScheduled) : std::nullopt;
        d.insert(QStringLiteral("session.date"), scheduled ? french::date(*scheduled) : QString());

        // The other authority of the joint commission: the one the receiver had to forward to.
        QString other;
        if (p) {
            const auto body = p->authorityKind == AuthorityKind::Ordre ? cpamBody() : ordreBody();
            if (body) {
                other = body->name;
            }
        }
        d.insert(QStringLiteral("otherAuthority"), other);
    }

    void needProcedure()
    {
        const Procedure* p = conciliationOf(b.caseFile);
        need(p != nullptr, QStringLiteral("procedure"),
             DocumentComposer::tr("The case has no conciliation procedure: record the complaint that was sent."));
        if (p) {
            need(receiptDate().isValid(), QStringLiteral("procedure.received"),
                 DocumentComposer::tr("The date the complaint was received (on the acknowledgement of receipt of the "
                                      "registered letter) is missing."));
        }
    }

    void mandate(MandateKind mandateKind)
    {
        const Mandate* m = mandateOf(b.caseFile, mandateKind);
        d.insert(QStringLiteral("mandate.date"), m && m->isSigned() ? french::date(m->signedDate) : QString());
        d.insert(QStringLiteral("mandate.place"), m ? m->signedPlace.trimmed() : QString());
        const QList<MandateScope> defaults = mandateKind == MandateKind::Filing
            ? QList<MandateScope> {MandateScope::Filing, MandateScope::Assistance, MandateScope::Correspondence}
            : QList<MandateScope> {MandateScope::Representation, MandateScope::Assistance,
                                   MandateScope::Correspondence};
        QStringList scope;
        for (MandateScope s : (m && !m->scope.isEmpty()) ? m->scope : defaults) {
            scope.append(scopeText(s, mandateKind));
        }
        d.insert(QStringLiteral("scope"), lines(scope));
        mandateId = m ? m->id : 0;
    }

    void exhibits()
    {
        QVariantList list;
        int number = 0;
        for (const Evidence& e : b.caseFile.evidence) {
            list.append(QVariantMap {{QStringLiteral("number"), QString::number(++number)},
                                     {QStringLiteral("label"), french::evidenceKind(e.kind)},
                                     {QStringLiteral("date"), french::date(e.date)},
                                     {QStringLiteral("description"), e.description.trimmed()}});
        }
        d.insert(QStringLiteral("exhibits"), list);
        d.insert(QStringLiteral("exhibits.count"), QString::number(list.size()));
        d.insert(QStringLiteral("exhibits.any"), !list.isEmpty());
        d.insert(QStringLiteral("exhibits.plural"), list.size() > 1);
    }

    void copies(const QStringList& extra)
    {
        QStringList list = extra;
        if (!b.association.federation.trimmed().isEmpty() && kind != DocumentKind::PersonalComplaint) {
            list.append(b.association.federation.trimmed());
        }
        list.removeAll(QString());
        d.insert(QStringLiteral("copies"), lines(list));
    }

    void run()
    {
        d.insert(QStringLiteral("date"), french::date(today));
        d.insert(QStringLiteral("hasLogo"), false);
        const bool personal = kind == DocumentKind::PersonalComplaint;
        const bool isMandate = DocumentKinds::isMandate(kind);
        const bool filing = kind == DocumentKind::ComplaintCpam || kind == DocumentKind::ComplaintOrdre
            || kind == DocumentKind::CpamMediator || isMandate;
        association(!personal, filing);
        person(kind != DocumentKind::Bordereau);
        professionals();
        const bool needsNarrative = kind == DocumentKind::ComplaintCpam || kind == DocumentKind::ComplaintOrdre
            || kind == DocumentKind::DefenseurDesDroits || kind == DocumentKind::CpamMediator
            || kind == DocumentKind::Dgccrf || personal;
        facts(needsNarrative);
        deontology();
        procedureData();
        exhibits();
        mandate(kind == DocumentKind::MandateRepresentation ? MandateKind::Representation : MandateKind::Filing);
        d.insert(QStringLiteral("place"), personal ? b.person.address.city : b.association.address.city);
        need(!d.value(QStringLiteral("place")).toString().trimmed().isEmpty(), QStringLiteral("place"),
             personal ? DocumentComposer::tr("The person's city is missing (it is the place the letter is written).")
                      : DocumentComposer::tr("The association's city is missing (it is the place the letter is "
                                             "written)."));

        QStringList extraCopies;
        switch (kind) {
        case DocumentKind::ComplaintCpam:
        case DocumentKind::PersonalComplaint:
            // The conciliation procedure exists only for professions with an ordre (L1110-3 CSP).
            need(!mainProfessional() || ordreBody().has_value(), QStringLiteral("recipient.ordre"),
                 DocumentComposer::tr("This profession has no ordre, so there is no conciliation procedure: write to "
                                      "the CPAM mediator instead."));
            resolveRecipient(cpamBody());
            break;
        case DocumentKind::ComplaintOrdre: {
            const auto body = ordreBody();
            need(body.has_value() || !mainProfessional(), QStringLiteral("recipient.ordre"),
                 DocumentComposer::tr("This profession has no ordre: write to the CPAM mediator instead."));
            need(!d.value(QStringLiteral("law.deontology")).toString().isEmpty() || !body,
                 QStringLiteral("law.deontology"),
                 DocumentComposer::tr("The law tables give no deontology article for this profession."));
            resolveRecipient(body);
            break;
        }
        case DocumentKind::DefenseurDesDroits: {
            CompetentBody body;
            body.kind = AuthorityKind::DefenseurDesDroits;
            body.name = QStringLiteral("Défenseur des droits");
            resolveRecipient(body);
            break;
        }
        case DocumentKind::CpamMediator:
            if (const Professional* main = mainProfessional()) {
                resolveRecipient(CompetentAuthority(tables).cpamMediator(*main, lawDate()));
            } else {
                resolveRecipient(std::nullopt);
            }
            break;
        case DocumentKind::Dgccrf:
            // The DGCCRF deals with refusals of sale (L121-11 Code de la consommation).
            need(b.caseFile.forms.contains(RefusalForm::RefusalOfSale)
                     || (mainProfessional() && mainProfessional()->profession == Profession::Pharmacien),
                 QStringLiteral("facts.refusalOfSale"),
                 DocumentComposer::tr("The DGCCRF deals with refusals of sale: record the form \"refusal of sale\" "
                                      "if the pharmacy refused to dispense or sell."));
            if (const Professional* main = mainProfessional()) {
                resolveRecipient(CompetentAuthority(tables).consumerProtection(*main, lawDate()));
            } else {
                resolveRecipient(std::nullopt);
            }
            break;
        case DocumentKind::ReminderAcknowledgement: {
            needProcedure();
            const Procedure* p = conciliationOf(b.caseFile);
            const QDate receipt = receiptDate();
            if (receipt.isValid()) {
                if (auto rule = tables.deadlineRule(QStringLiteral("acknowledgement"), receipt)) {
                    const QDate due = rule.row->apply(receipt);
                    if (today <= due) {
                        missing.append({QStringLiteral("procedure.deadline"),
                                        DocumentComposer::tr("The 8-day deadline for the acknowledgement (%1) has "
                                                             "not passed yet: a reminder would be premature.")
                                            .arg(QLocale().toString(due, QLocale::ShortFormat))});
                    }
                }
            }
            if (p) {
                if (const auto ack = p->firstDate(ProcedureEventKind::AcknowledgementReceived)) {
                    missing.append({QStringLiteral("procedure.acknowledged"),
                                    DocumentComposer::tr("The acknowledgement was received on %1: no reminder is "
                                                         "needed.")
                                        .arg(QLocale().toString(*ack, QLocale::ShortFormat))});
                }
            }
            resolveRecipient(receiverBody());
            break;
        }
        case DocumentKind::ReminderSession:
        case DocumentKind::Carence: {
            needProcedure();
            const Procedure* p = conciliationOf(b.caseFile);
            if (p && p->has(ProcedureEventKind::SessionHeld)) {
                missing.append({QStringLiteral("procedure.session"),
                                DocumentComposer::tr("The conciliation session has been held: this letter is not "
                                                     "needed.")});
            }
            const QDate receipt = receiptDate();
            if (kind == DocumentKind::Carence && receipt.isValid()) {
                // R1110-15 CSP: the carence is established only once the deadline has passed.
                if (auto rule = tables.deadlineRule(QStringLiteral("session"), receipt)) {
                    const QDate due = rule.row->apply(receipt);
                    if (today <= due) {
                        missing.append({QStringLiteral("procedure.deadline"),
                                        DocumentComposer::tr("The 3-month deadline (%1) has not passed yet: a "
                                                             "carence letter would be premature.")
                                            .arg(QLocale().toString(due, QLocale::ShortFormat))});
                    }
                }
            }
            if (kind == DocumentKind::Carence) {
                resolveRecipient(cpamBody());
                if (const auto ordre = ordreBody()) {
                    extraCopies.append(QStringLiteral("Présidence du ") + ordre->name);
                }
            } else {
                resolveRecipient(receiverBody());
                extraCopies.append(d.value(QStringLiteral("otherAuthority")).toString());
            }
            break;
        }
        case DocumentKind::Bordereau:
            resolveRecipient(std::nullopt);
            need(!b.caseFile.evidence.isEmpty(), QStringLiteral("evidence"),
                 DocumentComposer::tr("The case has no evidence: there is nothing to list."));
            break;
        case DocumentKind::MandateFiling:
            resolveRecipient(std::nullopt);
            break;
        case DocumentKind::MandateRepresentation: {
            resolveRecipient(std::nullopt);
            const auto ordre = ordreBody();
            const auto cpam = cpamBody();
            need(ordre.has_value() || !mainProfessional(), QStringLiteral("recipient.ordre"),
                 DocumentComposer::tr("This profession has no ordre: there is no conciliation session to be "
                                      "represented at."));
            d.insert(QStringLiteral("commission.cpam"), cpam ? cpam->name : QString());
            d.insert(QStringLiteral("commission.ordre"), ordre ? ordre->name : QString());
            break;
        }
        }
        if (!d.contains(QStringLiteral("commission.cpam"))) {
            d.insert(QStringLiteral("commission.cpam"), QString());
            d.insert(QStringLiteral("commission.ordre"), QString());
        }
        copies(extraCopies);
    }
};

} // namespace

DocumentComposer::DocumentComposer(Database& db, const law::LawTables& tables, const Clock& clock)
    : m_db(db)
    , m_tables(tables)
    , m_clock(clock)
{
}

Result<CaseBundle> DocumentComposer::load(qint64 caseId) const
{
    CaseBundle bundle;
    auto loaded = CaseRepository(m_db, m_clock).loadFull(caseId);
    if (!loaded) {
        return loaded.error();
    }
    bundle.caseFile = *loaded;
    auto person = PersonRepository(m_db, m_clock).get(bundle.caseFile.personId);
    if (!person) {
        return person.error();
    }
    bundle.person = *person;
    ProfessionalRepository professionals(m_db);
    for (qint64 id : bundle.caseFile.professionalIds) {
        auto professional = professionals.get(id);
        if (!professional) {
            return professional.error();
        }
        bundle.professionals.append(*professional);
    }
    auto association = AssociationRepository(m_db).load();
    if (!association) {
        return association.error();
    }
    bundle.association = *association;
    return bundle;
}

Result<DocumentComposer::Prepared> DocumentComposer::prepare(const CaseBundle& bundle, DocumentKind kind) const
{
    InstitutionDirectory directory(m_db, m_clock);
    Builder builder {bundle, kind, m_tables, directory, m_clock.today(), {}, {}, {}, {}, 0};
    builder.run();
    if (builder.error) {
        return *builder.error;
    }
    return Prepared {builder.d, builder.recipient, builder.missing, builder.mandateId};
}

Result<QList<MissingItem>> DocumentComposer::check(const CaseBundle& bundle, DocumentKind kind) const
{
    auto prepared = prepare(bundle, kind);
    if (!prepared) {
        return prepared.error();
    }
    return prepared->missing;
}

Error DocumentComposer::missingError(const QList<MissingItem>& missing)
{
    QStringList messages;
    for (const MissingItem& item : missing) {
        messages.append(item.message);
    }
    return Error {tr("The document cannot be written yet: %1").arg(messages.join(QLatin1Char(' '))),
                  messages.join(QLatin1Char('\n')),
                  {},
                  QStringLiteral("missing")};
}

Result<ComposedDocument> DocumentComposer::compose(const CaseBundle& bundle, DocumentKind kind) const
{
    auto prepared = prepare(bundle, kind);
    if (!prepared) {
        return prepared.error();
    }
    if (!prepared->missing.isEmpty()) {
        Error e = missingError(prepared->missing);
        e.record = tr("case %1").arg(bundle.caseFile.reference);
        return e;
    }
    TemplateStore store(m_db, m_clock);
    auto logo = store.logo();
    if (!logo) {
        return logo.error();
    }
    QVariantMap data = prepared->data;
    data.insert(QStringLiteral("hasLogo"), !logo->isEmpty());
    auto main = store.current(DocumentKinds::templateName(kind));
    if (!main) {
        return main.error();
    }
    TemplateEngine engine([&store](const QString& name) -> Result<QString> {
        auto part = store.current(name);
        if (!part) {
            return part.error();
        }
        return part->body;
    });
    auto html = engine.render(main->body, data, main->name);
    if (!html) {
        return html.error();
    }
    ComposedDocument doc;
    doc.kind = kind;
    doc.title = DocumentKinds::frenchTitle(kind) + QStringLiteral(" — ") + bundle.person.displayName();
    doc.author = kind == DocumentKind::PersonalComplaint ? bundle.person.displayName() : bundle.association.name;
    doc.html = *html;
    doc.date = m_clock.today();
    doc.recipient = prepared->recipient;
    doc.templateVersion = main->versionLabel();
    doc.logo = *logo;
    doc.mandateId = prepared->mandateId;
    return doc;
}

} // namespace saisine
