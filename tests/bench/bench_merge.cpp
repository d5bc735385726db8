// Prints how long merging results files takes for very large sites, and the peak memory. Not a
// test: figures, not pass/fail. Target (issue 19): 100,000 hosts merge in under 5 s.
#include "model/plan/plan.h"
#include "model/results/resultsreader.h"
#include "model/results/resultswriter.h"
#include "model/run/report.h"
#include "model/verdict/verdict.h"
#include "tests/bench/benchutil.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace PortCheck;
using namespace Qt::StringLiterals;

namespace {
// A figure of /proc/self/status in MB ("VmHWM:" the peak resident set, "VmRSS:" the current one;
// Linux, 0 elsewhere).
double statusMb(const QByteArray &field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

// Makes the peak start again from the current resident set (Linux 4.0+), so that the peak
// measured is the merge's and not that of writing the files before it.
void resetPeakRss()
{
#ifdef __GLIBC__
    malloc_trim(0); // what writing the files freed goes back to the system, out of the figure
#endif
    QFile clear(u"/proc/self/clear_refs"_s);
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

struct Size
{
    QString role; // the role that has `hosts` hosts
    int hosts;
};

// A results file of one machine: every check of the site's links, synthetic results. Domain
// controllers have 16 checks each, file shares two.
QByteArray resultsFile(const Size &size, const QString &machine)
{
    const Catalog &catalog = builtinCatalog();
    Profile profile = Bench::largeSite(size.role == u"domain-controller"_s ? size.hosts : 1);
    if (size.role != u"domain-controller"_s) {
        QList<ProfileHost> list;
        for (int i = 0; i < size.hosts; ++i)
            list.append({u"fs"_s + QString::number(i) + u".corp.example"_s, {}});
        profile.hosts.insert(size.role, list);
    }
    const Plan plan = buildPlan(catalog, profile);
    RunResult run;
    run.meta = RunMetadata::now(catalog);
    run.meta.host = machine;
    run.meta.vantage = profile.vantage;
    for (const ProbeTarget &t : plan.probeTargets()) {
        ProbeResult r;
        r.host = t.host;
        r.port = t.port;
        r.kind = t.kind;
        r.state = Bench::isBrokenDc(t.host) ? ProbeState::Filtered : ProbeState::Open;
        r.service = r.state == ProbeState::Open ? ServiceState::Identified : ServiceState::NotProbed;
        run.results.append(r);
    }
    return runResultJson(catalog, plan, run, computeVerdicts(catalog, plan, run.index()));
}
// The sizes to measure: the arguments (dc:N or share:N), else 1,000 and 10,000 DCs and 100,000
// file shares.
QList<Size> benchSizes(int argc, char *argv[])
{
    QList<Size> sizes;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        sizes.append({arg.startsWith(u"dc:"_s) ? u"domain-controller"_s : u"file-share"_s,
                      arg.section(u':', 1).toInt()});
    }
    if (sizes.isEmpty())
        sizes = {{u"domain-controller"_s, 1000}, {u"domain-controller"_s, 10000}, {u"file-share"_s, 100000}};
    return sizes;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const Catalog &catalog = builtinCatalog();
    out << "merge of two machines' results files, median of 3 runs (target: 100,000 hosts in under 5 s)\n";
    for (const Size &size : benchSizes(argc, argv)) {
        const QByteArray a = resultsFile(size, u"gsrv01"_s);
        const QByteArray b = resultsFile(size, u"gsrv02"_s);
        qsizetype verdicts = 0;
        resetPeakRss();
        const double before = statusMb("VmRSS:"); // the two files' bytes and what writing them left
        const double ms = Bench::medianMs(3, [&] {
            const MergeOutcome m = mergeResultDocuments(catalog, {{u"a.json"_s, a}, {u"b.json"_s, b}});
            verdicts = m.report.verdicts.size();
        });
        out << QString::asprintf(
            "  %6d %-18s 2 files of %6.1f MB, %7lld verdicts   merge %8.1f ms   peak RSS %6.0f MB "
            "(%4.0f MB before it)\n",
            size.hosts, qPrintable(size.role + u':'), double(a.size()) / 1e6,
            static_cast<long long>(verdicts), ms, statusMb("VmHWM:"), before);
        out.flush();
    }
    return 0;
}
