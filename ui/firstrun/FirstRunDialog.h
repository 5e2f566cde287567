#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QSettings;

namespace saisine {

// The first start: where to keep the database (a sensible default is proposed), before the
// association profile is asked. Shown once; Help > First-time setup brings it back.
class FirstRunDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit FirstRunDialog(const QString& proposedPath, QWidget* parent = nullptr);

    QString databasePath() const;
    void setDatabasePath(const QString& path);

    // Where the database lives when neither --db nor --demo is given: the place chosen at the
    // first start, or the user's private application data folder.
    static QString defaultDatabasePath();
    static QString chosenDatabasePath(const QSettings& settings);
    static bool isNeeded(const QSettings& settings);
    static void remember(QSettings& settings, const QString& databasePath);
    static void askAgain(QSettings& settings);

    void accept() override;

private:
    void browse();

    QLineEdit* m_path;
    QLabel* m_error = nullptr;
};

} // namespace saisine
