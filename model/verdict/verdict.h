#pragma once

#include "catalog/catalog.h"
#include "plan/plan.h"
#include "probe/probetypes.h"
#include "text.h"

#include <QHash>
#include <QList>
#include <QString>

namespace PortCheck {

enum class VerdictLevel
{
    Pass,
    Warn,
    Fail,
    NotTested
};

QString verdictId(VerdictLevel level); // "pass", "warn", "fail", "not-tested" (JSON contract)
std::optional<VerdictLevel> verdictFromId(const QString &id);

struct Verdict
{
    QString link;
    QString host;
    VerdictLevel level = VerdictLevel::NotTested;
    bool optional = false;   // the link is optional: a failure is reported as a warning
    Text reason;             // in words a person understands (english() in the JSON)
    QList<Text> remediation; // what to change, one entry per failing port
    QList<Text> notes;       // catalog notes of ports that cannot be probed (Azure SQL redirect range)
    QString observer;        // the machine that tested it, when results of several machines are merged
};

struct VerdictSummary
{
    int pass = 0;
    int warn = 0;
    int fail = 0;
    int notTested = 0;
};

// probe key (ProbeTarget::key) -> result
using ResultIndex = QHash<QString, ProbeResult>;

QList<Verdict> computeVerdicts(const Catalog &catalog, const Plan &plan, const ResultIndex &results);
VerdictSummary summarize(const QList<Verdict> &verdicts);
// 0 when every required link passes or warns, 1 when one fails (DESIGN.md exit codes).
int exitCodeFor(const QList<Verdict> &verdicts);

} // namespace PortCheck
