#pragma once

#include "model/catalog/catalog.h"
#include "model/export/firewallrequest.h"
#include "model/run/report.h"
#include "model/text.h"

#include <QList>
#include <QString>

namespace PortCheck {

// Before and after a firewall change: what happened to each link and host, and whether each rule
// the "before" firewall request asked for is verified open "after". What a change board signs off.
enum class VerdictChange
{
    Fixed,        // failed before, passes or warns after
    Broken,       // passed or warned before, fails after
    StillFailing, // fails in both
    Improved,     // warned before, passes after
    Degraded,     // passed before, warns after
    Unchanged,    // the same verdict (pass, warn)
    Untested,     // no evidence in one of the two (not tested, or absent from one file)
};
QString verdictChangeId(VerdictChange change); // "fixed", "broken", "still-failing", ... (JSON)
Text verdictChangeText(VerdictChange change);

struct LinkChange
{
    QString link;
    QString host;
    VerdictLevel before = VerdictLevel::NotTested;
    VerdictLevel after = VerdictLevel::NotTested;
    VerdictChange change = VerdictChange::Untested;
    Text reasonBefore;
    Text reasonAfter;
    // Worth a row where changes are listed (the report, the window): not unchanged, and not a pair
    // that neither run tested.
    bool isShown() const
    {
        return change != VerdictChange::Unchanged && !(before == after && after == VerdictLevel::NotTested);
    }
};

// A rule the "before" request asked to open (or fix), and what the "after" run found there.
enum class RuleCheck
{
    Verified,    // after: open and the service answered
    StillClosed, // after: still refused, filtered, unreachable or wrong
    NotTested,   // after: no evidence for it (tested from no machine in the after file)
};
QString ruleCheckId(RuleCheck check); // "verified", "still-closed", "not-tested"

struct RuleVerification
{
    QString link;
    Text source;
    QString destination;
    QString port;
    QString protocol;
    Text foundBefore;
    Text foundAfter;
    RuleCheck check = RuleCheck::NotTested;
};

struct Comparison
{
    ReportData before;
    ReportData after;
    QList<LinkChange> changes;         // in the after file's order, then what only "before" had
    QList<RuleVerification> requested; // the before request's rules that asked for a change
    // The before request, every row with what the after run found for it (afterVerification):
    // what `compare --csv` writes.
    QList<FirewallRequestRow> request;
    QList<Text> warnings;
    QList<Text> errors; // each names the file and what is wrong, or why the two do not compare
    bool ok() const { return errors.isEmpty(); }
    int count(VerdictChange change) const;
    // "1 fixed, 1 newly broken, 2 still failing, 9 unchanged, 0 other changes.": what the command
    // line and the report say of it.
    Text countsText() const;
};

// Reads two results files (each a `run --json` or a `merge --json`) and compares them. Files of
// different sites (no link and host in common, or other catalogs) are refused.
Comparison compareResultFiles(const Catalog &catalog, const QString &beforePath, const QString &afterPath);
Comparison compareReports(const Catalog &catalog, const ReportData &before, const ReportData &after,
                          const QString &beforeName = QStringLiteral("before"),
                          const QString &afterName = QStringLiteral("after"));
QByteArray comparisonJson(const Comparison &comparison, const QString &beforePath, const QString &afterPath);

} // namespace PortCheck
