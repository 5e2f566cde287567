#include "NewDocumentDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace saisine {

NewDocumentDialog::NewDocumentDialog(const DocumentService& service, qint64 caseId, QWidget* parent)
    : QDialog(parent)
    , m_kinds(new QListWidget(this))
    , m_details(new QLabel(this))
{
    setObjectName(QStringLiteral("newDocumentDialog"));
    setWindowTitle(tr("New document"));
    m_kinds->setObjectName(QStringLiteral("documentKinds"));
    m_kinds->setAccessibleName(tr("Documents that can be written"));
    for (DocumentKind kind : DocumentKinds::all()) {
        auto missing = service.check(caseId, kind);
        const QList<MissingItem> items = missing ? *missing : QList<MissingItem> {{{}, missing.error().message}};
        m_missing.append(items);
        auto* item =
            new QListWidgetItem(items.isEmpty() ? DocumentKinds::label(kind)
                                                : tr("%1 (information missing)").arg(DocumentKinds::label(kind)),
                                m_kinds);
        item->setData(Qt::UserRole, int(kind));
    }
    m_details->setObjectName(QStringLiteral("missingDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_writeButton = buttons->addButton(tr("&Write…"), QDialogButtonBox::AcceptRole);
    m_writeButton->setObjectName(QStringLiteral("writeButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kinds, &QListWidget::currentRowChanged, this, &NewDocumentDialog::showSelected);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Which document?"), this));
    layout->addWidget(m_kinds, 1);
    layout->addWidget(m_details);
    layout->addWidget(buttons);
    m_kinds->setCurrentRow(0);
    showSelected();
}

std::optional<DocumentKind> NewDocumentDialog::chosenKind() const
{
    const QListWidgetItem* item = m_kinds->currentItem();
    if (!item || !m_missing.value(m_kinds->currentRow()).isEmpty()) {
        return std::nullopt;
    }
    return DocumentKind(item->data(Qt::UserRole).toInt());
}

void NewDocumentDialog::selectKind(DocumentKind kind)
{
    for (int row = 0; row < m_kinds->count(); ++row) {
        if (m_kinds->item(row)->data(Qt::UserRole).toInt() == int(kind)) {
            m_kinds->setCurrentRow(row);
        }
    }
}

QString NewDocumentDialog::missingText() const
{
    return m_details->text();
}

void NewDocumentDialog::showSelected()
{
    const QList<MissingItem> missing = m_missing.value(m_kinds->currentRow());
    if (missing.isEmpty()) {
        m_details->setText(tr("Everything this document needs is known."));
    } else {
        QStringList lines {tr("Before this document can be written:")};
        for (const MissingItem& item : missing) {
            lines.append(QStringLiteral("• ") + item.message);
        }
        m_details->setText(lines.join(QLatin1Char('\n')));
    }
    m_writeButton->setEnabled(missing.isEmpty());
}

} // namespace saisine
