#include "help/HelpDialog.h"

#include <QFile>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QtTest>

using namespace saisine;

class TestHelpDialog : public QObject
{
    Q_OBJECT

private slots:
    void guideIsEmbeddedAndShown()
    {
        const QString markdown = HelpDialog::guideMarkdown();
        QVERIFY(markdown.startsWith(QStringLiteral("# Guide d'utilisation de Saisine")));
        HelpDialog dialog;
        auto* browser = dialog.findChild<QTextBrowser*>(QStringLiteral("guideBrowser"));
        QVERIFY(browser);
        QVERIFY(browser->toPlainText().contains(QStringLiteral("Premier démarrage")));
        QVERIFY(!browser->accessibleName().isEmpty());
    }

    void everyPictureOfTheGuideIsEmbedded()
    {
        // A screenshot renamed or forgotten would show as a broken image in the Help menu.
        static const QRegularExpression image(QStringLiteral("!\\[[^\\]]*\\]\\(([^)]+)\\)"));
        const QString markdown = HelpDialog::guideMarkdown();
        int pictures = 0;
        for (const auto& match : image.globalMatch(markdown)) {
            const QString path = QStringLiteral(":/guide/") + match.captured(1);
            QVERIFY2(QFile::exists(path), qPrintable(path));
            ++pictures;
        }
        QVERIFY(pictures >= 5);
    }
};

QTEST_MAIN(TestHelpDialog)
#include "TestHelpDialog.moc"
