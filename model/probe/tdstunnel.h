#pragma once

#include "model/text.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

class QSslSocket;
class QTcpServer;
class QTcpSocket;

namespace PortCheck {

// The TLS handshake of TDS 7.x runs inside TDS: each TLS record travels as the payload of a
// PRELOGIN packet (MS-TDS 3.2.5.1). QSslSocket speaks TLS on a TCP socket of its own only, so
// the tunnel gives it one: a listener on loopback in this process, whose one accepted
// connection is relayed to the TDS peer, wrapping what QSslSocket writes in packets and
// unwrapping what the peer sends. Qt only (portable to Schannel and the Secure Transport backend),
// nothing reaches the network but the TDS peer's own socket. Client side for the probe, server
// side for the demo's responder.
//
// The caller owns `peer` and the QSslSocket (configured with its CA certificates, peer name or
// local certificate) and watches the QSslSocket's own signals (encrypted, sslErrors, errors).
// The tunnel reports what only it can see: the peer sent something that is not TDS, too much,
// or the loopback relay could not start.
class TdsTlsTunnel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TdsTlsTunnel)

public:
    enum class Side
    {
        Client,
        Server
    };

    TdsTlsTunnel(QTcpSocket *peer, Side side, QObject *parent = nullptr);
    ~TdsTlsTunnel() override;

    // Starts the relay; `ssl` connects to it and begins the handshake (startClientEncryption or
    // startServerEncryption). `peerName` is the name the client verifies (SNI and the certificate
    // check), unused on the server side. `pending`: peer bytes already read after PRELOGIN.
    bool start(QSslSocket *ssl, const QString &peerName, const QByteArray &pending = {});
    // Stops relaying (after the handshake: the caller is done, or speaks TLS records raw).
    void stop();
    // Bytes the peer sent, packets included, since start (bounded by kMaxResponseBytes).
    qsizetype received() const { return m_received; }

Q_SIGNALS:
    // The peer broke the framing (not TDS, an oversized packet, more than 256 KB) or the relay
    // could not start; the handshake will not finish.
    void failed(const PortCheck::Text &why);

private:
    void onNewConnection();
    void matchInner();
    void fromPeer();
    void fromInner();
    void fail(const Text &why);

    // The peer and the QSslSocket are the caller's and may go first (children of one parent
    // are deleted in the order they were made).
    QPointer<QTcpSocket> m_peer;
    Side m_side = Side::Client;
    QPointer<QSslSocket> m_ssl;
    QTcpServer *m_listener = nullptr;
    QPointer<QTcpSocket> m_inner;   // the accepted end QSslSocket talks to
    QList<QTcpSocket *> m_accepted; // accepted, not yet known to be ours
    QByteArray m_in;                // peer bytes not yet unwrapped
    QByteArray m_toInner;           // unwrapped before the inner end was known
    qsizetype m_received = 0;
    bool m_failed = false;
};

} // namespace PortCheck
