#include "MainWindow.h"
#include "common/BuildInfo.h"
#include "store/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTextStream>
#include <QTranslator>

using namespace saisine;

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

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(&qtTranslator);
    }
    QTranslator translator;
    // Other languages get the English file, which holds the plural forms ("1 case", "8 cases").
    if (translator.load(QLocale(), QStringLiteral("saisine"), QStringLiteral("_"), QStringLiteral(":/i18n"))
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
    parser.process(app);

    QString path = parser.value(dbOption);
    if (path.isEmpty()) {
        // Created on first start, in the user's private application data folder.
        path = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                   .filePath(QStringLiteral("saisine.sqlite"));
    }
    auto database = Database::open(DatabaseLocation::file(path));
    if (!database) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Saisine"),
                              QApplication::translate("main", "The database %1 cannot be opened.\n\n%2")
                                  .arg(QDir::toNativeSeparators(path), database.error().message));
        return 1;
    }

    MainWindow window(std::move(database).value());
    window.show();
    return QApplication::exec();
}
