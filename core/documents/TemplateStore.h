#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace saisine {

class Clock;
class Database;

// A letter template: the built-in one (resources/templates/<name>.html, compiled in) or the
// association's own wording stored in the database, where every save adds a version and the
// highest version is used. The version ends up in the register with each document.
struct LetterTemplate
{
    QString name;
    QString body;
    int version = 0;
    bool custom = false;

    QString versionLabel() const; // "builtin-1", "custom-3"
};

class TemplateStore final
{
    Q_DECLARE_TR_FUNCTIONS(TemplateStore)

public:
    TemplateStore(Database& db, const Clock& clock);

    static QStringList builtInNames();
    static Result<LetterTemplate> builtIn(const QString& name);

    // The template in use: the latest custom version, else the built-in one.
    Result<LetterTemplate> current(const QString& name) const;
    // Saves the association's wording as a new version; returns it.
    Result<LetterTemplate> saveCustom(const QString& name, const QString& body);
    // Goes back to the built-in wording (the custom versions are kept, marked by a newer empty one).
    Status resetToBuiltIn(const QString& name);

    // The association's logo for the letterhead (PNG or JPEG), empty when none.
    Result<QByteArray> logo() const;
    Status setLogo(const QByteArray& image);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace saisine
