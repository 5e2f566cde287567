#pragma once

#include "documents/DocumentService.h"

#include <QDialog>

class QListWidget;
class QLabel;
class QPushButton;

namespace saisine {

// Chooses the document to write, showing for each kind whether the case has all it needs and,
// if not, what is missing in plain language.
class NewDocumentDialog final : public QDialog
{
    Q_OBJECT

public:
    NewDocumentDialog(const DocumentService& service, qint64 caseId, QWidget* parent = nullptr);
    std::optional<DocumentKind> chosenKind() const;
    void selectKind(DocumentKind kind);
    QString missingText() const;

private:
    void showSelected();

    QList<QList<MissingItem>> m_missing; // per row
    QListWidget* m_kinds;
    QLabel* m_details;
    QPushButton* m_writeButton;
};

} // namespace saisine
