#pragma once

#include "CompetentAuthority.h"
#include "LawTables.h"
#include "RepeatOffence.h"
#include "model/Case.h"
#include "model/Person.h"
#include "model/Professional.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace saisine {

class Clock;

// One route for a case: open or not, the competent bodies, and why, with the article.
struct RouteAdvice
{
    Route route = Route::Conciliation;
    bool open = false;
    QString why; // translated
    law::LawSource law;
    bool lawBeforeInForce = false;
    QList<CompetentBody> bodies;
    QStringList notes; // translated
};

// The date the law is read at: the receipt of the complaint, else the facts, else today.
enum class ReferenceDateBasis { Receipt, Facts, Today };

struct CaseRoutesReport
{
    qint64 caseId = 0;
    QString caseReference;
    QDate referenceDate;
    ReferenceDateBasis basis = ReferenceDateBasis::Today;
    QString departement;
    std::optional<DeontologyArticle> deontology;
    QList<KnownCase> knownCases;
    RepeatOffenceFinding repeatOffence;
    QList<RouteAdvice> routes;
};

// Which routes are open for a case (DOMAIN.md, "The routes"), often several in parallel.
class CaseRoutes final
{
    Q_DECLARE_TR_FUNCTIONS(CaseRoutes)

public:
    CaseRoutes(const law::LawTables& tables, const Clock& clock);

    // The law is read at the first receipt of a complaint in the case's procedures, else at the
    // first date of the facts, else today.
    static QDate referenceDate(const Case& c, const Clock& clock, ReferenceDateBasis* basis = nullptr);

    // `person` may be null (its cover then counts as unknown); `knownCases` are the association's
    // earlier cases against the same professional (RepeatOffence::knownCases).
    CaseRoutesReport advise(const Case& c, const Professional& professional, const Person* person,
                            const QList<KnownCase>& knownCases) const;

    static QString basisKey(ReferenceDateBasis basis); // stable key, for JSON
    static QString basisLabel(ReferenceDateBasis basis); // translated, for people

private:
    const law::LawTables& m_tables;
    const Clock& m_clock;
};

} // namespace saisine
