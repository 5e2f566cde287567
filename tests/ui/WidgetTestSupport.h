#pragma once

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QTest>
#include <QWidget>

// Helpers for widget tests driven by objectName, shared by the tests of every screen.
namespace saisine::test {

template <typename T>
T* child(QWidget& parent, const char* name)
{
    T* widget = parent.findChild<T*>(QLatin1String(name));
    if (!widget) {
        qWarning("no widget named %s", name);
    }
    return widget;
}

// QTest::keyClicks takes ASCII only; names and places have accents.
inline void typeText(QWidget* widget, const QString& text)
{
    for (QChar ch : text) {
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

// Each returns false (after a warning naming the widget) when the widget is missing.
inline bool type(QWidget& parent, const char* name, const QString& text)
{
    auto* edit = child<QLineEdit>(parent, name);
    if (!edit) {
        return false;
    }
    edit->setFocus();
    typeText(edit, text);
    return true;
}

inline bool tick(QWidget& parent, const char* name)
{
    auto* box = child<QCheckBox>(parent, name);
    if (!box) {
        return false;
    }
    box->setChecked(true);
    return true;
}

inline bool choose(QWidget& parent, const char* name, const QString& key)
{
    auto* combo = child<QComboBox>(parent, name);
    if (!combo) {
        return false;
    }
    combo->setCurrentIndex(combo->findData(key));
    return combo->currentIndex() >= 0;
}

} // namespace saisine::test
