#include "model/catalog/azureservicetags.h"
#include "model/catalog/catalogloader.h"
#include "model/export/firewallrequest.h"
#include "model/plan/plan.h"
#include "model/verdict/verdict.h"
#include "tests/testutil.h"

#include <QSet>
#include <QTest>

using namespace PortCheck;
using PortCheck::Test::missingDiagnostic;
using PortCheck::Test::stripMarker;
using namespace Qt::StringLiterals;

namespace {

// A small valid catalog; rows append a link body or replace a section to break one thing.
QString header()
{
    return u"catalog: {id: t, version: \"1\"}\n"
           u"sources: [{id: s1, title: S}]\n"
           u"roles: [{id: a, name: A}, {id: b, name: B}]\n"
           u"options:\n"
           u"  - id: mode\n"
           u"    default: x\n"
           u"    values: [{id: x}, {id: y}]\n"
           u"components: [{id: core, always: true}]\n"
           u"probes:\n"
           u"  ldap: {refused: \"r\"}\n"_s;
}

QString withLink(const QString &body)
{
    return header() + u"links:\n  - id: l1\n"_s + body;
}

QString goodLink()
{
    return u"    from: a\n    to: b\n    component: core\n    sources: [s1]\n"_s;
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtin_loadsWithoutProblems();
    void builtin_coversEveryRequirementRow_data();
    void builtin_coversEveryRequirementRow();
    void builtin_everyLinkCitesASourceOrIsInferred();
    void builtin_everyProbedKindHasRemediation();
    void builtin_optionsHaveTheirDefaults();
    void invalid_reportsLineAndColumn_data();
    void invalid_reportsLineAndColumn();
    void invalid_reportsEveryProblemAtOnce();
    void missingFile_saysSo();
    void aliasBomb_isRefusedByExpandedSize();
    void deepNesting_isRefused();
    void remediation_fillsPlaceholders();
    void builtin_remediationIsAdvice_data();
    void builtin_remediationIsAdvice();
    void firewallRules_followEveryModeValue_data();
    void firewallRules_followEveryModeValue();
    void builtin_linksAlongOnePathReadApart();
    void tlsErrors_isFailOrWarn();
    void serviceTags_readsMicrosoftsFile();
    void serviceTags_errorsSayWhatAndWhere_data();
    void serviceTags_errorsSayWhatAndWhere();
};

void TestCatalog::builtin_loadsWithoutProblems()
{
    Catalog c;
    const Diagnostics problems = loadCatalogFile(u":/catalog/guardian.yaml"_s, &c);
    QVERIFY2(problems.isEmpty(), qPrintable(formatDiagnostics(problems)));
    QCOMPARE(builtinCatalog().id, u"guardian"_s);
    QVERIFY(builtinCatalog().origin.startsWith(u"builtin:guardian@"_s));
    QCOMPARE(builtinCatalog().roles.size(), 13);
    QCOMPARE(builtinCatalog().components.size(), 7);
    QVERIFY(builtinCatalog().component(u"guardian-service"_s)->always);
}

void TestCatalog::builtin_coversEveryRequirementRow_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("port");
    // Every row of shared/requirements/guardian-network.md "Links", port by port.
    const struct
    {
        const char16_t *from, *to, *ports;
    } rows[] = {
        {u"guardian-server", u"domain-controller", u"389 3268 636 3269 5985 5986"},
        {u"guardian-server", u"file-share", u"445 139"},
        {u"guardian-server", u"cayosoft-cloud", u"443"},
        {u"admin-workstation", u"web-portal", u"80 443"},
        {u"ad-connector", u"guardian-server", u"80 443"},
        {u"ad-connector", u"domain-controller", u"389 3268"},
        {u"guardian-server", u"recovery-agent", u"5985 5986 443"},
        {u"recovery-agent", u"guardian-server", u"443"},
        {u"recovery-agent", u"file-share", u"445 139"},
        {u"recovery-agent", u"domain-controller", u"5985 5986 389 636"},
        {u"guardian-server", u"microsoft-365", u"443"},
        {u"guardian-server", u"azure-sql", u"1433 11000-11999 1433-65535"},
    };
    for (const auto &row : rows) {
        for (const QString &port : QString::fromUtf16(row.ports).split(u' ')) {
            const QString name =
                QString::fromUtf16(row.from) + u" -> "_s + QString::fromUtf16(row.to) + u' ' + port;
            QTest::newRow(qPrintable(name))
                << QString::fromUtf16(row.from) << QString::fromUtf16(row.to) << port;
        }
    }
}

void TestCatalog::builtin_coversEveryRequirementRow()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, port);
    const QList<FirewallRule> rules = firewallRules(builtinCatalog());
    const bool found = std::any_of(rules.cbegin(), rules.cend(), [&](const FirewallRule &r) {
        return r.fromId == from && r.toId == to && r.port == port && !r.sources.isEmpty();
    });
    QVERIFY(found);
}

void TestCatalog::builtin_everyLinkCitesASourceOrIsInferred()
{
    for (const Link &link : builtinCatalog().links) {
        QVERIFY2(!link.sources.isEmpty() || link.inferred, qPrintable(link.id));
        QVERIFY2(!link.purpose.isEmpty(), qPrintable(link.id));
    }
    // Every source is a published page the report links to: a board clicks through to it.
    for (const Source &source : builtinCatalog().sources)
        QVERIFY2(source.url.startsWith(u"https://"_s), qPrintable(source.id));
    // The requirements say the AD connector's LDAP ports are inferred.
    QVERIFY(builtinCatalog().link(u"connector-dc-ldap"_s)->inferred);
    // Each port cites the documents that state it: LDAPS only the newer ports page, 389 both.
    for (const FirewallRule &r : firewallRules(builtinCatalog())) {
        if (r.link != u"service-dc-ldap"_s)
            continue;
        if (r.port == u"636"_s || r.port == u"3269"_s)
            QCOMPARE(r.sourceIds, u"ports-v2"_s);
        else
            QCOMPARE(r.sourceIds, u"ports-v1, ports-v2"_s);
    }
}

void TestCatalog::builtin_everyProbedKindHasRemediation()
{
    const Catalog &c = builtinCatalog();
    for (const Link &link : c.links) {
        for (const Requirement *leaf : link.requirement.leaves()) {
            if (leaf->isInformational())
                continue;
            for (const QString &failure : {u"refused"_s, u"filtered"_s}) {
                const QString text =
                    c.remediationFor(link, leaf->probe, failure, leaf->port, u"h"_s).english();
                QVERIFY2(!text.isEmpty() && !text.contains(u'{'),
                         qPrintable(link.id + u' ' + probeKindId(leaf->probe) + u' ' + failure));
            }
        }
    }
}

void TestCatalog::builtin_optionsHaveTheirDefaults()
{
    const OptionValues d = builtinCatalog().defaultOptions();
    QCOMPARE(d.value(u"ldap-mode"_s), u"default"_s);
    QCOMPARE(d.value(u"agent-ldap-mode"_s), u"ldap"_s);
    QCOMPARE(d.value(u"azure-sql-policy"_s), u"default"_s);
    QCOMPARE(d.value(u"guardian-in-azure"_s), u"outside"_s);
    // The ids of earlier catalogs stay valid.
    for (const char16_t *id : {u"proxy", u"redirect", u"default", u"private-link", u"private-link-redirect"})
        QVERIFY(builtinCatalog().option(u"azure-sql-policy"_s)->value(QString::fromUtf16(id)));
    QVERIFY(builtinCatalog().option(u"winrm-transport"_s)->values.size() == 4);
}

void TestCatalog::invalid_reportsLineAndColumn_data()
{
    QTest::addColumn<QString>("marked");
    QTest::addColumn<QString>("message");

    const QString link = goodLink();
    QTest::newRow("yaml syntax") << u"catalog: {id: t\nroles§: ["_s << u"YAML syntax error"_s;
    QTest::newRow("root not a mapping") << u"§- a\n- b\n"_s << u"must be a mapping"_s;
    QTest::newRow("unknown top-level key")
        << header() + u"§colour: red\nlinks: []\n"_s << u"unknown key 'colour'"_s;
    QTest::newRow("unknown link key") << withLink(link + u"    requires: 389\n    §colour: red\n"_s)
                                      << u"unknown key 'colour' in a link, expected one of: 'id'"_s;
    QTest::newRow("unknown role in from")
        << withLink(u"    from: §c\n    to: b\n    component: core\n    sources: [s1]\n    requires: 389\n"_s)
        << u"unknown role 'c' in 'from', expected one of: a, b"_s;
    QTest::newRow("unknown role in to")
        << withLink(u"    from: a\n    to: §z\n    component: core\n    sources: [s1]\n    requires: 389\n"_s)
        << u"unknown role 'z' in 'to'"_s;
    QTest::newRow("unknown component")
        << withLink(
               u"    from: a\n    to: b\n    component: §extra\n    sources: [s1]\n    requires: 389\n"_s)
        << u"unknown component 'extra', expected one of: core"_s;
    QTest::newRow("unknown option") << withLink(link + u"    when: {§speed: fast}\n    requires: 389\n"_s)
                                    << u"unknown option 'speed' in 'when', expected one of: mode"_s;
    QTest::newRow("unknown option value")
        << withLink(link + u"    requires: {port: 389, when: {mode: §z}}\n"_s)
        << u"option 'mode' has no value 'z', expected one of: x, y"_s;
    for (const auto &[name, url] : {std::pair{"source url not https", u"http://vendor.example/ports"_s},
                                    std::pair{"source url with a login", u"https://u:p@vendor.example/"_s},
                                    std::pair{"source url not a url", u"https://"_s}}) {
        QString catalog = withLink(link + u"    requires: 389\n"_s);
        catalog.replace(u"sources: [{id: s1, title: S}]"_s,
                        u"sources: [{id: s1, title: S, url: §"_s + url + u"}]"_s);
        QTest::newRow(name) << catalog << u"bad source url"_s;
    }
    QTest::newRow("port zero") << withLink(link + u"    requires: §0/ldap\n"_s) << u"bad port '0'"_s;
    QTest::newRow("port too big") << withLink(link + u"    requires: §70000\n"_s) << u"bad port '70000'"_s;
    QTest::newRow("port not a number")
        << withLink(link + u"    requires: {port: §abc}\n"_s) << u"bad port 'abc'"_s;
    QTest::newRow("port range reversed")
        << withLink(link + u"    requires: {port: §2000-1000, probe: none, note: n}\n"_s)
        << u"bad port '2000-1000'"_s;
    QTest::newRow("range probed") << withLink(link + u"    requires: §{port: 2000-2010}\n"_s)
                                  << u"a port range cannot be probed"_s;
    QTest::newRow("unknown probe kind")
        << withLink(link + u"    requires: §389/foo\n"_s) << u"unknown probe kind 'foo'"_s;
    QTest::newRow("probe none without note")
        << withLink(link + u"    requires: §{port: 99, probe: none}\n"_s) << u"expected a 'note'"_s;
    QTest::newRow("empty all-of") << withLink(link + u"    requires: {all-of: §[]}\n"_s)
                                  << u"empty expression"_s;
    QTest::newRow("empty any-of") << withLink(link + u"    requires:\n      any-of: §[]\n"_s)
                                  << u"empty expression: 'any-of'"_s;
    QTest::newRow("both all-of and any-of")
        << withLink(link + u"    requires: §{all-of: [389], any-of: [636]}\n"_s)
        << u"both 'all-of' and 'any-of'"_s;
    QTest::newRow("neither port nor group") << withLink(link + u"    requires: §{when: {mode: x}}\n"_s)
                                            << u"neither 'port', 'all-of' nor 'any-of'"_s;
    QTest::newRow("fallback on all-of") << withLink(link + u"    requires: {all-of: [389], fallback: §f}\n"_s)
                                        << u"'fallback' only applies to 'any-of'"_s;
    QTest::newRow("requirement is a list")
        << withLink(link + u"    requires: §[389, 636]\n"_s) << u"a requirement must be a port"_s;
    QTest::newRow("duplicate link id")
        << withLink(link + u"    requires: 389\n  - id: §l1\n"_s + link + u"    requires: 636\n"_s)
        << u"duplicate id 'l1'"_s;
    QTest::newRow("duplicate role id")
        << QString(header()).replace(u"{id: b, name: B}"_s, u"{id: §a, name: B}"_s) + u"links: []\n"_s
        << u"duplicate id 'a'"_s;
    QTest::newRow("bad id form") << QString(header()).replace(u"{id: b, name: B}"_s, u"{id: §Bad_Id}"_s) +
                                        u"links: []\n"_s
                                 << u"bad id 'Bad_Id'"_s;
    QTest::newRow("default not among values")
        << QString(header()).replace(u"default: x"_s, u"default: §q"_s) + u"links: []\n"_s
        << u"option 'mode' has no value 'q'"_s;
    QTest::newRow("unknown side") << QString(header()).replace(u"{id: a, name: A}"_s,
                                                               u"{id: a, side: §left}"_s) +
                                         u"links: []\n"_s
                                  << u"unknown side 'left'"_s;
    QTest::newRow("multiple not boolean")
        << QString(header()).replace(u"{id: a, name: A}"_s, u"{id: a, multiple: §many}"_s) + u"links: []\n"_s
        << u"must be true or false"_s;
    // Microsoft's endpoint sets: each names a cloud (a value of the `cloud` option), a role,
    // published ports and names.
    const QString clouds = QString(header()).replace(
        u"options:\n"_s,
        u"options:\n  - id: cloud\n    default: worldwide\n    values: [{id: worldwide}]\n"_s);
    const auto withSet = [&](const QString &set) -> QString {
        return clouds + u"links: []\nendpoint-sets:\n  source: s1\n  snapshot: \"2026-12-02\"\n  sets:\n"_s +
               set;
    };
    QTest::newRow("endpoint set: unknown cloud")
        << withSet(u"    - {cloud: §mars, role: b, tcp: \"443\", urls: [a.example]}\n"_s)
        << u"unknown cloud 'mars', expected one of: worldwide"_s;
    QTest::newRow("endpoint set: unknown role")
        << withSet(u"    - {cloud: worldwide, role: §q, tcp: \"443\", urls: [a.example]}\n"_s)
        << u"unknown role 'q' in 'role'"_s;
    QTest::newRow("endpoint set: bad ports")
        << withSet(u"    - {cloud: worldwide, role: b, tcp: §\"80,http\", urls: [a.example]}\n"_s)
        << u"bad port list '80,http'"_s;
    QTest::newRow("endpoint set: bad name")
        << withSet(u"    - {cloud: worldwide, role: b, tcp: \"443\", urls: §[\"*.*.example\"]}\n"_s)
        << u"bad name '*.*.example'"_s;
    QTest::newRow("endpoint set: probe-as for a name not listed")
        << withSet(u"    - {cloud: worldwide, role: b, tcp: \"443\", urls: [\"*.a.example\"], "
                   u"probe-as: {§\"*.b.example\": x.b.example}}\n"_s)
        << u"'probe-as' names '*.b.example', expected a wildcard of this set's 'urls'"_s;
    QTest::newRow("endpoint set: probe-as a wildcard")
        << withSet(u"    - {cloud: worldwide, role: b, tcp: \"443\", urls: [\"*.a.example\"], "
                   u"probe-as: {\"*.a.example\": §\"*.a.example\"}}\n"_s)
        << u"expected a concrete DNS name"_s;
    QTest::newRow("endpoint sets without a cloud option")
        << header() + u"links: []\nendpoint-sets:\n  §source: s1\n  snapshot: x\n  sets: []\n"_s
        << u"'endpoint-sets' needs an option 'cloud'"_s;
    QTest::newRow("unknown probe in probes")
        << QString(header()).replace(u"  ldap: {refused"_s, u"  §ldapz: {refused"_s) + u"links: []\n"_s
        << u"unknown probe kind 'ldapz'"_s;
    QTest::newRow("unknown failure state")
        << QString(header()).replace(u"{refused: \"r\"}"_s, u"{§closed: \"r\"}"_s) + u"links: []\n"_s
        << u"unknown failure state 'closed'"_s;
    QTest::newRow("unknown source")
        << withLink(u"    from: a\n    to: b\n    component: core\n    sources: §[s9]\n    requires: 389\n"_s)
        << u"unknown source 's9'"_s;
    QTest::newRow("unknown source of a port")
        << withLink(u"    from: a\n    to: b\n    component: core\n    sources: [s1]\n"
                    u"    requires:\n      any-of:\n        - {port: 389, sources: §[s9]}\n"_s)
        << u"unknown source 's9'"_s;
    QTest::newRow("no source and not inferred")
        << header() +
               u"links:\n  - §id: l1\n    from: a\n    to: b\n    component: core\n    requires: 389\n"_s
        << u"cites no source, expected 'sources' or 'inferred: true'"_s;
    QTest::newRow("missing requires")
        << header() +
               u"links:\n  - §id: l1\n    from: a\n    to: b\n    component: core\n    sources: [s1]\n"_s
        << u"lacks the key 'requires'"_s;
}

void TestCatalog::invalid_reportsLineAndColumn()
{
    QFETCH(QString, marked);
    QFETCH(QString, message);
    int line = 0;
    int column = 0;
    const QByteArray yaml = stripMarker(marked, &line, &column);
    Catalog c;
    const Diagnostics problems = loadCatalog(yaml, u"bad.yaml"_s, &c);
    QVERIFY2(!problems.isEmpty(), "the broken catalog was accepted");
    const QString missing = missingDiagnostic(problems, u"bad.yaml"_s, line, column, message);
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
    QVERIFY(c.links.isEmpty()); // nothing of a broken file is taken
}

void TestCatalog::invalid_reportsEveryProblemAtOnce()
{
    const QString yaml =
        withLink(u"    from: c\n    to: b\n    component: core\n    sources: [s1]\n"
                 u"    requires: {any-of: [0, 389/nope]}\n  - id: l1\n    from: a\n    to: b\n"
                 u"    component: core\n    inferred: true\n    requires: 389\n"_s);
    Catalog c;
    const Diagnostics problems = loadCatalog(yaml.toUtf8(), u"bad.yaml"_s, &c);
    QCOMPARE(problems.size(), 4);
    QCOMPARE(problems.at(0).toString(),
             u"bad.yaml:13:11: unknown role 'c' in 'from', expected one of: a, b"_s);
    QVERIFY(problems.at(1).toString().startsWith(u"bad.yaml:17:25: bad port '0'"_s));
    QVERIFY(problems.at(2).toString().startsWith(u"bad.yaml:17:28: unknown probe kind 'nope'"_s));
    QVERIFY(problems.at(3).toString().startsWith(u"bad.yaml:18:9: duplicate id 'l1'"_s));
}

void TestCatalog::missingFile_saysSo()
{
    Catalog c;
    const Diagnostics problems = loadCatalogFile(u"/nonexistent/catalog.yaml"_s, &c);
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().toString().startsWith(u"/nonexistent/catalog.yaml: cannot open the catalog"_s));
}

// Anchors nested 9 deep with 8 aliases each: a few hundred bytes that expand to 8^9 ports.
void TestCatalog::aliasBomb_isRefusedByExpandedSize()
{
    QString yaml =
        withLink(goodLink() + u"    requires:\n      any-of:\n        - &a0 {all-of: [389, 389, 389, "
                              u"389, 389, 389, 389, 389]}\n"_s);
    for (int level = 1; level <= 8; ++level) {
        const QString alias = u"*a"_s + QString::number(level - 1);
        yaml += u"        - &a"_s + QString::number(level) + u" {all-of: ["_s +
                QStringList(8, alias).join(u", "_s) + u"]}\n"_s;
    }
    QVERIFY(yaml.size() < 2000);
    Catalog c;
    const Diagnostics problems = loadCatalog(yaml.toUtf8(), u"bomb.yaml"_s, &c);
    QVERIFY(!problems.isEmpty());
    const QString text = formatDiagnostics(problems);
    QVERIFY2(text.contains(u"bomb.yaml:"_s), qPrintable(text));
    QVERIFY2(text.contains(u"expand to more than 20000 ports and groups"_s), qPrintable(text));
    QVERIFY2(problems.size() < 5, qPrintable(text)); // said once, not once per alias
    QVERIFY(c.links.isEmpty());
}

void TestCatalog::deepNesting_isRefused()
{
    QString yaml = withLink(goodLink() + u"    requires: "_s);
    for (int i = 0; i < 40; ++i)
        yaml += u"{all-of: ["_s;
    yaml += u"389"_s;
    for (int i = 0; i < 40; ++i)
        yaml += u"]}"_s;
    yaml += u"\n"_s;
    Catalog c;
    const Diagnostics problems = loadCatalog(yaml.toUtf8(), u"deep.yaml"_s, &c);
    const QString text = formatDiagnostics(problems);
    QVERIFY2(text.contains(u"nest deeper than 16 levels"_s), qPrintable(text));
}

void TestCatalog::remediation_fillsPlaceholders()
{
    const Catalog &c = builtinCatalog();
    const Link *link = c.link(u"service-dc-ldap"_s);
    const QString text =
        c.remediationFor(*link, ProbeKind::Ldap, u"filtered"_s, 389, u"dc1.corp.example"_s).english();
    QCOMPARE(text,
             u"Allow TCP 389 from the Guardian server to dc1.corp.example on every network firewall between "
             u"them (for an Internet endpoint: the perimeter firewall or the proxy), and check the inbound "
             u"rules of Windows Defender Firewall on dc1.corp.example."_s);
}

// Every remediation is advice: it starts with what to do and names where (a firewall, a service,
// a console, a setting). "Nothing accepts SQL connections on X:1433" is a finding, not a fix.
void TestCatalog::builtin_remediationIsAdvice_data()
{
    QTest::addColumn<QString>("text");
    const Catalog &c = builtinCatalog();
    for (auto kind = c.remediation.cbegin(); kind != c.remediation.cend(); ++kind) {
        for (auto it = kind.value().cbegin(); it != kind.value().cend(); ++it)
            QTest::newRow(qPrintable(probeKindId(kind.key()) + u' ' + it.key())) << it.value();
    }
    for (const Link &link : c.links) {
        for (auto it = link.remediation.cbegin(); it != link.remediation.cend(); ++it)
            QTest::newRow(qPrintable(link.id + u' ' + it.key())) << it.value();
    }
}

void TestCatalog::builtin_remediationIsAdvice()
{
    QFETCH(QString, text);
    static const QStringList actions{u"Add"_s,    u"Allow"_s,  u"Bind"_s,     u"Check"_s,   u"Correct"_s,
                                     u"Create"_s, u"Enable"_s, u"Enroll"_s,   u"Enter"_s,   u"Exempt"_s,
                                     u"Give"_s,   u"Let"_s,    u"Make"_s,     u"Move"_s,    u"Open"_s,
                                     u"Point"_s,  u"Read"_s,   u"Register"_s, u"Replace"_s, u"Restart"_s,
                                     u"Route"_s,  u"Run"_s,    u"Start"_s};
    QVERIFY2(actions.contains(text.section(u' ', 0, 0)), qPrintable(u"not an action: "_s + text));
    static const QStringList places{u"firewall"_s,
                                    u"service"_s,
                                    u"console"_s,
                                    u"Manager"_s,
                                    u"DNS"_s,
                                    u"Group Policy"_s,
                                    u"winrm"_s,
                                    u"proxy"_s,
                                    u"routing"_s,
                                    u"settings"_s,
                                    u"Sites and Services"_s,
                                    u"Trusted Root"_s,
                                    u"adapter"_s,
                                    u"load balancer"_s,
                                    u"w32tm"_s,
                                    u"profile"_s};
    QVERIFY2(std::any_of(places.cbegin(), places.cend(),
                         [&](const QString &p) { return text.contains(p, Qt::CaseInsensitive); }),
             qPrintable(u"names no place: "_s + text));
}

// `catalog` without a run lists every value of every option; its first choices (required or
// optional) are exactly what a run's request asks for when nothing was tested.
void TestCatalog::firewallRules_followEveryModeValue_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("value");
    for (const Option &o : builtinCatalog().options) {
        for (const OptionValue &v : o.values)
            QTest::newRow(qPrintable(o.id + u'=' + v.id)) << o.id << v.id;
    }
}

void TestCatalog::firewallRules_followEveryModeValue()
{
    QFETCH(QString, option);
    QFETCH(QString, value);
    const Catalog &c = builtinCatalog();
    Profile profile = Profile::defaults(c);
    for (const Component &comp : c.components)
        profile.components << comp.id;
    profile.options.insert(option, value);
    for (const Role &role : c.roles)
        profile.hosts.insert(role.id, {ProfileHost{u"h-"_s + role.id, {}}});
    const Plan plan = buildPlan(c, profile);
    const OptionValues options = plan.options;
    QSet<QString> links;
    QStringList asked;
    for (const PlanItem &item : plan.items) {
        links.insert(item.link);
        for (const NeededPort &p : neededPorts(c, plan, item, nullptr)) {
            QCOMPARE(p.action, PortAction::Unknown);
            asked << item.link + u' ' + p.leaf->portText() + u' ' + needId(p.need);
        }
    }
    QStringList listed;
    for (const FirewallRule &r : firewallRules(c)) {
        if (!links.contains(r.link) || !guardMatches(r.guard, options))
            continue;
        // One rule per Microsoft endpoint set (56 and 59 both carry sign-in): one port to ask for.
        const QString entry = r.link + u' ' + r.port + u' ' + r.needId;
        if (r.needId == u"required"_s || r.needId == u"optional"_s) {
            if (!listed.contains(entry))
                listed << entry;
        } else {
            QVERIFY2(r.needId == u"alternative"_s || r.needId == u"fallback"_s, qPrintable(r.needId));
        }
    }
    asked.sort();
    listed.sort();
    QCOMPARE(listed, asked);
}

// Two links along one path (licensing and telemetry to the Cayosoft cloud, LDAP and WinRM to a
// DC) never read alike: the title every view shows carries the link's name.
void TestCatalog::builtin_linksAlongOnePathReadApart()
{
    const Catalog &c = builtinCatalog();
    QSet<QString> titles;
    for (const Link &link : c.links) {
        QVERIFY2(!link.name.isEmpty(), qPrintable(link.id));
        const QString title = c.linkTitle(link.id).english();
        QVERIFY2(!titles.contains(title), qPrintable(title));
        titles.insert(title);
    }
    QCOMPARE(c.linkTitle(u"service-cloud-license"_s).english(),
             u"Guardian server → Cayosoft cloud: Licensing (HTTPS)"_s);
    QVERIFY(c.texts().contains(u"Telemetry and updates (HTTPS)"_s));
}

void TestCatalog::tlsErrors_isFailOrWarn()
{
    Catalog c;
    const Diagnostics ok =
        loadCatalog(withLink(goodLink() + u"    tls-errors: warn\n    requires: 636/ldaps\n"_s).toUtf8(),
                    u"t.yaml"_s, &c);
    QVERIFY2(ok.isEmpty(), qPrintable(ok.isEmpty() ? QString() : ok.first().toString()));
    QVERIFY(c.link(u"l1"_s)->tlsErrorsWarn);
    QVERIFY(!builtinCatalog().link(u"service-dc-ldap"_s)->tlsErrorsWarn);
    QVERIFY(builtinCatalog().link(u"agent-service-https"_s)->tlsErrorsWarn);
    const Diagnostics bad =
        loadCatalog(withLink(goodLink() + u"    tls-errors: maybe\n    requires: 636/ldaps\n"_s).toUtf8(),
                    u"t.yaml"_s, &c);
    QVERIFY(!bad.isEmpty());
    QVERIFY2(bad.first().toString().contains(u"'tls-errors' is fail or warn, found 'maybe'"_s),
             qPrintable(bad.first().toString()));
}

QTEST_GUILESS_MAIN(TestCatalog)
void TestCatalog::serviceTags_readsMicrosoftsFile()
{
    const QByteArray json = R"({
  "changeNumber": 345,
  "cloud": "Public",
  "values": [
    {"name": "ActionGroup", "id": "ActionGroup", "properties": {"changeNumber": 5, "region": "",
     "regionId": 0, "platform": "Azure", "systemService": "ActionGroup",
     "addressPrefixes": ["13.66.60.119/32"], "networkFeatures": ["API", "NSG"]}},
    {"name": "Sql.WestEurope", "id": "Sql.WestEurope", "properties": {"changeNumber": 3,
     "region": "westeurope", "regionId": 18, "platform": "Azure", "systemService": "AzureSQL",
     "addressPrefixes": ["13.69.105.0/24", "2603:1020:206::/48"]}},
    {"name": "Sql.AustraliaCentral2", "id": "Sql.AustraliaCentral2", "properties": {"region":
     "australiacentral2", "systemService": "AzureSQL", "addressPrefixes": []}}
  ]
})";
    Text error;
    const auto list = Azure::parseServiceTags(json, &error);
    QVERIFY2(list, qPrintable(error.english()));
    QCOMPARE(list->tags.size(), 3);
    QCOMPARE(list->changeNumber, 345);
    QCOMPARE(list->cloud, u"Public"_s);
    // The spellings a profile may use for one region.
    for (const QString &region : {u"westeurope"_s, u"West Europe"_s, u"WestEurope"_s, u"west-europe"_s}) {
        const Azure::ServiceTag *t = list->find(u"Sql"_s, region);
        QVERIFY2(t, qPrintable(region));
        QCOMPARE(t->name, u"Sql.WestEurope"_s);
        QCOMPARE(t->addressPrefixes, (QStringList{u"13.69.105.0/24"_s, u"2603:1020:206::/48"_s}));
    }
    QCOMPARE(list->find(u"Sql"_s, u"australia central 2"_s)->name, u"Sql.AustraliaCentral2"_s);
    QVERIFY(!list->find(u"Sql"_s, u"northeurope"_s));
    QVERIFY(!list->find(u"Sql"_s, QString()));
    QVERIFY(!list->find(u"ActionGroup"_s, u"westeurope"_s));
    QCOMPARE(Azure::serviceTagName(u"Sql"_s, u"West Europe"_s), u"Sql.WestEurope"_s);
    QVERIFY(Azure::isRegionName(u"West Europe"_s));
    QVERIFY(!Azure::isRegionName(u"west;europe"_s));
}

void TestCatalog::serviceTags_errorsSayWhatAndWhere_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << u"{\n  \"values\": [\n    {\"name\": \"Sql\",, }\n]}"_s
                              << u"not JSON: "_s; // the position is checked below
    QTest::newRow("an array") << u"[1, 2]"_s << u"not Azure's service tags file"_s;
    QTest::newRow("no values") << u"{\"changeNumber\": 1, \"cloud\": \"Public\"}"_s
                               << u"not Azure's service tags file"_s;
    QTest::newRow("change number past 2^63 (found by fuzz_servicetags)")
        << u"{\"changeNumber\": 3555555555555555555555555555555555555555555, \"values\": []}"_s
        << u"\"changeNumber\" must be a whole number from 0, found 3.55556e+42"_s;
    QTest::newRow("change number negative") << u"{\"changeNumber\": -1, \"values\": []}"_s
                                            << u"\"changeNumber\" must be a whole number from 0, found -1"_s;
    QTest::newRow("empty") << u"{\"values\": []}"_s << u"the file lists no service tags"_s;
    QTest::newRow("tag without a name")
        << u"{\"values\": [{\"id\": \"x\"}]}"_s << u"values[0]: expected a tag with a \"name\""_s;
    QTest::newRow("no properties") << u"{\"values\": [{\"name\": \"Sql\", \"properties\": {}}]}"_s
                                   << u"values[0] (Sql): no \"properties\" with \"addressPrefixes\""_s;
    QTest::newRow("bad prefix")
        << u"{\"values\": [{\"name\": \"Sql.WestEurope\", \"properties\": {\"addressPrefixes\": "
           u"[\"13.69.105.0/24\", \"<b>x</b>\"]}}]}"_s
        << u"values[0] (Sql.WestEurope): addressPrefixes[1] is not an address prefix"_s;
    QTest::newRow("prefix length") << u"{\"values\": [{\"name\": \"Sql\", \"properties\": "
                                      u"{\"addressPrefixes\": [\"10.0.0.0/33\"]}}]}"_s
                                   << u"addressPrefixes[0] is not an address prefix"_s;
    QTest::newRow("prefix not a string") << u"{\"values\": [{\"name\": \"Sql\", \"properties\": "
                                            u"{\"addressPrefixes\": [17]}}]}"_s
                                         << u"(not a string)"_s;
}

void TestCatalog::serviceTags_errorsSayWhatAndWhere()
{
    QFETCH(QString, json);
    QFETCH(QString, message);
    Text error;
    QVERIFY(!Azure::parseServiceTags(json.toUtf8(), &error));
    QVERIFY2(error.english().contains(message), qPrintable(error.english()));
    if (QByteArrayView(QTest::currentDataTag()) == "not JSON")
        QVERIFY2(error.english().endsWith(u"at line 3, column 21"_s), qPrintable(error.english()));
}

#include "tst_catalog.moc"
