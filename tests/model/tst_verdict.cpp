#include "catalog/catalogloader.h"
#include "plan/plan.h"
#include "verdict/verdict.h"

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
    void otherDcAnswering_isAWarning();
};

// One row per mode value and port situation: options, link, port states, verdict, words in the reason.
struct Row
{
    QString name, options, link, ports, verdict, reason;
};

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
    rows.append({QString::fromUtf8("default: 389 silent"), u"ldap-mode=default"_s, ldap,
                 u"389=open/silent 3268=open"_s, u"warn"_s, u"did not answer ldap"_s});
    rows.append({QString::fromUtf8("ldaps-only: pair open"), u"ldap-mode=ldaps-only"_s, ldap,
                 u"636=open 3269=open"_s, u"pass"_s, u"636 open, 3269 open"_s});
    rows.append({QString::fromUtf8("ldaps-only: 3269 refused"), u"ldap-mode=ldaps-only"_s, ldap,
                 u"389=open 3268=open 636=open 3269=refused"_s, u"fail"_s, u"3269 refused"_s});
    rows.append({QString::fromUtf8("ldaps-only: only ldap open"), u"ldap-mode=ldaps-only"_s, ldap,
                 u"389=open 3268=open"_s, u"fail"_s,
                 u"389 (ldap), 3268 (gc) are open, but the chosen mode does not use them"_s});
    rows.append({QString::fromUtf8("ldaps-only: bad certificate"), u"ldap-mode=ldaps-only"_s, ldap,
                 u"636=open/tls-error 3269=open"_s, u"warn"_s,
                 u"636 open, but TLS: self-signed certificate"_s});

    // WinRM transport
    const QString winrm = u"service-dc-winrm"_s;
    const struct
    {
        const char16_t *mode, *ports, *verdict, *reason;
    } winrmRows[] = {
        {u"http-only", u"5985=open", u"pass", u"5985 open"},
        {u"http-only", u"5986=open", u"fail", u"5986 (winrms) is open, but the chosen mode does not use it"},
        {u"http-only", u"5985=open 5986=open", u"pass", u"5985 open"},
        {u"http-only", u"", u"fail", u"5985 filtered"},
        {u"https-only", u"5986=open", u"pass", u"5986 open"},
        {u"https-only", u"5985=open", u"fail", u"5985 (winrm) is open"},
        {u"https-only", u"5985=open 5986=refused", u"fail", u"5986 refused"},
        {u"https-only", u"5986=open/tls-error", u"warn", u"TLS: self-signed"},
        {u"auto-https", u"5986=open", u"pass", u"5986 open"},
        {u"auto-https", u"5985=open", u"pass", u"5985 open"},
        {u"auto-https", u"5985=refused 5986=refused", u"fail", u"none of the allowed ports works"},
        {u"auto-http", u"5986=open", u"pass", u"5986 open"},
        {u"auto-http", u"5985=open", u"pass", u"5985 open"},
        {u"auto-http", u"", u"fail", u"5985 filtered; 5986 filtered"},
    };
    for (const auto &r : winrmRows) {
        const QString mode = QString::fromUtf16(r.mode);
        rows.append({(u"winrm "_s + mode + u": "_s + QString::fromUtf16(r.ports)),
                     u"winrm-transport="_s + mode, winrm, QString::fromUtf16(r.ports),
                     QString::fromUtf16(r.verdict), QString::fromUtf16(r.reason)});
    }

    // Forest Recovery agent directory mode
    const QString agent = u"agent-dc-ldap"_s;
    const struct
    {
        const char16_t *mode, *ports, *verdict, *reason;
    } agentRows[] = {
        {u"ldap", u"389=open", u"pass", u"389 open"},
        {u"ldap", u"636=open", u"fail", u"636 (ldaps) is open, but the chosen mode does not use it"},
        {u"ldaps", u"636=open", u"pass", u"636 open"},
        {u"ldaps", u"389=open", u"fail", u"636 filtered"},
        {u"ldaps-fallback", u"636=open", u"pass", u"636 open"},
        {u"ldaps-fallback", u"389=open", u"warn", u"works through the agent's LDAP fallback"},
        {u"ldaps-fallback", u"389=open 636=open", u"pass", u"636 open"},
        {u"ldaps-fallback", u"", u"fail", u"none of the allowed ports works"},
    };
    for (const auto &r : agentRows) {
        const QString mode = QString::fromUtf16(r.mode);
        rows.append({(u"agent "_s + mode + u": "_s + QString::fromUtf16(r.ports)),
                     u"agent-ldap-mode="_s + mode, agent, QString::fromUtf16(r.ports),
                     QString::fromUtf16(r.verdict), QString::fromUtf16(r.reason)});
    }

    // Licensing: the license is required online; telemetry is optional in both modes
    rows.append({QString::fromUtf8("licensing online: 443 open"), u"licensing=online"_s,
                 u"service-cloud-license"_s, u"443=open"_s, u"pass"_s, u"443 open"_s});
    rows.append({QString::fromUtf8("licensing online: 443 filtered"), u"licensing=online"_s,
                 u"service-cloud-license"_s, QString(), u"fail"_s, u"443 filtered"_s});
    rows.append({QString::fromUtf8("licensing offline: telemetry filtered"), u"licensing=offline"_s,
                 u"service-cloud-telemetry"_s, QString(), u"warn"_s, u"optional link fails"_s});
    rows.append({QString::fromUtf8("licensing online: telemetry open"), u"licensing=online"_s,
                 u"service-cloud-telemetry"_s, u"443=open"_s, u"pass"_s, u"443 open"_s});

    // Azure SQL connection policy
    rows.append({QString::fromUtf8("sql proxy: open"), u"azure-sql-policy=proxy"_s, u"service-sql-tds"_s,
                 u"1433=open"_s, u"pass"_s, u"1433 open"_s});
    rows.append({QString::fromUtf8("sql proxy: filtered"), u"azure-sql-policy=proxy"_s, u"service-sql-tds"_s,
                 QString(), u"fail"_s, u"1433 filtered"_s});
    rows.append({QString::fromUtf8("sql redirect: open"), u"azure-sql-policy=redirect"_s,
                 u"service-sql-tds"_s, u"1433=open"_s, u"pass"_s, u"1433 open"_s});
    rows.append({QString::fromUtf8("sql redirect: refused"), u"azure-sql-policy=redirect"_s,
                 u"service-sql-tds"_s, u"1433=refused"_s, u"fail"_s, u"1433 refused"_s});

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
    if (options.contains(u"redirect"_s))
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
    QVERIFY(
        v->remediation.first().english().startsWith(u"dc1 does not offer Global Catalog over TLS on 3269"_s));
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

QTEST_GUILESS_MAIN(TestVerdict)
#include "tst_verdict.moc"
