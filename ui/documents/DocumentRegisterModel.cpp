#include "DocumentRegisterModel.h"

#include <QLocale>

namespace saisine {

DocumentRegisterModel::DocumentRegisterModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void DocumentRegisterModel::setDocuments(QList<StoredDocument> documents, QList<Mandate> mandates)
{
    beginResetModel();
    m_documents = std::move(documents);
    m_mandates = std::move(mandates);
    endResetModel();
}

const StoredDocument* DocumentRegisterModel::documentAt(int row) const
{
    return row >= 0 && row < m_documents.size() ? &m_documents.at(row) : nullptr;
}

const Mandate* DocumentRegisterModel::mandateFor(const StoredDocument& document) const
{
    for (const Mandate& m : m_mandates) {
        if (m.id == document.mandateId && document.mandateId != 0) {
            return &m;
        }
    }
    return nullptr;
}

int DocumentRegisterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

int DocumentRegisterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DocumentRegisterModel::data(const QModelIndex& index, int role) const
{
    const StoredDocument* d = documentAt(index.row());
    if (!d || !index.isValid()) {
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DateColumn:
            return QLocale().toString(d->date, QLocale::ShortFormat);
        case TitleColumn:
            return d->role == DocumentRole::SignedScan ? tr("%1 (signed copy)").arg(DocumentKinds::label(d->kind))
                                                       : DocumentKinds::label(d->kind);
        case RecipientColumn:
            return d->recipient;
        case StateColumn:
            if (const Mandate* m = mandateFor(*d)) {
                return DocumentRegister::stateLabel(DocumentRegister::stateOf(*m, m_documents));
            }
            return QString();
        case ShaColumn:
            return d->sha256.left(12);
        default:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        return tr("%1\nSHA-256: %2\nTemplate: %3").arg(d->title, d->sha256, d->templateVersion);
    }
    if (role == Qt::UserRole) {
        return d->id;
    }
    return {};
}

QVariant DocumentRegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TitleColumn:
        return tr("Document");
    case RecipientColumn:
        return tr("Recipient");
    case StateColumn:
        return tr("Mandate");
    case ShaColumn:
        return tr("SHA-256");
    default:
        return {};
    }
}

} // namespace saisine
