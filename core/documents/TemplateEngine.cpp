#include "TemplateEngine.h"

#include <QList>

namespace saisine {

namespace {

struct Renderer
{
    const TemplateEngine::PartialLoader& partials;
    QString templateName;
    std::optional<Error> error;
    int depth = 0;

    void fail(const QString& message, const QString& field)
    {
        if (!error) {
            error = Error {message, {}, TemplateEngine::tr("template \"%1\"").arg(templateName), field};
        }
    }

    // Looks a name up from the innermost list item outwards.
    const QVariant* lookup(const QList<const QVariantMap*>& scopes, const QString& name) const
    {
        for (auto it = scopes.crbegin(); it != scopes.crend(); ++it) {
            auto found = (*it)->constFind(name);
            if (found != (*it)->constEnd()) {
                return &found.value();
            }
        }
        return nullptr;
    }

    static bool truthy(const QVariant& value)
    {
        if (value.typeId() == QMetaType::Bool) {
            return value.toBool();
        }
        if (value.typeId() == QMetaType::QVariantList) {
            return !value.toList().isEmpty();
        }
        return !value.toString().trimmed().isEmpty();
    }

    // Renders text[pos, end) into out; returns the position after the closing tag of `section`.
    qsizetype renderRange(const QString& text, qsizetype pos, const QString& section, QList<const QVariantMap*>& scopes,
                          QString* out)
    {
        while (pos < text.size() && !error) {
            const qsizetype open = text.indexOf(QLatin1String("{{"), pos);
            if (open < 0) {
                if (!section.isEmpty()) {
                    fail(TemplateEngine::tr("The section \"%1\" is never closed.").arg(section), section);
                    return text.size();
                }
                if (out) {
                    out->append(QStringView(text).mid(pos));
                }
                return text.size();
            }
            if (out) {
                out->append(QStringView(text).mid(pos, open - pos));
            }
            const qsizetype close = text.indexOf(QLatin1String("}}"), open + 2);
            if (close < 0) {
                fail(TemplateEngine::tr("A \"{{\" is never closed."), {});
                return text.size();
            }
            const QString tag = text.mid(open + 2, close - open - 2).trimmed();
            pos = close + 2;
            if (tag.isEmpty()) {
                fail(TemplateEngine::tr("An empty tag \"{{}}\"."), {});
                return pos;
            }
            const QChar sigil = tag.front();
            const QString name = tag.mid(1).trimmed();
            if (sigil == QLatin1Char('!')) {
                continue;
            }
            if (sigil == QLatin1Char('/')) {
                if (name != section) {
                    fail(TemplateEngine::tr("\"{{/%1}}\" closes a section that is not open.").arg(name), name);
                }
                return pos;
            }
            if (sigil == QLatin1Char('>')) {
                if (!out) {
                    continue; // inside a hidden section
                }
                if (!partials) {
                    fail(TemplateEngine::tr("Unknown template part \"%1\".").arg(name), name);
                    return pos;
                }
                if (++depth > 8) {
                    fail(TemplateEngine::tr("Template parts include each other endlessly (\"%1\").").arg(name), name);
                    return pos;
                }
                auto partial = partials(name);
                if (!partial) {
                    error = partial.error();
                    return pos;
                }
                renderRange(*partial, 0, {}, scopes, out);
                --depth;
                continue;
            }
            if (sigil == QLatin1Char('#') || sigil == QLatin1Char('^')) {
                if (!out) {
                    // Inside a hidden section the names may belong to list items that do not exist.
                    pos = renderRange(text, pos, name, scopes, nullptr);
                    continue;
                }
                const QVariant* value = lookup(scopes, name);
                if (!value) {
                    fail(TemplateEngine::tr("The template uses \"%1\", which is not a field of this document.")
                             .arg(name),
                         name);
                    return pos;
                }
                const bool show = truthy(*value) == (sigil == QLatin1Char('#'));
                if (!show) {
                    pos = renderRange(text, pos, name, scopes, nullptr);
                    continue;
                }
                if (value->typeId() == QMetaType::QVariantList && sigil == QLatin1Char('#')) {
                    const QVariantList items = value->toList();
                    qsizetype after = pos;
                    for (const QVariant& item : items) {
                        const QVariantMap map = item.toMap();
                        scopes.append(&map);
                        after = renderRange(text, pos, name, scopes, out);
                        scopes.removeLast();
                        if (error) {
                            break;
                        }
                    }
                    pos = after;
                } else {
                    pos = renderRange(text, pos, name, scopes, out);
                }
                continue;
            }
            if (!out) {
                continue;
            }
            const QVariant* value = lookup(scopes, tag);
            if (!value) {
                fail(TemplateEngine::tr("The template uses \"%1\", which is not a field of this document.").arg(tag),
                     tag);
                return pos;
            }
            const QString textValue = value->toString();
            if (textValue.trimmed().isEmpty()) {
                fail(TemplateEngine::tr("The field \"%1\" is empty: the document would have a gap.").arg(tag), tag);
                return pos;
            }
            out->append(TemplateEngine::escape(textValue));
        }
        if (!section.isEmpty() && !error) {
            fail(TemplateEngine::tr("The section \"%1\" is never closed.").arg(section), section);
        }
        return pos;
    }
};

} // namespace

TemplateEngine::TemplateEngine(PartialLoader partials)
    : m_partials(std::move(partials))
{
}

QString TemplateEngine::escape(const QString& text)
{
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    escaped.replace(QLatin1Char('\n'), QLatin1String("<br/>"));
    return escaped;
}

Result<QString> TemplateEngine::render(const QString& templateText, const QVariantMap& data,
                                       const QString& templateName) const
{
    Renderer renderer {m_partials, templateName, std::nullopt, 0};
    QList<const QVariantMap*> scopes {&data};
    QString out;
    out.reserve(templateText.size() * 2);
    renderer.renderRange(templateText, 0, {}, scopes, &out);
    if (renderer.error) {
        return *renderer.error;
    }
    return out;
}

} // namespace saisine
