#include "model/catalog/catalogloader.h"
#include "model/plan/plan.h"

#include <QSet>
#include <QTest>

using namespace PortCheck;
using namespace Qt::StringLiterals;

namespace {
// Every component on, one host for every role.
Profile everything(const QStringList &vantage)
{
    Profile p = Profile::defaults(builtinCatalog());
    p.vantage = vantage;
    for (const Component &c : builtinCatalog().components)
        p.components << c.id;
    for (const Role &r : builtinCatalog().roles)
        p.hosts.insert(r.id, {ProfileHost{r.id + u".corp.example"_s, {}}});
    return p;
}

QStringList testableLinks(const Plan &plan)
{
    QStringList links;
    for (const PlanItem &item : plan.items) {
        if (item.testable && !links.contains(item.link))
            links << item.link;
    }
    links.sort();
    return links;
}
} // namespace

class TestPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vantage_decidesWhatIsTestable_data();
    void vantage_decidesWhatIsTestable();
    void portOverride_changesProbedPortOnly();
    void otherModePorts_areAdvisory();
    void endpoints_useCatalogDefaultsWhenNoHostGiven();
    void proxy_carriesHttpAndHttps_notSmtp();
    void missingHosts_areReported();
    void disabledComponent_dropsItsLinks();
    void sameProbeForTwoLinks_runsOnce();
    void probeTargetsOf_oneLinkTestableAndDistinct();
    void manyDomainControllers_planEveryOne();
    void azureSqlPolicy_everyValue_data();
    void azureSqlPolicy_everyValue();
};

void TestPlan::vantage_decidesWhatIsTestable_data()
{
    QTest::addColumn<QString>("vantage");
    QTest::addColumn<QStringList>("links");
    QTest::newRow("guardian-server") << u"guardian-server"_s
                                     << QStringList{u"service-agent-https"_s,   u"service-agent-winrm"_s,
                                                    u"service-cloud-license"_s, u"service-cloud-telemetry"_s,
                                                    u"service-crl-http"_s,      u"service-dc-dns"_s,
                                                    u"service-dc-kerberos"_s,   u"service-dc-ldap"_s,
                                                    u"service-dc-winrm"_s,      u"service-exchange-https"_s,
                                                    u"service-exchange-smtp"_s, u"service-m365-https"_s,
                                                    u"service-share-smb"_s,     u"service-sql-tds"_s};
    QTest::newRow("admin-workstation") << u"admin-workstation"_s << QStringList{u"workstation-portal-web"_s};
    QTest::newRow("ad-connector") << u"ad-connector"_s
                                  << QStringList{u"connector-dc-dns"_s, u"connector-dc-kerberos"_s,
                                                 u"connector-dc-ldap"_s, u"connector-service-web"_s};
    QTest::newRow("recovery-agent") << u"recovery-agent"_s
                                    << QStringList{u"agent-dc-dns"_s,        u"agent-dc-kerberos"_s,
                                                   u"agent-dc-ldap"_s,       u"agent-dc-winrm"_s,
                                                   u"agent-service-https"_s, u"agent-share-smb"_s};
    QTest::newRow("domain-controller") << u"domain-controller"_s << QStringList{};
    QTest::newRow("no vantage") << QString() << QStringList{};
}

void TestPlan::vantage_decidesWhatIsTestable()
{
    QFETCH(QString, vantage);
    QFETCH(QStringList, links);
    const Plan plan =
        buildPlan(builtinCatalog(), everything(vantage.isEmpty() ? QStringList() : QStringList{vantage}));
    QCOMPARE(testableLinks(plan), links);
    // every link is planned, testable or not: 25 links, one host each
    QCOMPARE(plan.items.size(), 25);
    for (const Check &c : plan.checks)
        QCOMPARE(c.testable, c.from == vantage);
}

void TestPlan::portOverride_changesProbedPortOnly()
{
    Profile p = everything({u"guardian-server"_s});
    p.hosts[u"domain-controller"_s] = {ProfileHost{u"127.0.0.1"_s, {{389, 40389}}}};
    const Plan plan = buildPlan(builtinCatalog(), p);
    const auto it = std::find_if(plan.checks.cbegin(), plan.checks.cend(), [](const Check &c) {
        return c.link == u"service-dc-ldap"_s && c.catalogPort == 389;
    });
    QVERIFY(it != plan.checks.cend());
    QCOMPARE(it->port, quint16(40389));
    QCOMPARE(it->probe, ProbeKind::Ldap);
    QCOMPARE(it->id(), u"service-dc-ldap/127.0.0.1/389"_s);
}

void TestPlan::otherModePorts_areAdvisory()
{
    Profile p = everything({u"guardian-server"_s});
    p.options[u"winrm-transport"_s] = u"http-only"_s;
    p.options[u"ldap-mode"_s] = u"ldaps-only"_s;
    const Plan plan = buildPlan(builtinCatalog(), p);
    QMap<quint16, bool> winrm;
    QMap<quint16, bool> ldap;
    for (const Check &c : plan.checks) {
        if (c.link == u"service-dc-winrm"_s)
            winrm.insert(c.catalogPort, c.advisory);
        if (c.link == u"service-dc-ldap"_s)
            ldap.insert(c.catalogPort, c.advisory);
    }
    QCOMPARE(winrm, (QMap<quint16, bool>{{5985, false}, {5986, true}}));
    QCOMPARE(ldap, (QMap<quint16, bool>{{389, true}, {3268, true}, {636, false}, {3269, false}}));
}

void TestPlan::endpoints_useCatalogDefaultsWhenNoHostGiven()
{
    Profile p = Profile::defaults(builtinCatalog());
    p.vantage = {u"guardian-server"_s};
    p.components << u"microsoft-365"_s;
    const auto hostsOf = [](const Plan &plan, const QString &link) {
        QSet<QString> hosts;
        for (const Check &c : plan.checks) {
            if (c.link == link)
                hosts.insert(c.host + u':' + QString::number(c.port) + u'/' + probeKindId(c.probe));
        }
        return hosts;
    };
    const Plan plan = buildPlan(builtinCatalog(), p);
    const QSet<QString> m365 = hostsOf(plan, u"service-m365-https"_s);
    // Set 56's names, and set 59's wildcards through their concrete names; never a wildcard.
    for (const char16_t *name : {u"login.microsoftonline.com:443/https", u"graph.microsoft.com:443/https",
                                 u"login.windows.net:443/https", u"aadcdn.msauth.net:443/https"})
        QVERIFY2(m365.contains(QString::fromUtf16(name)), qPrintable(QString::fromUtf16(name)));
    for (const QString &h : m365)
        QVERIFY2(!h.contains(u'*'), qPrintable(h));
    QCOMPARE(hostsOf(plan, u"service-exchange-https"_s),
             (QSet<QString>{u"outlook.office.com:443/https"_s, u"outlook.office365.com:443/https"_s}));
    QCOMPARE(hostsOf(plan, u"service-exchange-smtp"_s), QSet<QString>{u"smtp.office365.com:587/tcp"_s});
    const QSet<QString> crl = hostsOf(plan, u"service-crl-http"_s);
    QVERIFY(crl.contains(u"crl3.digicert.com:80/http"_s));
    QVERIFY(crl.contains(u"crl.entrust.net:80/http"_s)); // *.entrust.net, through one name of it

    // Another Microsoft cloud, other names.
    p.options.insert(u"cloud"_s, u"gcc-high"_s);
    const Plan gcc = buildPlan(builtinCatalog(), p);
    QCOMPARE(hostsOf(gcc, u"service-m365-https"_s),
             (QSet<QString>{u"login.microsoftonline.us:443/https"_s, u"graph.microsoft.us:443/https"_s}));
    QCOMPARE(hostsOf(gcc, u"service-exchange-https"_s), QSet<QString>{u"outlook.office365.us:443/https"_s});
    QCOMPARE(hostsOf(gcc, u"service-exchange-smtp"_s), QSet<QString>{u"smtp.office365.us:587/tcp"_s});
    // No SMTP name is known for DoD: the optional link has no host, and says so.
    p.options.insert(u"cloud"_s, u"dod"_s);
    const Plan dod = buildPlan(builtinCatalog(), p);
    QVERIFY(hostsOf(dod, u"service-exchange-smtp"_s).isEmpty());
    QVERIFY(dod.rolesWithoutHosts.contains(u"exchange-smtp"_s));
    QCOMPARE(hostsOf(dod, u"service-m365-https"_s),
             (QSet<QString>{u"login.microsoftonline.us:443/https"_s, u"dod-graph.microsoft.us:443/https"_s}));

    // Names the user gives replace the published ones.
    p.hosts.insert(u"microsoft-365"_s, {ProfileHost{u"login.corp.example"_s, {}}});
    QCOMPARE(hostsOf(buildPlan(builtinCatalog(), p), u"service-m365-https"_s),
             QSet<QString>{u"login.corp.example:443/https"_s});
}

// Through a proxy, CRL and OCSP fetches (plain HTTP) go to the proxy as Windows sends them, with a
// direct twin beside them; SMTP cannot pass an HTTP proxy.
void TestPlan::proxy_carriesHttpAndHttps_notSmtp()
{
    Profile p = Profile::defaults(builtinCatalog());
    p.vantage = {u"guardian-server"_s};
    p.components << u"microsoft-365"_s;
    p.proxy = u"http://proxy.corp.example:3128"_s;
    const Plan plan = buildPlan(builtinCatalog(), p);
    QMap<QString, QSet<QString>> paths; // link -> how its checks go
    for (const Check &c : plan.checks) {
        if (c.host == u"crl3.digicert.com"_s || c.host == u"graph.microsoft.com"_s ||
            c.host == u"smtp.office365.com"_s)
            paths[c.link].insert(c.via.isEmpty() ? u"direct"_s + (c.advisory ? u"/advisory"_s : QString())
                                                 : c.via);
    }
    QCOMPARE(paths.value(u"service-crl-http"_s),
             (QSet<QString>{u"http://proxy.corp.example:3128"_s, u"direct/advisory"_s}));
    QCOMPARE(paths.value(u"service-m365-https"_s),
             (QSet<QString>{u"http://proxy.corp.example:3128"_s, u"direct/advisory"_s}));
    QCOMPARE(paths.value(u"service-exchange-smtp"_s), QSet<QString>{u"direct"_s});
}

void TestPlan::missingHosts_areReported()
{
    Profile p = Profile::defaults(builtinCatalog());
    p.vantage = {u"guardian-server"_s};
    const Plan plan = buildPlan(builtinCatalog(), p);
    QVERIFY(plan.rolesWithoutHosts.contains(u"domain-controller"_s));
    QVERIFY(plan.rolesWithoutHosts.contains(u"file-share"_s));
    QVERIFY(!plan.rolesWithoutHosts.contains(u"cayosoft-cloud"_s)); // the catalog knows its endpoint
}

void TestPlan::disabledComponent_dropsItsLinks()
{
    Profile p = everything({u"guardian-server"_s});
    p.components = {u"guardian-service"_s};
    p.options[u"licensing"_s] = u"offline"_s;
    const Plan plan = buildPlan(builtinCatalog(), p);
    QSet<QString> links;
    for (const PlanItem &item : plan.items)
        links.insert(item.link);
    QCOMPARE(links, (QSet<QString>{u"service-dc-ldap"_s, u"service-dc-winrm"_s, u"service-dc-kerberos"_s,
                                   u"service-dc-dns"_s, u"service-share-smb"_s}));
}

void TestPlan::sameProbeForTwoLinks_runsOnce()
{
    Profile p = everything({u"guardian-server"_s, u"ad-connector"_s});
    const Plan plan = buildPlan(builtinCatalog(), p);
    const QList<ProbeTarget> targets = plan.probeTargets();
    QSet<QString> keys;
    for (const ProbeTarget &t : targets)
        keys.insert(t.key());
    QCOMPARE(keys.size(), targets.size());
    // service-dc-ldap and connector-dc-ldap both need LDAP 389 on the DC: one probe
    const QString dcLdap = ProbeTarget::probeKey(u"domain-controller.corp.example"_s, 389, ProbeKind::Ldap);
    QVERIFY(keys.contains(dcLdap));
    int checksOnIt = 0;
    for (const Check &c : plan.checks)
        checksOnIt += c.testable && c.probeKey() == dcLdap ? 1 : 0;
    QCOMPARE(checksOnIt, 2);
}

void TestPlan::probeTargetsOf_oneLinkTestableAndDistinct()
{
    // Two DCs: a re-test of one link toward one DC probes that DC only; without a host, both.
    Profile p = everything({u"guardian-server"_s});
    p.hosts.insert(u"domain-controller"_s,
                   {ProfileHost{u"dc1.corp.example"_s, {}}, ProfileHost{u"dc2.corp.example"_s, {}}});
    const Plan plan = buildPlan(builtinCatalog(), p);
    const QString link = u"service-dc-ldap"_s;
    QSet<QString> expected;
    QSet<QString> expectedDc1;
    for (const PlanItem &item : plan.items) {
        if (item.link != link)
            continue;
        for (const int i : item.checks) {
            const Check &c = plan.checks.at(i);
            if (!c.testable)
                continue;
            expected.insert(c.probeKey());
            if (c.host == u"dc1.corp.example"_s)
                expectedDc1.insert(c.probeKey());
        }
    }
    QVERIFY(!expectedDc1.isEmpty());
    QVERIFY(expectedDc1.size() < expected.size());
    const auto keysOf = [](const QList<ProbeTarget> &targets) {
        QSet<QString> keys;
        for (const ProbeTarget &t : targets)
            keys.insert(t.key());
        return keys;
    };
    const QList<ProbeTarget> all = plan.probeTargetsOf(link);
    QCOMPARE(keysOf(all), expected);
    QCOMPARE(qsizetype(keysOf(all).size()), all.size()); // each probe once
    const QList<ProbeTarget> dc1 = plan.probeTargetsOf(link, u"dc1.corp.example"_s);
    QCOMPARE(keysOf(dc1), expectedDc1);
    for (const ProbeTarget &t : dc1)
        QCOMPARE(t.host, u"dc1.corp.example"_s);
    // A link that starts on another machine has nothing to run from here.
    Profile elsewhere = everything({u"recovery-agent"_s});
    const Plan other = buildPlan(builtinCatalog(), elsewhere);
    QVERIFY(other.probeTargetsOf(link).isEmpty());
    QVERIFY(plan.probeTargetsOf(u"no-such-link"_s).isEmpty());
}

void TestPlan::manyDomainControllers_planEveryOne()
{
    Profile p = Profile::defaults(builtinCatalog());
    p.vantage = {u"guardian-server"_s};
    QList<ProfileHost> dcs;
    for (int i = 0; i < 500; ++i)
        dcs.append({u"dc"_s + QString::number(i) + u".corp.example"_s, {}});
    p.hosts.insert(u"domain-controller"_s, dcs);
    p.hosts.insert(u"file-share"_s, {ProfileHost{u"fs1"_s, {}}});
    const Plan plan = buildPlan(builtinCatalog(), p);
    // per DC: LDAP (389, 3268, 636, 3269) + WinRM (5985, 5986) + Kerberos (88) + DNS (53) = 8 checks,
    // 4 items
    int dcItems = 0;
    for (const PlanItem &item : plan.items)
        dcItems += item.host.startsWith(u"dc"_s) ? 1 : 0;
    QCOMPARE(dcItems, 2000);
    QCOMPARE(plan.probeTargets().size(), 500 * 8 + 2 + 1);
}

// Each connection policy and where Guardian runs: the ports the link needs (only 1433 is probed;
// the ranges used after login are listed), never through the proxy, with the region's tag.
void TestPlan::azureSqlPolicy_everyValue_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("ports");
    QTest::addColumn<bool>("serviceTag");
    QTest::newRow("default, outside Azure") << u"default"_s << u"outside"_s << u"1433"_s << true;
    QTest::newRow("default, inside Azure") << u"default"_s << u"inside"_s << u"1433 11000-11999"_s << true;
    QTest::newRow("proxy, inside Azure") << u"proxy"_s << u"inside"_s << u"1433"_s << true;
    QTest::newRow("redirect, outside Azure")
        << u"redirect"_s << u"outside"_s << u"1433 11000-11999"_s << true;
    QTest::newRow("private-link") << u"private-link"_s << u"outside"_s << u"1433"_s << false;
    QTest::newRow("private-link-redirect")
        << u"private-link-redirect"_s << u"inside"_s << u"1433 1433-65535"_s << false;
}

void TestPlan::azureSqlPolicy_everyValue()
{
    QFETCH(QString, policy);
    QFETCH(QString, where);
    QFETCH(QString, ports);
    QFETCH(bool, serviceTag);
    Profile p = everything({u"guardian-server"_s});
    p.options[u"azure-sql-policy"_s] = policy;
    p.options[u"guardian-in-azure"_s] = where;
    p.proxy = u"http://proxy.corp.example:3128"_s;
    const Plan plan = buildPlan(builtinCatalog(), p);
    const auto item = std::find_if(plan.items.cbegin(), plan.items.cend(),
                                   [](const PlanItem &i) { return i.link == u"service-sql-tds"_s; });
    QVERIFY(item != plan.items.cend());
    QStringList leaves;
    for (const Requirement *leaf : item->requirement().leaves())
        leaves << leaf->portText();
    QCOMPARE(leaves.join(u' '), ports);
    QCOMPARE(item->checks.size(), 1);
    const Check &c = plan.checks.at(item->checks.at(0));
    QCOMPARE(c.port, quint16(1433));
    QCOMPARE(c.probe, ProbeKind::Tds);
    QVERIFY(c.via.isEmpty()); // TDS cannot pass an HTTP proxy
    const Link *link = builtinCatalog().link(u"service-sql-tds"_s);
    QCOMPARE(link->serviceTag, u"Sql"_s);
    QCOMPARE(guardMatches(link->serviceTagWhen, plan.options), serviceTag);
}

QTEST_GUILESS_MAIN(TestPlan)
#include "tst_plan.moc"
