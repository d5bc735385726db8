#pragma once

#include "model/probe/protocols/dns.h"
#include "model/probe/protocols/ldap.h"

#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>

namespace PortCheck {

// A small server that speaks just enough of a protocol to answer a probe: the demo site's hosts
// and the tests' peers. Every connection is answered independently; nothing is kept.
class Responder final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Responder)

public:
    enum class Behavior
    {
        LdapRootDse,       // answers a search with a rootDSE entry and SearchResultDone
        WinrmIdentify,     // answers POST /wsman with an IdentifyResponse
        WinrmUnauthorized, // answers 401 with WWW-Authenticate: Negotiate and Kerberos
        Smb2,              // answers SMB2 NEGOTIATE
        NetbiosSmb2,       // accepts the NetBIOS session, then answers SMB2 NEGOTIATE
        Http,              // answers any request with 200 (or a redirect)
        Tds,               // answers PRELOGIN
        Kerberos,          // answers an AS-REQ with KRB-ERROR: the client is unknown (as a KDC does)
        Dns,               // answers DNS over TCP from its SRV records, NXDOMAIN for other names
        Silent,            // accepts and never says anything
        Garbage,           // answers anything with bytes of no protocol
        Close,             // accepts and closes at once
    };

    explicit Responder(Behavior behavior, QObject *parent = nullptr);
    ~Responder() override;

    // Serve TLS with this certificate before the protocol.
    void setTls(const QSslCertificate &certificate, const QSslKey &key);
    void setLdapAttributes(const Ldap::Attributes &attributes) { m_ldapAttributes = attributes; }
    void setHttpRedirect(const QByteArray &location) { m_redirect = location; }
    // Names (lower case, no trailing dot) and their SRV records; every other name is NXDOMAIN.
    void setDnsRecords(const QHash<QByteArray, QList<Dns::SrvRecord>> &records) { m_dnsRecords = records; }
    // The DC's clock (KDC's server time, LDAP's currentTime) runs this far from the machine's.
    void setClockOffsetSeconds(qint64 seconds) { m_clockOffset = seconds; }

    // Serve only connections from this address and cut every other one at once: a target that only
    // its proxy reaches (direct egress blocked). Null: serve everyone.
    void setOnlyFrom(const QHostAddress &peer) { m_onlyFrom = peer; }

    int connectionsSeen() const { return m_connections; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void serve(QTcpSocket *socket);
    void startTdsTls(QTcpSocket *socket, const QByteArray &pending);
    QByteArray answer(QByteArray &buffer, bool *closeAfter, bool *netbiosDone);

    Behavior m_behavior;
    QSslCertificate m_certificate;
    QSslKey m_key;
    Ldap::Attributes m_ldapAttributes;
    QByteArray m_redirect;
    QHash<QByteArray, QList<Dns::SrvRecord>> m_dnsRecords;
    qint64 m_clockOffset = 0;
    QHostAddress m_onlyFrom;
    int m_connections = 0;
};

// A port where connection attempts go unanswered: a listener whose accept queue is kept full, so
// the kernel drops further SYNs (what a firewall's drop rule looks like from outside).
class DroppingPort final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DroppingPort)

public:
    explicit DroppingPort(QObject *parent = nullptr);
    ~DroppingPort() override;
    bool listen(const QHostAddress &address);
    quint16 port() const { return m_server.serverPort(); }

private:
    QTcpServer m_server;
    QList<QTcpSocket *> m_fillers;
};

// A port on which nothing listens (connection refused): found by binding and releasing one.
quint16 unusedPort(const QHostAddress &address);

} // namespace PortCheck
