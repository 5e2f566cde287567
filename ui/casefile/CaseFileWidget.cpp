#include "CaseFileWidget.h"

#include "CaseFileModels.h"
#include "FactsForm.h"
#include "FormSupport.h"
#include "PersonForm.h"
#include "ProceduresSection.h"
#include "ProfessionalForm.h"
#include "common/Clock.h"
#include "model/Validation.h"
#include "procedure/CompetentAuthority.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace saisine {

namespace {

bool sameRecord(const CaseFileRecord& a, const CaseFileRecord& b)
{
    return a.caseFile == b.caseFile && a.person == b.person && a.professionals == b.professionals;
}

QScrollArea* scrolled(QWidget* content)
{
    auto* area = new QScrollArea;
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

// The section a validation error belongs to, from the field it names.
int sectionOfCaseField(const QString& field)
{
    if (field.startsWith(QLatin1String("evidence"))) {
        return CaseFileWidget::EvidenceSection;
    }
    if (field.startsWith(QLatin1String("procedures"))) {
        return CaseFileWidget::ProceduresSectionIndex;
    }
    if (field.startsWith(QLatin1String("mandates"))) {
        return CaseFileWidget::MandatesSection;
    }
    if (field == QLatin1String("professionals")) {
        return CaseFileWidget::ProfessionalsSection;
    }
    return CaseFileWidget::FactsSection;
}

} // namespace

CaseFileWidget::CaseFileWidget(Database& db, const law::LawTables& tables, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_tables(tables)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("caseFile"));
    m_saveQuestion = [this](const QString& question) {
        return QMessageBox::question(this, tr("Unsaved changes"), question,
                                     QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    };
    m_fileChooser = [this]() { return QFileDialog::getOpenFileName(this, tr("Attach a file as evidence")); };

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("caseTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_unsaved = new QLabel(tr("Unsaved changes"), this);
    m_unsaved->setObjectName(QStringLiteral("unsavedIndicator"));
    m_unsaved->setAccessibleName(tr("This case has unsaved changes"));
    m_unsaved->setStyleSheet(
        QStringLiteral("color: #7a4b00; background: #fff4d6; border: 1px solid #d9a400; padding: 2px 6px;"));
    m_unsaved->hide();
    m_status = named(new QComboBox(this), "caseStatus", tr("Case status"));
    fillCombo<CaseStatus>(*m_status);
    m_saveButton = named(new QPushButton(tr("Save"), this), "saveButton", tr("Save the case"));
    m_discardButton =
        named(new QPushButton(tr("Discard changes"), this), "discardButton", tr("Discard the unsaved changes"));
    m_error = makeErrorLabel("caseFileError", this);

    m_sections = new QTabWidget(this);
    m_sections->setObjectName(QStringLiteral("caseSections"));
    m_sections->setAccessibleName(tr("Sections of the case file"));
    // No mnemonics on the tabs: the forms inside use the letters; Ctrl+Tab and Ctrl+PgDown
    // move between sections.
    m_sections->addTab(buildPersonSection(), tr("Person"));
    m_sections->addTab(buildProfessionalsSection(), tr("Professional"));
    m_sections->addTab(buildFactsSection(), tr("Facts"));
    m_sections->addTab(buildEvidenceSection(), tr("Evidence"));
    m_procedures = new ProceduresSection(tables, clock, this);
    m_procedures->setObjectName(QStringLiteral("proceduresSection"));
    m_sections->addTab(m_procedures, tr("Procedures"));
    m_sections->addTab(buildMandatesSection(), tr("Mandates"));
    m_sections->addTab(buildNotesSection(), tr("Notes"));

    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_unsaved);
    auto* statusLabel = new QLabel(tr("Case stat&us:"), this);
    statusLabel->setBuddy(m_status);
    header->addWidget(statusLabel);
    header->addWidget(m_status);
    header->addWidget(m_discardButton);
    header->addWidget(m_saveButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_error);
    layout->addWidget(m_sections, 1);

    connect(m_status, &QComboBox::currentIndexChanged, this, &CaseFileWidget::markEdited);
    connect(m_procedures, &ProceduresSection::edited, this, &CaseFileWidget::markEdited);
    connect(m_saveButton, &QPushButton::clicked, this, [this]() { (void)save(); });
    connect(m_discardButton, &QPushButton::clicked, this, &CaseFileWidget::discardChanges);
    setEnabled(false);
    updateTitle();
}

CaseFileWidget::~CaseFileWidget() = default;

QWidget* CaseFileWidget::buildPersonSection()
{
    m_personForm = new PersonForm;
    m_personForm->setToday(m_clock.today());
    connect(m_personForm, &PersonForm::edited, this, &CaseFileWidget::markEdited);
    return scrolled(m_personForm);
}

QWidget* CaseFileWidget::buildProfessionalsSection()
{
    auto* content = new QWidget;
    m_knownWarning = new QLabel(content);
    m_knownWarning->setObjectName(QStringLiteral("professionalKnownWarning"));
    m_knownWarning->setAccessibleName(tr("Professional already known"));
    m_knownWarning->setWordWrap(true);
    m_knownWarning->setStyleSheet(
        QStringLiteral("background: #fff4d6; border: 1px solid #d9a400; padding: 6px; font-weight: bold;"));
    m_knownWarning->hide();
    m_professionalsBox = new QWidget(content);
    new QVBoxLayout(m_professionalsBox);
    m_professionalsBox->layout()->setContentsMargins(0, 0, 0, 0);
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(m_knownWarning);
    layout->addWidget(m_professionalsBox);
    layout->addStretch();
    return scrolled(content);
}

QWidget* CaseFileWidget::buildFactsSection()
{
    auto* content = new QWidget;
    m_factsForm = new FactsForm(content);
    m_factsForm->setToday(m_clock.today());
    auto* groundsBox = new QGroupBox(tr("Grounds the person believes are the real reason"), content);
    m_grounds = makeChecklist<Ground>(QStringLiteral("ground_"), 2, groundsBox);
    m_grounds->setObjectName(QStringLiteral("groundsChecklist"));
    m_grounds->setAccessibleName(tr("Grounds of discrimination"));
    auto* groundsLayout = new QVBoxLayout(groundsBox);
    groundsLayout->addWidget(m_grounds);
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(m_factsForm);
    layout->addWidget(groundsBox);
    layout->addStretch();
    connect(m_factsForm, &FactsForm::edited, this, &CaseFileWidget::markEdited);
    connect(m_grounds, &EnumChecklist::changed, this, &CaseFileWidget::markEdited);
    return scrolled(content);
}

QWidget* CaseFileWidget::buildEvidenceSection()
{
    auto* content = new QWidget;
    m_evidenceModel = new EvidenceModel(this);
    m_evidenceTable = makeTable(m_evidenceModel, EvidenceModel::DescriptionColumn, "evidenceTable",
                                tr("Evidence of the case"), content);
    m_evidenceKind = named(new QComboBox(content), "evidenceKind", tr("Kind of evidence"));
    fillCombo<EvidenceKind>(*m_evidenceKind);
    m_evidenceDate = named(new OptionalDateEdit(content), "evidenceDate", tr("Date of the evidence"));
    m_evidenceDate->setMaximumDate(m_clock.today());
    m_evidenceDescription = named(new QLineEdit(content), "evidenceDescription", tr("Description of the evidence"));
    auto* addFile = named(new QPushButton(tr("Add a &file as new evidence..."), content), "evidenceAddFile",
                          tr("Add a file as new evidence"));
    auto* attachToSelected = named(new QPushButton(tr("A&ttach a file to the selected evidence..."), content),
                                   "evidenceAttachFile", tr("Attach a file to the selected evidence"));
    auto* addClue = named(new QPushButton(tr("Add &without a file"), content), "evidenceAddWithoutFile",
                          tr("Add evidence without a file"));
    auto* remove =
        named(new QPushButton(tr("&Remove the selected evidence"), content), "evidenceRemove", tr("Remove evidence"));
    auto* explanation = new QLabel(
        tr("Attached files are copied into the case database with their SHA-256 fingerprint, which proves they "
           "were not changed afterwards. The original can be moved or deleted without loss."),
        content);
    explanation->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_evidenceKind);
    form->addRow(tr("&Date:"), m_evidenceDate);
    form->addRow(tr("D&escription:"), m_evidenceDescription);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(addFile);
    buttons->addWidget(attachToSelected);
    buttons->addWidget(addClue);
    buttons->addStretch();
    buttons->addWidget(remove);
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(m_evidenceTable, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(explanation);

    connect(addFile, &QPushButton::clicked, this, [this]() { attachFile(false); });
    connect(attachToSelected, &QPushButton::clicked, this, [this]() { attachFile(true); });
    connect(addClue, &QPushButton::clicked, this, &CaseFileWidget::addClueWithoutFile);
    connect(remove, &QPushButton::clicked, this, [this]() {
        if (m_evidenceTable->currentIndex().isValid()) {
            m_evidenceModel->removeAt(m_evidenceTable->currentIndex().row());
            markEdited();
        }
    });
    return content;
}

QWidget* CaseFileWidget::buildMandatesSection()
{
    auto* content = new QWidget;
    m_mandatesModel = new MandatesModel(this);
    m_mandatesTable =
        makeTable(m_mandatesModel, MandatesModel::ScopeColumn, "mandatesTable", tr("Mandates of the case"), content);
    m_mandateKind = named(new QComboBox(content), "mandateKind", tr("Kind of mandate"));
    fillCombo<MandateKind>(*m_mandateKind);
    m_mandateScope = makeChecklist<MandateScope>(QStringLiteral("mandateScope_"), 2, content);
    m_mandateScope->setObjectName(QStringLiteral("mandateScope"));
    m_mandateScope->setAccessibleName(tr("Powers given by the mandate"));
    m_mandateSigned = named(new OptionalDateEdit(content), "mandateSigned", tr("Date of signature"));
    m_mandatePlace = named(new QLineEdit(content), "mandatePlace", tr("Place of signature"));
    m_mandateRevoked = named(new OptionalDateEdit(content), "mandateRevoked", tr("Date of revocation"));
    auto* add = named(new QPushButton(tr("&Add as a new mandate"), content), "mandateAdd", tr("Add a mandate"));
    auto* apply = named(new QPushButton(tr("A&pply to the selected mandate"), content), "mandateApply",
                        tr("Apply the changes to the selected mandate"));
    auto* remove =
        named(new QPushButton(tr("&Remove the selected mandate"), content), "mandateRemove", tr("Remove mandate"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_mandateKind);
    auto* scopeLabel = new QLabel(tr("Po&wers:"), content);
    scopeLabel->setBuddy(m_mandateScope->firstBox());
    form->addRow(scopeLabel, m_mandateScope);
    form->addRow(tr("&Signed on:"), m_mandateSigned);
    form->addRow(tr("Signed a&t:"), m_mandatePlace);
    form->addRow(tr("Re&voked on:"), m_mandateRevoked);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(apply);
    buttons->addStretch();
    buttons->addWidget(remove);
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(m_mandatesTable, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);

    connect(m_mandatesTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { loadMandateEditor(current.row()); });
    connect(add, &QPushButton::clicked, this, [this]() {
        m_mandatesModel->append(mandateFromEditor({}));
        m_mandatesTable->selectRow(m_mandatesModel->rowCount() - 1);
        markEdited();
    });
    connect(apply, &QPushButton::clicked, this, [this]() {
        const int row = m_mandatesTable->currentIndex().row();
        if (row >= 0) {
            m_mandatesModel->replace(row, mandateFromEditor(m_mandatesModel->mandates().at(row)));
            markEdited();
        }
    });
    connect(remove, &QPushButton::clicked, this, [this]() {
        if (m_mandatesTable->currentIndex().isValid()) {
            m_mandatesModel->removeAt(m_mandatesTable->currentIndex().row());
            markEdited();
        }
    });
    return content;
}

QWidget* CaseFileWidget::buildNotesSection()
{
    auto* content = new QWidget;
    m_notes = named(new QPlainTextEdit(content), "caseNotes", tr("Notes on the case"));
    m_notes->setTabChangesFocus(true);
    auto* label = new QLabel(tr("&Notes for the association (not printed in letters):"), content);
    label->setBuddy(m_notes);
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(label);
    layout->addWidget(m_notes, 1);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &CaseFileWidget::markEdited);
    return content;
}

void CaseFileWidget::addSection(const QString& title, QWidget* section)
{
    m_sections->addTab(section, title);
}

void CaseFileWidget::showSection(int index)
{
    m_sections->setCurrentIndex(index);
}

Status CaseFileWidget::openCase(qint64 caseId)
{
    if (!maybeSave()) {
        return Error {
            tr("The case %1 has unsaved changes: the other case was not opened.").arg(m_stored.caseFile.reference),
            {},
            Validation::recordName(m_stored.caseFile),
            {}};
    }
    auto record = CaseworkService(m_db, m_clock).load(caseId);
    if (!record) {
        return record.error();
    }
    m_knownCases.clear();
    if (!record->professionals.isEmpty()) {
        auto known = RepeatOffence::knownCases(m_db, record->professionals.first(), caseId);
        if (known) {
            m_knownCases = *known;
        }
    }
    m_stored = *record;
    populate(m_stored);
    setEnabled(true);
    return {};
}

void CaseFileWidget::populate(const CaseFileRecord& record)
{
    m_populating = true;
    const Case& c = record.caseFile;
    setComboValue(*m_status, c.status);
    m_personForm->setPerson(record.person);

    const int formsWanted = int(record.professionals.size());
    while (m_professionalForms.size() > formsWanted) {
        delete m_professionalForms.takeLast()->parentWidget();
    }
    while (m_professionalForms.size() < formsWanted) {
        const int n = int(m_professionalForms.size());
        auto* box = new QGroupBox(n == 0 ? tr("Main professional") : tr("Other professional"), m_professionalsBox);
        auto* form = new ProfessionalForm(
            n == 0 ? QStringLiteral("professional") : QStringLiteral("professional%1").arg(n + 1), box);
        (new QVBoxLayout(box))->addWidget(form);
        m_professionalsBox->layout()->addWidget(box);
        connect(form, &ProfessionalForm::edited, this, &CaseFileWidget::markEdited);
        m_professionalForms.append(form);
    }
    for (int i = 0; i < formsWanted; ++i) {
        m_professionalForms.at(i)->setProfessional(record.professionals.at(i));
    }
    if (m_knownCases.isEmpty()) {
        m_knownWarning->hide();
    } else {
        QStringList references;
        for (const KnownCase& known : std::as_const(m_knownCases)) {
            references.append(known.events.reference);
        }
        m_knownWarning->setText(tr("This professional is already known in %n other case(s) of the association: %1.",
                                   nullptr, int(m_knownCases.size()))
                                    .arg(references.join(QStringLiteral(", "))));
        m_knownWarning->show();
    }

    m_factsForm->setFacts(c);
    setCheckedValues(*m_grounds, c.grounds);
    m_evidenceModel->setEvidence(c.evidence);
    m_procedures->setContext(
        c, record.professionals.isEmpty() ? QString() : CompetentAuthority::departementOf(record.professionals.first()),
        m_knownCases);
    m_procedures->setProcedures(c.procedures);
    m_mandatesModel->setMandates(c.mandates);
    loadMandateEditor(-1);
    m_notes->setPlainText(c.notes);
    m_populating = false;
    showError(m_error, {});
    m_dirty = true; // forces the signal below to fire with the real state
    markEdited();
}

CaseFileRecord CaseFileWidget::editedRecord() const
{
    CaseFileRecord record = m_stored;
    record.person = m_personForm->person();
    for (int i = 0; i < m_professionalForms.size() && i < record.professionals.size(); ++i) {
        record.professionals[i] = m_professionalForms.at(i)->professional();
    }
    Case& c = record.caseFile;
    c = m_factsForm->applyTo(c);
    c.status = comboValue(*m_status, CaseStatus::Intake);
    c.grounds = checkedValues<Ground>(*m_grounds);
    c.evidence = m_evidenceModel->evidence();
    c.procedures = m_procedures->procedures();
    c.mandates = m_mandatesModel->mandates();
    c.notes = m_notes->toPlainText();
    return record;
}

void CaseFileWidget::markEdited()
{
    if (m_populating) {
        return;
    }
    const bool dirty = m_stored.caseFile.id != 0 && !sameRecord(editedRecord(), m_stored);
    if (dirty != m_dirty) {
        m_dirty = dirty;
        emit unsavedChangesChanged(dirty);
    }
    if (dirty) {
        showError(m_error, {});
    }
    updateTitle();
}

void CaseFileWidget::updateTitle()
{
    const Case& c = m_stored.caseFile;
    if (c.id == 0) {
        m_title->setText(tr("No case open"));
        setWindowTitle(tr("Case file"));
    } else {
        QString title = tr("Case %1").arg(c.reference);
        if (!m_stored.person.displayName().isEmpty()) {
            title += QStringLiteral(" — ") + m_stored.person.displayName();
        }
        m_title->setText(title);
        // "[*]" is where Qt shows the modified mark of a window title.
        setWindowTitle(tr("Case %1[*]").arg(c.reference));
    }
    setWindowModified(m_dirty);
    m_unsaved->setVisible(m_dirty);
    m_saveButton->setEnabled(m_dirty);
    m_discardButton->setEnabled(m_dirty);
}

Status CaseFileWidget::validate(const CaseFileRecord& record, int* section) const
{
    if (Status s = Validation::validate(record.person, m_clock); !s) {
        *section = PersonSection;
        return s;
    }
    if (!record.person.consentGiven) {
        *section = PersonSection;
        return Error {tr("The person's consent to the processing of their data is required."),
                      {},
                      Validation::recordName(record.person),
                      QStringLiteral("consentGiven")};
    }
    for (const Professional& professional : record.professionals) {
        if (Status s = Validation::validate(professional); !s) {
            *section = ProfessionalsSection;
            return s;
        }
    }
    if (Status s = Validation::validate(record.caseFile, m_clock); !s) {
        *section = sectionOfCaseField(s.error().field);
        return s;
    }
    return {};
}

Status CaseFileWidget::save()
{
    if (m_stored.caseFile.id == 0) {
        return Error {tr("No case is open."), {}, {}, {}};
    }
    CaseFileRecord record = editedRecord();
    int section = FactsSection;
    if (Status s = validate(record, &section); !s) {
        showErrorFor(s.error(), section);
        return s;
    }
    const bool proceduresEdited = record.caseFile.procedures != m_stored.caseFile.procedures;
    if (Status s = CaseworkService(m_db, m_clock).save(record, m_stored); !s) {
        showErrorFor(s.error(), sectionOfCaseField(s.error().field));
        return s;
    }
    const int shownSection = m_sections->currentIndex();
    const int shownProcedure = m_procedures->currentProcedure();
    m_stored = record;
    populate(m_stored);
    m_sections->setCurrentIndex(shownSection);
    m_procedures->selectProcedure(shownProcedure);
    emit caseSaved(m_stored.caseFile.id);
    if (proceduresEdited) {
        emit proceduresChanged(m_stored.caseFile.id);
    }
    return {};
}

void CaseFileWidget::discardChanges()
{
    populate(m_stored);
}

bool CaseFileWidget::maybeSave()
{
    if (!m_dirty) {
        return true;
    }
    const auto answer = m_saveQuestion(
        tr("The case %1 has changes that are not saved yet. Save them?").arg(m_stored.caseFile.reference));
    if (answer == QMessageBox::Save) {
        return save().ok();
    }
    if (answer == QMessageBox::Discard) {
        discardChanges();
        return true;
    }
    return false;
}

void CaseFileWidget::showErrorFor(const Error& error, int section)
{
    QString text = error.message;
    if (!error.record.isEmpty()) {
        text = tr("Not saved. %1: %2").arg(error.record, error.message);
    }
    showError(m_error, text);
    m_sections->setCurrentIndex(section);
    if (section == PersonSection) {
        m_personForm->focusField(error.field);
    } else if (section == ProfessionalsSection && !m_professionalForms.isEmpty()) {
        m_professionalForms.first()->focusField(error.field);
    } else if (section == FactsSection) {
        m_factsForm->focusField(error.field);
    }
}

void CaseFileWidget::attachFile(bool toSelected)
{
    const int row = m_evidenceTable->currentIndex().row();
    if (toSelected && row < 0) {
        showError(m_error, tr("Select the evidence the file belongs to first."));
        return;
    }
    const QString path = m_fileChooser();
    if (path.isEmpty()) {
        return;
    }
    QFile file(path);
    const QFileInfo info(path);
    if (info.size() > maximumFileSize) {
        showError(m_error,
                  tr("The file \"%1\" is larger than %2 MB: keep it outside Saisine and describe it here.")
                      .arg(info.fileName())
                      .arg(maximumFileSize / (1024 * 1024)));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        showError(m_error, tr("The file \"%1\" cannot be read: %2").arg(info.fileName(), file.errorString()));
        return;
    }
    Evidence evidence = toSelected ? m_evidenceModel->evidence().at(row) : Evidence {};
    evidence.fileContent = file.readAll();
    evidence.fileName = info.fileName();
    evidence.fileSha256 =
        QString::fromLatin1(QCryptographicHash::hash(evidence.fileContent, QCryptographicHash::Sha256).toHex());
    if (!toSelected) {
        evidence.kind = comboValue(*m_evidenceKind, EvidenceKind::Other);
        evidence.description = m_evidenceDescription->text().trimmed();
        // The date of the clue: the one typed, else the day the file was last changed (a
        // screenshot's or scan's own date), never later than today.
        evidence.date = m_evidenceDate->dateOrNull();
        if (!evidence.date.isValid()) {
            evidence.date = std::min(info.lastModified().date(), m_clock.today());
        }
        m_evidenceModel->append(evidence);
        m_evidenceDescription->clear();
    } else {
        m_evidenceModel->removeAt(row);
        QList<Evidence> items = m_evidenceModel->evidence();
        items.insert(row, evidence);
        m_evidenceModel->setEvidence(items);
    }
    showError(m_error, {});
    markEdited();
}

void CaseFileWidget::addClueWithoutFile()
{
    Evidence evidence;
    evidence.kind = comboValue(*m_evidenceKind, EvidenceKind::Other);
    evidence.date = m_evidenceDate->dateOrNull();
    evidence.description = m_evidenceDescription->text().trimmed();
    if (Status s = Validation::validate(evidence, Validation::recordName(m_stored.caseFile), m_clock); !s) {
        showError(m_error, s.error().message);
        m_evidenceDescription->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_evidenceModel->append(evidence);
    m_evidenceDescription->clear();
    markEdited();
}

void CaseFileWidget::loadMandateEditor(int row)
{
    const Mandate mandate =
        row >= 0 && row < m_mandatesModel->rowCount() ? m_mandatesModel->mandates().at(row) : Mandate {};
    setComboValue(*m_mandateKind, mandate.kind);
    setCheckedValues(*m_mandateScope, mandate.scope);
    m_mandateSigned->setDateOrNull(mandate.signedDate);
    m_mandatePlace->setText(mandate.signedPlace);
    m_mandateRevoked->setDateOrNull(mandate.revokedDate);
}

Mandate CaseFileWidget::mandateFromEditor(const Mandate& base) const
{
    Mandate mandate = base;
    mandate.caseId = m_stored.caseFile.id;
    mandate.kind = comboValue(*m_mandateKind, MandateKind::Filing);
    mandate.scope = checkedValues<MandateScope>(*m_mandateScope);
    mandate.signedDate = m_mandateSigned->dateOrNull();
    mandate.signedPlace = m_mandatePlace->text().trimmed();
    mandate.revokedDate = m_mandateRevoked->dateOrNull();
    return mandate;
}

} // namespace saisine
