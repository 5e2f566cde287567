#include "ProfessionalsModel.h"

namespace saisine {

ProfessionalsModel::ProfessionalsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ProfessionalsModel::setProfessionals(const QList<ProfessionalSummary>& professionals)
{
    beginResetModel();
    m_rows = professionals;
    endResetModel();
}

const ProfessionalSummary* ProfessionalsModel::at(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ProfessionalsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProfessionalsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProfessionalsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ProfessionalSummary& row = m_rows.at(index.row());
    const Professional& p = row.professional;
    if (role == ProfessionalIdRole) {
        return p.id;
    }
    if (role != Qt::DisplayRole && role != SortRole) {
        if (role == Qt::TextAlignmentRole && index.column() == CasesColumn) {
            return int(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        // Sorted by last name, shown as people read it.
        return role == SortRole ? QVariant(p.lastName + QLatin1Char(' ') + p.firstName) : QVariant(p.displayName());
    case ProfessionColumn:
        return labelOf(p.profession);
    case SpecialtyColumn:
        return p.specialty;
    case CityColumn:
        return p.address.city;
    case RppsColumn:
        return p.rpps;
    case CasesColumn:
        return row.caseCount;
    default:
        return {};
    }
}

QVariant ProfessionalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ProfessionColumn:
        return tr("Profession");
    case SpecialtyColumn:
        return tr("Specialty");
    case CityColumn:
        return tr("City");
    case RppsColumn:
        return tr("RPPS");
    case CasesColumn:
        return tr("Cases");
    default:
        return {};
    }
}

} // namespace saisine
