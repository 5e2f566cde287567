#include "TestSupport.h"

#include <QProcess>
#include <QtTest>

using namespace saisine::test;

// saisine-cli as scripts use it: exit codes, one-line errors, and the foundation's
// acceptance checks (demo -> export -> import -> export is byte-identical).
class TestCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    static Run cli(const QStringList& arguments, const QByteArray& input = {})
    {
        QProcess process;
        process.start(QStringLiteral(SAISINE_CLI_PATH), arguments);
        if (!process.waitForStarted()) {
            return {};
        }
        if (!input.isEmpty()) {
            process.write(input);
        }
        process.closeWriteChannel();
        process.waitForFinished(300000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2, process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

    static bool isOneLine(const QByteArray& text) { return text.endsWith('\n') && text.count('\n') == 1; }

private slots:
    void demoExportImportExportIsByteIdentical()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.sqlite"));
        const QString b = dir.filePath(QStringLiteral("b.sqlite"));
        const QString exported = dir.filePath(QStringLiteral("a.json"));

        Run demo = cli({QStringLiteral("--db"), a, QStringLiteral("demo"), QStringLiteral("--cases"),
                        QStringLiteral("1000"), QStringLiteral("--seed"), QStringLiteral("7")});
        QCOMPARE(demo.exitCode, 0);

        Run first = cli({QStringLiteral("--db"), a, QStringLiteral("export"), QStringLiteral("--out"), exported});
        QCOMPARE(first.exitCode, 0);
        const QByteArray firstJson = readFile(exported);
        QVERIFY(firstJson.count("\"reference\"") == 1000);

        Run import = cli({QStringLiteral("--db"), b, QStringLiteral("import"), exported});
        QVERIFY2(import.exitCode == 0, import.err.constData());

        Run second = cli({QStringLiteral("--db"), b, QStringLiteral("export")});
        QCOMPARE(second.exitCode, 0);
        QVERIFY(second.out == firstJson);

        Run check = cli({QStringLiteral("--db"), b, QStringLiteral("check")});
        QCOMPARE(check.exitCode, 0);
        QVERIFY(check.out.startsWith("ok"));
    }

    void importFromStandardInput()
    {
        TemporaryDatabase source;
        const QString target = source.folder() + QStringLiteral("/target.sqlite");
        Run demo = cli({QStringLiteral("--db"), source.path(), QStringLiteral("demo"), QStringLiteral("--cases"),
                        QStringLiteral("5"), QStringLiteral("--seed"), QStringLiteral("3")});
        QCOMPARE(demo.exitCode, 0);
        Run exported = cli({QStringLiteral("--db"), source.path(), QStringLiteral("export")});
        QCOMPARE(exported.exitCode, 0);
        Run imported =
            cli({QStringLiteral("--db"), target, QStringLiteral("import"), QStringLiteral("-")}, exported.out);
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QCOMPARE(cli({QStringLiteral("--db"), target, QStringLiteral("export")}).out, exported.out);
    }

    void aBadRecordFailsTheWholeImport()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("db.sqlite"));
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--cases"),
                      QStringLiteral("3"), QStringLiteral("--seed"), QStringLiteral("1")})
                     .exitCode,
                 0);
        const QByteArray before = cli({QStringLiteral("--db"), db, QStringLiteral("export")}).out;

        // Another demo's export, with the RPPS of its second professional broken.
        const QString other = dir.filePath(QStringLiteral("other.sqlite"));
        QCOMPARE(cli({QStringLiteral("--db"), other, QStringLiteral("demo"), QStringLiteral("--cases"),
                      QStringLiteral("20"), QStringLiteral("--seed"), QStringLiteral("2")})
                     .exitCode,
                 0);
        QByteArray json = cli({QStringLiteral("--db"), other, QStringLiteral("export")}).out;
        const qsizetype professionals = json.indexOf("\"professionals\": [");
        QVERIFY(professionals > 0);
        const qsizetype firstRpps = json.indexOf("\"rpps\": \"", professionals);
        QVERIFY(firstRpps > 0);
        json.insert(firstRpps + 9, "X");
        const QString file = dir.filePath(QStringLiteral("bad.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(json);
        out.close();

        Run import = cli({QStringLiteral("--db"), db, QStringLiteral("import"), file});
        QVERIFY(import.exitCode != 0);
        QVERIFY2(isOneLine(import.err), import.err.constData());
        QVERIFY2(import.err.contains("professionals["), import.err.constData());
        QVERIFY2(import.err.contains("rpps"), import.err.constData());
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("export")}).out, before);
    }

    void usageErrorsAreOneLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("no command") << QStringList {QStringLiteral("--db"), QStringLiteral("x.sqlite")}
                                    << QByteArray("no command");
        QTest::newRow("unknown command") << QStringList {QStringLiteral("--db"), QStringLiteral("x.sqlite"),
                                                         QStringLiteral("frobnicate")}
                                         << QByteArray("unknown command");
        QTest::newRow("no database") << QStringList {QStringLiteral("check")} << QByteArray("--db");
        QTest::newRow("missing file") << QStringList {QStringLiteral("--db"), QStringLiteral("x.sqlite"),
                                                      QStringLiteral("import"), QStringLiteral("/nonexistent.json")}
                                      << QByteArray("cannot read");
        QTest::newRow("bad option") << QStringList {
            QStringLiteral("--db"), QStringLiteral("x.sqlite"), QStringLiteral("demo"), QStringLiteral("--cases"),
            QStringLiteral("many")} << QByteArray("--cases");
    }

    void usageErrorsAreOneLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, expected);
        QTemporaryDir dir;
        for (QString& argument : arguments) {
            if (argument == QLatin1String("x.sqlite")) {
                argument = dir.filePath(argument);
            }
        }
        Run run = cli(arguments);
        QVERIFY(run.exitCode > 0);
        QVERIFY2(isOneLine(run.err), run.err.constData());
        QVERIFY2(run.err.contains(expected), run.err.constData());
        QVERIFY(run.err.startsWith("saisine-cli: "));
    }

    void refusesANonDatabaseFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("text.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database");
        file.close();
        Run run = cli({QStringLiteral("--db"), path, QStringLiteral("check")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(isOneLine(run.err));
        QVERIFY(run.err.contains("not a Saisine database"));
        QCOMPARE(readFile(path), QByteArray("not a database"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
