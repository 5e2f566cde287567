#include "MainWindow.h"
#include "store/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTranslator>

using namespace saisine;

int main(int argc, char* argv[])
{
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
    if (translator.load(QLocale(), QStringLiteral("saisine"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(&translator);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Cases of discriminatory refusal of care"));
    parser.addHelpOption();
    parser.addVersionOption();
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
