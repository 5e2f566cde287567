#pragma once

#include "model/Evidence.h"
#include "model/Mandate.h"
#include "model/Procedure.h"
#include "procedure/ConciliationDeadlines.h"

#include <QAbstractTableModel>
#include <QList>

namespace saisine {

// The clues of a case, one row each: kind, date, description, file and its SHA-256.
class EvidenceModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KindColumn, DateColumn, DescriptionColumn, FileColumn, HashColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setEvidence(const QList<Evidence>& evidence);
    const QList<Evidence>& evidence() const { return m_items; }
    void append(const Evidence& evidence);
    void removeAt(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Evidence> m_items;
};

// The timeline of one procedure: its dated events, oldest first.
class ProcedureEventsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, KindColumn, NoteColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setEvents(const QList<ProcedureEvent>& events);
    const QList<ProcedureEvent>& events() const { return m_events; }
    // Inserts at its place in date order; returns the row.
    int add(const ProcedureEvent& event);
    void removeAt(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ProcedureEvent> m_events;
};

// The legal deadlines of one procedure, with their status and legal source; overdue ones red.
class DeadlinesModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StepColumn, DueColumn, StatusColumn, RuleColumn, SourceColumn, ColumnCount };
    // Stable keys, for code and tests that must not depend on the translated text.
    enum Role { StatusKeyRole = Qt::UserRole, DeadlineKeyRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setDeadlines(const QList<Deadline>& deadlines);
    const QList<Deadline>& deadlines() const { return m_deadlines; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Deadline> m_deadlines;
};

// The mandates of a case: kind, powers, signature and revocation.
class MandatesModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KindColumn, ScopeColumn, SignedColumn, PlaceColumn, RevokedColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setMandates(const QList<Mandate>& mandates);
    const QList<Mandate>& mandates() const { return m_mandates; }
    void append(const Mandate& mandate);
    void replace(int row, const Mandate& mandate);
    void removeAt(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Mandate> m_mandates;
};

// "R1110-11 CSP [to confirm]": the legal source with the flags a caseworker must see.
QString lawSourceText(const law::LawSource& law, bool beforeInForce = false);

} // namespace saisine
