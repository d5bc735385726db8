#include "model/probe/proberunner.h"
#include "tests/probehelpers.h"

#include <QDir>
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
quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost);
    return s.serverPort();
}

bool waitForPort(quint16 port, int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms) {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, port);
        if (s.waitForConnected(200))
            return true;
        QTest::qWait(50);
    }
    return false;
}

QString source(const QString &path)
{
    return qEnvironmentVariable("PORTCHECK_SOURCE_DIR") + u'/' + path;
}

// `openssl s_server -www` on a free loopback port with this certificate; 0 when it did not start.
quint16 startOpensslServer(QProcess &server, const QString &certificate, const QString &key)
{
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (openssl.isEmpty())
        return 0;
    const quint16 port = freePort();
    server.start(openssl, {u"s_server"_s, u"-accept"_s, u"127.0.0.1:"_s + QString::number(port), u"-cert"_s,
                           certificate, u"-key"_s, key, u"-www"_s, u"-quiet"_s});
    if (!server.waitForStarted(5000) || !waitForPort(port, 10000))
        return 0;
    return port;
}
} // namespace

// Probes against servers we did not write: OpenLDAP's slapd and OpenSSL's s_server.
class TestRealPeers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void slapd_rootDseOverLdapAndLdaps();
    void opensslServer_expiredCertificate();
    void opensslServer_selfSignedAndTrustedWithCaFile();

private:
    void startSlapd();
    QTemporaryDir m_dir;
    QProcess m_slapd;
    quint16 m_ldapPort = 0;
    quint16 m_ldapsPort = 0;
};

void TestRealPeers::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestRealPeers::cleanupTestCase()
{
    if (m_slapd.state() != QProcess::NotRunning) {
        m_slapd.terminate();
        m_slapd.waitForFinished(3000);
    }
}

void TestRealPeers::startSlapd()
{
    const QString slapd = QStandardPaths::findExecutable(u"slapd"_s, {u"/usr/sbin"_s, u"/usr/local/sbin"_s});
    if (slapd.isEmpty())
        QSKIP("slapd is not installed (Debian package slapd): scripts/dev.sh test installs it");
    QDir(m_dir.path()).mkpath(u"db"_s);
    const QString conf = m_dir.filePath(u"slapd.conf"_s);
    QFile f(conf);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("include /etc/ldap/schema/core.schema\n"
            "pidfile " +
            m_dir.filePath(u"slapd.pid"_s).toUtf8() +
            "\n"
            "modulepath /usr/lib/ldap\nmoduleload back_mdb\n"
            "TLSCertificateFile " +
            source(u"resources/demo/demo-server.pem"_s).toUtf8() +
            "\n"
            "TLSCertificateKeyFile " +
            source(u"resources/demo/demo-server.key"_s).toUtf8() +
            "\n"
            "database mdb\nsuffix \"dc=portcheck,dc=test\"\n"
            "directory " +
            m_dir.filePath(u"db"_s).toUtf8() + "\n");
    f.close();
    m_ldapPort = freePort();
    m_ldapsPort = freePort();
    m_slapd.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_slapd.start(slapd, {u"-d"_s, u"0"_s, u"-f"_s, conf, u"-h"_s,
                          u"ldap://127.0.0.1:%1/ ldaps://127.0.0.1:%2/"_s.arg(m_ldapPort).arg(m_ldapsPort)});
    QVERIFY2(m_slapd.waitForStarted(5000), "slapd did not start");
    QVERIFY2(waitForPort(m_ldapPort, 10000) && waitForPort(m_ldapsPort, 10000), "slapd does not listen");
}

void TestRealPeers::slapd_rootDseOverLdapAndLdaps()
{
    startSlapd();
    RunSettings s;
    s.probe.extraCaCertificates = QSslCertificate::fromPath(source(u"resources/demo/demo-ca.pem"_s));
    const QList<ProbeResult> results = runProbes(
        {{u"127.0.0.1"_s, m_ldapPort, ProbeKind::Ldap}, {u"127.0.0.1"_s, m_ldapsPort, ProbeKind::Ldaps}}, s);
    QCOMPARE(results.size(), 2);
    for (const ProbeResult &r : results) {
        // slapd speaks LDAP, over TLS too, but it is no Active Directory DC (MS-ADTS rootDSE).
        QCOMPARE(r.state, ProbeState::Open);
        QVERIFY2(r.service == ServiceState::Unexpected, qPrintable(r.message.english()));
        QVERIFY2(r.message.english().contains(u"not an Active Directory domain controller"_s),
                 qPrintable(r.message.english()));
        QCOMPARE(r.facts.value(u"ldap.namingContexts"_s), u"dc=portcheck,dc=test"_s);
        QCOMPARE(r.facts.value(u"ldap.supportedLDAPVersion"_s), u"3"_s);
    }
    const auto ldaps = std::find_if(results.cbegin(), results.cend(),
                                    [](const ProbeResult &r) { return r.kind == ProbeKind::Ldaps; });
    QVERIFY(ldaps->facts.value(u"tls.protocol"_s).startsWith(u"TLS 1."_s));
    QCOMPARE(ldaps->facts.value(u"tls.subject"_s), u"dc.demo.portcheck.invalid"_s);
}

void TestRealPeers::opensslServer_expiredCertificate()
{
    if (QStandardPaths::findExecutable(u"openssl"_s).isEmpty())
        QSKIP("openssl is not installed");
    QProcess server;
    const auto stop = qScopeGuard([&] {
        server.kill();
        server.waitForFinished(3000);
    });
    const QString data = qEnvironmentVariable("PORTCHECK_TEST_DATA");
    const quint16 port =
        startOpensslServer(server, data + u"/tls/expired.pem"_s, data + u"/tls/expired.key"_s);
    QVERIFY2(port != 0, "openssl s_server did not start");
    const ProbeResult r = runProbe({u"127.0.0.1"_s, port, ProbeKind::Https}, RunSettings());
    QCOMPARE(r.service, ServiceState::TlsError);
    const QString errors = r.facts.value(u"tls.errors"_s);
    QVERIFY2(errors.contains(u"expired"_s) && errors.contains(u"self-signed"_s), qPrintable(errors));
    QCOMPARE(r.facts.value(u"tls.notAfter"_s), u"2021-01-01T00:00:00Z"_s);
    QVERIFY2(r.facts.value(u"http.status"_s).startsWith(u"200"_s),
             qPrintable(r.facts.value(u"http.status"_s)));
}

void TestRealPeers::opensslServer_selfSignedAndTrustedWithCaFile()
{
    if (QStandardPaths::findExecutable(u"openssl"_s).isEmpty())
        QSKIP("openssl is not installed");
    QProcess server;
    const auto stop = qScopeGuard([&] {
        server.kill();
        server.waitForFinished(3000);
    });
    const quint16 port = startOpensslServer(server, source(u"resources/demo/demo-server.pem"_s),
                                            source(u"resources/demo/demo-server.key"_s));
    QVERIFY2(port != 0, "openssl s_server did not start");
    const ProbeResult untrusted = runProbe({u"127.0.0.1"_s, port, ProbeKind::Tls}, RunSettings());
    QCOMPARE(untrusted.service, ServiceState::TlsError);
    QVERIFY(untrusted.facts.value(u"tls.errors"_s).contains(u"untrusted issuer"_s));
    RunSettings withCa;
    withCa.probe.extraCaCertificates = QSslCertificate::fromPath(source(u"resources/demo/demo-ca.pem"_s));
    const ProbeResult trusted = runProbe({u"127.0.0.1"_s, port, ProbeKind::Tls}, withCa);
    QVERIFY2(trusted.service == ServiceState::Identified, qPrintable(trusted.message.english()));
    QCOMPARE(trusted.facts.value(u"tls.issuer"_s),
             u"Guardian Port Check Demo CA (Guardian Port Check demo (not a real CA))"_s);
}

QTEST_GUILESS_MAIN(TestRealPeers)
#include "tst_realpeers.moc"
