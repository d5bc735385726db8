#pragma once

#include "model/catalog/catalog.h"
#include "model/results/results.h"
#include "model/run/report.h"
#include "model/text.h"

#include <QList>

namespace PortCheck {

// Joins the results of several runs into one plan, in memory (reading the files is
// mergeResultFiles(), model/results/resultsreader.h). Each run keeps its own vantage: a link gets
// the verdict of the machine it starts on, and a link tested from two machines keeps both
// observations. Runs must agree on the options (the same modes); every problem is reported as
// "FILE: what is wrong".
struct MergeOutcome
{
    ReportData report;
    QList<Text> errors; // each names the file and what is wrong with it
    bool ok() const { return errors.isEmpty(); }
};
MergeOutcome mergeResults(const Catalog &catalog, QList<NamedResults> parsed);

// The one run that a report's results file holds: the report's metadata with the results of all
// its runs (each machine's, in the order of report.runs). What runResultJson() takes to save a
// report, merged or not.
RunResult combinedRun(const ReportData &report);

} // namespace PortCheck
