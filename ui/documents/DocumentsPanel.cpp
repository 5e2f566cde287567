#include "DocumentsPanel.h"

#include "DocumentEditorDialog.h"
#include "DocumentRegisterModel.h"
#include "NewDocumentDialog.h"
#include "documents/DocumentService.h"
#include "store/Repositories.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace saisine {

DocumentsPanel::DocumentsPanel(Database& db, const law::LawTables& tables, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_tables(tables)
    , m_clock(clock)
    , m_service(std::make_unique<DocumentService>(db, tables, clock))
    , m_model(new DocumentRegisterModel(this))
    , m_view(new QTableView(this))
    , m_newButton(new QPushButton(tr("&New document…"), this))
    , m_saveButton(new QPushButton(tr("Save a &copy…"), this))
    , m_scanButton(new QPushButton(tr("Attach the &signed mandate…"), this))
{
    setObjectName(QStringLiteral("documentsPanel"));
    m_view->setObjectName(QStringLiteral("documentRegister"));
    m_view->setAccessibleName(tr("Documents of the case"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setSectionResizeMode(DocumentRegisterModel::TitleColumn, QHeaderView::Stretch);
    m_view->verticalHeader()->hide();
    m_newButton->setObjectName(QStringLiteral("newDocumentButton"));
    m_saveButton->setObjectName(QStringLiteral("saveCopyButton"));
    m_scanButton->setObjectName(QStringLiteral("attachScanButton"));

    connect(m_newButton, &QPushButton::clicked, this, &DocumentsPanel::newDocument);
    connect(m_saveButton, &QPushButton::clicked, this, &DocumentsPanel::saveCopy);
    connect(m_scanButton, &QPushButton::clicked, this, &DocumentsPanel::attachSignedCopy);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DocumentsPanel::updateButtons);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_scanButton);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    updateButtons();
}

DocumentsPanel::~DocumentsPanel() = default;

Status DocumentsPanel::openCase(qint64 caseId)
{
    m_caseId = caseId;
    return reload();
}

Status DocumentsPanel::reload()
{
    auto documents = DocumentRegister(m_db, m_clock).forCase(m_caseId);
    if (!documents) {
        return documents.error();
    }
    auto mandates = MandateRepository(m_db, m_clock).forCase(m_caseId);
    if (!mandates) {
        return mandates.error();
    }
    m_model->setDocuments(*documents, *mandates);
    updateButtons();
    return {};
}

Result<DocumentEditorDialog*> DocumentsPanel::createEditor(DocumentKind kind)
{
    auto composed = m_service->compose(m_caseId, kind);
    if (!composed) {
        return composed.error();
    }
    auto* editor = new DocumentEditorDialog(*m_service, m_caseId, *composed, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &DocumentEditorDialog::documentStored, this, [this] { refresh(); });
    return editor;
}

void DocumentsPanel::newDocument()
{
    NewDocumentDialog chooser(*m_service, m_caseId, this);
    if (chooser.exec() != QDialog::Accepted) {
        return;
    }
    const auto kind = chooser.chosenKind();
    if (!kind) {
        return;
    }
    auto editor = createEditor(*kind);
    if (!editor) {
        QMessageBox::warning(this, tr("New document"), editor.error().message);
        return;
    }
    (*editor)->open();
}

void DocumentsPanel::saveCopy()
{
    const StoredDocument* selected = m_model->documentAt(m_view->currentIndex().row());
    if (!selected) {
        return;
    }
    auto document = DocumentRegister(m_db, m_clock).get(selected->id);
    if (!document) {
        QMessageBox::warning(this, tr("Save a copy"), document.error().message);
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a copy"), document->fileName);
    if (path.isEmpty()) {
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(document->content) != document->content.size()
        || !file.commit()) {
        QMessageBox::warning(this, tr("Save a copy"), tr("The file could not be written: %1").arg(file.errorString()));
    }
}

void DocumentsPanel::attachSignedCopy()
{
    const StoredDocument* selected = m_model->documentAt(m_view->currentIndex().row());
    const Mandate* mandate = selected ? m_model->mandateFor(*selected) : nullptr;
    if (!mandate) {
        return;
    }
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Signed mandate"), {}, tr("Scans (*.pdf *.png *.jpg *.jpeg)"));
    if (path.isEmpty()) {
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Signed mandate"), tr("The file could not be read: %1").arg(file.errorString()));
        return;
    }
    const QByteArray content = file.readAll();
    const QString mime = QMimeDatabase().mimeTypeForFileNameAndData(path, content).name();
    auto scan = DocumentRegister(m_db, m_clock).attachSignedScan(*mandate, QFileInfo(path).fileName(), content, mime);
    if (!scan) {
        QMessageBox::warning(this, tr("Signed mandate"), scan.error().message);
        return;
    }
    refresh();
}

void DocumentsPanel::refresh()
{
    if (Status s = reload(); !s) {
        QMessageBox::warning(this, tr("Documents"), s.error().message);
    }
}

void DocumentsPanel::updateButtons()
{
    m_newButton->setEnabled(m_caseId > 0);
    const StoredDocument* selected = m_model->documentAt(m_view->currentIndex().row());
    m_saveButton->setEnabled(selected != nullptr);
    m_scanButton->setEnabled(selected && m_model->mandateFor(*selected) != nullptr);
}

} // namespace saisine
