#include "FirstRunDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace saisine {

namespace {

const QString doneKey = QStringLiteral("firstRun/done");
const QString pathKey = QStringLiteral("database/path");

} // namespace

FirstRunDialog::FirstRunDialog(const QString& proposedPath, QWidget* parent)
    : QDialog(parent)
    , m_path(new QLineEdit(QDir::toNativeSeparators(proposedPath), this))
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("Welcome to Saisine"));

    auto* intro = new QLabel(
        tr("<p>Saisine keeps the cases of your association in one file on this computer. Nothing is sent "
           "anywhere.</p><p>The place below suits most associations. Choose another folder if yours keeps its "
           "files elsewhere (an encrypted disk, for example). You will then be asked for your association's "
           "profile, which signs the letters.</p>"),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);

    auto* label = new QLabel(tr("&Database file:"), this);
    label->setBuddy(m_path);
    m_path->setObjectName(QStringLiteral("databasePathEdit"));
    m_path->setAccessibleName(tr("Database file"));
    auto* browseButton = new QPushButton(tr("&Choose…"), this);
    browseButton->setObjectName(QStringLiteral("browseButton"));
    connect(browseButton, &QPushButton::clicked, this, &FirstRunDialog::browse);

    auto* row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_path, 1);
    row->addWidget(browseButton);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("databasePathError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(640, 260);
}

QString FirstRunDialog::databasePath() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

void FirstRunDialog::setDatabasePath(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

void FirstRunDialog::browse()
{
    const QString chosen =
        QFileDialog::getSaveFileName(this, tr("Database file"), databasePath(), tr("Saisine database (*.sqlite)"),
                                     nullptr, QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty()) {
        setDatabasePath(chosen);
    }
}

void FirstRunDialog::accept()
{
    const QString path = databasePath();
    if (path.isEmpty() || QFileInfo(path).isDir()) {
        m_error->setText(tr("Give the name of a file, for example saisine.sqlite."));
        m_error->show();
        m_path->setFocus();
        return;
    }
    QDialog::accept();
}

QString FirstRunDialog::defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("saisine.sqlite"));
}

QString FirstRunDialog::chosenDatabasePath(const QSettings& settings)
{
    const QString chosen = settings.value(pathKey).toString();
    return chosen.isEmpty() ? defaultDatabasePath() : chosen;
}

bool FirstRunDialog::isNeeded(const QSettings& settings)
{
    return !settings.value(doneKey, false).toBool();
}

void FirstRunDialog::remember(QSettings& settings, const QString& databasePath)
{
    settings.setValue(pathKey, databasePath);
    settings.setValue(doneKey, true);
}

void FirstRunDialog::askAgain(QSettings& settings)
{
    settings.setValue(doneKey, false);
}

} // namespace saisine
