#pragma once

#include "casework/CaseworkService.h"
#include "procedure/RepeatOffence.h"

#include <QMessageBox>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace saisine {

class Clock;
class Database;
class EnumChecklist;
class EvidenceModel;
class FactsForm;
class MandatesModel;
class OptionalDateEdit;
class PersonForm;
class ProceduresSection;
class ProfessionalForm;
namespace law {
class LawTables;
}

// Everything about one case, in sections: the person, the professionals, the facts, the
// evidence, the procedures with their deadlines, the mandates and the notes. Edits stay on
// screen until save(), which writes them all in one transaction; they are never lost silently
// (hasUnsavedChanges, maybeSave, the window's modified flag).
class CaseFileWidget final : public QWidget
{
    Q_OBJECT

public:
    // Asked when unsaved changes would be lost; answers Save, Discard or Cancel. Tests replace it.
    using SaveQuestion = std::function<QMessageBox::StandardButton(const QString& question)>;
    // Asks for the file to attach as evidence; empty when cancelled. Tests replace it.
    using FileChooser = std::function<QString()>;

    enum Section {
        PersonSection,
        ProfessionalsSection,
        FactsSection,
        EvidenceSection,
        ProceduresSectionIndex,
        MandatesSection,
        NotesSection
    };

    CaseFileWidget(Database& db, const law::LawTables& tables, const Clock& clock, QWidget* parent = nullptr);
    ~CaseFileWidget() override;

    // Asks about unsaved changes of the case on screen first; an error when the caseworker
    // cancels or the case cannot be read.
    Status openCase(qint64 caseId);
    qint64 caseId() const { return m_stored.caseFile.id; }

    bool hasUnsavedChanges() const { return m_dirty; }
    Status save();
    void discardChanges();
    // True when it is fine to go on (saved, discarded, or nothing to save); false on Cancel or
    // when saving failed.
    bool maybeSave();

    // A section built elsewhere (the documents of the case), shown after the built-in ones.
    void addSection(const QString& title, QWidget* section);
    void showSection(int index);

    void setSaveQuestion(SaveQuestion question) { m_saveQuestion = std::move(question); }
    void setFileChooser(FileChooser chooser) { m_fileChooser = std::move(chooser); }

    // What is on screen, as it would be saved.
    CaseFileRecord editedRecord() const;

    // Files larger than this are refused: the database holds a copy of every attached file.
    static constexpr qint64 maximumFileSize = 50 * 1024 * 1024;

signals:
    void caseSaved(qint64 caseId);
    void proceduresChanged(qint64 caseId);
    void unsavedChangesChanged(bool unsaved);

private:
    QWidget* buildPersonSection();
    QWidget* buildProfessionalsSection();
    QWidget* buildFactsSection();
    QWidget* buildEvidenceSection();
    QWidget* buildMandatesSection();
    QWidget* buildNotesSection();

    void populate(const CaseFileRecord& record);
    void markEdited();
    void updateTitle();
    void showErrorFor(const Error& error, int section);
    Status validate(const CaseFileRecord& record, int* section) const;

    void attachFile(bool toSelected);
    void addClueWithoutFile();
    void loadMandateEditor(int row);
    Mandate mandateFromEditor(const Mandate& base) const;

    Database& m_db;
    const law::LawTables& m_tables;
    const Clock& m_clock;
    CaseFileRecord m_stored;
    QList<KnownCase> m_knownCases;
    bool m_dirty = false;
    bool m_populating = false;
    SaveQuestion m_saveQuestion;
    FileChooser m_fileChooser;

    QLabel* m_title = nullptr;
    QLabel* m_unsaved = nullptr;
    QLabel* m_error = nullptr;
    QComboBox* m_status = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_discardButton = nullptr;
    QTabWidget* m_sections = nullptr;

    PersonForm* m_personForm = nullptr;
    QList<ProfessionalForm*> m_professionalForms;
    QWidget* m_professionalsBox = nullptr;
    QLabel* m_knownWarning = nullptr;
    FactsForm* m_factsForm = nullptr;
    EnumChecklist* m_grounds = nullptr;

    EvidenceModel* m_evidenceModel = nullptr;
    QTableView* m_evidenceTable = nullptr;
    QComboBox* m_evidenceKind = nullptr;
    OptionalDateEdit* m_evidenceDate = nullptr;
    QLineEdit* m_evidenceDescription = nullptr;

    ProceduresSection* m_procedures = nullptr;

    MandatesModel* m_mandatesModel = nullptr;
    QTableView* m_mandatesTable = nullptr;
    QComboBox* m_mandateKind = nullptr;
    EnumChecklist* m_mandateScope = nullptr;
    OptionalDateEdit* m_mandateSigned = nullptr;
    QLineEdit* m_mandatePlace = nullptr;
    OptionalDateEdit* m_mandateRevoked = nullptr;

    QPlainTextEdit* m_notes = nullptr;
};

} // namespace saisine
