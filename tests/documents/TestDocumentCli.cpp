// saisine-cli letter and mandate: exit codes, the PDF written, --check listing what is missing.
#include "DocumentTestData.h"

#include <QImage>
#include <QTemporaryDir>

using namespace saisine;
using namespace saisine::test;

class TestDocumentCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    static Run cli(const QStringList& arguments)
    {
        QProcess process;
        process.start(QStringLiteral(SAISINE_CLI_PATH), arguments);
        Run run;
        if (!process.waitForFinished(60000)) {
            return run;
        }
        run.code = process.exitCode();
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    static QString caseReference(DocumentFixture& f)
    {
        return CaseRepository(f.tmp.db(), f.clock).get(f.caseId)->reference;
    }

private slots:
    void letterWritesAPdf()
    {
        DocumentFixture f;
        f.addInstitutions();
        f.createCase();
        const QString reference = caseReference(f);
        f.tmp.close();
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("cpam.pdf"));
        const Run run = cli({QStringLiteral("--db"), f.tmp.path(), QStringLiteral("letter"), QStringLiteral("--case"),
                             reference, QStringLiteral("--kind"), QStringLiteral("cpam"), QStringLiteral("--out"), out,
                             QStringLiteral("--date"), QStringLiteral("2026-03-15")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QString text = pdfText(readFile(out));
        QVERIFY2(text.contains(QStringLiteral("Lyon, le 15 mars 2026")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Madame Aïcha Diallo")));
        QVERIFY(text.contains(QStringLiteral("CPAM du Rhône")));
    }

    void associationAdaptsAndResetsATemplate()
    {
        DocumentFixture f;
        f.addInstitutions();
        f.createCase();
        const QString reference = caseReference(f);
        f.tmp.close();
        const QString db = f.tmp.path();
        QTemporaryDir dir;
        auto letterText = [&]() {
            const QString out = dir.filePath(QStringLiteral("cpam.pdf"));
            const Run run = cli({QStringLiteral("--db"), db, QStringLiteral("letter"), QStringLiteral("--case"),
                                 reference, QStringLiteral("--kind"), QStringLiteral("cpam"), QStringLiteral("--out"),
                                 out, QStringLiteral("--date"), QStringLiteral("2026-03-15")});
            return run.code == 0 ? pdfText(readFile(out)) : QString();
        };

        const Run list = cli({QStringLiteral("--db"), db, QStringLiteral("template"), QStringLiteral("--list")});
        QCOMPARE(list.code, 0);
        QVERIFY(list.out.contains(QStringLiteral("complaint_cpam\tbuiltin-1")));
        const Run shown = cli({QStringLiteral("--db"), db, QStringLiteral("template"), QStringLiteral("--show"),
                               QStringLiteral("complaint_cpam")});
        QCOMPARE(shown.code, 0);
        QVERIFY(shown.out.contains(QStringLiteral("{{")));

        // The association's sentence goes in at the end of the body, as a new version.
        const QString adapted = dir.filePath(QStringLiteral("complaint_cpam.html"));
        QString body = shown.out;
        const int end = body.lastIndexOf(QStringLiteral("</body>"));
        body.insert(end >= 0 ? end : body.size(), QStringLiteral("<p>Formule propre à notre association.</p>"));
        QFile file(adapted);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(body.toUtf8());
        file.close();
        const Run set = cli({QStringLiteral("--db"), db, QStringLiteral("template"), QStringLiteral("--set"),
                             QStringLiteral("complaint_cpam"), QStringLiteral("--file"), adapted});
        QVERIFY2(set.code == 0, qPrintable(set.err));
        QVERIFY(set.err.contains(QStringLiteral("custom-1")));
        QVERIFY(letterText().contains(QStringLiteral("Formule propre à notre association.")));

        const Run reset = cli({QStringLiteral("--db"), db, QStringLiteral("template"), QStringLiteral("--reset"),
                               QStringLiteral("complaint_cpam")});
        QCOMPARE(reset.code, 0);
        const QString restored = letterText();
        QVERIFY(restored.contains(QStringLiteral("CPAM du Rhône")));
        QVERIFY(!restored.contains(QStringLiteral("Formule propre")));

        const Run unknown = cli({QStringLiteral("--db"), db, QStringLiteral("template"), QStringLiteral("--set"),
                                 QStringLiteral("poem"), QStringLiteral("--file"), adapted});
        QVERIFY(unknown.code != 0);
        QCOMPARE(unknown.err.count(QLatin1Char('\n')), 1);
    }

    void mandateByIdAndRegister()
    {
        DocumentFixture f;
        f.createCase();
        const QString id = QString::number(f.caseId);
        f.tmp.close();
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("mandate.pdf"));
        const Run run = cli({QStringLiteral("--db"), f.tmp.path(), QStringLiteral("mandate"), QStringLiteral("--case"),
                             id, QStringLiteral("--kind"), QStringLiteral("filing"), QStringLiteral("--out"), out,
                             QStringLiteral("--register")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(pdfText(readFile(out)).contains(QStringLiteral("Mandat exprès de saisine")));
        QVERIFY(f.tmp.reopen());
        auto documents = DocumentRegister(f.tmp.db(), f.clock).forCase(f.caseId);
        QVERIFY(documents.ok());
        QCOMPARE(documents->size(), 1);
        QCOMPARE(documents->front().sha256, QString::fromLatin1(sha256OfFile(out)));
        QVERIFY(run.out.contains(documents->front().sha256));
    }

    void checkListsMissingDataAndFails()
    {
        DocumentFixture f;
        f.createCase(); // no CPAM address in the directory
        const QString id = QString::number(f.caseId);
        f.tmp.close();
        const Run check = cli({QStringLiteral("--db"), f.tmp.path(), QStringLiteral("letter"), QStringLiteral("--case"),
                               id, QStringLiteral("--kind"), QStringLiteral("cpam"), QStringLiteral("--check")});
        QCOMPARE(check.code, 1);
        QVERIFY2(check.out.contains(QStringLiteral("The address of CPAM du Rhône is missing in the institutions "
                                                   "directory.")),
                 qPrintable(check.out));
        QCOMPARE(check.err.count(QLatin1Char('\n')), 1);

        const Run ready = cli({QStringLiteral("--db"), f.tmp.path(), QStringLiteral("letter"), QStringLiteral("--case"),
                               id, QStringLiteral("--kind"), QStringLiteral("ddd"), QStringLiteral("--check")});
        QVERIFY2(ready.code == 0, qPrintable(ready.out + ready.err));
        QVERIFY(ready.out.contains(QStringLiteral("ddd: ready")));

        // Generating anyway fails with one line naming what is missing, and writes nothing.
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("cpam.pdf"));
        const Run refused =
            cli({QStringLiteral("--db"), f.tmp.path(), QStringLiteral("letter"), QStringLiteral("--case"), id,
                 QStringLiteral("--kind"), QStringLiteral("cpam"), QStringLiteral("--out"), out});
        QCOMPARE(refused.code, 1);
        QCOMPARE(refused.err.count(QLatin1Char('\n')), 1);
        QVERIFY(refused.err.contains(QStringLiteral("CPAM du Rhône")));
        QVERIFY(!QFile::exists(out));
    }

    void logoOnTheLetterhead()
    {
        DocumentFixture f;
        f.createCase();
        f.tmp.close();
        QTemporaryDir dir;
        QImage logo(120, 60, QImage::Format_RGB32);
        logo.fill(Qt::darkBlue);
        const QString png = dir.filePath(QStringLiteral("logo.png"));
        QVERIFY(logo.save(png));
        const QString out = dir.filePath(QStringLiteral("mandate.pdf"));
        auto imagesIn = [](const QString& pdf) {
            QProcess process;
            process.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
            process.waitForFinished(30000);
            return QString::fromUtf8(process.readAllStandardOutput()).count(QStringLiteral("image"));
        };
        const QStringList mandate {QStringLiteral("--db"),
                                   f.tmp.path(),
                                   QStringLiteral("mandate"),
                                   QStringLiteral("--case"),
                                   QString::number(f.caseId),
                                   QStringLiteral("--kind"),
                                   QStringLiteral("filing"),
                                   QStringLiteral("--out"),
                                   out};
        QCOMPARE(cli(mandate).code, 0);
        QCOMPARE(imagesIn(out), 0);
        QCOMPARE(
            cli({QStringLiteral("--db"), f.tmp.path(), QStringLiteral("letterhead"), QStringLiteral("--logo"), png})
                .code,
            0);
        QCOMPARE(cli(mandate).code, 0);
        QCOMPARE(imagesIn(out), 1);
        const QString notAnImage = dir.filePath(QStringLiteral("notes.txt"));
        QFile text(notAnImage);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("not an image");
        text.close();
        const Run refused = cli(
            {QStringLiteral("--db"), f.tmp.path(), QStringLiteral("letterhead"), QStringLiteral("--logo"), notAnImage});
        QCOMPARE(refused.code, 1);
        QVERIFY(refused.err.contains(QStringLiteral("PNG or JPEG")));
    }

    void badArguments()
    {
        DocumentFixture f;
        f.createCase();
        f.tmp.close();
        const Run kind = cli({QStringLiteral("--db"), f.tmp.path(), QStringLiteral("letter"), QStringLiteral("--case"),
                              QString::number(f.caseId), QStringLiteral("--kind"), QStringLiteral("filing"),
                              QStringLiteral("--out"), QStringLiteral("/tmp/x.pdf")});
        QVERIFY(kind.code != 0);
        QVERIFY(kind.err.contains(QStringLiteral("unknown kind")));
        const Run noCase = cli({QStringLiteral("--db"), f.tmp.path(), QStringLiteral("mandate"),
                                QStringLiteral("--case"), QStringLiteral("2099-9999"), QStringLiteral("--kind"),
                                QStringLiteral("filing"), QStringLiteral("--out"), QStringLiteral("/tmp/x.pdf")});
        QVERIFY(noCase.code != 0);
        QCOMPARE(noCase.err.count(QLatin1Char('\n')), 1);
        const Run noDb =
            cli({QStringLiteral("--db"), f.tmp.folder() + QStringLiteral("/missing.sqlite"), QStringLiteral("letter"),
                 QStringLiteral("--case"), QStringLiteral("1"), QStringLiteral("--kind"), QStringLiteral("cpam"),
                 QStringLiteral("--out"), QStringLiteral("/tmp/x.pdf")});
        QVERIFY(noDb.code != 0);
        QVERIFY(!QFile::exists(f.tmp.folder() + QStringLiteral("/missing.sqlite")));
    }
};

QTEST_MAIN(TestDocumentCli)
#include "TestDocumentCli.moc"
