#include "MainWindow.h"
#include "TestSupport.h"
#include "casefile/CaseFileWidget.h"
#include "shell/CaseListModel.h"
#include "shell/DashboardModel.h"
#include "store/Database.h"
#include "store/Repositories.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QtTest>

using namespace saisine;
using namespace saisine::test;

// The main window under the offscreen platform, driven by objectName.
// The deadlines are computed in a worker thread; a debug build on a busy machine may need time.
constexpr int deadlineWaitMs = 30000;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;

    struct Fixture
    {
        TemporaryDatabase tmp;
        FixedClock clock {testToday()};
        qint64 overdueCase = 0;
        qint64 otherCase = 0;

        Fixture()
        {
            PersonRepository persons(tmp.db(), clock);
            ProfessionalRepository professionals(tmp.db());
            Person martin = samplePerson(QStringLiteral("Martin"));
            Person lefevre = samplePerson(QStringLiteral("Lefèvre"));
            Professional durand = sampleProfessional(QStringLiteral("Durand"));
            QVERIFY(persons.insert(martin).ok());
            QVERIFY(persons.insert(lefevre).ok());
            QVERIFY(professionals.insert(durand).ok());
            CaseRepository cases(tmp.db(), clock);
            Case first = sampleCase(martin.id, durand.id);
            Case second = sampleCase(lefevre.id, durand.id);
            QVERIFY(cases.insert(first).ok());
            QVERIFY(cases.insert(second).ok());
            overdueCase = second.id;
            otherCase = first.id;

            // Received more than 3 months before testToday(): the session deadline has passed.
            Procedure conciliation;
            conciliation.caseId = overdueCase;
            conciliation.route = Route::Conciliation;
            conciliation.authorityKind = AuthorityKind::Cpam;
            conciliation.authorityName = QStringLiteral("CPAM du Rhône");
            ProcedureEvent received;
            received.kind = ProcedureEventKind::ComplaintReceived;
            received.date = testToday().addMonths(-4);
            conciliation.events = {received};
            const Status inserted = ProcedureRepository(tmp.db()).insert(conciliation);
            QVERIFY2(inserted.ok(), inserted.ok() ? "" : qPrintable(inserted.error().toLine()));
        }

        std::unique_ptr<MainWindow> window()
        {
            auto reopened = Database::open(DatabaseLocation::file(tmp.path()));
            if (!reopened) {
                return nullptr;
            }
            return std::make_unique<MainWindow>(std::move(reopened).value(), std::make_unique<FixedClock>(testToday()));
        }
    };

    // The child index of the dashboard line for `caseId` in `group`, if any.
    static QModelIndex dashboardLine(QAbstractItemModel* model, int group, qint64 caseId)
    {
        const QModelIndex parent = model->index(group, 0);
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex line = model->index(row, 0, parent);
            if (line.data(DashboardModel::CaseIdRole).toLongLong() == caseId) {
                return line;
            }
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        // Window geometry and last view go to a throwaway folder, never the developer's.
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    }

    void dashboardShowsAnOverdueSession()
    {
        Fixture f;
        auto window = f.window();
        QVERIFY(window);
        window->show();
        auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("mainTabs"));
        QVERIFY(tabs);
        QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("dashboardPage"));
        auto* view = window->findChild<QTreeView*>(QStringLiteral("dashboardView"));
        QVERIFY(view);
        // Computed in a worker thread: the window is up before.
        auto* summary = window->findChild<QLabel*>(QStringLiteral("dashboardSummary"));
        QVERIFY(window->deadlinesPending());
        QCOMPARE(summary->text(), QStringLiteral("Computing the deadlines…"));
        QTRY_VERIFY_WITH_TIMEOUT(!window->deadlinesPending(), deadlineWaitMs);
        const QModelIndex line = dashboardLine(view->model(), DashboardModel::OverdueGroup, f.overdueCase);
        QVERIFY(line.isValid());
        QCOMPARE(line.siblingAtColumn(DashboardModel::CaseColumn).data().toString(), QStringLiteral("2026-0002"));
        QVERIFY(!dashboardLine(view->model(), DashboardModel::OverdueGroup, f.otherCase).isValid());
        // The engine's next action is on the line.
        QVERIFY(!line.siblingAtColumn(DashboardModel::NextActionColumn).data().toString().isEmpty());
        QVERIFY(summary->text().contains(QStringLiteral("overdue")));
        // The case list shows the next deadline the worker computed.
        auto* list = window->findChild<QTableView*>(QStringLiteral("caseListView"));
        const int row = qobject_cast<CaseListModel*>(list->model())->rowOfCase(f.overdueCase);
        QVERIFY(row >= 0);
        QVERIFY(!list->model()->index(row, CaseListModel::NextDeadlineColumn).data().toString().isEmpty());
    }

    // Opening checks only the header; the worker then checks every page, and a damaged file is
    // reported and written no more.
    void aDamagedFileFoundAfterOpeningStopsEveryWrite()
    {
        Fixture f;
        const QString path = f.tmp.path();
        // The persons' table, which the window does not read to show its first screen.
        int pageSize = 0;
        int personPage = 0;
        {
            QSqlQuery query(f.tmp.db().connection());
            QVERIFY(query.exec(QStringLiteral("PRAGMA page_size")) && query.next());
            pageSize = query.value(0).toInt();
            QVERIFY(query.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'person'"))
                    && query.next());
            personPage = query.value(0).toInt();
        }
        f.tmp.close();
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(qint64(personPage - 1) * pageSize));
            QCOMPARE(file.write(QByteArray(16, '\xff')), qint64(16));
        }
        auto db = Database::open(DatabaseLocation::file(path), Database::OpenMode::CreateIfMissing,
                                 Database::IntegrityCheck::Deferred);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toLine()));
        MainWindow window(std::move(db).value(), std::make_unique<FixedClock>(testToday()));
        window.show();
        QString shown;
        QTimer closer;
        connect(&closer, &QTimer::timeout, &window, [&shown] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                shown = box->text();
                box->accept();
            }
        });
        closer.start(20);
        QTRY_VERIFY_WITH_TIMEOUT(!window.deadlinesPending(), deadlineWaitMs);
        QTRY_VERIFY(!shown.isEmpty());
        QVERIFY2(shown.contains(QStringLiteral("damaged")), qPrintable(shown));
        QVERIFY(window.database().refusesWrites());
        FixedClock clock(testToday());
        Person late = samplePerson(QStringLiteral("Tardif"));
        QVERIFY(!PersonRepository(window.database(), clock).insert(late).ok());
    }

    void typingInTheSearchFieldFiltersTheList()
    {
        Fixture f;
        auto window = f.window();
        QVERIFY(window);
        window->show();
        window->showView(MainWindow::View::Cases);
        auto* search = window->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
        auto* list = window->findChild<QTableView*>(QStringLiteral("caseListView"));
        QVERIFY(search && list);
        QCOMPARE(list->model()->rowCount(), 2);
        QTest::keyClicks(search, QStringLiteral("lefe"));
        QTRY_COMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->model()->index(0, 0).data(CaseListModel::CaseIdRole).toLongLong(), f.overdueCase);
        search->clear();
        QTRY_COMPARE(list->model()->rowCount(), 2);
    }

    void activatingADashboardLineOpensItsCase()
    {
        Fixture f;
        auto window = f.window();
        QVERIFY(window);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(!window->deadlinesPending(), deadlineWaitMs);
        auto* view = window->findChild<QTreeView*>(QStringLiteral("dashboardView"));
        const QModelIndex line = dashboardLine(view->model(), DashboardModel::OverdueGroup, f.overdueCase);
        QVERIFY(line.isValid());
        QSignalSpy opened(window.get(), &MainWindow::caseOpened);
        view->setFocus();
        view->setCurrentIndex(line);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).toLongLong(), f.overdueCase);
        // The case opens in its own tab, in the case file.
        auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("mainTabs"));
        auto* caseFile = qobject_cast<CaseFileWidget*>(tabs->currentWidget());
        QVERIFY(caseFile);
        QCOMPARE(caseFile->caseId(), f.overdueCase);
    }

    void opensCasesInTabsThroughTheFactoryAndMovesBetweenThem()
    {
        Fixture f;
        auto window = f.window();
        QVERIFY(window);
        window->show();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QList<qint64> built;
        window->setCaseWidgetFactory([&built](qint64 caseId, QWidget* parent) {
            built.append(caseId);
            auto* widget = new QLabel(QString::number(caseId), parent);
            widget->setObjectName(QStringLiteral("caseWidget%1").arg(caseId));
            return widget;
        });
        auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("mainTabs"));
        window->openCase(f.overdueCase);
        QCOMPARE(built, QList<qint64>({f.overdueCase}));
        QCOMPARE(tabs->count(), 4);
        QCOMPARE(tabs->tabText(3), QStringLiteral("2026-0002"));
        // Opening it again raises the same tab.
        window->showView(MainWindow::View::Dashboard);
        window->openCase(f.overdueCase);
        QCOMPARE(tabs->count(), 4);
        QCOMPARE(tabs->currentIndex(), 3);
        // Next case (Ctrl+PgDown) from an opened case opens the following one in the list, which
        // shows the latest cases first.
        QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | Qt::Key_PageDown));
        QCOMPARE(built, QList<qint64>({f.overdueCase, f.otherCase}));
        QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("caseWidget%1").arg(f.otherCase));
        QTest::keySequence(window.get(), QKeySequence(Qt::ALT | Qt::Key_Left));
        QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("caseWidget%1").arg(f.overdueCase));
        QCOMPARE(tabs->count(), 5);
    }

    void remembersTheLastView()
    {
        Fixture f;
        {
            auto window = f.window();
            QVERIFY(window);
            window->show();
            window->showView(MainWindow::View::Professionals);
            window->close();
        }
        auto window = f.window();
        QVERIFY(window);
        auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("mainTabs"));
        QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("professionalsPage"));
        auto* professionals = window->findChild<QTableView*>(QStringLiteral("professionalsView"));
        QCOMPARE(professionals->model()->rowCount(), 1);
        QCOMPARE(professionals->model()->index(0, 5).data().toInt(), 2);
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
