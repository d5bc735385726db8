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

// The AD sites of the report's domain controllers, as they name them (ldap.site, from the
// rootDSE's dsServiceName): distinct (case-insensitive, the first spelling kept), in natural order.
// Empty when no DC answered LDAP.
QStringList adSites(const ReportData &report);

// Reads results files written by `run --json` (schema 1) and joins them into one plan. Each file
// keeps its own vantage: a link gets the verdict of the machine it starts on, and a link tested
// from two machines keeps both observations. Files must agree on the options (the same modes);
// every problem is reported as "FILE: what is wrong".
struct MergeOutcome
{
    ReportData report;
    QList<Text> errors; // each names the file and what is wrong with it
    bool ok() const { return errors.isEmpty(); }
};
MergeOutcome mergeResultFiles(const Catalog &catalog, const QStringList &paths);
MergeOutcome mergeResultDocuments(const Catalog &catalog, const QList<QPair<QString, QByteArray>> &documents);

} // namespace PortCheck
