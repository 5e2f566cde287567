#pragma once

#include "common/Result.h"
#include "model/Professional.h"
#include "model/Vocabulary.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace saisine {

class Clock;
class Database;

// What the case list asks for: the filters a caseworker sets and the text typed in the search
// field, matched against the reference, the person's name and the professionals' names.
struct CaseListQuery
{
    enum class Column { Reference, Person, Professionals, Profession, CaseStatus, NextDeadline };

    QString text; // every word must start a word of the reference or of a name; accents ignored
    std::optional<CaseStatus> status;
    std::optional<Profession> profession; // of the case's main professional
    std::optional<Route> route; // the case has a procedure on this route
    bool overdueOnly = false; // the next deadline is before today
    Column sortColumn = Column::Reference;
    bool descending = false;

    friend bool operator==(const CaseListQuery&, const CaseListQuery&) = default;
};

// One line of the case list.
struct CaseListRow
{
    qint64 caseId = 0;
    QString reference;
    QString person; // "Last First"
    QString professionals; // "Last First, Last First", the main professional first
    std::optional<Profession> profession;
    CaseStatus status = CaseStatus::Intake;
    QDate nextDeadline; // invalid when no deadline is pending
    QString nextDeadlineKey; // deadline key of the law tables (acknowledgement, session...)
};

// The earliest pending deadline of a case, as the procedure engine computed it.
struct NextDeadline
{
    QDate due;
    QString key;
    friend bool operator==(const NextDeadline&, const NextDeadline&) = default;
};

// The queries behind the case list (no SQL outside the store). Reads the case_list table and
// its case_search full-text index (migration 0002), which triggers keep in step with the
// records, so a page of 100,000 cases costs one indexed query.
class CaseSearch final
{
    Q_DECLARE_TR_FUNCTIONS(CaseSearch)

public:
    CaseSearch(Database& db, const Clock& clock);

    // `limit` rows from `offset`, in the query's order (ties broken by case id, so pages never
    // overlap or skip a row). `rowCount` is what count() gave for the query, when the caller has
    // it (it chooses how the page is read, see PagePlan); otherwise fetch() counts.
    Result<QList<CaseListRow>> fetch(const CaseListQuery& query, int offset, int limit,
                                     std::optional<int> rowCount = std::nullopt) const;
    // How many rows the query gives (a text alone is counted from the search index).
    Result<int> count(const CaseListQuery& query) const;

    // Rewrites the cached next deadline of the cases where it changed: `byCase` holds every case
    // with a pending deadline; the others lose theirs. Returns how many rows changed.
    Result<int> storeNextDeadlines(const QHash<qint64, NextDeadline>& byCase);

    // The FTS5 expression for what was typed: each word becomes a quoted prefix term, so that
    // quotes or operators typed by the user are searched as text, never parsed as syntax.
    static QString matchExpression(const QString& text);

    // How fetch() reads a page when a text is searched. Both ways give the same rows:
    // - LookUpMatches: each matching case is looked up in the list, then the matches are sorted.
    //   Its cost grows with the number of matches (about 0.65 µs each on a 2-core PC: 13 ms for
    //   the 20,000 cases "ma" matches at 100,000).
    // - ScanInOrder: the list is read in the order of its sort index and the matching rows kept
    //   until the page is full. Cheap when many match; at worst (the matches all at the end, as
    //   the references of the latest year are) it reads the whole index: about 12 ms at 100,000.
    // Automatic scans when the query gives a tenth of the cases or more: below, looking up costs
    // at most half the scan's worst case; above, the scan usually stops after a few hundred rows
    // (the matches are spread over the order) and at worst costs the same as looking up a fifth.
    // Tests force each way.
    enum class PagePlan { Automatic, LookUpMatches, ScanInOrder };
    void setPagePlan(PagePlan plan) { m_pagePlan = plan; }

private:
    // How many cases the text matches, whatever the other filters.
    Result<int> textMatches(const QString& text) const;

    Database& m_db;
    const Clock& m_clock;
    PagePlan m_pagePlan = PagePlan::Automatic;
};

// A professional of the directory, with the number of the association's cases against them.
struct ProfessionalSummary
{
    Professional professional;
    int caseCount = 0;
};

class ProfessionalDirectory final
{
    Q_DECLARE_TR_FUNCTIONS(ProfessionalDirectory)

public:
    explicit ProfessionalDirectory(Database& db);
    // Every professional, by name, with their case count (the mediator first checks whether a
    // professional is already known).
    Result<QList<ProfessionalSummary>> all() const;

private:
    Database& m_db;
};

} // namespace saisine
