#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "casefile/CaseFileModels.h"
#include "casefile/CaseFileWidget.h"
#include "casefile/FormSupport.h"
#include "procedure/LawTables.h"
#include "store/Repositories.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace saisine;
using namespace saisine::test;

class TestCaseFileWidget : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TemporaryDatabase> m_tmp;
    FixedClock m_clock {testToday()};
    law::LawTables m_law = *law::LawTables::builtIn();
    qint64 m_caseId = 0;
    qint64 m_otherCaseId = 0;

    Database& db() { return m_tmp->db(); }

    qint64 storeCase(const QString& lastName)
    {
        Person person = samplePerson(lastName);
        Professional professional = sampleProfessional(lastName + QStringLiteral("-pro"));
        professional.rpps.clear();
        if (!PersonRepository(db(), m_clock).insert(person) || !ProfessionalRepository(db()).insert(professional)) {
            return 0;
        }
        Case c = sampleCase(person.id, professional.id);
        return CaseRepository(db(), m_clock).insert(c) ? c.id : 0;
    }

    Case storedCase(qint64 id) { return *CaseRepository(db(), m_clock).loadFull(id); }
    Person storedPerson(qint64 caseId) { return *PersonRepository(db(), m_clock).get(storedCase(caseId).personId); }

    static void retype(QWidget& parent, const char* name, const QString& text)
    {
        auto* edit = child<QLineEdit>(parent, name);
        QVERIFY(edit);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        typeText(edit, text);
    }

    static bool isPartOfAnotherInput(QWidget* widget)
    {
        for (QWidget* up = widget->parentWidget(); up; up = up->parentWidget()) {
            if (qobject_cast<QAbstractItemView*>(up) || qobject_cast<QAbstractSpinBox*>(up)
                || qobject_cast<QComboBox*>(up) || qobject_cast<QTabBar*>(up)) {
                return true;
            }
        }
        return qobject_cast<QHeaderView*>(widget) != nullptr;
    }

    // The widget always answers this when it asks about unsaved changes.
    static void answer(CaseFileWidget& widget, QMessageBox::StandardButton button, int* asked)
    {
        widget.setSaveQuestion([button, asked](const QString&) {
            ++*asked;
            return button;
        });
    }

private slots:
    void init()
    {
        m_tmp = std::make_unique<TemporaryDatabase>();
        m_caseId = storeCase(QStringLiteral("Martin"));
        m_otherCaseId = storeCase(QStringLiteral("Bernard"));
        QVERIFY(m_caseId > 0 && m_otherCaseId > 0);
    }
    void cleanup() { m_tmp.reset(); }

    void opensACase()
    {
        CaseFileWidget widget(db(), m_law, m_clock);
        QVERIFY(widget.openCase(m_caseId));
        QCOMPARE(child<QLineEdit>(widget, "personLastName")->text(), QStringLiteral("Martin"));
        QCOMPARE(child<QLineEdit>(widget, "professionalLastName")->text(), QStringLiteral("Martin-pro"));
        QVERIFY(child<QCheckBox>(widget, "form_explicit_refusal")->isChecked());
        QVERIFY(child<QCheckBox>(widget, "ground_ame")->isChecked());
        QVERIFY(!widget.hasUnsavedChanges());
        QVERIFY(widget.windowTitle().contains(storedCase(m_caseId).reference));
        QVERIFY(!widget.isWindowModified());
    }

    void complaintReceivedLongAgoShowsTheOverdueSession()
    {
        CaseFileWidget widget(db(), m_law, m_clock);
        widget.show();
        QVERIFY(widget.openCase(m_caseId));
        QSignalSpy proceduresChanged(&widget, &CaseFileWidget::proceduresChanged);
        widget.showSection(CaseFileWidget::ProceduresSectionIndex);
        child<QPushButton>(widget, "procedureAdd")->click(); // conciliation is the first route
        auto* kind = child<QComboBox>(widget, "eventKind");
        kind->setCurrentIndex(kind->findData(QStringLiteral("complaint_received")));
        const QDate receipt = testToday().addMonths(-4).addDays(-2); // 2025-11-13
        child<OptionalDateEdit>(widget, "eventDate")->setDateOrNull(receipt);
        child<QPushButton>(widget, "eventAdd")->click();

        auto* table = child<QTableView>(widget, "deadlinesTable");
        const QAbstractItemModel* deadlines = table->model();
        int sessionRow = -1;
        for (int row = 0; row < deadlines->rowCount(); ++row) {
            if (deadlines->index(row, 0).data(DeadlinesModel::DeadlineKeyRole).toString() == QLatin1String("session")) {
                sessionRow = row;
            }
        }
        QVERIFY(sessionRow >= 0);
        const QModelIndex status = deadlines->index(sessionRow, DeadlinesModel::StatusColumn);
        QCOMPARE(status.data(DeadlinesModel::StatusKeyRole).toString(), QStringLiteral("overdue"));
        QCOMPARE(status.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xb0, 0x00, 0x20));
        QCOMPARE(deadlines->index(sessionRow, DeadlinesModel::DueColumn).data().toString().left(10),
                 QStringLiteral("13/02/2026"));
        QVERIFY(deadlines->index(sessionRow, DeadlinesModel::SourceColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("R1110-11")));
        QVERIFY(child<QLabel>(widget, "deadlineSummary")->text().contains(QStringLiteral("13/11/2025")));
        QVERIFY(widget.hasUnsavedChanges());
        QVERIFY(widget.isWindowModified());

        QVERIFY(widget.save());
        QCOMPARE(proceduresChanged.size(), 1);
        const Case stored = storedCase(m_caseId);
        QCOMPARE(stored.procedures.size(), 1);
        QCOMPARE(stored.procedures.first().firstDate(ProcedureEventKind::ComplaintReceived), receipt);
        QVERIFY(!widget.hasUnsavedChanges());
        // Still shown after the save reloaded the case.
        QCOMPARE(table->model()->rowCount(), deadlines->rowCount());
        QVERIFY(table->model()->rowCount() > 0);
    }

    void editAndSaveStoresIt()
    {
        CaseFileWidget widget(db(), m_law, m_clock);
        widget.show();
        QVERIFY(widget.openCase(m_caseId));
        QSignalSpy unsaved(&widget, &CaseFileWidget::unsavedChangesChanged);
        QSignalSpy saved(&widget, &CaseFileWidget::caseSaved);
        retype(widget, "personPhone", QStringLiteral("07 11 22 33 44"));
        QVERIFY(widget.hasUnsavedChanges());
        QCOMPARE(unsaved.size(), 1);
        QCOMPARE(unsaved.first().first().toBool(), true);
        QVERIFY(child<QLabel>(widget, "unsavedIndicator")->isVisible());

        QVERIFY(widget.save());
        QCOMPARE(storedPerson(m_caseId).phone, QStringLiteral("07 11 22 33 44"));
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().first().toLongLong(), m_caseId);
        QVERIFY(!widget.hasUnsavedChanges());
        QCOMPARE(unsaved.last().first().toBool(), false);
        QVERIFY(!child<QLabel>(widget, "unsavedIndicator")->isVisible());
    }

    void typingBackTheSameTextIsNotAChange()
    {
        CaseFileWidget widget(db(), m_law, m_clock);
        QVERIFY(widget.openCase(m_caseId));
        retype(widget, "factPlace", QStringLiteral("Ailleurs"));
        QVERIFY(widget.hasUnsavedChanges());
        retype(widget, "factPlace", storedCase(m_caseId).place);
        QVERIFY(!widget.hasUnsavedChanges());
    }

    void invalidEditIsNotSavedAndNamesTheField()
    {
        CaseFileWidget widget(db(), m_law, m_clock);
        widget.show();
        widget.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&widget));
        QVERIFY(widget.openCase(m_caseId));
        widget.showSection(CaseFileWidget::NotesSection);
        retype(widget, "personLastName", QString());
        child<QPlainTextEdit>(widget, "caseNotes")->setPlainText(QStringLiteral("À rappeler"));
        const Status status = widget.save();
        QVERIFY(!status);
        QCOMPARE(status.error().field, QStringLiteral("lastName"));
        QVERIFY(child<QLabel>(widget, "caseFileError")->text().contains(QStringLiteral("last name")));
        QCOMPARE(child<QTabWidget>(widget, "caseSections")->currentIndex(), int(CaseFileWidget::PersonSection));
        QCOMPARE(QApplication::focusWidget(), child<QWidget>(widget, "personLastName"));
        QVERIFY(widget.hasUnsavedChanges());
        QCOMPARE(storedPerson(m_caseId).lastName, QStringLiteral("Martin"));
        QVERIFY(storedCase(m_caseId).notes.isEmpty());
    }

    void discardRestoresTheStoredCase()
    {
        CaseFileWidget widget(db(), m_law, m_clock);
        QVERIFY(widget.openCase(m_caseId));
        const Case before = storedCase(m_caseId);
        child<QPlainTextEdit>(widget, "factNarrative")->setPlainText(QStringLiteral("Autre récit"));
        int asked = 0;
        answer(widget, QMessageBox::Discard, &asked);
        QVERIFY(widget.openCase(m_otherCaseId));
        QCOMPARE(asked, 1);
        QCOMPARE(widget.caseId(), m_otherCaseId);
        QCOMPARE(storedCase(m_caseId), before);
        QVERIFY(!widget.hasUnsavedChanges());
        QVERIFY(widget.openCase(m_caseId));
        QCOMPARE(asked, 1); // nothing to ask about
        QCOMPARE(child<QPlainTextEdit>(widget, "factNarrative")->toPlainText(), before.narrative);
    }

    void cancelKeepsTheEditsOnScreen()
    {
        CaseFileWidget widget(db(), m_law, m_clock);
        QVERIFY(widget.openCase(m_caseId));
        const Case before = storedCase(m_caseId);
        child<QPlainTextEdit>(widget, "factNarrative")->setPlainText(QStringLiteral("Récit en cours"));
        int asked = 0;
        answer(widget, QMessageBox::Cancel, &asked);
        QVERIFY(!widget.maybeSave());
        QVERIFY(!widget.openCase(m_otherCaseId));
        QCOMPARE(asked, 2);
        QCOMPARE(widget.caseId(), m_caseId);
        QVERIFY(widget.hasUnsavedChanges());
        QCOMPARE(child<QPlainTextEdit>(widget, "factNarrative")->toPlainText(), QStringLiteral("Récit en cours"));
        QCOMPARE(storedCase(m_caseId), before);
    }

    void saveAnswerSavesBeforeOpeningAnother()
    {
        CaseFileWidget widget(db(), m_law, m_clock);
        QVERIFY(widget.openCase(m_caseId));
        child<QPlainTextEdit>(widget, "caseNotes")->setPlainText(QStringLiteral("Rappeler lundi"));
        int asked = 0;
        answer(widget, QMessageBox::Save, &asked);
        QVERIFY(widget.openCase(m_otherCaseId));
        QCOMPARE(storedCase(m_caseId).notes, QStringLiteral("Rappeler lundi"));
    }

    void attachedFileIsCopiedWithItsHash()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("capture.png"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not really a PNG, but bytes to fingerprint");
        file.close();

        CaseFileWidget widget(db(), m_law, m_clock);
        QVERIFY(widget.openCase(m_caseId));
        widget.setFileChooser([&path]() { return path; });
        auto* kind = child<QComboBox>(widget, "evidenceKind");
        kind->setCurrentIndex(kind->findData(QStringLiteral("booking_screenshot")));
        child<QLineEdit>(widget, "evidenceDescription")->setText(QStringLiteral("Profil Doctolib"));
        child<QPushButton>(widget, "evidenceAddFile")->click();
        QCOMPARE(child<QTableView>(widget, "evidenceTable")->model()->rowCount(), 1);
        QVERIFY(widget.save());
        QFile::remove(path); // the database holds its own copy
        const Case stored = storedCase(m_caseId);
        QCOMPARE(stored.evidence.size(), 1);
        const Evidence& evidence = stored.evidence.first();
        QCOMPARE(evidence.kind, EvidenceKind::BookingScreenshot);
        QCOMPARE(evidence.fileName, QStringLiteral("capture.png"));
        QCOMPARE(evidence.fileContent, QByteArray("not really a PNG, but bytes to fingerprint"));
        QCOMPARE(evidence.fileSha256.toLatin1(),
                 QCryptographicHash::hash(evidence.fileContent, QCryptographicHash::Sha256).toHex());
        QVERIFY(evidence.date.isValid() && evidence.date <= testToday());
    }

    void mandateIsAddedAndRevoked()
    {
        CaseFileWidget widget(db(), m_law, m_clock);
        QVERIFY(widget.openCase(m_caseId));
        child<QCheckBox>(widget, "mandateScope_filing")->setChecked(true);
        child<OptionalDateEdit>(widget, "mandateSigned")->setDateOrNull(QDate(2026, 3, 2));
        child<QLineEdit>(widget, "mandatePlace")->setText(QStringLiteral("Lyon"));
        child<QPushButton>(widget, "mandateAdd")->click();
        QVERIFY(widget.save());
        QCOMPARE(storedCase(m_caseId).mandates.size(), 1);
        child<QTableView>(widget, "mandatesTable")->selectRow(0);
        QCOMPARE(child<QLineEdit>(widget, "mandatePlace")->text(), QStringLiteral("Lyon"));
        child<OptionalDateEdit>(widget, "mandateRevoked")->setDateOrNull(QDate(2026, 3, 10));
        child<QPushButton>(widget, "mandateApply")->click();
        QVERIFY(widget.save());
        const Mandate stored = storedCase(m_caseId).mandates.first();
        QCOMPARE(stored.revokedDate, QDate(2026, 3, 10));
        QCOMPARE(stored.scope, QList<MandateScope>({MandateScope::Filing}));
    }

    void everyInputHasAnAccessibleName()
    {
        CaseFileWidget widget(db(), m_law, m_clock);
        QVERIFY(widget.openCase(m_caseId));
        const auto inputs = widget.findChildren<QWidget*>();
        int checked = 0;
        for (QWidget* input : inputs) {
            if (qobject_cast<QLineEdit*>(input) || qobject_cast<QComboBox*>(input)
                || qobject_cast<QAbstractButton*>(input) || qobject_cast<QPlainTextEdit*>(input)
                || qobject_cast<QAbstractItemView*>(input) || qobject_cast<QDateEdit*>(input)) {
                if (isPartOfAnotherInput(input)) {
                    continue; // the line edit of a date field, a table's corner button...
                }
                QVERIFY2(!input->accessibleName().isEmpty() || !input->property("text").toString().isEmpty(),
                         qPrintable(input->objectName() + QLatin1Char(' ')
                                    + QString::fromLatin1(input->metaObject()->className())));
                ++checked;
            }
        }
        QVERIFY(checked > 40);
    }
};

QTEST_MAIN(TestCaseFileWidget)
#include "TestCaseFileWidget.moc"
