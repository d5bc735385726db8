#include "ui/report/reportexporter.h"

#include "model/export/firewallrequest.h"
#include "model/export/junit.h"
#include "model/outputfile.h"
#include "model/results/merge.h"
#include "model/results/resultswriter.h"
#include "ui/report/reportwriter.h"

namespace PortCheck {

Expected<void> exportReport(const Catalog &catalog, const ReportData &report, ReportFormat format,
                            const QString &path, const ReportExportOptions &options)
{
    switch (format) {
    case ReportFormat::Json:
        return writeFileAtomically(path,
                                   runResultJson(catalog, report.plan, combinedRun(report), report.verdicts));
    case ReportFormat::FirewallCsv:
        return writeFileAtomically(path, firewallRequestCsv(firewallRequest(catalog, report)).toUtf8());
    case ReportFormat::JUnit:
        return writeFileAtomically(path, junitXml(catalog, report));
    case ReportFormat::Pdf:
    case ReportFormat::Html:
        break;
    }
    ReportWriter writer(catalog, report);
    writer.setPageSize(options.pageSize);
    writer.setComparison(options.comparison);
    return format == ReportFormat::Pdf ? writer.write(path) : writer.writeHtml(path);
}

} // namespace PortCheck
