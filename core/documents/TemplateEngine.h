#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVariantMap>

#include <functional>

namespace saisine {

// A small, strict subset of Mustache for the letter templates, so the association can reword a
// letter without a new build:
//   {{name}}              the value, HTML-escaped (a name typed as "<b>Dupont</b>" prints as typed)
//   {{#name}}...{{/name}} shown when the value is non-empty / true; repeated for each item of a list
//   {{^name}}...{{/name}} shown when the value is empty / false / an empty list
//   {{>part}}             another template (letterhead, signatures...)
//   {{! comment }}
// There is no way to insert raw HTML from data. Strictness is the point: a {{name}} the data does
// not define, or whose value is empty, is an error, so no letter is printed with a hole in it
// (optional text goes inside {{#name}}...{{/name}}).
class TemplateEngine final
{
    Q_DECLARE_TR_FUNCTIONS(TemplateEngine)

public:
    using PartialLoader = std::function<Result<QString>(const QString& name)>;

    explicit TemplateEngine(PartialLoader partials = {});

    Result<QString> render(const QString& templateText, const QVariantMap& data, const QString& templateName) const;

    // HTML-escapes user data; line breaks become <br/>.
    static QString escape(const QString& text);

private:
    PartialLoader m_partials;
};

} // namespace saisine
