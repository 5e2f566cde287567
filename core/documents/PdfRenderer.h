#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace saisine {

struct ComposedDocument;

// Lays a letter out on A4 and paints it: the same code writes the PDF (QPdfWriter) and, in the
// interface, prints (QPrinter is a QPagedPaintDevice too), so what is printed is what is stored.
// Fonts are the DejaVu family (fonts-dejavu-core), embedded by Qt, so the PDF looks the same on
// every machine.
class PdfRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(PdfRenderer)

public:
    // Dots per inch of the layout. Template lengths given in pixels (image sizes, cell padding)
    // are in these dots, so a printer must use the same resolution to match the PDF.
    static constexpr int resolution = 300;

    struct Metadata
    {
        QString title;
        QString author;
    };

    // A QTextDocument of the composed HTML, with the letter's default font and the logo.
    static std::unique_ptr<QTextDocument> textDocument(const ComposedDocument& document);
    static std::unique_ptr<QTextDocument> textDocument(const QString& html, const QByteArray& logo);

    // Paints every page of `document` on `device` (margins, page numbers when more than one).
    static Status paint(QTextDocument& document, QPagedPaintDevice& device);

    static Result<QByteArray> toPdf(QTextDocument& document, const Metadata& metadata);
    static Result<QByteArray> toPdf(const ComposedDocument& document, const Metadata& metadata);

    static QString fontFamily();
};

} // namespace saisine
