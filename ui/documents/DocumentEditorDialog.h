#pragma once

#include "common/Result.h"
#include "documents/DocumentService.h"

#include <QDialog>

class QTextEdit;
class QCheckBox;

namespace saisine {

// The last look before a letter leaves the office: the composed text opens in an editor for
// small adjustments, then it is printed or saved as PDF. What is printed or saved is stored in
// the case's register (unless unticked), exactly as it left.
class DocumentEditorDialog final : public QDialog
{
    Q_OBJECT

public:
    DocumentEditorDialog(DocumentService& service, qint64 caseId, ComposedDocument document, QWidget* parent = nullptr);

    // The PDF of the text as it stands in the editor.
    Result<QByteArray> currentPdf() const;
    // Writes the PDF to `path` and stores it in the register when asked; used by "Save as PDF".
    Status saveTo(const QString& path);
    QTextEdit* editor() const { return m_editor; }

signals:
    void documentStored(qint64 documentId);

private:
    void print();
    void preview();
    void saveAs();
    Status store(const QByteArray& pdf);
    void showError(const Error& error);

    DocumentService& m_service;
    qint64 m_caseId;
    ComposedDocument m_document;
    QTextEdit* m_editor;
    QCheckBox* m_keep;
};

} // namespace saisine
