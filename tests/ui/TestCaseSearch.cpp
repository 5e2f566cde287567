#include "TestSupport.h"
#include "caselist/NextDeadlines.h"
#include "demo/DemoGenerator.h"
#include "store/CaseSearch.h"
#include "store/Repositories.h"

#include <QFile>
#include <QtTest>

using namespace saisine;
using namespace saisine::test;

// The query behind the case list: search, filters, order, pages, and the case_list table and
// its index kept in step by the triggers of migration 0002.
class TestCaseSearch : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        TemporaryDatabase tmp;
        FixedClock clock {testToday()};
        qint64 martinCase = 0;
        qint64 lefevreCase = 0;
        qint64 pharmacyCase = 0;
        qint64 durandId = 0;
        qint64 lefevrePersonId = 0;

        Fixture()
        {
            PersonRepository persons(tmp.db(), clock);
            ProfessionalRepository professionals(tmp.db());
            CaseRepository cases(tmp.db(), clock);
            Person martin = samplePerson(QStringLiteral("Martin"));
            Person lefevre = samplePerson(QStringLiteral("Lefèvre"));
            lefevre.firstName = QStringLiteral("Chloé");
            Professional durand = sampleProfessional(QStringLiteral("Durand"));
            Professional pharmacy = sampleProfessional(QStringLiteral("Pharmacie du Parc"), Profession::Pharmacien);
            pharmacy.firstName.clear();
            pharmacy.rpps.clear();
            pharmacy.pharmacistSection = PharmacistSection::A;
            QVERIFY(persons.insert(martin).ok());
            QVERIFY(persons.insert(lefevre).ok());
            QVERIFY(professionals.insert(durand).ok());
            QVERIFY(professionals.insert(pharmacy).ok());
            durandId = durand.id;
            lefevrePersonId = lefevre.id;
            Case a = sampleCase(martin.id, durand.id);
            Case b = sampleCase(lefevre.id, durand.id);
            b.status = CaseStatus::Intake;
            Case c = sampleCase(martin.id, pharmacy.id);
            c.status = CaseStatus::Closed;
            for (Case* each : {&a, &b, &c}) {
                const Status inserted = cases.insert(*each);
                QVERIFY2(inserted.ok(), inserted.ok() ? "" : qPrintable(inserted.error().toLine()));
            }
            martinCase = a.id;
            lefevreCase = b.id;
            pharmacyCase = c.id;
        }

        QList<qint64> ids(const CaseListQuery& query)
        {
            auto rows = CaseSearch(tmp.db(), clock).fetch(query, 0, 100);
            if (!rows) {
                qWarning("%s", qPrintable(rows.error().toLine()));
                return {};
            }
            QList<qint64> result;
            for (const CaseListRow& row : *rows) {
                result.append(row.caseId);
            }
            return result;
        }

        QList<qint64> search(const QString& text)
        {
            CaseListQuery query;
            query.text = text;
            return ids(query);
        }
    };

    static QList<qint64> sorted(QList<qint64> ids)
    {
        std::sort(ids.begin(), ids.end());
        return ids;
    }

private slots:
    void listsEveryCaseWithItsColumns()
    {
        Fixture f;
        auto rows = CaseSearch(f.tmp.db(), f.clock).fetch({}, 0, 10);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 3);
        const CaseListRow& first = rows->at(0);
        QCOMPARE(first.caseId, f.martinCase);
        QCOMPARE(first.reference, QStringLiteral("2026-0001"));
        QCOMPARE(first.person, QStringLiteral("Martin Aïcha"));
        QCOMPARE(first.professionals, QStringLiteral("Durand Paul"));
        QCOMPARE(first.profession, std::optional<Profession>(Profession::Medecin));
        QCOMPARE(first.status, CaseStatus::Active);
        QVERIFY(!first.nextDeadline.isValid());
        QCOMPARE(CaseSearch(f.tmp.db(), f.clock).count({}).value(), 3);
    }

    void searchesPersonProfessionalAndReference()
    {
        Fixture f;
        QCOMPARE(f.search(QStringLiteral("lef")), QList<qint64>({f.lefevreCase}));
        // Accents and case are ignored both ways.
        QCOMPARE(f.search(QStringLiteral("LEFEVRE")), QList<qint64>({f.lefevreCase}));
        QCOMPARE(f.search(QStringLiteral("chlo")), QList<qint64>({f.lefevreCase}));
        QCOMPARE(sorted(f.search(QStringLiteral("dur"))), sorted({f.martinCase, f.lefevreCase}));
        QCOMPARE(f.search(QStringLiteral("pharmacie parc")), QList<qint64>({f.pharmacyCase}));
        QCOMPARE(f.search(QStringLiteral("2026-0003")), QList<qint64>({f.pharmacyCase}));
        QCOMPARE(f.search(QStringLiteral("0002")), QList<qint64>({f.lefevreCase}));
        // Every word must match: the Martin case against Durand only.
        QCOMPARE(f.search(QStringLiteral("martin durand")), QList<qint64>({f.martinCase}));
        QVERIFY(f.search(QStringLiteral("zzz")).isEmpty());
    }

    void searchTextIsNeverParsedAsSyntax()
    {
        Fixture f;
        QCOMPARE(CaseSearch::matchExpression(QStringLiteral("l'AME \"x OR y*")),
                 QStringLiteral("\"l\"* \"AME\"* \"x\"* \"OR\"* \"y\"*"));
        for (const QString& text : {QStringLiteral("\""), QStringLiteral("NEAR("), QStringLiteral("a AND"),
                                    QStringLiteral("*"), QStringLiteral("-")}) {
            auto rows = CaseSearch(f.tmp.db(), f.clock)
                            .fetch(
                                [&] {
                                    CaseListQuery q;
                                    q.text = text;
                                    return q;
                                }(),
                                0, 10);
            QVERIFY2(rows.ok(), qPrintable(text));
        }
    }

    void filtersOnStatusProfessionRouteAndOverdue()
    {
        Fixture f;
        CaseListQuery query;
        query.status = CaseStatus::Intake;
        QCOMPARE(f.ids(query), QList<qint64>({f.lefevreCase}));
        query = {};
        query.profession = Profession::Pharmacien;
        QCOMPARE(f.ids(query), QList<qint64>({f.pharmacyCase}));

        Procedure mediator;
        mediator.caseId = f.lefevreCase;
        mediator.route = Route::DefenseurDesDroits;
        QVERIFY(ProcedureRepository(f.tmp.db()).insert(mediator).ok());
        query = {};
        query.route = Route::DefenseurDesDroits;
        QCOMPARE(f.ids(query), QList<qint64>({f.lefevreCase}));
        query.route = Route::Conciliation;
        QVERIFY(f.ids(query).isEmpty());

        CaseSearch search(f.tmp.db(), f.clock);
        auto stored = search.storeNextDeadlines({
            {f.martinCase, NextDeadline {testToday().addDays(-1), QStringLiteral("session")}},
            {f.pharmacyCase, NextDeadline {testToday().addDays(5), QStringLiteral("acknowledgement")}},
        });
        QCOMPARE(stored.value(), 2);
        query = {};
        query.overdueOnly = true;
        QCOMPARE(f.ids(query), QList<qint64>({f.martinCase}));
        // Storing the same again writes nothing; dropping a case clears its deadline.
        QCOMPARE(search
                     .storeNextDeadlines(
                         {{f.martinCase, NextDeadline {testToday().addDays(-1), QStringLiteral("session")}},
                          {f.pharmacyCase, NextDeadline {testToday().addDays(5), QStringLiteral("acknowledgement")}}})
                     .value(),
                 0);
        QCOMPARE(
            search
                .storeNextDeadlines({{f.martinCase, NextDeadline {testToday().addDays(-1), QStringLiteral("session")}}})
                .value(),
            1);
        auto rows = search.fetch({}, 0, 10);
        QVERIFY(rows.ok());
        QCOMPARE(rows->at(2).caseId, f.pharmacyCase);
        QVERIFY(!rows->at(2).nextDeadline.isValid());
        QCOMPARE(rows->at(0).nextDeadlineKey, QStringLiteral("session"));
    }

    void sortsAndPages()
    {
        Fixture f;
        CaseListQuery query;
        query.sortColumn = CaseListQuery::Column::Person;
        // Lefèvre before Martin; the two Martin cases in id order.
        QCOMPARE(f.ids(query), QList<qint64>({f.lefevreCase, f.martinCase, f.pharmacyCase}));
        query.descending = true;
        QCOMPARE(f.ids(query), QList<qint64>({f.pharmacyCase, f.martinCase, f.lefevreCase}));
        query = {};
        query.sortColumn = CaseListQuery::Column::Professionals;
        QCOMPARE(f.ids(query).first(), f.martinCase);
        QCOMPARE(f.ids(query).last(), f.pharmacyCase);

        CaseSearch search(f.tmp.db(), f.clock);
        QVERIFY(
            search.storeNextDeadlines({{f.pharmacyCase, NextDeadline {testToday(), QStringLiteral("session")}}}).ok());
        query = {};
        query.sortColumn = CaseListQuery::Column::NextDeadline;
        QCOMPARE(f.ids(query).first(), f.pharmacyCase);
        query.descending = true;
        // Cases without a deadline stay last in both directions.
        QCOMPARE(f.ids(query).first(), f.pharmacyCase);

        auto firstPage = search.fetch({}, 0, 2);
        auto secondPage = search.fetch({}, 2, 2);
        QVERIFY(firstPage.ok() && secondPage.ok());
        QCOMPARE(firstPage->size(), 2);
        QCOMPARE(secondPage->size(), 1);
        QCOMPARE(secondPage->at(0).caseId, f.pharmacyCase);
    }

    void triggersKeepTheIndexInStep()
    {
        Fixture f;
        // A person renamed: found by the new name only.
        PersonRepository persons(f.tmp.db(), f.clock);
        auto lefevre = persons.get(f.lefevrePersonId);
        QVERIFY(lefevre.ok());
        lefevre->lastName = QStringLiteral("Benali");
        QVERIFY(persons.update(*lefevre).ok());
        QVERIFY(f.search(QStringLiteral("lefevre")).isEmpty());
        QCOMPARE(f.search(QStringLiteral("benali")), QList<qint64>({f.lefevreCase}));

        // A professional renamed, in every case against them.
        ProfessionalRepository professionals(f.tmp.db());
        auto durand = professionals.get(f.durandId);
        QVERIFY(durand.ok());
        durand->lastName = QStringLiteral("Roussel");
        durand->profession = Profession::ChirurgienDentiste;
        QVERIFY(professionals.update(*durand).ok());
        QVERIFY(f.search(QStringLiteral("durand")).isEmpty());
        QCOMPARE(sorted(f.search(QStringLiteral("roussel"))), sorted({f.martinCase, f.lefevreCase}));
        CaseListQuery dentists;
        dentists.profession = Profession::ChirurgienDentiste;
        QCOMPARE(sorted(f.ids(dentists)), sorted({f.martinCase, f.lefevreCase}));

        // A case changes its reference and its professionals.
        CaseRepository cases(f.tmp.db(), f.clock);
        auto pharmacyCase = cases.get(f.pharmacyCase);
        QVERIFY(pharmacyCase.ok());
        pharmacyCase->reference = QStringLiteral("2025-0777");
        pharmacyCase->professionalIds = {f.durandId};
        pharmacyCase->status = CaseStatus::Active;
        QVERIFY(cases.update(*pharmacyCase).ok());
        QCOMPARE(f.search(QStringLiteral("0777")), QList<qint64>({f.pharmacyCase}));
        QVERIFY(f.search(QStringLiteral("pharmacie")).isEmpty());
        QCOMPARE(f.search(QStringLiteral("roussel martin")).size(), 2);

        // A case removed leaves neither the list nor the index.
        QVERIFY(cases.remove(f.martinCase).ok());
        QCOMPARE(CaseSearch(f.tmp.db(), f.clock).count({}).value(), 2);
        QVERIFY(!f.search(QStringLiteral("roussel")).contains(f.martinCase));
        auto problems = f.tmp.db().check();
        QVERIFY(problems.ok() && problems->isEmpty());
    }

    // A page is read either by looking up each match or by scanning the list in its order
    // (CaseSearch::PagePlan): both must give the same rows, in every order, with and without
    // other filters, on every page, and the automatic choice too.
    void bothWaysOfReadingAPageAgree()
    {
        TemporaryDatabase tmp;
        DemoOptions options;
        options.cases = 300;
        options.seed = 3;
        options.asOf = testToday();
        QVERIFY(DemoGenerator::generate(tmp.db(), options).ok());
        FixedClock clock(testToday());
        CaseSearch lookUp(tmp.db(), clock);
        lookUp.setPagePlan(CaseSearch::PagePlan::LookUpMatches);
        CaseSearch scan(tmp.db(), clock);
        scan.setPagePlan(CaseSearch::PagePlan::ScanInOrder);
        CaseSearch automatic(tmp.db(), clock);
        auto ids = [](const Result<QList<CaseListRow>>& rows) {
            QList<qint64> result;
            for (const CaseListRow& row : rows.value()) {
                result.append(row.caseId);
            }
            return result;
        };
        const QList<CaseListQuery::Column> columns {
            CaseListQuery::Column::Reference,  CaseListQuery::Column::Person,     CaseListQuery::Column::Professionals,
            CaseListQuery::Column::Profession, CaseListQuery::Column::CaseStatus, CaseListQuery::Column::NextDeadline};
        int compared = 0;
        for (const QString& text : {QStringLiteral("m"), QStringLiteral("ma"), QStringLiteral("d"),
                                    QStringLiteral("2026"), QStringLiteral("zzz")}) {
            for (const CaseListQuery::Column column : columns) {
                for (const bool descending : {false, true}) {
                    for (const bool activeOnly : {false, true}) {
                        CaseListQuery query;
                        query.text = text;
                        query.sortColumn = column;
                        query.descending = descending;
                        if (activeOnly) {
                            query.status = CaseStatus::Active;
                        }
                        const auto all = ids(lookUp.fetch(query, 0, 1000));
                        QCOMPARE(lookUp.count(query).value(), int(all.size()));
                        QCOMPARE(scan.count(query).value(), int(all.size()));
                        QCOMPARE(ids(scan.fetch(query, 0, 1000)), all);
                        QCOMPARE(ids(scan.fetch(query, 7, 5)), all.mid(7, 5));
                        QCOMPARE(ids(automatic.fetch(query, 7, 5)), all.mid(7, 5));
                        compared += int(all.size());
                    }
                }
            }
        }
        QVERIFY(compared > 1000); // the texts matched many cases, not only none
        // A text with nothing to search for (only punctuation) does not filter.
        CaseListQuery punctuation;
        punctuation.text = QStringLiteral(" - ");
        QCOMPARE(scan.count(punctuation).value(), 300);
    }

    void migrationFillsTheListOfAnOlderDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(SAISINE_TEST_DATA_DIR "/migrations/v1.sqlite"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        auto db = Database::open(DatabaseLocation::file(path));
        QVERIFY(db.ok());
        FixedClock clock(testToday());
        auto ids = CaseRepository(**db, clock).allIds();
        QVERIFY(ids.ok());
        QVERIFY(!ids->isEmpty());
        CaseSearch search(**db, clock);
        QCOMPARE(search.count({}).value(), int(ids->size()));
        // Every case is found by its person's last name and its reference.
        for (const qint64 id : *ids) {
            auto c = CaseRepository(**db, clock).get(id);
            QVERIFY(c.ok());
            auto person = PersonRepository(**db, clock).get(c->personId);
            QVERIFY(person.ok());
            CaseListQuery query;
            query.text = c->reference + QLatin1Char(' ') + person->lastName;
            auto rows = search.fetch(query, 0, 10);
            QVERIFY(rows.ok());
            QCOMPARE(rows->size(), 1);
            QCOMPARE(rows->at(0).caseId, id);
            QVERIFY(!rows->at(0).professionals.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestCaseSearch)
#include "TestCaseSearch.moc"
