#pragma once

#include "model/Case.h"

#include <QWidget>

class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace saisine {

class EnumChecklist;
class OptionalDateEdit;

// What happened: the dates of the facts, the place, the forms of refusal, the reason the
// professional gave and the person's account. Shared by the intake wizard and the case file.
class FactsForm final : public QWidget
{
    Q_OBJECT

public:
    explicit FactsForm(QWidget* parent = nullptr);

    void setToday(const QDate& today);
    // In the wizard, a date chosen but not added yet counts when no date was added: people
    // expect the date they see to be taken.
    void setTakesPendingDate(bool takes) { m_takesPendingDate = takes; }
    void setFacts(const Case& c);
    // `c` with the fields of this form replaced by what is on screen.
    Case applyTo(Case c) const;
    void focusField(const QString& field);

signals:
    void edited();

private:
    void addDate();
    void removeDate();
    QList<QDate> dates() const;

    bool m_takesPendingDate = false;
    OptionalDateEdit* m_dateEdit = nullptr;
    QPushButton* m_addDate = nullptr;
    QPushButton* m_removeDate = nullptr;
    QListWidget* m_dates = nullptr;
    QLineEdit* m_place = nullptr;
    EnumChecklist* m_forms = nullptr;
    QLineEdit* m_otherForm = nullptr;
    QLineEdit* m_statedReason = nullptr;
    QPlainTextEdit* m_narrative = nullptr;
};

} // namespace saisine
