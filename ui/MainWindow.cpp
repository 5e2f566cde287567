#include "MainWindow.h"

#include "casefile/CaseFileWidget.h"
#include "caselist/NextDeadlines.h"
#include "common/BuildInfo.h"
#include "common/Clock.h"
#include "documents/DocumentsPanel.h"
#include "documents/InstitutionsDialog.h"
#include "firstrun/FirstRunDialog.h"
#include "help/HelpDialog.h"
#include "intake/IntakeWizard.h"
#include "procedure/ProcedureService.h"
#include "shell/AssociationDialog.h"
#include "shell/CaseListModel.h"
#include "shell/DashboardModel.h"
#include "shell/ProfessionalDialog.h"
#include "shell/ProfessionalsModel.h"
#include "store/CaseSearch.h"
#include "store/Database.h"
#include "store/Repositories.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace saisine {

namespace {

// Shows the wait cursor for the lifetime of the object: anything that can take more than half a
// second on a large database (the engine over every open procedure, a reload) is wrapped in it.
class BusyCursor
{
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};

template <typename E>
void fillFilter(QComboBox* combo, const QString& anyLabel)
{
    combo->addItem(anyLabel, QString());
    for (E value : allValues<E>()) {
        combo->addItem(labelOf(value), keyOf(value));
    }
}

template <typename E>
std::optional<E> filterValue(const QComboBox* combo)
{
    return fromKey<E>(combo->currentData().toString());
}

// The search waits for a pause in typing, so a fast typist sends one query, not one per key.
constexpr int searchDelayMs = 250;

} // namespace

MainWindow::MainWindow(std::unique_ptr<Database> database, std::unique_ptr<Clock> clock, QWidget* parent)
    : QMainWindow(parent)
    , m_database(std::move(database))
    , m_clock(clock ? std::move(clock) : std::make_unique<SystemClock>())
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Saisine"));
    resize(1100, 700);

    auto law = law::LawTables::load(law::LawTables::overrideFileFor(m_database->path()));
    if (law) {
        m_law = std::move(law).value();
    }

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_dashboardPage = buildDashboardPage();
    m_caseListPage = buildCaseListPage();
    m_professionalsPage = buildProfessionalsPage();
    m_tabs->addTab(m_dashboardPage, tr("&Deadlines"));
    m_tabs->addTab(m_caseListPage, tr("&Cases"));
    m_tabs->addTab(m_professionalsPage, tr("&Professionals"));
    // The three main views stay; only the tabs of opened cases close.
    for (int i = 0; i < 3; ++i) {
        m_tabs->tabBar()->setTabButton(i, QTabBar::RightSide, nullptr);
        m_tabs->tabBar()->setTabButton(i, QTabBar::LeftSide, nullptr);
    }
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (index >= 3) {
            QWidget* page = m_tabs->widget(index);
            // Closing a case with unsaved edits asks first: Save, Discard or Cancel.
            if (auto* caseFile = qobject_cast<CaseFileWidget*>(page); caseFile && !caseFile->maybeSave()) {
                return;
            }
            m_tabs->removeTab(index);
            page->deleteLater();
        }
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_professionalsOutdated && m_tabs->currentWidget() == m_professionalsPage) {
            BusyCursor busy;
            reloadProfessionals();
        }
    });
    setCentralWidget(m_tabs);

    buildMenus();

    auto* pathLabel = new QLabel(tr("Database: %1").arg(QDir::toNativeSeparators(m_database->path())), statusBar());
    pathLabel->setObjectName(QStringLiteral("databasePathLabel"));
    statusBar()->addPermanentWidget(pathLabel);

    installCaseScreens();
    refresh();
    for (int column : {CaseListModel::ReferenceColumn, CaseListModel::PersonColumn, CaseListModel::ProfessionColumn,
                       CaseListModel::StatusColumn}) {
        m_caseView->resizeColumnToContents(column);
    }
    restoreSettings();
    updateActions();

    if (!law) {
        // Shown once the window exists, so that the caseworker sees what is missing and why.
        QTimer::singleShot(0, this,
                           [this, error = law.error()] { showError(tr("The law tables cannot be read"), error); });
    }
}

MainWindow::~MainWindow()
{
    // The worker reads through its own connection to the file: let it finish first.
    if (m_deadlineWorker) {
        m_deadlineWorker->wait();
    }
}

QWidget* MainWindow::buildDashboardPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("dashboardPage"));
    auto* layout = new QVBoxLayout(page);
    m_dashboardSummary = new QLabel(page);
    m_dashboardSummary->setObjectName(QStringLiteral("dashboardSummary"));
    // At the top even when it is alone on the page (the deadlines not computed yet).
    m_dashboardSummary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_dashboardSummary->setWordWrap(true);
    layout->addWidget(m_dashboardSummary);

    m_dashboardModel = new DashboardModel(this);
    m_dashboardView = new QTreeView(page);
    m_dashboardView->setObjectName(QStringLiteral("dashboardView"));
    m_dashboardView->setAccessibleName(tr("Deadlines dashboard"));
    m_dashboardView->setModel(m_dashboardModel);
    m_dashboardView->setUniformRowHeights(true);
    m_dashboardView->setAlternatingRowColors(true);
    m_dashboardView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_dashboardView->header()->setStretchLastSection(true);
    connect(m_dashboardView, &QTreeView::activated, this, [this](const QModelIndex& index) {
        const qint64 caseId = index.data(DashboardModel::CaseIdRole).toLongLong();
        if (caseId > 0) {
            openCase(caseId);
        }
    });
    connect(m_dashboardModel, &QAbstractItemModel::modelReset, m_dashboardView, [this] {
        m_dashboardView->expandAll();
        for (int column = 0; column < DashboardModel::NextActionColumn; ++column) {
            m_dashboardView->resizeColumnToContents(column);
        }
        // Authorities have long names; the next action, last, is what the caseworker came for.
        m_dashboardView->setColumnWidth(DashboardModel::RouteColumn,
                                        std::min(m_dashboardView->columnWidth(DashboardModel::RouteColumn), 320));
    });
    layout->addWidget(m_dashboardView);
    return page;
}

QWidget* MainWindow::buildCaseListPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("caseListPage"));
    auto* layout = new QVBoxLayout(page);
    auto* filters = new QHBoxLayout;

    m_searchEdit = new QLineEdit(page);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setAccessibleName(tr("Search cases"));
    m_searchEdit->setPlaceholderText(tr("Search: reference, person, professional"));
    m_searchEdit->setClearButtonEnabled(true);
    filters->addWidget(m_searchEdit, 2);

    m_statusFilter = new QComboBox(page);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->setAccessibleName(tr("Filter by status"));
    fillFilter<CaseStatus>(m_statusFilter, tr("All statuses"));
    filters->addWidget(m_statusFilter);

    m_professionFilter = new QComboBox(page);
    m_professionFilter->setObjectName(QStringLiteral("professionFilter"));
    m_professionFilter->setAccessibleName(tr("Filter by profession"));
    fillFilter<Profession>(m_professionFilter, tr("All professions"));
    filters->addWidget(m_professionFilter);

    m_routeFilter = new QComboBox(page);
    m_routeFilter->setObjectName(QStringLiteral("routeFilter"));
    m_routeFilter->setAccessibleName(tr("Filter by route"));
    fillFilter<Route>(m_routeFilter, tr("All routes"));
    filters->addWidget(m_routeFilter);

    m_overdueFilter = new QCheckBox(tr("&Overdue only"), page);
    m_overdueFilter->setObjectName(QStringLiteral("overdueFilter"));
    m_overdueFilter->setAccessibleName(tr("Only cases with an overdue deadline"));
    filters->addWidget(m_overdueFilter);
    layout->addLayout(filters);

    m_caseModel = new CaseListModel(*m_database, *m_clock, this);
    m_caseView = new QTableView(page);
    m_caseView->setObjectName(QStringLiteral("caseListView"));
    m_caseView->setAccessibleName(tr("Cases"));
    m_caseView->setModel(m_caseModel);
    m_caseView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_caseView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_caseView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_caseView->setAlternatingRowColors(true);
    m_caseView->verticalHeader()->hide();
    m_caseView->setWordWrap(false);
    m_caseView->horizontalHeader()->setStretchLastSection(true);
    m_caseView->horizontalHeader()->setSectionResizeMode(CaseListModel::ProfessionalsColumn, QHeaderView::Stretch);
    // The model sorts in SQL; the header only tells it which column and direction.
    m_caseView->setSortingEnabled(true);
    // The latest cases first: those a caseworker works on.
    m_caseView->sortByColumn(CaseListModel::ReferenceColumn, Qt::DescendingOrder);
    connect(m_caseView, &QTableView::activated, this, [this](const QModelIndex& index) {
        const qint64 caseId = index.data(CaseListModel::CaseIdRole).toLongLong();
        if (caseId > 0) {
            openCase(caseId);
        }
    });
    connect(m_caseModel, &CaseListModel::loadFailed, this, [this](const QString& message) {
        showError(tr("The case list cannot be read"), Error {message, {}, {}, {}});
    });
    connect(m_caseModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateCaseCount);
    layout->addWidget(m_caseView);

    m_caseCount = new QLabel(page);
    m_caseCount->setObjectName(QStringLiteral("caseCountLabel"));
    layout->addWidget(m_caseCount);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::applyCaseFilters);
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    // Enter in the search field does not wait for the pause.
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &MainWindow::applyCaseFilters);
    for (QComboBox* combo : {m_statusFilter, m_professionFilter, m_routeFilter}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &MainWindow::applyCaseFilters);
    }
    connect(m_overdueFilter, &QCheckBox::toggled, this, &MainWindow::applyCaseFilters);

    QWidget::setTabOrder(m_searchEdit, m_statusFilter);
    QWidget::setTabOrder(m_statusFilter, m_professionFilter);
    QWidget::setTabOrder(m_professionFilter, m_routeFilter);
    QWidget::setTabOrder(m_routeFilter, m_overdueFilter);
    QWidget::setTabOrder(m_overdueFilter, m_caseView);
    return page;
}

QWidget* MainWindow::buildProfessionalsPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("professionalsPage"));
    auto* layout = new QVBoxLayout(page);
    auto* help = new QLabel(
        tr("Every professional named in a case, with the number of the association's cases against them."), page);
    help->setWordWrap(true);
    layout->addWidget(help);

    m_professionalsModel = new ProfessionalsModel(this);
    m_professionalsProxy = new QSortFilterProxyModel(this);
    m_professionalsProxy->setSourceModel(m_professionalsModel);
    m_professionalsProxy->setSortRole(ProfessionalsModel::SortRole);
    m_professionalsProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_professionalsProxy->setSortLocaleAware(true);
    m_professionalsView = new QTableView(page);
    m_professionalsView->setObjectName(QStringLiteral("professionalsView"));
    m_professionalsView->setAccessibleName(tr("Professionals"));
    m_professionalsView->setModel(m_professionalsProxy);
    m_professionalsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_professionalsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_professionalsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_professionalsView->setAlternatingRowColors(true);
    m_professionalsView->verticalHeader()->hide();
    m_professionalsView->horizontalHeader()->setStretchLastSection(true);
    m_professionalsView->setSortingEnabled(true);
    m_professionalsView->sortByColumn(ProfessionalsModel::CasesColumn, Qt::DescendingOrder);
    connect(m_professionalsView, &QTableView::activated, this, &MainWindow::editCurrentProfessional);
    layout->addWidget(m_professionalsView);

    auto* buttons = new QHBoxLayout;
    auto* edit = new QPushButton(tr("&Edit professional…"), page);
    edit->setObjectName(QStringLiteral("editProfessionalButton"));
    edit->setAccessibleName(tr("Edit the selected professional"));
    connect(edit, &QPushButton::clicked, this, &MainWindow::editCurrentProfessional);
    buttons->addStretch();
    buttons->addWidget(edit);
    layout->addLayout(buttons);
    return page;
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_newCaseAction = file->addAction(tr("&New case…"), this, &MainWindow::newCase);
    m_newCaseAction->setObjectName(QStringLiteral("newCaseAction"));
    m_newCaseAction->setShortcut(QKeySequence::New);
    m_saveAction = file->addAction(tr("&Save"), this, &MainWindow::saveCurrentCase);
    m_saveAction->setObjectName(QStringLiteral("saveAction"));
    m_saveAction->setShortcut(QKeySequence::Save);
    file->addSeparator();
    QAction* profile = file->addAction(tr("&Association profile…"), this, &MainWindow::editAssociationProfile);
    profile->setObjectName(QStringLiteral("associationProfileAction"));
    QAction* institutions = file->addAction(tr("&Institutions directory…"), this, [this] {
        InstitutionsDialog dialog(*m_database, *m_clock, this);
        dialog.exec();
    });
    institutions->setObjectName(QStringLiteral("institutionsAction"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* search = edit->addAction(tr("&Search cases"), this, [this] {
        showView(View::Cases);
        m_searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchEdit->selectAll();
    });
    search->setObjectName(QStringLiteral("searchAction"));
    search->setShortcut(QKeySequence::Find);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* dashboard = view->addAction(tr("&Deadlines dashboard"), this, [this] { showView(View::Dashboard); });
    dashboard->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction* cases = view->addAction(tr("&Cases"), this, [this] { showView(View::Cases); });
    cases->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction* professionals = view->addAction(tr("&Professionals"), this, [this] { showView(View::Professionals); });
    professionals->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    view->addSeparator();
    QAction* next = view->addAction(tr("Ne&xt case"), this, [this] { showAdjacentCase(+1); });
    next->setObjectName(QStringLiteral("nextCaseAction"));
    next->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence(Qt::ALT | Qt::Key_Right)});
    QAction* previous = view->addAction(tr("P&revious case"), this, [this] { showAdjacentCase(-1); });
    previous->setObjectName(QStringLiteral("previousCaseAction"));
    previous->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_PageUp), QKeySequence(Qt::ALT | Qt::Key_Left)});
    view->addSeparator();
    QAction* reload = view->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    reload->setObjectName(QStringLiteral("refreshAction"));
    reload->setShortcut(QKeySequence::Refresh);
    view->addSeparator();
    buildLanguageMenu(view->addMenu(tr("&Language")));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(tr("&User guide"), this, [this] {
        HelpDialog dialog(this);
        dialog.exec();
    });
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    QAction* setup = help->addAction(tr("&First-time setup…"), this, &MainWindow::runFirstTimeSetup);
    setup->setObjectName(QStringLiteral("firstRunAction"));
    help->addSeparator();
    QAction* about = help->addAction(tr("&About Saisine"), this, [this] {
        QMessageBox::about(this, tr("About Saisine"),
                           QStringLiteral("<p><b>Saisine</b></p><p>%1</p><p>%2</p>")
                               .arg(tr("Follows complaints about discriminatory refusal of care (art. L1110-3 "
                                       "of the Code de la santé publique)."),
                                    BuildInfo::current().describe().toHtmlEscaped().replace(QLatin1Char('\n'),
                                                                                            QLatin1String("<br>"))));
    });
    about->setObjectName(QStringLiteral("aboutAction"));
}

void MainWindow::buildLanguageMenu(QMenu* menu)
{
    // The language follows the system unless the caseworker chooses one; Qt loads translations
    // at start, so the choice applies at the next start.
    auto* group = new QActionGroup(menu);
    const QString current = QSettings().value(QStringLiteral("language")).toString();
    const std::pair<QString, QString> choices[] = {
        {QString(), tr("As the &system")},
        {QStringLiteral("fr"), QStringLiteral("&Français")},
        {QStringLiteral("en"), QStringLiteral("&English")},
    };
    for (const auto& [code, label] : choices) {
        QAction* action = menu->addAction(label);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setObjectName(QStringLiteral("languageAction_") + (code.isEmpty() ? QStringLiteral("system") : code));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            QSettings().setValue(QStringLiteral("language"), code);
            QMessageBox::information(this, tr("Language"),
                                     tr("The new language applies at the next start of Saisine."));
        });
    }
}

void MainWindow::runFirstTimeSetup()
{
    QSettings settings;
    FirstRunDialog dialog(FirstRunDialog::chosenDatabasePath(settings), this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    FirstRunDialog::remember(settings, dialog.databasePath());
    if (QFileInfo(dialog.databasePath()) != QFileInfo(m_database->path())) {
        QMessageBox::information(
            this, tr("First-time setup"),
            tr("Saisine will open %1 at its next start.").arg(QDir::toNativeSeparators(dialog.databasePath())));
    }
    editAssociationProfile();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    const int lastView = settings.value(QStringLiteral("mainWindow/lastView"), 0).toInt();
    m_tabs->setCurrentIndex(lastView >= 0 && lastView < 3 ? lastView : 0);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    for (int i = 3; i < m_tabs->count(); ++i) {
        auto* caseFile = qobject_cast<CaseFileWidget*>(m_tabs->widget(i));
        if (caseFile && caseFile->hasUnsavedChanges()) {
            m_tabs->setCurrentIndex(i);
            if (!caseFile->maybeSave()) {
                event->ignore();
                return;
            }
        }
    }
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    const int current = m_tabs->currentIndex();
    settings.setValue(QStringLiteral("mainWindow/lastView"), current < 3 ? current : 1);
    event->accept();
}

void MainWindow::installCaseScreens()
{
    // Both screens need the law tables (routes, deadlines); without them cases are only listed.
    if (!m_law) {
        return;
    }
    setCaseWidgetFactory([this](qint64 caseId, QWidget* parent) -> QWidget* {
        auto* caseFile = new CaseFileWidget(*m_database, *m_law, *m_clock, parent);
        if (Status opened = caseFile->openCase(caseId); !opened) {
            showError(tr("The case cannot be opened"), opened.error());
            delete caseFile;
            return nullptr;
        }
        // Letters and mandates of the case, as a section of its file.
        auto* documents = new DocumentsPanel(*m_database, *m_law, *m_clock, caseFile);
        documents->setObjectName(QStringLiteral("documentsPanel"));
        if (Status loaded = documents->openCase(caseId); !loaded) {
            showError(tr("The documents of the case cannot be read"), loaded.error());
        }
        caseFile->addSection(tr("Documents"), documents);
        connect(caseFile, &CaseFileWidget::caseSaved, this, &MainWindow::refresh);
        connect(caseFile, &CaseFileWidget::unsavedChangesChanged, this, [this, caseFile](bool unsaved) {
            const int index = m_tabs->indexOf(caseFile);
            if (index >= 0) {
                QString title = m_tabs->tabText(index);
                title.remove(QLatin1Char('*'));
                m_tabs->setTabText(index, unsaved ? title + QLatin1Char('*') : title);
            }
        });
        return caseFile;
    });
    setNewCaseHandler([this](QWidget* parent) -> std::optional<qint64> {
        IntakeWizard wizard(*m_database, *m_law, *m_clock, parent);
        std::optional<qint64> created;
        connect(&wizard, &IntakeWizard::caseCreated, this, [&created](qint64 caseId) { created = caseId; });
        wizard.exec();
        return created;
    });
}

void MainWindow::setCaseWidgetFactory(CaseWidgetFactory factory)
{
    m_caseWidgetFactory = std::move(factory);
}

void MainWindow::setNewCaseHandler(NewCaseHandler handler)
{
    m_newCaseHandler = std::move(handler);
    updateActions();
}

void MainWindow::showView(View view)
{
    switch (view) {
    case View::Dashboard:
        m_tabs->setCurrentWidget(m_dashboardPage);
        break;
    case View::Cases:
        m_tabs->setCurrentWidget(m_caseListPage);
        break;
    case View::Professionals:
        m_tabs->setCurrentWidget(m_professionalsPage);
        break;
    }
}

void MainWindow::newCase()
{
    if (!m_newCaseHandler) {
        return;
    }
    const std::optional<qint64> created = m_newCaseHandler(this);
    if (created) {
        refresh();
        openCase(*created);
    }
}

void MainWindow::openCase(qint64 caseId)
{
    if (m_caseWidgetFactory) {
        if (const int existing = caseTabIndex(caseId); existing >= 0) {
            m_tabs->setCurrentIndex(existing);
            emit caseOpened(caseId);
            return;
        }
        auto found = CaseRepository(*m_database, *m_clock).get(caseId);
        if (!found) {
            showError(tr("The case cannot be opened"), found.error());
            return;
        }
        QWidget* widget = m_caseWidgetFactory(caseId, m_tabs);
        if (!widget) {
            return;
        }
        widget->setProperty("saisineCaseId", caseId);
        m_tabs->setCurrentIndex(m_tabs->addTab(widget, found->reference));
        emit caseOpened(caseId);
        return;
    }

    // Until the case file is wired in, opening a case shows it in the list.
    int row = m_caseModel->rowOfCase(caseId);
    if (row < 0) {
        // The filters hide it: show every case rather than nothing.
        CaseListQuery everything;
        everything.sortColumn = m_caseModel->query().sortColumn;
        everything.descending = m_caseModel->query().descending;
        const QSignalBlocker blockSearch(m_searchEdit);
        const QSignalBlocker blockStatus(m_statusFilter);
        const QSignalBlocker blockProfession(m_professionFilter);
        const QSignalBlocker blockRoute(m_routeFilter);
        const QSignalBlocker blockOverdue(m_overdueFilter);
        m_searchEdit->clear();
        m_statusFilter->setCurrentIndex(0);
        m_professionFilter->setCurrentIndex(0);
        m_routeFilter->setCurrentIndex(0);
        m_overdueFilter->setChecked(false);
        if (Status loaded = m_caseModel->setQuery(everything); !loaded) {
            showError(tr("The case list cannot be read"), loaded.error());
            return;
        }
        row = m_caseModel->rowOfCase(caseId);
    }
    if (row < 0) {
        showError(tr("The case cannot be opened"), Error {tr("This case no longer exists."), {}, {}, {}});
        return;
    }
    showView(View::Cases);
    const QModelIndex index = m_caseModel->index(row, CaseListModel::ReferenceColumn);
    m_caseView->setCurrentIndex(index);
    m_caseView->scrollTo(index);
    m_caseView->setFocus(Qt::OtherFocusReason);
    emit caseOpened(caseId);
}

void MainWindow::refresh()
{
    BusyCursor busy;
    // The case list is read at once (an indexed query for one page); the directory when it is
    // shown; the deadlines follow from a worker.
    reloadCaseList();
    m_professionalsOutdated = true;
    if (m_tabs->currentWidget() == m_professionalsPage) {
        reloadProfessionals();
    }
    computeDeadlines();
}

void MainWindow::reloadProfessionals()
{
    // Every professional with their case count: 55,000 rows in a federation's database, too many
    // to read before the first screen, or each time a case is saved while the directory is hidden.
    m_professionalsOutdated = false;
    auto professionals = ProfessionalDirectory(*m_database).all();
    if (professionals) {
        m_professionalsModel->setProfessionals(*professionals);
        m_professionalsView->resizeColumnsToContents();
    } else {
        showError(tr("The professionals cannot be read"), professionals.error());
    }
}

void MainWindow::reloadCaseList()
{
    const qint64 selected = currentCaseIdInList();
    if (Status loaded = m_caseModel->reload(); !loaded) {
        showError(tr("The case list cannot be read"), loaded.error());
    }
    if (selected > 0) {
        if (const int row = m_caseModel->rowOfCase(selected); row >= 0) {
            m_caseView->setCurrentIndex(m_caseModel->index(row, CaseListModel::ReferenceColumn));
        }
    }
}

void MainWindow::computeDeadlines()
{
    if (!m_law) {
        m_dashboardSummary->setText(tr("The deadlines cannot be computed without the law tables."));
        return;
    }
    if (m_deadlineWorker) {
        // One computation at a time; the one running started before this change, so another
        // follows it.
        m_deadlinesOutdated = true;
        return;
    }
    statusBar()->showMessage(tr("Computing the deadlines…"));
    if (!m_deadlinesShown) {
        // Empty groups would read "Overdue (0)" until the first answer: hidden until then.
        m_dashboardSummary->setText(tr("Computing the deadlines…"));
        m_dashboardView->setVisible(false);
    }
    // The engine runs over every open procedure (seconds at 100,000 cases): in a worker thread
    // with its own read-only connection, so the window answers meanwhile. The first run also
    // checks every page of the file, which opening left for later (Database::IntegrityCheck).
    const bool verify = !m_database->everyPageChecked() && !m_integrityVerified;
    auto computed = std::make_shared<DeadlinesComputed>();
    m_deadlineWorker = QThread::create([computed, location = DatabaseLocation::file(m_database->path()),
                                        tables = *m_law, now = m_clock->now(),
                                        verify] { *computed = computeDeadlinesApart(location, tables, now, verify); });
    m_deadlineWorker->setParent(this);
    connect(m_deadlineWorker, &QThread::finished, this, [this, computed] { showDeadlines(*computed); });
    m_deadlineWorker->start();
}

void MainWindow::showDeadlines(const DeadlinesComputed& computed)
{
    m_deadlineWorker->deleteLater();
    m_deadlineWorker = nullptr;
    statusBar()->clearMessage();
    if (computed.integrity) {
        m_integrityVerified = true;
        const Result<QStringList>& problems = *computed.integrity;
        if (!problems) {
            showError(tr("The database could not be checked"), problems.error());
        } else if (!problems->isEmpty()) {
            const Error damaged {tr("The database file is damaged. To protect what it holds, nothing more will be "
                                    "saved in it: close Saisine and restore a backup."),
                                 problems->join(QLatin1Char('\n')),
                                 QDir::toNativeSeparators(m_database->path()),
                                 {}};
            m_database->refuseWrites(damaged);
            m_dashboardSummary->setText(damaged.message);
            m_deadlinesShown = true;
            m_deadlinesOutdated = false;
            emit deadlinesRefreshed();
            showError(tr("The database file is damaged"), damaged);
            return;
        }
    }
    if (computed.followUps && *computed.followUps) {
        const QList<ProcedureFollowUp>& followUps = **computed.followUps;
        m_dashboardModel->setFollowUps(followUps);
        const auto& overdue = m_dashboardModel->lines(DashboardModel::OverdueGroup);
        const auto& week = m_dashboardModel->lines(DashboardModel::ThisWeekGroup);
        m_dashboardSummary->setText(tr("Deadlines as of %1: %2 overdue, %3 due this week.")
                                        .arg(QLocale().toString(m_clock->today(), QLocale::LongFormat))
                                        .arg(overdue.size())
                                        .arg(week.size()));
        // The case list shows, sorts and filters on each case's next deadline, kept in the
        // database: written here, on the window's own connection, then shown.
        auto stored = storeNextDeadlines(*m_database, *m_clock, followUps);
        if (!stored) {
            showError(tr("The deadlines cannot be computed"), stored.error());
        } else if (*stored > 0) {
            reloadCaseList();
        }
    } else if (computed.followUps) {
        showError(tr("The deadlines cannot be computed"), computed.followUps->error());
    }
    m_deadlinesShown = true;
    m_dashboardView->setVisible(true);
    if (m_deadlinesOutdated) {
        m_deadlinesOutdated = false;
        computeDeadlines();
        return;
    }
    emit deadlinesRefreshed();
}

void MainWindow::applyCaseFilters()
{
    m_searchTimer->stop();
    CaseListQuery query = m_caseModel->query();
    query.text = m_searchEdit->text();
    query.status = filterValue<CaseStatus>(m_statusFilter);
    query.profession = filterValue<Profession>(m_professionFilter);
    query.route = filterValue<Route>(m_routeFilter);
    query.overdueOnly = m_overdueFilter->isChecked();
    if (Status loaded = m_caseModel->setQuery(query); !loaded) {
        showError(tr("The case list cannot be read"), loaded.error());
    }
}

void MainWindow::updateCaseCount()
{
    m_caseCount->setText(tr("%n case(s)", nullptr, m_caseModel->totalCount()));
}

qint64 MainWindow::currentCaseIdInList() const
{
    return m_caseModel->caseIdAt(m_caseView->currentIndex().row());
}

int MainWindow::caseTabIndex(qint64 caseId) const
{
    for (int i = 3; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->property("saisineCaseId").toLongLong() == caseId) {
            return i;
        }
    }
    return -1;
}

void MainWindow::showAdjacentCase(int step)
{
    int row = m_caseView->currentIndex().row();
    // From an opened case, start from that case's line.
    const QVariant openedId = m_tabs->currentWidget()->property("saisineCaseId");
    if (openedId.isValid()) {
        row = m_caseModel->rowOfCase(openedId.toLongLong());
    }
    int target = row < 0 ? 0 : row + step;
    if (target >= m_caseModel->rowCount() && m_caseModel->canFetchMore({})) {
        m_caseModel->fetchMore({});
    }
    if (target < 0 || target >= m_caseModel->rowCount()) {
        return;
    }
    openCase(m_caseModel->caseIdAt(target));
}

void MainWindow::saveCurrentCase()
{
    QWidget* page = m_tabs->currentWidget();
    if (!page->property("saisineCaseId").isValid()) {
        return;
    }
    if (auto* caseFile = qobject_cast<CaseFileWidget*>(page)) {
        // A refused save names the field on the case file itself; a successful one emits
        // caseSaved, which refreshes the lists and the dashboard.
        (void)caseFile->save();
        return;
    }
    bool saved = false;
    if (QMetaObject::invokeMethod(page, "save", Q_RETURN_ARG(bool, saved)) && saved) {
        refresh();
    }
}

void MainWindow::updateActions()
{
    m_newCaseAction->setEnabled(bool(m_newCaseHandler));
    QWidget* page = m_tabs->currentWidget();
    const bool caseTab = page && page->property("saisineCaseId").isValid()
        && (qobject_cast<CaseFileWidget*>(page) || page->metaObject()->indexOfMethod("save()") >= 0);
    m_saveAction->setEnabled(caseTab);
}

void MainWindow::editCurrentProfessional()
{
    const QModelIndex index = m_professionalsView->currentIndex();
    if (!index.isValid()) {
        return;
    }
    const ProfessionalSummary* summary = m_professionalsModel->at(m_professionalsProxy->mapToSource(index).row());
    if (!summary) {
        return;
    }
    ProfessionalDialog dialog(*m_database, summary->professional, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
    }
}

void MainWindow::editAssociationProfile()
{
    auto profile = AssociationRepository(*m_database).load();
    if (!profile) {
        showError(tr("The association profile cannot be read"), profile.error());
        return;
    }
    AssociationDialog dialog(*m_database, *profile, this);
    dialog.exec();
}

void MainWindow::showError(const QString& title, const Error& error)
{
    QMessageBox box(QMessageBox::Warning, title, error.message, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("errorMessage"));
    if (!error.detail.isEmpty()) {
        box.setDetailedText(error.detail);
    }
    box.exec();
}

} // namespace saisine
