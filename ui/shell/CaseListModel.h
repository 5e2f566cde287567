#pragma once

#include "common/Result.h"
#include "store/CaseSearch.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace saisine {

class Clock;
class Database;

// The case list, read a page at a time (canFetchMore/fetchMore) from CaseSearch, so that the
// first screen of 100,000 cases costs one page. Sorting and filtering are done by the query,
// never by a proxy model over every row.
class CaseListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ReferenceColumn,
        PersonColumn,
        ProfessionalsColumn,
        ProfessionColumn,
        StatusColumn,
        NextDeadlineColumn,
        ColumnCount
    };
    enum Role { CaseIdRole = Qt::UserRole + 1 };
    static constexpr int PageSize = 200;

    CaseListModel(Database& db, const Clock& clock, QObject* parent = nullptr);

    // Reloads from the first page with these filters and this order.
    Status setQuery(const CaseListQuery& query);
    const CaseListQuery& query() const { return m_query; }
    // Reloads with the current query (after a case changed).
    Status reload() { return setQuery(m_query); }
    // Number of cases matching the query, loaded or not.
    int totalCount() const { return m_total; }

    qint64 caseIdAt(int row) const;
    // The row of a case, loading further pages until it is found; -1 when the query excludes it.
    int rowOfCase(qint64 caseId);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // A page could not be read; the message is for the caseworker.
    void loadFailed(const QString& message);

private:
    Result<QList<CaseListRow>> nextPage() const;

    CaseSearch m_search;
    const Clock& m_clock;
    CaseListQuery m_query;
    QList<CaseListRow> m_rows;
    int m_total = 0;
    bool m_exhausted = true;
    bool m_changing = false; // inside our own reset or insert
};

} // namespace saisine
