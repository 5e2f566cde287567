#include "CaseSearch.h"

#include "Database.h"
#include "Repositories.h"
#include "SqlSupport.h"
#include "common/Clock.h"

#include <QHash>
#include <QRegularExpression>

namespace saisine {

using sql::exec;

namespace {

// Each ORDER BY matches an index of migration 0002 (same expressions, same collation), and ends
// with the case id so that the order is total and pages are stable.
QString orderBy(const CaseListQuery& query)
{
    QStringList terms;
    switch (query.sortColumn) {
    case CaseListQuery::Column::Reference:
        terms = {QStringLiteral("length(l.reference)"), QStringLiteral("l.reference")};
        break;
    case CaseListQuery::Column::Person:
        terms = {QStringLiteral("l.person_name COLLATE NOCASE")};
        break;
    case CaseListQuery::Column::Professionals:
        terms = {QStringLiteral("l.professional_names COLLATE NOCASE")};
        break;
    case CaseListQuery::Column::Profession:
        terms = {QStringLiteral("l.profession")};
        break;
    case CaseListQuery::Column::CaseStatus:
        terms = {QStringLiteral("l.status")};
        break;
    case CaseListQuery::Column::NextDeadline:
        // Cases without a pending deadline come last, whichever the direction.
        terms = {QStringLiteral("l.next_deadline IS NULL"), QStringLiteral("l.next_deadline")};
        break;
    }
    terms.append(QStringLiteral("l.case_id"));
    const QString direction = query.descending ? QStringLiteral(" DESC") : QString();
    for (qsizetype i = 0; i < terms.size(); ++i) {
        const bool nullsLastTerm = query.sortColumn == CaseListQuery::Column::NextDeadline && i == 0;
        if (!nullsLastTerm) {
            terms[i] += direction;
        }
    }
    return QStringLiteral(" ORDER BY ") + terms.join(QStringLiteral(", "));
}

using PagePlan = CaseSearch::PagePlan;

bool hasFilterBesidesText(const CaseListQuery& query)
{
    CaseListQuery textOnly;
    textOnly.text = query.text;
    textOnly.sortColumn = query.sortColumn;
    textOnly.descending = query.descending;
    return !(query == textOnly);
}

// The WHERE clause and its bound values.
QString whereClause(const CaseListQuery& query, const QDate& today, QVariantList& values,
                    PagePlan plan = PagePlan::LookUpMatches)
{
    QStringList conditions;
    const QString match = CaseSearch::matchExpression(query.text);
    if (!match.isEmpty()) {
        // The unary + keeps SQLite from driving the query by the matching ids (it cannot use an
        // index through an expression), so that it scans the sort index instead.
        conditions.append(
            plan == PagePlan::ScanInOrder
                ? QStringLiteral("+l.case_id IN (SELECT rowid FROM case_search WHERE case_search MATCH ?)")
                : QStringLiteral("l.case_id IN (SELECT rowid FROM case_search WHERE case_search MATCH ?)"));
        values.append(match);
    }
    if (query.status) {
        conditions.append(QStringLiteral("l.status = ?"));
        values.append(keyOf(*query.status));
    }
    if (query.profession) {
        conditions.append(QStringLiteral("l.profession = ?"));
        values.append(keyOf(*query.profession));
    }
    if (query.route) {
        conditions.append(
            QStringLiteral("EXISTS (SELECT 1 FROM procedure p WHERE p.case_id = l.case_id AND p.route = ?)"));
        values.append(keyOf(*query.route));
    }
    if (query.overdueOnly) {
        conditions.append(QStringLiteral("l.next_deadline < ?"));
        values.append(sql::dateValue(today));
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

} // namespace

CaseSearch::CaseSearch(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}

QString CaseSearch::matchExpression(const QString& text)
{
    // The same word boundaries as the unicode61 tokenizer: anything but letters and digits.
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    const QStringList words = text.split(separators, Qt::SkipEmptyParts);
    QStringList terms;
    for (const QString& word : words) {
        terms.append(QLatin1Char('"') + word + QStringLiteral("\"*"));
    }
    return terms.join(QLatin1Char(' '));
}

Result<int> CaseSearch::textMatches(const QString& text) const
{
    const QString match = matchExpression(text);
    if (match.isEmpty()) {
        return 0;
    }
    // The index alone answers: it holds one entry per row of case_list (the triggers of
    // migration 0002), so no row of the list is read.
    auto rows = exec(m_db, QStringLiteral("SELECT count(*) FROM case_search WHERE case_search MATCH ?"), {match},
                     tr("case list"));
    if (!rows) {
        return rows.error();
    }
    const int total = rows->next() ? rows->value(0).toInt() : 0;
    rows->finish();
    return total;
}

Result<QList<CaseListRow>> CaseSearch::fetch(const CaseListQuery& query, int offset, int limit,
                                             std::optional<int> rowCount) const
{
    PagePlan plan = m_pagePlan == PagePlan::Automatic ? PagePlan::LookUpMatches : m_pagePlan;
    if (m_pagePlan == PagePlan::Automatic && !matchExpression(query.text).isEmpty()) {
        if (!rowCount) {
            auto counted = count(query);
            if (!counted) {
                return counted.error();
            }
            rowCount = *counted;
        }
        // The highest case id stands for the number of cases (one B-tree descent, where a count
        // reads the whole index); deletions only make it lean to looking up.
        auto highest = exec(m_db, QStringLiteral("SELECT max(case_id) FROM case_list"), {}, tr("case list"));
        if (!highest) {
            return highest.error();
        }
        const qint64 cases = highest->next() ? highest->value(0).toLongLong() : 0;
        highest->finish();
        if (qint64(*rowCount) * 10 >= cases) {
            plan = PagePlan::ScanInOrder;
        }
    }
    QVariantList values;
    const QString sql = QStringLiteral("SELECT l.case_id, l.reference, l.person_name, l.professional_names, "
                                       "l.profession, l.status, l.next_deadline, l.next_deadline_key "
                                       "FROM case_list l")
        + whereClause(query, m_clock.today(), values, plan) + orderBy(query) + QStringLiteral(" LIMIT ? OFFSET ?");
    values.append(limit);
    values.append(offset);
    auto rows = exec(m_db, sql, values, tr("case list"));
    if (!rows) {
        return rows.error();
    }
    QList<CaseListRow> result;
    result.reserve(limit);
    while (rows->next()) {
        CaseListRow row;
        row.caseId = rows->value(0).toLongLong();
        row.reference = sql::toText(rows->value(1));
        row.person = sql::toText(rows->value(2));
        row.professionals = sql::toText(rows->value(3));
        row.profession = fromKey<Profession>(sql::toText(rows->value(4)));
        row.status = fromKey<CaseStatus>(sql::toText(rows->value(5))).value_or(CaseStatus::Intake);
        row.nextDeadline = sql::toDate(rows->value(6));
        row.nextDeadlineKey = sql::toText(rows->value(7));
        result.append(row);
    }
    rows->finish();
    return result;
}

Result<int> CaseSearch::count(const CaseListQuery& query) const
{
    if (!matchExpression(query.text).isEmpty() && !hasFilterBesidesText(query)) {
        return textMatches(query.text);
    }
    QVariantList values;
    const QString sql =
        QStringLiteral("SELECT count(*) FROM case_list l") + whereClause(query, m_clock.today(), values);
    auto rows = exec(m_db, sql, values, tr("case list"));
    if (!rows) {
        return rows.error();
    }
    const int total = rows->next() ? rows->value(0).toInt() : 0;
    rows->finish();
    return total;
}

Result<int> CaseSearch::storeNextDeadlines(const QHash<qint64, NextDeadline>& byCase)
{
    // Only the rows that differ are written: after the first run, a refresh usually writes a
    // handful of rows, not 100,000.
    auto current = exec(m_db,
                        QStringLiteral("SELECT case_id, next_deadline, next_deadline_key FROM case_list "
                                       "WHERE next_deadline IS NOT NULL"),
                        {}, tr("case list"));
    if (!current) {
        return current.error();
    }
    QHash<qint64, NextDeadline> stored;
    while (current->next()) {
        stored.insert(current->value(0).toLongLong(),
                      NextDeadline {sql::toDate(current->value(1)), sql::toText(current->value(2))});
    }
    current->finish();

    QList<std::pair<qint64, NextDeadline>> changes;
    for (auto it = byCase.cbegin(); it != byCase.cend(); ++it) {
        const auto old = stored.constFind(it.key());
        if (old == stored.cend() || !(old.value() == it.value())) {
            changes.append({it.key(), it.value()});
        }
    }
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (!byCase.contains(it.key())) {
            changes.append({it.key(), NextDeadline {}});
        }
    }
    if (changes.isEmpty()) {
        return 0;
    }
    Status written = m_db.transaction([&]() -> Status {
        for (const auto& [caseId, deadline] : std::as_const(changes)) {
            auto update = exec(m_db,
                               QStringLiteral("UPDATE case_list SET next_deadline = ?, next_deadline_key = ? "
                                              "WHERE case_id = ?"),
                               {sql::dateValue(deadline.due), sql::textValue(deadline.key), caseId}, tr("case list"));
            if (!update) {
                return update.error();
            }
        }
        return {};
    });
    if (!written) {
        return written.error();
    }
    return int(changes.size());
}

ProfessionalDirectory::ProfessionalDirectory(Database& db)
    : m_db(db)
{
}

Result<QList<ProfessionalSummary>> ProfessionalDirectory::all() const
{
    auto counts = exec(m_db,
                       QStringLiteral("SELECT professional_id, count(*) FROM case_professional "
                                      "GROUP BY professional_id"),
                       {}, tr("professionals"));
    if (!counts) {
        return counts.error();
    }
    QHash<qint64, int> caseCount;
    while (counts->next()) {
        caseCount.insert(counts->value(0).toLongLong(), counts->value(1).toInt());
    }
    counts->finish();
    auto professionals = ProfessionalRepository(m_db).all();
    if (!professionals) {
        return professionals.error();
    }
    QList<ProfessionalSummary> result;
    result.reserve(professionals->size());
    for (const Professional& professional : std::as_const(*professionals)) {
        result.append({professional, caseCount.value(professional.id)});
    }
    return result;
}

} // namespace saisine
