#include "ProceduresSection.h"

#include "CaseFileModels.h"
#include "FormSupport.h"
#include "common/Clock.h"
#include "procedure/CaseRoutes.h"
#include "procedure/NextActions.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace saisine {

namespace {

QString dateText(const QDate& date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

} // namespace

ProceduresSection::ProceduresSection(const law::LawTables& tables, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_tables(tables)
    , m_clock(clock)
{
    m_selector = named(new QComboBox(this), "procedureSelector", tr("Procedure shown"));
    m_newRoute = named(new QComboBox(this), "procedureNewRoute", tr("Route of the new procedure"));
    fillCombo<Route>(*m_newRoute);
    m_add = named(new QPushButton(tr("&Start a procedure"), this), "procedureAdd", tr("Start a procedure"));
    m_remove =
        named(new QPushButton(tr("Remove this procedure"), this), "procedureRemove", tr("Remove the procedure shown"));

    m_details = new QWidget(this);
    m_authorityName = named(new QLineEdit(m_details), "procedureAuthorityName", tr("Authority seized"));
    m_authorityName->setPlaceholderText(tr("e.g. CPAM du Rhône"));
    m_authorityReference =
        named(new QLineEdit(m_details), "procedureAuthorityReference", tr("The authority's file number"));
    m_status = named(new QComboBox(m_details), "procedureStatus", tr("Procedure status"));
    fillCombo<ProcedureStatus>(*m_status);

    m_eventsModel = new ProcedureEventsModel(this);
    m_events = makeTable(m_eventsModel, ProcedureEventsModel::NoteColumn, "eventsTable",
                         tr("Timeline of the procedure"), m_details);
    m_eventKind = named(new QComboBox(m_details), "eventKind", tr("Step to record"));
    fillCombo<ProcedureEventKind>(*m_eventKind);
    setComboValue(*m_eventKind, ProcedureEventKind::ComplaintReceived);
    m_eventDate = named(new OptionalDateEdit(m_details), "eventDate", tr("Date of the step"));
    m_eventDate->setDateOrNull(clock.today());
    m_eventNote = named(new QLineEdit(m_details), "eventNote", tr("Note on the step"));
    m_eventAdd = named(new QPushButton(tr("Record this &step"), m_details), "eventAdd", tr("Record this step"));
    m_eventRemove = named(new QPushButton(tr("Remove the selected step"), m_details), "eventRemove",
                          tr("Remove the selected step"));

    m_deadlinesModel = new DeadlinesModel(this);
    m_deadlinesView = makeTable(m_deadlinesModel, DeadlinesModel::StepColumn, "deadlinesTable",
                                tr("Deadlines of the procedure"), m_details);
    // The rule ("8 days after receipt") is the step's tooltip: the legal source matters more
    // in the width of a laptop screen.
    m_deadlinesView->hideColumn(DeadlinesModel::RuleColumn);
    m_summary = new QLabel(m_details);
    m_summary->setObjectName(QStringLiteral("deadlineSummary"));
    m_summary->setAccessibleName(tr("What to do next"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);

    auto* top = new QHBoxLayout;
    auto* selectorLabel = new QLabel(tr("&Procedure:"), this);
    selectorLabel->setBuddy(m_selector);
    top->addWidget(selectorLabel);
    top->addWidget(m_selector, 1);
    top->addWidget(m_remove);
    auto* newRow = new QHBoxLayout;
    auto* newLabel = new QLabel(tr("New procedure &for:"), this);
    newLabel->setBuddy(m_newRoute);
    newRow->addWidget(newLabel);
    newRow->addWidget(m_newRoute, 1);
    newRow->addWidget(m_add);

    auto* fields = new QHBoxLayout;
    auto* authorityLabel = new QLabel(tr("&Authority:"), m_details);
    authorityLabel->setBuddy(m_authorityName);
    fields->addWidget(authorityLabel);
    fields->addWidget(m_authorityName, 2);
    auto* referenceLabel = new QLabel(tr("Its file &number:"), m_details);
    referenceLabel->setBuddy(m_authorityReference);
    fields->addWidget(referenceLabel);
    fields->addWidget(m_authorityReference, 1);
    auto* statusLabel = new QLabel(tr("S&tatus:"), m_details);
    statusLabel->setBuddy(m_status);
    fields->addWidget(statusLabel);
    fields->addWidget(m_status);

    auto* timeline = new QGroupBox(tr("Timeline"), m_details);
    auto* eventRow = new QHBoxLayout;
    auto* kindLabel = new QLabel(tr("St&ep:"), timeline);
    kindLabel->setBuddy(m_eventKind);
    eventRow->addWidget(kindLabel);
    eventRow->addWidget(m_eventKind, 2);
    auto* dateLabel = new QLabel(tr("&On:"), timeline);
    dateLabel->setBuddy(m_eventDate);
    eventRow->addWidget(dateLabel);
    eventRow->addWidget(m_eventDate);
    auto* noteLabel = new QLabel(tr("No&te:"), timeline);
    noteLabel->setBuddy(m_eventNote);
    eventRow->addWidget(noteLabel);
    eventRow->addWidget(m_eventNote, 1);
    auto* eventButtons = new QHBoxLayout;
    eventButtons->addWidget(m_eventAdd);
    eventButtons->addWidget(m_eventRemove);
    eventButtons->addStretch();
    auto* timelineLayout = new QVBoxLayout(timeline);
    timelineLayout->addWidget(m_events);
    timelineLayout->addLayout(eventRow);
    timelineLayout->addLayout(eventButtons);

    auto* deadlines = new QGroupBox(tr("Deadlines"), m_details);
    auto* deadlinesLayout = new QVBoxLayout(deadlines);
    deadlinesLayout->addWidget(m_deadlinesView);
    deadlinesLayout->addWidget(m_summary);

    auto* detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addLayout(fields);
    // The deadlines are what the caseworker comes to this section for: they get the room.
    detailsLayout->addWidget(timeline, 2);
    detailsLayout->addWidget(deadlines, 3);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(newRow);
    layout->addWidget(m_details, 1);

    connect(m_selector, &QComboBox::currentIndexChanged, this, &ProceduresSection::selectProcedure);
    connect(m_add, &QPushButton::clicked, this, &ProceduresSection::addProcedure);
    connect(m_remove, &QPushButton::clicked, this, &ProceduresSection::removeProcedure);
    connect(m_eventAdd, &QPushButton::clicked, this, &ProceduresSection::addEvent);
    connect(m_eventRemove, &QPushButton::clicked, this, &ProceduresSection::removeEvent);
    connect(m_authorityName, &QLineEdit::textChanged, this, &ProceduresSection::storeFields);
    connect(m_authorityReference, &QLineEdit::textChanged, this, &ProceduresSection::storeFields);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ProceduresSection::storeFields);
    loadCurrent();
}

void ProceduresSection::setContext(const Case& c, const QString& departement, const QList<KnownCase>& knownCases)
{
    m_case = c;
    m_departement = departement;
    m_knownCases = knownCases;
}

void ProceduresSection::setProcedures(const QList<Procedure>& procedures)
{
    const int keep = m_current;
    m_procedures = procedures;
    m_current = procedures.isEmpty() ? -1 : std::clamp(keep, 0, int(procedures.size()) - 1);
    refreshSelector();
    loadCurrent();
}

void ProceduresSection::selectProcedure(int index)
{
    if (m_loading || index == m_current) {
        return;
    }
    m_current = index;
    loadCurrent();
}

void ProceduresSection::refreshSelector()
{
    m_loading = true;
    m_selector->clear();
    for (const Procedure& procedure : std::as_const(m_procedures)) {
        QString text = labelOf(procedure.route);
        if (!procedure.authorityName.isEmpty()) {
            text += QStringLiteral(" — ") + procedure.authorityName;
        }
        if (const auto receipt = procedure.firstDate(ProcedureEventKind::ComplaintReceived)) {
            text += QLatin1Char(' ') + tr("(received on %1)").arg(dateText(*receipt));
        }
        m_selector->addItem(text);
    }
    m_selector->setCurrentIndex(m_current);
    m_loading = false;
}

void ProceduresSection::loadCurrent()
{
    m_loading = true;
    const bool has = m_current >= 0 && m_current < m_procedures.size();
    m_details->setEnabled(has);
    m_remove->setEnabled(has);
    if (has) {
        const Procedure& procedure = m_procedures.at(m_current);
        m_authorityName->setText(procedure.authorityName);
        m_authorityReference->setText(procedure.authorityReference);
        setComboValue(*m_status, procedure.status);
        m_eventsModel->setEvents(procedure.events);
    } else {
        m_authorityName->clear();
        m_authorityReference->clear();
        m_eventsModel->setEvents({});
    }
    m_loading = false;
    recompute();
}

void ProceduresSection::storeFields()
{
    if (m_loading || m_current < 0) {
        return;
    }
    Procedure& procedure = m_procedures[m_current];
    procedure.authorityName = m_authorityName->text().trimmed();
    procedure.authorityReference = m_authorityReference->text().trimmed();
    procedure.status = comboValue(*m_status, ProcedureStatus::Open);
    emit edited();
}

void ProceduresSection::addProcedure()
{
    Procedure procedure;
    procedure.caseId = m_case.id;
    procedure.route = comboValue(*m_newRoute, Route::Conciliation);
    m_procedures.append(procedure);
    m_current = int(m_procedures.size()) - 1;
    refreshSelector();
    loadCurrent();
    m_authorityName->setFocus(Qt::OtherFocusReason);
    emit edited();
}

void ProceduresSection::removeProcedure()
{
    if (m_current < 0) {
        return;
    }
    m_procedures.removeAt(m_current);
    m_current = std::min(m_current, int(m_procedures.size()) - 1);
    refreshSelector();
    loadCurrent();
    emit edited();
}

void ProceduresSection::addEvent()
{
    if (m_current < 0 || !m_eventDate->dateOrNull().isValid()) {
        m_eventDate->setFocus(Qt::OtherFocusReason);
        return;
    }
    ProcedureEvent event;
    event.kind = comboValue(*m_eventKind, ProcedureEventKind::Other);
    event.date = m_eventDate->dateOrNull();
    event.note = m_eventNote->text().trimmed();
    const int row = m_eventsModel->add(event);
    m_events->selectRow(row);
    m_eventNote->clear();
    m_procedures[m_current].events = m_eventsModel->events();
    refreshSelector();
    recompute();
    emit edited();
}

void ProceduresSection::removeEvent()
{
    if (m_current < 0 || !m_events->currentIndex().isValid()) {
        return;
    }
    m_eventsModel->removeAt(m_events->currentIndex().row());
    m_procedures[m_current].events = m_eventsModel->events();
    refreshSelector();
    recompute();
    emit edited();
}

void ProceduresSection::recompute()
{
    if (m_current < 0 || m_current >= m_procedures.size()) {
        m_deadlines = {};
        m_deadlinesModel->setDeadlines({});
        m_summary->setText(tr("No procedure yet: choose a route above and start one."));
        return;
    }
    const Procedure& procedure = m_procedures.at(m_current);
    // The repeat-offence rule looks six years back from this procedure's receipt, or from the
    // facts while the receipt is not known (as ProcedureService does).
    QDate date = procedure.firstDate(ProcedureEventKind::ComplaintReceived).value_or(QDate());
    if (!date.isValid()) {
        date = CaseRoutes::referenceDate(m_case, m_clock);
    }
    const RepeatOffenceFinding repeat = RepeatOffence::assess(date, m_knownCases, m_tables);
    m_deadlines = ConciliationDeadlines(m_tables, m_clock)
                      .compute(procedure, m_departement, repeat.repeatOffence, m_case.reference);
    m_deadlinesModel->setDeadlines(m_deadlines.deadlines);

    QStringList lines;
    const auto esc = [](const QString& text) { return text.toHtmlEscaped(); };
    if (m_deadlines.receipt.isValid()) {
        lines.append(esc(tr("Complaint received on %1 (day 0 of the procedure).").arg(dateText(m_deadlines.receipt))));
    }
    if (repeat.repeatOffence) {
        lines.append(QStringLiteral("<b style='color:#b00020'>%1</b>")
                         .arg(esc(tr("Repeat offence (%1): no conciliation, transmission to the disciplinary "
                                     "chamber.")
                                      .arg(lawSourceText(repeat.law)))));
    }
    if (m_deadlines.outcome != ConciliationOutcome::Pending) {
        lines.append(esc(tr("Outcome: %1").arg(ConciliationDeadlines::outcomeLabel(m_deadlines.outcome))));
    }
    if (m_deadlines.carence.applies) {
        lines.append(
            QStringLiteral("<b style='color:#b00020'>%1</b>")
                .arg(esc(tr("Failure of the order to act since %1 (%2).")
                             .arg(dateText(m_deadlines.carence.since), lawSourceText(m_deadlines.carence.law)))));
    }
    for (const NextAction& action : NextActions::forProcedure(m_deadlines, procedure)) {
        lines.append(QStringLiteral("<b>%1</b> %2").arg(esc(tr("To do:")), esc(action.text)));
    }
    for (const QString& note : std::as_const(m_deadlines.notes)) {
        lines.append(esc(note));
    }
    m_summary->setText(lines.join(QStringLiteral("<br>")));
}

} // namespace saisine
