#include "ui/report/reportwriter.h"

#include "model/outputfile.h"
#include "ui/diagram/topologyscene.h"
#include "ui/report/htmlreport.h"
#include "ui/report/pdfcompositor.h"
#include "ui/report/reportparts.h"

#include <QLocale>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PortCheck {

using namespace ReportParts;

ReportWriter::ReportWriter(const Catalog &catalog, const ReportData &report)
    : m_catalog(catalog)
    , m_report(report)
{}

QPageSize::PageSizeId ReportWriter::defaultPageSize()
{
    const QLocale::Territory t = QLocale().territory();
    return t == QLocale::UnitedStates || t == QLocale::Canada ? QPageSize::Letter : QPageSize::A4;
}

ReportWriter::Overview ReportWriter::overview() const
{
    Overview o;
    o.counts = summarize(m_report.verdicts);
    const VerdictSummary &s = o.counts;
    o.overall = s.overall();
    switch (o.overall) {
    case VerdictLevel::Fail:
        o.overallText = tr("NOT READY: %n link(s) fail", nullptr, s.fail);
        break;
    case VerdictLevel::Warn:
        o.overallText = tr("READY, WITH %n WARNING(S)", nullptr, s.warn);
        break;
    case VerdictLevel::Pass:
        o.overallText = tr("READY: every link tested passes");
        break;
    case VerdictLevel::NotTested:
        o.overallText = tr("NOTHING COULD BE TESTED FROM HERE");
        break;
    }
    o.request = firewallRequest(m_catalog, m_report);
    o.coverage = computeCoverage(m_catalog, m_report);
    o.showCoverage = !o.coverage.isEmpty() &&
                     (m_report.isMerged() ||
                      std::any_of(m_report.runs.cbegin(), m_report.runs.cend(),
                                  [](const RunResult &r) { return !r.meta.sources.listed.isEmpty(); }));
    return o;
}

ReportDocument ReportWriter::document() const
{
    return document(overview());
}

ReportDocument ReportWriter::document(const Overview &o) const
{
    ReportBuilder b;
    b.document().title = tr("Guardian network readiness report");
    b.document().language = QLocale().bcp47Name();
    cover(b, o);
    b.newPage();
    summary(b, o);
    if (m_comparison) {
        b.newPage();
        comparison(b);
    }
    if (o.showCoverage) {
        b.newPage();
        coverage(b, o);
    }
    b.diagram();
    links(b);
    b.newPage();
    failures(b);
    b.newPage();
    request(b, o);
    b.newPage();
    appendix(b);
    return b.take();
}

DiagramHeader ReportWriter::diagramHeader() const
{
    DiagramHeader header;
    header.title = tr("Topology");
    header.site = m_report.meta.profile.isEmpty() ? m_report.meta.host : m_report.meta.profile;
    header.date = m_report.meta.finished.isValid() ? m_report.meta.finished : m_report.meta.started;
    return header;
}

Expected<void> ReportWriter::write(const QString &path) const
{
    const ReportData &report = m_report;
    const Overview o = overview(); // the request is derived once, for the document and the page header
    const ReportDocument document = this->document(o);
    const QString started = QLocale().toString(report.meta.started.toLocalTime(), QLocale::LongFormat);

    QPdfWriter pdf(path);
    pdf.setResolution(kResolution);
    pdf.setPageSize(QPageSize(m_pageSize));
    pdf.setPageMargins(QMarginsF(16, 14, 16, 14), QPageLayout::Millimeter);
    pdf.setTitle(document.title);
    pdf.setCreator(u"Guardian Port Check "_s + report.meta.toolVersion);
    QPainter painter;
    if (!painter.begin(&pdf))
        return Failure{Text::plain(tr("Cannot write the PDF %1.").arg(path))};

    const QRect area = pdf.pageLayout().paintRectPixels(kResolution);
    const int band = kResolution * 35 / 100; // header and footer, about 9 mm each
    const QRectF body(0, band, area.width(), area.height() - 2 * band);
    QFont base = reportFont(8.5);
    // No ligatures: "file" must stay f-i-l-e in the PDF's text, or a search for it fails.
    base.setStyleStrategy(QFont::PreferNoShaping);
    const PdfCompositor compositor(&pdf, body, base);
    // Laid out twice, once to count the pages ("Page 3 of 14"), then to draw: keeping every
    // page's layouts between the two would hold hundreds of MB for a large forest.
    const int total = compositor.pageCount(document);

    const QFont small = reportFont(7.5);
    PdfCompositor::Pages pages;
    pages.begin = [&](int page) {
        if (page > 0)
            pdf.newPage();
        painter.save();
        painter.setFont(small);
        painter.setPen(QColor(0x50, 0x50, 0x50));
        const QRectF top(0, 0, area.width(), band * 0.6);
        painter.drawText(top, Qt::AlignLeft | Qt::AlignVCenter,
                         tr("Guardian network readiness") + u" · "_s + symbol(o.overall) + u' ' +
                             o.overallText);
        painter.drawText(top, Qt::AlignRight | Qt::AlignVCenter, report.meta.host);
        painter.setPen(QPen(QColor(0xc0, 0xc0, 0xc0), 2));
        painter.drawLine(QPointF(0, band * 0.7), QPointF(area.width(), band * 0.7));
        painter.drawLine(QPointF(0, area.height() - band * 0.7),
                         QPointF(area.width(), area.height() - band * 0.7));
        painter.setPen(QColor(0x50, 0x50, 0x50));
        const QRectF bottom(0, area.height() - band * 0.6, area.width(), band * 0.6);
        painter.drawText(bottom, Qt::AlignLeft | Qt::AlignVCenter,
                         u"Guardian Port Check "_s + report.meta.toolVersion + u" · "_s + started);
        painter.drawText(bottom, Qt::AlignRight | Qt::AlignVCenter,
                         tr("Page %1 of %2").arg(page + 1).arg(total));
        painter.restore();
    };
    // The diagram, drawn from the same scene the window shows (vector), laid out for the page's
    // shape; the scene draws its own header (title, verdict, site, date) and legend, as in the
    // window's PNG and SVG exports.
    pages.diagram = [&](QPainter &p, const QRectF &rect) {
        TopologyScene scene(m_catalog);
        scene.setPalette(paperPalette());
        scene.setPreferredAspect(rect.width() / rect.height());
        scene.setPlan(report.plan, report.meta.host);
        scene.setVerdicts(report.verdicts);
        scene.renderWithHeader(&p, rect, diagramHeader());
    };
    compositor.draw(document, painter, pages);
    if (!painter.end())
        return Failure{Text::plain(tr("Cannot write the PDF %1.").arg(path))};
    return {};
}

Expected<void> ReportWriter::writeHtml(const QString &path) const
{
    const ReportDocument document = this->document();
    TopologyScene scene(m_catalog);
    scene.setPalette(paperPalette());
    scene.setPreferredAspect(1.5);
    scene.setPlan(m_report.plan, m_report.meta.host);
    scene.setVerdicts(m_report.verdicts);
    HtmlDiagram diagram;
    diagram.svg = scene.exportSvgData(diagramHeader());
    if (diagram.svg.isEmpty())
        diagram.png = scene.exportImage(diagramHeader(), 1.5);
    diagram.caption = tr("Topology");
    const QByteArray html = htmlReport(document, diagram);
    return writeFileAtomically(path, html);
}

} // namespace PortCheck
