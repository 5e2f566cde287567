#include "TemplateStore.h"

#include "common/Clock.h"
#include "store/Database.h"
#include "store/SqlSupport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>

namespace saisine {

using namespace sql;

namespace {

// Built-in templates start with "{{! saisine-template version N ... }}".
int versionOf(const QString& body)
{
    static const QRegularExpression pattern(QStringLiteral("saisine-template version (\\d+)"));
    const auto match = pattern.match(body.left(300));
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

const QString logoAsset = QStringLiteral("logo");

} // namespace

QString LetterTemplate::versionLabel() const
{
    return (custom ? QStringLiteral("custom-") : QStringLiteral("builtin-")) + QString::number(version);
}

TemplateStore::TemplateStore(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}

QStringList TemplateStore::builtInNames()
{
    QStringList names;
    const QStringList files = QDir(QStringLiteral(":/templates")).entryList(QDir::Files, QDir::Name);
    for (const QString& file : files) {
        if (file.endsWith(QLatin1String(".html"))) {
            names.append(file.chopped(5));
        }
    }
    return names;
}

Result<LetterTemplate> TemplateStore::builtIn(const QString& name)
{
    QFile file(QStringLiteral(":/templates/%1.html").arg(name));
    if (!file.open(QIODevice::ReadOnly)) {
        return Error {tr("There is no template named \"%1\".").arg(name), file.errorString(), {}, {}};
    }
    LetterTemplate t;
    t.name = name;
    t.body = QString::fromUtf8(file.readAll());
    t.version = versionOf(t.body);
    return t;
}

Result<LetterTemplate> TemplateStore::current(const QString& name) const
{
    auto query = exec(m_db,
                      QStringLiteral("SELECT version, body FROM document_template WHERE name = ? "
                                     "ORDER BY version DESC LIMIT 1"),
                      {name});
    if (!query) {
        return query.error();
    }
    if (query->next()) {
        LetterTemplate t;
        t.name = name;
        t.version = query->value(0).toInt();
        t.body = query->value(1).toString();
        t.custom = true;
        query->finish();
        // An empty body is the mark left by resetToBuiltIn.
        if (!t.body.isEmpty()) {
            return t;
        }
    }
    query->finish();
    return builtIn(name);
}

Result<LetterTemplate> TemplateStore::saveCustom(const QString& name, const QString& body)
{
    if (!builtInNames().contains(name)) {
        return Error {tr("There is no template named \"%1\".").arg(name), {}, {}, QStringLiteral("name")};
    }
    if (body.trimmed().isEmpty()) {
        return Error {tr("The template is empty."), {}, name, QStringLiteral("body")};
    }
    LetterTemplate t;
    Status status = m_db.transaction([&]() -> Status {
        auto last = exec(m_db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM document_template WHERE name = ?"),
                         {name});
        if (!last) {
            return last.error();
        }
        last->next();
        t.version = last->value(0).toInt() + 1;
        last->finish();
        t.name = name;
        t.body = body;
        t.custom = true;
        auto insert = exec(m_db,
                           QStringLiteral("INSERT INTO document_template (name, version, body, created_at) "
                                          "VALUES (?, ?, ?, ?)"),
                           {name, t.version, body, dateTimeValue(m_clock.now().toUTC())}, name);
        if (!insert) {
            return insert.error();
        }
        return {};
    });
    if (!status) {
        return status.error();
    }
    return t;
}

Status TemplateStore::resetToBuiltIn(const QString& name)
{
    return m_db.transaction([&]() -> Status {
        auto last = exec(m_db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM document_template WHERE name = ?"),
                         {name});
        if (!last) {
            return last.error();
        }
        last->next();
        const int version = last->value(0).toInt() + 1;
        last->finish();
        auto insert = exec(m_db,
                           QStringLiteral("INSERT INTO document_template (name, version, body, created_at) "
                                          "VALUES (?, ?, '', ?)"),
                           {name, version, dateTimeValue(m_clock.now().toUTC())}, name);
        if (!insert) {
            return insert.error();
        }
        return {};
    });
}

Result<QByteArray> TemplateStore::logo() const
{
    auto query = exec(m_db, QStringLiteral("SELECT content FROM document_asset WHERE name = ?"), {logoAsset});
    if (!query) {
        return query.error();
    }
    QByteArray content;
    if (query->next()) {
        content = query->value(0).toByteArray();
    }
    query->finish();
    return content;
}

Status TemplateStore::setLogo(const QByteArray& image)
{
    if (!image.isEmpty() && QImage::fromData(image).isNull()) {
        return Error {
            tr("The logo is not an image Saisine can read (use PNG or JPEG)."), {}, {}, QStringLiteral("logo")};
    }
    return m_db.transaction([&]() -> Status {
        auto query = image.isEmpty()
            ? exec(m_db, QStringLiteral("DELETE FROM document_asset WHERE name = ?"), {logoAsset})
            : exec(m_db,
                   QStringLiteral("INSERT INTO document_asset (name, mime_type, content) VALUES (?, 'image', ?) "
                                  "ON CONFLICT (name) DO UPDATE SET content = excluded.content"),
                   {logoAsset, image});
        if (!query) {
            return query.error();
        }
        return {};
    });
}

} // namespace saisine
