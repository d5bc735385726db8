#include "model/probe/tdstunnel.h"

#include "model/probe/protocols/parseresult.h"
#include "model/probe/protocols/tds.h"

#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

#include <utility>

using namespace Qt::StringLiterals;

namespace PortCheck {

TdsTlsTunnel::TdsTlsTunnel(QTcpSocket *peer, Side side, QObject *parent)
    : QObject(parent)
    , m_peer(peer)
    , m_side(side)
{}

TdsTlsTunnel::~TdsTlsTunnel()
{
    stop();
}

bool TdsTlsTunnel::start(QSslSocket *ssl, const QString &peerName, const QByteArray &pending)
{
    m_ssl = ssl;
    m_listener = new QTcpServer(this);
    m_listener->setMaxPendingConnections(4);
    if (!m_listener->listen(QHostAddress::LocalHost) && !m_listener->listen(QHostAddress::LocalHostIPv6)) {
        fail(probeText(QT_TRANSLATE_NOOP("Probe", "the TLS relay for TDS could not listen on loopback: %1"),
                       {Text::plain(m_listener->errorString())}));
        return false;
    }
    connect(m_listener, &QTcpServer::newConnection, this, &TdsTlsTunnel::onNewConnection);
    connect(m_ssl, &QObject::destroyed, this, &TdsTlsTunnel::stop);
    connect(m_peer, &QTcpSocket::readyRead, this, &TdsTlsTunnel::fromPeer);
    connect(m_ssl, &QSslSocket::connected, this, &TdsTlsTunnel::matchInner);
    m_in = pending;
    m_received = pending.size();
    const QHostAddress address = m_listener->serverAddress();
    if (m_side == Side::Client) {
        m_ssl->connectToHostEncrypted(address.toString(), m_listener->serverPort(), peerName);
    } else {
        connect(m_ssl, &QSslSocket::connected, m_ssl, [ssl] { ssl->startServerEncryption(); });
        m_ssl->connectToHost(address, m_listener->serverPort());
    }
    if (!m_in.isEmpty())
        fromPeer();
    return true;
}

void TdsTlsTunnel::stop()
{
    if (m_peer)
        disconnect(m_peer, nullptr, this, nullptr);
    if (m_ssl)
        disconnect(m_ssl, nullptr, this, nullptr);
    if (m_listener)
        m_listener->close();
    for (QTcpSocket *s : std::as_const(m_accepted))
        s->abort();
    m_accepted.clear();
    if (m_inner) {
        disconnect(m_inner, nullptr, this, nullptr);
        m_inner->abort();
    }
}

void TdsTlsTunnel::onNewConnection()
{
    while (QTcpSocket *s = m_listener->nextPendingConnection())
        m_accepted << s;
    matchInner();
}

// Only the connection of our own QSslSocket is relayed: its local port is the accepted peer's
// port. Anything else on this machine that connects to the listener is dropped.
void TdsTlsTunnel::matchInner()
{
    if (m_inner || !m_ssl || m_ssl->state() != QAbstractSocket::ConnectedState)
        return;
    for (QTcpSocket *s : std::as_const(m_accepted)) {
        if (s->peerPort() == m_ssl->localPort() && s->peerAddress() == m_ssl->localAddress()) {
            m_inner = s;
            break;
        }
    }
    if (!m_inner)
        return;
    for (QTcpSocket *s : std::as_const(m_accepted)) {
        if (s != m_inner)
            s->abort();
    }
    m_accepted.clear();
    m_listener->close();
    connect(m_inner, &QTcpSocket::readyRead, this, &TdsTlsTunnel::fromInner);
    if (!m_toInner.isEmpty())
        m_inner->write(std::exchange(m_toInner, {}));
    fromInner();
}

void TdsTlsTunnel::fromPeer()
{
    if (m_failed || !m_peer)
        return;
    const QByteArray data = m_peer->read(kMaxResponseBytes + 1 - m_received);
    m_in += data;
    m_received += data.size();
    while (!m_in.isEmpty()) {
        const Tds::Packet p = Tds::readTlsPacket(m_in);
        if (p.status == ParseResult::Status::Invalid) {
            fail(p.error);
            return;
        }
        if (p.status != ParseResult::Status::Done)
            break;
        const QByteArray payload = p.payload.toByteArray();
        m_in.remove(0, p.size);
        if (m_inner)
            m_inner->write(payload);
        else
            m_toInner += payload;
    }
    if (m_received > kMaxResponseBytes)
        fail(probeText(
            QT_TRANSLATE_NOOP("Probe", "the server sent more than 256 KB during the TLS handshake")));
}

void TdsTlsTunnel::fromInner()
{
    if (m_failed || !m_inner || !m_peer)
        return;
    const QByteArray tls = m_inner->readAll();
    if (!tls.isEmpty())
        m_peer->write(Tds::tlsPackets(tls));
}

void TdsTlsTunnel::fail(const Text &why)
{
    if (m_failed)
        return;
    m_failed = true;
    stop();
    Q_EMIT failed(why);
}

} // namespace PortCheck
