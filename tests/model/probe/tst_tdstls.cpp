// The TLS handshake inside TDS (MS-TDS 3.2.5.1) against a TDS responder of this test's own on
// loopback: it answers PRELOGIN, then runs a real TLS handshake (a server-side QSslSocket with a
// test certificate from tests/data/tls) whose records it wraps in PRELOGIN packets itself, with its own
// framing code, not the product's. Hostile variants: garbage after PRELOGIN, a stall in the
// handshake, oversized packets, a flood, a close. Addresses 127.0.0.103 (the server) and
// 127.0.0.104 (the responder's own TLS relay).
#include "model/probe/proberunner.h"
#include "model/probe/protocols/tds.h"
#include "tests/probehelpers.h"
#include "tests/testutil.h"

#include <QElapsedTimer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PortCheck;

namespace {

const QHostAddress kServerAddress(u"127.0.0.103"_s);
const QHostAddress kRelayAddress(u"127.0.0.104"_s);
const QString kServer = u"127.0.0.103"_s;

enum class Mode
{
    Tls,                  // PRELOGIN answered with `encryption`, then a real handshake
    GarbageAfterPrelogin, // PRELOGIN answer followed by an HTTP error page
    Stall,                // PRELOGIN answered, then every handshake packet ignored
    OversizedPacket,      // a handshake packet whose header claims 65,535 bytes
    OversizedPrelogin,    // a PRELOGIN answer whose header claims 40,000 bytes
    Flood,                // well-formed (empty) handshake packets, 320 KB of them
    CloseInHandshake,     // closes on the first handshake packet
};

QByteArray header(quint8 type, quint8 status, quint16 length)
{
    QByteArray h;
    h.append(static_cast<char>(type));
    h.append(static_cast<char>(status));
    h.append(static_cast<char>(length >> 8));
    h.append(static_cast<char>(length & 0xff));
    h.append(QByteArray("\0\0\x01\0", 4));
    return h;
}

// One connection of the responder: PRELOGIN, then the TLS bytes of a server QSslSocket (which
// talks to `relayEnd`, an accepted loopback socket) wrapped in 0x12 packets, and the client's
// packets unwrapped into it.
class TdsConnection : public QObject
{
public:
    TdsConnection(QTcpSocket *client, Mode mode, quint8 encryption, const QSslCertificate &cert,
                  const QSslKey &key, QObject *parent)
        : QObject(parent)
        , m_client(client)
        , m_mode(mode)
        , m_encryption(encryption)
        , m_cert(cert)
        , m_key(key)
    {
        connect(m_client, &QTcpSocket::readyRead, this, [this] { fromClient(); });
    }

    QList<quint8> clientPacketTypes;

private:
    void fromClient()
    {
        m_in += m_client->readAll();
        while (m_in.size() >= 8) {
            const int length = (static_cast<quint8>(m_in.at(2)) << 8) | static_cast<quint8>(m_in.at(3));
            if (length < 8 || m_in.size() < length)
                return;
            const auto type = static_cast<quint8>(m_in.at(0));
            const QByteArray payload = m_in.mid(8, length - 8);
            m_in.remove(0, length);
            if (!m_preloginDone) {
                m_preloginDone = true;
                answerPrelogin();
                continue;
            }
            clientPacketTypes << type;
            handshakePacket(payload);
        }
    }

    void answerPrelogin()
    {
        switch (m_mode) {
        case Mode::OversizedPrelogin:
            m_client->write(header(0x04, 0x01, 40000) + QByteArray(2000, 'x'));
            return;
        case Mode::GarbageAfterPrelogin:
            m_client->write(Tds::preloginResponse(16, 0, 4135, m_encryption) +
                            "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
            return;
        default:
            m_client->write(Tds::preloginResponse(16, 0, 4135, m_encryption));
            return;
        }
    }

    void handshakePacket(const QByteArray &tls)
    {
        switch (m_mode) {
        case Mode::Stall:
            return;
        case Mode::CloseInHandshake:
            m_client->disconnectFromHost();
            return;
        case Mode::OversizedPacket:
            m_client->write(header(0x12, 0x01, 0xffff) + QByteArray(4000, '\x16'));
            return;
        case Mode::Flood: {
            // Empty packets: nothing reaches TLS, only the byte count can stop them.
            QByteArray flood;
            for (int i = 0; i < 40000; ++i)
                flood += header(0x12, 0x00, 8);
            m_client->write(flood);
            return;
        }
        default:
            break;
        }
        if (!m_tls)
            startTls();
        if (m_relayEnd)
            m_relayEnd->write(tls);
        else
            m_pending += tls;
    }

    void startTls()
    {
        m_relay = new QTcpServer(this);
        QVERIFY(m_relay->listen(kRelayAddress));
        connect(m_relay, &QTcpServer::newConnection, this, [this] {
            m_relayEnd = m_relay->nextPendingConnection();
            m_relay->close();
            connect(m_relayEnd, &QTcpSocket::readyRead, this, [this] {
                const QByteArray tls = m_relayEnd->readAll();
                for (qsizetype at = 0; at < tls.size(); at += 4088) {
                    const QByteArray part = tls.mid(at, 4088);
                    m_client->write(header(0x12, at + part.size() >= tls.size() ? 0x01 : 0x00,
                                           static_cast<quint16>(part.size() + 8)) +
                                    part);
                }
            });
            m_relayEnd->write(std::exchange(m_pending, {}));
        });
        m_tls = new QSslSocket(this);
        m_tls->setLocalCertificate(m_cert);
        m_tls->setPrivateKey(m_key);
        m_tls->setPeerVerifyMode(QSslSocket::VerifyNone);
        connect(m_tls, &QSslSocket::connected, m_tls, [this] { m_tls->startServerEncryption(); });
        m_tls->connectToHost(kRelayAddress, m_relay->serverPort());
    }

    QTcpSocket *m_client;
    Mode m_mode;
    quint8 m_encryption;
    QSslCertificate m_cert;
    QSslKey m_key;
    QByteArray m_in;
    QByteArray m_pending;
    bool m_preloginDone = false;
    QTcpServer *m_relay = nullptr;
    QTcpSocket *m_relayEnd = nullptr;
    QSslSocket *m_tls = nullptr;
};

class TdsServer : public QTcpServer
{
public:
    Mode mode = Mode::Tls;
    quint8 encryption = 0x03;
    QSslCertificate certificate;
    QSslKey key;
    QList<TdsConnection *> connections;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        connections << new TdsConnection(socket, mode, encryption, certificate, key, socket);
    }
};

} // namespace

class TestTdsTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void handshake_reportsTheCertificate_data();
    void handshake_reportsTheCertificate();
    void encryptionNotSupported_noHandshake();
    void hostileServer_isAClearErrorWithoutHanging_data();
    void hostileServer_isAClearErrorWithoutHanging();

private:
    RunSettings settings(bool trustCa) const
    {
        RunSettings s;
        s.probe.connectTimeoutMs = 3000;
        s.probe.protocolTimeoutMs = 3000;
        if (trustCa)
            s.probe.extraCaCertificates = m_ca;
        return s;
    }

    QList<QSslCertificate> m_ca;
    QSslCertificate m_leaf;
    QSslKey m_key;
};

void TestTdsTls::initTestCase()
{
    // A gateway certificate for the server's address from a CA of the tests' own (tests/data/tls,
    // committed: the suite also runs under Wine, where no openssl is at hand).
    const QString data = qEnvironmentVariable("PORTCHECK_TEST_DATA") + u"/tls/"_s;
    m_ca = QSslCertificate::fromPath(data + u"sqlgw-ca.pem"_s);
    QCOMPARE(m_ca.size(), 1);
    m_leaf = Test::certificate(data + u"sqlgw.pem"_s);
    m_key = Test::key(data + u"sqlgw.key"_s);
    QVERIFY(!m_leaf.isNull() && !m_key.isNull());
}

void TestTdsTls::handshake_reportsTheCertificate_data()
{
    QTest::addColumn<int>("encryption");
    QTest::addColumn<bool>("trustCa");
    QTest::addColumn<QString>("issuers"); // the catalog's tls-issuers of the host's role
    QTest::addColumn<bool>("expired");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("errors");
    QTest::addColumn<QString>("interceptedBy");
    QTest::newRow("required, trusted")
        << 0x03 << true << QString() << false << u"identified"_s << QString() << QString();
    QTest::newRow("on, trusted") << 0x01 << true << QString() << false << u"identified"_s << QString()
                                 << QString();
    // Off still encrypts the login: the handshake happens.
    QTest::newRow("off, trusted") << 0x00 << true << QString() << false << u"identified"_s << QString()
                                  << QString();
    QTest::newRow("untrusted CA") << 0x03 << false << QString() << false << u"tls-error"_s
                                  << u"untrusted issuer"_s << QString();
    QTest::newRow("expired") << 0x03 << true << QString() << true << u"tls-error"_s << u"expired"_s
                             << QString();
    QTest::newRow("inspected: another CA than Azure's")
        << 0x03 << true << u"DigiCert Global Root G2"_s << false << u"identified"_s << QString()
        << u"Test SQL Gateway CA"_s;
    QTest::newRow("the genuine CA") << 0x03 << true << u"Test SQL Gateway CA"_s << false << u"identified"_s
                                    << QString() << QString();
}

void TestTdsTls::handshake_reportsTheCertificate()
{
    PORTCHECK_SKIP_TLS_SERVER_UNDER_WINE();
    QFETCH(int, encryption);
    QFETCH(bool, trustCa);
    QFETCH(QString, issuers);
    QFETCH(bool, expired);
    QFETCH(QString, service);
    QFETCH(QString, errors);
    QFETCH(QString, interceptedBy);
    TdsServer server;
    server.encryption = static_cast<quint8>(encryption);
    if (expired) {
        const QString data = qEnvironmentVariable("PORTCHECK_TEST_DATA");
        server.certificate = Test::certificate(data + u"/tls/expired.pem"_s);
        server.key = Test::key(data + u"/tls/expired.key"_s);
        QVERIFY(!server.certificate.isNull());
    } else {
        server.certificate = m_leaf;
        server.key = m_key;
    }
    QVERIFY(server.listen(kServerAddress));
    RunSettings s = settings(trustCa);
    if (!issuers.isEmpty())
        s.probe.tlsIssuers.insert(kServer, {issuers});
    QElapsedTimer clock;
    clock.start();
    const ProbeResult r = Test::runProbe(ProbeTarget(kServer, server.serverPort(), ProbeKind::Tds), s);
    qInfo("PRELOGIN + TLS handshake inside TDS: %.1f ms", static_cast<double>(clock.nsecsElapsed()) / 1e6);
    QCOMPARE(probeStateId(r.state), u"open"_s);
    QVERIFY2(serviceStateId(r.service) == service, qPrintable(r.message.english()));
    QCOMPARE(r.facts.value(u"tds.version"_s), u"16.0.4135"_s);
    QCOMPARE(r.facts.value(u"tls.subject"_s), expired ? u"expired.portcheck.invalid"_s : kServer);
    QVERIFY(!r.facts.value(u"tls.notAfter"_s).isEmpty());
    QVERIFY(r.facts.value(u"tls.protocol"_s).startsWith(u"TLS 1."_s));
    QVERIFY(!r.facts.value(u"tls.issuer"_s).isEmpty());
    if (!expired)
        QCOMPARE(r.facts.value(u"tls.chain"_s), u"127.0.0.103 > Test SQL Gateway CA"_s);
    QVERIFY2(r.facts.value(u"tls.errors"_s).contains(errors), qPrintable(r.facts.value(u"tls.errors"_s)));
    if (errors.isEmpty())
        QVERIFY(!r.facts.contains(u"tls.errors"_s));
    QCOMPARE(r.facts.value(u"tls.interceptedBy"_s), interceptedBy);
    // The client's handshake travelled in PRELOGIN packets (the probe ends once it has the
    // certificate, before a server on TLS 1.3 has read the client's Finished).
    QCOMPARE(server.connections.size(), 1);
    QVERIFY(!server.connections.first()->clientPacketTypes.isEmpty());
    for (const quint8 type : std::as_const(server.connections.first()->clientPacketTypes))
        QCOMPARE(type, quint8(0x12));
}

void TestTdsTls::encryptionNotSupported_noHandshake()
{
    TdsServer server;
    server.encryption = 0x02;
    QVERIFY(server.listen(kServerAddress));
    const ProbeResult r =
        Test::runProbe(ProbeTarget(kServer, server.serverPort(), ProbeKind::Tds), settings(true));
    QCOMPARE(serviceStateId(r.service), u"identified"_s);
    QCOMPARE(r.facts.value(u"tds.encryption"_s), u"not supported"_s);
    QVERIFY(!r.facts.contains(u"tls.subject"_s));
    QVERIFY(server.connections.first()->clientPacketTypes.isEmpty());
}

void TestTdsTls::hostileServer_isAClearErrorWithoutHanging_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("message");
    QTest::newRow("garbage after PRELOGIN")
        << int(Mode::GarbageAfterPrelogin) << u"unexpected"_s << u"type 0x48 during the TLS handshake"_s;
    QTest::newRow("stall in the handshake")
        << int(Mode::Stall) << u"silent"_s << u"did not finish within 3000 ms"_s;
    QTest::newRow("oversized handshake packet")
        << int(Mode::OversizedPacket) << u"unexpected"_s << u"claims 65535 bytes"_s;
    QTest::newRow("oversized PRELOGIN answer")
        << int(Mode::OversizedPrelogin) << u"unexpected"_s << u"claims 40000 bytes"_s;
    QTest::newRow("flood of handshake packets")
        << int(Mode::Flood) << u"unexpected"_s << u"more than 256 KB"_s;
    QTest::newRow("close in the handshake")
        << int(Mode::CloseInHandshake) << u"unexpected"_s << u"closed the connection during the TLS"_s;
}

void TestTdsTls::hostileServer_isAClearErrorWithoutHanging()
{
    QFETCH(int, mode);
    QFETCH(QString, service);
    QFETCH(QString, message);
    TdsServer server;
    server.mode = static_cast<Mode>(mode);
    server.certificate = m_leaf;
    server.key = m_key;
    QVERIFY(server.listen(kServerAddress));
    QElapsedTimer clock;
    clock.start();
    const ProbeResult r =
        Test::runProbe(ProbeTarget(kServer, server.serverPort(), ProbeKind::Tds), settings(true));
    QCOMPARE(probeStateId(r.state), u"open"_s);
    QVERIFY2(serviceStateId(r.service) == service, qPrintable(r.message.english()));
    QVERIFY2(r.message.english().contains(message), qPrintable(r.message.english()));
    // Bounded by the probe's own deadline (3 s here), not by the runner's 20 s wait.
    QVERIFY2(clock.elapsed() < 15000, qPrintable(QString::number(clock.elapsed())));
}

QTEST_GUILESS_MAIN(TestTdsTls)
#include "tst_tdstls.moc"
