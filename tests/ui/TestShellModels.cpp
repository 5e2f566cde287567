#include "TestSupport.h"
#include "caselist/NextDeadlines.h"
#include "demo/DemoGenerator.h"
#include "procedure/ProcedureService.h"
#include "shell/CaseListModel.h"
#include "shell/DashboardModel.h"
#include "shell/ProfessionalsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace saisine;
using namespace saisine::test;

// The models of the desktop shell, each under QAbstractItemModelTester, on demo data.
class TestShellModels : public QObject
{
    Q_OBJECT

private:
    // More cases than one page of the case list, so fetchMore is exercised.
    static constexpr int demoCases = CaseListModel::PageSize + 50;

    std::unique_ptr<TemporaryDatabase> m_tmp;
    FixedClock m_clock {testToday()};

private slots:
    void initTestCase()
    {
        m_tmp = std::make_unique<TemporaryDatabase>();
        DemoOptions options;
        options.cases = demoCases;
        options.seed = 7;
        options.asOf = testToday();
        auto summary = DemoGenerator::generate(m_tmp->db(), options);
        QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().toLine()));
    }

    void caseListFetchesPageByPage()
    {
        CaseListModel model(m_tmp->db(), m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setQuery({}).ok());
        QCOMPARE(model.totalCount(), demoCases);
        QCOMPARE(model.rowCount(), CaseListModel::PageSize);
        QVERIFY(model.canFetchMore({}));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
        QVERIFY(!inserted.isEmpty());
        QCOMPARE(inserted.at(0).at(1).toInt(), CaseListModel::PageSize);
        QCOMPARE(inserted.at(0).at(2).toInt(), demoCases - 1);
        QCOMPARE(model.rowCount(), demoCases);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.headerData(CaseListModel::NextDeadlineColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Next deadline"));

        // Sorting is done by the query: descending reference puts the last case first.
        const QString lastReference = model.index(demoCases - 1, CaseListModel::ReferenceColumn).data().toString();
        model.sort(CaseListModel::ReferenceColumn, Qt::DescendingOrder);
        QCOMPARE(model.rowCount(), CaseListModel::PageSize);
        QCOMPARE(model.index(0, CaseListModel::ReferenceColumn).data().toString(), lastReference);

        // A case beyond the first page is found by loading further pages.
        const qint64 firstId = model.query().descending ? model.caseIdAt(0) : 0;
        model.sort(CaseListModel::ReferenceColumn, Qt::AscendingOrder);
        QCOMPARE(model.rowOfCase(firstId), demoCases - 1);

        CaseListQuery closed;
        closed.status = CaseStatus::Closed;
        QVERIFY(model.setQuery(closed).ok());
        QVERIFY(model.totalCount() < demoCases);
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row, CaseListModel::StatusColumn).data().toString(), labelOf(CaseStatus::Closed));
        }
    }

    void dashboardGroupsTheEngineDeadlines()
    {
        auto law = law::LawTables::builtIn();
        QVERIFY(law.ok());
        const ProcedureService service(m_tmp->db(), *law, m_clock);
        auto followUps = service.openProcedures();
        QVERIFY(followUps.ok());
        QVERIFY(!followUps->isEmpty());
        QVERIFY(storeNextDeadlines(m_tmp->db(), m_clock, *followUps).ok());

        DashboardModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFollowUps(*followUps);
        QCOMPARE(model.rowCount(), int(DashboardModel::GroupCount));
        int lines = 0;
        for (int group = 0; group < DashboardModel::GroupCount; ++group) {
            const QModelIndex groupIndex = model.index(group, 0);
            lines += model.rowCount(groupIndex);
            QDate previous;
            for (int row = 0; row < model.rowCount(groupIndex); ++row) {
                const QDate due = model.index(row, 0, groupIndex).data(DashboardModel::DueDateRole).toDate();
                QVERIFY(due.isValid());
                QVERIFY(!previous.isValid() || previous <= due);
                previous = due;
                if (group == DashboardModel::OverdueGroup) {
                    QVERIFY(due < testToday());
                } else {
                    QVERIFY(due >= testToday());
                }
                QVERIFY(model.index(row, 0, groupIndex).data(DashboardModel::CaseIdRole).toLongLong() > 0);
            }
        }
        QVERIFY(lines > 0);
        // Demo data spreads procedures around today: some deadlines are overdue.
        QVERIFY(model.rowCount(model.index(DashboardModel::OverdueGroup, 0)) > 0);

        // The case list shows the earliest of the same deadlines.
        const auto next = nextDeadlinesByCase(*followUps);
        CaseListModel cases(m_tmp->db(), m_clock);
        CaseListQuery overdue;
        overdue.overdueOnly = true;
        QVERIFY(cases.setQuery(overdue).ok());
        QVERIFY(cases.totalCount() > 0);
        const qint64 caseId = cases.caseIdAt(0);
        QVERIFY(next.contains(caseId));
        QVERIFY(next.value(caseId).due < testToday());
    }

    void professionalsCountTheirCases()
    {
        auto all = ProfessionalDirectory(m_tmp->db()).all();
        QVERIFY(all.ok());
        ProfessionalsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProfessionals(*all);
        QCOMPARE(model.rowCount(), int(all->size()));
        int total = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            total += model.index(row, ProfessionalsModel::CasesColumn).data().toInt();
        }
        // Each case names at least one professional.
        QVERIFY(total >= demoCases);
    }
};

QTEST_MAIN(TestShellModels)
#include "TestShellModels.moc"
