#pragma once

#include "model/Vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QList>
#include <QString>
#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QLabel;
class QTableView;

namespace saisine {

// A date field that can be left empty (date of birth, revocation date...). QDateEdit has no
// empty state, so its minimum date stands for "not given" and shows a word instead.
class OptionalDateEdit final : public QDateEdit
{
    Q_OBJECT

public:
    explicit OptionalDateEdit(QWidget* parent = nullptr);

    QDate dateOrNull() const;
    void setDateOrNull(const QDate& date);
};

// Tick boxes for the values of an enumeration (forms of refusal, grounds, cover, powers of a
// mandate). Keeps the order of the values it was given, so that an unchanged list reads back
// identical and dirty tracking is not fooled by a reordering.
class EnumChecklist final : public QWidget
{
    Q_OBJECT

public:
    // `labels` in the order of the enumeration's values; `columns` tick boxes per row.
    EnumChecklist(const QString& objectNamePrefix, const QStringList& keys, const QStringList& labels, int columns,
                  QWidget* parent = nullptr);

    QList<int> checked() const; // indexes into the enumeration, in the order they were ticked
    void setChecked(const QList<int>& indexes);
    QCheckBox* box(int index) const { return m_boxes.value(index); }
    QCheckBox* firstBox() const { return m_boxes.value(0); }

signals:
    void changed();

private:
    QList<QCheckBox*> m_boxes;
    QList<int> m_order;
};

template <typename E>
EnumChecklist* makeChecklist(const QString& objectNamePrefix, int columns, QWidget* parent)
{
    QStringList labels;
    for (E value : allValues<E>()) {
        labels.append(labelOf(value));
    }
    return new EnumChecklist(objectNamePrefix, allKeys<E>(), labels, columns, parent);
}

template <typename E>
QList<E> checkedValues(const EnumChecklist& list)
{
    const QList<E> values = allValues<E>();
    QList<E> result;
    for (int index : list.checked()) {
        result.append(values.at(index));
    }
    return result;
}

template <typename E>
void setCheckedValues(EnumChecklist& list, const QList<E>& checked)
{
    const QList<E> values = allValues<E>();
    QList<int> indexes;
    for (E value : checked) {
        indexes.append(int(values.indexOf(value)));
    }
    list.setChecked(indexes);
}

// A combo box of an enumeration's values, shown by label, holding the key.
template <typename E>
void fillCombo(QComboBox& combo)
{
    for (E value : allValues<E>()) {
        combo.addItem(labelOf(value), keyOf(value));
    }
}

template <typename E>
E comboValue(const QComboBox& combo, E fallback)
{
    return fromKey<E>(combo.currentData().toString()).value_or(fallback);
}

template <typename E>
void setComboValue(QComboBox& combo, E value)
{
    combo.setCurrentIndex(combo.findData(keyOf(value)));
}

// Names an input for screen readers and tests in one place: every input gets both.
template <typename W>
W* named(W* widget, const char* objectName, const QString& accessibleName)
{
    widget->setObjectName(QLatin1String(objectName));
    widget->setAccessibleName(accessibleName);
    return widget;
}

// A read-only table of records: whole rows selected, columns fitted to their contents except
// `stretchColumn`, which takes the remaining width; compact rows.
void setUpTable(QTableView* table, int stretchColumn);
QTableView* makeTable(QAbstractItemModel* model, int stretchColumn, const char* objectName,
                      const QString& accessibleName, QWidget* parent);

// A red message under a form saying what is wrong and in which field; hidden when empty.
QLabel* makeErrorLabel(const char* objectName, QWidget* parent);
void showError(QLabel* label, const QString& message);

} // namespace saisine
