// Drives the real wizard through every page against the demo site and saves a picture of each:
//   wizard_tour OUTDIR [PREFIX]
// scripts/screenshots.sh runs it under Xvfb (light, dark, 200 %). Nothing leaves loopback.
#include "model/catalog/catalogloader.h"
#include "model/plan/plan.h"
#include "model/results/resultswriter.h"
#include "model/run/planrun.h"
#include "model/verdict/verdict.h"
#include "ui/diagram/diagramstyle.h"
#include "ui/diagram/topologyscene.h"
#include "ui/diagram/topologyview.h"
#include "ui/i18n/translations.h"
#include "ui/style/apptheme.h"
#include "ui/wizard/hostlisteditor.h"
#include "ui/wizard/hostspage.h"
#include "ui/wizard/portcheckwizard.h"
#include "ui/wizard/resultspage.h"
#include "ui/wizard/runpage.h"
#include "ui/wizard/startpage.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTcpServer>
#include <QTextStream>
#include <QTimer>
#include <QToolButton>

using namespace PortCheck;
using namespace Qt::StringLiterals;

namespace {
void settle(int ms = 300)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"guardian-portcheck-tour"_s);
    QStandardPaths::setTestModeEnabled(true); // never touch the user's own session
    applyPaletteFromEnvironment();
    installTranslations(qEnvironmentVariable("PORTCHECK_LANG"));
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: wizard_tour OUTDIR [PREFIX]\n";
        return 2;
    }
    const QString dir = args.at(1);
    const QString prefix = args.size() > 2 ? args.at(2) : QString();
    QDir().mkpath(dir);

    PortCheckWizard wizard(builtinCatalog());
    // PORTCHECK_TOUR_SIZE=1024x700: the window's size in logical pixels (default: its own)
    if (const QStringList size = qEnvironmentVariable("PORTCHECK_TOUR_SIZE").split(u'x'); size.size() == 2)
        wizard.resize(size.at(0).toInt(), size.at(1).toInt());
    wizard.show();
    int shot = 0;
    const auto grab = [&](const QString &name) {
        settle();
        const QString path = dir + u'/' + prefix + QString::number(++shot) + u'-' + name + u".png"_s;
        wizard.grab().save(path);
        QTextStream(stdout) << path << '\n';
    };
    grab(u"start"_s);
    if (!wizard.startPage()->startDemo()) {
        QTextStream(stderr) << "the demo did not start: " << wizard.startPage()->errorText() << '\n';
        return 1;
    }
    grab(u"machine"_s);
    wizard.next();
    grab(u"components"_s);
    wizard.next();
    grab(u"hosts"_s);
    wizard.next();
    QEventLoop loop;
    QObject::connect(wizard.runPage(), &RunPage::runFinished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    if (wizard.runPage()->isRunning())
        loop.exec();
    grab(u"run"_s);
    wizard.next();
    // Show the first failure's evidence: what a support engineer clicks first.
    grab(u"results"_s);
    {
        // What the diagram shows at this size: the figures of NOTES' session 11.
        TopologyView *view = wizard.resultsPage()->view();
        TopologyScene *scene = wizard.resultsPage()->scene();
        const qreal pxPerPt = view->logicalDpiY() / 72.0;
        const qreal zoom = view->transform().m22();
        QTextStream(stdout) << "window " << wizard.width() << 'x' << wizard.height() << " view "
                            << view->viewport()->width() << 'x' << view->viewport()->height() << " zoom "
                            << zoom << " two-sided " << scene->isTwoSided() << " node name "
                            << DiagramText::kTitlePx * zoom / pxPerPt << " pt, smallest text "
                            << DiagramText::kSmallestPx * zoom / pxPerPt << " pt\n";
        view->problemsOnlyButton()->setChecked(true);
        grab(u"results-problems"_s);
        view->problemsOnlyButton()->setChecked(false);
    }
    // The firewall request beside the verdicts: one row per rule, what the network team reads.
    if (auto *tabs = wizard.resultsPage()->findChild<QTabWidget *>()) {
        tabs->setCurrentIndex(1);
        grab(u"results-request"_s);
        tabs->setCurrentIndex(0);
    }
    // The exports of the results page, as a user saves them.
    const QString png = dir + u'/' + prefix + u"diagram.png"_s;
    const QString svg = dir + u'/' + prefix + u"diagram.svg"_s;
    const QString pdf = dir + u'/' + prefix + u"report.pdf"_s;
    const QString pdfError = wizard.resultsPage()->exportPdf(pdf).error().english();
    if (!pdfError.isEmpty()) {
        QTextStream(stderr) << pdfError << '\n';
        return 1;
    }
    QTextStream(stdout) << pdf << '\n';
    const QString pngError = wizard.resultsPage()->exportDiagramPng(png).error().english();
    const QString svgError = wizard.resultsPage()->exportDiagramSvg(svg).error().english();
    if (!pngError.isEmpty() || !svgError.isEmpty()) {
        QTextStream(stderr) << pngError << svgError << '\n';
        return 1;
    }
    QTextStream(stdout) << png << '\n' << svg << '\n';

    // Before and after a change: a run with the first domain controller's ports closed (before),
    // the demo run (after), opened together as a comparison.
    {
        Profile broken = wizard.context()->profile();
        QList<ProfileHost> &dcs = broken.hosts[u"domain-controller"_s];
        QTcpServer holder;
        if (dcs.isEmpty() || !holder.listen(QHostAddress(dcs.first().host))) {
            QTextStream(stderr) << "no domain controller to close\n";
            return 1;
        }
        const quint16 closed = holder.serverPort();
        holder.close();
        for (auto it = dcs.first().portOverrides.begin(); it != dcs.first().portOverrides.end(); ++it)
            it.value() = closed;
        PlanRun before(builtinCatalog(), buildPlan(builtinCatalog(), broken),
                       wizard.context()->runSettings());
        QEventLoop wait;
        QObject::connect(&before, &PlanRun::finished, &wait, &QEventLoop::quit);
        QTimer::singleShot(60000, &wait, &QEventLoop::quit);
        before.start(RunMetadata::now(builtinCatalog()));
        if (before.isRunning())
            wait.exec();
        const QString beforePath = dir + u'/' + prefix + u"before.json"_s;
        const QString afterPath = dir + u'/' + prefix + u"after.json"_s;
        QFile file(beforePath);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(runResultJson(
                builtinCatalog(), before.plan(), before.result(),
                computeVerdicts(builtinCatalog(), before.plan(), before.result().index()))) <= 0) {
            QTextStream(stderr) << "cannot write " << beforePath << '\n';
            return 1;
        }
        file.close();
        const QString afterError = wizard.resultsPage()->exportJson(afterPath).error().english();
        wizard.restart();
        if (!afterError.isEmpty() || !wizard.startPage()->openComparison(beforePath, afterPath)) {
            QTextStream(stderr) << afterError << wizard.startPage()->errorText() << '\n';
            return 1;
        }
        if (auto *tabs = wizard.resultsPage()->findChild<QTabWidget *>())
            tabs->setCurrentIndex(tabs->count() - 3);
        wizard.resultsPage()->changeTable()->selectRow(0);
        grab(u"compare"_s);
        if (auto *tabs = wizard.resultsPage()->findChild<QTabWidget *>())
            tabs->setCurrentIndex(tabs->count() - 2);
        grab(u"compare-rules"_s);
        if (auto *tabs = wizard.resultsPage()->findChild<QTabWidget *>())
            tabs->setCurrentIndex(tabs->count() - 1);
        grab(u"coverage"_s);
        const QString comparePdf = dir + u'/' + prefix + u"compare.pdf"_s;
        if (const QString error = wizard.resultsPage()->exportPdf(comparePdf).error().english();
            !error.isEmpty()) {
            QTextStream(stderr) << error << '\n';
            return 1;
        }
        QTextStream(stdout) << comparePdf << '\n';
    }

    // A Microsoft 365 tenant in another cloud: the modes page with the Microsoft cloud, the hosts
    // page with Microsoft's published names (nothing is probed: the tour stops before testing).
    Profile cloud = Profile::defaults(builtinCatalog());
    cloud.vantage = {u"guardian-server"_s};
    cloud.components << u"microsoft-365"_s;
    cloud.options.insert(u"cloud"_s, u"gcc-high"_s);
    wizard.restart();
    wizard.context()->reset(cloud);
    wizard.next(); // this computer
    wizard.next(); // components and modes
    grab(u"m365-components"_s);
    wizard.next();
    grab(u"m365-hosts"_s);

    // Guardian's database in Azure SQL: the connection policy, where Guardian runs, the region.
    Profile sql = Profile::defaults(builtinCatalog());
    sql.vantage = {u"guardian-server"_s};
    sql.components << u"azure-sql"_s;
    sql.options.insert(u"azure-sql-policy"_s, u"redirect"_s);
    sql.azureRegion = u"westeurope"_s;
    wizard.restart();
    wizard.context()->reset(sql);
    wizard.next(); // this computer
    wizard.next(); // components and modes
    grab(u"azure-sql-components"_s);

    // One profile for the site: its host lists name this computer (127.0.0.1 is always one of its
    // addresses), so the first page proposes the roles they give it.
    Profile site = Profile::defaults(builtinCatalog());
    const auto entry = [](const QString &name) {
        ProfileHost h;
        h.host = name;
        return h;
    };
    site.hosts.insert(u"guardian-server"_s, {entry(u"gsrv1.corp.example"_s)});
    site.hosts.insert(u"recovery-agent"_s, {entry(u"dc1.corp.example"_s), entry(u"127.0.0.1"_s)});
    wizard.restart();
    wizard.context()->reset(site);
    wizard.next(); // this computer
    grab(u"site-machine"_s);

    // The domain controllers imported from what Windows PowerShell's Export-Csv writes: the host
    // column is HostName, not the first one (the DN).
    Profile imported = Profile::defaults(builtinCatalog());
    imported.vantage = {u"guardian-server"_s};
    wizard.restart();
    wizard.context()->reset(imported);
    wizard.next(); // this computer
    wizard.next(); // components and modes
    wizard.next(); // the host lists
    const QString csv = dir + u"/domain-controllers.csv"_s;
    QFile export_(csv);
    if (export_.open(QIODevice::WriteOnly)) {
        export_.write("#TYPE Microsoft.ActiveDirectory.Management.ADDomainController\r\n"
                      "\"ComputerObjectDN\",\"Domain\",\"HostName\",\"IPv4Address\",\"Name\",\"Site\"\r\n");
        for (int i = 1; i <= 6; ++i)
            export_.write("\"CN=DC" + QByteArray::number(i) +
                          ",OU=Domain Controllers,DC=corp,DC=example\",\"corp.example\","
                          "\"dc" +
                          QByteArray::number(i) + ".corp.example\",\"10.0.0." + QByteArray::number(i) +
                          "\",\"DC" + QByteArray::number(i) + "\",\"" +
                          (i % 2 ? "HQ" : "Branch, \"\"North\"\"") + "\"\r\n");
        export_.write(
            "\"CN=OLD,OU=Domain Controllers,DC=corp,DC=example\",\"corp.example\",,,\"OLD\",\"HQ\"\r\n");
        export_.close();
    }
    if (HostListEditor *dcs = wizard.hostsPage()->editor(u"domain-controller"_s))
        static_cast<void>(dcs->importFile(csv)); // the page shows what came of it
    grab(u"hosts-import"_s);
    QFile::remove(csv);
    return 0;
}
