#include "model/catalog/catalogloader.h"
#include "model/plan/plan.h"
#include "model/probe/proberunner.h"
#include "model/probe/protocols/dns.h"
#include "model/probe/protocols/kerberos.h"
#include "model/verdict/verdict.h"
#include "tests/probehelpers.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace PortCheck;
using namespace PortCheck::Test;
using namespace Qt::StringLiterals;

namespace {

// This suite's loopback addresses (the plan in tests/dnsresponder.h): the KDC .80, the garbage
// and silent servers .81, dnsmasq .82.
const QHostAddress kKdcAddress(u"127.0.0.80"_s);
const QHostAddress kOtherAddress(u"127.0.0.81"_s);
const QHostAddress kDnsAddress(u"127.0.0.82"_s);
constexpr char16_t kRealm[] = u"TEST.PORTCHECK.INVALID";

QString sbin(const QString &name)
{
    return QStandardPaths::findExecutable(name, {u"/usr/sbin"_s, u"/usr/local/sbin"_s, u"/sbin"_s});
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

RunSettings settingsFor(const QString &domain, int protocolTimeoutMs = 10000)
{
    RunSettings s;
    s.probe.connectTimeoutMs = 10000;
    s.probe.protocolTimeoutMs = protocolTimeoutMs;
    s.probe.domain = domain;
    return s;
}

QByteArray describe(const ProbeResult &r)
{
    QStringList facts;
    for (auto it = r.facts.cbegin(); it != r.facts.cend(); ++it)
        facts << it.key() + u'=' + it.value();
    return (probeStateId(r.state) + u'/' + serviceStateId(r.service) + u": "_s + r.message.english() +
            u" ["_s + facts.join(u", "_s) + u']')
        .toUtf8();
}

// A server that accepts and then either says `reply` to whatever comes, or nothing at all.
class PlainServer : public QTcpServer
{
public:
    explicit PlainServer(QByteArray reply)
        : m_reply(std::move(reply))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    s->readAll();
                    if (!m_reply.isEmpty())
                        s->write(m_reply);
                });
            }
        });
    }

private:
    QByteArray m_reply;
};

} // namespace

// The Kerberos and DNS probes against servers we did not write: MIT's krb5kdc and dnsmasq, each
// started here on a loopback address with a throw-away configuration.
class TestAdProbes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void kerberos_realKdc_ownRealm_principalUnknown();
    void kerberos_realKdc_otherRealm();
    void kerberos_realKdcTenMinutesBehind_failsTheLink();
    void kerberos_garbageServer_isUnexpected();
    void kerberos_silentServer_isSilent();
    void dns_realServer_srvAnswer();
    void dns_realServer_nxdomain();
    void dns_kdcPort_isNotDns();
    void kerberos_dnsPort_isNotKerberos();

private:
    void startKdc();
    void startDnsmasq();
    QTemporaryDir m_dir;
    QProcess m_kdc;
    QProcess m_dnsmasq;
    quint16 m_kdcPort = 0;
    quint16 m_dnsPort = 0;
    QString m_kdcMissing;
    QString m_dnsMissing;
};

void TestAdProbes::initTestCase()
{
    QVERIFY(m_dir.isValid());
    startKdc();
    startDnsmasq();
}

void TestAdProbes::cleanupTestCase()
{
    for (QProcess *p : {&m_kdc, &m_dnsmasq}) {
        if (p->state() != QProcess::NotRunning) {
            p->terminate();
            if (!p->waitForFinished(5000))
                p->kill();
            p->waitForFinished(3000);
        }
    }
}

void TestAdProbes::startKdc()
{
    const QString kdc = sbin(u"krb5kdc"_s);
    const QString util = sbin(u"kdb5_util"_s);
    if (kdc.isEmpty() || util.isEmpty()) {
        m_kdcMissing = u"MIT krb5kdc is not installed (Debian package krb5-kdc): scripts/dev.sh test "
                       u"installs it"_s;
        return;
    }
    m_kdcPort = freePort(kKdcAddress);
    QVERIFY(m_kdcPort != 0);
    const QByteArray dir = m_dir.path().toUtf8();
    const QByteArray listen = kKdcAddress.toString().toUtf8() + ':' + QByteArray::number(m_kdcPort);
    const QByteArray realm = QString::fromUtf16(kRealm).toUtf8();
    QVERIFY(writeFile(m_dir.filePath(u"krb5.conf"_s), "[libdefaults]\n default_realm = " + realm + "\n"));
    QVERIFY(writeFile(m_dir.filePath(u"kdc.conf"_s),
                      "[kdcdefaults]\n kdc_listen = " + listen + "\n kdc_tcp_listen = " + listen +
                          "\n[realms]\n " + realm + " = {\n  database_name = " + dir +
                          "/principal\n  key_stash_file = " + dir + "/stash\n  acl_file = " + dir +
                          "/kadm5.acl\n }\n[logging]\n kdc = FILE:" + dir + "/kdc.log\n"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"KRB5_CONFIG"_s, m_dir.filePath(u"krb5.conf"_s));
    env.insert(u"KRB5_KDC_PROFILE"_s, m_dir.filePath(u"kdc.conf"_s));
    QProcess create;
    create.setProcessEnvironment(env);
    create.setProcessChannelMode(QProcess::MergedChannels);
    create.start(util, {u"create"_s, u"-s"_s, u"-r"_s, QString::fromUtf16(kRealm), u"-P"_s, u"throw-away"_s});
    QVERIFY2(create.waitForFinished(60000) && create.exitCode() == 0, create.readAll().constData());
    m_kdc.setProcessEnvironment(env);
    m_kdc.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_kdc.start(kdc, {u"-n"_s, u"-r"_s, QString::fromUtf16(kRealm), u"-P"_s, m_dir.filePath(u"kdc.pid"_s)});
    QVERIFY2(m_kdc.waitForStarted(5000), "krb5kdc did not start");
    QVERIFY2(waitForPort(kKdcAddress, m_kdcPort, 20000), "krb5kdc does not listen");
}

void TestAdProbes::startDnsmasq()
{
    const QString dnsmasq = sbin(u"dnsmasq"_s);
    if (dnsmasq.isEmpty()) {
        m_dnsMissing = u"dnsmasq is not installed (Debian package dnsmasq-base): scripts/dev.sh test "
                       u"installs it"_s;
        return;
    }
    // UDP and TCP on the same port: take one that is free for TCP and hope for UDP (a clash
    // only makes dnsmasq fail to start, which the test reports).
    m_dnsPort = freePort(kDnsAddress);
    QVERIFY(m_dnsPort != 0);
    m_dnsmasq.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_dnsmasq.start(
        dnsmasq,
        {u"--keep-in-foreground"_s, u"--conf-file=/dev/null"_s, u"--no-resolv"_s, u"--no-hosts"_s,
         u"--no-daemon"_s, u"--pid-file="_s, u"--bind-interfaces"_s,
         u"--listen-address="_s + kDnsAddress.toString(), u"--port="_s + QString::number(m_dnsPort),
         u"--local=/test.portcheck.invalid/"_s, u"--local=/other.portcheck.invalid/"_s,
         u"--srv-host=_ldap._tcp.dc._msdcs.test.portcheck.invalid,dc1.test.portcheck.invalid,389,0,100"_s,
         u"--srv-host=_ldap._tcp.dc._msdcs.test.portcheck.invalid,dc2.test.portcheck.invalid,389,0,100"_s});
    QVERIFY2(m_dnsmasq.waitForStarted(5000), "dnsmasq did not start");
    QVERIFY2(waitForPort(kDnsAddress, m_dnsPort, 20000), "dnsmasq does not listen");
}

void TestAdProbes::kerberos_realKdc_ownRealm_principalUnknown()
{
    if (!m_kdcMissing.isEmpty())
        QSKIP(qPrintable(m_kdcMissing));
    QElapsedTimer clock;
    clock.start();
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const ProbeResult r = runProbe({kKdcAddress.toString(), m_kdcPort, ProbeKind::Kerberos},
                                   settingsFor(u"test.portcheck.invalid"_s));
    qInfo("probe of the MIT KDC took %lld ms: %s", static_cast<long long>(clock.elapsed()),
          describe(r).constData());
    QCOMPARE(r.state, ProbeState::Open);
    QVERIFY2(r.service == ServiceState::Identified, describe(r).constData());
    QCOMPARE(r.facts.value(u"kerberos.error"_s), u"KDC_ERR_C_PRINCIPAL_UNKNOWN"_s);
    QCOMPARE(r.facts.value(u"kerberos.realm"_s), QString::fromUtf16(kRealm));
    const QDateTime serverTime = QDateTime::fromString(r.facts.value(u"kerberos.serverTime"_s), Qt::ISODate);
    QVERIFY(serverTime.isValid());
    QVERIFY2(r.facts.value(u"kerberos.serverTime"_s).endsWith(u'Z'), describe(r).constData());
    // The KDC runs on this machine: its clock is ours, give or take the seconds the run took.
    QVERIFY2(std::abs(before.secsTo(serverTime)) <= 120, describe(r).constData());
    bool ok = false;
    const int skew = r.facts.value(u"clock.skewSeconds"_s).toInt(&ok);
    QVERIFY(ok);
    QVERIFY(std::abs(skew) <= 120);
    QVERIFY(r.message.isEmpty());
}

void TestAdProbes::kerberos_realKdc_otherRealm()
{
    if (!m_kdcMissing.isEmpty())
        QSKIP(qPrintable(m_kdcMissing));
    const ProbeResult r = runProbe({kKdcAddress.toString(), m_kdcPort, ProbeKind::Kerberos},
                                   settingsFor(u"other.portcheck.invalid"_s));
    qInfo("MIT KDC asked for another realm: %s", describe(r).constData());
    // Still a KDC: identified. MIT's krb5kdc (1.20) serving one realm looks the client up under the
    // realm it was asked for and says the principal is unknown, echoing that realm: it gives no
    // sign that it does not serve it. (A KDC that says KDC_ERR_WRONG_REALM: tst_protocols.)
    QVERIFY2(r.service == ServiceState::Identified, describe(r).constData());
    QCOMPARE(r.facts.value(u"kerberos.requestedRealm"_s), u"OTHER.PORTCHECK.INVALID"_s);
    QCOMPARE(r.facts.value(u"kerberos.error"_s), u"KDC_ERR_C_PRINCIPAL_UNKNOWN"_s);
    QCOMPARE(r.facts.value(u"kerberos.realm"_s), u"OTHER.PORTCHECK.INVALID"_s);
}

// A real KDC whose clock is ten minutes slow (MIT krb5kdc under Debian's faketime): its server
// time gives the skew, and the Kerberos link from the Guardian server fails with the fix.
void TestAdProbes::kerberos_realKdcTenMinutesBehind_failsTheLink()
{
    if (!m_kdcMissing.isEmpty())
        QSKIP(qPrintable(m_kdcMissing));
    // libfaketime preloaded into krb5kdc itself (the faketime program would run it as its own
    // child, which terminate() would not reach).
    QString library;
    for (const QString &d : {u"/usr/lib/x86_64-linux-gnu/faketime"_s,
                             u"/usr/lib/aarch64-linux-gnu/faketime"_s, u"/usr/lib/faketime"_s}) {
        if (QFile::exists(d + u"/libfaketime.so.1"_s))
            library = d + u"/libfaketime.so.1"_s;
    }
    if (library.isEmpty())
        QSKIP("libfaketime is not installed (Debian package faketime): scripts/dev.sh test installs it");
    const quint16 port = freePort(kKdcAddress);
    QVERIFY(port != 0);
    const QByteArray dir = m_dir.path().toUtf8();
    const QByteArray listen = kKdcAddress.toString().toUtf8() + ':' + QByteArray::number(port);
    const QByteArray realm = QString::fromUtf16(kRealm).toUtf8();
    QVERIFY(writeFile(m_dir.filePath(u"kdc-slow.conf"_s),
                      "[kdcdefaults]\n kdc_listen = " + listen + "\n kdc_tcp_listen = " + listen +
                          "\n[realms]\n " + realm + " = {\n  database_name = " + dir +
                          "/principal\n  key_stash_file = " + dir + "/stash\n  acl_file = " + dir +
                          "/kadm5.acl\n }\n[logging]\n kdc = FILE:" + dir + "/kdc-slow.log\n"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"KRB5_CONFIG"_s, m_dir.filePath(u"krb5.conf"_s));
    env.insert(u"KRB5_KDC_PROFILE"_s, m_dir.filePath(u"kdc-slow.conf"_s));
    env.insert(u"LD_PRELOAD"_s, library);
    env.insert(u"FAKETIME"_s, u"-10m"_s);
    env.insert(u"FAKETIME_DONT_FAKE_MONOTONIC"_s, u"1"_s);
    QProcess slow;
    const auto stop = qScopeGuard([&] {
        slow.terminate();
        if (!slow.waitForFinished(5000))
            slow.kill();
        slow.waitForFinished(3000);
    });
    slow.setProcessEnvironment(env);
    slow.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    slow.start(sbin(u"krb5kdc"_s),
               {u"-n"_s, u"-r"_s, QString::fromUtf16(kRealm), u"-P"_s, m_dir.filePath(u"kdc-slow.pid"_s)});
    QVERIFY2(slow.waitForStarted(5000), "krb5kdc with libfaketime did not start");
    QVERIFY2(waitForPort(kKdcAddress, port, 20000), "krb5kdc under faketime does not listen");

    const ProbeResult r = runProbe({kKdcAddress.toString(), port, ProbeKind::Kerberos},
                                   settingsFor(u"test.portcheck.invalid"_s));
    qInfo("the slow KDC: %s", describe(r).constData());
    QVERIFY2(r.service == ServiceState::Identified, describe(r).constData());
    bool ok = false;
    const int skew = r.facts.value(u"clock.skewSeconds"_s).toInt(&ok);
    QVERIFY(ok);
    QVERIFY2(skew <= -540 && skew >= -660, describe(r).constData()); // ten minutes, give or take a run

    // The verdict of the Guardian server's Kerberos link to that DC.
    Profile profile = Profile::defaults(builtinCatalog());
    profile.vantage = {u"guardian-server"_s};
    ProfileHost dc{kKdcAddress.toString(), {}};
    dc.portOverrides.insert(88, port);
    profile.hosts.insert(u"domain-controller"_s, {dc});
    const Plan plan = buildPlan(builtinCatalog(), profile);
    ResultIndex index;
    for (const Check &c : plan.checks) {
        if (c.port == port)
            index.insert(c.probeKey(), r);
    }
    QVERIFY(!index.isEmpty());
    const QList<Verdict> verdicts = computeVerdicts(builtinCatalog(), plan, index);
    const auto v = std::find_if(verdicts.cbegin(), verdicts.cend(),
                                [](const Verdict &x) { return x.link == u"service-dc-kerberos"_s; });
    QVERIFY(v != verdicts.cend());
    QCOMPARE(v->level, VerdictLevel::Fail);
    QVERIFY2(v->reason.english().contains(u"seconds behind this machine's: Kerberos refuses more than 300"_s),
             qPrintable(v->reason.english()));
    QVERIFY2(v->remediation.value(0).english().contains(u"w32tm"_s),
             qPrintable(v->remediation.value(0).english()));
}

void TestAdProbes::kerberos_garbageServer_isUnexpected()
{
    PlainServer garbage("HTTP/1.0 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
    QVERIFY(garbage.listen(kOtherAddress));
    const ProbeResult r = runProbe({kOtherAddress.toString(), garbage.serverPort(), ProbeKind::Kerberos},
                                   settingsFor(u"test.portcheck.invalid"_s));
    QCOMPARE(r.state, ProbeState::Open);
    QVERIFY2(r.service == ServiceState::Unexpected, describe(r).constData());
    QVERIFY(!r.facts.contains(u"kerberos.error"_s));
}

void TestAdProbes::kerberos_silentServer_isSilent()
{
    PlainServer silent({});
    QVERIFY(silent.listen(kOtherAddress));
    const ProbeResult r = runProbe({kOtherAddress.toString(), silent.serverPort(), ProbeKind::Kerberos},
                                   settingsFor(u"test.portcheck.invalid"_s, 1000));
    QCOMPARE(r.state, ProbeState::Open);
    QVERIFY2(r.service == ServiceState::Silent, describe(r).constData());
}

void TestAdProbes::dns_realServer_srvAnswer()
{
    if (!m_dnsMissing.isEmpty())
        QSKIP(qPrintable(m_dnsMissing));
    QElapsedTimer clock;
    clock.start();
    const ProbeResult r = runProbe({kDnsAddress.toString(), m_dnsPort, ProbeKind::Dns},
                                   settingsFor(u"test.portcheck.invalid"_s));
    qInfo("probe of dnsmasq took %lld ms: %s", static_cast<long long>(clock.elapsed()),
          describe(r).constData());
    QVERIFY2(r.service == ServiceState::Identified, describe(r).constData());
    QCOMPARE(r.facts.value(u"dns.rcode"_s), u"NOERROR"_s);
    QCOMPARE(r.facts.value(u"dns.answers"_s), u"2"_s);
    QCOMPARE(r.facts.value(u"dns.query"_s), u"_ldap._tcp.dc._msdcs.test.portcheck.invalid"_s);
    const QString srv = r.facts.value(u"dns.srv"_s);
    QVERIFY2(srv.contains(u"dc1.test.portcheck.invalid:389"_s) &&
                 srv.contains(u"dc2.test.portcheck.invalid:389"_s),
             qPrintable(srv));
    QVERIFY(r.message.isEmpty());
}

void TestAdProbes::dns_realServer_nxdomain()
{
    if (!m_dnsMissing.isEmpty())
        QSKIP(qPrintable(m_dnsMissing));
    const ProbeResult r = runProbe({kDnsAddress.toString(), m_dnsPort, ProbeKind::Dns},
                                   settingsFor(u"other.portcheck.invalid"_s));
    qInfo("dnsmasq asked for another domain: %s", describe(r).constData());
    QVERIFY2(r.service == ServiceState::Identified, describe(r).constData());
    QCOMPARE(r.facts.value(u"dns.rcode"_s), u"NXDOMAIN"_s);
    QCOMPARE(r.facts.value(u"dns.answers"_s), u"0"_s);
    QVERIFY2(r.message.english().contains(u"does not serve that domain"_s), describe(r).constData());
}

void TestAdProbes::dns_kdcPort_isNotDns()
{
    if (!m_kdcMissing.isEmpty())
        QSKIP(qPrintable(m_kdcMissing));
    // A real server of another protocol: the KDC reads the DNS query as a malformed Kerberos
    // message and either answers with a KRB-ERROR or closes.
    const ProbeResult r = runProbe({kKdcAddress.toString(), m_kdcPort, ProbeKind::Dns},
                                   settingsFor(u"test.portcheck.invalid"_s, 3000));
    qInfo("DNS probe of the KDC: %s", describe(r).constData());
    QCOMPARE(r.state, ProbeState::Open);
    QVERIFY2(r.service == ServiceState::Unexpected || r.service == ServiceState::Silent,
             describe(r).constData());
    QVERIFY(!r.facts.contains(u"dns.rcode"_s));
}

void TestAdProbes::kerberos_dnsPort_isNotKerberos()
{
    if (!m_dnsMissing.isEmpty())
        QSKIP(qPrintable(m_dnsMissing));
    const ProbeResult r = runProbe({kDnsAddress.toString(), m_dnsPort, ProbeKind::Kerberos},
                                   settingsFor(u"test.portcheck.invalid"_s, 3000));
    qInfo("Kerberos probe of dnsmasq: %s", describe(r).constData());
    QCOMPARE(r.state, ProbeState::Open);
    QVERIFY2(r.service == ServiceState::Unexpected || r.service == ServiceState::Silent,
             describe(r).constData());
    QVERIFY(!r.facts.contains(u"kerberos.error"_s));
}

QTEST_GUILESS_MAIN(TestAdProbes)
#include "tst_adprobes.moc"
