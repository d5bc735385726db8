// HTTPS through a real explicit proxy (tinyproxy from Debian), as Guardian's own clients go: every
// way a proxy answers CONNECT, and a plan whose cloud link passes through the proxy while direct
// egress is blocked. Every address is loopback: the proxy listens on 127.0.0.98, the target on
// 127.0.0.99, and the targets are IP literals, so the proxy never asks a resolver for a name.
#include "model/catalog/catalogloader.h"
#include "model/demo/responder.h"
#include "model/plan/plan.h"
#include "model/probe/proberunner.h"
#include "model/probe/protocols/http.h"
#include "model/probe/protocols/x509.h"
#include "model/probe/proxy.h"
#include "model/results/resultswriter.h"
#include "model/run/planrun.h"
#include "tests/probehelpers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace PortCheck;
using namespace PortCheck::Test;
using namespace Qt::StringLiterals;

namespace {

const QHostAddress kProxyAddress(u"127.0.0.98"_s);
const QHostAddress kTargetAddress(u"127.0.0.99"_s);
const QString kTarget = u"127.0.0.99"_s;
const QString kDeniedTarget = u"127.0.0.100"_s; // not on the proxy's allow list

} // namespace

class TestProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void connectAnswer_parses();
    void proxyUrl_validation();
    void tunnel_thenTlsAndHttpInside();
    void refusedByPolicy_403WithReason();
    void authenticationRequired_407NeverAnswered();
    void proxyError_5xxWhenTargetClosed();
    void proxyItselfRefused();
    void loopbackOnly_appliesToTheProxy();
    void plan_cloudLinkPassesThroughProxy_directBlocked();
    void plan_proxyRefuses_fixNamesTheProxy();
    void inspectingProxy_trustedIsNamed_untrustedIsTlsError();
    void plainHttp_isAskedOfTheProxy_asWindowsFetchesCrls();
    void revocationServers_ofTheServedCertificate_areProbed();

private:
    quint16 startTinyproxy(QProcess &process, const QString &name, const QByteArray &extra);
    RunSettings settings() const;

    QTemporaryDir m_dir;
    QProcess m_allowing;
    QProcess m_authenticating;
    quint16 m_allowingPort = 0;
    quint16 m_authPort = 0;
    Responder m_target{Responder::Behavior::Http};
    QList<QSslCertificate> m_ca;
};

quint16 TestProxy::startTinyproxy(QProcess &process, const QString &name, const QByteArray &extra)
{
    const QString tinyproxy = QStandardPaths::findExecutable(u"tinyproxy"_s, {u"/usr/bin"_s, u"/usr/sbin"_s});
    if (tinyproxy.isEmpty())
        return 0;
    const quint16 port = freePort(kProxyAddress);
    QFile conf(m_dir.filePath(name + u".conf"_s));
    if (!conf.open(QIODevice::WriteOnly))
        return 0;
    // Bind: the proxy's own connections leave from its address, which the target tells apart.
    conf.write("Port " + QByteArray::number(port) +
               "\nListen 127.0.0.98\nBind 127.0.0.98\nTimeout 10\nMaxClients 32\nLogLevel Info\n" + extra);
    conf.close();
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(tinyproxy, {u"-d"_s, u"-c"_s, conf.fileName()});
    if (!process.waitForStarted(5000) || !waitForPort(kProxyAddress, port, 10000))
        return 0;
    return port;
}

void TestProxy::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Without tinyproxy only the parsers are tested; every probe test then says why it skips.
    if (QStandardPaths::findExecutable(u"tinyproxy"_s, {u"/usr/bin"_s, u"/usr/sbin"_s}).isEmpty())
        return;
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    QVERIFY2(!openssl.isEmpty(), "openssl is needed to make the target's certificate");
    // The target's certificate, for its address, from a CA of the test's own that bears the name of
    // one Microsoft 365 really chains to: the catalog's tls-issuers take it for the genuine chain.
    const QString caCert = m_dir.filePath(u"ca.pem"_s);
    const QString caKey = m_dir.filePath(u"ca.key"_s);
    const QString request = m_dir.filePath(u"target.csr"_s);
    const QString cert = m_dir.filePath(u"target.pem"_s);
    const QString key = m_dir.filePath(u"target.key"_s);
    QFile san(m_dir.filePath(u"san.ext"_s));
    QVERIFY(san.open(QIODevice::WriteOnly));
    san.write("subjectAltName=IP:127.0.0.99\n");
    san.close();
    const QList<QStringList> steps{
        {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, caKey, u"-out"_s,
         caCert, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=DigiCert Global Root G2"_s},
        {u"req"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, key, u"-out"_s, request,
         u"-subj"_s, u"/CN=127.0.0.99"_s},
        {u"x509"_s, u"-req"_s, u"-in"_s, request, u"-CA"_s, caCert, u"-CAkey"_s, caKey, u"-CAcreateserial"_s,
         u"-out"_s, cert, u"-days"_s, u"2"_s, u"-extfile"_s, san.fileName()}};
    for (const QStringList &step : steps) {
        QProcess p;
        p.start(openssl, step);
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    }
    m_ca = QSslCertificate::fromPath(caCert);
    QCOMPARE(m_ca.size(), 1);
    const QList<QSslCertificate> leaf = QSslCertificate::fromPath(cert);
    QCOMPARE(leaf.size(), 1);
    m_target.setTls(leaf.first(), Test::key(key));
    m_target.setOnlyFrom(kProxyAddress); // direct egress blocked: only the proxy gets through
    QVERIFY(m_target.listen(kTargetAddress));

    QFile allow(m_dir.filePath(u"allow"_s));
    QVERIFY(allow.open(QIODevice::WriteOnly));
    allow.write("^127\\.0\\.0\\.99$\n");
    allow.close();
    m_allowingPort = startTinyproxy(m_allowing, u"allowing"_s,
                                    "FilterType ere\nFilter \"" + allow.fileName().toUtf8() +
                                        "\"\nFilterURLs Off\nFilterDefaultDeny Yes\n");
    QVERIFY2(m_allowingPort != 0, m_allowing.readAll().constData());
    m_authPort = startTinyproxy(m_authenticating, u"authenticating"_s, "BasicAuth guardian not-sent\n");
    QVERIFY2(m_authPort != 0, m_authenticating.readAll().constData());
}

#define REQUIRE_PROXIES()                                                                                    \
    if (m_allowingPort == 0)                                                                                 \
    QSKIP("tinyproxy is not installed (Debian package tinyproxy-bin): scripts/dev.sh test installs it")

void TestProxy::cleanupTestCase()
{
    for (QProcess *p : {&m_allowing, &m_authenticating}) {
        if (p->state() != QProcess::NotRunning) {
            p->terminate();
            p->waitForFinished(3000);
        }
    }
}

RunSettings TestProxy::settings() const
{
    RunSettings s;
    s.probe.extraCaCertificates = m_ca;
    s.probe.connectTimeoutMs = 2000;
    s.probe.protocolTimeoutMs = 3000;
    return s;
}

void TestProxy::connectAnswer_parses()
{
    const Http::ConnectAnswer auth = Http::parseConnectResponse(
        "HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"a, b\", "
        "Negotiate\r\nProxy-Authenticate: NTLM\r\nContent-Length: 5\r\n\r\nabc");
    QCOMPARE(auth.status, Http::Status::Done);
    QCOMPARE(auth.code, 407);
    QCOMPARE(auth.authSchemes, (QStringList{u"Basic"_s, u"Negotiate"_s, u"NTLM"_s}));
    const QByteArray tunnel = "HTTP/1.0 200 Connection established\r\nProxy-agent: x\r\n\r\n\x16\x03";
    const Http::ConnectAnswer ok = Http::parseConnectResponse(tunnel);
    QCOMPARE(ok.code, 200);
    QCOMPARE(ok.headerSize, tunnel.size() - 2); // the tunnel's first bytes are not the answer's
    QCOMPARE(Http::parseConnectResponse("HTTP/1.1 403 Forb").status, Http::Status::NeedMore);
    QCOMPARE(Http::parseConnectResponse("SSH-2.0-OpenSSH\r\n\r\n").status, Http::Status::Invalid);
    QCOMPARE(Http::parseConnectResponse(QByteArray(40000, 'H').prepend("HTTP/1.1 ")).status,
             Http::Status::Invalid); // bounded: headers beyond 32 KB are refused, not waited for
    QVERIFY(
        Http::connectRequest(u"::1"_s, 443).startsWith("CONNECT [::1]:443 HTTP/1.1\r\nHost: [::1]:443\r\n"));
    QVERIFY(!Http::connectRequest(u"a.example"_s, 443).contains("Proxy-Authorization"));
}

void TestProxy::proxyUrl_validation()
{
    QString error;
    QCOMPARE(parseProxyUrl(u"http://proxy.corp.example:8080"_s, &error)->url(),
             u"http://proxy.corp.example:8080"_s);
    QCOMPARE(parseProxyUrl(u"127.0.0.98:3128"_s, &error)->port, 3128);
    QVERIFY(!parseProxyUrl(u"http://proxy.corp.example"_s, &error));
    QVERIFY2(error.contains(u"no port"_s), qPrintable(error));
    QVERIFY(!parseProxyUrl(u"socks5://p:1080"_s, &error));
    QVERIFY2(error.contains(u"only an HTTP proxy"_s), qPrintable(error));
    QVERIFY(!parseProxyUrl(u"http://user:pw@p:8080"_s, &error));
    QVERIFY2(error.contains(u"credentials"_s), qPrintable(error));
    QVERIFY(!parseProxyUrl(u"http://p:8080/path"_s, &error));
    // The system setting under PORTCHECK_LOOPBACK_ONLY: the environment only, no PAC, no WPAD.
    qputenv("https_proxy", "http://127.0.0.98:3128");
    qputenv("no_proxy", "intranet.example");
    QCOMPARE(chooseProxy(u"system"_s, u"default"_s, u"login.microsoftonline.com"_s, 443).url,
             u"http://127.0.0.98:3128"_s);
    QVERIFY(chooseProxy(u"system"_s, u"default"_s, u"portal.intranet.example"_s, 443).url.isEmpty());
    QCOMPARE(chooseProxy(u"none"_s, u"--proxy"_s, u"x.example"_s, 443).url, QString());
    qunsetenv("https_proxy");
    qunsetenv("no_proxy");
}

void TestProxy::tunnel_thenTlsAndHttpInside()
{
    REQUIRE_PROXIES();
    const QString via = ProxyEndpoint{kProxyAddress.toString(), m_allowingPort}.url();
    const ProbeResult r = runProbe({kTarget, m_target.serverPort(), ProbeKind::Https, via}, settings());
    QCOMPARE(r.via, via);
    QCOMPARE(r.state, ProbeState::Open);
    QVERIFY2(r.service == ServiceState::Identified, qPrintable(r.message.english()));
    QCOMPARE(r.facts.value(u"proxy.status"_s), u"200"_s);
    QCOMPARE(r.facts.value(u"proxy.url"_s), via);
    QCOMPARE(r.facts.value(u"tls.subject"_s), u"127.0.0.99"_s);
    QCOMPARE(r.facts.value(u"tls.chain"_s), u"127.0.0.99 > DigiCert Global Root G2"_s);
    QVERIFY(!r.facts.contains(u"tls.errors"_s));
    QVERIFY(r.facts.value(u"http.status"_s).startsWith(u"200"_s));
    QVERIFY(r.failureId().isEmpty());
    // The same target directly: cut by the target, as a blocked direct path would be.
    const ProbeResult direct = runProbe({kTarget, m_target.serverPort(), ProbeKind::Https}, settings());
    QVERIFY2(!direct.failureId().isEmpty(), qPrintable(direct.message.english()));
}

void TestProxy::refusedByPolicy_403WithReason()
{
    REQUIRE_PROXIES();
    const QString via = ProxyEndpoint{kProxyAddress.toString(), m_allowingPort}.url();
    const ProbeResult r = runProbe({kDeniedTarget, 443, ProbeKind::Https, via}, settings());
    QCOMPARE(r.failureId(), u"proxy-denied"_s);
    QCOMPARE(r.facts.value(u"proxy.status"_s), u"403"_s);
    QVERIFY2(!r.facts.value(u"proxy.reason"_s).isEmpty(), "the proxy's reason phrase is kept");
    QVERIFY2(r.message.english().contains(u"refused the tunnel to 127.0.0.100:443 (403"_s),
             qPrintable(r.message.english()));
}

void TestProxy::authenticationRequired_407NeverAnswered()
{
    REQUIRE_PROXIES();
    const QString via = ProxyEndpoint{kProxyAddress.toString(), m_authPort}.url();
    const ProbeResult r = runProbe({kTarget, m_target.serverPort(), ProbeKind::Https, via}, settings());
    QCOMPARE(r.failureId(), u"proxy-auth"_s);
    QCOMPARE(r.facts.value(u"proxy.status"_s), u"407"_s);
    QCOMPARE(r.facts.value(u"proxy.auth"_s), u"Basic"_s);
    QVERIFY2(r.message.english().contains(u"demands authentication"_s), qPrintable(r.message.english()));
}

void TestProxy::proxyError_5xxWhenTargetClosed()
{
    REQUIRE_PROXIES();
    // Allowed by the filter, but nothing listens there: the proxy cannot open the tunnel.
    const QString via = ProxyEndpoint{kProxyAddress.toString(), m_allowingPort}.url();
    const ProbeResult r = runProbe({kTarget, freePort(kTargetAddress), ProbeKind::Https, via}, settings());
    QCOMPARE(r.failureId(), u"proxy-error"_s);
    QVERIFY(r.facts.value(u"proxy.status"_s).startsWith(u'5'));
}

void TestProxy::proxyItselfRefused()
{
    REQUIRE_PROXIES();
    const QString via = ProxyEndpoint{kProxyAddress.toString(), freePort(kProxyAddress)}.url();
    const ProbeResult r = runProbe({kTarget, m_target.serverPort(), ProbeKind::Https, via}, settings());
    QCOMPARE(r.failureId(), u"proxy-refused"_s);
    QCOMPARE(r.state, ProbeState::Refused);
    QVERIFY(!r.facts.contains(u"proxy.status"_s));
}

void TestProxy::loopbackOnly_appliesToTheProxy()
{
    REQUIRE_PROXIES();
    QVERIFY2(qEnvironmentVariableIntValue("PORTCHECK_LOOPBACK_ONLY") != 0, "CTest sets it for every test");
    // A proxy elsewhere is never contacted, though the target is on loopback.
    const ProbeResult r =
        runProbe({kTarget, m_target.serverPort(), ProbeKind::Https, u"http://192.0.2.10:3128"_s}, settings());
    QCOMPARE(r.state, ProbeState::NotTested);
    QVERIFY2(r.message.english().contains(u"PORTCHECK_LOOPBACK_ONLY"_s), qPrintable(r.message.english()));
    // --resolve answers the proxy's name: loopback is allowed, anything else is refused likewise.
    RunSettings s = settings();
    s.resolve.insert(u"proxy.corp.example"_s, {kProxyAddress});
    s.resolve.insert(u"far.corp.example"_s, {QHostAddress(u"198.51.100.7"_s)});
    const ProbeResult named = runProbe({kTarget, m_target.serverPort(), ProbeKind::Https,
                                        u"http://proxy.corp.example:"_s + QString::number(m_allowingPort)},
                                       s);
    QVERIFY2(named.failureId().isEmpty(), qPrintable(named.message.english()));
    QCOMPARE(named.address, kProxyAddress.toString());
    const ProbeResult far =
        runProbe({kTarget, m_target.serverPort(), ProbeKind::Https, u"http://far.corp.example:3128"_s}, s);
    QCOMPARE(far.state, ProbeState::NotTested);
}

namespace {
// A Guardian server whose Microsoft 365 link goes to the test's target (as login.microsoftonline.com
// would), through `proxy`.
Profile cloudProfile(quint16 targetPort, const QString &proxy)
{
    Profile p;
    p.vantage = {u"guardian-server"_s};
    p.components = {u"microsoft-365"_s};
    p.hosts.insert(u"microsoft-365"_s, {ProfileHost{kTarget, {{443, targetPort}}, true}});
    // The component's other roles on a loopback address the proxies refuse: no published name of
    // Microsoft's is looked up or asked for.
    for (const char16_t *role : {u"exchange-online", u"exchange-smtp", u"certificate-revocation"})
        p.hosts.insert(QString::fromUtf16(role), {ProfileHost{kDeniedTarget, {}}});
    p.proxy = proxy;
    p.proxySource = u"--proxy"_s;
    return p;
}

QList<Verdict> runPlan(const Plan &plan, const RunSettings &settings, RunResult *result)
{
    PlanRun run(builtinCatalog(), plan, settings);
    QSignalSpy finished(&run, &PlanRun::finished);
    run.start(RunMetadata::now(builtinCatalog()));
    if (finished.isEmpty())
        finished.wait(30000);
    *result = run.result();
    return run.verdicts();
}

const Verdict *verdictFor(const QList<Verdict> &verdicts, const QString &link)
{
    for (const Verdict &v : verdicts) {
        if (v.link == link)
            return &v;
    }
    return nullptr;
}
} // namespace

void TestProxy::plan_cloudLinkPassesThroughProxy_directBlocked()
{
    REQUIRE_PROXIES();
    const QString via = ProxyEndpoint{kProxyAddress.toString(), m_allowingPort}.url();
    const Plan plan = buildPlan(builtinCatalog(), cloudProfile(m_target.serverPort(), via));
    QCOMPARE(plan.proxy, via);
    int proxied = 0;
    int direct = 0;
    for (const Check &c : plan.checks) {
        if (c.link != u"service-m365-https"_s)
            continue;
        if (c.via == via) {
            ++proxied;
            QVERIFY(!c.advisory);
        } else {
            ++direct;
            QVERIFY2(c.advisory, "the direct twin never decides the verdict");
        }
    }
    QCOMPARE(proxied, 1);
    QCOMPARE(direct, 1);

    RunResult result;
    const QList<Verdict> verdicts = runPlan(plan, settings(), &result);
    const Verdict *v = verdictFor(verdicts, u"service-m365-https"_s);
    QVERIFY(v);
    QVERIFY2(v->level == VerdictLevel::Pass, qPrintable(v->reason.english()));
    QVERIFY2(v->reason.english().contains(u"through the proxy "_s + via), qPrintable(v->reason.english()));
    QVERIFY2(v->reason.english().contains(u"direct egress is blocked"_s), qPrintable(v->reason.english()));
    // The chain ends in a CA the catalog lists for Microsoft 365: no inspection.
    for (const ProbeResult &r : std::as_const(result.results))
        QVERIFY2(!r.facts.contains(u"tls.interceptedBy"_s), qPrintable(r.facts.value(u"tls.chain"_s)));

    // The JSON says which path each check took, and which proxy the run used and why.
    const QJsonObject doc =
        QJsonDocument::fromJson(runResultJson(builtinCatalog(), plan, result, verdicts)).object();
    QCOMPARE(doc.value("run"_L1).toObject().value("proxy"_L1).toObject().value("url"_L1).toString(), via);
    QCOMPARE(doc.value("run"_L1).toObject().value("proxy"_L1).toObject().value("source"_L1).toString(),
             u"--proxy"_s);
    QSet<QString> paths;
    for (const QJsonValue &c : doc.value("checks"_L1).toArray()) {
        const QJsonObject o = c.toObject();
        if (o.value("link"_L1).toString() == u"service-m365-https"_s)
            paths.insert(o.value("via"_L1).toString());
    }
    QCOMPARE(paths, (QSet<QString>{u"direct"_s, via}));
}

void TestProxy::plan_proxyRefuses_fixNamesTheProxy()
{
    REQUIRE_PROXIES();
    const QString via = ProxyEndpoint{kProxyAddress.toString(), m_authPort}.url();
    const Plan plan = buildPlan(builtinCatalog(), cloudProfile(m_target.serverPort(), via));
    RunResult result;
    const QList<Verdict> verdicts = runPlan(plan, settings(), &result);
    const Verdict *v = verdictFor(verdicts, u"service-m365-https"_s);
    QVERIFY(v);
    QCOMPARE(v->level, VerdictLevel::Fail);
    QVERIFY2(v->reason.english().contains(u"demands authentication"_s), qPrintable(v->reason.english()));
    QVERIFY2(v->reason.english().contains(u"direct egress is blocked too"_s),
             qPrintable(v->reason.english()));
    QStringList fixes;
    for (const Text &t : v->remediation)
        fixes << t.english();
    QVERIFY2(fixes.join(u' ').contains(u"proxy authentication"_s), qPrintable(fixes.join(u" | "_s)));
}

// mitmproxy (Debian's) as the company's TLS-inspecting proxy: it re-signs every certificate with its
// own CA. Trusted (as a company pushes its CA to every machine), the verdict names that CA as the
// inspector and warns; not trusted, the chain is a TLS error, as before.
void TestProxy::inspectingProxy_trustedIsNamed_untrustedIsTlsError()
{
    REQUIRE_PROXIES();
    const QString mitmdump = QStandardPaths::findExecutable(u"mitmdump"_s);
    if (mitmdump.isEmpty())
        QSKIP("mitmproxy is not installed (Debian package mitmproxy): scripts/dev.sh test installs it");
    const quint16 port = freePort(kProxyAddress);
    QProcess mitm;
    mitm.setProcessChannelMode(QProcess::MergedChannels);
    const QString conf = m_dir.filePath(u"mitmproxy"_s);
    // Its upstream connections leave from the proxy's address (the target admits no other), and it
    // does not verify the target's certificate: the inspecting box is what the test looks at.
    mitm.start(mitmdump,
               {u"--listen-host"_s, kProxyAddress.toString(), u"--listen-port"_s, QString::number(port),
                u"--set"_s, u"confdir="_s + conf, u"--set"_s, u"ssl_insecure=true"_s, u"--set"_s,
                u"connect_addr="_s + kProxyAddress.toString(), u"--set"_s, u"termlog_verbosity=warn"_s});
    QVERIFY(mitm.waitForStarted(10000));
    const auto stop = qScopeGuard([&mitm] {
        mitm.terminate();
        if (!mitm.waitForFinished(5000))
            mitm.kill();
    });
    // Python starts slowly on a cold machine: wait for the port, not for a fixed time.
    QVERIFY2(waitForPort(kProxyAddress, port, 60000), mitm.readAll().constData());
    const QList<QSslCertificate> mitmCa = QSslCertificate::fromPath(conf + u"/mitmproxy-ca-cert.pem"_s);
    QCOMPARE(mitmCa.size(), 1);
    const QString via = ProxyEndpoint{kProxyAddress.toString(), port}.url();
    const Plan plan = buildPlan(builtinCatalog(), cloudProfile(m_target.serverPort(), via));

    RunSettings trusting = settings();
    trusting.probe.extraCaCertificates += mitmCa;
    RunResult result;
    QList<Verdict> verdicts = runPlan(plan, trusting, &result);
    const Verdict *v = verdictFor(verdicts, u"service-m365-https"_s);
    QVERIFY(v);
    QVERIFY2(v->level == VerdictLevel::Warn, qPrintable(v->reason.english()));
    QVERIFY2(v->reason.english().contains(u"TLS is inspected: the certificate was re-signed by mitmproxy"_s),
             qPrintable(v->reason.english()));
    QStringList fixes;
    for (const Text &t : v->remediation)
        fixes << t.english();
    QVERIFY2(fixes.join(u' ').contains(u"Exempt 127.0.0.99 from TLS inspection"_s),
             qPrintable(fixes.join(u" | "_s)));
    const auto proxied =
        std::find_if(result.results.cbegin(), result.results.cend(),
                     [](const ProbeResult &r) { return !r.via.isEmpty() && r.host == kTarget; });
    QVERIFY(proxied != result.results.cend());
    QCOMPARE(proxied->facts.value(u"tls.interceptedBy"_s), u"mitmproxy"_s);
    QVERIFY2(proxied->facts.value(u"tls.chain"_s).startsWith(u"127.0.0.99 > "_s),
             qPrintable(proxied->facts.value(u"tls.chain"_s)));

    verdicts = runPlan(plan, settings(), &result); // the inspecting CA not trusted
    v = verdictFor(verdicts, u"service-m365-https"_s);
    QVERIFY(v);
    QCOMPARE(v->level, VerdictLevel::Fail);
    QVERIFY2(v->reason.english().contains(u"untrusted issuer"_s), qPrintable(v->reason.english()));
    for (const ProbeResult &r : std::as_const(result.results))
        QVERIFY(!r.facts.contains(u"tls.interceptedBy"_s));
}

QTEST_GUILESS_MAIN(TestProxy)
#include "tst_proxy.moc"

// CRL and OCSP fetches are plain HTTP: Windows sends them to the proxy as requests (absolute form),
// not as CONNECT tunnels. What the proxy relays is judged as on a direct path; what it answers
// itself (403 of its filter, 407, 5xx without Via) is the proxy's refusal.
void TestProxy::plainHttp_isAskedOfTheProxy_asWindowsFetchesCrls()
{
    REQUIRE_PROXIES();
    Responder crl{Responder::Behavior::Http};
    crl.setOnlyFrom(kProxyAddress); // direct egress blocked here too
    QVERIFY(crl.listen(kTargetAddress));
    const QString via = ProxyEndpoint{kProxyAddress.toString(), m_allowingPort}.url();

    const ProbeResult r = runProbe({kTarget, crl.serverPort(), ProbeKind::Http, via}, settings());
    QVERIFY2(r.failureId().isEmpty(), qPrintable(r.message.english()));
    QCOMPARE(r.state, ProbeState::Open);
    QCOMPARE(r.service, ServiceState::Identified);
    QCOMPARE(r.facts.value(u"proxy.url"_s), via);
    QVERIFY2(!r.facts.contains(u"proxy.outcome"_s), qPrintable(r.facts.value(u"proxy.outcome"_s)));
    QVERIFY2(r.facts.value(u"http.status"_s).startsWith(u"200"_s),
             qPrintable(r.facts.value(u"http.status"_s)));
    const ProbeResult direct = runProbe({kTarget, crl.serverPort(), ProbeKind::Http}, settings());
    QVERIFY2(!direct.failureId().isEmpty(), qPrintable(direct.message.english()));

    const ProbeResult denied = runProbe({kDeniedTarget, 80, ProbeKind::Http, via}, settings());
    QCOMPARE(denied.failureId(), u"proxy-denied"_s);
    QCOMPARE(denied.facts.value(u"proxy.status"_s), u"403"_s);
    QVERIFY2(denied.message.english().contains(u"refused to fetch http://127.0.0.100:80/ (403"_s),
             qPrintable(denied.message.english()));

    const QString authVia = ProxyEndpoint{kProxyAddress.toString(), m_authPort}.url();
    const ProbeResult auth = runProbe({kTarget, crl.serverPort(), ProbeKind::Http, authVia}, settings());
    QCOMPARE(auth.failureId(), u"proxy-auth"_s);
    QCOMPARE(auth.facts.value(u"proxy.auth"_s), u"Basic"_s);

    // Allowed, but nothing listens: the proxy's own 5xx.
    const ProbeResult closed =
        runProbe({kTarget, freePort(kTargetAddress), ProbeKind::Http, via}, settings());
    QCOMPARE(closed.failureId(), u"proxy-error"_s);
    QVERIFY2(closed.message.english().contains(u"could not fetch"_s), qPrintable(closed.message.english()));
}

// The CRL and OCSP URLs in the certificate a server really serves (CDP, AIA) are probed in the
// same run, over HTTP: one that answers is fine, one that does not makes the link a warning that
// names it (Windows waits for it before trusting the certificate).
void TestProxy::revocationServers_ofTheServedCertificate_areProbed()
{
    REQUIRE_PROXIES();
    const QHostAddress serverAddress(u"127.0.0.101"_s);
    const QHostAddress ocspAddress(u"127.0.0.102"_s);
    Responder crl{Responder::Behavior::Http};
    QVERIFY(crl.listen(serverAddress));
    const quint16 ocspPort = freePort(ocspAddress); // nothing listens: refused

    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    const QString request = m_dir.filePath(u"revoc.csr"_s);
    const QString cert = m_dir.filePath(u"revoc.pem"_s);
    const QString key = m_dir.filePath(u"revoc.key"_s);
    QFile ext(m_dir.filePath(u"revoc.ext"_s));
    QVERIFY(ext.open(QIODevice::WriteOnly));
    ext.write("subjectAltName=IP:127.0.0.101\ncrlDistributionPoints=URI:http://127.0.0.101:" +
              QByteArray::number(crl.serverPort()) +
              "/root.crl,URI:ldap:///"
              "CN=Root%20CA?certificateRevocationList\nauthorityInfoAccess=OCSP;URI:http://127.0.0.102:" +
              QByteArray::number(ocspPort) + "/,caIssuers;URI:http://127.0.0.101/root.crt\n");
    ext.close();
    for (const QStringList &step :
         {QStringList{u"req"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, key, u"-out"_s,
                      request, u"-subj"_s, u"/CN=127.0.0.101"_s},
          QStringList{u"x509"_s, u"-req"_s, u"-in"_s, request, u"-CA"_s, m_dir.filePath(u"ca.pem"_s),
                      u"-CAkey"_s, m_dir.filePath(u"ca.key"_s), u"-CAcreateserial"_s, u"-out"_s, cert,
                      u"-days"_s, u"2"_s, u"-extfile"_s, ext.fileName()}}) {
        QProcess p;
        p.start(openssl, step);
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    }
    const QList<QSslCertificate> leaf = QSslCertificate::fromPath(cert);
    QCOMPARE(leaf.size(), 1);
    // The parser reads what openssl wrote (an ldap:// point is kept in the list, not probed).
    const X509::RevocationUrls urls = X509::revocationUrls(leaf.first().toDer());
    QCOMPARE(urls.crl,
             (QStringList{u"http://127.0.0.101:"_s + QString::number(crl.serverPort()) + u"/root.crl"_s,
                          u"ldap:///CN=Root%20CA?certificateRevocationList"_s}));
    QCOMPARE(urls.ocsp, QStringList{u"http://127.0.0.102:"_s + QString::number(ocspPort) + u'/'});
    QCOMPARE(urls.caIssuers, QStringList{u"http://127.0.0.101/root.crt"_s});

    Responder server{Responder::Behavior::Http};
    server.setTls(leaf.first(), Test::key(key));
    QVERIFY(server.listen(serverAddress));
    Profile p;
    p.vantage = {u"guardian-server"_s};
    p.components = {u"cayosoft-cloud"_s};
    p.hosts.insert(u"cayosoft-cloud"_s,
                   {ProfileHost{serverAddress.toString(), {{443, server.serverPort()}}, true}});
    p.proxy = u"none"_s;
    const Plan plan = buildPlan(builtinCatalog(), p);
    RunResult result;
    const QList<Verdict> verdicts = runPlan(plan, settings(), &result);
    const ResultIndex index = result.index();
    const auto crlResult =
        index.constFind(ProbeTarget(u"127.0.0.101"_s, crl.serverPort(), ProbeKind::Http).key());
    QVERIFY2(crlResult != index.cend(), "the CRL server was probed");
    QVERIFY2(crlResult->failureId().isEmpty(), qPrintable(crlResult->message.english()));
    const auto ocspResult = index.constFind(ProbeTarget(u"127.0.0.102"_s, ocspPort, ProbeKind::Http).key());
    QVERIFY2(ocspResult != index.cend(), "the OCSP responder was probed");
    QCOMPARE(ocspResult->state, ProbeState::Refused);
    const Verdict *v = verdictFor(verdicts, u"service-cloud-license"_s);
    QVERIFY(v);
    QCOMPARE(v->level, VerdictLevel::Warn);
    const QString expected =
        u"revocation servers do not answer: 127.0.0.102:"_s + QString::number(ocspPort) + u" (refused)"_s;
    QVERIFY2(v->reason.english().contains(expected), qPrintable(v->reason.english()));
    QStringList fixes;
    for (const Text &t : v->remediation)
        fixes << t.english();
    QVERIFY2(fixes.join(u' ').contains(u"Allow HTTP (TCP 80) from the Guardian server to the certificate "
                                       u"revocation servers of 127.0.0.101"_s),
             qPrintable(fixes.join(u" | "_s)));
}
