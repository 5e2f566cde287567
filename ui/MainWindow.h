#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "procedure/LawTables.h"

#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QModelIndex;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QThread;
class QTimer;
class QTreeView;

namespace saisine {

class CaseListModel;
class Database;
class DashboardModel;
struct DeadlinesComputed;
class ProfessionalsModel;

// The caseworker's desktop: the deadlines dashboard (start screen), the case list with its
// filters and search, the directory of professionals, and one tab per opened case.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum class View { Dashboard, Cases, Professionals };

    // `clock` defaults to the system clock; tests pass a fixed one.
    explicit MainWindow(std::unique_ptr<Database> database, std::unique_ptr<Clock> clock = {},
                        QWidget* parent = nullptr);
    ~MainWindow() override;

    // Integration points. The factory builds the widget that edits one case (CaseFileWidget);
    // if that widget has a slot or Q_INVOKABLE `bool save()`, File > Save calls it. The handler
    // runs the intake (IntakeWizard) and returns the id of the case it created, if any. Until
    // they are set, openCase() shows the case in the list and New case is disabled.
    using CaseWidgetFactory = std::function<QWidget*(qint64 caseId, QWidget* parent)>;
    using NewCaseHandler = std::function<std::optional<qint64>(QWidget* parent)>;
    void setCaseWidgetFactory(CaseWidgetFactory factory);
    void setNewCaseHandler(NewCaseHandler handler);

    void showView(View view);
    Database& database() { return *m_database; }
    const Clock& clock() const { return *m_clock; }
    // The law tables read at start; nullptr when they could not be read (an error was shown).
    const law::LawTables* lawTables() const { return m_law ? &*m_law : nullptr; }

public slots:
    void newCase();
    void editAssociationProfile();
    // Help > First-time setup: the database place and the association profile again.
    void runFirstTimeSetup();
    void openCase(qint64 caseId);
    // Reloads the case list and the directory after a change, and computes the deadlines again
    // (in the background: deadlinesRefreshed() says when the dashboard shows them).
    void refresh();

public:
    // True while the deadlines are being computed, or will be again.
    bool deadlinesPending() const { return m_deadlineWorker != nullptr || m_deadlinesOutdated; }

signals:
    // After openCase() has shown the case (in its tab, or selected in the list).
    void caseOpened(qint64 caseId);
    // The dashboard and the case list show the deadlines as of the last change.
    void deadlinesRefreshed();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* buildDashboardPage();
    QWidget* buildCaseListPage();
    QWidget* buildProfessionalsPage();
    void buildMenus();
    void buildLanguageMenu(QMenu* menu);
    // Wires the case file and the intake wizard as the factory and the new-case handler.
    void installCaseScreens();
    void restoreSettings();

    void reloadCaseList();
    void reloadProfessionals();
    void computeDeadlines();
    void showDeadlines(const DeadlinesComputed& computed);
    void applyCaseFilters();
    void showAdjacentCase(int step);
    void saveCurrentCase();
    void editCurrentProfessional();
    void updateCaseCount();
    void updateActions();
    void showError(const QString& title, const Error& error);
    qint64 currentCaseIdInList() const;
    int caseTabIndex(qint64 caseId) const;

    std::unique_ptr<Database> m_database;
    std::unique_ptr<Clock> m_clock;
    std::optional<law::LawTables> m_law;
    CaseWidgetFactory m_caseWidgetFactory;
    NewCaseHandler m_newCaseHandler;

    QTabWidget* m_tabs = nullptr;
    QWidget* m_dashboardPage = nullptr;
    QWidget* m_caseListPage = nullptr;
    QWidget* m_professionalsPage = nullptr;

    DashboardModel* m_dashboardModel = nullptr;
    QTreeView* m_dashboardView = nullptr;
    QLabel* m_dashboardSummary = nullptr;

    CaseListModel* m_caseModel = nullptr;
    QTableView* m_caseView = nullptr;
    QLineEdit* m_searchEdit = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QComboBox* m_professionFilter = nullptr;
    QComboBox* m_routeFilter = nullptr;
    QCheckBox* m_overdueFilter = nullptr;
    QLabel* m_caseCount = nullptr;
    QTimer* m_searchTimer = nullptr;

    ProfessionalsModel* m_professionalsModel = nullptr;
    QSortFilterProxyModel* m_professionalsProxy = nullptr;
    QTableView* m_professionalsView = nullptr;

    QAction* m_newCaseAction = nullptr;
    QAction* m_saveAction = nullptr;

    QThread* m_deadlineWorker = nullptr; // the computation under way, if any
    bool m_deadlinesOutdated = false; // something changed since the computation under way began
    bool m_deadlinesShown = false;
    bool m_integrityVerified = false;
    bool m_professionalsOutdated = true; // read again when the directory is next shown
};

} // namespace saisine
