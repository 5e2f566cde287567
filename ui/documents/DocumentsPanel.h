#pragma once

#include "common/Result.h"
#include "documents/DocumentKind.h"

#include <QDate>
#include <QWidget>

#include <memory>

class QTableView;
class QPushButton;
class QLabel;

namespace saisine {

class Clock;
class Database;
class DocumentRegisterModel;
class DocumentService;
struct Mandate;
namespace law {
class LawTables;
}

// The documents of one case: its register (letters sent, mandates and their state) and
// "New document…", which checks what is missing, composes, and opens the editor. The case
// file shows it as one of its sections.
class DocumentsPanel final : public QWidget
{
    Q_OBJECT

public:
    DocumentsPanel(Database& db, const law::LawTables& tables, const Clock& clock, QWidget* parent = nullptr);
    ~DocumentsPanel() override;

    Status openCase(qint64 caseId);
    qint64 caseId() const { return m_caseId; }
    DocumentRegisterModel* model() const { return m_model; }

    // What "New document…" does once a kind is chosen; returns the editor (not shown) so tests
    // can drive it, or the list of what is missing.
    Result<class DocumentEditorDialog*> createEditor(DocumentKind kind);

    // The mandate's life after printing: the date and place it was signed, its revocation.
    Status recordSignature(qint64 mandateId, const QDate& date, const QString& place);
    Status revoke(qint64 mandateId, const QDate& date);

public slots:
    Status reload();

private:
    void newDocument();
    void saveCopy();
    void attachSignedCopy();
    void askSignature();
    void askRevocation();
    const Mandate* selectedMandate() const;
    void updateButtons();
    void refresh(); // reload, telling the caseworker when it fails

    Database& m_db;
    const law::LawTables& m_tables;
    const Clock& m_clock;
    std::unique_ptr<DocumentService> m_service;
    qint64 m_caseId = 0;
    DocumentRegisterModel* m_model;
    QTableView* m_view;
    QPushButton* m_newButton;
    QPushButton* m_saveButton;
    QPushButton* m_scanButton;
    QPushButton* m_signButton;
    QPushButton* m_revokeButton;
};

} // namespace saisine
