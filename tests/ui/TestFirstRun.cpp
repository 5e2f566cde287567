#include "WidgetTestSupport.h"
#include "firstrun/FirstRunDialog.h"

#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace saisine;
using namespace saisine::test;

class TestFirstRun : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;

private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void askedOnceThenRemembered()
    {
        QSettings settings;
        settings.clear();
        QVERIFY(FirstRunDialog::isNeeded(settings));
        QCOMPARE(FirstRunDialog::chosenDatabasePath(settings), FirstRunDialog::defaultDatabasePath());
        QVERIFY(FirstRunDialog::defaultDatabasePath().endsWith(QStringLiteral("saisine.sqlite")));

        const QString chosen = m_settingsDir.filePath(QStringLiteral("chiffré/asso.sqlite"));
        FirstRunDialog::remember(settings, chosen);
        QVERIFY(!FirstRunDialog::isNeeded(settings));
        QCOMPARE(FirstRunDialog::chosenDatabasePath(settings), chosen);

        // Help > First-time setup brings it back, keeping the place chosen before.
        FirstRunDialog::askAgain(settings);
        QVERIFY(FirstRunDialog::isNeeded(settings));
        QCOMPARE(FirstRunDialog::chosenDatabasePath(settings), chosen);
    }

    void refusesAFolderOrNothingInPlace()
    {
        FirstRunDialog dialog(FirstRunDialog::defaultDatabasePath());
        dialog.show();
        auto* edit = child<QLineEdit>(dialog, "databasePathEdit");
        QVERIFY(edit);
        QVERIFY(!edit->accessibleName().isEmpty());
        auto* error = child<QLabel>(dialog, "databasePathError");
        QVERIFY(error && error->isHidden());

        dialog.setDatabasePath(QString());
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(!error->isHidden());

        dialog.setDatabasePath(m_settingsDir.path());
        dialog.accept();
        QVERIFY(dialog.isVisible());

        const QString file = m_settingsDir.filePath(QStringLiteral("saisine.sqlite"));
        dialog.setDatabasePath(file);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.databasePath(), file);
    }
};

QTEST_MAIN(TestFirstRun)
#include "TestFirstRun.moc"
