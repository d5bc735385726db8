#include "model/catalog/catalogloader.h"
#include "model/demo/demosite.h"
#include "model/run/planrun.h"
#include "model/verdict/liveverdicts.h"
#include "tests/testutil.h"
#include "ui/diagram/diagramstyle.h"
#include "ui/diagram/legenditem.h"
#include "ui/diagram/linkitem.h"
#include "ui/diagram/nodeitem.h"
#include "ui/diagram/topologyscene.h"
#include "ui/diagram/topologyview.h"
#include "ui/i18n/translations.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QXmlStreamReader>

using namespace PortCheck;
using namespace PortCheck::Test;
using namespace Qt::StringLiterals;

// The diagram built from known plans: what it draws, how it groups, how it changes with results.
class TestTopologyScene : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void nodesAndLinks_matchThePlan();
    void demoRun_everyLinkShowsItsVerdict_andChangesWhenAResultArrives();
    void manyHosts_collapseIntoAGroupThatExpands();
    void updateItems_byBatch_showsWhatAFullUpdateShows();
    void click_selectsTheLink_doubleClickAsksForARetest();
    void exports_pngAndSvg();
    void view_zoomIsClamped();
    void toolTips_showMarkupLiterally();
    void labels_doNotOverlap_data();
    void labels_doNotOverlap();
    void nodeNames_readableAt1024x700_data();
    void nodeNames_readableAt1024x700();
    void failAndWarn_differInWeightAndShape();
    void legend_ofAFinishedRun_hasNoRunning();
    void problemsOnly_leavesOutPassAndNotTested();
    void exports_carryTitleVerdictSiteDateAndLegend();
    void renderWithHeader_fitsTheTarget();

private:
    static Profile profileWith(int dcs);
    const Catalog &m_catalog = builtinCatalog();
    Plan m_demoPlan;
    RunResult m_demoResult;
};

Profile TestTopologyScene::profileWith(int dcs)
{
    Profile p = Profile::defaults(builtinCatalog());
    p.vantage = {u"guardian-server"_s};
    for (int i = 1; i <= dcs; ++i)
        p.hosts[u"domain-controller"_s].append({u"dc%1.corp.invalid"_s.arg(i), {}});
    p.hosts[u"file-share"_s].append({u"fs1.corp.invalid"_s, {}});
    p.hosts[u"web-portal"_s].append({u"portal.corp.invalid"_s, {}});
    return p;
}

void TestTopologyScene::initTestCase()
{
    installTranslations(u"en"_s);
    // One real run of the demo site: the results every test below draws.
    DemoSite site;
    QVERIFY(site.start().ok());
    const Profile profile = site.profile();
    RunSettings settings;
    settings.probe.connectTimeoutMs = profile.connectTimeoutMs;
    settings.probe.protocolTimeoutMs = profile.protocolTimeoutMs;
    settings.probe.domain = profile.domain;
    settings.probe.extraCaCertificates = site.trustAnchors();
    PlanRun run(m_catalog, buildPlan(m_catalog, profile), settings);
    run.start(RunMetadata::now(m_catalog));
    QVERIFY(waitForSignal(&run, &PlanRun::finished, 30000));
    m_demoPlan = run.plan();
    m_demoResult = run.result();
}

void TestTopologyScene::nodesAndLinks_matchThePlan()
{
    const Plan plan = buildPlan(m_catalog, profileWith(3));
    TopologyScene scene(m_catalog);
    scene.setPlan(plan, u"gsrv01"_s);

    QSet<QString> sources;
    QSet<QString> targets;
    QSet<QString> links;
    for (const PlanItem &item : plan.items) {
        const Link *link = m_catalog.link(item.link);
        sources.insert(link->from);
        targets.insert(link->to + u'|' + item.host);
        links.insert(item.link + u'|' + item.host);
    }
    QCOMPARE(scene.nodes().size(), sources.size() + targets.size());
    QCOMPARE(scene.links().size(), links.size());
    QVERIFY(scene.node(u"domain-controller"_s, u"dc2.corp.invalid"_s));
    // This computer is marked; other sources are not.
    QVERIFY(scene.node(u"guardian-server"_s)->isThisComputer());
    QCOMPARE(scene.node(u"guardian-server"_s)->detail(), u"gsrv01"_s);
    QVERIFY(!scene.node(u"admin-workstation"_s)->isThisComputer());
    // Sources on the left, targets on the right.
    QVERIFY(scene.node(u"guardian-server"_s)->x() <
            scene.node(u"domain-controller"_s, u"dc1.corp.invalid"_s)->x());
    // Labelled with the ports of the link.
    QCOMPARE(scene.linkItem(u"service-dc-ldap"_s, u"dc1.corp.invalid"_s)->ports(), u"389, 3268, 636, 3269"_s);
    // Before any result: what this machine tests is running, the rest is not tested from here.
    QCOMPARE(scene.linkItem(u"service-dc-ldap"_s, u"dc1.corp.invalid"_s)->state(), VisualState::Running);
    QCOMPARE(scene.linkItem(u"workstation-portal-web"_s, u"portal.corp.invalid"_s)->state(),
             VisualState::NotTested);
}

void TestTopologyScene::demoRun_everyLinkShowsItsVerdict_andChangesWhenAResultArrives()
{
    PORTCHECK_SKIP_UNDER_WINE(
        "the demo's TLS responders need a TLS server side, which Wine's Schannel lacks");
    TopologyScene scene(m_catalog);
    scene.setPlan(m_demoPlan, u"here"_s);
    const ResultIndex all = m_demoResult.index();
    scene.setResults(all, true);
    const QList<Verdict> verdicts = computeVerdicts(m_catalog, m_demoPlan, all);
    QCOMPARE(scene.links().size(), verdicts.size());
    QMap<VisualState, int> shown;
    for (const Verdict &v : verdicts) {
        LinkItem *item = scene.linkItem(v.link, v.host);
        QVERIFY2(item, qPrintable(v.link + u' ' + v.host));
        QCOMPARE(item->state(), VerdictStyle::fromVerdict(v.level));
        shown[item->state()] += 1;
        QVERIFY(item->toolTip().contains(v.host));
    }
    QCOMPARE(shown.value(VisualState::Pass), 7);
    QCOMPARE(shown.value(VisualState::Warn), 3); // an untrusted certificate and a silent port fail
    QCOMPARE(shown.value(VisualState::Fail), 3);
    QCOMPARE(shown.value(VisualState::NotTested), 11);

    // Live: with no result the failing link is running; its results arrive and it turns to fail.
    const Verdict *failing = nullptr;
    for (const Verdict &v : verdicts) {
        if (v.level == VerdictLevel::Fail && v.link == u"service-agent-winrm"_s) // WinRM refused
            failing = &v;
    }
    QVERIFY(failing);
    scene.setResults({}, false);
    LinkItem *item = scene.linkItem(failing->link, failing->host);
    QCOMPARE(item->state(), VisualState::Running);
    ResultIndex partial;
    for (const PlanItem &p : m_demoPlan.items) {
        if (p.link != failing->link || p.host != failing->host)
            continue;
        for (const int i : p.checks)
            partial.insert(m_demoPlan.checks.at(i).probeKey(), all.value(m_demoPlan.checks.at(i).probeKey()));
    }
    scene.setResults(partial, false);
    QCOMPARE(item->state(), VisualState::Fail);
    QVERIFY2(item->toolTip().contains(u"refused"_s), qPrintable(item->toolTip()));
}

void TestTopologyScene::manyHosts_collapseIntoAGroupThatExpands()
{
    const Plan plan = buildPlan(m_catalog, profileWith(30));
    TopologyScene scene(m_catalog);
    scene.setPlan(plan, u"gsrv01"_s);
    QVERIFY(scene.isGrouped(u"domain-controller"_s));
    NodeItem *group = scene.node(u"domain-controller"_s);
    QVERIFY(group && group->isGroup());
    QCOMPARE(group->groupMembers(), 30);
    QVERIFY(!scene.node(u"domain-controller"_s, u"dc7.corp.invalid"_s));
    LinkItem *ldap = scene.linkItem(u"service-dc-ldap"_s, {});
    QVERIFY(ldap && ldap->host().isEmpty());
    const qsizetype groupedLinks = scene.links().size();

    // Two DCs refuse LDAP (and its fallback): the group says so and its line fails.
    ResultIndex results;
    for (const Check &c : plan.checks) {
        if (!c.testable)
            continue;
        const bool broken = c.host == u"dc3.corp.invalid"_s || c.host == u"dc9.corp.invalid"_s;
        results.insert(c.probeKey(), Test::resultOf(c, broken));
    }
    scene.setResults(results, true);
    QVERIFY2(group->detail().startsWith(u"30 hosts, 2 failing"_s), qPrintable(group->detail()));
    QCOMPARE(ldap->state(), VisualState::Fail);
    // The mouse hint is on screen only: an export is read where nobody can click.
    QVERIFY2(group->secondLine().contains(u"double-click to expand"_s), qPrintable(group->secondLine()));
    if (const QByteArray svg = scene.exportSvgData(); !svg.isEmpty()) { // no Qt SVG in the Windows build
        QVERIFY(svg.contains("30 hosts, 2 failing"));
        QVERIFY2(!svg.contains("double-click"), svg.constData());
    }
    QVERIFY(group->secondLine().contains(u"double-click to expand"_s));

    // Double-click expands it.
    TopologyView view(&scene);
    view.resize(900, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.centerOn(group);
    const QPoint at = view.mapFromScene(group->mapToScene(group->boundingRect().center()));
    QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, at);
    QVERIFY(!scene.isGrouped(u"domain-controller"_s));
    QVERIFY(scene.node(u"domain-controller"_s, u"dc7.corp.invalid"_s));
    QVERIFY(scene.links().size() > groupedLinks);
    QCOMPARE(scene.linkItem(u"service-dc-ldap"_s, u"dc3.corp.invalid"_s)->state(), VisualState::Fail);
    QCOMPARE(scene.linkItem(u"service-dc-ldap"_s, u"dc4.corp.invalid"_s)->state(), VisualState::Pass);
    scene.setGroupExpanded(u"domain-controller"_s, false);
    QVERIFY(scene.isGrouped(u"domain-controller"_s));
}

// While a run streams, the run page hands the scene only the items a batch touched: every line,
// tool tip and group node then reads as a scene given all results at once, running and finished.
void TestTopologyScene::updateItems_byBatch_showsWhatAFullUpdateShows()
{
    const Plan plan = buildPlan(m_catalog, profileWith(20));
    QList<ProbeResult> results;
    for (const Check &c : plan.checks) {
        if (!c.testable)
            continue;
        const bool broken = c.host.startsWith(u"dc1"_s) || c.host == u"fs1.corp.invalid"_s; // dc1, dc10-dc19
        results << Test::resultOf(c, broken);
    }
    std::reverse(results.begin(), results.end()); // not in plan order
    TopologyScene live(m_catalog);
    live.setPlan(plan, u"gsrv01"_s);
    TopologyScene whole(m_catalog);
    whole.setPlan(plan, u"gsrv01"_s);
    LiveVerdicts verdicts(m_catalog, plan);
    const auto sameAsWhole = [&](bool finished) -> QString {
        whole.setResults(verdicts.results(), finished);
        if (live.links().size() != whole.links().size())
            return u"%1 lines, a full update has %2"_s.arg(live.links().size()).arg(whole.links().size());
        for (const LinkItem *w : whole.links()) {
            const LinkItem *l = live.linkItem(w->link(), w->host());
            if (!l)
                return u"no line "_s + w->link() + u' ' + w->host();
            if (l->state() != w->state() || l->toolTip() != w->toolTip())
                return w->link() + u' ' + w->host() + u": "_s + VerdictStyle::text(l->state()) + u" / "_s +
                       l->toolTip() + u"\nfull update: "_s + VerdictStyle::text(w->state()) + u" / "_s +
                       w->toolTip();
        }
        if (!live.isGrouped(u"domain-controller"_s))
            return {};
        const NodeItem *group = live.node(u"domain-controller"_s);
        const NodeItem *wholeGroup = whole.node(u"domain-controller"_s);
        if (!group || !wholeGroup || group->detail() != wholeGroup->detail())
            return u"group: "_s + (group ? group->detail() : u"none"_s) + u" / "_s +
                   (wholeGroup ? wholeGroup->detail() : u"none"_s);
        return {};
    };
    QVERIFY(live.isGrouped(u"domain-controller"_s));
    int batches = 0;
    for (qsizetype at = 0; at < results.size(); at += 5, ++batches) {
        const QList<int> items = verdicts.add(results.mid(at, 5));
        live.updateItems(verdicts.results(), verdicts.verdicts(), items, false);
        if (batches % 4 == 0) {
            const QString difference = sameAsWhole(false);
            QVERIFY2(difference.isEmpty(), qPrintable(u"after batch %1: "_s.arg(batches) + difference));
        }
    }
    QString difference = sameAsWhole(false);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    live.updateItems(verdicts.results(), verdicts.verdicts(), {}, true);
    difference = sameAsWhole(true);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QVERIFY2(live.node(u"domain-controller"_s)->detail().startsWith(u"20 hosts, 11 failing"_s),
             qPrintable(live.node(u"domain-controller"_s)->detail()));
    QCOMPARE(live.linkItem(u"service-dc-ldap"_s, {})->state(), VisualState::Fail);
    // Expanded, the lines per DC follow the same way.
    live.setGroupExpanded(u"domain-controller"_s, true);
    whole.setGroupExpanded(u"domain-controller"_s, true);
    difference = sameAsWhole(true);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QCOMPARE(live.linkItem(u"service-dc-ldap"_s, u"dc2.corp.invalid"_s)->state(), VisualState::Pass);

    // The run goes away (keepResults() first, as the run page does): the scene has its own copy,
    // and a rebuild (the group collapsed again) still shows the same (ASan sees a read of the
    // freed results otherwise).
    auto gone = std::make_unique<LiveVerdicts>(m_catalog, plan);
    gone->add(results);
    live.updateItems(gone->results(), gone->verdicts(), {}, true);
    live.keepResults();
    gone.reset();
    live.setGroupExpanded(u"domain-controller"_s, false);
    whole.setGroupExpanded(u"domain-controller"_s, false);
    difference = sameAsWhole(true);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestTopologyScene::click_selectsTheLink_doubleClickAsksForARetest()
{
    TopologyScene scene(m_catalog);
    scene.setPlan(m_demoPlan, u"here"_s);
    scene.setResults(m_demoResult.index(), true);
    TopologyView view(&scene);
    view.resize(1400, 1000);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    LinkItem *target = scene.links().constLast();
    view.centerOn(target->labelPosition());
    const QPoint at = view.mapFromScene(target->mapToScene(target->labelPosition()));
    QSignalSpy selected(&scene, &TopologyScene::linkSelected);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.first().at(0).toString(), target->link());
    QCOMPARE(selected.first().at(1).toString(), target->host());
    QVERIFY(target->isSelected());
    QSignalSpy retest(&scene, &TopologyScene::retestRequested);
    QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(retest.count(), 1);
    QCOMPARE(retest.first().at(0).toString(), target->link());
}

void TestTopologyScene::exports_pngAndSvg()
{
    TopologyScene scene(m_catalog);
    scene.setPlan(m_demoPlan, u"here"_s);
    scene.setResults(m_demoResult.index(), true);
    QTemporaryDir dir;
    const QString png = dir.filePath(u"d.png"_s);
    const QString svg = dir.filePath(u"d.svg"_s);
    QCOMPARE(scene.exportPng(png).error().english(), QString());
    if (TopologyScene::canExportSvg()) {
        QCOMPARE(scene.exportSvg(svg).error().english(), QString());
    } else {
        // A build without Qt SVG says so, names the file and writes nothing.
        QVERIFY(scene.exportSvg(svg).error().english().contains(svg));
        QVERIFY(!QFile::exists(svg));
    }
    const QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), (scene.exportSize() * 2).toSize());
    // The failing link's colour is in the picture.
    const QRgb fail = VerdictStyle::color(VisualState::Fail).rgb();
    bool found = false;
    for (int y = 0; y < image.height() && !found; y += 2) {
        for (int x = 0; x < image.width() && !found; x += 2)
            found = image.pixel(x, y) == fail;
    }
    QVERIFY(found);

    if (!TopologyScene::canExportSvg())
        return;
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int texts = 0;
    bool root = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"svg"_s)
            root = true;
        if (xml.isStartElement() && xml.name() == u"text"_s)
            ++texts;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(root);
    QVERIFY(texts > 20); // text stays text: the host names and ports can be searched
    file.seek(0);
    QVERIFY(file.readAll().contains("127.0.0.5"));
}

void TestTopologyScene::view_zoomIsClamped()
{
    TopologyScene scene(m_catalog);
    scene.setPlan(m_demoPlan, u"here"_s);
    TopologyView view(&scene);
    for (int i = 0; i < 50; ++i)
        view.zoomBy(2.0);
    QCOMPARE(view.zoom(), 4.0);
    for (int i = 0; i < 50; ++i)
        view.zoomBy(0.5);
    QCOMPARE(view.zoom(), 0.05);
    QTest::keyClick(&view, Qt::Key_Plus);
    QCOMPARE(view.zoom(), 0.0625);
}

void TestTopologyScene::toolTips_showMarkupLiterally()
{
    // A results file can say anything: its text must not become rich text in a tool tip.
    QList<Verdict> verdicts = computeVerdicts(m_catalog, m_demoPlan, m_demoResult.index());
    verdicts.first().reason = Text::plain(u"<b>x</b><img src=\"file:///etc/passwd\">"_s);
    verdicts.first().observer = u"gsrv01"_s;
    TopologyScene scene(m_catalog);
    scene.setPlan(m_demoPlan, u"here"_s);
    scene.setVerdicts(verdicts);
    const QString tip = scene.linkItem(verdicts.first().link, verdicts.first().host)->toolTip();
    QVERIFY2(tip.contains(u"&lt;b&gt;x&lt;/b&gt;&lt;img src=&quot;file:///etc/passwd&quot;&gt;"_s),
             qPrintable(tip));
    QVERIFY(!tip.contains(u"<b>"_s));
}

namespace {
// Every box a reader must read in the scene: node boxes, port labels, the legend, a note.
QList<QPair<QRectF, QString>> labelBoxes(const TopologyScene &scene)
{
    QList<QPair<QRectF, QString>> boxes;
    for (const NodeItem *node : scene.nodes())
        boxes.append(
            {QRectF(node->pos(), QSizeF(NodeItem::kWidth, NodeItem::kHeight)), u"node "_s + node->name()});
    for (const LinkItem *link : scene.links())
        boxes.append({link->labelRect(), u"label "_s + link->link() + u' ' + link->host()});
    for (const QGraphicsItem *item : scene.items()) {
        if (item->type() != NodeItem::Type && item->type() != LinkItem::Type)
            boxes.append({item->sceneBoundingRect(), u"other"_s});
    }
    return boxes;
}

int overlaps(const TopologyScene &scene, QString *first)
{
    QList<QPair<QRectF, QString>> boxes = labelBoxes(scene);
    std::sort(boxes.begin(), boxes.end(),
              [](const auto &a, const auto &b) { return a.first.top() < b.first.top(); });
    int count = 0;
    for (int i = 0; i < boxes.size(); ++i) {
        for (int j = i + 1; j < boxes.size() && boxes.at(j).first.top() < boxes.at(i).first.bottom(); ++j) {
            if (boxes.at(i).first.intersects(boxes.at(j).first)) {
                if (count++ == 0 && first)
                    *first = boxes.at(i).second + u" / "_s + boxes.at(j).second;
            }
        }
    }
    return count;
}
} // namespace

void TestTopologyScene::labels_doNotOverlap_data()
{
    QTest::addColumn<int>("dcs"); // 0: the demo site's run
    QTest::addColumn<bool>("expanded");
    QTest::addColumn<qreal>("aspect");
    QTest::addColumn<bool>("problemsOnly");
    QTest::newRow("demo, one side") << 0 << false << 0.0 << false;
    QTest::newRow("demo, two sides") << 0 << false << 3.8 << false;
    QTest::newRow("demo, problems only") << 0 << false << 3.8 << true;
    QTest::newRow("50 DCs, grouped") << 50 << false << 3.8 << false;
    QTest::newRow("50 DCs, expanded") << 50 << true << 3.8 << false;
    QTest::newRow("50 DCs, expanded, one side") << 50 << true << 0.0 << false;
    QTest::newRow("500 DCs, grouped") << 500 << false << 1.6 << false;
    QTest::newRow("500 DCs, expanded") << 500 << true << 3.8 << false;
    QTest::newRow("500 DCs, expanded, problems only") << 500 << true << 3.8 << true;
}

void TestTopologyScene::labels_doNotOverlap()
{
    QFETCH(int, dcs);
    QFETCH(bool, expanded);
    QFETCH(qreal, aspect);
    QFETCH(bool, problemsOnly);
    TopologyScene scene(m_catalog);
    if (dcs == 0) {
        scene.setPlan(m_demoPlan, u"here"_s);
        scene.setResults(m_demoResult.index(), true);
    } else {
        const Plan plan = buildPlan(m_catalog, profileWith(dcs));
        scene.setPlan(plan, u"gsrv01"_s);
        ResultIndex results; // every third DC refuses everything: failing labels among passing ones
        for (const Check &c : plan.checks) {
            if (!c.testable)
                continue;
            ProbeResult r;
            r.host = c.host;
            r.port = c.port;
            r.kind = c.probe;
            const bool broken = c.host.mid(2).section(u'.', 0, 0).toInt() % 3 == 0;
            r.state = broken ? ProbeState::Refused : ProbeState::Open;
            r.service = broken ? ServiceState::NotProbed : ServiceState::Identified;
            results.insert(c.probeKey(), r);
        }
        scene.setResults(results, true);
        if (expanded)
            scene.setGroupExpanded(u"domain-controller"_s, true);
    }
    scene.setPreferredAspect(aspect);
    scene.setProblemsOnly(problemsOnly);
    QVERIFY(!scene.links().isEmpty());
    if (dcs > 0 && expanded && !problemsOnly)
        QVERIFY(scene.node(u"domain-controller"_s, u"dc%1.corp.invalid"_s.arg(dcs)));
    QString first;
    const int count = overlaps(scene, &first);
    QVERIFY2(count == 0, qPrintable(QString::number(count) + u" overlaps, first: "_s + first));
    // the plates are in the scene's rectangle: exports show them whole
    for (const LinkItem *link : scene.links())
        QVERIFY(scene.contentRect().contains(link->labelRect()));
}

void TestTopologyScene::nodeNames_readableAt1024x700_data()
{
    QTest::addColumn<QSize>("viewport");
    // The results page's diagram at 1024x700 (measured by wizard_tour: 964x252 to 964x266), at 1920x1080 and
    // at 1920x1080 with 150 % scaling (1280x720 logical pixels).
    QTest::newRow("1024x700") << QSize(964, 252);
    QTest::newRow("1920x1080") << QSize(1860, 500);
    QTest::newRow("1920x1080 at 150 %") << QSize(1220, 320);
}

void TestTopologyScene::nodeNames_readableAt1024x700()
{
    QFETCH(QSize, viewport);
    TopologyScene scene(m_catalog);
    scene.setPlan(m_demoPlan, u"here"_s);
    scene.setResults(m_demoResult.index(), true);
    TopologyView view(&scene);
    view.resize(viewport + QSize(2 * view.frameWidth(), 2 * view.frameWidth()));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.fit();
    const qreal pxPerPt = view.logicalDpiY() / 72.0;
    const qreal zoom = view.transform().m22();
    for (const NodeItem *node : scene.nodes()) {
        // the name as drawn: its font's pixel size in scene units times the view's zoom
        const QFont font = NodeItem::nameFont();
        QCOMPARE(font.pixelSize(), DiagramText::kTitlePx);
        const qreal points = font.pixelSize() * zoom / pxPerPt;
        QVERIFY2(points >= 9.0, qPrintable(u"%1: %2 pt"_s.arg(node->name()).arg(points)));
        // and whole: no name is elided at that width
        QVERIFY2(QFontMetricsF(font).horizontalAdvance(node->name()) <= NodeItem::kWidth - 50,
                 qPrintable(node->name()));
    }
    for (const LinkItem *link : scene.links()) {
        if (link->state() != VisualState::Fail)
            continue;
        const qreal points = LinkItem::labelFont(link->state()).pixelSize() * zoom / pxPerPt;
        QVERIFY2(points >= 9.0, qPrintable(u"%1: %2 pt"_s.arg(link->ports()).arg(points)));
        QVERIFY(LinkItem::labelFont(link->state()).bold());
    }
    // the first failing label is on screen without scrolling
    const LinkItem *failing = nullptr;
    for (const LinkItem *link : scene.links()) {
        if (link->state() == VisualState::Fail && !failing)
            failing = link;
    }
    QVERIFY(failing);
    QVERIFY(view.viewport()->rect().contains(view.mapFromScene(failing->labelPosition())));
    // with the name of the box it points at: a row shows whole, the view scrolls down only
    const QRectF box = failing->toNode()->sceneBoundingRect();
    QVERIFY(view.viewport()->rect().contains(view.mapFromScene(box.topLeft())));
    QVERIFY(view.viewport()->rect().contains(view.mapFromScene(box.bottomRight())));
}

void TestTopologyScene::failAndWarn_differInWeightAndShape()
{
    const QPalette light;
    const QPen fail = DiagramStyle::pen(VisualState::Fail, light);
    const QPen warn = DiagramStyle::pen(VisualState::Warn, light);
    const QPen pass = DiagramStyle::pen(VisualState::Pass, light);
    QCOMPARE(fail.style(), Qt::SolidLine);
    QVERIFY(warn.style() != Qt::SolidLine);
    QVERIFY(fail.widthF() >= warn.widthF() + 1.5);
    QVERIFY(warn.widthF() > pass.widthF());
    QVERIFY(DiagramStyle::opacity(VisualState::NotTested) < 0.6);
    // The badges have different shapes: compare what they cover of one square.
    const auto coverage = [](VisualState state) {
        QImage image(40, 40, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter p(&image);
        DiagramStyle::drawBadge(&p, state, QRectF(0, 0, 40, 40), QPalette());
        p.end();
        int covered = 0;
        for (int y = 0; y < 40; ++y)
            for (int x = 0; x < 40; ++x)
                covered += qAlpha(image.pixel(x, y)) > 128;
        return covered;
    };
    const int octagon = coverage(VisualState::Fail);
    const int triangle = coverage(VisualState::Warn);
    QVERIFY2(octagon > triangle * 1.3, qPrintable(u"%1 %2"_s.arg(octagon).arg(triangle)));
    // Fail is darker than warn in the light palette and lighter in neither: lightness, not only hue.
    QVERIFY(qGray(VerdictStyle::color(VisualState::Warn).rgb()) -
                qGray(VerdictStyle::color(VisualState::Fail).rgb()) >
            40);
}

void TestTopologyScene::legend_ofAFinishedRun_hasNoRunning()
{
    TopologyScene scene(m_catalog);
    scene.setPlan(m_demoPlan, u"here"_s);
    QVERIFY(scene.legend());
    scene.setResults({}, false);
    QVERIFY(scene.legend()->entries().contains(VisualState::Running));
    scene.setResults(m_demoResult.index(), true);
    QVERIFY(!scene.legend()->entries().contains(VisualState::Running));
    QVERIFY(!scene.legend()->texts().contains(VerdictStyle::text(VisualState::Running)));
    QCOMPARE(scene.legend()->entries().size(), 4);
    // merged results are finished too
    scene.setVerdicts(computeVerdicts(m_catalog, m_demoPlan, m_demoResult.index()));
    QVERIFY(!scene.legend()->entries().contains(VisualState::Running));
}

void TestTopologyScene::problemsOnly_leavesOutPassAndNotTested()
{
    PORTCHECK_SKIP_UNDER_WINE(
        "the demo's TLS responders need a TLS server side, which Wine's Schannel lacks");
    TopologyScene scene(m_catalog);
    scene.setPlan(m_demoPlan, u"here"_s);
    scene.setResults(m_demoResult.index(), true);
    const qsizetype all = scene.links().size();
    scene.setProblemsOnly(true);
    QCOMPARE(scene.links().size(), 6); // 3 fail, 3 warn
    for (const LinkItem *link : scene.links())
        QVERIFY(link->state() == VisualState::Fail || link->state() == VisualState::Warn);
    QCOMPARE(scene.worstState(), VisualState::Fail);
    // the view's button does the same
    scene.setProblemsOnly(false);
    QCOMPARE(scene.links().size(), all);
    TopologyView view(&scene);
    view.problemsOnlyButton()->click();
    QVERIFY(scene.problemsOnly());
    QCOMPARE(scene.links().size(), 6);
}

void TestTopologyScene::exports_carryTitleVerdictSiteDateAndLegend()
{
    if (!TopologyScene::canExportSvg())
        QSKIP("no Qt SVG in this build");
    TopologyScene scene(m_catalog);
    scene.setPlan(m_demoPlan, u"here"_s);
    scene.setResults(m_demoResult.index(), true);
    QTemporaryDir dir;
    const QString svg = dir.filePath(u"d.svg"_s);
    const QDateTime date(QDate(2026, 12, 3), QTime(11, 42), Qt::UTC);
    QCOMPARE(scene.exportSvg(svg, DiagramHeader{{}, u"Contoso HQ"_s, date, {}}).error().english(), QString());
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList texts;
    QString title;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"text"_s)
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
        else if (xml.isStartElement() && xml.name() == u"title"_s)
            title = xml.readElementText();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    const QString all = texts.join(u'\n');
    QCOMPARE(title, u"Guardian network paths"_s);
    QVERIFY2(texts.contains(u"Guardian network paths"_s), qPrintable(all));
    QVERIFY2(all.contains(u"3 links fail: the network is not ready for Guardian."_s), qPrintable(all));
    QVERIFY2(all.contains(u"Site: Contoso HQ"_s), qPrintable(all));
    QVERIFY2(all.contains(u"Date: 2026-12-03 11:42 UTC"_s), qPrintable(all));
    for (const VisualState s :
         {VisualState::Fail, VisualState::Warn, VisualState::Pass, VisualState::NotTested})
        QVERIFY2(texts.contains(VerdictStyle::text(s)), qPrintable(VerdictStyle::text(s)));
    QVERIFY(!texts.contains(VerdictStyle::text(VisualState::Running)));

    // The PNG has the header above the drawing: the header's fail badge is in its top band.
    const QString png = dir.filePath(u"d.png"_s);
    QCOMPARE(scene.exportPng(png, DiagramHeader{{}, u"Contoso HQ"_s, date, {}}, 1.0).error().english(),
             QString());
    const QImage image(png);
    QCOMPARE(image.size(), scene.exportSize().toSize());
    const QRgb fail = VerdictStyle::color(VisualState::Fail).rgb();
    bool badge = false;
    for (int y = 0; y < int(scene.headerSize().height()) && !badge; ++y)
        for (int x = 0; x < 80 && !badge; ++x)
            badge = image.pixel(x, y) == fail;
    QVERIFY(badge);
}

void TestTopologyScene::renderWithHeader_fitsTheTarget()
{
    // What the PDF calls: any rectangle, the proportions kept, nothing drawn outside it.
    TopologyScene scene(m_catalog);
    scene.setPlan(m_demoPlan, u"here"_s);
    scene.setVerdicts(computeVerdicts(m_catalog, m_demoPlan, m_demoResult.index()));
    QImage image(800, 1000, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    const QRectF target(50, 100, 700, 800);
    const QRectF painted = scene.renderWithHeader(&painter, target, DiagramHeader{u"Topology"_s, {}, {}, {}});
    painter.end();
    QVERIFY(target.adjusted(-0.5, -0.5, 0.5, 0.5).contains(painted));
    QCOMPARE(painted.topLeft(), target.topLeft());
    QVERIFY(qAbs(painted.width() / painted.height() -
                 scene.exportSize().width() / scene.exportSize().height()) < 0.01);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (!painted.adjusted(-2, -2, 2, 2).contains(QPointF(x, y)))
                QVERIFY2(image.pixel(x, y) == qRgb(255, 255, 255), qPrintable(u"%1,%2"_s.arg(x).arg(y)));
        }
    }
}

QTEST_MAIN(TestTopologyScene)
#include "tst_topologyscene.moc"
