#include "catalog/catalogloader.h"
#include "demo/demosite.h"
#include "diagramitems.h"
#include "run/planrun.h"
#include "testutil.h"
#include "topologyscene.h"
#include "topologyview.h"
#include "translations.h"

#include <QFile>
#include <QImage>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
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
    void click_selectsTheLink_doubleClickAsksForARetest();
    void exports_pngAndSvg();
    void view_zoomIsClamped();
    void toolTips_showMarkupLiterally();

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
    QCOMPARE(site.start(), QString());
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
        ProbeResult r;
        r.host = c.host;
        r.port = c.port;
        r.kind = c.probe;
        const bool broken = c.host == u"dc3.corp.invalid"_s || c.host == u"dc9.corp.invalid"_s;
        r.state = broken ? ProbeState::Refused : ProbeState::Open;
        r.service = broken ? ServiceState::NotProbed : ServiceState::Identified;
        results.insert(c.probeKey(), r);
    }
    scene.setResults(results, true);
    QVERIFY2(group->detail().startsWith(u"30 hosts, 2 failing"_s), qPrintable(group->detail()));
    QCOMPARE(ldap->state(), VisualState::Fail);

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
    QCOMPARE(scene.exportPng(png), QString());
    if (TopologyScene::canExportSvg()) {
        QCOMPARE(scene.exportSvg(svg), QString());
    } else {
        // A build without Qt SVG says so, names the file and writes nothing.
        QVERIFY(scene.exportSvg(svg).contains(svg));
        QVERIFY(!QFile::exists(svg));
    }
    const QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), (scene.contentRect().size() * 2).toSize());
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

QTEST_MAIN(TestTopologyScene)
#include "tst_topologyscene.moc"
