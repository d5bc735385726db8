// Prints the time and size of the PDF report for 50, 500 and 2,000 DCs (target for 500: under
// 5 s, under 5 MB). Not a test: figures, not pass/fail. Run with QT_QPA_PLATFORM=offscreen.
#include "model/catalog/catalogloader.h"
#include "model/plan/plan.h"
#include "model/run/report.h"
#include "tests/bench/benchutil.h"
#include "ui/report/reportwriter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

using namespace PortCheck;
using namespace Qt::StringLiterals;

namespace {
// Every probe answers with the facts a real DC gives, every tenth DC refuses: a realistic report.
RunResult resultsFor(const Plan &plan)
{
    RunResult run;
    run.meta = RunMetadata::now(builtinCatalog());
    run.meta.vantage = plan.vantage;
    run.meta.finished = run.meta.started.addSecs(42);
    for (const ProbeTarget &t : plan.probeTargets()) {
        ProbeResult r;
        r.host = t.host;
        r.port = t.port;
        r.kind = t.kind;
        r.address = u"10.0.0.1"_s;
        const bool broken = Bench::isBrokenDc(t.host);
        r.state = broken ? ProbeState::Refused : ProbeState::Open;
        r.service = broken ? ServiceState::NotProbed : ServiceState::Identified;
        r.latencyMs = 1.7;
        if (!broken && (t.kind == ProbeKind::Ldap || t.kind == ProbeKind::Gc)) {
            r.facts.insert(u"ldap.dnsHostName"_s, t.host);
            r.facts.insert(u"ldap.site"_s, u"Default-First-Site-Name"_s);
            r.facts.insert(u"ldap.isGlobalCatalogReady"_s, u"TRUE"_s);
        }
        r.message = broken ? Text::plain(u"connection refused"_s) : Text();
        run.results.append(r);
    }
    return run;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir temporary;
    // bench_report [DIR] keeps the PDFs in DIR to look at them.
    const QString folder = argc > 1 ? QString::fromLocal8Bit(argv[1]) : temporary.path();
    const Catalog &catalog = builtinCatalog();
    out << "DCs    verdicts  probes  pages  time s  size MB\n";
    for (const int dcs : {50, 500, 2000}) {
        const Plan plan = buildPlan(catalog, Bench::largeSite(dcs, {u"forest-recovery"_s}));
        const ReportData report = reportFromRun(catalog, plan, resultsFor(plan));
        const QString path = folder + u"/r%1.pdf"_s.arg(dcs);
        QElapsedTimer t;
        t.start();
        const QString error = ReportWriter(catalog, report).write(path).error().english();
        const double seconds = double(t.elapsed()) / 1000.0;
        if (!error.isEmpty()) {
            out << "error: " << error << '\n';
            return 1;
        }
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        const QByteArray head = f.readAll();
        const qsizetype pages =
            head.count("/Type /Page\n") + head.count("/Type /Page\r") + head.count("/Type /Page ");
        out << qSetFieldWidth(7) << Qt::left << dcs << qSetFieldWidth(10) << report.verdicts.size()
            << qSetFieldWidth(8) << report.runs.first().results.size() << qSetFieldWidth(7) << pages
            << qSetFieldWidth(8) << QString::number(seconds, 'f', 2) << qSetFieldWidth(0)
            << QString::number(double(QFileInfo(path).size()) / 1e6, 'f', 2) << '\n';
        out.flush();
    }
    return 0;
}
