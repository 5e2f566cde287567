#include "HelpDialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace saisine {

QString HelpDialog::guideMarkdown()
{
    QFile file(QStringLiteral(":/guide/guide-utilisateur.md"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

HelpDialog::HelpDialog(QWidget* parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Saisine user guide"));
    setObjectName(QStringLiteral("helpDialog"));
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenExternalLinks(true);
    // Images in the guide are written "screenshots/x.png", relative to docs/.
    m_browser->setSearchPaths({QStringLiteral(":/guide")});
    const QString markdown = guideMarkdown();
    if (markdown.isEmpty()) {
        m_browser->setPlainText(tr("The user guide is missing from this installation."));
    } else {
        m_browser->setMarkdown(markdown);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(900, 700);
}

} // namespace saisine
