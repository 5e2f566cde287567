// The case list at federation scale. Point SAISINE_BENCH_DB at a large database, e.g.
//   build-rel/app/saisine-cli --db /tmp/big.sqlite demo --cases 100000 --seed 1
//   SAISINE_BENCH_DB=/tmp/big.sqlite build-rel/benchmarks/BenchCaseList
// Budgets (docs/performance.md): first screen under 1 s, one keystroke under 16 ms.
#include "common/Clock.h"
#include "shell/CaseListModel.h"
#include "store/CaseSearch.h"
#include "store/Database.h"

#include <QtTest>

using namespace saisine;

class BenchCaseList : public QObject
{
    Q_OBJECT

private:
    QString m_path;
    std::unique_ptr<Database> m_db;
    SystemClock m_clock;

private slots:
    void initTestCase()
    {
        m_path = qEnvironmentVariable("SAISINE_BENCH_DB");
        if (m_path.isEmpty()) {
            QSKIP("set SAISINE_BENCH_DB to a large Saisine database");
        }
        auto db = Database::open(DatabaseLocation::file(m_path), Database::OpenMode::ExistingOnly);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toLine()));
        m_db = std::move(db).value();
        qInfo("%d cases", CaseSearch(*m_db, m_clock).count({}).value());
    }

    // Opening the database (checks included) and filling the first page of the list model.
    void openAndFirstScreen()
    {
        QBENCHMARK
        {
            auto db = Database::open(DatabaseLocation::file(m_path), Database::OpenMode::ExistingOnly);
            QVERIFY(db.ok());
            CaseListModel model(**db, m_clock);
            QVERIFY(model.setQuery({}).ok());
            QCOMPARE(model.rowCount(), CaseListModel::PageSize);
        }
    }

    void firstScreenSortedBy_data()
    {
        QTest::addColumn<int>("column");
        QTest::newRow("person") << int(CaseListModel::PersonColumn);
        QTest::newRow("next deadline") << int(CaseListModel::NextDeadlineColumn);
    }

    void firstScreenSortedBy()
    {
        QFETCH(int, column);
        CaseListModel model(*m_db, m_clock);
        QBENCHMARK
        {
            model.sort(column, Qt::AscendingOrder);
            QVERIFY(model.rowCount() > 0);
        }
    }

    // One keystroke: the query for what is typed so far, count and first page (what the model
    // runs when the debounce timer fires).
    void keystroke_data()
    {
        QTest::addColumn<QString>("text");
        for (const char* text : {"m", "ma", "mar", "d", "du", "dur", "2026", "zz"}) {
            QTest::newRow(text) << QString::fromLatin1(text);
        }
    }

    void keystroke()
    {
        QFETCH(QString, text);
        CaseListModel model(*m_db, m_clock);
        CaseListQuery query;
        query.text = text;
        QBENCHMARK
        {
            QVERIFY(model.setQuery(query).ok());
        }
    }

    void keystrokeWithoutCount()
    {
        CaseSearch search(*m_db, m_clock);
        CaseListQuery query;
        query.text = QStringLiteral("ma");
        QBENCHMARK
        {
            QVERIFY(search.fetch(query, 0, CaseListModel::PageSize).ok());
        }
    }
};

QTEST_MAIN(BenchCaseList)
#include "BenchCaseList.moc"
