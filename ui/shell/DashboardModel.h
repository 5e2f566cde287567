#pragma once

#include "procedure/ProcedureService.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QList>

namespace saisine {

// The deadlines dashboard: every pending deadline of the open procedures, in three groups
// (overdue, due this week, upcoming), each line with what to do next. A tree: the groups are
// the top-level rows, the deadlines their children, earliest first.
class DashboardModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Group { OverdueGroup, ThisWeekGroup, UpcomingGroup, GroupCount };
    enum Column { DueColumn, CaseColumn, RouteColumn, DeadlineColumn, NextActionColumn, ColumnCount };
    enum Role { CaseIdRole = Qt::UserRole + 1, DueDateRole };

    struct Line
    {
        qint64 caseId = 0;
        QString reference;
        Route route = Route::Conciliation;
        QString authority;
        QString deadline; // translated label
        QDate due;
        QStringList actions; // translated, from the procedure engine
    };

    explicit DashboardModel(QObject* parent = nullptr);

    // Replaces the content with the deadlines of these follow-ups.
    void setFollowUps(const QList<ProcedureFollowUp>& followUps);
    const QList<Line>& lines(Group group) const { return m_groups[group]; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString groupLabel(Group group);

private:
    // Children carry their group in the internal id (group + 1); groups carry 0.
    static constexpr quintptr GroupId = 0;

    QList<Line> m_groups[GroupCount];
};

} // namespace saisine
