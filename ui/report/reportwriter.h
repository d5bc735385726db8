#pragma once

#include "model/catalog/catalog.h"
#include "model/expected.h"
#include "model/run/report.h"
#include "ui/diagram/topologyscene.h"
#include "ui/report/reportdocument.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QString>

namespace PortCheck {

struct Comparison;

// The change-approval report: a cover with the overall verdict and where, when, by whom and against
// what it ran; a one-page summary for the board; the topology diagram; a table per link; the
// failures with what to change; the firewall change request; an appendix with every probe result.
// One method per section builds a ReportDocument; the PDF (vector, searchable; header, footer and
// page numbers on every page, rows never split, headers repeated) and the self-contained HTML are
// two renderings of that one document. Text from the network or a file stays plain text, never
// markup. Needs a QApplication (fonts, the diagram).
class ReportWriter final
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    ReportWriter(const Catalog &catalog, const ReportData &report);

    void setPageSize(QPageSize::PageSizeId size) { m_pageSize = size; }
    // The report of the run after a change, with what the change did (compare) after the summary.
    void setComparison(const Comparison *comparison) { m_comparison = comparison; }
    // Writes the PDF.
    Expected<void> write(const QString &path) const;
    // Writes the report as one HTML file (the diagram inline).
    Expected<void> writeHtml(const QString &path) const;
    // What both show, in order.
    ReportDocument document() const;
    // The page size a locale expects: Letter in the US and Canada, A4 elsewhere.
    static QPageSize::PageSizeId defaultPageSize();

private:
    struct Overview;
    Overview overview() const;
    ReportDocument document(const Overview &o) const;
    void cover(ReportBuilder &b, const Overview &o) const;
    QList<std::pair<QString, QString>> coverDetails() const;
    static void readingGuide(ReportBuilder &b);
    void summary(ReportBuilder &b, const Overview &o) const;
    void comparison(ReportBuilder &b) const;
    void coverage(ReportBuilder &b, const Overview &o) const;
    void links(ReportBuilder &b) const;
    void failures(ReportBuilder &b) const;
    void request(ReportBuilder &b, const Overview &o) const;
    void appendix(ReportBuilder &b) const;
    DiagramHeader diagramHeader() const;

    const Catalog &m_catalog;
    const ReportData &m_report;
    QPageSize::PageSizeId m_pageSize = QPageSize::A4;
    const Comparison *m_comparison = nullptr;
};

} // namespace PortCheck
