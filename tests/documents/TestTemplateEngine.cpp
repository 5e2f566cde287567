// The template language: escaping, sections, lists, parts, and refusal of gaps.
#include "documents/TemplateEngine.h"
#include "documents/TemplateStore.h"

#include <QTest>

using namespace saisine;

class TestTemplateEngine : public QObject
{
    Q_OBJECT

private slots:
    void escapesUserData()
    {
        const TemplateEngine engine;
        auto html = engine.render(QStringLiteral("<p>{{name}}</p>"),
                                  {{QStringLiteral("name"), QStringLiteral("<b>Dupont</b> & \"Fils\"\nLyon")}},
                                  QStringLiteral("t"));
        QVERIFY(html.ok());
        QCOMPARE(*html, QStringLiteral("<p>&lt;b&gt;Dupont&lt;/b&gt; &amp; &quot;Fils&quot;<br/>Lyon</p>"));
    }

    void dataCannotOpenATag()
    {
        // A value that looks like a tag is printed, never interpreted.
        const TemplateEngine engine;
        auto html = engine.render(QStringLiteral("{{a}}"), {{QStringLiteral("a"), QStringLiteral("{{b}}")}},
                                  QStringLiteral("t"));
        QVERIFY(html.ok());
        QCOMPARE(*html, QStringLiteral("{{b}}"));
    }

    void sectionsAndLists()
    {
        const TemplateEngine engine;
        const QVariantMap data {
            {QStringLiteral("yes"), true},
            {QStringLiteral("no"), false},
            {QStringLiteral("empty"), QString()},
            {QStringLiteral("items"),
             QVariantList {QVariantMap {{QStringLiteral("n"), QStringLiteral("1")}},
                           QVariantMap {{QStringLiteral("n"), QStringLiteral("2")}}}},
            {QStringLiteral("none"), QVariantList {}},
            {QStringLiteral("outer"), QStringLiteral("O")},
        };
        auto html = engine.render(QStringLiteral("{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{^no}}n{{/no}}{{#empty}}E{{/empty}}"
                                                 "{{#items}}[{{n}}{{outer}}]{{/items}}{{^none}}-{{/none}}"
                                                 "{{#none}}{{missingInHiddenItem}}{{/none}}{{! a comment }}"),
                                  data, QStringLiteral("t"));
        QVERIFY2(html.ok(), html.ok() ? "" : qPrintable(html.error().toLine()));
        QCOMPARE(*html, QStringLiteral("Yn[1O][2O]-"));
    }

    void refusesGapsAndUnknownFields_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::newRow("empty value") << QStringLiteral("Dear {{empty}},") << QStringLiteral("empty");
        QTest::newRow("unknown field") << QStringLiteral("Dear {{nmae}},") << QStringLiteral("nmae");
        QTest::newRow("unknown section") << QStringLiteral("{{#nope}}x{{/nope}}") << QStringLiteral("nope");
        QTest::newRow("unclosed section") << QStringLiteral("{{#full}}x") << QStringLiteral("full");
        QTest::newRow("stray close") << QStringLiteral("x{{/full}}") << QStringLiteral("full");
        QTest::newRow("unclosed tag") << QStringLiteral("x {{full") << QString();
    }

    void refusesGapsAndUnknownFields()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        const TemplateEngine engine;
        auto html =
            engine.render(text, {{QStringLiteral("empty"), QStringLiteral(" ")}, {QStringLiteral("full"), true}},
                          QStringLiteral("letter"));
        QVERIFY(!html.ok());
        QCOMPARE(html.error().field, field);
        QVERIFY(html.error().record.contains(QStringLiteral("letter")));
    }

    void partsAreIncludedAndCannotLoop()
    {
        const TemplateEngine engine([](const QString& name) -> Result<QString> {
            if (name == QLatin1String("head")) {
                return QStringLiteral("<h>{{title}}</h>");
            }
            if (name == QLatin1String("loop")) {
                return QStringLiteral("{{>loop}}");
            }
            return Error {QStringLiteral("no part %1").arg(name), {}, {}, name};
        });
        auto html = engine.render(QStringLiteral("{{>head}}body"), {{QStringLiteral("title"), QStringLiteral("T")}},
                                  QStringLiteral("t"));
        QVERIFY(html.ok());
        QCOMPARE(*html, QStringLiteral("<h>T</h>body"));
        QVERIFY(!engine.render(QStringLiteral("{{>loop}}"), {}, QStringLiteral("t")).ok());
        QVERIFY(!engine.render(QStringLiteral("{{>missing}}"), {}, QStringLiteral("t")).ok());
    }

    void builtInTemplatesAreVersioned()
    {
        const QStringList names = TemplateStore::builtInNames();
        QVERIFY(names.contains(QStringLiteral("complaint_cpam")));
        QVERIFY(names.contains(QStringLiteral("mandate_representation")));
        for (const QString& name : names) {
            auto t = TemplateStore::builtIn(name);
            QVERIFY(t.ok());
            QVERIFY2(t->version >= 1, qPrintable(name));
            QCOMPARE(t->versionLabel(), QStringLiteral("builtin-%1").arg(t->version));
        }
    }
};

QTEST_GUILESS_MAIN(TestTemplateEngine)
#include "TestTemplateEngine.moc"
