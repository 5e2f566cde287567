#pragma once

#include "store/CaseSearch.h"

#include <QAbstractTableModel>
#include <QList>

namespace saisine {

// The directory of professionals with the number of the association's cases against each.
// Associations know hundreds, not hundreds of thousands: the whole list is held, and sorted
// by a QSortFilterProxyModel in the view (SortRole gives numbers for the count).
class ProfessionalsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ProfessionColumn, SpecialtyColumn, CityColumn, RppsColumn, CasesColumn, ColumnCount };
    enum Role { ProfessionalIdRole = Qt::UserRole + 1, SortRole };

    explicit ProfessionalsModel(QObject* parent = nullptr);

    void setProfessionals(const QList<ProfessionalSummary>& professionals);
    const ProfessionalSummary* at(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ProfessionalSummary> m_rows;
};

} // namespace saisine
