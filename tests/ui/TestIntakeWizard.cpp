#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "casefile/FormSupport.h"
#include "intake/IntakeWizard.h"
#include "procedure/LawTables.h"
#include "store/Repositories.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QtTest>

using namespace saisine;
using namespace saisine::test;

class TestIntakeWizard : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TemporaryDatabase> m_tmp;
    FixedClock m_clock {testToday()};
    law::LawTables m_law = *law::LawTables::builtIn();

    Database& db() { return m_tmp->db(); }

    // The shared helpers, failing the test where a widget is missing.
    static void type(QWidget& parent, const char* name, const QString& text)
    {
        QVERIFY(saisine::test::type(parent, name, text));
    }

    static void tick(QWidget& parent, const char* name) { QVERIFY(saisine::test::tick(parent, name)); }

    static void choose(QWidget& parent, const char* name, const QString& key)
    {
        QVERIFY(saisine::test::choose(parent, name, key));
    }

    static QString pageName(QWizard& wizard) { return wizard.currentPage()->objectName(); }

    void fillPerson(IntakeWizard& wizard, bool consent)
    {
        choose(wizard, "personCivility", QStringLiteral("madame"));
        type(wizard, "personFirstName", QStringLiteral("Aïcha"));
        type(wizard, "personLastName", QStringLiteral("Benali"));
        type(wizard, "personPostcode", QStringLiteral("69003"));
        type(wizard, "personCity", QStringLiteral("Lyon"));
        type(wizard, "personPhone", QStringLiteral("06 12 34 56 78"));
        tick(wizard, "personCoverage_ame");
        if (consent) {
            tick(wizard, "personConsent");
        }
    }

    void fillNewProfessional(IntakeWizard& wizard)
    {
        type(wizard, "professionalLastName", QStringLiteral("Lefort"));
        type(wizard, "professionalFirstName", QStringLiteral("Jean"));
        choose(wizard, "professionalProfession", QStringLiteral("medecin"));
        type(wizard, "professionalPostcode", QStringLiteral("69002"));
        type(wizard, "professionalCity", QStringLiteral("Lyon"));
    }

    void fillFacts(IntakeWizard& wizard)
    {
        auto* date = child<OptionalDateEdit>(wizard, "factDateEdit");
        QVERIFY(date);
        date->setDateOrNull(QDate(2026, 2, 10));
        child<QPushButton>(wizard, "factDateAdd")->click();
        type(wizard, "factPlace", QStringLiteral("Cabinet, Lyon 2e"));
        tick(wizard, "form_explicit_refusal");
        type(wizard, "factStatedReason", QStringLiteral("Nous ne prenons pas l'AME"));
        child<QPlainTextEdit>(wizard, "factNarrative")->setPlainText(QStringLiteral("Refus au téléphone."));
    }

    qsizetype caseCount() { return CaseRepository(db(), m_clock).allIds()->size(); }

private slots:
    void init() { m_tmp = std::make_unique<TemporaryDatabase>(); }
    void cleanup() { m_tmp.reset(); }

    void createsACaseEndToEnd()
    {
        IntakeWizard wizard(db(), m_law, m_clock);
        QSignalSpy created(&wizard, &IntakeWizard::caseCreated);
        wizard.show();
        QCOMPARE(pageName(wizard), QStringLiteral("personPage"));
        fillPerson(wizard, true);
        wizard.next();
        QCOMPARE(pageName(wizard), QStringLiteral("professionalPage"));
        fillNewProfessional(wizard);
        wizard.next();
        QCOMPARE(pageName(wizard), QStringLiteral("factsPage"));
        fillFacts(wizard);
        wizard.next();
        QCOMPARE(pageName(wizard), QStringLiteral("groundsPage"));
        // The AME cover proposes the AME ground.
        QVERIFY(child<QCheckBox>(wizard, "ground_ame")->isChecked());
        tick(wizard, "ground_origin");
        wizard.next();
        QCOMPARE(pageName(wizard), QStringLiteral("evidencePage"));
        QCOMPARE(caseCount(), 0);
        choose(wizard, "evidenceKind", QStringLiteral("written_answer"));
        type(wizard, "evidenceDescription", QStringLiteral("SMS du secrétariat"));
        child<QPushButton>(wizard, "evidenceAdd")->click();
        wizard.next();
        QCOMPARE(pageName(wizard), QStringLiteral("routesPage"));

        QCOMPARE(created.size(), 1);
        const qint64 caseId = created.first().first().toLongLong();
        QCOMPARE(caseId, wizard.createdCaseId());
        const auto c = CaseRepository(db(), m_clock).loadFull(caseId);
        QVERIFY(c);
        QCOMPARE(c->factDates, QList<QDate>({QDate(2026, 2, 10)}));
        QCOMPARE(c->place, QStringLiteral("Cabinet, Lyon 2e"));
        QCOMPARE(c->forms, QList<RefusalForm>({RefusalForm::ExplicitRefusal}));
        QCOMPARE(c->grounds, QList<Ground>({Ground::AME, Ground::Origin}));
        QCOMPARE(c->statedReason, QStringLiteral("Nous ne prenons pas l'AME"));
        QCOMPARE(c->evidence.size(), 1);
        QCOMPARE(c->evidence.first().kind, EvidenceKind::WrittenAnswer);
        const auto person = PersonRepository(db(), m_clock).get(c->personId);
        QCOMPARE(person->lastName, QStringLiteral("Benali"));
        QCOMPARE(person->coverage, QList<Coverage>({Coverage::AME}));
        QVERIFY(person->consentGiven);
        QCOMPARE(person->consentDate, testToday());
        const auto professional = ProfessionalRepository(db()).get(c->professionalIds.first());
        QCOMPARE(professional->lastName, QStringLiteral("Lefort"));
        QCOMPARE(professional->address.postcode, QStringLiteral("69002"));

        // A doctor: conciliation with the Rhône's CPAM and ordre council, the legal source shown.
        const QString routes = child<QTextBrowser>(wizard, "routesView")->toPlainText();
        QVERIFY2(routes.contains(QStringLiteral("Conciliation procedure — open")), qPrintable(routes));
        QVERIFY2(routes.contains(QStringLiteral("Rhône")), qPrintable(routes));
        QVERIFY2(routes.contains(QStringLiteral("R1110-9")), qPrintable(routes));
        QVERIFY2(routes.contains(QStringLiteral("Défenseur des droits")), qPrintable(routes));
        QStringList documents;
        auto* list = child<QListWidget>(wizard, "documentsList");
        for (int i = 0; i < list->count(); ++i) {
            documents.append(list->item(i)->text());
        }
        QVERIFY2(documents.first().contains(QStringLiteral("Express mandate")),
                 qPrintable(documents.join(QLatin1Char('|'))));
        QVERIFY(documents.contains(QStringLiteral("Letter to the Défenseur des droits")));
        QVERIFY(documents.contains(QStringLiteral("List of exhibits")));
        QVERIFY(child<QLabel>(wizard, "routesSummary")->text().contains(c->reference));
    }

    void missingConsentKeepsThePageAndWritesNothing()
    {
        IntakeWizard wizard(db(), m_law, m_clock);
        wizard.show();
        wizard.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        fillPerson(wizard, false);
        wizard.next();
        QCOMPARE(pageName(wizard), QStringLiteral("personPage"));
        auto* error = child<QLabel>(wizard, "personError");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("consent")), qPrintable(error->text()));
        QCOMPARE(QApplication::focusWidget(), child<QWidget>(wizard, "personConsent"));
        QCOMPARE(PersonRepository(db(), m_clock).all()->size(), 0);
    }

    void invalidFieldNamesTheField()
    {
        IntakeWizard wizard(db(), m_law, m_clock);
        wizard.show();
        wizard.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        fillPerson(wizard, true);
        type(wizard, "personEmail", QStringLiteral("not-an-address"));
        wizard.next();
        QCOMPARE(pageName(wizard), QStringLiteral("personPage"));
        QVERIFY(child<QLabel>(wizard, "personError")->text().contains(QStringLiteral("e-mail address")));
        QCOMPARE(QApplication::focusWidget(), child<QWidget>(wizard, "personEmail"));

        child<QLineEdit>(wizard, "personEmail")->clear();
        wizard.next();
        fillNewProfessional(wizard);
        wizard.next();
        fillFacts(wizard);
        tick(wizard, "form_other"); // "other" needs a description
        wizard.next();
        QCOMPARE(pageName(wizard), QStringLiteral("factsPage"));
        QVERIFY(child<QLabel>(wizard, "factsError")->text().contains(QStringLiteral("describe it")));
        QCOMPARE(PersonRepository(db(), m_clock).all()->size(), 0);
        QCOMPARE(ProfessionalRepository(db()).all()->size(), 0);
        QCOMPARE(caseCount(), 0);
    }

    void cancelAsksBeforeThrowingAwayWhatWasTyped()
    {
        IntakeWizard wizard(db(), m_law, m_clock);
        int asked = 0;
        bool letGo = false;
        wizard.setDiscardQuestion([&]() {
            ++asked;
            return letGo;
        });
        wizard.show();
        wizard.reject(); // nothing typed: closes without asking
        QCOMPARE(asked, 0);
        QVERIFY(!wizard.isVisible());

        wizard.restart();
        wizard.show();
        fillPerson(wizard, true);
        wizard.reject();
        QCOMPARE(asked, 1);
        QVERIFY(wizard.isVisible());
        QCOMPARE(child<QLineEdit>(wizard, "personLastName")->text(), QStringLiteral("Benali"));
        letGo = true;
        wizard.reject();
        QCOMPARE(asked, 2);
        QVERIFY(!wizard.isVisible());
        QCOMPARE(PersonRepository(db(), m_clock).all()->size(), 0);
    }

    void knownProfessionalIsFlaggedAndReused()
    {
        Person earlierPerson = samplePerson();
        Professional known = sampleProfessional(QStringLiteral("Durand"));
        QVERIFY(PersonRepository(db(), m_clock).insert(earlierPerson));
        QVERIFY(ProfessionalRepository(db()).insert(known));
        Case earlier = sampleCase(earlierPerson.id, known.id);
        QVERIFY(CaseRepository(db(), m_clock).insert(earlier));

        IntakeWizard wizard(db(), m_law, m_clock);
        QSignalSpy created(&wizard, &IntakeWizard::caseCreated);
        wizard.show();
        fillPerson(wizard, true);
        wizard.next();
        auto* warning = child<QLabel>(wizard, "professionalKnownWarning");
        QVERIFY(!warning->isVisible());
        type(wizard, "professionalSearch", QStringLiteral("10101234"));
        auto* results = child<QListWidget>(wizard, "professionalResults");
        QCOMPARE(results->count(), 1);
        results->setCurrentRow(0);
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(QStringLiteral("1 other case")), qPrintable(warning->text()));
        QVERIFY(warning->text().contains(earlier.reference));
        wizard.next();
        fillFacts(wizard);
        wizard.next();
        wizard.next();
        wizard.next();
        QCOMPARE(created.size(), 1);
        QCOMPARE(ProfessionalRepository(db()).all()->size(), 1);
        const auto c = CaseRepository(db(), m_clock).get(wizard.createdCaseId());
        QCOMPARE(c->professionalIds, QList<qint64>({known.id}));
        QVERIFY(child<QTextBrowser>(wizard, "routesView")->toPlainText().contains(QStringLiteral("1 other case")));
    }
};

QTEST_MAIN(TestIntakeWizard)
#include "TestIntakeWizard.moc"
