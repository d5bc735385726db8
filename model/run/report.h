#pragma once

#include "model/catalog/azureservicetags.h"
#include "model/catalog/catalog.h"
#include "model/plan/plan.h"
#include "model/run/runresult.h"
#include "model/verdict/verdict.h"

#include <QList>
#include <QStringList>

namespace PortCheck {

// Everything a report, a diagram or an export shows: one run, or the runs of several machines
// merged (each machine tests the links that start on it).
struct ReportData
{
    Plan plan;               // every vantage together
    RunMetadata meta;        // the run; for a merge the runs' hosts and vantages joined
    QList<RunResult> runs;   // one per machine, each with its own vantage and results
    QList<Verdict> verdicts; // per link and host; a link tested from two machines has two, each
                             // with its observer
    QList<Text> warnings;    // what a reader should know (catalog versions differ, ...)
    // A saved copy of Azure's service tags (--azure-service-tags): the firewall request lists the
    // address prefixes of the plan's region from it. Empty: the request names the tag only.
    Azure::ServiceTagList azureServiceTags;

    bool isMerged() const { return runs.size() > 1; }
    // The runs whose machine plays `role`: where the links from that role were tested.
    QList<const RunResult *> runsFrom(const QString &role) const;
};

ReportData reportFromRun(const Catalog &catalog, const Plan &plan, const RunResult &run);
// The same with the run's verdicts already known (PlanRun::verdicts()): nothing is computed again.
ReportData reportFromRun(const Plan &plan, const RunResult &run, QList<Verdict> verdicts);

// The AD sites of the report's domain controllers, as they name them (ldap.site, from the
// rootDSE's dsServiceName): distinct (case-insensitive, the first spelling kept), in natural order.
// Empty when no DC answered LDAP.
QStringList adSites(const ReportData &report);

} // namespace PortCheck
