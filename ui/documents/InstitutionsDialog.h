#pragma once

#include "institutions/Institution.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace saisine {

class Clock;
class Database;

// The institutions directory: the bodies letters are addressed to, with their address and the
// title of their head. The association keeps it up to date; built-in entries can be corrected.
class InstitutionsDialog final : public QDialog
{
    Q_OBJECT

public:
    InstitutionsDialog(Database& db, const Clock& clock, QWidget* parent = nullptr);

    bool reload();
    int count() const;
    void selectRow(int row);
    void newInstitution();
    bool saveCurrent(); // false with a message when the entry is refused
    QString lastError() const { return m_lastError; }

    // The form's fields, for keyboard users and tests.
    QLineEdit* nameEdit() const { return m_name; }
    QPlainTextEdit* streetEdit() const { return m_street; }
    QLineEdit* postcodeEdit() const { return m_postcode; }
    QLineEdit* cityEdit() const { return m_city; }
    QComboBox* kindCombo() const { return m_kind; }
    QComboBox* professionCombo() const { return m_profession; }

private:
    void showCurrent();
    void removeCurrent();

    Database& m_db;
    const Clock& m_clock;
    QList<Institution> m_institutions;
    Institution m_current;
    QString m_lastError;
    QListWidget* m_list;
    QComboBox* m_kind;
    QLineEdit* m_name;
    QLineEdit* m_headTitle;
    QComboBox* m_profession;
    QPlainTextEdit* m_street;
    QLineEdit* m_postcode;
    QLineEdit* m_city;
    QLineEdit* m_departements;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QPlainTextEdit* m_notes;
    QPushButton* m_removeButton;
};

} // namespace saisine
