#include "probe/proberunner.h"
#include "probe/protocols/smb.h"
#include "probehelpers.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

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

QTEST_GUILESS_MAIN(TestHostileServers)
#include "tst_hostileservers.moc"
