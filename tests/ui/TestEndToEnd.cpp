#include "MainWindow.h"
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "casefile/CaseFileWidget.h"
#include "casefile/FormSupport.h"
#include "intake/IntakeWizard.h"
#include "shell/DashboardModel.h"
#include "store/Repositories.h"

#include <QAction>
#include <QApplication>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QtTest>

using namespace saisine;
using namespace saisine::test;

// The caseworker's path through the real main window: a new case through the intake wizard,
// a "complaint received" event in its case file, and the overdue session on the dashboard.
class TestEndToEnd : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;

    // Fills every page of the intake wizard the main window opened, and finishes it.
    static bool driveIntake(IntakeWizard& wizard)
    {
        bool ok = choose(wizard, "personCivility", QStringLiteral("monsieur"))
            && type(wizard, "personFirstName", QStringLiteral("Karim"))
            && type(wizard, "personLastName", QStringLiteral("Haddad"))
            && type(wizard, "personPostcode", QStringLiteral("13001"))
            && type(wizard, "personCity", QStringLiteral("Marseille")) && tick(wizard, "personCoverage_c2s")
            && tick(wizard, "personConsent");
        wizard.next();
        ok = ok && type(wizard, "professionalLastName", QStringLiteral("Roux"))
            && type(wizard, "professionalFirstName", QStringLiteral("Claire"))
            && choose(wizard, "professionalProfession", QStringLiteral("chirurgien_dentiste"))
            && type(wizard, "professionalPostcode", QStringLiteral("13006"))
            && type(wizard, "professionalCity", QStringLiteral("Marseille"));
        wizard.next();
        auto* date = child<OptionalDateEdit>(wizard, "factDateEdit");
        if (!ok || !date) {
            return false;
        }
        date->setDateOrNull(testToday().addMonths(-5));
        child<QPushButton>(wizard, "factDateAdd")->click();
        ok = type(wizard, "factPlace", QStringLiteral("Cabinet dentaire, Marseille 6e"))
            && tick(wizard, "form_explicit_refusal");
        child<QPlainTextEdit>(wizard, "factNarrative")->setPlainText(QStringLiteral("Refus au motif de la C2S."));
        wizard.next(); // grounds: the C2S ground is proposed from the cover
        wizard.next(); // evidence: creates the case
        wizard.next(); // routes
        if (!ok || wizard.currentPage()->objectName() != QLatin1String("routesPage")) {
            return false;
        }
        wizard.accept();
        return true;
    }

    static bool dashboardHasOverdue(QTreeView* view, qint64 caseId)
    {
        QAbstractItemModel* model = view->model();
        const QModelIndex overdue = model->index(DashboardModel::OverdueGroup, 0);
        for (int row = 0; row < model->rowCount(overdue); ++row) {
            if (model->index(row, 0, overdue).data(DashboardModel::CaseIdRole).toLongLong() == caseId) {
                return true;
            }
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    }

    void newCaseThenReceiptShowsTheOverdueSession()
    {
        TemporaryDatabase tmp;
        const QString path = tmp.path();
        tmp.close();
        auto database = Database::open(DatabaseLocation::file(path));
        QVERIFY(database);
        MainWindow window(std::move(database).value(), std::make_unique<FixedClock>(testToday()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // New case (Ctrl+N) runs the wizard modally: drive it once it is up.
        bool driven = false;
        QTimer::singleShot(0, &window, [&driven] {
            auto* wizard = qobject_cast<IntakeWizard*>(QApplication::activeModalWidget());
            driven = wizard && driveIntake(*wizard);
            if (wizard && !driven) {
                wizard->reject();
            }
        });
        auto* newCase = window.findChild<QAction*>(QStringLiteral("newCaseAction"));
        QVERIFY(newCase && newCase->isEnabled());
        newCase->trigger();
        QVERIFY(driven);

        // The new case opened in its own tab.
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("mainTabs"));
        auto* caseFile = qobject_cast<CaseFileWidget*>(tabs->currentWidget());
        QVERIFY(caseFile);
        const qint64 caseId = caseFile->caseId();
        auto stored = CaseRepository(window.database(), FixedClock(testToday())).loadFull(caseId);
        QVERIFY(stored);
        QCOMPARE(stored->place, QStringLiteral("Cabinet dentaire, Marseille 6e"));
        auto* dashboard = window.findChild<QTreeView*>(QStringLiteral("dashboardView"));
        QTRY_VERIFY_WITH_TIMEOUT(!window.deadlinesPending(), 30000);
        QVERIFY(!dashboardHasOverdue(dashboard, caseId));

        // The complaint was received four months ago: the three-month session date is past.
        caseFile->showSection(CaseFileWidget::ProceduresSectionIndex);
        child<QPushButton>(*caseFile, "procedureAdd")->click();
        QVERIFY(choose(*caseFile, "eventKind", QStringLiteral("complaint_received")));
        child<OptionalDateEdit>(*caseFile, "eventDate")->setDateOrNull(testToday().addMonths(-4));
        child<QPushButton>(*caseFile, "eventAdd")->click();
        QVERIFY(caseFile->hasUnsavedChanges());
        QVERIFY(tabs->tabText(tabs->currentIndex()).endsWith(QLatin1Char('*')));

        auto* save = window.findChild<QAction*>(QStringLiteral("saveAction"));
        QVERIFY(save && save->isEnabled());
        save->trigger();
        QVERIFY(!caseFile->hasUnsavedChanges());
        QVERIFY(!tabs->tabText(tabs->currentIndex()).endsWith(QLatin1Char('*')));
        // The deadlines follow from the worker thread.
        QTRY_VERIFY_WITH_TIMEOUT(dashboardHasOverdue(dashboard, caseId), 30000);
    }
};

QTEST_MAIN(TestEndToEnd)
#include "TestEndToEnd.moc"
