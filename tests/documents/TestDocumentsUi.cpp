// The documents panel of a case and the institutions directory, offscreen.
#include "DocumentTestData.h"
#include "documents/DocumentEditorDialog.h"
#include "documents/DocumentRegisterModel.h"
#include "documents/DocumentsPanel.h"
#include "documents/InstitutionsDialog.h"
#include "documents/NewDocumentDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTextEdit>

using namespace saisine;
using namespace saisine::test;

class TestDocumentsUi : public QObject
{
    Q_OBJECT

private slots:
    void newDocumentIsEditedSavedAndRegistered()
    {
        DocumentFixture f;
        f.addInstitutions();
        f.createCase();
        DocumentsPanel panel(f.tmp.db(), f.law, f.clock);
        QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(panel.openCase(f.caseId).ok());
        QCOMPARE(panel.model()->rowCount(), 0);

        // The chooser says what is missing and refuses that kind.
        DocumentService service(f.tmp.db(), f.law, f.clock);
        NewDocumentDialog chooser(service, f.caseId);
        chooser.selectKind(DocumentKind::ComplaintOrdre);
        QCOMPARE(chooser.chosenKind(), std::optional<DocumentKind>(DocumentKind::ComplaintOrdre));
        QVERIFY(chooser.missingText().contains(QStringLiteral("Everything")));

        auto editor = panel.createEditor(DocumentKind::ComplaintOrdre);
        QVERIFY(editor.ok());
        QTextEdit* text = (*editor)->findChild<QTextEdit*>(QStringLiteral("documentEditor"));
        QVERIFY(text);
        QVERIFY(text->toPlainText().contains(QStringLiteral("Madame Aïcha Diallo")));
        // A last adjustment by the caseworker ends up in the PDF.
        QTextCursor cursor(text->document());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(QStringLiteral("Post-scriptum ajouté à la main."));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ordre.pdf"));
        QVERIFY((*editor)->saveTo(path).ok());
        QVERIFY(pdfText(readFile(path)).contains(QStringLiteral("Post-scriptum ajouté à la main.")));
        QCOMPARE(panel.model()->rowCount(), 1);
        QCOMPARE(panel.model()->index(0, DocumentRegisterModel::ShaColumn).data().toString(),
                 QString::fromLatin1(sha256OfFile(path)).left(12));
        (*editor)->close();
    }

    void mandateIsSignedAndRevokedFromThePanel()
    {
        DocumentFixture f;
        f.createCase();
        DocumentsPanel panel(f.tmp.db(), f.law, f.clock);
        QVERIFY(panel.openCase(f.caseId).ok());
        auto editor = panel.createEditor(DocumentKind::MandateFiling);
        QVERIFY(editor.ok());
        QTemporaryDir dir;
        QVERIFY((*editor)->saveTo(dir.filePath(QStringLiteral("m.pdf"))).ok());
        QCOMPARE(panel.model()->rowCount(), 1);
        const QModelIndex state = panel.model()->index(0, DocumentRegisterModel::StateColumn);
        QCOMPARE(state.data().toString(), DocumentRegister::stateLabel(MandateState::Printed));
        const qint64 mandateId = panel.model()->documentAt(0)->mandateId;
        QVERIFY(panel.recordSignature(mandateId, testToday(), QStringLiteral("Lyon")).ok());
        QCOMPARE(panel.model()->index(0, DocumentRegisterModel::StateColumn).data().toString(),
                 DocumentRegister::stateLabel(MandateState::Signed));
        QVERIFY(!panel.recordSignature(mandateId, testToday().addDays(3), QStringLiteral("Lyon")).ok());
        QVERIFY(panel.revoke(mandateId, testToday()).ok());
        QCOMPARE(panel.model()->index(0, DocumentRegisterModel::StateColumn).data().toString(),
                 DocumentRegister::stateLabel(MandateState::Revoked));
        (*editor)->close();
    }

    void missingDataIsShownInTheChooser()
    {
        DocumentFixture f;
        f.createCase();
        DocumentService service(f.tmp.db(), f.law, f.clock);
        NewDocumentDialog chooser(service, f.caseId);
        chooser.selectKind(DocumentKind::ComplaintCpam);
        QVERIFY(!chooser.chosenKind());
        QVERIFY2(chooser.missingText().contains(QStringLiteral("The address of CPAM du Rhône is missing")),
                 qPrintable(chooser.missingText()));
    }

    void institutionsAreEdited()
    {
        DocumentFixture f;
        InstitutionsDialog dialog(f.tmp.db(), f.clock);
        QCOMPARE(dialog.count(), 1); // the Défenseur des droits
        dialog.newInstitution();
        dialog.kindCombo()->setCurrentIndex(dialog.kindCombo()->findData(int(InstitutionKind::Cpam)));
        dialog.nameEdit()->setText(QStringLiteral("CPAM du Rhône"));
        dialog.postcodeEdit()->setText(QStringLiteral("690"));
        QVERIFY(!dialog.saveCurrent());
        QVERIFY(dialog.lastError().contains(QStringLiteral("postcode")));
        dialog.postcodeEdit()->setText(QStringLiteral("69003"));
        dialog.streetEdit()->setPlainText(QStringLiteral("1 rue de l'Essai"));
        dialog.cityEdit()->setText(QStringLiteral("Lyon"));
        QVERIFY2(dialog.saveCurrent(), qPrintable(dialog.lastError()));
        QCOMPARE(dialog.count(), 2);
        auto stored = InstitutionDirectory(f.tmp.db(), f.clock).stored();
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->front().city, QStringLiteral("Lyon"));
    }
};

QTEST_MAIN(TestDocumentsUi)
#include "TestDocumentsUi.moc"
