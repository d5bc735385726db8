// The results page's exports: its buttons, the files they write (through exportReport, as the
// command line does) and the plain-text summary for the clipboard.

#include "model/export/firewallrequest.h"
#include "model/export/requestrules.h"
#include "ui/diagram/topologyscene.h"
#include "ui/i18n/translations.h"
#include "ui/report/reportexporter.h"
#include "ui/report/reportwriter.h"
#include "ui/style/verdictstyle.h"
#include "ui/wizard/resultspage.h"
#include "ui/wizard/wizardcontext.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PortCheck {

// The export buttons below the page, two rows: seven side by side do not fit a small (or 200 %)
// screen.
QLayout *ResultsPage::buildExportButtons()
{
    auto *pdf = new QPushButton(tr("Save r&eport (PDF)…"));
    pdf->setAccessibleName(tr("Save the change-approval report as PDF"));
    auto *html = new QPushButton(tr("Report as &HTML…"));
    html->setAccessibleName(tr("Save the report as one HTML file"));
    html->setToolTip(tr("One file with the diagram inside: opens from an e-mail or a ticket"));
    auto *json = new QPushButton(tr("Save &results (JSON)…"));
    auto *csv = new QPushButton(tr("Save firewall re&quest (CSV)…"));
    auto *png = new QPushButton(tr("Diagram as &PNG…"));
    auto *svg = new QPushButton(tr("Diagram as S&VG…"));
    png->setAccessibleName(tr("Save the diagram as a PNG image"));
    svg->setAccessibleName(tr("Save the diagram as an SVG drawing"));
    if (!TopologyScene::canExportSvg()) {
        svg->setEnabled(false);
        svg->setToolTip(tr("This build has no SVG support; save the diagram as PNG instead."));
    }
    auto *copy = new QPushButton(tr("&Copy summary"));
    json->setAccessibleName(tr("Save the results as JSON"));
    csv->setAccessibleName(tr("Save the firewall change request as CSV"));
    copy->setAccessibleName(tr("Copy a plain-text summary to the clipboard"));
    m_exportStatus = new QLabel;
    m_exportStatus->setTextFormat(Qt::PlainText);
    m_exportStatus->setAccessibleName(tr("Export status"));
    // Two rows: seven buttons side by side do not fit a small (or 200 %) screen.
    m_exportStatus->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // it names a path
    auto *grid = new QGridLayout;
    grid->addWidget(pdf, 0, 0);
    grid->addWidget(html, 0, 1);
    grid->addWidget(csv, 0, 2);
    grid->addWidget(json, 0, 3);
    grid->addWidget(png, 1, 0);
    grid->addWidget(svg, 1, 1);
    grid->addWidget(copy, 1, 2);
    grid->addWidget(m_exportStatus, 1, 3, 1, 2);
    grid->setColumnStretch(4, 1);
    connect(pdf, &QPushButton::clicked, this, [this] {
        saveWithDialog(tr("Save report"), tr("PDF (*.pdf)"), u"pdf"_s, &ResultsPage::exportPdf);
    });
    connect(html, &QPushButton::clicked, this, [this] {
        saveWithDialog(tr("Save report"), tr("HTML (*.html)"), u"html"_s, &ResultsPage::exportHtml);
    });
    connect(png, &QPushButton::clicked, this, [this] {
        saveWithDialog(tr("Save diagram"), tr("PNG image (*.png)"), u"png"_s, &ResultsPage::exportDiagramPng);
    });
    connect(svg, &QPushButton::clicked, this, [this] {
        saveWithDialog(tr("Save diagram"), tr("SVG drawing (*.svg)"), u"svg"_s,
                       &ResultsPage::exportDiagramSvg);
    });
    connect(json, &QPushButton::clicked, this, [this] {
        saveWithDialog(tr("Save results"), tr("Results (*.json)"), u"json"_s, &ResultsPage::exportJson);
    });
    connect(csv, &QPushButton::clicked, this, [this] {
        saveWithDialog(tr("Save firewall request"), tr("CSV (*.csv)"), u"csv"_s,
                       &ResultsPage::exportFirewallRequest);
    });
    connect(copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(plainSummary());
        m_exportStatus->setText(tr("Summary copied."));
    });
    return grid;
}

Expected<void> ResultsPage::exportJson(const QString &path) const
{
    return exportAs(ReportFormat::Json, path);
}

Expected<void> ResultsPage::exportFirewallRequest(const QString &path) const
{
    return exportAs(ReportFormat::FirewallCsv, path);
}

Expected<void> ResultsPage::exportPdf(const QString &path) const
{
    return exportAs(ReportFormat::Pdf, path);
}

Expected<void> ResultsPage::exportHtml(const QString &path) const
{
    return exportAs(ReportFormat::Html, path);
}

Expected<void> ResultsPage::exportAs(ReportFormat format, const QString &path) const
{
    if (m_report.runs.isEmpty())
        return Failure{Text::plain(tr("There is no run to save."))};
    return exportReport(m_context->catalog(), m_report, format, path,
                        {ReportWriter::defaultPageSize(), m_context->comparison()});
}

DiagramHeader ResultsPage::diagramHeader() const
{
    // The picture says what it shows without the window around it: site, date, verdict, legend.
    const Profile &profile = m_context->profile();
    const QString site = !profile.name.isEmpty()     ? profile.name
                         : !profile.domain.isEmpty() ? profile.domain
                                                     : m_report.meta.host;
    const QDateTime date = m_report.meta.finished.isValid() ? m_report.meta.finished : m_report.meta.started;
    return DiagramHeader{{}, site, date, {}};
}

Expected<void> ResultsPage::exportDiagramPng(const QString &path) const
{
    return m_scene->exportPng(path, diagramHeader());
}

Expected<void> ResultsPage::exportDiagramSvg(const QString &path) const
{
    return m_scene->exportSvg(path, diagramHeader());
}

QString ResultsPage::plainSummary() const
{
    const Catalog &catalog = m_context->catalog();
    const VerdictSummary s = summary();
    QStringList lines;
    const QString when = QLocale().toString(m_report.meta.started.toLocalTime(), QLocale::ShortFormat);
    lines << tr("Guardian Port Check, %1, from %2").arg(when, m_report.meta.host);
    lines << tr("Overall: %1 (%2 pass, %3 warn, %4 fail, %5 not tested from here)")
                 .arg(VerdictStyle::text(s.overall()))
                 .arg(s.pass)
                 .arg(s.warn)
                 .arg(s.fail)
                 .arg(s.notTested);
    QList<const Verdict *> ordered;
    for (const Verdict &v : m_verdicts)
        ordered.append(&v);
    std::stable_sort(ordered.begin(), ordered.end(), [](const Verdict *a, const Verdict *b) {
        return VerdictStyle::severity(a->level) > VerdictStyle::severity(b->level); // worst first
    });
    for (const Verdict *v : std::as_const(ordered)) {
        if (v->level == VerdictLevel::NotTested)
            continue;
        lines << u"- "_s + VerdictStyle::text(v->level).toUpper() + u": "_s + linkPath(catalog, v->link) +
                     u" ("_s + v->host + u"): "_s + localized(v->reason);
    }
    // One fix per host and cause, not one per link and port.
    const QList<Fix> fixes = groupFixes(catalog, m_verdicts);
    if (!fixes.isEmpty()) {
        lines << tr("What to change:");
        for (const Fix &f : fixes) {
            QStringList links;
            for (const QString &l : f.links)
                links << linkName(catalog, l);
            lines << u"    "_s + tr("Fix: %1").arg(localized(f.text)) + u" ("_s +
                         tr("for: %1").arg(links.join(u"; "_s)) + u')';
        }
    }
    lines << localized(requestSummaryText(summarizeRequest(firewallRequest(catalog, m_report))));
    if (s.notTested > 0)
        lines << tr("%n link-host pair(s) start on other machines: run the check there too.", nullptr,
                    s.notTested);
    return lines.join(u'\n') + u'\n';
}

void ResultsPage::saveWithDialog(const QString &title, const QString &filter, const QString &suffix,
                                 Expected<void> (ResultsPage::*writer)(const QString &) const)
{
    QString path = QFileDialog::getSaveFileName(this, title, u"guardian-portcheck."_s + suffix, filter);
    if (path.isEmpty())
        return;
    if (!path.contains(u'.'))
        path += u'.' + suffix;
    const Expected<void> written = (this->*writer)(path);
    m_exportStatus->setText(written ? tr("Saved %1.").arg(path) : localized(written.error()));
}

} // namespace PortCheck
