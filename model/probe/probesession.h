#pragma once

#include "model/probe/probetypes.h"
#include "model/probe/rundefaults.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>

#include <functional>

class QSslSocket;
class QTcpSocket;
class TestHostileServers;

namespace PortCheck {

namespace Http {
struct ConnectAnswer;
}
class TdsTlsTunnel;

struct ProbeSettings
{
    int connectTimeoutMs = RunDefaults::kConnectTimeoutMs;
    int protocolTimeoutMs = RunDefaults::kProtocolTimeoutMs;
    QList<QSslCertificate> extraCaCertificates;
    // The AD domain of the run (the profile's discovery domain): the realm the Kerberos probe asks
    // for and the zone the DNS probe asks about. Empty: the DNS suffix of each host.
    QString domain;
    // Host (lower case) -> the CA names its real certificate chain ends in (the catalog's
    // tls-issuers): a trusted chain without any of them is reported as tls.interceptedBy.
    QHash<QString, QStringList> tlsIssuers;
};

// One probe of one port: connect, optionally TLS, then the protocol's first exchange. Event-driven,
// with its own deadline (Qt's connect timeout is about 60 s); emits finished() exactly once.
class ProbeSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProbeSession)

public:
    ProbeSession(ProbeTarget target, const QHostAddress &address, ProbeSettings settings,
                 QObject *parent = nullptr);
    ~ProbeSession() override;

    void start();
    // Stops without emitting finished().
    void abort();
    const ProbeTarget &target() const { return m_target; }
    // Still waiting for the server to answer the connect after `ms`: filtered, most likely.
    bool connectPendingFor(qint64 ms) const
    {
        return m_stage == Stage::Connecting && m_clock.isValid() && m_clock.elapsed() >= ms;
    }

Q_SIGNALS:
    void finished(const PortCheck::ProbeResult &result);

private:
    friend class ::TestHostileServers; // throws inside guard() as a slot would

    enum class Stage
    {
        Idle,
        Connecting,
        ProxyConnect, // connected to the proxy, waiting for its answer to CONNECT
        Tls,
        TdsTls, // PRELOGIN answered; the TLS handshake inside TDS packets
        Netbios,
        Protocol,
        Done
    };

    template <typename Slot> void guard(Slot &&slot) noexcept;
    void guardForTest(const std::function<void()> &slot) noexcept; // guard(), for tst_hostileservers
    void startConnection();
    void onConnected();
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onReadyRead();
    void onDisconnected();
    void onError();
    void takeLastLook();
    void onTimeout();
    void sendRequest();
    void startProtocol();
    QSslSocket *newSslSocket();
    QSslSocket *tlsSocket() const;
    void startTdsTls(const QByteArray &pending);
    void onTdsTlsError();
    void readProxyAnswer(bool atEnd);
    // Plain HTTP through the proxy: true when the proxy's own answer ended the probe (or more is
    // needed); false when it relayed the server's answer.
    bool readProxiedHttpAnswer(bool atEnd);
    void finishProxyAuth(const Http::ConnectAnswer &answer);
    void finishProxy(const QString &outcome, ProbeState state, ServiceState service, const Text &message);
    void parse(bool atEnd);
    void finish(ProbeState state, ServiceState service, const Text &message);

    ProbeTarget m_target;
    QHostAddress m_address; // of the target, or of the proxy when the probe goes through one
    quint16 m_connectPort = 0;
    ProbeSettings m_settings;
    QTcpSocket *m_socket = nullptr;
    QSslSocket *m_tdsTls = nullptr; // TLS inside TDS: speaks to m_tunnel, not to the server
    TdsTlsTunnel *m_tunnel = nullptr;
    QTimer m_timer;
    QElapsedTimer m_clock;
    Stage m_stage = Stage::Idle;
    bool m_lookingLast = false; // inside takeLastLook()
    QByteArray m_buffer;
    QStringList m_tlsErrors;
    ProbeResult m_result;
    QString m_realm;   // what the Kerberos probe asked for; empty when nothing told us
    QString m_dnsName; // what the DNS probe asked for
    quint16 m_dnsId = 0;
};

// "self-signed", "expired", "name mismatch", "untrusted issuer", ...
QString describeSslError(const QSslError &error);

} // namespace PortCheck
