// Prints how long the topology diagram takes to lay out and to paint for 50, 500 and 5,000 DCs,
// grouped (the default above 12 hosts) and expanded. Not a test: figures, not pass/fail.
// Needs a QPA platform: run with QT_QPA_PLATFORM=offscreen (or under Xvfb).
#include "model/catalog/catalogloader.h"
#include "model/plan/plan.h"
#include "tests/bench/benchutil.h"
#include "ui/diagram/topologyscene.h"
#include "ui/diagram/topologyview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace PortCheck;
using namespace Qt::StringLiterals;

namespace {
// Every probe open and identified except every tenth DC, which refuses: a realistic mix of colours.
ResultIndex resultsFor(const Plan &plan)
{
    ResultIndex index;
    for (const Check &c : plan.checks) {
        ProbeResult r;
        r.host = c.host;
        r.port = c.port;
        r.kind = c.probe;
        const bool broken = Bench::isBrokenDc(c.host);
        r.state = broken ? ProbeState::Refused : ProbeState::Open;
        r.service = broken ? ServiceState::NotProbed : ServiceState::Identified;
        index.insert(c.probeKey(), r);
    }
    return index;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const Catalog &catalog = builtinCatalog();
    out << "DCs    mode      nodes  links  layout+states ms  first paint ms (1280x800)\n";
    for (const int dcs : {50, 500, 5000}) {
        const Plan plan = buildPlan(catalog, Bench::largeSite(dcs));
        const ResultIndex results = resultsFor(plan);
        for (const bool expanded : {false, true}) {
            TopologyScene scene(catalog);
            const int runs = dcs >= 5000 ? 3 : 7;
            const double layout = Bench::medianMs(runs, [&] {
                scene.setPlan(plan, u"gsrv01"_s);
                if (expanded)
                    scene.setGroupExpanded(u"domain-controller"_s, true);
                scene.setResults(results, true);
            });
            // What a first paint draws: the whole diagram fitted into a 1280x800 window, and the
            // window at 100 % showing its top.
            QImage image(1280, 800, QImage::Format_ARGB32_Premultiplied);
            const QRectF all = scene.contentRect();
            const double paint = Bench::medianMs(runs, [&] {
                image.fill(Qt::white);
                QPainter painter(&image);
                painter.setRenderHint(QPainter::Antialiasing);
                scene.render(&painter, QRectF(0, 0, 1280, 800), all, Qt::KeepAspectRatio);
            });
            const double paintTop = Bench::medianMs(runs, [&] {
                image.fill(Qt::white);
                QPainter painter(&image);
                painter.setRenderHint(QPainter::Antialiasing);
                scene.render(&painter, QRectF(0, 0, 1280, 800), QRectF(all.topLeft(), QSizeF(1280, 800)));
            });
            out << qSetFieldWidth(6) << Qt::left << dcs << qSetFieldWidth(0) << ' ' << qSetFieldWidth(9)
                << (expanded ? "expanded" : "grouped") << qSetFieldWidth(6) << scene.nodes().size()
                << qSetFieldWidth(0) << ' ' << qSetFieldWidth(6) << scene.links().size() << qSetFieldWidth(0)
                << ' ' << qSetFieldWidth(17) << QString::number(layout, 'f', 1) << qSetFieldWidth(0)
                << QString::number(paint, 'f', 1) << " fitted, " << QString::number(paintTop, 'f', 1)
                << " at 100 %\n";
            out.flush();
        }
    }
    return 0;
}
