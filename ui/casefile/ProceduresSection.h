#pragma once

#include "model/Case.h"
#include "procedure/ConciliationDeadlines.h"
#include "procedure/RepeatOffence.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace saisine {

class Clock;
class DeadlinesModel;
class OptionalDateEdit;
class ProcedureEventsModel;
namespace law {
class LawTables;
}

// The procedures of a case: each one's timeline of dated events and, computed again at every
// change, its legal deadlines with their source (overdue ones in red) and what to do next.
class ProceduresSection final : public QWidget
{
    Q_OBJECT

public:
    ProceduresSection(const law::LawTables& tables, const Clock& clock, QWidget* parent = nullptr);

    // What the deadlines depend on besides the events: the département of the place of practice
    // (holidays), the earlier cases against the professional (repeat offence), the case itself.
    void setContext(const Case& c, const QString& departement, const QList<KnownCase>& knownCases);
    void setProcedures(const QList<Procedure>& procedures);
    QList<Procedure> procedures() const { return m_procedures; }

    int currentProcedure() const { return m_current; }
    void selectProcedure(int index);
    const ProcedureDeadlines& deadlines() const { return m_deadlines; }

signals:
    void edited();

private:
    void addProcedure();
    void removeProcedure();
    void addEvent();
    void removeEvent();
    void refreshSelector();
    void loadCurrent();
    void recompute();
    void storeFields();

    const law::LawTables& m_tables;
    const Clock& m_clock;
    Case m_case;
    QString m_departement;
    QList<KnownCase> m_knownCases;
    QList<Procedure> m_procedures;
    int m_current = -1;
    ProcedureDeadlines m_deadlines;
    bool m_loading = false;

    QComboBox* m_selector = nullptr;
    QComboBox* m_newRoute = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QWidget* m_details = nullptr;
    QLineEdit* m_authorityName = nullptr;
    QLineEdit* m_authorityReference = nullptr;
    QComboBox* m_status = nullptr;
    ProcedureEventsModel* m_eventsModel = nullptr;
    QTableView* m_events = nullptr;
    QComboBox* m_eventKind = nullptr;
    OptionalDateEdit* m_eventDate = nullptr;
    QLineEdit* m_eventNote = nullptr;
    QPushButton* m_eventAdd = nullptr;
    QPushButton* m_eventRemove = nullptr;
    DeadlinesModel* m_deadlinesModel = nullptr;
    QTableView* m_deadlinesView = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace saisine
