#include "DocumentsPanel.h"

#include "DocumentEditorDialog.h"
#include "DocumentRegisterModel.h"
#include "NewDocumentDialog.h"
#include "common/Clock.h"
#include "documents/DocumentService.h"
#include "store/Repositories.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
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
    , m_signButton(new QPushButton(tr("Record the si&gnature…"), this))
    , m_revokeButton(new QPushButton(tr("Re&voke the mandate…"), this))
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
    m_signButton->setObjectName(QStringLiteral("recordSignatureButton"));
    m_revokeButton->setObjectName(QStringLiteral("revokeMandateButton"));
    connect(m_signButton, &QPushButton::clicked, this, &DocumentsPanel::askSignature);
    connect(m_revokeButton, &QPushButton::clicked, this, &DocumentsPanel::askRevocation);

    connect(m_newButton, &QPushButton::clicked, this, &DocumentsPanel::newDocument);
    connect(m_saveButton, &QPushButton::clicked, this, &DocumentsPanel::saveCopy);
    connect(m_scanButton, &QPushButton::clicked, this, &DocumentsPanel::attachSignedCopy);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DocumentsPanel::updateButtons);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_signButton);
    buttons->addWidget(m_scanButton);
    buttons->addWidget(m_revokeButton);
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

const Mandate* DocumentsPanel::selectedMandate() const
{
    const StoredDocument* selected = m_model->documentAt(m_view->currentIndex().row());
    return selected ? m_model->mandateFor(*selected) : nullptr;
}

namespace {

Result<Mandate> findMandate(Database& db, const Clock& clock, qint64 caseId, qint64 mandateId)
{
    auto mandates = MandateRepository(db, clock).forCase(caseId);
    if (!mandates) {
        return mandates.error();
    }
    for (const Mandate& m : *mandates) {
        if (m.id == mandateId) {
            return m;
        }
    }
    return Error {DocumentsPanel::tr("This mandate no longer exists."), {}, {}, {}};
}

} // namespace

Status DocumentsPanel::recordSignature(qint64 mandateId, const QDate& date, const QString& place)
{
    auto mandate = findMandate(m_db, m_clock, m_caseId, mandateId);
    if (!mandate) {
        return mandate.error();
    }
    mandate->signedDate = date;
    mandate->signedPlace = place.trimmed();
    if (Status s = MandateRepository(m_db, m_clock).update(*mandate); !s) {
        return s;
    }
    return reload();
}

Status DocumentsPanel::revoke(qint64 mandateId, const QDate& date)
{
    auto mandate = findMandate(m_db, m_clock, m_caseId, mandateId);
    if (!mandate) {
        return mandate.error();
    }
    mandate->revokedDate = date;
    if (Status s = MandateRepository(m_db, m_clock).update(*mandate); !s) {
        return s;
    }
    return reload();
}

void DocumentsPanel::askSignature()
{
    const Mandate* mandate = selectedMandate();
    if (!mandate) {
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Record the signature"));
    auto* date = new QDateEdit(mandate->signedDate.isValid() ? mandate->signedDate : m_clock.today(), &dialog);
    date->setCalendarPopup(true);
    date->setMaximumDate(m_clock.today());
    date->setAccessibleName(tr("Date of signature"));
    auto* place = new QLineEdit(mandate->signedPlace, &dialog);
    place->setAccessibleName(tr("Place of signature"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("Signed on"), date);
    form->addRow(tr("Signed at"), place);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (Status s = recordSignature(mandate->id, date->date(), place->text()); !s) {
        QMessageBox::warning(this, tr("Record the signature"), s.error().message);
    }
}

void DocumentsPanel::askRevocation()
{
    const Mandate* mandate = selectedMandate();
    if (!mandate) {
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Revoke the mandate"));
    auto* date = new QDateEdit(m_clock.today(), &dialog);
    date->setCalendarPopup(true);
    date->setAccessibleName(tr("Date of revocation"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* form = new QFormLayout(&dialog);
    form->addRow(new QLabel(tr("The person revoked the mandate (by letter or in person). The association no longer "
                               "acts for them from this date."),
                            &dialog));
    form->addRow(tr("Revoked on"), date);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (Status s = revoke(mandate->id, date->date()); !s) {
        QMessageBox::warning(this, tr("Revoke the mandate"), s.error().message);
    }
}

void DocumentsPanel::updateButtons()
{
    m_newButton->setEnabled(m_caseId > 0);
    const StoredDocument* selected = m_model->documentAt(m_view->currentIndex().row());
    m_saveButton->setEnabled(selected != nullptr);
    const Mandate* mandate = selected ? m_model->mandateFor(*selected) : nullptr;
    m_signButton->setEnabled(mandate && !mandate->isRevoked());
    m_scanButton->setEnabled(mandate && mandate->isSigned() && !mandate->isRevoked());
    m_revokeButton->setEnabled(mandate && !mandate->isRevoked());
}

} // namespace saisine
