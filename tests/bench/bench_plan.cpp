// Prints how long planning and verdicts take for large sites. Not a test: figures, not pass/fail.
#include "catalog/catalogloader.h"
#include "plan/plan.h"
#include "verdict/verdict.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace PortCheck;
using namespace Qt::StringLiterals;

namespace {
Profile siteWith(int dcs)
{
    Profile p = Profile::defaults(builtinCatalog());
    p.vantage = {u"guardian-server"_s};
    for (const Component &c : builtinCatalog().components)
        p.components << c.id;
    QList<ProfileHost> list;
    for (int i = 0; i < dcs; ++i)
        list.append({u"dc"_s + QString::number(i) + u".corp.example"_s, {}});
    p.hosts.insert(u"domain-controller"_s, list);
    p.hosts.insert(u"file-share"_s, {ProfileHost{u"fs1.corp.example"_s, {}}});
    p.hosts.insert(u"recovery-agent"_s, {ProfileHost{u"dc0.corp.example"_s, {}}});
    p.hosts.insert(u"azure-sql"_s, {ProfileHost{u"contoso.database.windows.net"_s, {}}});
    return p;
}

template <typename F> double medianMs(int runs, F &&f)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    builtinCatalog(); // parse the catalog outside the timings
    out << "plan and verdicts, median of 21 runs (target: 500 DCs plan in well under 50 ms)\n";
    for (int dcs : {50, 500, 5000}) {
        const Profile profile = siteWith(dcs);
        Plan plan;
        const double planMs = medianMs(21, [&] { plan = buildPlan(builtinCatalog(), profile); });
        ResultIndex results;
        for (const Check &c : plan.checks) {
            ProbeResult r;
            r.state = (c.catalogPort % 2) ? ProbeState::Open : ProbeState::Filtered;
            r.service = ServiceState::Identified;
            results.insert(c.probeKey(), r);
        }
        QList<Verdict> verdicts;
        const double verdictMs =
            medianMs(21, [&] { verdicts = computeVerdicts(builtinCatalog(), plan, results); });
        out << QString::asprintf(
            "  %5d DCs: %6lld checks, %5lld verdicts   plan %8.2f ms   verdicts %8.2f ms\n", dcs,
            static_cast<long long>(plan.checks.size()), static_cast<long long>(verdicts.size()), planMs,
            verdictMs);
    }
    return 0;
}
