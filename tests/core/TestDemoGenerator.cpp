#include "TestSupport.h"
#include "demo/DemoGenerator.h"
#include "model/Validation.h"
#include "store/Repositories.h"

#include <QRegularExpression>
#include <QSet>
#include <QtTest>

#include <memory>

using namespace saisine;
using namespace saisine::test;

namespace {

// Everything a demo database holds, read back through the repositories.
struct Snapshot
{
    AssociationProfile profile;
    QList<Person> persons;
    QList<Professional> professionals;
    QList<Case> cases; // loadFull, in the order of allIds()

    bool operator==(const Snapshot&) const = default;
};

Snapshot snapshotOf(Database& db, const Clock& clock)
{
    Snapshot s;
    auto profile = AssociationRepository(db).load();
    auto persons = PersonRepository(db, clock).all();
    auto professionals = ProfessionalRepository(db).all();
    CaseRepository cases(db, clock);
    auto ids = cases.allIds();
    if (!profile || !persons || !professionals || !ids) {
        qWarning("cannot read the demo database back");
        return s;
    }
    s.profile = *profile;
    s.persons = *persons;
    s.professionals = *professionals;
    for (qint64 id : *ids) {
        auto c = cases.loadFull(id);
        if (!c) {
            qWarning("%s", qPrintable(c.error().toLine()));
            return s;
        }
        s.cases.append(*c);
    }
    return s;
}

bool professionHasOrdre(Profession profession)
{
    switch (profession) {
    case Profession::Medecin:
    case Profession::ChirurgienDentiste:
    case Profession::SageFemme:
    case Profession::Infirmier:
    case Profession::MasseurKinesitherapeute:
    case Profession::PedicurePodologue:
    case Profession::Pharmacien:
        return true;
    default:
        return false;
    }
}

template <typename E>
QStringList missing(const QSet<E>& seen)
{
    QStringList keys;
    for (E value : allValues<E>()) {
        if (!seen.contains(value)) {
            keys.append(keyOf(value));
        }
    }
    return keys;
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private:
    const QDate m_asOf {2026, 3, 16};
    const FixedClock m_clock {m_asOf};

    // One 200-case database shared by the read-only checks.
    std::unique_ptr<TemporaryDatabase> m_big;
    DemoSummary m_bigSummary;
    Snapshot m_bigData;

private slots:
    void initTestCase()
    {
        m_big = std::make_unique<TemporaryDatabase>();
        auto summary = DemoGenerator::generate(m_big->db(), {200, 42, m_asOf});
        QVERIFY2(summary.ok(), qPrintable(summary ? QString() : summary.error().toLine()));
        m_bigSummary = *summary;
        m_bigData = snapshotOf(m_big->db(), m_clock);
    }

    void cleanupTestCase() { m_big.reset(); }

    void summaryMatchesDatabase()
    {
        QCOMPARE(m_bigSummary.cases, 200);
        QCOMPARE(int(m_bigData.cases.size()), 200);
        QCOMPARE(int(m_bigData.persons.size()), m_bigSummary.persons);
        QCOMPARE(int(m_bigData.professionals.size()), m_bigSummary.professionals);
        int procedures = 0;
        for (const Case& c : m_bigData.cases) {
            procedures += int(c.procedures.size());
        }
        QCOMPARE(procedures, m_bigSummary.procedures);
        QVERIFY(!m_bigData.profile.isEmpty());
        QVERIFY(Validation::validate(m_bigData.profile).ok());
    }

    void sameSeedGivesSameData()
    {
        TemporaryDatabase first;
        TemporaryDatabase second;
        auto a = DemoGenerator::generate(first.db(), {150, 7, m_asOf});
        auto b = DemoGenerator::generate(second.db(), {150, 7, m_asOf});
        QVERIFY(a.ok());
        QVERIFY(b.ok());
        QCOMPARE(a->persons, b->persons);
        QCOMPARE(a->professionals, b->professionals);
        QCOMPARE(a->procedures, b->procedures);
        const Snapshot left = snapshotOf(first.db(), m_clock);
        const Snapshot right = snapshotOf(second.db(), m_clock);
        QCOMPARE(left.cases.size(), 150);
        QCOMPARE(left.profile, right.profile);
        QCOMPARE(left.persons, right.persons);
        QCOMPARE(left.professionals, right.professionals);
        for (qsizetype i = 0; i < left.cases.size(); ++i) {
            QVERIFY2(left.cases.at(i) == right.cases.at(i), qPrintable(left.cases.at(i).reference));
        }
    }

    void differentSeedsGiveDifferentData()
    {
        TemporaryDatabase first;
        TemporaryDatabase second;
        QVERIFY(DemoGenerator::generate(first.db(), {30, 1, m_asOf}).ok());
        QVERIFY(DemoGenerator::generate(second.db(), {30, 2, m_asOf}).ok());
        const Snapshot left = snapshotOf(first.db(), m_clock);
        const Snapshot right = snapshotOf(second.db(), m_clock);
        QVERIFY(left.persons != right.persons);
        QVERIFY(left.professionals != right.professionals);
        QVERIFY(left.cases != right.cases);
        QCOMPARE(left.profile, right.profile); // the association does not depend on the seed
    }

    void everyValueAppears()
    {
        QSet<Profession> professions;
        for (const Professional& p : m_bigData.professionals) {
            professions.insert(p.profession);
        }
        QSet<RefusalForm> forms;
        QSet<Ground> grounds;
        QSet<ProcedureEventKind> events;
        QSet<Route> routes;
        QSet<CaseStatus> statuses;
        QSet<EvidenceKind> evidence;
        QSet<Coverage> coverage;
        for (const Person& p : m_bigData.persons) {
            for (Coverage c : p.coverage) {
                coverage.insert(c);
            }
        }
        for (const Case& c : m_bigData.cases) {
            statuses.insert(c.status);
            for (RefusalForm f : c.forms) {
                forms.insert(f);
            }
            for (Ground g : c.grounds) {
                grounds.insert(g);
            }
            for (const Evidence& e : c.evidence) {
                evidence.insert(e.kind);
            }
            for (const Procedure& p : c.procedures) {
                routes.insert(p.route);
                for (const ProcedureEvent& e : p.events) {
                    events.insert(e.kind);
                }
            }
        }
        QVERIFY2(missing(professions).isEmpty(), qPrintable(missing(professions).join(u',')));
        QVERIFY2(missing(forms).isEmpty(), qPrintable(missing(forms).join(u',')));
        QVERIFY2(missing(grounds).isEmpty(), qPrintable(missing(grounds).join(u',')));
        QVERIFY2(missing(routes).isEmpty(), qPrintable(missing(routes).join(u',')));
        QVERIFY2(missing(statuses).isEmpty(), qPrintable(missing(statuses).join(u',')));
        QVERIFY2(missing(coverage).isEmpty(), qPrintable(missing(coverage).join(u',')));
        for (ProcedureEventKind kind :
             {ProcedureEventKind::ComplaintSent, ProcedureEventKind::ComplaintReceived,
              ProcedureEventKind::AcknowledgementReceived, ProcedureEventKind::ForwardedToOtherAuthority,
              ProcedureEventKind::ConvocationSent, ProcedureEventKind::SessionHeld, ProcedureEventKind::Conciliation,
              ProcedureEventKind::NoConciliation, ProcedureEventKind::NoConciliationNoShow,
              ProcedureEventKind::TransmittedToDisciplinaryChamber, ProcedureEventKind::CarenceOfOrdre,
              ProcedureEventKind::DisciplinaryDecision, ProcedureEventKind::FinalSanction,
              ProcedureEventKind::ReminderSent, ProcedureEventKind::Closed}) {
            QVERIFY2(events.contains(kind), qPrintable(keyOf(kind)));
        }
        for (EvidenceKind kind : {EvidenceKind::ChronologicalAccount, EvidenceKind::Invoice,
                                  EvidenceKind::BookingScreenshot, EvidenceKind::WrittenAnswer}) {
            QVERIFY2(evidence.contains(kind), qPrintable(keyOf(kind)));
        }
    }

    void everyFormAndGroundFromSixtyCases_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {1u, 2u, 3u, 17u, 2026u, 99991u}) {
            QTest::addRow("seed %u", seed) << seed;
        }
    }

    void everyFormAndGroundFromSixtyCases()
    {
        QFETCH(quint32, seed);
        TemporaryDatabase tmp;
        QVERIFY(DemoGenerator::generate(tmp.db(), {60, seed, m_asOf}).ok());
        const Snapshot data = snapshotOf(tmp.db(), m_clock);
        QSet<RefusalForm> forms;
        QSet<Ground> grounds;
        QSet<Profession> professions;
        for (const Case& c : data.cases) {
            for (RefusalForm f : c.forms) {
                forms.insert(f);
            }
            for (Ground g : c.grounds) {
                grounds.insert(g);
            }
        }
        for (const Professional& p : data.professionals) {
            professions.insert(p.profession);
        }
        QVERIFY2(missing(forms).isEmpty(), qPrintable(missing(forms).join(u',')));
        QVERIFY2(missing(grounds).isEmpty(), qPrintable(missing(grounds).join(u',')));
        QVERIFY2(missing(professions).isEmpty(), qPrintable(missing(professions).join(u',')));
    }

    void everyRecordIsValid()
    {
        for (const Person& p : m_bigData.persons) {
            const Status s = Validation::validate(p, m_clock);
            QVERIFY2(s.ok(), qPrintable(s ? QString() : s.error().toLine()));
            QVERIFY(p.consentGiven || !p.consentDate.isValid());
            QCOMPARE(p.uid.size(), 36);
        }
        for (const Professional& p : m_bigData.professionals) {
            const Status s = Validation::validate(p);
            QVERIFY2(s.ok(), qPrintable(s ? QString() : s.error().toLine()));
            QCOMPARE(p.pharmacistSection.has_value(), p.profession == Profession::Pharmacien);
            if (p.profession == Profession::Medecin || p.profession == Profession::ChirurgienDentiste) {
                QVERIFY(p.sector.has_value());
            }
            QVERIFY(p.rpps.isEmpty() || Validation::isValidRpps(p.rpps));
            QCOMPARE(p.address.departement, Validation::departementForPostcode(p.address.postcode));
        }
        for (const Case& c : m_bigData.cases) {
            const Status s = Validation::validate(c, m_clock);
            QVERIFY2(s.ok(), qPrintable(s ? QString() : s.error().toLine()));
        }
    }

    void nothingHappensAfterAsOf()
    {
        const QDateTime now = m_clock.now();
        for (const Person& p : m_bigData.persons) {
            QVERIFY(p.birthDate <= m_asOf);
            QVERIFY(!p.consentDate.isValid() || p.consentDate <= m_asOf);
        }
        for (const Case& c : m_bigData.cases) {
            QVERIFY(!c.factDates.isEmpty());
            for (const QDate& d : c.factDates) {
                QVERIFY2(d <= m_asOf, qPrintable(c.reference));
            }
            QVERIFY(c.createdAt <= now);
            QVERIFY(c.updatedAt <= now);
            QVERIFY(c.createdAt <= c.updatedAt);
            for (const Evidence& e : c.evidence) {
                QVERIFY(e.date <= m_asOf);
                QVERIFY(e.addedAt <= now);
            }
            for (const Mandate& m : c.mandates) {
                QVERIFY(m.signedDate <= m_asOf);
                QVERIFY(!m.isRevoked() || (m.revokedDate >= m.signedDate && m.revokedDate <= m_asOf));
            }
            for (const Procedure& p : c.procedures) {
                for (const ProcedureEvent& e : p.events) {
                    QVERIFY2(e.date <= m_asOf || e.kind == ProcedureEventKind::SessionScheduled,
                             qPrintable(c.reference + u' ' + keyOf(e.kind)));
                }
            }
        }
    }

    void storiesAreConsistent()
    {
        QHash<qint64, Person> persons;
        for (const Person& p : m_bigData.persons) {
            persons.insert(p.id, p);
        }
        QHash<qint64, Professional> professionals;
        for (const Professional& p : m_bigData.professionals) {
            professionals.insert(p.id, p);
        }
        static const QRegularExpression referencePattern(QStringLiteral("^(\\d{4})-\\d{4,}$"));
        QSet<QString> references;
        QSet<qint64> usedProfessionals;
        for (const Case& c : m_bigData.cases) {
            const auto match = referencePattern.match(c.reference);
            QVERIFY2(match.hasMatch(), qPrintable(c.reference));
            QCOMPARE(match.captured(1).toInt(), c.createdAt.date().year());
            QVERIFY(!references.contains(c.reference));
            references.insert(c.reference);
            QVERIFY(!c.narrative.isEmpty());
            QVERIFY(!c.evidence.isEmpty());

            const Person person = persons.value(c.personId);
            const Professional main = professionals.value(c.professionalIds.first());
            QVERIFY(!person.lastName.isEmpty());
            QVERIFY(!main.lastName.isEmpty());
            for (qint64 id : c.professionalIds) {
                usedProfessionals.insert(id);
            }
            const bool oldFacts = c.factDates.first() < QDate(2019, 11, 1);
            if (c.grounds.contains(Ground::CMUC) || c.grounds.contains(Ground::ACS)) {
                QVERIFY2(oldFacts, qPrintable(c.reference));
            }
            if (c.grounds.contains(Ground::C2S)) {
                QVERIFY2(!oldFacts, qPrintable(c.reference));
                QVERIFY(person.coverage.contains(Coverage::C2S));
            }
            if (c.grounds.contains(Ground::AME)) {
                QVERIFY(person.coverage.contains(Coverage::AME));
            }
            if (c.grounds.contains(Ground::Pregnancy)) {
                QCOMPARE(person.civility == Civility::Monsieur, false);
            }
            if (c.forms.contains(RefusalForm::RefusalOfSale)) {
                QCOMPARE(main.profession, Profession::Pharmacien);
            }
            for (const Procedure& p : c.procedures) {
                if (p.route == Route::Conciliation) {
                    QVERIFY2(professionHasOrdre(main.profession), qPrintable(c.reference));
                    QVERIFY(p.authorityKind == AuthorityKind::Cpam || p.authorityKind == AuthorityKind::Ordre);
                }
                if (p.route == Route::Dgccrf) {
                    QVERIFY(c.forms.contains(RefusalForm::RefusalOfSale));
                }
                QVERIFY(!p.authorityName.isEmpty());
                QCOMPARE(p.status == ProcedureStatus::Closed,
                         p.has(ProcedureEventKind::Closed) || p.has(ProcedureEventKind::Withdrawn));
            }
            if (!professionHasOrdre(main.profession)) {
                for (const Procedure& p : c.procedures) {
                    QVERIFY(p.route != Route::Conciliation);
                }
            }
            if (c.status == CaseStatus::Intake) {
                QVERIFY(c.procedures.isEmpty());
            }
        }
        // The same professional comes back in several cases, and every one of them is used.
        QVERIFY(m_bigData.professionals.size() < m_bigData.cases.size());
        QCOMPARE(usedProfessionals.size(), m_bigData.professionals.size());
    }

    void proceduresAtEveryStage()
    {
        bool overdue = false;
        bool repeatOffence = false;
        bool revoked = false;
        bool scheduled = false;
        bool mediatorForNoOrdre = false;
        QSet<qint64> sanctioned;
        QHash<qint64, Profession> professions;
        for (const Professional& p : m_bigData.professionals) {
            professions.insert(p.id, p.profession);
        }
        for (const Case& c : m_bigData.cases) {
            for (const Mandate& m : c.mandates) {
                revoked = revoked || m.isRevoked();
            }
            for (const Procedure& p : c.procedures) {
                if (p.route == Route::CpamMediator
                    && !professionHasOrdre(professions.value(c.professionalIds.first()))) {
                    mediatorForNoOrdre = true;
                }
                if (p.route != Route::Conciliation) {
                    continue;
                }
                const auto received = p.firstDate(ProcedureEventKind::ComplaintReceived);
                if (received && *received < m_asOf.addMonths(-3) && !p.has(ProcedureEventKind::SessionHeld)
                    && !p.has(ProcedureEventKind::TransmittedToDisciplinaryChamber)
                    && !p.has(ProcedureEventKind::CarenceOfOrdre) && p.status == ProcedureStatus::Open) {
                    overdue = true;
                }
                if (p.has(ProcedureEventKind::TransmittedToDisciplinaryChamber)
                    && !p.has(ProcedureEventKind::SessionHeld)) {
                    repeatOffence = true;
                }
                if (p.has(ProcedureEventKind::FinalSanction)) {
                    sanctioned.insert(c.professionalIds.first());
                }
                if (p.has(ProcedureEventKind::SessionScheduled)) {
                    scheduled = true;
                    QVERIFY(*p.firstDate(ProcedureEventKind::SessionScheduled) > m_asOf);
                }
            }
        }
        QVERIFY(overdue);
        QVERIFY(repeatOffence);
        QVERIFY(revoked);
        QVERIFY(scheduled);
        QVERIFY(mediatorForNoOrdre);
        // A few professionals only, not most of them.
        QVERIFY(!sanctioned.isEmpty());
        QVERIFY(sanctioned.size() < m_bigData.professionals.size() / 4);
    }

    void zeroCasesSavesOnlyTheAssociation()
    {
        TemporaryDatabase tmp;
        auto summary = DemoGenerator::generate(tmp.db(), {0, 1, m_asOf});
        QVERIFY(summary.ok());
        QCOMPARE(summary->cases, 0);
        const Snapshot data = snapshotOf(tmp.db(), m_clock);
        QVERIFY(!data.profile.isEmpty());
        QVERIFY(data.persons.isEmpty());
        QVERIFY(data.professionals.isEmpty());
        QVERIFY(data.cases.isEmpty());
    }

    void keepsAnExistingAssociation()
    {
        TemporaryDatabase tmp;
        AssociationProfile mine;
        mine.name = QStringLiteral("Association des usagers du Val");
        mine.address.postcode = QStringLiteral("20200");
        mine.address.city = QStringLiteral("Bastia");
        QVERIFY(AssociationRepository(tmp.db()).save(mine).ok());
        QVERIFY(DemoGenerator::generate(tmp.db(), {5, 3, m_asOf}).ok());
        auto loaded = AssociationRepository(tmp.db()).load();
        QVERIFY(loaded.ok());
        QCOMPARE(*loaded, mine);
    }

    void runsTwiceIntoOneDatabase()
    {
        TemporaryDatabase tmp;
        QVERIFY(DemoGenerator::generate(tmp.db(), {40, 5, m_asOf}).ok());
        auto again = DemoGenerator::generate(tmp.db(), {40, 5, m_asOf});
        QVERIFY2(again.ok(), qPrintable(again ? QString() : again.error().toLine()));
        const Snapshot data = snapshotOf(tmp.db(), m_clock);
        QCOMPARE(data.cases.size(), 80);
        QSet<QString> uids;
        for (const Case& c : data.cases) {
            uids.insert(c.uid);
        }
        QCOMPARE(uids.size(), 80);
    }

    void otherDatesStayValid_data()
    {
        QTest::addColumn<QDate>("asOf");
        QTest::newRow("C2S just created") << QDate(2019, 12, 2);
        QTest::newRow("end of February, leap year") << QDate(2024, 2, 29);
        QTest::newRow("far ahead") << QDate(2031, 12, 31);
    }

    void otherDatesStayValid()
    {
        QFETCH(QDate, asOf);
        const FixedClock clock(asOf);
        TemporaryDatabase tmp;
        auto summary = DemoGenerator::generate(tmp.db(), {80, 11, asOf});
        QVERIFY2(summary.ok(), qPrintable(summary ? QString() : summary.error().toLine()));
        const Snapshot data = snapshotOf(tmp.db(), clock);
        QCOMPARE(data.cases.size(), 80);
        for (const Case& c : data.cases) {
            const Status s = Validation::validate(c, clock);
            QVERIFY2(s.ok(), qPrintable(s ? QString() : s.error().toLine()));
        }
    }

    void invalidOptionsLeaveTheDatabaseEmpty()
    {
        TemporaryDatabase tmp;
        auto noDate = DemoGenerator::generate(tmp.db(), {10, 1, QDate()});
        QVERIFY(!noDate.ok());
        QCOMPARE(noDate.error().field, QStringLiteral("asOf"));
        auto negative = DemoGenerator::generate(tmp.db(), {-1, 1, m_asOf});
        QVERIFY(!negative.ok());
        QCOMPARE(negative.error().field, QStringLiteral("cases"));
        const Snapshot data = snapshotOf(tmp.db(), m_clock);
        QVERIFY(data.profile.isEmpty());
        QVERIFY(data.persons.isEmpty());
        QVERIFY(data.professionals.isEmpty());
        QVERIFY(data.cases.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "TestDemoGenerator.moc"
