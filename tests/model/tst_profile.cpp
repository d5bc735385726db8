#include "model/catalog/catalogloader.h"
#include "model/plan/plan.h"
#include "model/profile/profile.h"
#include "tests/testutil.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace PortCheck;
using namespace Qt::StringLiterals;
using PortCheck::Test::missingDiagnostic;
using PortCheck::Test::stripMarker;

class TestProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void load_fullProfile();
    void sourceNetworks_keptAsWritten();
    void invalid_reportsLineAndColumn_data();
    void invalid_reportsLineAndColumn();
    void invalid_everyProblemAtOnce();
    void roundTrip_exact_data();
    void roundTrip_exact();
    void save_isAtomicAndReportsErrors();
    void effective_fillsDefaultsAndAlwaysComponents();
};

namespace {
Profile richProfile()
{
    Profile p;
    p.name = u"Contoso: \"pre-install\" #1"_s;
    p.vantage = {u"guardian-server"_s, u"recovery-agent"_s};
    p.components = {u"guardian-service"_s, u"forest-recovery"_s, u"azure-sql"_s};
    p.options = {{u"ldap-mode"_s, u"ldaps-only"_s}, {u"winrm-transport"_s, u"http-only"_s}};
    p.hosts.insert(u"domain-controller"_s,
                   {ProfileHost{u"dc1.corp.example"_s, {}},
                    ProfileHost{u"10.0.0.5"_s, {{389, 1389}, {636, 1636}}}, ProfileHost{u"2001:db8::5"_s, {}},
                    ProfileHost{u"127.0.0.2"_s, {{389, 43595}}, true}});
    p.hosts.insert(u"azure-sql"_s, {ProfileHost{u"contoso.database.windows.net"_s, {}}});
    p.domain = u"corp.example"_s;
    p.site = u"Default-First-Site-Name"_s;
    p.nameserver = u"127.0.0.53"_s;
    p.connectTimeoutMs = 2500;
    p.protocolTimeoutMs = 4000;
    p.concurrency = 64;
    p.perHostLimit = 4;
    p.change = {u"CHG0012345"_s, u"Jana Nováková: \"Identity team\""_s, u"Network CAB #7"_s};
    p.sourceNetworks.insert(u"admin-workstation"_s,
                            {u"10.20.0.0/24"_s, u"2001:db8:20::/64"_s, u"10.21.0.7"_s, u"10.22.0.9/16"_s});
    p.sourceNetworks.insert(u"ad-connector"_s, {u"fd00::42"_s});
    return p;
}
} // namespace

void TestProfile::load_fullProfile()
{
    Profile p;
    const QString path = qEnvironmentVariable("PORTCHECK_SOURCE_DIR") + u"/examples/contoso.yaml"_s;
    const Diagnostics problems = loadProfileFile(path, builtinCatalog(), &p);
    QVERIFY2(problems.isEmpty(), qPrintable(formatDiagnostics(problems)));
    QCOMPARE(p.vantage, QStringList{u"guardian-server"_s});
    QCOMPARE(p.hosts.value(u"domain-controller"_s).size(), 2);
    QCOMPARE(p.hosts.value(u"domain-controller"_s).first().host, u"dc1.corp.example"_s);
    QCOMPARE(p.options.value(u"winrm-transport"_s), u"auto-https"_s);
    QCOMPARE(p.domain, u"corp.example"_s);
    QCOMPARE(p.connectTimeoutMs, 3000);
}

// The firewall request copies them into the source address column: what the user typed, in
// their order, not Qt's normal form (10.22.0.9/16 stays; 10.22.0.0/16 is not what they wrote).
void TestProfile::sourceNetworks_keptAsWritten()
{
    const QByteArray yaml = "profile: 1\n"
                            "source-networks:\n"
                            "  admin-workstation: [10.20.0.0/24, \"2001:db8:20::/64\", 10.22.0.9/16]\n"
                            "  ad-connector:\n"
                            "    - 2001:db8:30::7\n"
                            "    - ' 10.30.0.0/16 '\n"
                            "  recovery-agent: []\n";
    Profile p;
    const Diagnostics problems = loadProfile(yaml, u"p.yaml"_s, builtinCatalog(), &p);
    QVERIFY2(problems.isEmpty(), qPrintable(formatDiagnostics(problems)));
    QCOMPARE(p.sourceNetworks.keys(), (QStringList{u"ad-connector"_s, u"admin-workstation"_s}));
    QCOMPARE(p.sourceNetworks.value(u"admin-workstation"_s),
             (QStringList{u"10.20.0.0/24"_s, u"2001:db8:20::/64"_s, u"10.22.0.9/16"_s}));
    QCOMPARE(p.sourceNetworks.value(u"ad-connector"_s),
             (QStringList{u"2001:db8:30::7"_s, u"10.30.0.0/16"_s}));
    // A profile the wizard saves keeps them.
    Profile saved;
    QVERIFY(loadProfile(profileToYaml(p), u"saved.yaml"_s, builtinCatalog(), &saved).isEmpty());
    QCOMPARE(saved.sourceNetworks, p.sourceNetworks);
    QVERIFY(saved == p);
    saved.sourceNetworks[u"admin-workstation"_s].removeLast();
    QVERIFY(saved != p);
    // The plan carries them to the run and the request.
    QCOMPARE(buildPlan(builtinCatalog(), p).sourceNetworks, p.sourceNetworks);
}

void TestProfile::invalid_reportsLineAndColumn_data()
{
    QTest::addColumn<QString>("marked");
    QTest::addColumn<QString>("message");

    QTest::newRow("yaml syntax") << u"vantage: [a\nhosts§: {"_s << u"YAML syntax error"_s;
    QTest::newRow("not a mapping") << u"§just text"_s << u"must be a mapping"_s;
    QTest::newRow("unknown key") << u"profile: 1\n§colour: red\n"_s
                                 << u"unknown key 'colour' in the profile"_s;
    QTest::newRow("version") << u"profile: §7\n"_s << u"unsupported profile version '7', expected 1"_s;
    QTest::newRow("unknown vantage role")
        << u"vantage: [guardian-server, §toaster]\n"_s << u"unknown role 'toaster' in 'vantage'"_s;
    QTest::newRow("unknown component")
        << u"components: [web-portal, §jukebox]\n"_s << u"unknown component 'jukebox'"_s;
    QTest::newRow("ticket with a line break")
        << u"ticket: §\"CHG1\\nCHG2\"\n"_s << u"'ticket' is not one line of text"_s;
    QTest::newRow("approver too long")
        << u"approver: §"_s + QString(201, u'x') + u"\n"_s << u"'approver' is longer than 200 characters"_s;
    QTest::newRow("requester not text") << u"requester: §[a, b]\n"_s << u"'requester'"_s;
    QTest::newRow("unknown option") << u"options:\n  §speed: fast\n"_s << u"unknown option 'speed'"_s;
    QTest::newRow("bad option value")
        << u"options:\n  ldap-mode: §ldaps\n"_s
        << u"option 'ldap-mode' has no value 'ldaps', expected one of: default, ldaps-only"_s;
    QTest::newRow("unknown host role")
        << u"hosts:\n  §printer: [p1]\n"_s << u"unknown role 'printer' in 'hosts'"_s;
    QTest::newRow("hosts not a list") << u"hosts:\n  domain-controller: §dc1\n"_s << u"must be a list"_s;
    QTest::newRow("bad host") << u"hosts:\n  domain-controller: [dc1, §dc_2]\n"_s
                              << u"bad host: 'dc_2' contains '_'"_s;
    QTest::newRow("host with port") << u"hosts:\n  domain-controller: [§dc1:389]\n"_s
                                    << u"give per-host ports as overrides"_s;
    QTest::newRow("duplicate host") << u"hosts:\n  domain-controller: [dc1, §DC1]\n"_s << u"listed twice"_s;
    QTest::newRow("host entry without host")
        << u"hosts:\n  domain-controller:\n    - §ports: {389: 1389}\n"_s << u"lacks the key 'host'"_s;
    QTest::newRow("unknown host key")
        << u"hosts:\n  domain-controller:\n    - host: dc1\n      §port: 389\n"_s
        << u"unknown key 'port' in a host"_s;
    QTest::newRow("bad override port")
        << u"hosts:\n  domain-controller:\n    - {host: dc1, ports: {389: §0}}\n"_s
        << u"bad override port '0'"_s;
    QTest::newRow("bad catalog port")
        << u"hosts:\n  domain-controller:\n    - {host: dc1, ports: {§ldap: 1389}}\n"_s
        << u"bad catalog port 'ldap'"_s;
    QTest::newRow("stand-in not a flag")
        << u"hosts:\n  domain-controller:\n    - {host: dc1, ports: {389: 1389}, stand-in: §maybe}\n"_s
        << u"'stand-in'"_s;
    QTest::newRow("timeout too small")
        << u"timeouts:\n  connect-ms: §5\n"_s << u"from 100 to 120000, found '5'"_s;
    QTest::newRow("timeout not a number") << u"timeouts:\n  protocol-ms: §soon\n"_s << u"found 'soon'"_s;
    QTest::newRow("concurrency zero")
        << u"concurrency: {global: §0}\n"_s << u"'global' must be a whole number"_s;
    QTest::newRow("per-host too big") << u"concurrency: {per-host: §1000}\n"_s << u"from 1 to 256"_s;
    QTest::newRow("nameserver ipv6") << u"discovery: {nameserver: §'::1'}\n"_s
                                     << u"expected an IPv4 address"_s;
    QTest::newRow("nameserver with port")
        << u"discovery: {nameserver: §'127.0.0.1:53'}\n"_s << u"expected an IPv4 address"_s;
    QTest::newRow("bad domain") << u"discovery: {domain: §'corp..example'}\n"_s << u"bad domain"_s;
    QTest::newRow("unknown discovery key") << u"discovery: {§forest: x}\n"_s << u"unknown key 'forest'"_s;
    QTest::newRow("proxy without port") << u"proxy: §http://proxy.corp.example\n"_s << u"has no port"_s;
    QTest::newRow("proxy with credentials")
        << u"proxy: §http://me:secret@proxy.corp.example:8080\n"_s << u"holds credentials"_s;
    QTest::newRow("socks proxy") << u"proxy: §socks5://p:1080\n"_s << u"only an HTTP proxy"_s;

    QTest::newRow("source-networks: unknown role")
        << u"source-networks:\n  §toaster: [10.0.0.0/8]\n"_s
        << u"unknown role 'toaster' in 'source-networks', expected one of: guardian-server"_s;
    QTest::newRow("source-networks: prefix too long")
        << u"source-networks:\n  admin-workstation: [10.20.0.0/24, §10.21.0.0/33]\n"_s
        << u"bad network '10.21.0.0/33' for role 'admin-workstation', expected a CIDR"_s;
    QTest::newRow("source-networks: IPv6 prefix too long")
        << u"source-networks:\n  admin-workstation: [§'2001:db8::/129']\n"_s
        << u"bad network '2001:db8::/129'"_s;
    QTest::newRow("source-networks: inet_aton's short form")
        << u"source-networks:\n  admin-workstation:\n    - §10.20/16\n"_s << u"bad network '10.20/16'"_s;
    QTest::newRow("source-networks: a short address")
        << u"source-networks:\n  admin-workstation: [§10.20]\n"_s << u"bad network '10.20'"_s;
    QTest::newRow("source-networks: a prefix without address")
        << u"source-networks:\n  admin-workstation: [§/24]\n"_s << u"bad network '/24'"_s;
    QTest::newRow("source-networks: a netmask")
        << u"source-networks:\n  admin-workstation: [§10.0.0.0/255.0.0.0]\n"_s << u"bad network"_s;
    QTest::newRow("source-networks: a name")
        << u"source-networks:\n  admin-workstation: [§workstations.corp.example]\n"_s << u"bad network"_s;
    QTest::newRow("source-networks: a scope")
        << u"source-networks:\n  admin-workstation: [§'fe80::1%eth0']\n"_s << u"bad network"_s;
    QTest::newRow("source-networks: twice")
        << u"source-networks:\n  admin-workstation: [10.0.0.0/8, §10.0.0.0/8]\n"_s
        << u"network '10.0.0.0/8' is listed twice for role 'admin-workstation'"_s;
    QTest::newRow("source-networks: not a list")
        << u"source-networks:\n  admin-workstation: §10.0.0.0/8\n"_s << u"must be a list"_s;
    QTest::newRow("source-networks: not a mapping")
        << u"source-networks: §[10.0.0.0/8]\n"_s << u"'source-networks'"_s;
    QString many = u"source-networks:\n  admin-workstation: §["_s;
    for (int i = 0; i < 65; ++i)
        many += (i ? u", 10.0."_s : u"10.0."_s) + QString::number(i) + u".0/24"_s;
    QTest::newRow("source-networks: 65 networks")
        << many + u"]\n"_s << u"role 'admin-workstation' has 65 networks in 'source-networks', at most 64"_s;
}

void TestProfile::invalid_reportsLineAndColumn()
{
    QFETCH(QString, marked);
    QFETCH(QString, message);
    int line = 0;
    int column = 0;
    const QByteArray yaml = stripMarker(marked, &line, &column);
    Profile p;
    p.name = u"untouched"_s;
    const Diagnostics problems = loadProfile(yaml, u"p.yaml"_s, builtinCatalog(), &p);
    const QString missing = missingDiagnostic(problems, u"p.yaml"_s, line, column, message);
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
    QCOMPARE(p.name, u"untouched"_s); // a broken file changes nothing
}

void TestProfile::invalid_everyProblemAtOnce()
{
    const QByteArray yaml =
        "vantage: [toaster]\noptions: {ldap-mode: x}\nhosts:\n  domain-controller: [a..b]\n";
    Profile p;
    const Diagnostics problems = loadProfile(yaml, u"p.yaml"_s, builtinCatalog(), &p);
    QCOMPARE(problems.size(), 3);
    QVERIFY(problems.at(0).toString().startsWith(u"p.yaml:1:11: unknown role 'toaster'"_s));
    QVERIFY(problems.at(1).toString().startsWith(u"p.yaml:2:22: option 'ldap-mode' has no value 'x'"_s));
    QVERIFY(problems.at(2).toString().startsWith(u"p.yaml:4:23: bad host"_s));
}

void TestProfile::roundTrip_exact_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("everything set") << 0;
    QTest::newRow("catalog defaults") << 1;
    QTest::newRow("empty") << 2;
}

void TestProfile::roundTrip_exact()
{
    QFETCH(int, which);
    const Profile original = which == 0   ? richProfile()
                             : which == 1 ? Profile::defaults(builtinCatalog())
                                          : Profile();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"profile.yaml"_s);
    QCOMPARE(saveProfileFile(original, path).error().english(), QString());
    Profile loaded;
    const Diagnostics problems = loadProfileFile(path, builtinCatalog(), &loaded);
    QVERIFY2(problems.isEmpty(), qPrintable(formatDiagnostics(problems)));
    QVERIFY(loaded == original);
    // and the text is stable: saving what was loaded writes the same bytes
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(profileToYaml(loaded), file.readAll());
}

void TestProfile::save_isAtomicAndReportsErrors()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.yaml"_s);
    QCOMPARE(saveProfileFile(richProfile(), path).error().english(), QString());
    QCOMPARE(dir.path().size() > 0, true);
    // no temporary file is left beside it
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"p.yaml"_s});
    const QString error =
        saveProfileFile(richProfile(), dir.filePath(u"missing/dir/p.yaml"_s)).error().english();
    QVERIFY(error.startsWith(u"cannot write "_s));
}

void TestProfile::effective_fillsDefaultsAndAlwaysComponents()
{
    Profile p;
    p.options.insert(u"ldap-mode"_s, u"ldaps-only"_s);
    const OptionValues o = p.effectiveOptions(builtinCatalog());
    QCOMPARE(o.value(u"ldap-mode"_s), u"ldaps-only"_s);
    QCOMPARE(o.value(u"winrm-transport"_s), u"auto-https"_s);
    QCOMPARE(p.effectiveComponents(builtinCatalog()), QStringList{u"guardian-service"_s});
}

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
