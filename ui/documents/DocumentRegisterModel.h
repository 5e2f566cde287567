#pragma once

#include "documents/DocumentRegister.h"

#include <QAbstractTableModel>
#include <QHash>

namespace saisine {

// The register of one case as a table: date, document, recipient, mandate state, SHA-256.
class DocumentRegisterModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, TitleColumn, RecipientColumn, StateColumn, ShaColumn, ColumnCount };

    explicit DocumentRegisterModel(QObject* parent = nullptr);

    void setDocuments(QList<StoredDocument> documents, QList<Mandate> mandates);
    const StoredDocument* documentAt(int row) const;
    const Mandate* mandateFor(const StoredDocument& document) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<StoredDocument> m_documents;
    QList<Mandate> m_mandates;
};

} // namespace saisine
