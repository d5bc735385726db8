#include "model/catalog/azureservicetags.h"
#include "model/catalog/catalogloader.h"
#include "model/export/firewallrequest.h"
#include "model/plan/plan.h"
#include "model/results/merge.h"
#include "model/results/resultsreader.h"
#include "model/results/resultswriter.h"
#include "model/run/compare.h"
#include "model/run/report.h"
#include "model/verdict/verdict.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace PortCheck;
using namespace Qt::StringLiterals;

namespace {

// "ldap-mode=ldaps-only,winrm-transport=http-only"
OptionValues parseOptions(const QString &text)
{
    OptionValues o;
    for (const QString &pair : text.split(u',', Qt::SkipEmptyParts))
        o.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    return o;
}

Profile siteProfile(const QString &options)
{
    Profile p = Profile::defaults(builtinCatalog());
    p.vantage = {u"guardian-server"_s, u"recovery-agent"_s};
    for (const Component &c : builtinCatalog().components)
        p.components << c.id;
    const OptionValues o = parseOptions(options);
    for (auto it = o.cbegin(); it != o.cend(); ++it)
        p.options.insert(it.key(), it.value());
    p.hosts.insert(u"domain-controller"_s, {ProfileHost{u"dc1"_s, {}}});
    p.hosts.insert(u"file-share"_s, {ProfileHost{u"fs1"_s, {}}});
    p.hosts.insert(u"cayosoft-cloud"_s, {ProfileHost{u"cloud1"_s, {}}});
    p.hosts.insert(u"azure-sql"_s, {ProfileHost{u"sql1"_s, {}}});
    p.hosts.insert(u"web-portal"_s, {ProfileHost{u"portal1"_s, {}}});
    p.hosts.insert(u"guardian-server"_s, {ProfileHost{u"gsrv1"_s, {}}});
    p.hosts.insert(u"recovery-agent"_s, {ProfileHost{u"agent1"_s, {}}});
    return p;
}

// "389=open 3268=filtered 636=open/tls-error"; every other planned port is filtered.
ResultIndex results(const Plan &plan, const QString &spec)
{
    QMap<quint16, QString> states;
    for (const QString &item : spec.split(u' ', Qt::SkipEmptyParts))
        states.insert(quint16(item.section(u'=', 0, 0).toUInt()), item.section(u'=', 1));
    ResultIndex index;
    for (const Check &c : plan.checks) {
        ProbeResult r;
        r.host = c.host;
        r.port = c.port;
        r.kind = c.probe;
        const QString s = states.value(c.catalogPort, u"filtered"_s);
        r.state = *probeStateFromId(s.section(u'/', 0, 0));
        r.service = r.state == ProbeState::Open
                        ? serviceStateFromId(s.section(u'/', 1)).value_or(ServiceState::Identified)
                        : ServiceState::NotProbed;
        if (r.service == ServiceState::TlsError)
            r.facts.insert(u"tls.errors"_s, u"self-signed certificate"_s);
        index.insert(c.probeKey(), r);
    }
    return index;
}

const Verdict *find(const QList<Verdict> &verdicts, const QString &link)
{
    for (const Verdict &v : verdicts) {
        if (v.link == link)
            return &v;
    }
    return nullptr;
}

} // namespace

class TestVerdict : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyModeValue_data();
    void everyModeValue();
    void crossesEveryValueOfEveryOption();
    void offlineLicensing_dropsTheLicenseLink();
    void otherVantage_isNotTestedWithTheWayToTestIt();
    void missingResult_isNotTested();
    void failures_carryRemediation();
    void summaryAndExitCode();
    void combinedRun_holdsEveryRunInOrder();
    void otherDcAnswering_isAWarning();
    void silentDc_failsEveryLinkAndTheExitCode();
    void agentChannel_certificateOnlyWarns();
    void neededPorts_data();
    void neededPorts();
    void neededPorts_crossEveryValueOfEveryOption();
    void firewallRequest_sameRowsAsNeededPorts();
    void azureSql_requestFollowsThePolicy_data();
    void azureSql_requestFollowsThePolicy();
    void azureSql_throughAProxy_needsDirectEgress();
    void movedPort_isAskedFor_standInPortIsNot_data();
    void movedPort_isAskedFor_standInPortIsNot();
    void dnsFailure_isOneFixPerHost();
    void filteredPorts_joinInOneFix();
    void clockSkew_warnsAndFails_data();
    void clockSkew_warnsAndFails();
    void clockSkew_everyDcAgrees_thisMachineIsOff();
    void dcOfAnotherDomain_fails();
    void ldapServerThatIsNotAd_fails();
    void ipv6Blocked_warnsAndIsAskedFor();
    void firewallRequestCsv_changeToolColumns_data();
    void firewallRequestCsv_changeToolColumns();
    void firewallRequest_sourceAddressOfTheMachineThatRan_fromItsHostListEntry();
    void firewallRequest_roleThatDidNotRun_namesItsSourceNetworks();
    void sourceNetworks_throughResultsFiles_mergeJoinsThem();
    void compare_fillsAfterVerification();
};

// One row per mode value and port situation: options, link, port states, verdict, words in the reason.
struct Row
{
    QString name, options, link, ports, verdict, reason;
};

// One option's rows for one link: the mode, the ports' states, the verdict and a reason part.
struct ModeRow
{
    const char16_t *mode, *ports, *verdict, *reason;
};

template <size_t N>
void appendModeRows(QList<Row> &rows, const QString &label, const QString &option, const QString &link,
                    const ModeRow (&modeRows)[N])
{
    for (const ModeRow &r : modeRows) {
        const QString mode = QString::fromUtf16(r.mode);
        rows.append({(label + u' ' + mode + u": "_s + QString::fromUtf16(r.ports)), option + u'=' + mode,
                     link, QString::fromUtf16(r.ports), QString::fromUtf16(r.verdict),
                     QString::fromUtf16(r.reason)});
    }
}

QList<Row> verdictRows()
{
    QList<Row> rows;

    const QString ldap = u"service-dc-ldap"_s;
    // Guardian directory mode
    rows.append({QString::fromUtf8("default: all open"), u"ldap-mode=default"_s, ldap,
                 u"389=open 3268=open 636=open 3269=open"_s, u"pass"_s, u"389 open, 3268 open"_s});
    rows.append({QString::fromUtf8("default: ldap pair only"), u"ldap-mode=default"_s, ldap,
                 u"389=open 3268=open"_s, u"pass"_s, u"389 open"_s});
    rows.append({QString::fromUtf8("default: 389 filtered, ldaps open"), u"ldap-mode=default"_s, ldap,
                 u"3268=open 636=open 3269=open"_s, u"warn"_s,
                 u"works through the LDAPS fallback; Guardian falls back on every connection"_s});
    rows.append({QString::fromUtf8("default: 389+3268 refused, ldaps open"), u"ldap-mode=default"_s, ldap,
                 u"389=refused 3268=refused 636=open 3269=open"_s, u"warn"_s,
                 u"389 refused, 3268 refused; 636 open, 3269 open"_s});
    rows.append({QString::fromUtf8("default: nothing"), u"ldap-mode=default"_s, ldap, QString(), u"fail"_s,
                 u"none of the allowed ports works"_s});
    rows.append({QString::fromUtf8("default: 3268 refused, ldaps filtered"), u"ldap-mode=default"_s, ldap,
                 u"389=open 3268=refused"_s, u"fail"_s, u"3268 refused"_s});
    rows.append({QString::fromUtf8("default: proxy answers 389"), u"ldap-mode=default"_s, ldap,
                 u"389=open/unexpected 3268=open"_s, u"fail"_s, u"something other than ldap answered"_s});
    // Silent and unexpected answers never satisfy a port (docs/DESIGN-NOTES.md, verdict rules).
    rows.append({QString::fromUtf8("default: 389 silent"), u"ldap-mode=default"_s, ldap,
                 u"389=open/silent 3268=open"_s, u"fail"_s,
                 u"389 accepted the connection and never answered LDAP"_s});
    rows.append({QString::fromUtf8("default: 389 silent, ldaps open"), u"ldap-mode=default"_s, ldap,
                 u"389=open/silent 3268=open 636=open 3269=open"_s, u"warn"_s,
                 u"works through the LDAPS fallback"_s});
    rows.append({QString::fromUtf8("default: ldap blocked, ldaps silent"), u"ldap-mode=default"_s, ldap,
                 u"389=refused 3268=refused 636=open/silent 3269=open/silent"_s, u"fail"_s,
                 u"636 accepted the connection and never answered LDAPS"_s});
    rows.append({QString::fromUtf8("default: every port silent"), u"ldap-mode=default"_s, ldap,
                 u"389=open/silent 3268=open/silent 636=open/silent 3269=open/silent"_s, u"fail"_s,
                 u"3268 accepted the connection and never answered the Global Catalog"_s});
    rows.append({QString::fromUtf8("default: ldap blocked, proxy on ldaps"), u"ldap-mode=default"_s, ldap,
                 u"636=open/unexpected 3269=open"_s, u"fail"_s, u"something other than ldaps answered"_s});
    rows.append({QString::fromUtf8("ldaps-only: pair open"), u"ldap-mode=ldaps-only"_s, ldap,
                 u"636=open 3269=open"_s, u"pass"_s, u"636 open, 3269 open"_s});
    rows.append({QString::fromUtf8("ldaps-only: 3269 refused"), u"ldap-mode=ldaps-only"_s, ldap,
                 u"389=open 3268=open 636=open 3269=refused"_s, u"fail"_s, u"3269 refused"_s});
    rows.append({QString::fromUtf8("ldaps-only: only ldap open"), u"ldap-mode=ldaps-only"_s, ldap,
                 u"389=open 3268=open"_s, u"fail"_s,
                 u"389 (ldap), 3268 (gc) are open, but the chosen mode does not use them"_s});
    // An untrusted certificate fails the port: Windows' LDAP client refuses it.
    rows.append(
        {QString::fromUtf8("ldaps-only: bad certificate"), u"ldap-mode=ldaps-only"_s, ldap,
         u"636=open/tls-error 3269=open"_s, u"fail"_s,
         u"636 open, but TLS: self-signed certificate; the Guardian server refuses such a certificate"_s});
    rows.append({QString::fromUtf8("default: ldap blocked, ldaps certificate bad"), u"ldap-mode=default"_s,
                 ldap, u"636=open/tls-error 3269=open/tls-error"_s, u"fail"_s,
                 u"none of the allowed ports works"_s});

    // WinRM transport
    const QString winrm = u"service-dc-winrm"_s;
    const ModeRow winrmRows[] = {
        {u"http-only", u"5985=open", u"pass", u"5985 open"},
        {u"http-only", u"5986=open", u"fail", u"5986 (winrms) is open, but the chosen mode does not use it"},
        {u"http-only", u"5985=open 5986=open", u"pass", u"5985 open"},
        {u"http-only", u"", u"fail", u"5985 filtered"},
        {u"https-only", u"5986=open", u"pass", u"5986 open"},
        {u"https-only", u"5985=open", u"fail", u"5985 (winrm) is open"},
        {u"https-only", u"5985=open 5986=refused", u"fail", u"5986 refused"},
        {u"https-only", u"5986=open/tls-error", u"fail", u"TLS: self-signed"},
        {u"auto-https", u"5985=open 5986=open/tls-error", u"pass", u"5985 open"},
        {u"auto-https", u"5985=open/silent 5986=open/silent", u"fail", u"never answered WinRM"},
        {u"auto-https", u"5986=open", u"pass", u"5986 open"},
        {u"auto-https", u"5985=open", u"pass", u"5985 open"},
        {u"auto-https", u"5985=refused 5986=refused", u"fail", u"none of the allowed ports works"},
        {u"auto-http", u"5986=open", u"pass", u"5986 open"},
        {u"auto-http", u"5985=open", u"pass", u"5985 open"},
        {u"auto-http", u"", u"fail", u"5985 filtered; 5986 filtered"},
    };
    appendModeRows(rows, u"winrm"_s, u"winrm-transport"_s, winrm, winrmRows);

    // Forest Recovery agent directory mode
    const QString agent = u"agent-dc-ldap"_s;
    const ModeRow agentRows[] = {
        {u"ldap", u"389=open", u"pass", u"389 open"},
        {u"ldap", u"636=open", u"fail", u"636 (ldaps) is open, but the chosen mode does not use it"},
        {u"ldaps", u"636=open", u"pass", u"636 open"},
        {u"ldaps", u"389=open", u"fail", u"636 filtered"},
        {u"ldaps-fallback", u"636=open", u"pass", u"636 open"},
        {u"ldaps-fallback", u"389=open", u"warn", u"works through the agent's LDAP fallback"},
        {u"ldaps-fallback", u"389=open 636=open", u"pass", u"636 open"},
        {u"ldaps-fallback", u"", u"fail", u"none of the allowed ports works"},
    };
    appendModeRows(rows, u"agent"_s, u"agent-ldap-mode"_s, agent, agentRows);

    // Licensing: the license is required online; telemetry is optional in both modes
    rows.append({QString::fromUtf8("licensing online: 443 open"), u"licensing=online"_s,
                 u"service-cloud-license"_s, u"443=open"_s, u"pass"_s, u"443 open"_s});
    rows.append({QString::fromUtf8("licensing online: 443 filtered"), u"licensing=online"_s,
                 u"service-cloud-license"_s, QString(), u"fail"_s, u"443 filtered"_s});
    rows.append({QString::fromUtf8("licensing offline: telemetry filtered"), u"licensing=offline"_s,
                 u"service-cloud-telemetry"_s, QString(), u"warn"_s, u"optional link fails"_s});
    rows.append({QString::fromUtf8("licensing online: telemetry open"), u"licensing=online"_s,
                 u"service-cloud-telemetry"_s, u"443=open"_s, u"pass"_s, u"443 open"_s});

    // The Microsoft cloud: each has its own names, the verdict is the same
    for (const char16_t *cloud : {u"worldwide", u"gcc-high", u"dod", u"china"}) {
        const QString c = QString::fromUtf16(cloud);
        rows.append({u"cloud "_s + c + u": 443 open"_s, u"cloud="_s + c, u"service-m365-https"_s,
                     u"443=open"_s, u"pass"_s, u"443 open"_s});
    }
    rows.append({QString::fromUtf8("cloud worldwide: crl filtered"), u"cloud=worldwide"_s,
                 u"service-crl-http"_s, u"443=open"_s, u"fail"_s, u"80 filtered"_s});

    // Azure SQL connection policy
    rows.append({QString::fromUtf8("sql proxy: open"), u"azure-sql-policy=proxy"_s, u"service-sql-tds"_s,
                 u"1433=open"_s, u"pass"_s, u"1433 open"_s});
    rows.append({QString::fromUtf8("sql proxy: filtered"), u"azure-sql-policy=proxy"_s, u"service-sql-tds"_s,
                 QString(), u"fail"_s, u"1433 filtered"_s});
    rows.append({QString::fromUtf8("sql redirect: open"), u"azure-sql-policy=redirect"_s,
                 u"service-sql-tds"_s, u"1433=open"_s, u"pass"_s, u"1433 open"_s});
    rows.append({QString::fromUtf8("sql redirect: refused"), u"azure-sql-policy=redirect"_s,
                 u"service-sql-tds"_s, u"1433=refused"_s, u"fail"_s, u"1433 refused"_s});
    // Default: Redirect inside Azure, Proxy outside
    rows.append({QString::fromUtf8("sql default outside: open"),
                 u"azure-sql-policy=default,guardian-in-azure=outside"_s, u"service-sql-tds"_s,
                 u"1433=open"_s, u"pass"_s, u"1433 open"_s});
    rows.append({QString::fromUtf8("sql default outside: filtered"),
                 u"azure-sql-policy=default,guardian-in-azure=outside"_s, u"service-sql-tds"_s, QString(),
                 u"fail"_s, u"1433 filtered"_s});
    rows.append({QString::fromUtf8("sql default inside: open"),
                 u"azure-sql-policy=default,guardian-in-azure=inside"_s, u"service-sql-tds"_s, u"1433=open"_s,
                 u"pass"_s, u"1433 open"_s});
    rows.append({QString::fromUtf8("sql default inside: certificate untrusted"),
                 u"azure-sql-policy=default,guardian-in-azure=inside"_s, u"service-sql-tds"_s,
                 u"1433=open/tls-error"_s, u"fail"_s, u"1433 open, but TLS"_s});
    // Private endpoint
    rows.append({QString::fromUtf8("sql private-link: open"), u"azure-sql-policy=private-link"_s,
                 u"service-sql-tds"_s, u"1433=open"_s, u"pass"_s, u"1433 open"_s});
    rows.append({QString::fromUtf8("sql private-link: refused"), u"azure-sql-policy=private-link"_s,
                 u"service-sql-tds"_s, u"1433=refused"_s, u"fail"_s, u"1433 refused"_s});
    rows.append({QString::fromUtf8("sql private-link-redirect: open"),
                 u"azure-sql-policy=private-link-redirect"_s, u"service-sql-tds"_s, u"1433=open"_s, u"pass"_s,
                 u"1433 open"_s});
    rows.append({QString::fromUtf8("sql private-link-redirect: silent"),
                 u"azure-sql-policy=private-link-redirect"_s, u"service-sql-tds"_s, u"1433=open/silent"_s,
                 u"fail"_s, u"1433 accepted the connection and never answered"_s});

    // SMB: either port will do
    rows.append({QString::fromUtf8("smb 445 open, 139 filtered"), QString(), u"service-share-smb"_s,
                 u"445=open"_s, u"pass"_s, u"445 open"_s});
    rows.append({QString::fromUtf8("smb 139 only"), QString(), u"service-share-smb"_s, u"139=open"_s,
                 u"pass"_s, u"139 open"_s});
    rows.append({QString::fromUtf8("smb nothing"), QString(), u"service-share-smb"_s, u"445=refused"_s,
                 u"fail"_s, u"445 refused; 139 filtered"_s});
    return rows;
}

void TestVerdict::everyModeValue_data()
{
    QTest::addColumn<QString>("options");
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("ports");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("reason");
    for (const Row &r : verdictRows())
        QTest::newRow(qPrintable(r.name)) << r.options << r.link << r.ports << r.verdict << r.reason;
}

void TestVerdict::everyModeValue()
{
    QFETCH(QString, options);
    QFETCH(QString, link);
    QFETCH(QString, ports);
    QFETCH(QString, verdict);
    QFETCH(QString, reason);
    const Plan plan = buildPlan(builtinCatalog(), siteProfile(options));
    const QList<Verdict> verdicts = computeVerdicts(builtinCatalog(), plan, results(plan, ports));
    const Verdict *v = find(verdicts, link);
    QVERIFY2(v, qPrintable(u"no verdict for "_s + link));
    QCOMPARE(verdictId(v->level), verdict);
    QVERIFY2(v->reason.english().contains(reason), qPrintable(u"reason: "_s + v->reason.english()));
    // The ranges used after login: listed beside the verdict, never probed.
    if (options.contains(u"private-link-redirect"_s))
        QVERIFY(!v->notes.isEmpty() && v->notes.first().english().startsWith(u"1433-65535: "_s));
    else if (options.contains(u"=redirect"_s) || options.contains(u"guardian-in-azure=inside"_s))
        QVERIFY(!v->notes.isEmpty() && v->notes.first().english().startsWith(u"11000-11999: "_s));
    else
        QVERIFY(v->notes.isEmpty());
}

// The table above must name every value of every option of the catalog: a new mode needs rows.
void TestVerdict::crossesEveryValueOfEveryOption()
{
    QSet<QString> covered;
    for (const Row &r : verdictRows()) {
        for (const QString &pair : r.options.split(u',', Qt::SkipEmptyParts))
            covered.insert(pair);
    }
    for (const Option &o : builtinCatalog().options) {
        for (const OptionValue &v : o.values)
            QVERIFY2(covered.contains(o.id + u'=' + v.id),
                     qPrintable(u"no verdict row for "_s + o.id + u'=' + v.id));
    }
}

void TestVerdict::offlineLicensing_dropsTheLicenseLink()
{
    const Plan plan = buildPlan(builtinCatalog(), siteProfile(u"licensing=offline"_s));
    const QList<Verdict> verdicts = computeVerdicts(builtinCatalog(), plan, results(plan, u"443=open"_s));
    QVERIFY(!find(verdicts, u"service-cloud-license"_s));
    QVERIFY(find(verdicts, u"service-cloud-telemetry"_s));
}

void TestVerdict::otherVantage_isNotTestedWithTheWayToTestIt()
{
    const Plan plan = buildPlan(builtinCatalog(), siteProfile(QString()));
    const QList<Verdict> verdicts =
        computeVerdicts(builtinCatalog(), plan, results(plan, u"443=open 80=open"_s));
    const Verdict *v = find(verdicts, u"workstation-portal-web"_s);
    QVERIFY(v);
    QCOMPARE(v->level, VerdictLevel::NotTested);
    QVERIFY(v->reason.english().contains(u"Admin workstation"_s));
}

void TestVerdict::missingResult_isNotTested()
{
    const Plan plan = buildPlan(builtinCatalog(), siteProfile(QString()));
    const QList<Verdict> verdicts = computeVerdicts(builtinCatalog(), plan, ResultIndex());
    const Verdict *v = find(verdicts, u"service-share-smb"_s);
    QCOMPARE(v->level, VerdictLevel::NotTested);
    QVERIFY(v->reason.english().contains(u"445 not probed"_s));
}

void TestVerdict::failures_carryRemediation()
{
    const Plan plan = buildPlan(builtinCatalog(), siteProfile(u"ldap-mode=ldaps-only"_s));
    const QList<Verdict> verdicts =
        computeVerdicts(builtinCatalog(), plan, results(plan, u"636=open 3269=refused"_s));
    const Verdict *v = find(verdicts, u"service-dc-ldap"_s);
    QCOMPARE(v->remediation.size(), 1);
    QVERIFY2(v->remediation.first().english().startsWith(u"Make dc1 a Global Catalog"_s),
             qPrintable(v->remediation.first().english()));
    QVERIFY(v->remediation.first().english().contains(u"Global Catalog-In"_s));
    const Verdict *pass = find(verdicts, u"service-share-smb"_s);
    QVERIFY(pass->remediation.isEmpty() || pass->level != VerdictLevel::Pass);
}

void TestVerdict::summaryAndExitCode()
{
    QList<Verdict> v(4);
    v[0].level = VerdictLevel::Pass;
    v[1].level = VerdictLevel::Warn;
    v[2].level = VerdictLevel::NotTested;
    v[3].level = VerdictLevel::Pass;
    QCOMPARE(exitCodeFor(v), 0);
    v[3].level = VerdictLevel::Fail;
    QCOMPARE(exitCodeFor(v), 1);
    const VerdictSummary s = summarize(v);
    QCOMPARE(s.pass, 1);
    QCOMPARE(s.warn, 1);
    QCOMPARE(s.fail, 1);
    QCOMPARE(s.notTested, 1);
    // The whole is the worst of what was tested; what was not tested does not make it worse.
    QCOMPARE(s.overall(), VerdictLevel::Fail);
    QCOMPARE(overallSentence(s).english(), u"1 link(s) fail: the network is not ready for Guardian."_s);
    QCOMPARE(countsSentence(s).english(), u"1 pass · 1 warn · 1 fail · 1 not tested from here"_s);
    QCOMPARE((VerdictSummary{2, 1, 0, 5}).overall(), VerdictLevel::Warn);
    QCOMPARE(overallSentence(VerdictSummary{2, 1, 0, 5}).english(),
             u"Guardian can work, with 1 warning(s) to look at."_s);
    QCOMPARE((VerdictSummary{2, 0, 0, 5}).overall(), VerdictLevel::Pass);
    QCOMPARE(overallSentence(VerdictSummary{2, 0, 0, 5}).english(), u"Every link tested from here passes."_s);
    QCOMPARE((VerdictSummary{0, 0, 0, 5}).overall(), VerdictLevel::NotTested);
    QCOMPARE(overallSentence(VerdictSummary{}).english(), u"Nothing could be tested from this computer."_s);
}

// What a report's results file holds: the report's metadata, every machine's results in the
// order of its runs, none dropped or repeated.
void TestVerdict::combinedRun_holdsEveryRunInOrder()
{
    const auto result = [](const QString &host, quint16 port) {
        ProbeResult r;
        r.host = host;
        r.port = port;
        r.state = ProbeState::Open;
        return r;
    };
    ReportData report;
    report.meta.host = u"merged"_s;
    QCOMPARE(combinedRun(report).results.size(), 0);
    RunResult first;
    first.meta.host = u"gs1"_s;
    first.results = {result(u"dc1"_s, 389), result(u"dc1"_s, 636)};
    RunResult second;
    second.meta.host = u"gs2"_s;
    second.results = {result(u"dc1"_s, 389)};
    RunResult empty;
    empty.meta.host = u"gs3"_s;
    report.runs = {first, empty, second};
    const RunResult all = combinedRun(report);
    QCOMPARE(all.meta.host, u"merged"_s);
    QStringList seen;
    for (const ProbeResult &r : all.results)
        seen << r.host + u':' + QString::number(r.port);
    QCOMPARE(seen, (QStringList{u"dc1:389"_s, u"dc1:636"_s, u"dc1:389"_s}));
}

void TestVerdict::otherDcAnswering_isAWarning()
{
    const Plan plan = buildPlan(builtinCatalog(), siteProfile(QString()));
    ResultIndex index = results(plan, u"389=open 3268=open"_s);
    for (auto it = index.begin(); it != index.end(); ++it) {
        if (it->port == 389)
            it->facts.insert(u"ldap.nameMismatch"_s, u"dc7.corp.example"_s);
    }
    const QList<Verdict> verdicts = computeVerdicts(builtinCatalog(), plan, index);
    const Verdict *v = find(verdicts, u"service-dc-ldap"_s);
    QCOMPARE(v->level, VerdictLevel::Warn);
    QVERIFY2(v->reason.english().contains(u"answered as dc7.corp.example, not dc1"_s),
             qPrintable(v->reason.english()));
}

// A DC whose every port accepts and then says nothing is no working DC: each of its links fails,
// and the run's exit code says so (it said 0, "every required link passes", with two warnings).
void TestVerdict::silentDc_failsEveryLinkAndTheExitCode()
{
    const Plan plan = buildPlan(builtinCatalog(), siteProfile(QString()));
    ResultIndex index = results(plan, u"445=open 443=open 1433=open"_s);
    for (auto it = index.begin(); it != index.end(); ++it) {
        if (it->host == u"dc1"_s) {
            it->state = ProbeState::Open;
            it->service = ServiceState::Silent;
        }
    }
    const QList<Verdict> verdicts = computeVerdicts(builtinCatalog(), plan, index);
    int dcLinks = 0;
    for (const Verdict &v : verdicts) {
        if (v.host != u"dc1"_s || v.reason.english().startsWith(u"not tested: this link starts"_s))
            continue;
        ++dcLinks;
        // An optional link (DNS to the DC) that fails is a warning, as every optional link is.
        QVERIFY2(v.level == (v.optional ? VerdictLevel::Warn : VerdictLevel::Fail),
                 qPrintable(v.link + u": "_s + v.reason.english()));
        QVERIFY2(v.reason.english().contains(u"accepted the connection and never answered"_s),
                 qPrintable(v.reason.english()));
        QVERIFY2(!v.remediation.isEmpty(), qPrintable(v.link));
    }
    QVERIFY(dcLinks >= 3);
    QCOMPARE(exitCodeFor(verdicts), 1);
}

// The Forest Recovery agent checks the service certificate only when set to: there a certificate
// problem warns, where every other client refuses it.
void TestVerdict::agentChannel_certificateOnlyWarns()
{
    const Plan plan = buildPlan(builtinCatalog(), siteProfile(QString()));
    const QList<Verdict> verdicts =
        computeVerdicts(builtinCatalog(), plan, results(plan, u"443=open/tls-error"_s));
    const Verdict *agent = find(verdicts, u"agent-service-https"_s);
    QVERIFY(agent);
    QCOMPARE(agent->level, VerdictLevel::Warn);
    QVERIFY2(agent->reason.english().contains(u"443 open, but TLS: self-signed certificate"_s),
             qPrintable(agent->reason.english()));
    QVERIFY(!agent->remediation.isEmpty());
    const Verdict *license = find(verdicts, u"service-cloud-license"_s);
    QCOMPARE(license->level, VerdictLevel::Fail);
}

// One row per mode value and port situation: the ports the firewall request lists for the link,
// in order, as "port:need:action" (action none = verified open, no change).
struct NeedRow
{
    QString name, options, link, ports, expected;
};

QList<NeedRow> needRows()
{
    QList<NeedRow> rows;
    const auto add = [&rows](const char *name, const char16_t *options, const char16_t *link,
                             const char16_t *ports, const char16_t *expected) {
        rows.append({QString::fromUtf8(name), QString::fromUtf16(options), QString::fromUtf16(link),
                     QString::fromUtf16(ports), QString::fromUtf16(expected)});
    };
    const char16_t *ldap = u"service-dc-ldap";
    add("ldap default: all open", u"ldap-mode=default", ldap, u"389=open 3268=open 636=open 3269=open",
        u"389:required:none 3268:required:none");
    add("ldap default: fallback carries it", u"ldap-mode=default", ldap, u"3268=open 636=open 3269=open",
        u"389:recommended:open 3268:recommended:none 636:required:none 3269:required:none");
    add("ldap default: silent 389, fallback carries it", u"ldap-mode=default", ldap,
        u"389=open/silent 3268=open 636=open 3269=open",
        u"389:recommended:fix 3268:recommended:none 636:required:none 3269:required:none");
    add("ldap default: nothing", u"ldap-mode=default", ldap, u"", u"389:required:open 3268:required:open");
    add("ldap default: 3268 refused", u"ldap-mode=default", ldap, u"389=open 3268=refused",
        u"389:required:none 3268:required:open");
    add("ldap default: half of the fallback open", u"ldap-mode=default", ldap, u"636=open",
        u"389:required:open 3268:required:open");
    add("ldap default: fallback silent", u"ldap-mode=default", ldap,
        u"389=refused 3268=refused 636=open/silent 3269=open/silent",
        u"389:required:open 3268:required:open");
    add("ldap ldaps-only: pair open", u"ldap-mode=ldaps-only", ldap, u"389=open 3268=open 636=open 3269=open",
        u"636:required:none 3269:required:none");
    add("ldap ldaps-only: 3269 refused", u"ldap-mode=ldaps-only", ldap, u"389=open 636=open 3269=refused",
        u"636:required:none 3269:required:open");
    add("ldap ldaps-only: bad certificate", u"ldap-mode=ldaps-only", ldap, u"636=open/tls-error 3269=open",
        u"636:required:fix 3269:required:none");

    const char16_t *winrm = u"service-dc-winrm";
    add("winrm http-only: open", u"winrm-transport=http-only", winrm, u"5985=open", u"5985:required:none");
    add("winrm http-only: only 5986 open", u"winrm-transport=http-only", winrm, u"5986=open",
        u"5985:required:open");
    add("winrm https-only: open", u"winrm-transport=https-only", winrm, u"5985=open 5986=open",
        u"5986:required:none");
    add("winrm https-only: nothing", u"winrm-transport=https-only", winrm, u"", u"5986:required:open");
    add("winrm auto-https: 5986 open", u"winrm-transport=auto-https", winrm, u"5985=open 5986=open",
        u"5986:required:none");
    add("winrm auto-https: only 5985 open", u"winrm-transport=auto-https", winrm, u"5985=open",
        u"5985:required:none");
    add("winrm auto-https: nothing", u"winrm-transport=auto-https", winrm, u"5985=refused",
        u"5986:required:open");
    add("winrm auto-http: nothing", u"winrm-transport=auto-http", winrm, u"", u"5985:required:open");
    add("winrm auto-http: only 5986 open", u"winrm-transport=auto-http", winrm, u"5986=open",
        u"5986:required:none");

    const char16_t *agent = u"agent-dc-ldap";
    add("agent ldap: open", u"agent-ldap-mode=ldap", agent, u"389=open 636=open", u"389:required:none");
    add("agent ldaps: only 389 open", u"agent-ldap-mode=ldaps", agent, u"389=open", u"636:required:open");
    add("agent ldaps-fallback: fallback carries it", u"agent-ldap-mode=ldaps-fallback", agent, u"389=open",
        u"636:recommended:open 389:required:none");
    add("agent ldaps-fallback: 636 open", u"agent-ldap-mode=ldaps-fallback", agent, u"389=open 636=open",
        u"636:required:none");
    add("agent ldaps-fallback: nothing", u"agent-ldap-mode=ldaps-fallback", agent, u"", u"636:required:open");

    add("licensing online: license blocked", u"licensing=online", u"service-cloud-license", u"",
        u"443:required:open");
    add("licensing online: telemetry open", u"licensing=online", u"service-cloud-telemetry", u"443=open",
        u"443:optional:none");
    add("licensing offline: telemetry blocked", u"licensing=offline", u"service-cloud-telemetry", u"",
        u"443:optional:open");
    add("licensing online: inspecting proxy", u"licensing=online", u"service-cloud-license",
        u"443=open/tls-error", u"443:required:fix");

    add("cloud worldwide: graph open", u"cloud=worldwide", u"service-m365-https", u"443=open",
        u"443:required:none");
    add("cloud gcc-high: graph blocked", u"cloud=gcc-high", u"service-m365-https", u"", u"443:required:open");
    add("cloud dod: crl open", u"cloud=dod", u"service-crl-http", u"80=open", u"80:required:none");
    add("cloud china: exchange blocked", u"cloud=china", u"service-exchange-https", u"",
        u"443:required:open");

    add("sql proxy: open", u"azure-sql-policy=proxy", u"service-sql-tds", u"1433=open",
        u"1433:required:none");
    add("sql redirect: open", u"azure-sql-policy=redirect", u"service-sql-tds", u"1433=open",
        u"1433:required:none 11000-11999:required:verify");
    add("sql redirect: blocked", u"azure-sql-policy=redirect", u"service-sql-tds", u"",
        u"1433:required:open 11000-11999:required:verify");
    add("sql default outside: open", u"azure-sql-policy=default,guardian-in-azure=outside",
        u"service-sql-tds", u"1433=open", u"1433:required:none");
    add("sql default inside: open", u"azure-sql-policy=default,guardian-in-azure=inside", u"service-sql-tds",
        u"1433=open", u"1433:required:none 11000-11999:required:verify");
    add("sql private-link: blocked", u"azure-sql-policy=private-link", u"service-sql-tds", u"",
        u"1433:required:open");
    add("sql private-link-redirect: open", u"azure-sql-policy=private-link-redirect", u"service-sql-tds",
        u"1433=open", u"1433:required:none 1433-65535:required:verify");

    add("smb: 445 open", u"", u"service-share-smb", u"445=open 139=open", u"445:required:none");
    add("smb: 139 only", u"", u"service-share-smb", u"139=open", u"139:required:none");
    add("smb: nothing", u"", u"service-share-smb", u"445=refused", u"445:required:open");
    add("smb: 445 silent, 139 refused", u"", u"service-share-smb", u"445=open/silent 139=refused",
        u"445:required:fix");
    return rows;
}

QString describe(const QList<NeededPort> &ports)
{
    QStringList out;
    for (const NeededPort &p : ports) {
        const QString action = p.action == PortAction::None   ? u"none"_s
                               : p.action == PortAction::Open ? u"open"_s
                               : p.action == PortAction::Fix  ? u"fix"_s
                                                              : u"verify"_s;
        out << p.leaf->portText() + u':' + needId(p.need) + u':' + action;
    }
    return out.join(u' ');
}

const PlanItem *itemFor(const Plan &plan, const QString &link)
{
    for (const PlanItem &i : plan.items) {
        if (i.link == link)
            return &i;
    }
    return nullptr;
}

void TestVerdict::neededPorts_data()
{
    QTest::addColumn<QString>("options");
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("ports");
    QTest::addColumn<QString>("expected");
    for (const NeedRow &r : needRows())
        QTest::newRow(qPrintable(r.name)) << r.options << r.link << r.ports << r.expected;
}

void TestVerdict::neededPorts()
{
    QFETCH(QString, options);
    QFETCH(QString, link);
    QFETCH(QString, ports);
    QFETCH(QString, expected);
    const Plan plan = buildPlan(builtinCatalog(), siteProfile(options));
    const ResultIndex index = results(plan, ports);
    const PlanItem *item = itemFor(plan, link);
    QVERIFY2(item, qPrintable(link));
    QCOMPARE(describe(PortCheck::neededPorts(builtinCatalog(), plan, *item, &index)), expected);
    // The advice follows the same rows: a fix only for a listed port that does not work.
    const QList<Verdict> verdicts = computeVerdicts(builtinCatalog(), plan, index);
    const Verdict *v = find(verdicts, link);
    QVERIFY(v);
    for (const Fix &f : v->fixes) {
        for (const quint16 port : f.ports)
            QVERIFY2(expected.contains(QString::number(port) + u':'), qPrintable(f.text.english()));
    }
}

// Like the verdict table, the firewall request table names every value of every option.
void TestVerdict::neededPorts_crossEveryValueOfEveryOption()
{
    QSet<QString> covered;
    for (const NeedRow &r : needRows()) {
        for (const QString &pair : r.options.split(u',', Qt::SkipEmptyParts))
            covered.insert(pair);
    }
    for (const Option &o : builtinCatalog().options) {
        for (const OptionValue &v : o.values)
            QVERIFY2(covered.contains(o.id + u'=' + v.id),
                     qPrintable(u"no firewall request row for "_s + o.id + u'=' + v.id));
    }
}

namespace {
const QByteArray kServiceTags = R"({"changeNumber": 345, "cloud": "Public", "values": [
  {"name": "Sql", "id": "Sql", "properties": {"region": "", "systemService": "AzureSQL",
   "addressPrefixes": ["13.65.31.249/32"]}},
  {"name": "Sql.WestEurope", "id": "Sql.WestEurope", "properties": {"region": "westeurope",
   "systemService": "AzureSQL", "addressPrefixes": ["13.69.105.0/24", "2603:1020:206::/48"]}},
  {"name": "Sql.NorthEurope", "id": "Sql.NorthEurope", "properties": {"region": "northeurope",
   "systemService": "AzureSQL", "addressPrefixes": ["13.69.224.0/26"]}}]})";
} // namespace

// Each policy asks for its own ports; the public ones name the region's service tag and, from a
// saved service tags file, its prefixes; a private endpoint has no tag.
void TestVerdict::azureSql_requestFollowsThePolicy_data()
{
    QTest::addColumn<QString>("options");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("rows");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<int>("prefixes");
    QTest::newRow("default outside") << u"azure-sql-policy=default,guardian-in-azure=outside"_s
                                     << u"westeurope"_s << u"1433:no change"_s << u"Sql.WestEurope"_s << 2;
    QTest::newRow("default inside") << u"azure-sql-policy=default,guardian-in-azure=inside"_s
                                    << u"West Europe"_s << u"1433:no change 11000-11999:verify"_s
                                    << u"Sql.WestEurope"_s << 2;
    QTest::newRow("proxy") << u"azure-sql-policy=proxy"_s << u"northeurope"_s << u"1433:no change"_s
                           << u"Sql.NorthEurope"_s << 1;
    QTest::newRow("redirect") << u"azure-sql-policy=redirect"_s << u"westeurope"_s
                              << u"1433:no change 11000-11999:verify"_s << u"Sql.WestEurope"_s << 2;
    QTest::newRow("redirect, region not in the file")
        << u"azure-sql-policy=redirect"_s << u"uksouth"_s << u"1433:no change 11000-11999:verify"_s
        << u"Sql.uksouth"_s << 0;
    QTest::newRow("redirect, no region") << u"azure-sql-policy=redirect"_s << QString()
                                         << u"1433:no change 11000-11999:verify"_s << u"Sql.<region>"_s << 0;
    QTest::newRow("private-link") << u"azure-sql-policy=private-link"_s << u"westeurope"_s
                                  << u"1433:no change"_s << QString() << 0;
    QTest::newRow("private-link-redirect") << u"azure-sql-policy=private-link-redirect"_s << u"westeurope"_s
                                           << u"1433:no change 1433-65535:verify"_s << QString() << 0;
}

void TestVerdict::azureSql_requestFollowsThePolicy()
{
    QFETCH(QString, options);
    QFETCH(QString, region);
    QFETCH(QString, rows);
    QFETCH(QString, tag);
    QFETCH(int, prefixes);
    Profile profile = siteProfile(options);
    profile.azureRegion = region;
    const Plan plan = buildPlan(builtinCatalog(), profile);
    RunResult run;
    run.meta.host = u"gsrv1"_s;
    run.meta.vantage = plan.vantage;
    run.results = results(plan, u"1433=open"_s).values();
    ReportData report = reportFromRun(builtinCatalog(), plan, run);
    Text error;
    const auto tags = Azure::parseServiceTags(kServiceTags, &error);
    QVERIFY2(tags, qPrintable(error.english()));
    report.azureServiceTags = *tags;
    report.azureServiceTags.file = u"/tmp/ServiceTags_Public_20261130.json"_s;
    QStringList found;
    for (const FirewallRequestRow &r : firewallRequest(builtinCatalog(), report)) {
        if (r.link != u"service-sql-tds"_s)
            continue;
        found << r.port + u':' + actionId(r.action);
        QCOMPARE(r.serviceTag, tag);
        QCOMPARE(r.addressPrefixes.size(), prefixes);
        QVERIFY(r.via.isEmpty());
        if (!tag.isEmpty())
            QCOMPARE(destinationText(r).english(), u"sql1 (service tag "_s + tag + u')');
        if (prefixes > 0)
            QCOMPARE(r.serviceTagOrigin, u"ServiceTags_Public_20261130.json (Public, change 345)"_s);
    }
    QCOMPARE(found.join(u' '), rows);
    const QString csv = firewallRequestCsv(firewallRequest(builtinCatalog(), report));
    QVERIFY(csv.section(u'\n', 0, 0).contains(u",service tag,address prefixes"_s));
    if (prefixes == 2)
        QVERIFY2(csv.contains(tag + u",13.69.105.0/24 2603:1020:206::/48"_s), qPrintable(csv));
}

// TDS cannot pass an HTTP proxy: with one configured, the plan probes 1433 directly only, the
// verdict says Guardian needs direct egress, and the request asks for it (direct, not the proxy).
void TestVerdict::azureSql_throughAProxy_needsDirectEgress()
{
    Profile profile = siteProfile(u"azure-sql-policy=redirect"_s);
    profile.proxy = u"http://proxy.corp.example:3128"_s;
    const Plan plan = buildPlan(builtinCatalog(), profile);
    for (const Check &c : plan.checks) {
        if (c.link == u"service-sql-tds"_s)
            QVERIFY2(c.via.isEmpty() && !c.advisory, qPrintable(c.id()));
    }
    for (const QString &state : {u"1433=open"_s, QString()}) {
        RunResult run;
        run.meta.host = u"gsrv1"_s;
        run.meta.vantage = plan.vantage;
        run.results = results(plan, state).values();
        const ReportData report = reportFromRun(builtinCatalog(), plan, run);
        const Verdict *v = find(report.verdicts, u"service-sql-tds"_s);
        QVERIFY(v);
        QVERIFY2(v->reason.english().contains(u"TDS cannot go through the HTTP proxy "
                                              u"http://proxy.corp.example:3128: Guardian needs direct "
                                              u"egress to sql1 on 1433"_s),
                 qPrintable(v->reason.english()));
        QCOMPARE(verdictId(v->level), state.isEmpty() ? u"fail"_s : u"pass"_s);
        QStringList rows;
        for (const FirewallRequestRow &r : firewallRequest(builtinCatalog(), report)) {
            if (r.link == u"service-sql-tds"_s)
                rows << r.port + u':' + (r.via.isEmpty() ? u"direct"_s : r.via) + u':' + actionId(r.action);
        }
        QCOMPARE(rows.join(u' '), state.isEmpty() ? u"1433:direct:open 11000-11999:direct:verify"_s
                                                  : u"1433:direct:no change 11000-11999:direct:verify"_s);
    }
}

// The request of a run (PDF, CSV, window) lists exactly these rows: nothing for 139 when 445 works,
// nothing for 5985 when 5986 works, the first choice when a fallback carries a link.
void TestVerdict::firewallRequest_sameRowsAsNeededPorts()
{
    // The agent in LDAPS mode: its 636 is required, and no other link needs 389.
    const Plan plan =
        buildPlan(builtinCatalog(), siteProfile(u"winrm-transport=auto-https,agent-ldap-mode=ldaps"_s));
    RunResult run;
    run.meta.host = u"gsrv1"_s;
    run.meta.vantage = plan.vantage;
    const ResultIndex index = results(plan, u"445=open 139=refused 5985=open 5986=open 3268=open 636=open "
                                            u"3269=open 443=open 1433=open"_s);
    run.results = index.values();
    const ReportData report = reportFromRun(builtinCatalog(), plan, run);
    const QList<FirewallRequestRow> rows = firewallRequest(builtinCatalog(), report);
    QStringList smb, winrm, ldap;
    for (const FirewallRequestRow &r : rows) {
        if (r.link == u"service-share-smb"_s)
            smb << r.port;
        if (r.link == u"service-dc-winrm"_s)
            winrm << r.port;
        if (r.link == u"service-dc-ldap"_s)
            ldap << r.port + u':' + needId(r.needLevel) + u':' + actionId(r.action);
        QVERIFY2(r.need.english() == u"required"_s || r.need.english() == u"recommended"_s ||
                     r.need.english() == u"optional"_s,
                 qPrintable(r.need.english()));
    }
    QCOMPARE(smb, QStringList{u"445"_s});
    QCOMPARE(winrm, QStringList{u"5986"_s});
    QCOMPARE(ldap, (QStringList{u"389:recommended:open"_s, u"3268:recommended:no change"_s,
                                u"636:required:no change"_s, u"3269:required:no change"_s}));
    const QString csv = firewallRequestCsv(rows);
    QVERIFY2(csv.contains(u",tcp/389,allow,source -> destination,recommended,"_s), qPrintable(csv));
    QVERIFY2(csv.contains(u",filtered,,yes,open,dc1,Guardian server,Domain controller,389,TCP,ldap,"_s),
             qPrintable(csv));
    QVERIFY(csv.contains(u",\"open, identified\",,no,\"verified open, no change\",fs1,Guardian server,"
                         u"Network file share,445,TCP,smb,"_s));
    QVERIFY(!csv.contains(u",139,"_s) && !csv.contains(u"tcp/139"_s));
    QVERIFY(!csv.contains(u",5985,"_s) && !csv.contains(u"tcp/5985"_s));
}

// A DC whose LDAP the profile moves to 10389 needs 10389 opened; the demo's loopback stand-in for
// 389 was only how it was tested: advice and request name 389 and nothing else.
void TestVerdict::movedPort_isAskedFor_standInPortIsNot_data()
{
    QTest::addColumn<bool>("standIn");
    QTest::addColumn<QString>("requestPort");
    QTest::addColumn<QString>("shownPort");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("fix");
    QTest::newRow("moved by the profile")
        << false << u"10389"_s << u"10389 (instead of 389)"_s << u"389 (port 10389) filtered"_s
        << u"Allow TCP 10389, 3268 from the Guardian server to dc1"_s;
    QTest::newRow("demo stand-in") << true << u"389"_s << u"389"_s << u"389 filtered"_s
                                   << u"Allow TCP 389, 3268 from the Guardian server to dc1"_s;
}

void TestVerdict::movedPort_isAskedFor_standInPortIsNot()
{
    QFETCH(bool, standIn);
    QFETCH(QString, requestPort);
    QFETCH(QString, shownPort);
    QFETCH(QString, reason);
    QFETCH(QString, fix);
    Profile profile = siteProfile(QString());
    ProfileHost dc{u"dc1"_s, {{389, 10389}}};
    dc.standIn = standIn;
    profile.hosts.insert(u"domain-controller"_s, {dc});
    const Plan plan = buildPlan(builtinCatalog(), profile);
    RunResult run;
    run.meta.host = u"gsrv1"_s;
    run.meta.vantage = plan.vantage;
    const ResultIndex index = results(plan, u"5986=open 445=open"_s);
    QVERIFY(index.contains(ProbeTarget::probeKey(u"dc1"_s, 10389, ProbeKind::Ldap))); // probed there
    run.results = index.values();
    const QList<Verdict> verdicts = computeVerdicts(builtinCatalog(), plan, index);
    const Verdict *v = find(verdicts, u"service-dc-ldap"_s);
    QVERIFY2(v->reason.english().contains(reason), qPrintable(v->reason.english()));
    QVERIFY2(v->remediation.first().english().startsWith(fix), qPrintable(v->remediation.first().english()));

    const ReportData report = reportFromRun(builtinCatalog(), plan, run);
    const QList<FirewallRequestRow> rows = firewallRequest(builtinCatalog(), report);
    QStringList ldap;
    for (const FirewallRequestRow &r : rows) {
        if (r.link == u"service-dc-ldap"_s && r.destination == u"dc1"_s && r.protocol == u"ldap"_s &&
            (r.port == requestPort))
            ldap << portText(r).english();
        QVERIFY2(standIn || r.port != u"389"_s || r.link != u"service-dc-ldap"_s,
                 "389 asked for a moved port");
    }
    QCOMPARE(ldap, QStringList{shownPort});
    const QString csv = firewallRequestCsv(rows);
    QVERIFY2(csv.contains(u",dc1,Guardian server,Domain controller,"_s + requestPort + u",TCP,ldap,"_s),
             qPrintable(csv));
    QVERIFY(csv.contains(u",tcp/"_s + requestPort + u",allow,"_s));
    QCOMPARE(csv.contains(u"10389"_s), !standIn);
}

// A host whose name does not resolve gets one fix, not one per port and link.
void TestVerdict::dnsFailure_isOneFixPerHost()
{
    const Plan plan = buildPlan(builtinCatalog(), siteProfile(QString()));
    ResultIndex index = results(plan, u"445=open 443=open 1433=open"_s);
    for (auto it = index.begin(); it != index.end(); ++it) {
        if (it->host == u"dc1"_s)
            it->state = ProbeState::DnsFailed;
    }
    const QList<Verdict> verdicts = computeVerdicts(builtinCatalog(), plan, index);
    QList<Fix> dns;
    for (const Fix &f : groupFixes(builtinCatalog(), verdicts)) {
        if (f.host == u"dc1"_s && f.from == u"guardian-server"_s)
            dns << f;
    }
    QCOMPARE(dns.size(), 1);
    QCOMPARE(dns.first().cause, u"dns-failed"_s);
    QVERIFY(dns.first().links.contains(u"service-dc-ldap"_s));
    QVERIFY(dns.first().links.contains(u"service-dc-winrm"_s));
    QVERIFY2(dns.first().text.english().startsWith(u"Register dc1 in DNS"_s),
             qPrintable(dns.first().text.english()));
    QCOMPARE(find(verdicts, u"service-dc-ldap"_s)->remediation.size(), 1);
}

// Ports of one host dropped on the way: one fix naming them all.
void TestVerdict::filteredPorts_joinInOneFix()
{
    const Plan plan = buildPlan(builtinCatalog(), siteProfile(QString()));
    const QList<Verdict> verdicts =
        computeVerdicts(builtinCatalog(), plan, results(plan, u"5986=open 445=open"_s));
    const Verdict *v = find(verdicts, u"service-dc-ldap"_s);
    QCOMPARE(v->remediation.size(), 1);
    QVERIFY2(
        v->remediation.first().english().startsWith(u"Allow TCP 389, 3268 from the Guardian server to dc1"_s),
        qPrintable(v->remediation.first().english()));
}

// Kerberos refuses a clock more than 5 minutes off: from 120 s a warning, beyond 300 s a failure,
// on the LDAP and the Kerberos links of that DC; the port is open, so the firewall request asks
// nothing for it, and the fix is w32time on the DC.
void TestVerdict::clockSkew_warnsAndFails_data()
{
    QTest::addColumn<int>("skew");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("words");
    QTest::newRow("60 s: fine") << 60 << int(VerdictLevel::Pass) << QString();
    QTest::newRow("120 s: still fine") << 120 << int(VerdictLevel::Pass) << QString();
    QTest::newRow("4 min ahead") << 240 << int(VerdictLevel::Warn)
                                 << u"the clock of dc1 is 240 seconds ahead of this machine's"_s;
    QTest::newRow("10 min behind") << -600 << int(VerdictLevel::Fail)
                                   << u"the clock of dc1 is 600 seconds behind this machine's"_s;
}

void TestVerdict::clockSkew_warnsAndFails()
{
    QFETCH(int, skew);
    QFETCH(int, level);
    QFETCH(QString, words);
    const Plan plan = buildPlan(builtinCatalog(), siteProfile(QString()));
    ResultIndex index = results(plan, u"389=open 3268=open 88=open 53=open"_s);
    for (auto it = index.begin(); it != index.end(); ++it) {
        if (it->host == u"dc1"_s && (it->port == 389 || it->port == 88))
            it->facts.insert(u"clock.skewSeconds"_s, QString::number(skew));
    }
    const QList<Verdict> verdicts = computeVerdicts(builtinCatalog(), plan, index);
    for (const QString &link : {u"service-dc-ldap"_s, u"service-dc-kerberos"_s}) {
        const Verdict *v = find(verdicts, link);
        QVERIFY(v);
        QCOMPARE(int(v->level), level);
        if (words.isEmpty())
            continue;
        QVERIFY2(v->reason.english().contains(words), qPrintable(v->reason.english()));
        QCOMPARE(v->fixes.size(), 1);
        QCOMPARE(v->fixes.first().cause, u"clock-skew"_s);
        QVERIFY2(v->remediation.first().english().startsWith(u"Correct the clock of dc1"_s),
                 qPrintable(v->remediation.first().english()));
    }
    // The firewall is not the problem: 389 is verified open, no change.
    const PlanItem *item = nullptr;
    for (const PlanItem &i : plan.items) {
        if (i.link == u"service-dc-ldap"_s)
            item = &i;
    }
    QVERIFY(item);
    const QList<NeededPort> ports = PortCheck::neededPorts(builtinCatalog(), plan, *item, &index);
    const auto p389 =
        std::find_if(ports.cbegin(), ports.cend(), [](const NeededPort &p) { return p.leaf->port == 389; });
    QVERIFY(p389 != ports.cend());
    QCOMPARE(p389->action, PortAction::None);
    // One fix for the DC, not one per link.
    if (!words.isEmpty()) {
        int clockFixes = 0;
        for (const Fix &f : groupFixes(builtinCatalog(), verdicts))
            clockFixes += f.cause == u"clock-skew"_s && f.from == u"guardian-server"_s ? 1 : 0;
        QCOMPARE(clockFixes, 1);
    }
}

// Every DC agrees with the others and not with this machine: the machine's clock is the one off.
void TestVerdict::clockSkew_everyDcAgrees_thisMachineIsOff()
{
    Profile profile = siteProfile(QString());
    profile.hosts.insert(u"domain-controller"_s, {ProfileHost{u"dc1"_s, {}}, ProfileHost{u"dc2"_s, {}}});
    const Plan plan = buildPlan(builtinCatalog(), profile);
    ResultIndex index = results(plan, u"389=open 3268=open 88=open"_s);
    for (auto it = index.begin(); it != index.end(); ++it) {
        if (it->port == 389)
            it->facts.insert(u"clock.skewSeconds"_s, it->host == u"dc1"_s ? u"600"_s : u"630"_s);
    }
    const DirectoryContext context = directoryContext(plan, index);
    QVERIFY(context.localClockOff);
    const QList<Verdict> verdicts = computeVerdicts(builtinCatalog(), plan, index);
    const Verdict *v = find(verdicts, u"service-dc-ldap"_s);
    QCOMPARE(v->level, VerdictLevel::Fail);
    QVERIFY2(v->reason.english().contains(u"this machine's clock is 600 seconds behind dc1 and the other "
                                          u"domain controllers"_s),
             qPrintable(v->reason.english()));
    QCOMPARE(v->fixes.first().cause, u"clock-skew-local"_s);
    QVERIFY2(v->remediation.first().english().startsWith(u"Correct the clock of the Guardian server"_s),
             qPrintable(v->remediation.first().english()));

    // One DC off, the other fine: that DC is the one to fix.
    for (auto it = index.begin(); it != index.end(); ++it) {
        if (it->port == 389 && it->host == u"dc2"_s)
            it->facts.insert(u"clock.skewSeconds"_s, u"2"_s);
    }
    QVERIFY(!directoryContext(plan, index).localClockOff);
    for (const Verdict &w : computeVerdicts(builtinCatalog(), plan, index)) {
        if (w.link == u"service-dc-ldap"_s && w.host == u"dc1"_s)
            QCOMPARE(w.fixes.first().cause, u"clock-skew"_s);
        if (w.link == u"service-dc-ldap"_s && w.host == u"dc2"_s)
            QCOMPARE(w.level, VerdictLevel::Pass);
    }
}

// The DCs of a profile serve one domain of one forest: a DC of another domain (the profile's, or
// the others' when the profile names none) or of another forest fails, naming both.
void TestVerdict::dcOfAnotherDomain_fails()
{
    Profile profile = siteProfile(QString());
    profile.hosts.insert(u"domain-controller"_s,
                         {ProfileHost{u"dc1"_s, {}}, ProfileHost{u"dc2"_s, {}}, ProfileHost{u"dc3"_s, {}}});
    Plan plan = buildPlan(builtinCatalog(), profile);
    ResultIndex index = results(plan, u"389=open 3268=open 88=open 53=open"_s);
    const auto setNc = [&](const QString &host, const QString &nc, const QString &root) {
        for (auto it = index.begin(); it != index.end(); ++it) {
            if (it->host == host && (it->port == 389 || it->port == 3268)) {
                it->facts.insert(u"ldap.defaultNamingContext"_s, nc);
                it->facts.insert(u"ldap.rootDomainNamingContext"_s, root);
            }
        }
    };
    setNc(u"dc1"_s, u"DC=corp,DC=example"_s, u"DC=corp,DC=example"_s);
    setNc(u"dc2"_s, u"dc=Corp, dc=Example"_s, u"DC=corp,DC=example"_s); // the same, written otherwise
    setNc(u"dc3"_s, u"DC=lab,DC=example"_s, u"DC=lab,DC=example"_s);
    const auto ldapVerdict = [&](const QString &host) {
        for (const Verdict &v : computeVerdicts(builtinCatalog(), plan, index)) {
            if (v.link == u"service-dc-ldap"_s && v.host == host)
                return v;
        }
        return Verdict();
    };
    QCOMPARE(ldapVerdict(u"dc1"_s).level, VerdictLevel::Pass);
    QCOMPARE(ldapVerdict(u"dc2"_s).level, VerdictLevel::Pass);
    const Verdict dc3 = ldapVerdict(u"dc3"_s);
    QCOMPARE(dc3.level, VerdictLevel::Fail);
    QVERIFY2(dc3.reason.english().contains(u"dc3 is a domain controller of lab.example (DC=lab,DC=example), "
                                           u"not of corp.example like the other domain controllers"_s),
             qPrintable(dc3.reason.english()));
    QCOMPARE(dc3.fixes.first().cause, u"wrong-domain"_s);
    QVERIFY2(dc3.remediation.first().english().startsWith(u"Enter domain controllers of the profile's domain "
                                                          u"instead of dc3"_s),
             qPrintable(dc3.remediation.first().english()));

    // The profile names the domain: the DCs are judged against it, even when they are the majority.
    plan.domain = u"lab.example"_s;
    QCOMPARE(ldapVerdict(u"dc3"_s).level, VerdictLevel::Pass);
    QVERIFY2(ldapVerdict(u"dc1"_s).reason.english().contains(u"not of lab.example, the profile's domain"_s),
             qPrintable(ldapVerdict(u"dc1"_s).reason.english()));

    // Same domain name, another forest (the domain's own DCs say so): the forest is named.
    plan.domain.clear();
    setNc(u"dc3"_s, u"DC=corp,DC=example"_s, u"DC=other,DC=example"_s);
    QVERIFY2(ldapVerdict(u"dc3"_s).reason.english().contains(
                 u"dc3 belongs to the forest other.example, not to corp.example"_s),
             qPrintable(ldapVerdict(u"dc3"_s).reason.english()));
}

// An LDAP server that is not an AD DC fails the link with what the probe found.
void TestVerdict::ldapServerThatIsNotAd_fails()
{
    const Plan plan = buildPlan(builtinCatalog(), siteProfile(QString()));
    ResultIndex index = results(plan, u"389=open/unexpected 3268=open"_s);
    for (auto it = index.begin(); it != index.end(); ++it) {
        if (it->port == 389) {
            it->facts.insert(u"ldap.namingContexts"_s, u"dc=example,dc=org"_s);
            it->message = Text::plain(u"an LDAP server, not an Active Directory domain controller"_s);
        }
    }
    const QList<Verdict> verdicts = computeVerdicts(builtinCatalog(), plan, index);
    const Verdict *v = find(verdicts, u"service-dc-ldap"_s);
    QCOMPARE(v->level, VerdictLevel::Fail);
    QVERIFY2(v->reason.english().contains(
                 u"389 open, but an LDAP server, not an Active Directory domain controller"_s),
             qPrintable(v->reason.english()));
}

// A DC whose name has an IPv6 and an IPv4 address, 389 dropped on IPv6 and open on IPv4: the link
// works, with a warning (a Windows client tries IPv6 first and waits); the firewall request asks
// for 389 to that host; the results file keeps every address, and a merge reads it back.
void TestVerdict::ipv6Blocked_warnsAndIsAskedFor()
{
    const Plan plan = buildPlan(builtinCatalog(), siteProfile(QString()));
    ResultIndex index = results(plan, u"389=open 3268=open 88=open"_s);
    for (auto it = index.begin(); it != index.end(); ++it) {
        if (it->host != u"dc1"_s || it->port != 389)
            continue;
        it->address = u"10.0.0.1"_s;
        it->addresses = {{u"fd00::1"_s, ProbeState::Filtered, ServiceState::NotProbed, -1, {}},
                         {u"10.0.0.1"_s, ProbeState::Open, ServiceState::Identified, 0.4, {}}};
    }
    const QList<Verdict> verdicts = computeVerdicts(builtinCatalog(), plan, index);
    const Verdict *v = find(verdicts, u"service-dc-ldap"_s);
    QCOMPARE(v->level, VerdictLevel::Warn);
    QVERIFY2(
        v->reason.english().contains(u"389 open on 10.0.0.1, but filtered on fd00::1, which Windows tries "
                                     u"first"_s),
        qPrintable(v->reason.english()));
    QCOMPARE(v->fixes.value(0).cause, u"address-blocked"_s);
    QVERIFY2(v->remediation.value(0).english().startsWith(u"Allow TCP 389 from the Guardian server to every "
                                                          u"address of dc1"_s),
             qPrintable(v->remediation.value(0).english()));
    const PlanItem *item = nullptr;
    for (const PlanItem &i : plan.items) {
        if (i.link == u"service-dc-ldap"_s)
            item = &i;
    }
    const QList<NeededPort> ports = PortCheck::neededPorts(builtinCatalog(), plan, *item, &index);
    const auto p389 =
        std::find_if(ports.cbegin(), ports.cend(), [](const NeededPort &p) { return p.leaf->port == 389; });
    QVERIFY(p389 != ports.cend());
    QCOMPARE(p389->action, PortAction::Open);
    {
        RunResult run;
        run.meta.host = u"gsrv1"_s;
        run.meta.vantage = plan.vantage;
        run.results = index.values();
        bool asked = false;
        for (const FirewallRequestRow &row :
             firewallRequest(builtinCatalog(), reportFromRun(builtinCatalog(), plan, run))) {
            if (row.link == u"service-dc-ldap"_s && row.destination == u"dc1"_s && row.port == u"389"_s) {
                asked = row.changeNeeded;
                QCOMPARE(row.found.english(), u"filtered on fd00::1, identified on 10.0.0.1"_s);
            }
        }
        QVERIFY(asked);
    }

    // IPv6 works and IPv4 is the one refused: still a warning, worded for the fallback.
    for (auto it = index.begin(); it != index.end(); ++it) {
        if (it->host == u"dc1"_s && it->port == 389) {
            it->address = u"fd00::1"_s;
            it->addresses = {{u"fd00::1"_s, ProbeState::Open, ServiceState::Identified, 0.3, {}},
                             {u"10.0.0.1"_s, ProbeState::Refused, ServiceState::NotProbed, 0.2, {}}};
        }
    }
    const QList<Verdict> fallback = computeVerdicts(builtinCatalog(), plan, index);
    v = find(fallback, u"service-dc-ldap"_s);
    QVERIFY2(v->reason.english().contains(u"389 open on fd00::1, but refused on 10.0.0.1: if fd00::1 stops "
                                          u"answering"_s),
             qPrintable(v->reason.english()));

    // Through the results file and back.
    RunResult run;
    run.meta.vantage = plan.vantage;
    run.meta.options = plan.options;
    run.meta.host = u"gsrv1"_s;
    for (const ProbeResult &r : std::as_const(index))
        run.results.append(r);
    const QByteArray json =
        runResultJson(builtinCatalog(), plan, run, computeVerdicts(builtinCatalog(), plan, index));
    QVERIFY(json.contains("\"addresses\""));
    const MergeOutcome m = mergeResultDocuments(builtinCatalog(), {{u"r.json"_s, json}});
    QVERIFY2(m.ok(), m.errors.isEmpty() ? "" : qPrintable(m.errors.first().english()));
    bool found = false;
    for (const ProbeResult &r : m.report.runs.value(0).results) {
        if (r.host == u"dc1"_s && r.port == 389) {
            found = true;
            QCOMPARE(r.addresses.size(), 2);
            QCOMPARE(r.addresses.at(1).state, ProbeState::Refused);
            QVERIFY(r.someAddressFails());
        }
    }
    QVERIFY(found);
}

namespace {

// RFC 4180 as firewallRequestCsv writes it: quoted fields, doubled quotes, CRLF.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\n') {
            row << field;
            field.clear();
            rows << row;
            row.clear();
        } else if (c != u'\r') {
            field += c;
        }
    }
    return rows;
}

// Made-up addresses for the hosts of siteProfile(): data only, nothing is sent to them.
void giveAddresses(ResultIndex *index, const Plan &plan)
{
    const QHash<QString, QStringList> addresses{{u"dc1"_s, {u"fd00::5"_s, u"10.0.0.5"_s}},
                                                {u"fs1"_s, {u"10.0.0.6"_s}},
                                                {u"gsrv1.corp.example"_s, {u"10.0.0.10"_s}},
                                                {u"agent1"_s, {u"10.0.0.20"_s}},
                                                {u"sql1"_s, {u"20.61.99.200"_s}},
                                                {u"cloud1"_s, {u"203.0.113.9"_s}},
                                                {u"aadcdn.msauth.net"_s, {u"203.0.113.10"_s}}};
    QHash<QString, QString> via;
    for (const Check &c : plan.checks)
        via.insert(c.probeKey(), c.via);
    for (auto it = index->begin(); it != index->end(); ++it) {
        it->via = via.value(it.key());
        const QStringList a = addresses.value(it->host);
        if (a.isEmpty() || !it->via.isEmpty())
            continue;
        it->address = a.constLast();
        if (a.size() > 1) {
            for (const QString &each : a)
                it->addresses.append({each, it->state, it->service, 0.5, {}});
        }
    }
}

} // namespace

// The request in the shape change tools import: one row of each kind, every column a tool maps.
void TestVerdict::firewallRequestCsv_changeToolColumns_data()
{
    QTest::addColumn<QString>("options");
    QTest::addColumn<QString>("vantage"); // empty: Guardian server and agent, both from here
    QTest::addColumn<QString>("proxy");
    QTest::addColumn<bool>("serviceTags");
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("testedHost");
    QTest::addColumn<QStringList>("cells"); // "column=value", or "column~part" for a part of it

    const QString ldapSources = u" Source: Required Ports for Cayosoft Guardian (older version: 389/3268 "
                                u"only); Required Ports for Cayosoft Guardian (newer version: adds LDAPS "
                                u"and the fallback rules)."_s;
    QTest::newRow("required, verified open")
        << QString() << QString() << QString() << false << u"445=open 636=open 3269=open"_s
        << u"service-share-smb"_s << u"tcp/445"_s << u"fs1"_s
        << QStringList{u"source=gsrv1"_s,
                       u"source address=10.0.0.10"_s, // gsrv1 as the agent tested it
                       u"destination=fs1"_s,
                       u"destination address=10.0.0.6"_s,
                       u"action=allow"_s,
                       u"direction=source -> destination"_s,
                       u"need=required"_s,
                       u"justification=Write and read backups on the network share. Source: Required "
                       u"Ports for Cayosoft Guardian (older version: 389/3268 only)."_s,
                       u"state found=open, identified"_s,
                       u"after verification="_s,
                       u"change needed=no"_s,
                       u"change=verified open, no change"_s,
                       u"port=445"_s};
    // The agent in LDAPS mode: no other link of this machine needs 389.
    QTest::newRow("recommended: the first choice when the fallback carries the link")
        << u"agent-ldap-mode=ldaps"_s << QString() << QString() << false << u"636=open 3269=open"_s
        << u"service-dc-ldap"_s << u"tcp/389"_s << u"dc1"_s
        << QStringList{u"source=gsrv1"_s,
                       u"destination=dc1"_s,
                       u"destination address=fd00::5 10.0.0.5"_s, // every address of the name
                       u"need=recommended"_s,
                       u"justification=Read and watch the directory of every managed domain."_s + ldapSources,
                       u"state found=filtered on fd00::5, filtered on 10.0.0.5"_s,
                       u"change needed=yes"_s,
                       u"change=open"_s};
    QTest::newRow("optional, inferred")
        << QString() << QString() << QString() << false << u"53=open"_s << u"service-dc-dns"_s << u"tcp/53"_s
        << u"dc1"_s
        << QStringList{u"need=optional"_s,
                       u"justification~ Inferred from Service overview and network port "
                       u"requirements for Windows"_s,
                       u"state found=open, identified"_s};
    QTest::newRow("from machines that did not run here")
        << QString() << u"guardian-server"_s << QString() << false << u"5986=open"_s << u"agent-dc-ldap"_s
        << u"tcp/389"_s << u"dc1"_s
        << QStringList{u"source=every Forest Recovery agent"_s,
                       u"source address=10.0.0.20"_s, // agent1, as the Guardian server tested it
                       u"destination address=fd00::5 10.0.0.5"_s, u"state found=not tested from here"_s,
                       u"change needed=unknown"_s};
    QTest::newRow("through a proxy")
        << u"cloud=worldwide"_s << QString() << u"http://proxy.corp.example:3128"_s << false << QString()
        << u"service-m365-https"_s << u"tcp/443"_s << u"aadcdn.msauth.net"_s
        << QStringList{u"destination=*.msauth.net"_s,
                       u"destination address="_s, // the proxy resolves the name
                       u"direction=source -> proxy http://proxy.corp.example:3128 -> destination"_s,
                       u"change=allow on the proxy http://proxy.corp.example:3128"_s,
                       u"via=http://proxy.corp.example:3128"_s,
                       u"m365 set=59"_s,
                       u"listed as=*.msauth.net"_s};
    QTest::newRow("Microsoft 365: the FQDN of a URL rule")
        << u"cloud=worldwide"_s << QString() << QString() << false << u"443=open"_s << u"service-m365-https"_s
        << u"tcp/443"_s << u"login.microsoftonline.com"_s
        << QStringList{
               u"destination=login.microsoftonline.com *.microsoftonline.com"_s,
               u"destination address="_s, // names on the Internet: no address to pin
               u"direction=source -> destination"_s,
               u"justification~ Source: Required Ports for Cayosoft Guardian (older version: 389/3268 "
               u"only); Microsoft 365 URLs and IP address ranges (Microsoft Learn)."_s,
               u"m365 set=56, 59"_s,
               u"via=direct"_s};
    QTest::newRow("Azure SQL: the service tag's prefixes")
        << u"azure-sql-policy=redirect"_s << QString() << QString() << true << u"1433=open"_s
        << u"service-sql-tds"_s << u"tcp/11000-11999"_s << u"sql1"_s
        << QStringList{u"destination=sql1"_s, u"destination address=13.69.105.0/24 2603:1020:206::/48"_s,
                       u"service tag=Sql.WestEurope"_s, u"need=required"_s,
                       u"justification~Microsoft Learn"_s};
    QTest::newRow("Azure SQL: the service tag without a tags file")
        << u"azure-sql-policy=redirect"_s << QString() << QString() << false << u"1433=open"_s
        << u"service-sql-tds"_s << u"tcp/1433"_s << u"sql1"_s
        << QStringList{u"destination address=Sql.WestEurope"_s, u"service tag=Sql.WestEurope"_s,
                       u"address prefixes="_s, u"state found=open, identified"_s};
}

// The machine that ran is named by the profile (by address), and nothing it tested connected to
// itself: the request's source address is the entry it found itself in, not an empty cell that a
// change tool cannot import.
void TestVerdict::firewallRequest_sourceAddressOfTheMachineThatRan_fromItsHostListEntry()
{
    Profile profile = siteProfile(QString());
    profile.vantage = {u"guardian-server"_s};
    profile.hosts.insert(u"guardian-server"_s, {ProfileHost{u"10.0.0.99"_s, {}}});
    const Plan plan = buildPlan(builtinCatalog(), profile);
    ResultIndex index = results(plan, u"445=open"_s);
    giveAddresses(&index, plan);
    RunResult run;
    run.meta.host = u"gsrv9"_s; // its own name: no probe went to it
    run.meta.vantage = plan.vantage;
    run.meta.sources.thisRun.insert(u"guardian-server"_s, u"10.0.0.99"_s);
    run.results = index.values();
    const ReportData report = reportFromRun(builtinCatalog(), plan, run);
    int rows = 0;
    for (const FirewallRequestRow &r : firewallRequest(builtinCatalog(), report)) {
        if (r.link != u"service-share-smb"_s)
            continue;
        ++rows;
        QCOMPARE(r.sourceAddresses, QStringList{u"10.0.0.99"_s});
    }
    QVERIFY(rows > 0);
}

// "Every Admin workstation" has no host list and no machine that ran: the profile's
// source-networks are what a change tool imports as its source address.
void TestVerdict::firewallRequest_roleThatDidNotRun_namesItsSourceNetworks()
{
    Profile profile = siteProfile(QString());
    const QStringList networks{u"10.20.0.0/24"_s, u"2001:db8:20::/64"_s};
    profile.sourceNetworks.insert(u"admin-workstation"_s, networks);
    const Plan plan = buildPlan(builtinCatalog(), profile);
    ResultIndex index = results(plan, u"443=open 445=open"_s);
    giveAddresses(&index, plan);
    RunResult run;
    run.meta.host = u"gsrv1"_s;
    run.meta.vantage = plan.vantage;
    run.results = index.values();
    // From the plan (a run in the window before its results are written) ...
    ReportData report = reportFromRun(builtinCatalog(), plan, run);
    const QList<FirewallRequestRow> rows = firewallRequest(builtinCatalog(), report);
    int workstationRows = 0;
    for (const FirewallRequestRow &r : rows) {
        if (r.link == u"workstation-portal-web"_s) {
            ++workstationRows;
            QVERIFY2(r.source.english().startsWith(u"every "_s), qPrintable(r.source.english()));
            QCOMPARE(r.sourceAddresses, networks);
        } else {
            QVERIFY2(!r.sourceAddresses.contains(networks.first()), qPrintable(r.link));
        }
    }
    QVERIFY(workstationRows > 0);
    const QList<QStringList> csv = parseCsv(firewallRequestCsv(rows));
    QVERIFY(csv.size() > 1);
    const qsizetype link = csv.first().indexOf(u"link"_s);
    const qsizetype address = csv.first().indexOf(u"source address"_s);
    QVERIFY(link >= 0 && address >= 0);
    int csvRows = 0;
    for (const QStringList &row : csv.mid(1)) {
        if (row.at(link) == u"workstation-portal-web"_s) {
            ++csvRows;
            QCOMPARE(row.at(address), u"10.20.0.0/24 2001:db8:20::/64"_s);
        }
    }
    QCOMPARE(csvRows, workstationRows);

    // ... and from the run's metadata (a results file), which a merge writes.
    Plan bare = plan;
    bare.sourceNetworks.clear();
    run.meta.sourceNetworks.insert(u"admin-workstation"_s, {u"10.99.0.0/16"_s});
    report = reportFromRun(builtinCatalog(), bare, run);
    for (const FirewallRequestRow &r : firewallRequest(builtinCatalog(), report)) {
        if (r.link == u"workstation-portal-web"_s)
            QCOMPARE(r.sourceAddresses, QStringList{u"10.99.0.0/16"_s});
    }

    // Without the key the column is what it was: the role's addresses as far as known (none here).
    report =
        reportFromRun(builtinCatalog(), buildPlan(builtinCatalog(), siteProfile(QString())), RunResult{});
    for (const FirewallRequestRow &r : firewallRequest(builtinCatalog(), report)) {
        if (r.link == u"workstation-portal-web"_s)
            QCOMPARE(r.sourceAddresses, QStringList());
    }
}

// Written as run.source_networks, read back, and joined by a merge: each role's networks once,
// in the order the files name them.
void TestVerdict::sourceNetworks_throughResultsFiles_mergeJoinsThem()
{
    const Plan plan = buildPlan(builtinCatalog(), siteProfile(QString()));
    const ResultIndex index = results(plan, u"443=open"_s);
    const auto file = [&](const QString &host, const QMap<QString, QStringList> &networks) {
        RunResult run;
        run.meta.host = host;
        run.meta.vantage = plan.vantage;
        run.meta.options = plan.options;
        run.meta.sourceNetworks = networks;
        run.results = index.values();
        return runResultJson(builtinCatalog(), plan, run, computeVerdicts(builtinCatalog(), plan, index));
    };
    QVERIFY(!file(u"gsrv0"_s, {}).contains("source_networks")); // omitted when there are none
    const QByteArray a =
        file(u"gsrv1"_s, {{u"admin-workstation"_s, {u"10.20.0.0/24"_s, u"2001:db8:20::/64"_s}}});
    const QByteArray b =
        file(u"gsrv2"_s, {{u"admin-workstation"_s, {u"2001:db8:20::/64"_s, u"10.21.0.0/24"_s}},
                          {u"ad-connector"_s, {u"10.30.0.7"_s}}});
    const QJsonObject written = QJsonDocument::fromJson(a).object().value(u"run"_s).toObject();
    QCOMPARE(written.value(u"source_networks"_s).toObject().value(u"admin-workstation"_s).toArray(),
             (QJsonArray{u"10.20.0.0/24"_s, u"2001:db8:20::/64"_s}));

    const MergeOutcome one = mergeResultDocuments(builtinCatalog(), {{u"a.json"_s, a}});
    QVERIFY2(one.ok(), one.errors.isEmpty() ? "" : qPrintable(one.errors.first().english()));
    QCOMPARE(one.report.runs.value(0).meta.sourceNetworks.value(u"admin-workstation"_s),
             (QStringList{u"10.20.0.0/24"_s, u"2001:db8:20::/64"_s}));

    const MergeOutcome both = mergeResultDocuments(builtinCatalog(), {{u"a.json"_s, a}, {u"b.json"_s, b}});
    QVERIFY2(both.ok(), both.errors.isEmpty() ? "" : qPrintable(both.errors.first().english()));
    const QMap<QString, QStringList> joined{
        {u"admin-workstation"_s, {u"10.20.0.0/24"_s, u"2001:db8:20::/64"_s, u"10.21.0.0/24"_s}},
        {u"ad-connector"_s, {u"10.30.0.7"_s}}};
    QCOMPARE(both.report.meta.sourceNetworks, joined);
    QCOMPARE(both.report.plan.sourceNetworks, joined);
    int rows = 0;
    for (const FirewallRequestRow &r : firewallRequest(builtinCatalog(), both.report)) {
        if (r.link == u"workstation-portal-web"_s) {
            ++rows;
            QCOMPARE(r.sourceAddresses, joined.value(u"admin-workstation"_s));
        }
    }
    QVERIFY(rows > 0);
}

void TestVerdict::firewallRequestCsv_changeToolColumns()
{
    QFETCH(QString, options);
    QFETCH(QString, vantage);
    QFETCH(QString, proxy);
    QFETCH(bool, serviceTags);
    QFETCH(QString, spec);
    QFETCH(QString, link);
    QFETCH(QString, service);
    QFETCH(QString, testedHost);
    QFETCH(QStringList, cells);
    Profile profile = siteProfile(options);
    if (!vantage.isEmpty())
        profile.vantage = vantage.split(u',');
    profile.proxy = proxy;
    profile.azureRegion = u"West Europe"_s;
    // The agent's machine tests the Guardian server by its FQDN; this machine calls itself gsrv1.
    profile.hosts.insert(u"guardian-server"_s, {ProfileHost{u"gsrv1.corp.example"_s, {}}});
    const Plan plan = buildPlan(builtinCatalog(), profile);
    ResultIndex index = results(plan, spec);
    giveAddresses(&index, plan);
    RunResult run;
    run.meta.host = u"gsrv1"_s;
    run.meta.vantage = plan.vantage;
    run.results = index.values();
    ReportData report = reportFromRun(builtinCatalog(), plan, run);
    if (serviceTags) {
        Text error;
        const auto tags = Azure::parseServiceTags(kServiceTags, &error);
        QVERIFY2(tags, qPrintable(error.english()));
        report.azureServiceTags = *tags;
    }
    const QList<QStringList> csv = parseCsv(firewallRequestCsv(firewallRequest(builtinCatalog(), report)));
    QVERIFY(csv.size() > 1);
    const QStringList header = csv.constFirst();
    // What change tools map, in their order; then the columns of earlier versions, all kept.
    QCOMPARE(header.mid(0, 11),
             (QStringList{u"source"_s, u"source address"_s, u"destination"_s, u"destination address"_s,
                          u"service"_s, u"action"_s, u"direction"_s, u"need"_s, u"justification"_s,
                          u"state found"_s, u"after verification"_s}));
    for (const QString &kept :
         {u"source role"_s, u"destination role"_s, u"port"_s, u"transport"_s, u"protocol"_s,
          u"change needed"_s, u"purpose"_s, u"link"_s, u"catalog port"_s, u"via"_s, u"m365 set"_s,
          u"listed as"_s, u"service tag"_s, u"address prefixes"_s})
        QVERIFY2(header.contains(kept), qPrintable(kept));
    const auto column = [&header](const QString &name) -> qsizetype {
        return header.indexOf(name);
    };
    QList<QStringList> matching;
    for (const QStringList &row : csv.mid(1)) {
        QCOMPARE(row.size(), header.size());
        QCOMPARE(row.at(column(u"action"_s)), u"allow"_s);
        QVERIFY(row.at(column(u"service"_s)).startsWith(u"tcp/"_s));
        QVERIFY(row.at(column(u"after verification"_s)).isEmpty()); // only compare fills it
        QVERIFY(!row.at(column(u"justification"_s)).isEmpty());
        if (row.at(column(u"link"_s)) == link && row.at(column(u"service"_s)) == service &&
            row.at(column(u"tested host"_s)) == testedHost)
            matching << row;
    }
    QCOMPARE(matching.size(), 1);
    const QStringList row = matching.constFirst();
    for (const QString &cell : std::as_const(cells)) {
        const qsizetype is = cell.indexOf(u'=');
        const qsizetype part = cell.indexOf(u'~');
        const bool exact = is >= 0 && (part < 0 || is < part);
        const QString name = cell.left(exact ? is : part);
        const QString value = cell.mid((exact ? is : part) + 1);
        QVERIFY2(column(name) >= 0, qPrintable(name));
        const QString actual = row.at(column(name));
        if (exact)
            QVERIFY2(actual == value, qPrintable(name + u": "_s + actual));
        else
            QVERIFY2(actual.contains(value), qPrintable(name + u": "_s + actual));
    }
}

// Before the change the share's 445 is filtered and the DC's 389 open; after it 445 answers, 389
// is filtered, and the cloud is still closed: the request of the run before, each rule with what
// the run after found.
void TestVerdict::compare_fillsAfterVerification()
{
    const Plan plan = buildPlan(builtinCatalog(), siteProfile(QString()));
    const auto report = [&plan](const QString &spec) {
        RunResult run;
        run.meta.host = u"gsrv1"_s;
        run.meta.vantage = plan.vantage;
        run.results = results(plan, spec).values();
        return reportFromRun(builtinCatalog(), plan, run);
    };
    const ReportData before = report(u"389=open 3268=open 5986=open"_s);
    const ReportData after = report(u"445=open 3268=open 5986=open"_s);
    const Comparison c = compareReports(builtinCatalog(), before, after);
    QVERIFY(c.ok());
    QCOMPARE(c.request.size(), firewallRequest(builtinCatalog(), before).size());
    QHash<QString, QString> verified;
    for (const FirewallRequestRow &r : c.request) {
        QVERIFY2(!r.afterVerification.isEmpty(), qPrintable(r.link + u' ' + r.port));
        verified.insert(r.link + u'|' + r.destination + u'|' + r.port, r.afterVerification.english());
    }
    QCOMPARE(verified.value(u"service-share-smb|fs1|445"_s), u"verified: open, identified"_s);
    QCOMPARE(verified.value(u"service-dc-ldap|dc1|389"_s), u"now closed: filtered"_s);
    QCOMPARE(verified.value(u"service-dc-ldap|dc1|3268"_s), u"verified: open, identified"_s);
    QCOMPARE(verified.value(u"service-cloud-license|cloud1|443"_s), u"still closed: filtered"_s);
    const QString csv = firewallRequestCsv(c.request);
    QVERIFY2(csv.contains(u",filtered,\"verified: open, identified\",yes,open,fs1,"_s), qPrintable(csv));
    // Without compare the column stays empty.
    QVERIFY(firewallRequestCsv(firewallRequest(builtinCatalog(), before))
                .contains(u",filtered,,yes,open,fs1,"_s));
}

QTEST_GUILESS_MAIN(TestVerdict)
#include "tst_verdict.moc"
