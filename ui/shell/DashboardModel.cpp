#include "DashboardModel.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace saisine {

DashboardModel::DashboardModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

QString DashboardModel::groupLabel(Group group)
{
    switch (group) {
    case OverdueGroup:
        return tr("Overdue");
    case ThisWeekGroup:
        return tr("Due this week");
    case UpcomingGroup:
        return tr("Upcoming");
    case GroupCount:
        break;
    }
    return {};
}

void DashboardModel::setFollowUps(const QList<ProcedureFollowUp>& followUps)
{
    beginResetModel();
    for (auto& group : m_groups) {
        group.clear();
    }
    for (const ProcedureFollowUp& followUp : followUps) {
        for (const Deadline& deadline : followUp.deadlines.deadlines) {
            Group group = GroupCount;
            switch (deadline.status) {
            case DeadlineStatus::Overdue:
                group = OverdueGroup;
                break;
            case DeadlineStatus::DueSoon:
                group = ThisWeekGroup;
                break;
            case DeadlineStatus::Upcoming:
                group = UpcomingGroup;
                break;
            default:
                break;
            }
            if (group == GroupCount || !deadline.due.isValid()) {
                continue;
            }
            Line line;
            line.caseId = followUp.caseId;
            line.reference = followUp.deadlines.caseReference;
            line.route = followUp.procedure.route;
            line.authority = followUp.procedure.authorityName;
            line.deadline = deadline.label();
            line.due = deadline.due;
            for (const NextAction& action : followUp.actions) {
                if (action.deadlineKey == deadline.key) {
                    line.actions.append(action.text);
                }
            }
            m_groups[group].append(line);
        }
    }
    for (auto& group : m_groups) {
        std::stable_sort(group.begin(), group.end(), [](const Line& a, const Line& b) {
            return a.due != b.due ? a.due < b.due : a.reference < b.reference;
        });
    }
    endResetModel();
}

QModelIndex DashboardModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount) {
        return {};
    }
    if (!parent.isValid()) {
        return row < GroupCount ? createIndex(row, column, GroupId) : QModelIndex();
    }
    if (parent.internalId() != GroupId || parent.column() != 0 || parent.row() >= GroupCount) {
        return {};
    }
    return row < m_groups[parent.row()].size() ? createIndex(row, column, quintptr(parent.row() + 1)) : QModelIndex();
}

QModelIndex DashboardModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == GroupId) {
        return {};
    }
    return createIndex(int(child.internalId() - 1), 0, GroupId);
}

int DashboardModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid()) {
        return GroupCount;
    }
    if (parent.internalId() != GroupId || parent.column() != 0) {
        return 0;
    }
    return int(m_groups[parent.row()].size());
}

int DashboardModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant DashboardModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    if (index.internalId() == GroupId) {
        const auto group = Group(index.row());
        if (role == Qt::DisplayRole && index.column() == 0) {
            return tr("%1 (%2)").arg(groupLabel(group)).arg(m_groups[group].size());
        }
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (role == Qt::ForegroundRole && group == OverdueGroup && !m_groups[group].isEmpty()) {
            return QBrush(Qt::red);
        }
        return {};
    }
    const auto group = Group(index.internalId() - 1);
    const Line& line = m_groups[group].at(index.row());
    switch (role) {
    case CaseIdRole:
        return line.caseId;
    case DueDateRole:
        return line.due;
    case Qt::DisplayRole:
        switch (index.column()) {
        case DueColumn:
            return QLocale().toString(line.due, QLocale::ShortFormat);
        case CaseColumn:
            return line.reference;
        case RouteColumn:
            return line.authority.isEmpty() ? labelOf(line.route)
                                            : tr("%1 (%2)").arg(labelOf(line.route), line.authority);
        case DeadlineColumn:
            return line.deadline;
        case NextActionColumn:
            return line.actions.join(QLatin1Char(' '));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == RouteColumn) {
            return index.data(Qt::DisplayRole);
        }
        if (index.column() == NextActionColumn && !line.actions.isEmpty()) {
            return line.actions.join(QLatin1Char('\n'));
        }
        return {};
    case Qt::ForegroundRole:
        if (group == OverdueGroup && index.column() == DueColumn) {
            return QBrush(Qt::red);
        }
        return {};
    default:
        return {};
    }
}

QVariant DashboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractItemModel::headerData(section, orientation, role);
    }
    switch (section) {
    case DueColumn:
        return tr("Due");
    case CaseColumn:
        return tr("Case");
    case RouteColumn:
        return tr("Route");
    case DeadlineColumn:
        return tr("Deadline");
    case NextActionColumn:
        return tr("Next action");
    default:
        return {};
    }
}

} // namespace saisine
