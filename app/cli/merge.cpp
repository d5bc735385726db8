// merge A.json B.json...: the results of several machines, each judged from its own vantage.
#include "app/cli/cli.h"
#include "app/cli/command.h"
#include "app/cli/output.h"
#include "model/results/resultsreader.h"
#include "model/run/coverage.h"
#include "model/run/report.h"
#include "ui/i18n/coveragetext.h"
#include "ui/i18n/translations.h"

using namespace Qt::StringLiterals;

namespace PortCheck {

namespace {

class MergeCommand
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    explicit MergeCommand(CommandContext &context)
        : m_context(context)
    {}

    int exec(const QStringList &arguments)
    {
        if (arguments.isEmpty())
            return m_context.usageError(
                tr("'merge' needs one or more results files written by 'run --json'"));
        return merge(arguments);
    }

private:
    int merge(const QStringList &paths)
    {
        const MergeOutcome merged = mergeResultFiles(m_context.catalog, paths);
        if (!merged.ok()) {
            for (const QString &e : localized(merged.errors))
                err() << "guardian-portcheck: " << e << '\n';
            return ExitUsage;
        }
        const ReportData &report = merged.report;
        if (const int code = m_context.checkServiceTags(report.plan); code != ExitPass)
            return code;
        for (const QString &w : localized(report.warnings))
            err() << "guardian-portcheck: " << tr("note: %1").arg(w) << '\n';
        QList<QStringList> rows;
        for (const Verdict &v : report.verdicts)
            rows.append({verdictText(v.level), linkTableLabel(m_context.catalog, v.link), v.host,
                         v.observer.isEmpty() ? u"-"_s : v.observer, localized(v.reason)});
        out() << tr("Merged %n results file(s) (%1)", nullptr, static_cast<int>(report.runs.size()))
                     .arg(report.meta.host)
              << "\n\n"
              << textTable({tr("VERDICT"), tr("LINK"), tr("HOST"), tr("TESTED FROM"), tr("REASON")}, rows,
                           m_context.width)
              << '\n';
        const VerdictSummary s = summarize(report.verdicts);
        out() << tr("%1 pass, %2 warn, %3 fail, %4 not tested by any of these machines.")
                     .arg(s.pass)
                     .arg(s.warn)
                     .arg(s.fail)
                     .arg(s.notTested)
              << '\n';
        const Coverage coverage = computeCoverage(m_context.catalog, report);
        printCoverage(coverage);
        const int written = m_context.writeReports(report, true);
        if (written != ExitPass)
            return written;
        // Ready only when every required link passes and has evidence from each of its machines.
        return exitCodeFor(report.verdicts) == ExitPass && coverage.complete() ? ExitPass : ExitFail;
    }

    // Per source role, which machine tested which link, and what each machine still has to run.
    void printCoverage(const Coverage &coverage)
    {
        if (coverage.isEmpty())
            return;
        const Catalog &catalog = m_context.catalog;
        out() << '\n' << tr("Coverage: each link is tested from the machines it starts on") << "\n\n";
        // Links down and machines across while a few fit; more machines go down.
        constexpr int kMachineColumns = 4;
        for (const CoverageRole &role : coverage.roles) {
            out() << CoverageText::roleHeading(catalog, role) << '\n';
            const CoverageGrid grid = CoverageText::grid(catalog, role, kMachineColumns);
            for (const QString &line : grid.legend)
                out() << "  " << line << '\n';
            out() << textTable(grid.header, grid.rows, m_context.width);
            for (const QString &note : CoverageText::notes(catalog, role))
                out() << tr("Note: %1").arg(note) << '\n';
            const QStringList toRun = CoverageText::stillToRun(catalog, coverage, role);
            if (!toRun.isEmpty())
                out() << tr("Still to run:") << '\n';
            for (const QString &line : toRun)
                out() << "  " << line << '\n';
            out() << '\n';
        }
        out() << CoverageText::summary(coverage) << '\n';
    }

    CommandContext &m_context;
};

} // namespace

Command mergeCommand()
{
    return {u"merge"_s, reportOptions() + QStringList{u"catalog"_s},
            [](CommandContext &context, const QStringList &arguments) {
                return MergeCommand(context).exec(arguments);
            }};
}

} // namespace PortCheck
