// Prints how long planning and verdicts take for large sites. Not a test: figures, not pass/fail.
#include "model/catalog/catalogloader.h"
#include "model/plan/plan.h"
#include "model/verdict/verdict.h"
#include "tests/bench/benchutil.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace PortCheck;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    builtinCatalog(); // parse the catalog outside the timings
    out << "plan and verdicts, median of 21 runs (target: 500 DCs plan in well under 50 ms)\n";
    for (int dcs : {50, 500, 5000}) {
        QStringList all;
        for (const Component &c : builtinCatalog().components)
            all << c.id;
        const Profile profile = Bench::largeSite(dcs, all);
        Plan plan;
        const double planMs = Bench::medianMs(21, [&] { plan = buildPlan(builtinCatalog(), profile); });
        ResultIndex results;
        for (const Check &c : plan.checks) {
            ProbeResult r;
            r.state = (c.catalogPort % 2) ? ProbeState::Open : ProbeState::Filtered;
            r.service = ServiceState::Identified;
            results.insert(c.probeKey(), r);
        }
        QList<Verdict> verdicts;
        const double verdictMs =
            Bench::medianMs(21, [&] { verdicts = computeVerdicts(builtinCatalog(), plan, results); });
        out << QString::asprintf(
            "  %5d DCs: %6lld checks, %5lld verdicts   plan %8.2f ms   verdicts %8.2f ms\n", dcs,
            static_cast<long long>(plan.checks.size()), static_cast<long long>(verdicts.size()), planMs,
            verdictMs);
    }
    return 0;
}
