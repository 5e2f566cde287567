#pragma once

// Shared fixture of the document tests: a complete case in a temporary database, the
// institutions it needs, and pdftotext to read the PDFs back.

#include "TestSupport.h"
#include "documents/DocumentRegister.h"
#include "documents/DocumentService.h"
#include "institutions/InstitutionDirectory.h"
#include "procedure/CompetentAuthority.h"
#include "procedure/LawTables.h"
#include "store/Repositories.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QTest>

namespace saisine::test {

struct DocumentFixture
{
    TemporaryDatabase tmp;
    FixedClock clock {testToday()};
    law::LawTables law = law::LawTables::builtIn().value();
    qint64 caseId = 0;
    qint64 personId = 0;
    QList<qint64> professionalIds;

    static AssociationProfile association()
    {
        AssociationProfile a;
        a.name = QStringLiteral("Santé Égale Rhône");
        a.address = {QStringLiteral("8 quai Claude Bernard"), QStringLiteral("69007"), QStringLiteral("Lyon"),
                     QStringLiteral("69")};
        a.phone = QStringLiteral("04 72 11 22 33");
        a.email = QStringLiteral("contact@sante-egale.example.org");
        a.approvalNumber = QStringLiteral("ARS-ARA-2023-042");
        a.approvalDate = QDate(2023, 4, 1);
        a.representativeName = QStringLiteral("Odile Chabert");
        a.representativeRole = QStringLiteral("Présidente");
        a.federation = QStringLiteral("Fédération régionale des usagers (fictive)");
        return a;
    }

    // Addresses for the bodies competent in the Rhône (fictional addresses, for tests only).
    void addInstitutions()
    {
        InstitutionDirectory directory(tmp.db(), clock);
        Institution cpam;
        cpam.kind = InstitutionKind::Cpam;
        cpam.name = QStringLiteral("CPAM du Rhône");
        cpam.headTitle = QStringLiteral("Monsieur le Directeur");
        cpam.street = QStringLiteral("1 rue de l'Essai");
        cpam.postcode = QStringLiteral("69003");
        cpam.city = QStringLiteral("Lyon");
        cpam.departements = {QStringLiteral("69")};
        QVERIFY(directory.save(cpam).ok());
        Institution mediator = cpam;
        mediator.uid.clear();
        mediator.kind = InstitutionKind::CpamMediator;
        mediator.name = QStringLiteral("Médiateur de la CPAM du Rhône");
        mediator.headTitle = QStringLiteral("Madame la Médiatrice");
        QVERIFY(directory.save(mediator).ok());
        Institution ddpp = cpam;
        ddpp.uid.clear();
        ddpp.kind = InstitutionKind::Ddpp;
        ddpp.name = QStringLiteral("DDPP du Rhône");
        ddpp.headTitle.clear();
        QVERIFY(directory.save(ddpp).ok());
        for (Profession p : allValues<Profession>()) {
            const auto council =
                CompetentAuthority(law).ordreCouncil(sampleProfessional(QStringLiteral("X"), p), testToday());
            if (!council) {
                continue;
            }
            Institution ordre;
            ordre.kind = InstitutionKind::Ordre;
            ordre.profession = p;
            ordre.name = council->name;
            ordre.headTitle = QStringLiteral("Madame la Présidente");
            ordre.street = QStringLiteral("2 avenue du Test");
            ordre.postcode = QStringLiteral("69006");
            ordre.city = QStringLiteral("Lyon");
            ordre.departements = {QStringLiteral("69")};
            QVERIFY(directory.save(ordre).ok());
        }
    }

    // A case filed with the CPAM on 2 December 2025 (received the 4th): by 15 March 2026 the
    // acknowledgement is overdue and the 3-month session date (4 March) has passed.
    void createCase(const QString& personName = QStringLiteral("Diallo"),
                    const QList<Professional>& professionals = {sampleProfessional(QStringLiteral("Morel"))})
    {
        QVERIFY(AssociationRepository(tmp.db()).save(association()).ok());
        Person person = samplePerson(personName);
        QVERIFY(PersonRepository(tmp.db(), clock).insert(person).ok());
        personId = person.id;
        professionalIds.clear();
        for (Professional p : professionals) {
            QVERIFY(ProfessionalRepository(tmp.db()).insert(p).ok());
            professionalIds.append(p.id);
        }
        Case c = sampleCase(person.id, professionalIds.front());
        c.professionalIds = professionalIds;
        c.factDates = {QDate(2025, 11, 20)};
        Evidence sms;
        sms.kind = EvidenceKind::WrittenAnswer;
        sms.date = QDate(2025, 11, 20);
        sms.description = QStringLiteral("SMS du cabinet annulant le rendez-vous");
        Evidence witness;
        witness.kind = EvidenceKind::WitnessStatement;
        witness.description = QStringLiteral("Attestation d'une patiente présente en salle d'attente");
        c.evidence = {sms, witness};
        Procedure conciliation;
        conciliation.route = Route::Conciliation;
        conciliation.authorityKind = AuthorityKind::Cpam;
        conciliation.authorityName = QStringLiteral("CPAM du Rhône");
        conciliation.events = {{0, {}, ProcedureEventKind::ComplaintSent, QDate(2025, 12, 2), {}},
                               {0, {}, ProcedureEventKind::ComplaintReceived, QDate(2025, 12, 4), {}}};
        c.procedures = {conciliation};
        QVERIFY(CaseRepository(tmp.db(), clock).insert(c, true).ok());
        caseId = c.id;
    }
};

// The text of a PDF, NFKC-normalised (ligatures) with whitespace runs made single spaces, so a
// phrase is found even when the layout breaks it across lines.
inline QString pdfText(const QByteArray& pdf)
{
    QTemporaryFile file;
    if (!file.open()) {
        return {};
    }
    file.write(pdf);
    file.flush();
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), file.fileName(), QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        return {};
    }
    QString text = QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    text.replace(spaces, QStringLiteral(" "));
    return text;
}

inline QString pdfInfo(const QByteArray& pdf, bool metadata = false)
{
    QTemporaryFile file;
    if (!file.open()) {
        return {};
    }
    file.write(pdf);
    file.flush();
    QProcess process;
    process.start(QStringLiteral("pdfinfo"),
                  metadata ? QStringList {QStringLiteral("-meta"), file.fileName()} : QStringList {file.fileName()});
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace saisine::test
