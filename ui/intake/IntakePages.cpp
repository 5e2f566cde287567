#include "IntakePages.h"

#include "IntakeWizard.h"
#include "casefile/CaseFileModels.h"
#include "casefile/FactsForm.h"
#include "casefile/FormSupport.h"
#include "casefile/PersonForm.h"
#include "casefile/ProfessionalForm.h"
#include "common/Clock.h"
#include "model/Validation.h"
#include "procedure/ProcedureService.h"
#include "procedure/RepeatOffence.h"
#include "store/Repositories.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace saisine {

namespace {

// Long forms scroll instead of growing the wizard past a laptop screen.
QScrollArea* scrolled(QWidget* content, QWidget* parent)
{
    auto* area = new QScrollArea(parent);
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

QString errorText(const Error& error)
{
    return error.record.isEmpty() ? error.message : QStringLiteral("%1: %2").arg(error.record, error.message);
}

QString professionalSummary(const Professional& p)
{
    QStringList parts {p.displayName(), labelOf(p.profession)};
    if (!p.address.city.isEmpty()) {
        parts.append(p.address.city);
    }
    if (!p.rpps.isEmpty()) {
        parts.append(ProfessionalPage::tr("RPPS %1").arg(p.rpps));
    }
    return parts.join(QStringLiteral(" — "));
}

} // namespace

// --- PersonPage

PersonPage::PersonPage(IntakeWizard* wizard, const Clock& clock)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("personPage"));
    setTitle(tr("Who is the person?"));
    setSubTitle(tr("The person who was refused care, or given worse care. Only the last name is required; "
                   "their consent to the recording of their data is needed before anything is saved."));
    m_form = new PersonForm(this);
    m_form->setToday(clock.today());
    // A wizard field, so the wizard can tell whether anything was typed before closing.
    registerField(QStringLiteral("personLastName"), m_form->findChild<QLineEdit*>(QStringLiteral("personLastName")));
    m_error = makeErrorLabel("personError", this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scrolled(m_form, this), 1);
    layout->addWidget(m_error);
    connect(m_form, &PersonForm::edited, this, [this]() { showError(m_error, {}); });
}

bool PersonPage::validatePage()
{
    const Person person = m_form->person();
    Status status = Validation::validate(person, m_clock);
    if (status && !person.consentGiven) {
        // Special-category data (GDPR art. 9): nothing is stored before the person agrees.
        status = Error {tr("The person's consent to the processing of their data is required before the case "
                           "can be saved. Tick the consent box once they have agreed."),
                        {},
                        Validation::recordName(person),
                        QStringLiteral("consentGiven")};
    }
    if (!status) {
        showError(m_error, errorText(status.error()));
        m_form->focusField(status.error().field);
        return false;
    }
    showError(m_error, {});
    m_wizard->draft().person = person;
    return true;
}

// --- ProfessionalPage

ProfessionalPage::ProfessionalPage(IntakeWizard* wizard, Database& db)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_db(db)
{
    setObjectName(QStringLiteral("professionalPage"));
    setTitle(tr("Which professional?"));
    setSubTitle(tr("Look for the professional among those the association already knows, by name or RPPS "
                   "number; otherwise describe them below."));
    m_search = named(new QLineEdit(this), "professionalSearch", tr("Search a known professional"));
    m_search->setPlaceholderText(tr("Name or RPPS number"));
    m_search->setClearButtonEnabled(true);
    m_results = named(new QListWidget(this), "professionalResults", tr("Known professionals found"));
    m_results->setMaximumHeight(90);
    m_existing = named(new QRadioButton(tr("Use the professional selected in the &list"), this),
                       "professionalUseExisting", tr("Use the selected known professional"));
    m_new = named(new QRadioButton(tr("A professional &not recorded yet:"), this), "professionalCreateNew",
                  tr("Record a new professional"));
    m_new->setChecked(true);
    m_form = new ProfessionalForm(QStringLiteral("professional"), this);
    m_known = new QLabel(this);
    m_known->setObjectName(QStringLiteral("professionalKnownWarning"));
    m_known->setAccessibleName(tr("Professional already known"));
    m_known->setWordWrap(true);
    m_known->setStyleSheet(
        QStringLiteral("background: #fff4d6; border: 1px solid #d9a400; padding: 6px; font-weight: bold;"));
    m_known->hide();
    m_error = makeErrorLabel("professionalError", this);
    m_knownTimer = new QTimer(this);
    m_knownTimer->setSingleShot(true);
    m_knownTimer->setInterval(300);

    auto* searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_results);
    layout->addWidget(m_existing);
    layout->addWidget(m_new);
    layout->addWidget(scrolled(m_form, this), 1);
    layout->addWidget(m_known);
    layout->addWidget(m_error);

    connect(m_search, &QLineEdit::textChanged, this, &ProfessionalPage::refreshResults);
    connect(m_results, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) {
            m_existing->setChecked(true);
        }
        useExisting(m_existing->isChecked());
    });
    connect(m_existing, &QRadioButton::toggled, this, [this](bool on) { useExisting(on); });
    connect(m_form, &ProfessionalForm::edited, this, [this]() {
        showError(m_error, {});
        m_knownTimer->start();
    });
    connect(m_knownTimer, &QTimer::timeout, this, &ProfessionalPage::checkKnownCases);
}

void ProfessionalPage::initializePage()
{
    auto all = ProfessionalRepository(m_db).all();
    m_all = all ? *all : QList<Professional>();
    if (!all) {
        showError(m_error, errorText(all.error()));
    }
    refreshResults();
}

void ProfessionalPage::refreshResults()
{
    const QString wanted = m_search->text().trimmed();
    Professional probe;
    probe.lastName = wanted;
    const QString wantedName = RepeatOffence::normalisedName(probe);
    const QString wantedDigits = QString(wanted).remove(QLatin1Char(' '));
    m_results->clear();
    if (wanted.isEmpty()) {
        return;
    }
    for (const Professional& p : std::as_const(m_all)) {
        const bool byRpps = !p.rpps.isEmpty() && p.rpps.startsWith(wantedDigits);
        const QString name = RepeatOffence::normalisedName(p);
        bool byName = !wantedName.isEmpty();
        for (const QString& word : wantedName.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            byName = byName && name.contains(word);
        }
        if (byRpps || byName) {
            auto* item = new QListWidgetItem(professionalSummary(p), m_results);
            item->setData(Qt::UserRole, p.id);
        }
    }
}

void ProfessionalPage::useExisting(bool existing)
{
    m_form->setEnabled(!existing);
    if (existing) {
        if (QListWidgetItem* item = m_results->currentItem()) {
            const qint64 id = item->data(Qt::UserRole).toLongLong();
            for (const Professional& p : std::as_const(m_all)) {
                if (p.id == id) {
                    m_form->setProfessional(p);
                }
            }
        }
    } else {
        m_form->setProfessional({});
    }
    showError(m_error, {});
    checkKnownCases();
}

Professional ProfessionalPage::chosen() const
{
    return m_form->professional();
}

void ProfessionalPage::checkKnownCases()
{
    const Professional professional = chosen();
    if (professional.lastName.isEmpty() && professional.rpps.isEmpty()) {
        m_known->hide();
        return;
    }
    // The association must see at once that this professional already has cases (DOMAIN.md):
    // the CPAM mediator asks it first, and a final sanction makes a repeat offence.
    const auto known = RepeatOffence::knownCases(m_db, professional, 0);
    if (!known || known->isEmpty()) {
        m_known->hide();
        return;
    }
    QStringList references;
    for (const KnownCase& k : *known) {
        references.append(k.events.reference);
    }
    m_known->setText(tr("This professional is already known in %n other case(s) of the association: %1.", nullptr,
                        int(known->size()))
                         .arg(references.join(QStringLiteral(", "))));
    m_known->show();
}

bool ProfessionalPage::validatePage()
{
    if (m_existing->isChecked() && !m_results->currentItem()) {
        showError(m_error, tr("Select a professional in the list, or choose to record a new one."));
        m_results->setFocus(Qt::OtherFocusReason);
        return false;
    }
    Professional professional = chosen();
    if (m_new->isChecked()) {
        professional.id = 0;
        if (Status status = Validation::validate(professional); !status) {
            showError(m_error, errorText(status.error()));
            m_form->focusField(status.error().field);
            return false;
        }
    }
    showError(m_error, {});
    m_wizard->draft().professional = professional;
    return true;
}

// --- FactsPage

FactsPage::FactsPage(IntakeWizard* wizard, const Clock& clock)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("factsPage"));
    setTitle(tr("What happened?"));
    setSubTitle(tr("When and where it happened, what the professional did, what reason they gave, and the "
                   "person's account in their own words."));
    m_form = new FactsForm(this);
    m_form->setToday(clock.today());
    m_form->setTakesPendingDate(true);
    m_error = makeErrorLabel("factsError", this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scrolled(m_form, this), 1);
    layout->addWidget(m_error);
    connect(m_form, &FactsForm::edited, this, [this]() { showError(m_error, {}); });
}

bool FactsPage::validatePage()
{
    Case facts = m_form->applyTo(m_wizard->draft().caseFile);
    // Validation checks a whole case; the person, professional and reference do not exist
    // yet, so stand-ins let it check the facts alone.
    Case probe = facts;
    probe.reference = QStringLiteral("-");
    probe.personId = 1;
    probe.professionalIds = {1};
    if (Status status = Validation::validate(probe, m_clock); !status) {
        showError(m_error, status.error().message);
        m_form->focusField(status.error().field);
        return false;
    }
    showError(m_error, {});
    m_wizard->draft().caseFile = facts;
    return true;
}

// --- GroundsPage

GroundsPage::GroundsPage(IntakeWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("groundsPage"));
    setTitle(tr("Why does the person think they were refused?"));
    setSubTitle(tr("The grounds of discrimination the person believes are the real reason (art. 225-1 of the "
                   "Code pénal and L1110-3 CSP). Tick all that apply; they can be changed later."));
    m_grounds = makeChecklist<Ground>(QStringLiteral("ground_"), 3, this);
    m_grounds->setObjectName(QStringLiteral("groundsChecklist"));
    m_grounds->setAccessibleName(tr("Grounds of discrimination"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scrolled(m_grounds, this), 1);
}

void GroundsPage::initializePage()
{
    if (m_proposed) {
        return;
    }
    m_proposed = true;
    // A refusal because of the C2S or the AME is the most frequent case: propose the ground
    // that matches the person's cover, the caseworker confirms or unticks it.
    QList<Ground> proposed;
    for (Coverage cover : m_wizard->draft().person.coverage) {
        if (cover == Coverage::C2S) {
            proposed.append(Ground::C2S);
        } else if (cover == Coverage::AME) {
            proposed.append(Ground::AME);
        }
    }
    setCheckedValues(*m_grounds, proposed);
}

bool GroundsPage::validatePage()
{
    m_wizard->draft().caseFile.grounds = checkedValues<Ground>(*m_grounds);
    return true;
}

// --- EvidencePage

EvidencePage::EvidencePage(IntakeWizard* wizard, const Clock& clock)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("evidencePage"));
    setTitle(tr("Which clues does the person have?"));
    setSubTitle(tr("List what the person can show: a written answer, a screenshot of the booking profile, an "
                   "invoice, a witness... Files can be attached later in the case file. The case is created "
                   "when you click \"Create the case\"."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Create the case"));
    m_kind = named(new QComboBox(this), "evidenceKind", tr("Kind of clue"));
    fillCombo<EvidenceKind>(*m_kind);
    m_date = named(new OptionalDateEdit(this), "evidenceDate", tr("Date of the clue"));
    m_date->setMaximumDate(clock.today());
    m_description = named(new QLineEdit(this), "evidenceDescription", tr("Description of the clue"));
    m_add = named(new QPushButton(tr("&Add to the list"), this), "evidenceAdd", tr("Add the clue to the list"));
    m_remove =
        named(new QPushButton(tr("&Remove the selected clue"), this), "evidenceRemove", tr("Remove the selected clue"));
    m_model = new EvidenceModel(this);
    m_table = named(new QTableView(this), "evidenceTable", tr("Clues at hand"));
    m_table->setModel(m_model);
    setUpTable(m_table, EvidenceModel::DescriptionColumn);
    // Files are attached later, in the case file.
    m_table->hideColumn(EvidenceModel::HashColumn);
    m_table->hideColumn(EvidenceModel::FileColumn);
    m_error = makeErrorLabel("evidenceError", this);

    auto* form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("D&escription:"), m_description);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);

    connect(m_add, &QPushButton::clicked, this, &EvidencePage::addClue);
    connect(m_description, &QLineEdit::returnPressed, this, &EvidencePage::addClue);
    connect(m_remove, &QPushButton::clicked, this, [this]() { m_model->removeAt(m_table->currentIndex().row()); });
}

void EvidencePage::addClue()
{
    Evidence clue;
    clue.kind = comboValue(*m_kind, EvidenceKind::Other);
    clue.date = m_date->dateOrNull();
    clue.description = m_description->text().trimmed();
    if (Status status = Validation::validate(clue, tr("clue"), m_clock); !status) {
        showError(m_error, status.error().message);
        return;
    }
    showError(m_error, {});
    m_model->append(clue);
    m_description->clear();
    m_description->setFocus(Qt::OtherFocusReason);
}

bool EvidencePage::validatePage()
{
    m_wizard->draft().caseFile.evidence = m_model->evidence();
    if (Status status = m_wizard->createCase(); !status) {
        showError(m_error, errorText(status.error()));
        return false;
    }
    showError(m_error, {});
    return true;
}

// --- RoutesPage

RoutesPage::RoutesPage(IntakeWizard* wizard, Database& db, const law::LawTables& tables, const Clock& clock)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_db(db)
    , m_tables(tables)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("routesPage"));
    setTitle(tr("The case is created: where to file"));
    setFinalPage(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("routesSummary"));
    m_summary->setWordWrap(true);
    m_routes = named(new QTextBrowser(this), "routesView", tr("Routes open for this case"));
    m_routes->setOpenLinks(false);
    m_documents = named(new QListWidget(this), "documentsList", tr("Documents to prepare"));
    m_documents->setMaximumHeight(110);
    auto* routesLabel = new QLabel(tr("&Routes, competent bodies and legal sources:"), this);
    routesLabel->setBuddy(m_routes);
    auto* documentsLabel = new QLabel(tr("&Documents to prepare:"), this);
    documentsLabel->setBuddy(m_documents);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(routesLabel);
    layout->addWidget(m_routes, 1);
    layout->addWidget(documentsLabel);
    layout->addWidget(m_documents);
}

void RoutesPage::initializePage()
{
    const IntakeRecord& draft = m_wizard->draft();
    m_summary->setText(tr("Case %1 is recorded for %2. The routes below can often be taken in parallel.")
                           .arg(draft.caseFile.reference, draft.person.displayName()));
    m_documents->clear();
    const auto report = ProcedureService(m_db, m_tables, m_clock).routesForCase(draft.caseFile.id);
    if (!report) {
        m_routes->setPlainText(report.error().message);
        return;
    }
    QString html;
    const auto esc = [](const QString& text) { return text.toHtmlEscaped(); };
    if (!report->knownCases.isEmpty()) {
        html += QStringLiteral("<p style='color:#8a5a00'><b>%1</b></p>")
                    .arg(esc(tr("The professional is already known in %n other case(s).", nullptr,
                                int(report->knownCases.size()))));
    }
    if (report->repeatOffence.repeatOffence) {
        html += QStringLiteral("<p style='color:#b00020'><b>%1</b> (%2)</p>")
                    .arg(esc(tr("Repeat offence: a final sanction of %1 in case %2 means no conciliation.")
                                 .arg(report->repeatOffence.sanctionDate.toString(QStringLiteral("dd/MM/yyyy")),
                                      report->repeatOffence.caseReference)),
                         esc(lawSourceText(report->repeatOffence.law)));
    }
    if (report->deontology) {
        html += QStringLiteral("<p>%1 (%2)</p>")
                    .arg(esc(tr("Deontology article of the profession: %1").arg(report->deontology->article)),
                         esc(lawSourceText(report->deontology->law, report->deontology->beforeInForce)));
    }
    bool anyFiling = false;
    // The routes open come first; the others follow in grey, with the reason they are closed.
    QList<RouteAdvice> routes = report->routes;
    std::stable_partition(routes.begin(), routes.end(), [](const RouteAdvice& advice) { return advice.open; });
    for (const RouteAdvice& advice : std::as_const(routes)) {
        const QString style = advice.open ? QString() : QStringLiteral(" style='color:#666'");
        html += QStringLiteral("<h3%1>%2 — %3</h3><p%1>%4 <i>(%5)</i></p>")
                    .arg(style, esc(labelOf(advice.route)), advice.open ? esc(tr("open")) : esc(tr("not open")),
                         esc(advice.why), esc(lawSourceText(advice.law, advice.lawBeforeInForce)));
        if (advice.open && !advice.bodies.isEmpty()) {
            html += QStringLiteral("<ul>");
            for (const CompetentBody& body : advice.bodies) {
                html += QStringLiteral("<li><b>%1</b>").arg(esc(body.name));
                if (!body.address.isEmpty()) {
                    html += QStringLiteral(", ") + esc(body.address);
                }
                html += QStringLiteral("<br>%1 <i>(%2)</i></li>")
                            .arg(esc(body.why), esc(lawSourceText(body.law, body.lawBeforeInForce)));
            }
            html += QStringLiteral("</ul>");
        }
        for (const QString& note : advice.notes) {
            html += QStringLiteral("<p><small>%1</small></p>").arg(esc(note));
        }
        if (!advice.open) {
            continue;
        }
        switch (advice.route) {
        case Route::Conciliation:
            anyFiling = true;
            m_documents->addItem(tr("Complaint to the CPAM director or to the president of the ordre council "
                                    "(either one starts the procedure)"));
            m_documents->addItem(tr("Mandate of representation for the conciliation session"));
            break;
        case Route::CpamMediator:
            anyFiling = true;
            m_documents->addItem(tr("Request to the CPAM mediator"));
            break;
        case Route::DefenseurDesDroits:
            anyFiling = true;
            m_documents->addItem(tr("Letter to the Défenseur des droits"));
            break;
        case Route::Dgccrf:
            anyFiling = true;
            m_documents->addItem(tr("Report to the DGCCRF (departmental consumer protection office)"));
            break;
        case Route::CriminalComplaint:
            break;
        }
    }
    if (anyFiling) {
        m_documents->insertItem(0, tr("Express mandate for the association to file on the person's behalf"));
    }
    if (!draft.caseFile.evidence.isEmpty()) {
        m_documents->addItem(tr("List of exhibits"));
    }
    m_routes->setHtml(html);
}

} // namespace saisine
