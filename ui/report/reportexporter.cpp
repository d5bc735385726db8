#include "ui/report/reportexporter.h"

#include "model/export/firewallrequest.h"
#include "model/export/junit.h"
#include "model/export/resultjson.h"
#include "ui/i18n/translations.h"
#include "ui/report/reportwriter.h"

namespace PortCheck {

namespace {
// The run(s) as one results file: a merge's checks side by side under the merged metadata.
QByteArray resultsJson(const Catalog &catalog, const ReportData &report)
{
    RunResult all;
    all.meta = report.meta;
    for (const RunResult &r : report.runs)
        all.results += r.results;
    return runResultJson(catalog, report.plan, all, report.verdicts);
}
} // namespace

QString exportReport(const Catalog &catalog, const ReportData &report, ReportFormat format,
                     const QString &path, const ReportExportOptions &options)
{
    switch (format) {
    case ReportFormat::Json:
        return localized(writeFileAtomically(path, resultsJson(catalog, report)));
    case ReportFormat::FirewallCsv:
        return localized(
            writeFileAtomically(path, firewallRequestCsv(firewallRequest(catalog, report)).toUtf8()));
    case ReportFormat::JUnit:
        return localized(writeFileAtomically(path, junitXml(catalog, report)));
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
