#include "CaseFileModels.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QFont>

#include <algorithm>

namespace saisine {

namespace {

QString shortDate(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

bool validRow(const QModelIndex& index, qsizetype rows, int columns)
{
    return index.isValid() && !index.parent().isValid() && index.row() < rows && index.column() < columns;
}

} // namespace

QString lawSourceText(const law::LawSource& law, bool beforeInForce)
{
    QString text = law.source;
    if (law.needsConfirmation) {
        text += QLatin1Char(' ') + QCoreApplication::translate("CaseFile", "[to confirm]");
    }
    if (law.fromOverride) {
        text += QLatin1Char(' ') + QCoreApplication::translate("CaseFile", "[corrected by the association]");
    }
    if (beforeInForce) {
        text += QLatin1Char(' ') + QCoreApplication::translate("CaseFile", "[date before this rule took effect]");
    }
    return text;
}

// --- EvidenceModel

void EvidenceModel::setEvidence(const QList<Evidence>& evidence)
{
    beginResetModel();
    m_items = evidence;
    endResetModel();
}

void EvidenceModel::append(const Evidence& evidence)
{
    beginInsertRows({}, int(m_items.size()), int(m_items.size()));
    m_items.append(evidence);
    endInsertRows();
}

void EvidenceModel::removeAt(int row)
{
    if (row < 0 || row >= m_items.size()) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
}

int EvidenceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int EvidenceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EvidenceModel::data(const QModelIndex& index, int role) const
{
    if (!validRow(index, m_items.size(), ColumnCount)) {
        return {};
    }
    const Evidence& item = m_items.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == HashColumn) {
        return item.fileSha256;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case KindColumn:
        return labelOf(item.kind);
    case DateColumn:
        return shortDate(item.date);
    case DescriptionColumn:
        return item.description;
    case FileColumn:
        return item.fileName.isEmpty() ? tr("no file yet") : item.fileName;
    case HashColumn:
        // The first characters are enough to compare with a printed exhibit list.
        return item.fileSha256.left(16);
    }
    return {};
}

QVariant EvidenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case DateColumn:
        return tr("Date");
    case DescriptionColumn:
        return tr("Description");
    case FileColumn:
        return tr("File");
    case HashColumn:
        return tr("SHA-256 (start)");
    }
    return {};
}

// --- ProcedureEventsModel

void ProcedureEventsModel::setEvents(const QList<ProcedureEvent>& events)
{
    beginResetModel();
    m_events = events;
    std::stable_sort(m_events.begin(), m_events.end(),
                     [](const ProcedureEvent& a, const ProcedureEvent& b) { return a.date < b.date; });
    endResetModel();
}

int ProcedureEventsModel::add(const ProcedureEvent& event)
{
    const auto at = std::upper_bound(m_events.begin(), m_events.end(), event,
                                     [](const ProcedureEvent& a, const ProcedureEvent& b) { return a.date < b.date; });
    const int row = int(at - m_events.begin());
    beginInsertRows({}, row, row);
    m_events.insert(row, event);
    endInsertRows();
    return row;
}

void ProcedureEventsModel::removeAt(int row)
{
    if (row < 0 || row >= m_events.size()) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_events.removeAt(row);
    endRemoveRows();
}

int ProcedureEventsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int ProcedureEventsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProcedureEventsModel::data(const QModelIndex& index, int role) const
{
    if (!validRow(index, m_events.size(), ColumnCount) || role != Qt::DisplayRole) {
        return {};
    }
    const ProcedureEvent& event = m_events.at(index.row());
    switch (index.column()) {
    case DateColumn:
        return shortDate(event.date);
    case KindColumn:
        return labelOf(event.kind);
    case NoteColumn:
        return event.note;
    }
    return {};
}

QVariant ProcedureEventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case DateColumn:
        return tr("Date");
    case KindColumn:
        return tr("Step");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

// --- DeadlinesModel

void DeadlinesModel::setDeadlines(const QList<Deadline>& deadlines)
{
    beginResetModel();
    m_deadlines = deadlines;
    endResetModel();
}

int DeadlinesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_deadlines.size());
}

int DeadlinesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeadlinesModel::data(const QModelIndex& index, int role) const
{
    if (!validRow(index, m_deadlines.size(), ColumnCount)) {
        return {};
    }
    const Deadline& deadline = m_deadlines.at(index.row());
    const bool overdue = deadline.status == DeadlineStatus::Overdue;
    if (role == Qt::ForegroundRole && overdue) {
        return QBrush(QColor(0xb0, 0x00, 0x20));
    }
    if (role == Qt::FontRole && overdue) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == StatusKeyRole) {
        return ConciliationDeadlines::statusKey(deadline.status);
    }
    if (role == DeadlineKeyRole) {
        return deadline.key;
    }
    if (role == Qt::ToolTipRole) {
        return deadline.rule;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case StepColumn:
        return deadline.label();
    case DueColumn: {
        QString text = shortDate(deadline.due);
        if (deadline.due.isValid() && !deadline.flags.isWorkingDay()) {
            text += QLatin1Char(' ') + tr("(non-working day)");
        }
        return text;
    }
    case StatusColumn:
        return ConciliationDeadlines::statusLabel(deadline.status);
    case RuleColumn:
        return deadline.rule;
    case SourceColumn:
        return lawSourceText(deadline.law, deadline.lawBeforeInForce);
    }
    return {};
}

QVariant DeadlinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case StepColumn:
        return tr("Deadline");
    case DueColumn:
        return tr("Due on");
    case StatusColumn:
        return tr("Status");
    case RuleColumn:
        return tr("Rule");
    case SourceColumn:
        return tr("Legal source");
    }
    return {};
}

// --- MandatesModel

void MandatesModel::setMandates(const QList<Mandate>& mandates)
{
    beginResetModel();
    m_mandates = mandates;
    endResetModel();
}

void MandatesModel::append(const Mandate& mandate)
{
    beginInsertRows({}, int(m_mandates.size()), int(m_mandates.size()));
    m_mandates.append(mandate);
    endInsertRows();
}

void MandatesModel::replace(int row, const Mandate& mandate)
{
    if (row < 0 || row >= m_mandates.size()) {
        return;
    }
    m_mandates[row] = mandate;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void MandatesModel::removeAt(int row)
{
    if (row < 0 || row >= m_mandates.size()) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_mandates.removeAt(row);
    endRemoveRows();
}

int MandatesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_mandates.size());
}

int MandatesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MandatesModel::data(const QModelIndex& index, int role) const
{
    if (!validRow(index, m_mandates.size(), ColumnCount) || role != Qt::DisplayRole) {
        return {};
    }
    const Mandate& mandate = m_mandates.at(index.row());
    switch (index.column()) {
    case KindColumn:
        return labelOf(mandate.kind);
    case ScopeColumn: {
        QStringList powers;
        for (MandateScope scope : mandate.scope) {
            powers.append(labelOf(scope));
        }
        return powers.join(QStringLiteral(", "));
    }
    case SignedColumn:
        return mandate.isSigned() ? shortDate(mandate.signedDate) : tr("not signed yet");
    case PlaceColumn:
        return mandate.signedPlace;
    case RevokedColumn:
        return shortDate(mandate.revokedDate);
    }
    return {};
}

QVariant MandatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case ScopeColumn:
        return tr("Powers");
    case SignedColumn:
        return tr("Signed on");
    case PlaceColumn:
        return tr("Signed at");
    case RevokedColumn:
        return tr("Revoked on");
    }
    return {};
}

} // namespace saisine
