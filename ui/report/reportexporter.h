#pragma once

#include "model/catalog/catalog.h"
#include "model/expected.h"
#include "model/run/report.h"

#include <QPageSize>
#include <QString>

namespace PortCheck {

struct Comparison;

// The files a report is saved as, from the window's buttons and from the command line alike.
enum class ReportFormat
{
    Json,        // every check and verdict of the run(s): what merge and the window read back
    FirewallCsv, // the firewall change request
    JUnit,       // a test case per link and host, for a CI server
    Pdf,         // the change-approval report
    Html,        // the same report as one self-contained HTML file
};

struct ReportExportOptions
{
    QPageSize::PageSizeId pageSize = QPageSize::A4; // the PDF's
    const Comparison *comparison = nullptr;         // the report after a change: what it did
};

// Writes `report` to `path` in `format`, atomically for the data files. The PDF and HTML need a
// QApplication (fonts, the diagram).
Expected<void> exportReport(const Catalog &catalog, const ReportData &report, ReportFormat format,
                            const QString &path, const ReportExportOptions &options = {});

} // namespace PortCheck
