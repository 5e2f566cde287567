#include "MainWindow.h"

#include "common/Clock.h"
#include "store/Database.h"
#include "store/Repositories.h"

#include <QDir>
#include <QLabel>
#include <QStatusBar>
#include <QVBoxLayout>

namespace saisine {

MainWindow::MainWindow(std::unique_ptr<Database> database, QWidget* parent)
    : QMainWindow(parent)
    , m_database(std::move(database))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Saisine"));
    resize(900, 600);

    SystemClock clock;
    const auto ids = CaseRepository(*m_database, clock).allIds();
    const qsizetype caseCount = ids ? ids->size() : 0;

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    auto* title = new QLabel(tr("<h2>Saisine</h2><p>Cases of discriminatory refusal of care.</p>"), central);
    title->setObjectName(QStringLiteral("titleLabel"));
    auto* summary = new QLabel(tr("%n case(s) in this database.", nullptr, int(caseCount)), central);
    summary->setObjectName(QStringLiteral("caseCountLabel"));
    summary->setAccessibleName(tr("Number of cases"));
    layout->addWidget(title);
    layout->addWidget(summary);
    layout->addStretch();
    setCentralWidget(central);
    statusBar()->showMessage(tr("Database: %1").arg(QDir::toNativeSeparators(m_database->path())));
}

MainWindow::~MainWindow() = default;

} // namespace saisine
