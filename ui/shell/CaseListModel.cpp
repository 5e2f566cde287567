#include "CaseListModel.h"

#include "common/Clock.h"
#include "procedure/ConciliationDeadlines.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

namespace saisine {

CaseListModel::CaseListModel(Database& db, const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_search(db, clock)
    , m_clock(clock)
{
}

Result<QList<CaseListRow>> CaseListModel::nextPage() const
{
    // The count of the query is known: fetch() need not count again to choose how to read.
    return m_search.fetch(m_query, int(m_rows.size()), PageSize, m_total);
}

Status CaseListModel::setQuery(const CaseListQuery& query)
{
    beginResetModel();
    m_changing = true;
    m_query = query;
    m_rows.clear();
    m_total = 0;
    m_exhausted = true;
    auto total = m_search.count(m_query);
    if (total) {
        m_total = *total;
    }
    auto page = total ? nextPage() : Result<QList<CaseListRow>>(total.error());
    if (total && page) {
        m_rows = std::move(page).value();
        m_exhausted = m_rows.size() >= m_total;
    } else {
        m_total = 0;
    }
    endResetModel();
    m_changing = false;
    if (!total) {
        return total.error();
    }
    if (!page) {
        return page.error();
    }
    return {};
}

qint64 CaseListModel::caseIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).caseId : 0;
}

int CaseListModel::rowOfCase(qint64 caseId)
{
    for (int row = 0;; ++row) {
        if (row == m_rows.size()) {
            if (!canFetchMore({})) {
                return -1;
            }
            fetchMore({});
            if (row == m_rows.size()) {
                return -1; // the page could not be read
            }
        }
        if (m_rows.at(row).caseId == caseId) {
            return row;
        }
    }
}

int CaseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const CaseListRow& row = m_rows.at(index.row());
    if (role == CaseIdRole) {
        return row.caseId;
    }
    const bool overdue = row.nextDeadline.isValid() && row.nextDeadline < m_clock.today();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ReferenceColumn:
            return row.reference;
        case PersonColumn:
            return row.person;
        case ProfessionalsColumn:
            return row.professionals;
        case ProfessionColumn:
            return row.profession ? labelOf(*row.profession) : QString();
        case StatusColumn:
            return labelOf(row.status);
        case NextDeadlineColumn:
            return row.nextDeadline.isValid() ? QLocale().toString(row.nextDeadline, QLocale::ShortFormat) : QString();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == NextDeadlineColumn && row.nextDeadline.isValid()) {
            const QString label = ConciliationDeadlines::deadlineLabel(row.nextDeadlineKey);
            return overdue ? tr("%1 (overdue)").arg(label) : label;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == NextDeadlineColumn && overdue) {
            return QBrush(Qt::red);
        }
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == NextDeadlineColumn && overdue) {
            return tr("%1, overdue").arg(QLocale().toString(row.nextDeadline, QLocale::LongFormat));
        }
        return {};
    default:
        return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case ReferenceColumn:
        return tr("Reference");
    case PersonColumn:
        return tr("Person");
    case ProfessionalsColumn:
        return tr("Professionals");
    case ProfessionColumn:
        return tr("Profession");
    case StatusColumn:
        return tr("Status");
    case NextDeadlineColumn:
        return tr("Next deadline");
    default:
        return {};
    }
}

bool CaseListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void CaseListModel::fetchMore(const QModelIndex& parent)
{
    // Views and testers may ask for more while they handle our own reset or insert notifications;
    // rows inserted then would land inside that change (or twice). They ask again afterwards.
    if (parent.isValid() || m_exhausted || m_changing) {
        return;
    }
    auto page = nextPage();
    if (!page) {
        m_exhausted = true;
        emit loadFailed(page.error().message);
        return;
    }
    if (page->isEmpty()) {
        m_exhausted = true;
        return;
    }
    const int first = int(m_rows.size());
    m_changing = true;
    beginInsertRows({}, first, first + int(page->size()) - 1);
    m_rows.append(*page);
    // Before the notification: a view may ask for more from its rowsInserted handler.
    m_exhausted = m_rows.size() >= m_total || page->size() < PageSize;
    endInsertRows();
    m_changing = false;
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    static constexpr CaseListQuery::Column columns[] = {
        CaseListQuery::Column::Reference,  CaseListQuery::Column::Person,     CaseListQuery::Column::Professionals,
        CaseListQuery::Column::Profession, CaseListQuery::Column::CaseStatus, CaseListQuery::Column::NextDeadline,
    };
    if (column < 0 || column >= ColumnCount) {
        return;
    }
    CaseListQuery query = m_query;
    query.sortColumn = columns[column];
    query.descending = order == Qt::DescendingOrder;
    if (Status status = setQuery(query); !status) {
        emit loadFailed(status.error().message);
    }
}

} // namespace saisine
