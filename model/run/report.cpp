#include "model/run/report.h"

#include "model/profile/profile.h"
#include "model/text.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PortCheck {

QList<const RunResult *> ReportData::runsFrom(const QString &role) const
{
    QList<const RunResult *> found;
    for (const RunResult &r : runs) {
        if (r.meta.vantage.contains(role))
            found.append(&r);
    }
    return found;
}

ReportData reportFromRun(const Catalog &catalog, const Plan &plan, const RunResult &run)
{
    return reportFromRun(plan, run, computeVerdicts(catalog, plan, run.index()));
}

ReportData reportFromRun(const Plan &plan, const RunResult &run, QList<Verdict> verdicts)
{
    ReportData report;
    report.plan = plan;
    report.meta = run.meta;
    report.runs = {run};
    report.verdicts = std::move(verdicts);
    return report;
}

QStringList adSites(const ReportData &report)
{
    QStringList sites;
    QSet<QString> seen;
    for (const RunResult &run : report.runs) {
        for (const ProbeResult &r : run.results) {
            const auto site = r.facts.constFind(u"ldap.site"_s);
            if (site == r.facts.cend() || site->trimmed().isEmpty())
                continue;
            const QString key = site->trimmed().toCaseFolded();
            if (!seen.contains(key)) {
                seen.insert(key);
                sites << site->trimmed();
            }
        }
    }
    std::sort(sites.begin(), sites.end(),
              [](const QString &a, const QString &b) { return naturalCompare(a, b) < 0; });
    return sites;
}

} // namespace PortCheck
