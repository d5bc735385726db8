#pragma once

#include "model/catalog/catalog.h"
#include "model/plan/plan.h"
#include "model/run/runresult.h"
#include "model/verdict/verdict.h"

#include <QByteArray>
#include <QList>

namespace PortCheck {

// The results document of DESIGN.md ("Results JSON", schema kResultsSchema): run metadata, every
// check of the plan with its probe result, the verdicts and their summary. For a merged report,
// `run` is combinedRun(report) (model/results/merge.h).
QByteArray runResultJson(const Catalog &catalog, const Plan &plan, const RunResult &run,
                         const QList<Verdict> &verdicts);
// What `probe` writes: the run metadata and the checks only.
QByteArray probeResultJson(const RunResult &run);

} // namespace PortCheck
