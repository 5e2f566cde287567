#include "FormSupport.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTableView>

namespace saisine {

namespace {

const QDate notGiven(1899, 12, 31);

} // namespace

OptionalDateEdit::OptionalDateEdit(QWidget* parent)
    : QDateEdit(parent)
{
    setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    setCalendarPopup(true);
    setMinimumDate(notGiven);
    setSpecialValueText(tr("not given"));
    setDate(notGiven);
    // The size hint only measures the date format: leave room for the "not given" text, plus
    // the frame and the calendar button.
    const int text = qMax(fontMetrics().horizontalAdvance(specialValueText()),
                          fontMetrics().horizontalAdvance(QStringLiteral("00/00/0000")));
    setMinimumWidth(text + 2 * style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 16);
}

QDate OptionalDateEdit::dateOrNull() const
{
    return date() == notGiven ? QDate() : date();
}

void OptionalDateEdit::setDateOrNull(const QDate& date)
{
    setDate(date.isValid() ? date : notGiven);
}

EnumChecklist::EnumChecklist(const QString& objectNamePrefix, const QStringList& keys, const QStringList& labels,
                             int columns, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (qsizetype i = 0; i < labels.size(); ++i) {
        auto* box = new QCheckBox(labels.at(i), this);
        box->setObjectName(objectNamePrefix + keys.at(i));
        box->setAccessibleName(labels.at(i));
        layout->addWidget(box, int(i / columns), int(i % columns));
        m_boxes.append(box);
        connect(box, &QCheckBox::toggled, this, [this, i](bool on) {
            m_order.removeAll(int(i));
            if (on) {
                m_order.append(int(i));
            }
            emit changed();
        });
    }
}

QList<int> EnumChecklist::checked() const
{
    return m_order;
}

void EnumChecklist::setChecked(const QList<int>& indexes)
{
    const QSignalBlocker blocker(this);
    for (qsizetype i = 0; i < m_boxes.size(); ++i) {
        m_boxes.at(i)->setChecked(indexes.contains(int(i)));
    }
    m_order.clear();
    for (int index : indexes) {
        if (index >= 0 && index < m_boxes.size() && !m_order.contains(index)) {
            m_order.append(index);
        }
    }
}

void setUpTable(QTableView* table, int stretchColumn)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->setTabKeyNavigation(false); // Tab leaves the table, as in the rest of the form
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    QHeaderView* header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);
}

QTableView* makeTable(QAbstractItemModel* model, int stretchColumn, const char* objectName,
                      const QString& accessibleName, QWidget* parent)
{
    auto* table = named(new QTableView(parent), objectName, accessibleName);
    table->setModel(model);
    setUpTable(table, stretchColumn);
    return table;
}

QLabel* makeErrorLabel(const char* objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    label->setAccessibleName(QObject::tr("Error"));
    label->hide();
    return label;
}

void showError(QLabel* label, const QString& message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

} // namespace saisine
