#pragma once

#include <QDialog>

class QTextBrowser;

namespace saisine {

// The user guide (docs/guide-utilisateur.md, embedded with its screenshots) inside the
// application, so that a volunteer at a permanence has it without a network.
class HelpDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit HelpDialog(QWidget* parent = nullptr);

    // The guide's Markdown as embedded in the application; empty if the resource is missing.
    static QString guideMarkdown();

private:
    QTextBrowser* m_browser;
};

} // namespace saisine
