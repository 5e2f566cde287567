#pragma once

#include <QMainWindow>

#include <memory>

namespace saisine {

class Database;

// The main window. For now it shows the database it works on and its contents at a glance;
// the case list, dashboard and case file come with the UI issue.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Database> database, QWidget* parent = nullptr);
    ~MainWindow() override;

private:
    std::unique_ptr<Database> m_database;
};

} // namespace saisine
