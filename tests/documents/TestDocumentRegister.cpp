// The register of finalised documents: stored byte for byte with their SHA-256, the mandate's
// life (printed, signed, scanned, revoked), custom templates, and the exchange round trip.
#include "DocumentTestData.h"
#include "documents/TemplateStore.h"
#include "store/Exchange.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace saisine;
using namespace saisine::test;

class TestDocumentRegister : public QObject
{
    Q_OBJECT

private slots:
    void roundTripWithSha256()
    {
        DocumentFixture f;
        f.addInstitutions();
        f.createCase();
        DocumentService service(f.tmp.db(), f.law, f.clock);
        auto composed = service.compose(f.caseId, DocumentKind::ComplaintOrdre);
        QVERIFY(composed.ok());
        auto pdf = DocumentService::pdf(*composed);
        QVERIFY(pdf.ok());
        auto stored = service.finalise(f.caseId, *composed, *pdf);
        QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().toLine()));
        QCOMPARE(stored->sha256,
                 QString::fromLatin1(QCryptographicHash::hash(*pdf, QCryptographicHash::Sha256).toHex()));
        QVERIFY(stored->recipient.contains(QStringLiteral("ordre des médecins")));
        QVERIFY(!stored->institutionUid.isEmpty());
        QCOMPARE(stored->templateVersion, QStringLiteral("builtin-1"));

        f.tmp.close();
        QVERIFY(f.tmp.reopen());
        DocumentRegister documents(f.tmp.db(), f.clock);
        auto list = documents.forCase(f.caseId);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 1);
        QVERIFY(list->front().content.isEmpty()); // listed without content
        auto loaded = documents.get(stored->id);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->content, *pdf);
        QCOMPARE(loaded->date, testToday());
        QCOMPARE(loaded->kind, DocumentKind::ComplaintOrdre);
        QVERIFY(*documents.verify(stored->id));

        // A register entry whose sha256 does not match its content is refused.
        StoredDocument forged = *loaded;
        forged.id = 0;
        forged.uid.clear();
        forged.content.append('x');
        QCOMPARE(documents.insert(forged).error().field, QStringLiteral("sha256"));
    }

    void mandateLifecycle()
    {
        DocumentFixture f;
        f.createCase();
        DocumentService service(f.tmp.db(), f.law, f.clock);
        auto composed = service.compose(f.caseId, DocumentKind::MandateRepresentation);
        QVERIFY2(composed.ok(), composed.ok() ? "" : qPrintable(composed.error().toLine()));
        QCOMPARE(composed->mandateId, 0); // the case has no representation mandate yet
        auto stored = service.finalise(f.caseId, *composed, DocumentService::pdf(*composed).value());
        QVERIFY(stored.ok());
        QVERIFY(stored->mandateId > 0);

        MandateRepository mandates(f.tmp.db(), f.clock);
        DocumentRegister documents(f.tmp.db(), f.clock);
        auto findMandate = [&]() {
            const QList<Mandate> all = mandates.forCase(f.caseId).value();
            for (const Mandate& m : all) {
                if (m.id == stored->mandateId) {
                    return m;
                }
            }
            return Mandate {};
        };
        Mandate mandate = findMandate();
        QCOMPARE(mandate.kind, MandateKind::Representation);
        QCOMPARE(DocumentRegister::stateOf(mandate, documents.forCase(f.caseId).value()), MandateState::Printed);

        QVERIFY(!documents.attachSignedScan(mandate, QStringLiteral("scan.pdf"), "%PDF-scan", {}).ok());
        mandate.signedDate = testToday();
        mandate.signedPlace = QStringLiteral("Lyon");
        const Status signedStatus = mandates.update(mandate);
        QVERIFY2(signedStatus.ok(), signedStatus.ok() ? "" : qPrintable(signedStatus.error().toLine()));
        QCOMPARE(DocumentRegister::stateOf(mandate, documents.forCase(f.caseId).value()), MandateState::Signed);
        auto scan = documents.attachSignedScan(mandate, QStringLiteral("scan.pdf"), "%PDF-scan",
                                               QStringLiteral("application/pdf"));
        QVERIFY(scan.ok());
        QCOMPARE(DocumentRegister::stateOf(mandate, documents.forCase(f.caseId).value()), MandateState::Scanned);
        mandate.revokedDate = testToday();
        QVERIFY(mandates.update(mandate).ok());
        QCOMPARE(DocumentRegister::stateOf(mandate, documents.forCase(f.caseId).value()), MandateState::Revoked);

        // Once signed, the next print of the mandate carries the place and date.
        mandate.revokedDate = {};
        QVERIFY(mandates.update(mandate).ok());
        const QString text = pdfText(service.generate(f.caseId, DocumentKind::MandateRepresentation).value());
        QVERIFY2(text.contains(QStringLiteral("Fait à Lyon, le 15 mars 2026")), qPrintable(text));
    }

    void customTemplateIsVersioned()
    {
        DocumentFixture f;
        f.addInstitutions();
        f.createCase();
        TemplateStore store(f.tmp.db(), f.clock);
        auto builtin = store.current(QStringLiteral("part_copies"));
        QVERIFY(builtin.ok());
        QVERIFY(!builtin->custom);
        auto custom = store.saveCustom(QStringLiteral("part_copies"),
                                       QStringLiteral("<p>Copie adressée à : {{#copies}}{{text}}{{/copies}}</p>"));
        QVERIFY(custom.ok());
        QCOMPARE(custom->version, 1);
        QCOMPARE(store.current(QStringLiteral("part_copies"))->versionLabel(), QStringLiteral("custom-1"));
        DocumentService service(f.tmp.db(), f.law, f.clock);
        QVERIFY(pdfText(service.generate(f.caseId, DocumentKind::ComplaintCpam).value())
                    .contains(QStringLiteral("Copie adressée à : Fédération régionale")));

        // A template with a typo is refused at generation, naming the field.
        QVERIFY(store.saveCustom(QStringLiteral("part_copies"), QStringLiteral("{{federaton}}")).ok());
        auto broken = service.generate(f.caseId, DocumentKind::ComplaintCpam);
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error().field, QStringLiteral("federaton"));

        QVERIFY(store.resetToBuiltIn(QStringLiteral("part_copies")).ok());
        QVERIFY(!store.current(QStringLiteral("part_copies"))->custom);
        QVERIFY(!store.saveCustom(QStringLiteral("no_such_template"), QStringLiteral("x")).ok());
    }

    void exchangeFormatDocumentsTheNewKeys()
    {
        const QString doc = QString::fromUtf8(readFile(QStringLiteral(SAISINE_DOCS_DIR "/exchange-format.md")));
        QStringList keys = allKeys<InstitutionKind>();
        for (DocumentKind kind : DocumentKinds::all()) {
            keys.append(DocumentKinds::key(kind));
        }
        keys << QStringLiteral("generated") << QStringLiteral("signed_scan") << QStringLiteral("institutions[]")
             << QStringLiteral("documents[]");
        for (const QString& key : keys) {
            QVERIFY2(doc.contains(QLatin1Char('`') + key + QLatin1Char('`')), qPrintable(key));
        }
    }

    void exchangeRoundTripIsByteIdentical()
    {
        DocumentFixture f;
        f.addInstitutions();
        f.createCase();
        DocumentService service(f.tmp.db(), f.law, f.clock);
        for (DocumentKind kind : {DocumentKind::ComplaintCpam, DocumentKind::MandateFiling}) {
            auto composed = service.compose(f.caseId, kind);
            QVERIFY(composed.ok());
            QVERIFY(service.finalise(f.caseId, *composed, DocumentService::pdf(*composed).value()).ok());
        }
        auto first = Exchange(f.tmp.db(), f.clock).exportAll();
        QVERIFY(first.ok());
        const QJsonObject root = QJsonDocument::fromJson(*first).object();
        QCOMPARE(root.value(QStringLiteral("documents")).toArray().size(), 2);
        QVERIFY(root.value(QStringLiteral("institutions")).toArray().size() >= 4);

        TemporaryDatabase copy;
        auto summary = Exchange(copy.db(), f.clock).importJson(*first);
        QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().toLine()));
        auto second = Exchange(copy.db(), f.clock).exportAll();
        QVERIFY(second.ok());
        QCOMPARE(*second, *first);

        // The mandate document still points to its mandate.
        const qint64 copiedCase = CaseRepository(copy.db(), f.clock).allIds()->front();
        bool linked = false;
        const QList<StoredDocument> copied = DocumentRegister(copy.db(), f.clock).forCase(copiedCase).value();
        for (const StoredDocument& d : copied) {
            linked |= d.kind == DocumentKind::MandateFiling && d.mandateId > 0;
        }
        QVERIFY(linked);

        // A document changed in the file is refused.
        QJsonObject tampered = root;
        QJsonArray documents = tampered.value(QStringLiteral("documents")).toArray();
        QJsonObject doc = documents.at(0).toObject();
        doc.insert(QStringLiteral("content"), QString::fromLatin1(QByteArray("%PDF-forged").toBase64()));
        documents.replace(0, doc);
        tampered.insert(QStringLiteral("documents"), documents);
        TemporaryDatabase other;
        auto refused = Exchange(other.db(), f.clock).importJson(QJsonDocument(tampered).toJson());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("sha256"));
        QCOMPARE(refused.error().record, QStringLiteral("documents[0]"));
    }
};

QTEST_MAIN(TestDocumentRegister)
#include "TestDocumentRegister.moc"
