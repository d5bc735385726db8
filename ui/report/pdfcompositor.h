#pragma once

#include "ui/report/reportdocument.h"

#include <QFont>
#include <QRectF>

#include <functional>

class QPainter;
class QPaintDevice;

namespace PortCheck {

// Lays a ReportDocument out on pages of the same body rectangle and draws them. Its own pagination,
// not QTextDocument's: a table row never splits across pages unless it is taller than a page
// (then it continues, line by line, under the repeated header); a table's header is repeated on
// every page it spans; a heading, or the caption of a table, stays with what follows it. Lines are
// laid out with QTextLayout for the device, so the text is vector text a reader can search, and a
// span's link becomes the PDF's link annotation.
class PdfCompositor final
{
public:
    struct Pages
    {
        // Called before anything is drawn on a page (index from 0): the caller starts the page
        // (QPdfWriter::newPage() for every page but the first) and draws its header and footer.
        std::function<void(int page)> begin;
        // Draws the diagram into the body rectangle of the page it owns.
        std::function<void(QPainter &painter, const QRectF &body)> diagram;
    };

    PdfCompositor(QPaintDevice *device, const QRectF &body, const QFont &baseFont);

    // The number of pages the document takes (lays it out without drawing).
    int pageCount(const ReportDocument &document) const;
    // Lays the document out again and draws it, page by page.
    void draw(const ReportDocument &document, QPainter &painter, const Pages &pages) const;

private:
    int run(const ReportDocument &document, QPainter *painter, const Pages *pages) const;

    QPaintDevice *m_device;
    QRectF m_body;
    QFont m_base;
};

} // namespace PortCheck
