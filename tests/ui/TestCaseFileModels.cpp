#include "TestSupport.h"
#include "casefile/CaseFileModels.h"
#include "procedure/LawTables.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace saisine;
using namespace saisine::test;

class TestCaseFileModels : public QObject
{
    Q_OBJECT

private slots:
    void evidenceModel()
    {
        EvidenceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Evidence a;
        a.kind = EvidenceKind::Invoice;
        a.date = QDate(2026, 2, 1);
        a.description = QStringLiteral("Facture");
        a.fileSha256 = QStringLiteral("0123456789abcdef0123");
        model.append(a);
        model.append(Evidence {});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, EvidenceModel::DateColumn).data().toString(), QStringLiteral("01/02/2026"));
        QCOMPARE(model.index(0, EvidenceModel::HashColumn).data().toString(), QStringLiteral("0123456789abcdef"));
        QCOMPARE(model.index(1, EvidenceModel::FileColumn).data().toString(), QStringLiteral("no file yet"));
        model.removeAt(0);
        model.removeAt(5); // out of range: ignored
        QCOMPARE(model.rowCount(), 1);
        model.setEvidence({a, a, a});
        QCOMPARE(model.rowCount(), 3);
    }

    void eventsModelKeepsDateOrder()
    {
        ProcedureEventsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEvents({{0, {}, ProcedureEventKind::SessionHeld, QDate(2026, 3, 1), {}},
                         {0, {}, ProcedureEventKind::ComplaintReceived, QDate(2026, 1, 5), {}}});
        QCOMPARE(model.events().first().kind, ProcedureEventKind::ComplaintReceived);
        const int row = model.add({0, {}, ProcedureEventKind::AcknowledgementReceived, QDate(2026, 1, 10), {}});
        QCOMPARE(row, 1);
        QCOMPARE(model.index(1, ProcedureEventsModel::KindColumn).data().toString(),
                 QStringLiteral("Acknowledgement of receipt received"));
        QCOMPARE(model.add({0, {}, ProcedureEventKind::Closed, QDate(2026, 4, 1), {}}), 3);
        model.removeAt(0);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.events().first().kind, ProcedureEventKind::AcknowledgementReceived);
    }

    void deadlinesModelShowsOverdueInRed()
    {
        const auto law = law::LawTables::builtIn();
        QVERIFY(law);
        const FixedClock clock(testToday());
        Procedure procedure;
        procedure.events = {{0, {}, ProcedureEventKind::ComplaintReceived, QDate(2025, 11, 1), {}}};
        const ProcedureDeadlines computed =
            ConciliationDeadlines(*law, clock).compute(procedure, QStringLiteral("69"), false);
        DeadlinesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDeadlines(computed.deadlines);
        QCOMPARE(model.rowCount(), computed.deadlines.size());
        int overdue = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex status = model.index(row, DeadlinesModel::StatusColumn);
            const bool isOverdue = status.data(DeadlinesModel::StatusKeyRole).toString() == QLatin1String("overdue");
            QCOMPARE(status.data(Qt::ForegroundRole).isValid(), isOverdue);
            overdue += isOverdue ? 1 : 0;
            QVERIFY(!model.index(row, DeadlinesModel::SourceColumn).data().toString().isEmpty());
        }
        QVERIFY(overdue >= 2); // acknowledgement and session
        model.setDeadlines({});
        QCOMPARE(model.rowCount(), 0);
    }

    void mandatesModel()
    {
        MandatesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Mandate m;
        m.scope = {MandateScope::Filing, MandateScope::Representation};
        model.append(m);
        QCOMPARE(model.index(0, MandatesModel::SignedColumn).data().toString(), QStringLiteral("not signed yet"));
        m.signedDate = QDate(2026, 3, 2);
        model.replace(0, m);
        QCOMPARE(model.index(0, MandatesModel::SignedColumn).data().toString(), QStringLiteral("02/03/2026"));
        QVERIFY(model.index(0, MandatesModel::ScopeColumn).data().toString().contains(QLatin1String(", ")));
        model.removeAt(0);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestCaseFileModels)
#include "TestCaseFileModels.moc"
