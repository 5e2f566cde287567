#include "MainWindow.h"
#include "casefile/CaseFileWidget.h"
#include "common/BuildInfo.h"
#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "firstrun/FirstRunDialog.h"
#include "intake/IntakeWizard.h"
#include "store/Database.h"
#include "store/Repositories.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <algorithm>
#include <functional>
#include <memory>

using namespace saisine;

namespace {

constexpr int demoCases = 200;
constexpr quint32 demoSeed = 1;

// Fills a fresh database with fictional cases dated around today, behind a progress dialog
// (generating takes a second or two).
Status fillWithDemo(Database& db)
{
    QProgressDialog progress(QApplication::translate("main", "Creating the demonstration cases…"), QString(), 0, 0);
    progress.setWindowTitle(QApplication::translate("main", "Saisine"));
    progress.setMinimumDuration(0);
    progress.setValue(0);
    progress.show();
    QApplication::processEvents();
    DemoOptions options;
    options.cases = demoCases;
    options.seed = demoSeed;
    options.asOf = SystemClock().today();
    auto summary = DemoGenerator::generate(db, options);
    if (!summary) {
        return summary.error();
    }
    return {};
}

// Saves an image of each main view into `folder` (dashboard.png, cases.png,
// professionals.png, the case file's sections and the intake wizard's first page): for the
// documentation and the user guide, from the real window.
bool saveScreenshots(MainWindow& window, const QString& folder)
{
    if (!QDir().mkpath(folder)) {
        return false;
    }
    const QDir out(folder);
    auto grab = [&out](QWidget& widget, const char* name) {
        QApplication::processEvents();
        return widget.grab().save(out.filePath(QString::fromLatin1(name)));
    };
    const std::pair<MainWindow::View, const char*> views[] = {
        {MainWindow::View::Dashboard, "dashboard.png"},
        {MainWindow::View::Cases, "cases.png"},
        {MainWindow::View::Professionals, "professionals.png"},
    };
    bool ok = true;
    for (const auto& [view, name] : views) {
        window.showView(view);
        ok = grab(window, name) && ok;
    }

    // The case file of the first case with a conciliation under way: its richest sections.
    auto open = ProcedureRepository(window.database()).allOpen();
    if (!open) {
        return false;
    }
    const auto conciliation =
        std::find_if(open->cbegin(), open->cend(), [](const Procedure& p) { return p.route == Route::Conciliation; });
    if (conciliation != open->cend()) {
        window.openCase(conciliation->caseId);
        if (auto* caseFile = window.findChild<CaseFileWidget*>()) {
            const std::pair<int, const char*> sections[] = {
                {CaseFileWidget::PersonSection, "casefile-person.png"},
                {CaseFileWidget::FactsSection, "casefile-facts.png"},
                {CaseFileWidget::ProceduresSectionIndex, "casefile-procedures.png"},
                {CaseFileWidget::MandatesSection, "casefile-mandates.png"},
                {CaseFileWidget::NotesSection + 1, "casefile-documents.png"}, // added by the main window
            };
            for (const auto& [section, name] : sections) {
                caseFile->showSection(section);
                ok = grab(window, name) && ok;
            }
        }
    }

    // The intake wizard's first page, as a caseworker sees it at a permanence.
    if (const law::LawTables* law = window.lawTables()) {
        IntakeWizard wizard(window.database(), *law, window.clock(), &window);
        wizard.show();
        ok = grab(wizard, "intake-person.png") && ok;
        wizard.hide();
    }
    return ok;
}

} // namespace

int main(int argc, char* argv[])
{
    // --version answers without a display (packaging checks, support requests over the phone).
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--version") == 0 || qstrcmp(argv[i], "-v") == 0) {
            QCoreApplication core(argc, argv);
            QTextStream(stdout) << BuildInfo::current().describe() << Qt::endl;
            return 0;
        }
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("saisine"));
    QApplication::setApplicationDisplayName(QStringLiteral("Saisine"));
    QApplication::setOrganizationName(QStringLiteral("Saisine"));
    QApplication::setApplicationVersion(QStringLiteral(SAISINE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.saisine.Saisine"));
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256}) {
        icon.addFile(QStringLiteral(":/icons/saisine-%1.png").arg(size), QSize(size, size));
    }
    QApplication::setWindowIcon(icon);

    // The language follows the system unless one was chosen in View > Language.
    QSettings settings;
    const QString language = settings.value(QStringLiteral("language")).toString();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale); // dates and numbers the French way in French

    QTranslator qtTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(&qtTranslator);
    }
    QTranslator translator;
    // Other languages get the English file, which holds the plural forms ("1 case", "8 cases").
    if (translator.load(locale, QStringLiteral("saisine"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator.load(QStringLiteral("saisine_en"), QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(&translator);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Cases of discriminatory refusal of care"));
    parser.addHelpOption();
    // Answered before the application starts (above); listed here so that --help shows it.
    parser.addOption(QCommandLineOption({QStringLiteral("v"), QStringLiteral("version")},
                                        QApplication::translate("main", "Show the version and exit.")));
    QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("main", "Open the database FILE."),
                                QStringLiteral("FILE"));
    parser.addOption(dbOption);
    QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main", "Open a throwaway database filled with fictional cases (deleted on exit)."));
    parser.addOption(demoOption);
    // For scripts/screenshots.sh: saves an image of each main view into DIR and quits.
    QCommandLineOption screenshotsOption(QStringLiteral("screenshots"), QStringLiteral("Save the main views to DIR."),
                                         QStringLiteral("DIR"));
    screenshotsOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshotsOption);
    // For benchmarks/BenchApp: prints "startup: window" once the window is drawn and
    // "startup: deadlines" once the dashboard shows the deadlines, then quits.
    QCommandLineOption quitAfterStartOption(QStringLiteral("quit-after-start"),
                                            QStringLiteral("Report the start's stages and quit."));
    quitAfterStartOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(quitAfterStartOption);
    parser.process(app);

    QTemporaryDir demoFolder;
    QString path = parser.value(dbOption);
    const bool demo = parser.isSet(demoOption);
    if (demo) {
        if (!demoFolder.isValid()) {
            QMessageBox::critical(
                nullptr, QApplication::translate("main", "Saisine"),
                QApplication::translate("main", "No temporary folder for the demonstration database."));
            return 1;
        }
        path = demoFolder.filePath(QStringLiteral("demo.sqlite"));
    }
    bool firstRun = false;
    if (path.isEmpty()) {
        // The place chosen at the first start; the first start asks for it once.
        if (FirstRunDialog::isNeeded(settings) && !parser.isSet(screenshotsOption)) {
            FirstRunDialog setup(FirstRunDialog::chosenDatabasePath(settings));
            if (setup.exec() != QDialog::Accepted) {
                return 0;
            }
            path = setup.databasePath();
            FirstRunDialog::remember(settings, path);
            firstRun = true;
        } else {
            path = FirstRunDialog::chosenDatabasePath(settings);
        }
    }
    // The window comes first; every page of the file is checked in the background right after
    // (MainWindow), and writes stop if it is damaged.
    auto database = Database::open(DatabaseLocation::file(path), Database::OpenMode::CreateIfMissing,
                                   Database::IntegrityCheck::Deferred);
    if (!database) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Saisine"),
                              QApplication::translate("main", "The database %1 cannot be opened.\n\n%2")
                                  .arg(QDir::toNativeSeparators(path), database.error().message));
        return 1;
    }
    if (demo) {
        if (Status filled = fillWithDemo(**database); !filled) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Saisine"),
                                  QApplication::translate("main", "The demonstration cases cannot be created.\n\n%1")
                                      .arg(filled.error().message));
            return 1;
        }
    }

    MainWindow window(std::move(database).value());
    if (demo) {
        window.setWindowTitle(QApplication::translate("main", "Saisine — demonstration (nothing is kept)"));
    }
    window.show();
    if (firstRun) {
        // Then the profile that signs the letters; it can be left for later.
        QTimer::singleShot(0, &window, &MainWindow::editAssociationProfile);
    }
    // Runs `then` once the dashboard shows the deadlines.
    auto whenDeadlinesShown = [&window](const std::function<void()>& then) {
        if (window.deadlinesPending()) {
            QObject::connect(&window, &MainWindow::deadlinesRefreshed, &window, then, Qt::SingleShotConnection);
        } else {
            QTimer::singleShot(0, &window, then);
        }
    };
    if (parser.isSet(screenshotsOption)) {
        const QString folder = parser.value(screenshotsOption);
        whenDeadlinesShown([&window, folder] {
            const bool saved = saveScreenshots(window, folder);
            QApplication::exit(saved ? 0 : 1);
        });
    } else if (parser.isSet(quitAfterStartOption)) {
        QTimer::singleShot(0, &window, [&window, whenDeadlinesShown] {
            // grab() draws the whole window now, so the time includes its first painting.
            (void)window.grab();
            QTextStream(stdout) << "startup: window" << Qt::endl;
            whenDeadlinesShown([&window] {
                (void)window.grab();
                QTextStream(stdout) << "startup: deadlines" << Qt::endl;
                QApplication::quit();
            });
        });
    }
    return QApplication::exec();
}
