#include "PdfRenderer.h"

#include "DocumentComposer.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontDatabase>
#include <QImage>
#include <QMutex>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace saisine {

namespace {

// Page margins in millimetres: the left one leaves room for a hole punch; the bottom one holds
// the page number.
constexpr qreal marginLeftMm = 22;
constexpr qreal marginRightMm = 20;
constexpr qreal marginTopMm = 16;
constexpr qreal marginBottomMm = 20;

QString ensureFonts()
{
    // Registering the files directly makes the output independent of fontconfig's choice.
    static const QString family = [] {
        // Only the faces the templates use: each face used is one more font embedded per PDF
        // (about 3 ms each), which is also why the templates avoid italics.
        const char* const files[] = {"DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"};
        QString found;
        for (const char* file : files) {
            const int id = QFontDatabase::addApplicationFont(QStringLiteral("/usr/share/fonts/truetype/dejavu/")
                                                             + QLatin1String(file));
            if (id >= 0 && found.isEmpty()) {
                found = QFontDatabase::applicationFontFamilies(id).value(0);
            }
        }
        return found.isEmpty() ? QStringLiteral("DejaVu Serif") : found;
    }();
    return family;
}

QByteArray xmpMetadata(const PdfRenderer::Metadata& metadata)
{
    // Qt 6.4 writes /Title and /Creator in the PDF information dictionary; the author goes in
    // the XMP packet (dc:creator), which PDF readers show as the author.
    const QString title = metadata.title.toHtmlEscaped();
    const QString author = metadata.author.toHtmlEscaped();
    const QString xmp =
        QStringLiteral("<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>"
                       "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF "
                       "xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
                       "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/' "
                       "xmlns:pdf='http://ns.adobe.com/pdf/1.3/'>"
                       "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>%1</rdf:li></rdf:Alt></dc:title>"
                       "<dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>"
                       "<pdf:Producer>Saisine</pdf:Producer>"
                       "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>")
            .arg(title, author);
    return xmp.toUtf8();
}

// The association's logo, decoded once: every letter carries the same one, and decoding costs
// from 0.2 ms (a small 400x160 PNG) to 10-20 ms (a 1200x480 PNG) per letter. Keyed by the bytes, so
// a new logo (letterhead --logo, the settings) is decoded again; QImage is shared, so the copy is
// cheap.
QImage decodedLogo(const QByteArray& bytes)
{
    static QMutex mutex;
    static QByteArray lastBytes;
    static QImage lastImage;
    const QMutexLocker lock(&mutex);
    if (bytes != lastBytes) {
        lastImage = QImage::fromData(bytes);
        lastBytes = bytes;
    }
    return lastImage;
}

} // namespace

QString PdfRenderer::fontFamily()
{
    return ensureFonts();
}

std::unique_ptr<QTextDocument> PdfRenderer::textDocument(const QString& html, const QByteArray& logo)
{
    auto doc = std::make_unique<QTextDocument>();
    QFont font(ensureFonts());
    font.setPointSizeF(10.5);
    doc->setDefaultFont(font);
    doc->setDocumentMargin(0);
    if (!logo.isEmpty()) {
        doc->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("saisine-logo")), decodedLogo(logo));
    }
    doc->setHtml(html);
    return doc;
}

std::unique_ptr<QTextDocument> PdfRenderer::textDocument(const ComposedDocument& document)
{
    return textDocument(document.html, document.logo);
}

Status PdfRenderer::paint(QTextDocument& document, QPagedPaintDevice& device)
{
    QPageLayout layout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    device.setPageLayout(layout);
    const qreal dotsPerMm = device.logicalDpiY() / 25.4;
    const QRectF page(0, 0, device.width(), device.height());
    const QRectF content(marginLeftMm * dotsPerMm, marginTopMm * dotsPerMm,
                         page.width() - (marginLeftMm + marginRightMm) * dotsPerMm,
                         page.height() - (marginTopMm + marginBottomMm) * dotsPerMm);

    // Without this the layout measures in screen pixels and the text comes out tiny. Creating the
    // layout lays the document out at once (for the screen, at the default width), only to be
    // thrown away when the device and the page size are set: about a tenth of a letter's time.
    // With an empty page size the new layout waits, so the letter is laid out once, on `device`.
    document.setPageSize(QSizeF(0, 0));
    document.documentLayout()->setPaintDevice(&device);
    document.setPageSize(content.size());
    const int pages = document.pageCount();

    QPainter painter;
    if (!painter.begin(&device)) {
        return Error {tr("The document could not be drawn (the printer or file refused it)."), {}, {}, {}};
    }
    QFont footerFont(ensureFonts());
    footerFont.setPointSizeF(8.5);
    for (int i = 0; i < pages; ++i) {
        if (i > 0) {
            device.newPage();
        }
        painter.save();
        painter.translate(content.left(), content.top() - i * content.height());
        const QRectF visible(0, i * content.height(), content.width(), content.height());
        painter.setClipRect(visible);
        document.drawContents(&painter, visible);
        painter.restore();
        if (pages > 1) {
            painter.setFont(footerFont);
            const QRectF footer(content.left(), content.bottom() + 6 * dotsPerMm, content.width(), 6 * dotsPerMm);
            painter.drawText(footer, Qt::AlignHCenter | Qt::AlignTop, QStringLiteral("%1 / %2").arg(i + 1).arg(pages));
        }
    }
    painter.end();
    return {};
}

Result<QByteArray> PdfRenderer::toPdf(QTextDocument& document, const Metadata& metadata)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(PdfRenderer::resolution);
        writer.setTitle(metadata.title);
        writer.setCreator(QStringLiteral("Saisine"));
        writer.setDocumentXmpMetadata(xmpMetadata(metadata));
        if (Status s = paint(document, writer); !s) {
            return s.error();
        }
    }
    if (bytes.isEmpty()) {
        return Error {tr("The PDF could not be written."), {}, {}, {}};
    }
    return bytes;
}

Result<QByteArray> PdfRenderer::toPdf(const ComposedDocument& document, const Metadata& metadata)
{
    auto doc = textDocument(document);
    return toPdf(*doc, metadata);
}

} // namespace saisine
