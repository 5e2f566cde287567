#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <libical/ical.h>

// saisine-cli routes and deadlines on a demo database, as a script or a calendar would use them.
class TestProcedureCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run cli(const QStringList& arguments) const
    {
        QProcess process;
        process.start(QStringLiteral(SAISINE_CLI_PATH), QStringList {QStringLiteral("--db"), m_db} + arguments);
        if (!process.waitForFinished(120000)) {
            return {};
        }
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const Run demo = cli({QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("40"),
                              QStringLiteral("--seed"), QStringLiteral("7")});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
    }

    void deadlinesJson()
    {
        const Run run = cli({QStringLiteral("deadlines"), QStringLiteral("--as-of"), QStringLiteral("2026-05-20"),
                             QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(run.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-05-20"));
        QCOMPARE(root.value(QStringLiteral("due_soon_days")).toInt(), 7);
        const QJsonArray procedures = root.value(QStringLiteral("procedures")).toArray();
        QVERIFY(!procedures.isEmpty());
        int deadlines = 0;
        for (const QJsonValue& p : procedures) {
            for (const QJsonValue& d : p.toObject().value(QStringLiteral("deadlines")).toArray()) {
                ++deadlines;
                // Every answer carries its legal source.
                QVERIFY(!d.toObject()
                             .value(QStringLiteral("law"))
                             .toObject()
                             .value(QStringLiteral("source"))
                             .toString()
                             .isEmpty());
                QVERIFY(!d.toObject().value(QStringLiteral("status")).toString().isEmpty());
            }
        }
        QVERIFY(deadlines > 0);
    }

    void deadlinesIcsParses()
    {
        const Run run = cli({QStringLiteral("deadlines"), QStringLiteral("--as-of"), QStringLiteral("2026-05-20"),
                             QStringLiteral("--format"), QStringLiteral("ics")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        icalcomponent* calendar = icalparser_parse_string(run.out.constData());
        QVERIFY(calendar);
        QCOMPARE(icalcomponent_count_errors(calendar), 0);
        QVERIFY(icalcomponent_count_components(calendar, ICAL_VEVENT_COMPONENT) > 0);
        icalcomponent_free(calendar);
        // Plurals come from the English translation file, not the "(s)" of the source text.
        const QByteArray unfolded = QByteArray(run.out).replace("\r\n ", "");
        QVERIFY(unfolded.contains("8 days after receipt"));
        QVERIFY(!unfolded.contains("day(s)"));
    }

    void deadlinesText()
    {
        const Run run = cli({QStringLiteral("deadlines"), QStringLiteral("--as-of"), QStringLiteral("2026-05-20")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("Deadlines as of 2026-05-20"));
        QVERIFY(run.out.contains("CSP"));
    }

    void routesByReference()
    {
        const Run json = cli({QStringLiteral("deadlines"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(json.exitCode == 0);
        const QString reference = QJsonDocument::fromJson(json.out)
                                      .object()
                                      .value(QStringLiteral("procedures"))
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value(QStringLiteral("case_reference"))
                                      .toString();
        QVERIFY(!reference.isEmpty());
        const Run run = cli({QStringLiteral("routes"), QStringLiteral("--case"), reference, QStringLiteral("--format"),
                             QStringLiteral("json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject root = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(root.value(QStringLiteral("case")).toObject().value(QStringLiteral("reference")).toString(),
                 reference);
        const QJsonArray routes = root.value(QStringLiteral("routes")).toArray();
        QCOMPARE(routes.size(), 5);
        for (const QJsonValue& route : routes) {
            QVERIFY(!route.toObject()
                         .value(QStringLiteral("law"))
                         .toObject()
                         .value(QStringLiteral("source"))
                         .toString()
                         .isEmpty());
        }
        const Run text = cli({QStringLiteral("routes"), QStringLiteral("--case"), reference});
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QVERIFY(text.out.contains("[open]"));
    }

    void badArgumentsFailWithOneLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("routes without --case") << QStringList {QStringLiteral("routes")};
        QTest::newRow("unknown case") << QStringList {QStringLiteral("routes"), QStringLiteral("--case"),
                                                      QStringLiteral("1999-9999")};
        QTest::newRow("bad date") << QStringList {QStringLiteral("deadlines"), QStringLiteral("--as-of"),
                                                  QStringLiteral("2026-02-30")};
        QTest::newRow("bad format") << QStringList {QStringLiteral("deadlines"), QStringLiteral("--format"),
                                                    QStringLiteral("pdf")};
    }

    void badArgumentsFailWithOneLine()
    {
        QFETCH(QStringList, arguments);
        const Run run = cli(arguments);
        QVERIFY(run.exitCode != 0);
        QCOMPARE(run.err.trimmed().count('\n'), 0);
        QVERIFY(!run.err.trimmed().isEmpty());
    }

    // A corrections file next to the database is read without a new build.
    void overrideFileNextToDatabase()
    {
        QFile file(m_dir.filePath(QStringLiteral("demo.law.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"json({"deadlines": [{"key": "acknowledgement", "anchor": "receipt", "amount": 0, "unit": "days",
            "source": "Local test rule", "in_force_since": "2020-10-05"}]})json");
        file.close();
        const Run run = cli({QStringLiteral("deadlines"), QStringLiteral("--as-of"), QStringLiteral("2026-05-20")});
        QVERIFY(file.remove());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("Local test rule [corrected by the association]"));
    }
};

QTEST_GUILESS_MAIN(TestProcedureCli)
#include "TestProcedureCli.moc"
