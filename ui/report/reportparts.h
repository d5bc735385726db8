#pragma once

// The parts the report's sections share, for ui/report alone: reportwriter.cpp (the document and
// its two renderings), reportfront.cpp (cover, summary, comparison, coverage) and reportdetail.cpp
// (links, failures, firewall request, appendix).

#include "model/export/firewallrequest.h"
#include "model/run/coverage.h"
#include "model/verdict/verdict.h"
#include "ui/report/reportdocument.h"
#include "ui/report/reportwriter.h"

#include <QFont>
#include <QPalette>
#include <QString>
#include <QStringList>

namespace PortCheck {

namespace ReportParts {

constexpr int kResolution = 300; // dots per inch of the PDF's coordinate system
// More rows than this in one link's table, and its passing hosts share one row.
constexpr int kGroupAbove = 12;

// The sites as the DCs name them (network text: escaped), at most eight and a count of the rest.
QString siteList(const QStringList &sites);
// The report's typeface, embedded in the PDF.
QFont reportFont(qreal pointSize);
// ✔ ⚠ ✖ ○
QString symbol(VerdictLevel level);
// A palette for paper: the report is light whatever the desktop's theme.
QPalette paperPalette();
// A table cell in the verdict's colour, bold.
ReportCell verdictCell(const QString &text, VerdictLevel level);
ReportCell cell(const QString &text);
ReportCell boldCell(const QString &text);
ReportCell smallCell(const QString &text);
// "✖ Fail"
QString levelText(VerdictLevel level);
// Text from the network or a results file, cut for the report.
QString reportText(const QString &text);
// At most 40 hosts and a count of the rest.
QString hostList(const QStringList &hosts);
// The first few of many hosts: "dc1, dc2, dc3 and 47 more" (the summary's one line per cause).
QString someHosts(const QStringList &hosts);

} // namespace ReportParts

// What every section shows of the whole: the counts, the overall verdict, the request's rows.
struct ReportWriter::Overview
{
    VerdictSummary counts;
    VerdictLevel overall = VerdictLevel::NotTested;
    QString overallText;
    QList<FirewallRequestRow> request;
    // Which machine tested which link: shown for a site's runs (merged, or a run that knows the
    // site's source machines).
    Coverage coverage;
    bool showCoverage = false;
};

} // namespace PortCheck
