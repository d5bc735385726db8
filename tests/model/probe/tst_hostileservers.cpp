#include "model/probe/proberunner.h"
#include "model/probe/probesession.h"
#include "model/probe/protocols/smb.h"
#include "tests/probehelpers.h"
#include "tests/testutil.h"

#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <new>
#include <stdexcept>

using namespace PortCheck;
using namespace PortCheck::Test;
using namespace Qt::StringLiterals;

namespace {

// A real server on loopback that answers the first bytes of every connection with `reply` and then
// keeps the connection open (a hostile peer does not close politely).
class CannedServer final : public QObject
{
public:
    explicit CannedServer(QByteArray reply)
        : m_reply(std::move(reply))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    socket->readAll();
                    if (!socket->property("answered").toBool()) {
                        socket->setProperty("answered", true);
                        socket->write(m_reply);
                    }
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    QTcpServer m_server;
    QByteArray m_reply;
};

// A server that answers the first bytes of every connection with `head`, then writes `chunk` every
// `intervalMs` until `limit` bytes were sent in all or the client went away: an endless answer, an
// endless list of headers, or a slow drip (slowloris) in a bounded form.
class DripServer final : public QObject
{
public:
    DripServer(QByteArray head, QByteArray chunk, int intervalMs, qint64 limit)
        : m_head(std::move(head))
        , m_chunk(std::move(chunk))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this, intervalMs, limit] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                auto *timer = new QTimer(socket);
                timer->setInterval(intervalMs);
                connect(timer, &QTimer::timeout, socket, [this, socket, timer, limit] {
                    const qint64 sent = socket->property("sent").toLongLong();
                    if (sent >= limit || socket->state() != QAbstractSocket::ConnectedState) {
                        timer->stop();
                        return;
                    }
                    if (socket->bytesToWrite() > (1 << 20))
                        return; // the client reads slower than we write: wait for it
                    socket->write(m_chunk);
                    socket->setProperty("sent", sent + m_chunk.size());
                    m_sent += m_chunk.size();
                });
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, timer] {
                    socket->readAll();
                    if (!timer->isActive() && !socket->property("answered").toBool()) {
                        socket->setProperty("answered", true);
                        socket->write(m_head);
                        timer->start();
                    }
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    quint16 port() const { return m_server.serverPort(); }
    qint64 sent() const { return m_sent; }

private:
    QTcpServer m_server;
    QByteArray m_head;
    QByteArray m_chunk;
    qint64 m_sent = 0;
};

// BER: a definite length in the shortest form (X.690 8.1.3).
QByteArray berLength(qsizetype n)
{
    if (n < 0x80)
        return QByteArray(1, static_cast<char>(n));
    QByteArray bytes;
    for (; n > 0; n >>= 8)
        bytes.prepend(static_cast<char>(n & 0xff));
    return static_cast<char>(0x80 | bytes.size()) + bytes;
}

// An LDAPMessage whose protocolOp nests SEQUENCEs `depth` deep, every length correct.
QByteArray deeplyNestedLdapMessage(int depth)
{
    QByteArray inner("\x05\x00", 2); // NULL
    for (int i = 0; i < depth; ++i)
        inner = '\x30' + berLength(inner.size()) + inner;
    const QByteArray body = QByteArray("\x02\x01\x01", 3) + '\x64' + berLength(inner.size()) + inner;
    return '\x30' + berLength(body.size()) + body;
}

RunSettings settings()
{
    RunSettings s;
    s.probe.connectTimeoutMs = 10000;
    s.probe.protocolTimeoutMs = 3000;
    return s;
}

} // namespace

// Loopback servers that answer with what a hostile or broken host may send: each probe must end as
// a check with a state, never as a dead process.
class TestHostileServers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chunkSizeNear2pow63_isAnUnexpectedAnswer_data();
    void chunkSizeNear2pow63_isAnUnexpectedAnswer();
    void smbDialectNeverOffered_isUnexpected();
    void hostileAnswers_endAsAFailedCheck_data();
    void hostileAnswers_endAsAFailedCheck();
    void hundredCertificateChain_isReadAndCut();
    void exceptionInASlot_endsThatProbeOnly_data();
    void exceptionInASlot_endsThatProbeOnly();
};

void TestHostileServers::chunkSizeNear2pow63_isAnUnexpectedAnswer_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("chunks");
    QTest::newRow("winrm 2^63-1") << u"winrm"_s << QByteArray("1\r\na\r\n7fffffffffffffff\r\nabcdefgh");
    QTest::newRow("winrm 2^63-2 after 2") << u"winrm"_s << QByteArray("2\r\nab\r\n7ffffffffffffffe\r\nx");
    QTest::newRow("winrm first chunk") << u"winrm"_s << QByteArray("7fffffffffffffff\r\nabc");
    QTest::newRow("winrm negative") << u"winrm"_s << QByteArray("-10\r\nabc");
}

void TestHostileServers::chunkSizeNear2pow63_isAnUnexpectedAnswer()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, chunks);
    CannedServer server(
        "HTTP/1.1 200 OK\r\nServer: Microsoft-HTTPAPI/2.0\r\nTransfer-Encoding: chunked\r\n\r\n" + chunks);
    QVERIFY(server.port() != 0);
    const ProbeResult r = runProbe({u"127.0.0.1"_s, server.port(), *probeKindFromId(kind)}, settings());
    QCOMPARE(probeStateId(r.state), u"open"_s);
    QCOMPARE(serviceStateId(r.service), u"unexpected"_s);
    QVERIFY2(r.message.english().contains(u"oversized chunk"_s), qPrintable(r.message.english()));
}

// A server that answers NEGOTIATE with SMB 3.1.1, which the probe never offers, over real sockets.
void TestHostileServers::smbDialectNeverOffered_isUnexpected()
{
    QByteArray reply = Smb::negotiateResponse(0x0302, false);
    reply[4 + 64 + 4] = '\x11';
    reply[4 + 64 + 5] = '\x03';
    CannedServer server(reply);
    QVERIFY(server.port() != 0);
    const ProbeResult r = runProbe({u"127.0.0.1"_s, server.port(), ProbeKind::Smb}, settings());
    QCOMPARE(probeStateId(r.state), u"open"_s);
    QCOMPARE(serviceStateId(r.service), u"unexpected"_s);
    QVERIFY2(r.message.english().contains(u"never offered"_s), qPrintable(r.message.english()));

    CannedServer honest(Smb::negotiateResponse(0x0302, true));
    const ProbeResult ok = runProbe({u"127.0.0.1"_s, honest.port(), ProbeKind::Smb}, settings());
    QCOMPARE(serviceStateId(ok.service), u"identified"_s);
    QCOMPARE(ok.facts.value(u"smb.dialect"_s), u"3.0.2"_s);
}

// The hostile servers of issue 19 in a bounded form: each probe ends with a state and says what was
// wrong, within its timeouts, however much or little the server sends.
void TestHostileServers::hostileAnswers_endAsAFailedCheck_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QByteArray>("chunk");
    QTest::addColumn<int>("intervalMs");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("words");
    const QByteArray x64k(64 * 1024, 'x');
    // A 100 MB answer: the HTTP probe reads the head and stops; the server sends at most 16 MB here.
    QTest::newRow("http: 100 MB announced")
        << u"http"_s << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 104857600\r\n\r\n") << x64k << 1
        << qint64(16 << 20) << u"identified"_s << QString();
    QTest::newRow("winrm: 100 MB body")
        << u"winrm"_s
        << QByteArray("HTTP/1.1 200 OK\r\nServer: Microsoft-HTTPAPI/2.0\r\nContent-Length: 104857600\r\n\r\n")
        << x64k << 1 << qint64(16 << 20) << u"unexpected"_s << QString();
    QTest::newRow("http: endless headers")
        << u"http"_s << QByteArray("HTTP/1.1 200 OK\r\n") << QByteArray("X-A: b\r\n").repeated(1000) << 1
        << qint64(16 << 20) << u"unexpected"_s << QString();
    QTest::newRow("http: one header line without end")
        << u"http"_s << QByteArray("HTTP/1.1 200 OK\r\nX-A: ") << x64k << 1 << qint64(16 << 20)
        << u"unexpected"_s << QString();
    // Slowloris: a byte of headers every 50 ms never makes an answer; the protocol timeout ends it.
    QTest::newRow("http: slowloris") << u"http"_s << QByteArray("HTTP/1.1 200 OK\r\n") << QByteArray("X")
                                     << 50 << qint64(1 << 20) << u"unexpected"_s << QString();
    QTest::newRow("winrm: XML entity bomb")
        << u"winrm"_s
        << QByteArray(
               "HTTP/1.1 200 OK\r\nServer: Microsoft-HTTPAPI/2.0\r\nContent-Type: application/soap+xml\r\n"
               "Content-Length: 290\r\n\r\n"
               "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\">"
               "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">"
               "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;\">]><s:Envelope>&d;</s:Envelope>       ")
        << QByteArray() << 1000 << qint64(0) << u"unexpected"_s << QString();
    QTest::newRow("ldap: BER length 2^31")
        << u"ldap"_s << QByteArray("\x30\x84\x80\x00\x00\x00\x02\x01\x01", 9) << QByteArray() << 1000
        << qint64(0) << u"unexpected"_s << QString();
    QTest::newRow("ldap: 10,000-deep nesting") << u"ldap"_s << deeplyNestedLdapMessage(10000) << QByteArray()
                                               << 1000 << qint64(0) << u"unexpected"_s << QString();
    QTest::newRow("ldap: endless garbage") << u"ldap"_s << QByteArray("\x30\x84\x00\x10\x00\x00", 6) << x64k
                                           << 1 << qint64(16 << 20) << u"unexpected"_s << QString();
    QTest::newRow("kerberos: 2^31 record") << u"kerberos"_s << QByteArray("\x7f\xff\xff\xff", 4) << x64k << 1
                                           << qint64(16 << 20) << u"unexpected"_s << QString();
    QTest::newRow("smb: endless NetBIOS frame") << u"smb"_s << QByteArray("\x00\xff\xff\xff", 4) << x64k << 1
                                                << qint64(16 << 20) << u"unexpected"_s << QString();
}

void TestHostileServers::hostileAnswers_endAsAFailedCheck()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, chunk);
    QFETCH(int, intervalMs);
    QFETCH(qint64, limit);
    QFETCH(QString, service);
    QFETCH(QString, words);
    DripServer server(head, chunk.isEmpty() ? QByteArray(1, ' ') : chunk, intervalMs, limit);
    QVERIFY(server.port() != 0);
    RunSettings s = settings();
    s.probe.protocolTimeoutMs = 1500;
    const ProbeResult r = runProbe({u"127.0.0.1"_s, server.port(), *probeKindFromId(kind)}, s);
    QVERIFY2(r.state == ProbeState::Open, qPrintable(probeStateId(r.state) + u": "_s + r.message.english()));
    QVERIFY2(serviceStateId(r.service) == service,
             qPrintable(serviceStateId(r.service) + u": "_s + r.message.english()));
    if (!words.isEmpty())
        QVERIFY2(r.message.english().contains(words), qPrintable(r.message.english()));
    // The message says what was wrong in a line, whatever the server sent.
    QVERIFY2(r.message.english().size() < 2000, qPrintable(QString::number(r.message.english().size())));
    for (auto it = r.facts.cbegin(); it != r.facts.cend(); ++it)
        QVERIFY2(it.value().size() <= 4096, qPrintable(it.key()));
}

// A TLS server that sends its certificate with 99 more behind it: the probe reads the handshake,
// keeps a short chain in its facts and ends on its own timeouts.
void TestHostileServers::hundredCertificateChain_isReadAndCut()
{
    PORTCHECK_SKIP_TLS_SERVER_UNDER_WINE();
    const QString data = qEnvironmentVariable("PORTCHECK_TEST_DATA") + u"/tls/"_s;
    const QSslCertificate leaf = certificate(data + u"sqlgw.pem"_s);
    const QSslCertificate ca = certificate(data + u"sqlgw-ca.pem"_s);
    QVERIFY(!leaf.isNull() && !ca.isNull());
    QList<QSslCertificate> chain{leaf};
    for (int i = 0; i < 99; ++i)
        chain << ca;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key(data + u"sqlgw.key"_s));
    QSslServer server;
    server.setSslConfiguration(config);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    connect(&server, &QSslServer::pendingConnectionAvailable, this, [&server] {
        while (QTcpSocket *socket = server.nextPendingConnection())
            socket->setParent(&server); // handshake, then say nothing
    });
    RunSettings s = settings();
    s.probe.protocolTimeoutMs = 1500;
    const ProbeResult r = runProbe({u"127.0.0.1"_s, server.serverPort(), ProbeKind::Ldaps}, s);
    QVERIFY2(r.state == ProbeState::Open, qPrintable(probeStateId(r.state) + u": "_s + r.message.english()));
    const QStringList names = r.facts.value(u"tls.chain"_s).split(u" > "_s);
    // The first 16 as served, leaf first; the CA names itself, so no issuer is added after them.
    QCOMPARE(names.size(), 16);
    QCOMPARE(names.first(), u"127.0.0.103"_s);
    QCOMPARE(names.last(), u"Test SQL Gateway CA"_s);
    QVERIFY2(!r.facts.value(u"tls.errors"_s).isEmpty(), "an untrusted chain must name its errors");
}

// An exception inside a probe's slot (out of memory, or a bug) ends that probe as a failed check:
// finished() once, with what went wrong, and nothing after it.
void TestHostileServers::exceptionInASlot_endsThatProbeOnly_data()
{
    QTest::addColumn<int>("thrown");
    QTest::addColumn<QString>("words");
    QTest::newRow("bad_alloc") << 0 << u"ran out of memory"_s;
    QTest::newRow("runtime_error") << 1 << u"the probe failed: boom"_s;
    QTest::newRow("not an exception class") << 2 << u"unknown error"_s;
}

void TestHostileServers::exceptionInASlot_endsThatProbeOnly()
{
    QFETCH(int, thrown);
    QFETCH(QString, words);
    QTcpServer server; // accepts and says nothing
    QVERIFY(server.listen(QHostAddress::LocalHost));
    ProbeSettings ps;
    ps.connectTimeoutMs = 10000;
    ps.protocolTimeoutMs = 400;
    ProbeSession session({u"127.0.0.1"_s, server.serverPort(), ProbeKind::Ldap}, QHostAddress::LocalHost, ps);
    QList<ProbeResult> results;
    connect(&session, &ProbeSession::finished, this, [&](const ProbeResult &r) { results << r; });
    session.start();
    QVERIFY(waitForSignal(&server, &QTcpServer::newConnection, 10000));
    session.guardForTest([thrown] {
        if (thrown == 0)
            throw std::bad_alloc();
        if (thrown == 1)
            throw std::runtime_error("boom");
        throw 7;
    });
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().state, ProbeState::Error);
    QVERIFY2(results.first().message.english().contains(words),
             qPrintable(results.first().message.english()));
    QTest::qWait(800); // past the protocol timeout: the session's timer and socket are stopped
    QCOMPARE(results.size(), 1);
}

QTEST_GUILESS_MAIN(TestHostileServers)
#include "tst_hostileservers.moc"
