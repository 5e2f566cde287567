#include "DocumentEditorDialog.h"

#include "documents/PdfRenderer.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextEdit>
#include <QVBoxLayout>

namespace saisine {

DocumentEditorDialog::DocumentEditorDialog(DocumentService& service, qint64 caseId, ComposedDocument document,
                                           QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_caseId(caseId)
    , m_document(std::move(document))
    , m_editor(new QTextEdit(this))
    , m_keep(new QCheckBox(tr("&Keep the printed or saved PDF in the case's register"), this))
{
    setObjectName(QStringLiteral("documentEditorDialog"));
    setWindowTitle(DocumentKinds::label(m_document.kind));
    resize(820, 900);

    auto* hint =
        new QLabel(tr("Check the letter and adjust the wording if needed. Changes apply to this letter only."), this);
    hint->setWordWrap(true);

    m_editor->setObjectName(QStringLiteral("documentEditor"));
    m_editor->setAccessibleName(tr("Text of the document"));
    // The editor shows the same QTextDocument the PDF is made from (fonts, logo).
    auto composed = PdfRenderer::textDocument(m_document);
    composed->setParent(m_editor);
    m_editor->setDocument(composed.release());

    m_keep->setObjectName(QStringLiteral("keepInRegister"));
    m_keep->setChecked(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* previewButton = buttons->addButton(tr("Pre&view…"), QDialogButtonBox::ActionRole);
    auto* printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    auto* saveButton = buttons->addButton(tr("&Save as PDF…"), QDialogButtonBox::ActionRole);
    previewButton->setObjectName(QStringLiteral("previewButton"));
    printButton->setObjectName(QStringLiteral("printButton"));
    saveButton->setObjectName(QStringLiteral("savePdfButton"));
    connect(previewButton, &QPushButton::clicked, this, &DocumentEditorDialog::preview);
    connect(printButton, &QPushButton::clicked, this, &DocumentEditorDialog::print);
    connect(saveButton, &QPushButton::clicked, this, &DocumentEditorDialog::saveAs);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_keep);
    layout->addWidget(buttons);
}

Result<QByteArray> DocumentEditorDialog::currentPdf() const
{
    // A fresh document from the editor's text, so laying it out for the PDF does not disturb
    // the editor's own layout.
    auto doc = PdfRenderer::textDocument(m_editor->document()->toHtml(), m_document.logo);
    return PdfRenderer::toPdf(*doc, {m_document.title, m_document.author});
}

Status DocumentEditorDialog::store(const QByteArray& pdf)
{
    if (!m_keep->isChecked()) {
        return {};
    }
    auto stored = m_service.finalise(m_caseId, m_document, pdf);
    if (!stored) {
        return stored.error();
    }
    emit documentStored(stored->id);
    return {};
}

Status DocumentEditorDialog::saveTo(const QString& path)
{
    auto pdf = currentPdf();
    if (!pdf) {
        return pdf.error();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*pdf) != pdf->size() || !file.commit()) {
        return Error {tr("The PDF could not be written to %1.").arg(path), file.errorString(), {}, {}};
    }
    return store(*pdf);
}

void DocumentEditorDialog::saveAs()
{
    const QString suggested = DocumentKinds::key(m_document.kind) + QLatin1Char('-')
        + m_document.date.toString(Qt::ISODate) + QStringLiteral(".pdf");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    if (Status s = saveTo(path); !s) {
        showError(s.error());
    }
}

void DocumentEditorDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setResolution(PdfRenderer::resolution); // the same layout as the stored PDF
    printer.setDocName(m_document.title);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    auto doc = PdfRenderer::textDocument(m_editor->document()->toHtml(), m_document.logo);
    if (Status s = PdfRenderer::paint(*doc, printer); !s) {
        showError(s.error());
        return;
    }
    // The register keeps the PDF of exactly what was printed.
    auto pdf = currentPdf();
    if (!pdf) {
        showError(pdf.error());
        return;
    }
    if (Status s = store(*pdf); !s) {
        showError(s.error());
    }
}

void DocumentEditorDialog::preview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setResolution(PdfRenderer::resolution);
    QPrintPreviewDialog dialog(&printer, this);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter* target) {
        auto doc = PdfRenderer::textDocument(m_editor->document()->toHtml(), m_document.logo);
        if (Status s = PdfRenderer::paint(*doc, *target); !s) {
            showError(s.error());
        }
    });
    dialog.exec();
}

void DocumentEditorDialog::showError(const Error& error)
{
    QMessageBox::warning(this, windowTitle(), error.message);
}

} // namespace saisine
