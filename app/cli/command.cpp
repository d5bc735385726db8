#include "app/cli/command.h"

#include "app/cli/cli.h"
#include "app/cli/output.h"
#include "app/cli/signalwatch.h"
#include "model/export/csv.h"
#include "model/export/firewallrequest.h"
#include "model/plan/plan.h"
#include "model/results/merge.h"
#include "model/results/resultswriter.h"
#include "model/run/planrun.h"
#include "model/run/report.h"
#include "ui/i18n/translations.h"
#include "ui/report/reportexporter.h"

#include <QEventLoop>
#include <QSet>

using namespace Qt::StringLiterals;

namespace PortCheck {

QStringList reportOptions()
{
    return {u"json"_s,
            u"pdf"_s,
            u"html"_s,
            u"page-size"_s,
            u"csv"_s,
            u"junit"_s,
            u"azure-service-tags"_s,
            u"run-by"_s,
            u"ticket"_s,
            u"requester"_s,
            u"approver"_s};
}

QStringList probeOptions()
{
    return {u"ca-file"_s, u"connect-timeout"_s, u"timeout"_s, u"concurrency"_s, u"per-host"_s, u"resolve"_s};
}

int CommandContext::usageError(const QString &message)
{
    err() << "guardian-portcheck: " << message << '\n' << tr("Try 'guardian-portcheck --help'.") << '\n';
    return ExitUsage;
}

int CommandContext::internalError(const QString &message)
{
    err() << "guardian-portcheck: " << message << '\n';
    return ExitInternal;
}

// The report files asked for with --pdf, --csv and --junit (and --json for a merge).
int CommandContext::checkServiceTags(const Plan &plan) const
{
    if (azureServiceTags.isEmpty())
        return ExitPass;
    QString prefix;
    for (const PlanItem &item : plan.items) {
        const Link *link = catalog.link(item.link);
        if (link && !link->serviceTag.isEmpty() && guardMatches(link->serviceTagWhen, plan.options))
            prefix = link->serviceTag;
    }
    if (prefix.isEmpty())
        return ExitPass; // no Azure SQL on a public endpoint here: nothing to list
    if (plan.azureRegion.isEmpty())
        return usageError(tr("--azure-service-tags: the profile names no Azure region; add 'azure-region: "
                             "westeurope' (the region of the Azure SQL server) to it"));
    if (!azureServiceTags.find(prefix, plan.azureRegion)) {
        QStringList names;
        for (const Azure::ServiceTag &t : azureServiceTags.tags) {
            if (t.name.startsWith(prefix + u'.', Qt::CaseInsensitive) && names.size() < 12)
                names << t.name;
        }
        return usageError(
            names.isEmpty()
                ? tr("%1 holds no service tag %2 and no %3.* tag at all")
                      .arg(azureServiceTags.file, Azure::serviceTagName(prefix, plan.azureRegion), prefix)
                : tr("%1 holds no service tag %2 (the profile's azure-region); its %3 tags "
                     "include %4")
                      .arg(azureServiceTags.file, Azure::serviceTagName(prefix, plan.azureRegion), prefix,
                           names.join(u", "_s)));
    }
    return ExitPass;
}

void CommandContext::applyCoverFields(RunMetadata *meta) const
{
    if (!runBy.isEmpty())
        meta->user = runBy;
    meta->change.fillFrom(change);
}

int CommandContext::writeReports(const ReportData &given, bool withJson)
{
    ReportData report = given;
    report.azureServiceTags = azureServiceTags;
    applyCoverFields(&report.meta);
    if (const int written =
            withJson ? writeReport(report, ReportFormat::Json, jsonPath, tr("Results written to %1."))
                     : ExitPass;
        written != ExitPass)
        return written;
    if (const int written =
            writeReport(report, ReportFormat::FirewallCsv, csvPath, tr("Firewall request written to %1."));
        written != ExitPass)
        return written;
    if (const int written =
            writeReport(report, ReportFormat::JUnit, junitPath, tr("JUnit results written to %1."));
        written != ExitPass)
        return written;
    return writeDocuments(report, nullptr);
}

int CommandContext::writeDocuments(const ReportData &report, const Comparison *comparison)
{
    if (const int written =
            writeReport(report, ReportFormat::Pdf, pdfPath, tr("Report written to %1."), comparison);
        written != ExitPass)
        return written;
    return writeReport(report, ReportFormat::Html, htmlPath, tr("HTML report written to %1."), comparison);
}

int CommandContext::writeReport(const ReportData &report, ReportFormat format, const QString &path,
                                const QString &done, const Comparison *comparison)
{
    if (path.isEmpty())
        return ExitPass;
    if (const Expected<void> written = exportReport(catalog, report, format, path, {pageSize, comparison});
        !written)
        return internalError(localized(written.error()));
    out() << done.arg(path) << '\n';
    return ExitPass;
}

void CommandContext::printMissingRoles(const Plan &plan) const
{
    for (const QString &role : plan.rolesWithoutHosts) {
        out() << tr("Note: no hosts for %1: the links to it are left out.").arg(roleName(catalog, role))
              << '\n';
    }
}

int CommandContext::executePlan(const Plan &plan, const RunSettings &runSettings, const QString &profileName)
{
    PlanRun run(catalog, plan, runSettings);
    RunMetadata meta = RunMetadata::now(catalog);
    meta.profile = profileName;
    meta.sources = sources;
    applyCoverFields(&meta);
    SignalWatch watch;
    QEventLoop loop;
    QObject::connect(&run, &PlanRun::finished, &loop, &QEventLoop::quit);
    watch.onSignal(&loop, [&run] { run.cancel(); });
    run.start(meta);
    if (run.isRunning())
        loop.exec();
    RunResult result = run.result();
    if (watch.caught() != 0) {
        result.meta.cancelled = true;
        result.meta.endedBy = watch.name();
    }
    const QList<Verdict> verdicts = run.verdicts();
    const ResultIndex index = result.index();

    QList<QStringList> checkRows;
    QSet<QString> shown;
    for (const Check &c : plan.checks) {
        if (!c.testable || shown.contains(c.probeKey()))
            continue;
        shown.insert(c.probeKey());
        const ProbeResult r = index.value(c.probeKey());
        checkRows.append(
            {c.host, checkPortText(c),
             c.via.isEmpty() ? probeKindId(c.probe) : tr("%1 via %2").arg(probeKindId(c.probe), c.via),
             probeStateId(r.state), serviceStateId(r.service), latencyText(r), evidenceText(r)});
    }
    QStringList vantage;
    for (const QString &id : plan.vantage) {
        vantage << roleName(catalog, id);
    }
    out() << tr("Checks from this machine (%1)").arg(vantage.join(u", "_s)) << "\n\n";
    if (!plan.proxySource.isEmpty())
        out() << tr("Proxy for HTTPS to the Internet: %1 (%2)")
                     .arg(plan.proxy.isEmpty() ? tr("none, direct") : plan.proxy, plan.proxySource)
              << "\n\n";
    out() << textTable({tr("HOST"), tr("PORT"), tr("PROBE"), tr("STATE"), tr("SERVICE"), tr("CONNECT"),
                        tr("EVIDENCE")},
                       checkRows, width)
          << '\n';

    QList<QStringList> verdictRows;
    for (const Verdict &v : verdicts)
        verdictRows.append(
            {verdictText(v.level), linkTableLabel(catalog, v.link), v.host, localized(v.reason)});
    out() << tr("Verdicts") << "\n\n"
          << textTable({tr("VERDICT"), tr("LINK"), tr("HOST"), tr("REASON")}, verdictRows, width) << '\n';

    // One fix per host and cause, with the links it mends: what the PDF and the window list.
    QStringList fixes;
    for (const Fix &f : groupFixes(catalog, verdicts)) {
        QStringList links;
        for (const QString &l : f.links)
            links << linkTableLabel(catalog, l);
        fixes << u"- "_s + f.host + u": "_s + localized(f.text) + u"\n  "_s +
                     tr("for: %1").arg(links.join(u"; "_s));
    }
    if (!fixes.isEmpty())
        out() << tr("What to change") << "\n\n" << fixes.join(u'\n') << "\n\n";
    printMissingRoles(plan);
    const VerdictSummary s = summarize(verdicts);
    // The same sentence as the window's headline, then the counts.
    out() << localized(overallSentence(s)) << '\n';
    out() << tr("%1 pass, %2 warn, %3 fail, %4 not tested from here; %5 probes in %6 ms.")
                 .arg(s.pass)
                 .arg(s.warn)
                 .arg(s.fail)
                 .arg(s.notTested)
                 .arg(result.results.size())
                 .arg(result.meta.started.msecsTo(result.meta.finished))
          << '\n';
    const ReportData report = reportFromRun(plan, result, verdicts);
    if (const int written = writeReport(report, ReportFormat::Json, jsonPath, tr("Results written to %1."));
        written != ExitPass)
        return written;
    const int written = writeReports(report, false);
    if (written != ExitPass)
        return written;
    if (watch.caught() != 0) {
        err() << "guardian-portcheck: "
              << tr("interrupted by %1: the results so far are written, marked incomplete").arg(watch.name())
              << '\n';
        return 128 + watch.caught(); // the shell's convention: 130 for SIGINT, 143 for SIGTERM
    }
    return exitCodeFor(verdicts);
}

} // namespace PortCheck
