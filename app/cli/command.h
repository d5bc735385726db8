#pragma once

#include "app/cli/terminal.h"
#include "model/catalog/azureservicetags.h"
#include "model/catalog/catalog.h"
#include "model/probe/proberunner.h"
#include "model/profile/profile.h"
#include "model/run/runresult.h"
#include "ui/report/reportexporter.h"
#include "ui/report/reportwriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QPageSize>
#include <QSet>
#include <QStringList>

namespace PortCheck {

struct Comparison;

struct Plan;
struct ReportData;

// What the commands share: the catalog, the report files asked for, the probe settings and the
// terminal, set up by the dispatcher (cli.cpp) from the shared options; and the ways a command ends.
// The command line's words come from the translations like the window's ("CommandLine" context):
// the language follows the system locale (LANG) or --lang. Ids (links, probe kinds, probe states,
// verdicts) and what the network sent stay as they are.
class CommandContext
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    const QCommandLineParser *parser = nullptr; // a command's own options: parser->value("format")
    Catalog catalog;
    QString jsonPath;
    QString pdfPath;
    QString htmlPath;
    QString csvPath;
    QString junitPath;
    QPageSize::PageSizeId pageSize = ReportWriter::defaultPageSize();
    RunSettings settings;
    QString proxy;                 // --proxy: "system", "none" or "http://host:port"; empty when not given
    QSet<QString> overridden;      // probe settings given on the command line: they beat the profile's
    int width = terminalColumns(); // 0: not a terminal, tables stay whole
    Azure::ServiceTagList azureServiceTags; // --azure-service-tags: the request lists the region's prefixes
    QString runBy;                          // --run-by: who ran it, instead of the account name
    ChangeRecord change;                    // --ticket, --requester, --approver: beat the profile's
    SourceMachines sources; // what `run` records of the site's source machines (the coverage of a merge)

    static int usageError(const QString &message);    // prints it with the hint to --help: exit 2
    static int internalError(const QString &message); // exit 3

    // The report files asked for with --pdf, --csv and --junit (and --json for a merge).
    int writeReports(const ReportData &given, bool withJson);
    // The PDF and the HTML report (--pdf, --html); with a comparison, its before-and-after section.
    int writeDocuments(const ReportData &report, const Comparison *comparison);
    // Writes one file when `path` is given, then prints `done` with the path; an exit code.
    int writeReport(const ReportData &report, ReportFormat format, const QString &path, const QString &done,
                    const Comparison *comparison = nullptr);
    // Probes the plan (Ctrl+C and SIGTERM end it with what finished, marked incomplete), prints
    // the checks, verdicts and fixes, writes the reports asked for; returns the exit code.
    int executePlan(const Plan &plan, const RunSettings &runSettings, const QString &profileName);
    void printMissingRoles(const Plan &plan) const;
    // With --azure-service-tags: the plan's region must have its tag in the file (exit 2 otherwise,
    // before anything is probed).
    int checkServiceTags(const Plan &plan) const;
    // --run-by, --ticket, --requester and --approver on a run's or a report's metadata.
    void applyCoverFields(RunMetadata *meta) const;
};

// A sub-command: its name, the options it takes (besides --help, --version and --lang; any other
// is refused, naming these) and what it does with the arguments after its name. One per file.
struct Command
{
    QString name;
    QStringList options;
    int (*run)(CommandContext &context, const QStringList &arguments);
};

Command runCommand();
Command probeCommand();
Command discoverCommand();
Command demoCommand();
Command mergeCommand();
Command catalogCommand();
Command compareCommand();
Command importM365Command();

// The options of the commands that write reports, and of those that probe.
QStringList reportOptions();
QStringList probeOptions();

} // namespace PortCheck
