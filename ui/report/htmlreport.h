#pragma once

#include "ui/report/reportdocument.h"

#include <QByteArray>
#include <QImage>

namespace PortCheck {

// The diagram of the HTML report: SVG when the build has Qt SVG (inline, vector), else a PNG
// (inline as a data: address). Either way the file needs nothing beside it.
struct HtmlDiagram
{
    QByteArray svg;
    QImage png;
    QString caption;
};

// The report as one self-contained HTML file: no script, no external style, font or image, so it
// opens from an e-mail or a ticket and prints well (each section on a new page, table headers
// repeated, rows kept whole). The markup is well-formed XML as well as HTML5. The only addresses
// in it are the sources' own links. Rows of the link tables carry data-link, data-host and
// data-verdict for a machine that reads it.
QByteArray htmlReport(const ReportDocument &document, const HtmlDiagram &diagram);

} // namespace PortCheck
