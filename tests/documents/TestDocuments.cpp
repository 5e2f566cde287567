// Every document kind rendered to PDF and read back with pdftotext: the names, dates,
// recipient, salutation and legal basis are there, and no placeholder is left.
#include "DocumentTestData.h"
#include "documents/DocumentComposer.h"
#include "documents/FrenchText.h"
#include "documents/PdfRenderer.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QImage>
#include <QTextDocument>
#include <QTimeZone>
#include <QUrl>

using namespace saisine;
using namespace saisine::test;

class TestDocuments : public QObject
{
    Q_OBJECT

private:
    static QString render(DocumentFixture& f, DocumentKind kind)
    {
        DocumentService service(f.tmp.db(), f.law, f.clock);
        auto pdf = service.generate(f.caseId, kind);
        if (!pdf) {
            qWarning("%s", qPrintable(pdf.error().toLine()));
            return {};
        }
        return pdfText(*pdf);
    }

    static void verifyNoPlaceholder(const QString& text)
    {
        QVERIFY2(!text.contains(QLatin1String("{{")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("}}")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("XXX")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("()")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String(" , ")), qPrintable(text));
    }

private slots:
    void everyKindRendersTheCase_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QStringList>("expected");
        const QStringList common {QStringLiteral("Madame Aïcha Diallo"), QStringLiteral("Monsieur Paul Morel")};
        const QStringList association {QStringLiteral("Santé Égale Rhône"), QStringLiteral("ARS-ARA-2023-042"),
                                       QStringLiteral("Lyon, le 15 mars 2026"), QStringLiteral("Odile Chabert")};
        QTest::newRow("cpam") << int(DocumentKind::ComplaintCpam)
                              << common + association
                + QStringList {QStringLiteral("CPAM du Rhône"),
                               QStringLiteral("1 rue de l'Essai"),
                               QStringLiteral("Monsieur le Directeur,"),
                               QStringLiteral("agréer, Monsieur le Directeur, l'expression"),
                               QStringLiteral("le 20 novembre 2025"),
                               QStringLiteral("Nous ne prenons pas l'AME"),
                               QStringLiteral("aide médicale de l'État (AME)"),
                               QStringLiteral("L1110-3"),
                               QStringLiteral("article R4127-7 du code de la santé publique"),
                               QStringLiteral("Copie : Fédération régionale des usagers")};
        QTest::newRow("ordre") << int(DocumentKind::ComplaintOrdre)
                               << common + association
                + QStringList {QStringLiteral("Conseil départemental de l'ordre des médecins"),
                               QStringLiteral("Madame la Présidente,"), QStringLiteral("R1110-13"),
                               QStringLiteral("R4127-7")};
        QTest::newRow("ddd") << int(DocumentKind::DefenseurDesDroits)
                             << common + association
                + QStringList {QStringLiteral("Défenseur des droits"), QStringLiteral("Libre réponse 71120"),
                               QStringLiteral("75342 Paris CEDEX 07"), QStringLiteral("Madame, Monsieur,")};
        QTest::newRow("mediateur") << int(DocumentKind::CpamMediator)
                                   << common + association
                + QStringList {QStringLiteral("Médiateur de la CPAM du Rhône"),
                               QStringLiteral("Madame la Médiatrice,")};
        QTest::newRow("dgccrf") << int(DocumentKind::Dgccrf)
                                << common + association
                + QStringList {QStringLiteral("DDPP du Rhône"),
                               QStringLiteral("Madame la Directrice, Monsieur le Directeur,"),
                               QStringLiteral("L121-11 et R132-1")};
        QTest::newRow("personal") << int(DocumentKind::PersonalComplaint)
                                  << QStringList {QStringLiteral("Aïcha Diallo"),
                                                  QStringLiteral("12 rue des Lilas"),
                                                  QStringLiteral("Monsieur Paul Morel"),
                                                  QStringLiteral("Lyon, le 15 mars 2026"),
                                                  QStringLiteral("Je vous adresse une plainte"),
                                                  QStringLiteral("Monsieur le Directeur,")};
        QTest::newRow("reminder-ack") << int(DocumentKind::ReminderAcknowledgement)
                                      << common + association
                + QStringList {QStringLiteral("reçu le 4 décembre 2025"), QStringLiteral("expiré le 12 décembre 2025"),
                               QStringLiteral("au plus tard le 4 mars 2026"), QStringLiteral("R1110-11")};
        QTest::newRow("reminder-session") << int(DocumentKind::ReminderSession)
                                          << common + association
                + QStringList {QStringLiteral("avant le 4 mars 2026"),
                               QStringLiteral("Copie : Conseil départemental de l'ordre des médecins")};
        QTest::newRow("carence") << int(DocumentKind::Carence)
                                 << common + association
                + QStringList {QStringLiteral("carence"), QStringLiteral("L162-1-14-1"), QStringLiteral("R1110-15"),
                               QStringLiteral("expiré le 4 mars 2026")};
        QTest::newRow("bordereau") << int(DocumentKind::Bordereau)
                                   << QStringList {QStringLiteral("Bordereau des pièces communiquées"),
                                                   QStringLiteral("Madame Aïcha Diallo"),
                                                   QStringLiteral("SMS du cabinet annulant"),
                                                   QStringLiteral("Attestation de témoin"),
                                                   QStringLiteral("sans date"),
                                                   QStringLiteral("Nombre total de pièces : 2")};
        QTest::newRow("mandate-filing") << int(DocumentKind::MandateFiling)
                                        << common
                + QStringList {
                    QStringLiteral("Mandat exprès de saisine"), QStringLiteral("Je soussignée"),
                    QStringLiteral("ARS-ARA-2023-042"),         QStringLiteral("révoquer ce mandat à tout moment"),
                    QStringLiteral("Bon pour mandat"),          QStringLiteral("faits survenus le 20 novembre 2025")};
        QTest::newRow("mandate-representation") << int(DocumentKind::MandateRepresentation)
                                                << common
                + QStringList {QStringLiteral("Mandat de représentation"),
                               QStringLiteral("la CPAM du Rhône et le Conseil départemental de l'ordre des "
                                              "médecins du Rhône"),
                               QStringLiteral("R1110-12"), QStringLiteral("révoquer ce mandat à tout moment")};
    }

    void everyKindRendersTheCase()
    {
        QFETCH(int, kind);
        QFETCH(QStringList, expected);
        DocumentFixture f;
        f.addInstitutions();
        f.createCase();
        if (DocumentKind(kind) == DocumentKind::Dgccrf) {
            // The DGCCRF deals with refusals of sale only.
            QVERIFY(!DocumentService(f.tmp.db(), f.law, f.clock).check(f.caseId, DocumentKind::Dgccrf)->isEmpty());
            Case c = CaseRepository(f.tmp.db(), f.clock).get(f.caseId).value();
            c.forms.append(RefusalForm::RefusalOfSale);
            QVERIFY(CaseRepository(f.tmp.db(), f.clock).update(c).ok());
        }
        const QString text = render(f, DocumentKind(kind));
        QVERIFY(!text.isEmpty());
        for (const QString& phrase : expected) {
            QVERIFY2(text.contains(phrase), qPrintable(phrase + QStringLiteral("\n---\n") + text));
        }
        verifyNoPlaceholder(text);
    }

    void deontologyArticleOfEachProfession_data()
    {
        QTest::addColumn<int>("profession");
        QTest::addColumn<QString>("article");
        // In force on 15 March 2026 (law tables, resources/law/deontology.json).
        QTest::newRow("medecin") << int(Profession::Medecin) << QStringLiteral("article R4127-7 du");
        QTest::newRow("dentiste") << int(Profession::ChirurgienDentiste) << QStringLiteral("article R4127-211 du");
        QTest::newRow("sage-femme") << int(Profession::SageFemme) << QStringLiteral("article R4127-305 du");
        QTest::newRow("infirmier") << int(Profession::Infirmier) << QStringLiteral("article R4312-11 du");
        QTest::newRow("kine") << int(Profession::MasseurKinesitherapeute) << QStringLiteral("article R4321-58 du");
        QTest::newRow("podologue") << int(Profession::PedicurePodologue) << QStringLiteral("article R4322-52 du");
        QTest::newRow("pharmacien") << int(Profession::Pharmacien) << QStringLiteral("article R4235-6 du");
    }

    void deontologyArticleOfEachProfession()
    {
        QFETCH(int, profession);
        QFETCH(QString, article);
        DocumentFixture f;
        f.addInstitutions();
        Professional pro = sampleProfessional(QStringLiteral("Morel"), Profession(profession));
        if (pro.profession == Profession::Pharmacien) {
            pro.pharmacistSection = PharmacistSection::A;
        }
        f.createCase(QStringLiteral("Diallo"), {pro});
        const QString text = render(f, DocumentKind::ComplaintOrdre);
        QVERIFY2(text.contains(article), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Madame la Présidente,")));
        QVERIFY(text.contains(french::profession(Profession(profession))));
        verifyNoPlaceholder(text);
    }

    void frenchWords()
    {
        QCOMPARE(french::date(QDate(2026, 3, 1)), QStringLiteral("1er mars 2026"));
        QCOMPARE(french::dates({QDate(2026, 1, 5), QDate(2026, 1, 20)}), QStringLiteral("les 5 et 20 janvier 2026"));
        QCOMPARE(french::dates({QDate(2025, 12, 30), QDate(2026, 1, 2), QDate(2026, 1, 3)}),
                 QStringLiteral("les 30 décembre 2025, 2 janvier 2026 et 3 janvier 2026"));
        QCOMPARE(french::profession(Profession::Pharmacien, false, true), QStringLiteral("pharmacienne"));
        QCOMPARE(french::profession(Profession::ChirurgienDentiste, true, true),
                 QStringLiteral("chirurgiennes-dentistes"));
        QCOMPARE(french::profession(Profession::Medecin, false, true), QStringLiteral("médecin"));
        QCOMPARE(french::profession(Profession::SageFemme, true), QStringLiteral("sages-femmes"));
        QCOMPARE(french::unquoted(QStringLiteral("« Pas d'AME. »")), QStringLiteral("Pas d'AME."));
        QCOMPARE(french::unquoted(QStringLiteral("\"Complet\"")), QStringLiteral("Complet"));
        QCOMPARE(french::article(QStringLiteral("R4321-58 CSP (new wording)")),
                 QStringLiteral("article R4321-58 du code de la santé publique"));
    }

    void severalProfessionalsArePlural()
    {
        DocumentFixture f;
        f.addInstitutions();
        Professional second = sampleProfessional(QStringLiteral("Bernard"), Profession::Infirmier);
        second.civility = Civility::Madame;
        second.firstName = QStringLiteral("Lucie");
        f.createCase(QStringLiteral("Diallo"), {sampleProfessional(QStringLiteral("Morel")), second});
        const QString text = render(f, DocumentKind::ComplaintCpam);
        QVERIFY2(text.contains(QStringLiteral("Professionnels mis en cause")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("les professionnels ont avancé")));
        QVERIFY(text.contains(QStringLiteral("Madame Lucie Bernard, infirmière")));
        const QString single = [&] {
            DocumentFixture g;
            g.addInstitutions();
            g.createCase();
            return render(g, DocumentKind::ComplaintCpam);
        }();
        QVERIFY(single.contains(QStringLiteral("Professionnel mis en cause")));
        QVERIFY(single.contains(QStringLiteral("le professionnel a avancé")));
        QVERIFY(!single.contains(QStringLiteral("Professionnels mis en cause")));
    }

    void userDataIsEscaped()
    {
        DocumentFixture f;
        f.addInstitutions();
        f.createCase(QStringLiteral("<b>Dupont</b> & Fils"));
        const QString text = render(f, DocumentKind::ComplaintCpam);
        QVERIFY2(text.contains(QStringLiteral("Madame Aïcha <b>Dupont</b> & Fils")), qPrintable(text));
    }

    void missingDataFailsWithTheList()
    {
        DocumentFixture f;
        f.createCase(); // no institution addresses for the CPAM
        Person person = PersonRepository(f.tmp.db(), f.clock).get(f.personId).value();
        person.address = {};
        QVERIFY(PersonRepository(f.tmp.db(), f.clock).update(person).ok());
        DocumentService service(f.tmp.db(), f.law, f.clock);
        auto missing = service.check(f.caseId, DocumentKind::ComplaintCpam);
        QVERIFY(missing.ok());
        QStringList fields;
        for (const MissingItem& item : *missing) {
            fields.append(item.field);
        }
        QVERIFY2(fields.contains(QStringLiteral("person.address")), qPrintable(fields.join(u',')));
        QVERIFY(fields.contains(QStringLiteral("recipient.address")));
        auto composed = service.compose(f.caseId, DocumentKind::ComplaintCpam);
        QVERIFY(!composed.ok());
        QCOMPARE(composed.error().field, QStringLiteral("missing"));
        QVERIFY2(composed.error().message.contains(
                     QStringLiteral("The address of CPAM du Rhône is missing in the institutions directory.")),
                 qPrintable(composed.error().message));
        QVERIFY(composed.error().message.contains(QStringLiteral("postal address is incomplete")));
        // The Défenseur des droits has a built-in address: only the person's address is missing.
        auto ddd = service.check(f.caseId, DocumentKind::DefenseurDesDroits);
        QVERIFY(ddd.ok());
        QCOMPARE(ddd->size(), 1);
        QCOMPARE(ddd->front().field, QStringLiteral("person.address"));
    }

    void prematureLettersAreRefused()
    {
        DocumentFixture f;
        f.addInstitutions();
        f.createCase();
        f.clock.set(QDateTime(QDate(2025, 12, 10), QTime(10, 0), Qt::UTC));
        DocumentService service(f.tmp.db(), f.law, f.clock);
        auto ack = service.check(f.caseId, DocumentKind::ReminderAcknowledgement);
        QVERIFY(ack.ok());
        QCOMPARE(ack->size(), 1);
        QCOMPARE(ack->front().field, QStringLiteral("procedure.deadline"));
        auto carence = service.check(f.caseId, DocumentKind::Carence);
        QVERIFY(carence.ok());
        QCOMPARE(carence->size(), 1);
    }

    void professionWithoutOrdreHasNoConciliation()
    {
        DocumentFixture f;
        f.addInstitutions();
        f.createCase(QStringLiteral("Diallo"), {sampleProfessional(QStringLiteral("Roux"), Profession::Psychologue)});
        DocumentService service(f.tmp.db(), f.law, f.clock);
        auto ordre = service.check(f.caseId, DocumentKind::ComplaintOrdre);
        QVERIFY(ordre.ok());
        QVERIFY(!ordre->isEmpty());
        auto mediator = service.check(f.caseId, DocumentKind::CpamMediator);
        QVERIFY(mediator.ok());
        QVERIFY(mediator->isEmpty());
    }

    void pdfHasTitleAuthorFontsAndPageNumbers()
    {
        DocumentFixture f;
        f.addInstitutions();
        f.createCase();
        // A long account makes the complaint run over two pages.
        Case c = CaseRepository(f.tmp.db(), f.clock).get(f.caseId).value();
        c.narrative = QStringList(40, QStringLiteral("La personne a rappelé le cabinet, qui a de nouveau refusé."))
                          .join(QLatin1Char(' '));
        QVERIFY(CaseRepository(f.tmp.db(), f.clock).update(c).ok());
        DocumentService service(f.tmp.db(), f.law, f.clock);
        auto pdf = service.generate(f.caseId, DocumentKind::ComplaintCpam);
        QVERIFY(pdf.ok());
        const QString info = pdfInfo(*pdf);
        QVERIFY2(info.contains(
                     QRegularExpression(QStringLiteral("Title:\\s+Plainte au directeur de la CPAM — Aïcha Diallo"))),
                 qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("(A4)")), qPrintable(info));
        const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
        const int pageCount = pages.match(info).captured(1).toInt();
        QVERIFY(pageCount >= 2);
        const QString text = pdfText(*pdf);
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("\\b1 ?/ ?%1\\b").arg(pageCount))), qPrintable(text));
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("\\b%1 ?/ ?%1\\b").arg(pageCount))));
        QVERIFY2(pdf->contains("DejaVu"), "the DejaVu fonts are embedded");
        // The author (the association) is in the XMP metadata.
        QVERIFY2(pdfInfo(*pdf, true).contains(QStringLiteral("<dc:creator><rdf:Seq><rdf:li>Santé Égale Rhône")),
                 qPrintable(pdfInfo(*pdf, true)));
    }

    // PdfRenderer::paint lays the letter out once, on the PDF writer. A document that was laid
    // out before (on the screen, as creating its layout does) must give the very same PDF.
    void layoutMadeBeforePaintingChangesNothing()
    {
        DocumentFixture f;
        f.addInstitutions();
        f.createCase();
        DocumentService service(f.tmp.db(), f.law, f.clock);
        auto composed = service.compose(f.caseId, DocumentKind::ComplaintCpam);
        QVERIFY(composed.ok());
        auto fresh = PdfRenderer::textDocument(*composed);
        auto laidOut = PdfRenderer::textDocument(*composed);
        QVERIFY(laidOut->pageCount() >= 1); // creates the layout and lays out for the screen
        auto first = PdfRenderer::toPdf(*fresh, {composed->title, composed->author});
        auto second = PdfRenderer::toPdf(*laidOut, {composed->title, composed->author});
        QVERIFY(first.ok());
        QVERIFY(second.ok());
        // Only the creation date may differ (the clock can pass a second between the two).
        static const QRegularExpression date(QStringLiteral("/CreationDate \\(D:[^)]*\\)"));
        const auto withoutDate = [](const QByteArray& pdf) {
            return QString::fromLatin1(pdf).replace(date, QStringLiteral("/CreationDate ()")).toLatin1();
        };
        QVERIFY(withoutDate(*first) == withoutDate(*second));
    }

    // The logo is decoded once and reused; a different logo must not get the previous picture.
    void eachLogoIsItsOwnPicture()
    {
        const auto png = [](int width, QColor colour) {
            QImage image(width, 40, QImage::Format_RGB32);
            image.fill(colour);
            QByteArray bytes;
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "PNG");
            return bytes;
        };
        const QByteArray blue = png(100, Qt::darkBlue);
        const QByteArray red = png(100, Qt::red);
        const QByteArray wide = png(300, Qt::red);
        const QString html = QStringLiteral("<p><img src=\"saisine-logo\"/></p>");
        const auto logoOf = [&](const QByteArray& bytes) {
            auto doc = PdfRenderer::textDocument(html, bytes);
            return doc->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("saisine-logo"))).value<QImage>();
        };
        for (int round = 0; round < 2; ++round) {
            QCOMPARE(logoOf(blue).pixelColor(0, 0), QColor(Qt::darkBlue));
            QCOMPARE(logoOf(blue).width(), 100);
            QCOMPARE(logoOf(red).pixelColor(0, 0), QColor(Qt::red));
            QCOMPARE(logoOf(wide).width(), 300);
        }
        auto none = PdfRenderer::textDocument(html, {});
        QVERIFY(none->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("saisine-logo"))).isNull());
    }
};

QTEST_MAIN(TestDocuments)
#include "TestDocuments.moc"
