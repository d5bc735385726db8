#include "model/demo/responder.h"

#include "model/probe/protocols/http.h"
#include "model/probe/protocols/kerberos.h"
#include "model/probe/protocols/smb.h"
#include "model/probe/protocols/tds.h"
#include "model/probe/tdstunnel.h"

#include <QDateTime>
#include <QSslSocket>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace PortCheck {

Responder::Responder(Behavior behavior, QObject *parent)
    : QTcpServer(parent)
    , m_behavior(behavior)
{
    m_ldapAttributes = {
        {"dnsHostName", {"dc1.demo.portcheck.invalid"}},
        {"defaultNamingContext", {"DC=demo,DC=portcheck,DC=invalid"}},
        {"dsServiceName",
         {"CN=NTDS "
          "Settings,CN=DC1,CN=Servers,CN=Demo-Site,CN=Sites,CN=Configuration,DC=demo,DC=portcheck,DC="
          "invalid"}},
        {"isGlobalCatalogReady", {"TRUE"}},
        {"isSynchronized", {"TRUE"}},
        {"domainControllerFunctionality", {"7"}},
    };
}

Responder::~Responder() = default;

void Responder::setTls(const QSslCertificate &certificate, const QSslKey &key)
{
    m_certificate = certificate;
    m_key = key;
}

void Responder::incomingConnection(qintptr descriptor)
{
    ++m_connections;
    QTcpSocket *socket = nullptr;
    // TDS encrypts inside its own packets, after PRELOGIN (serve()); the others from the start.
    if (!m_certificate.isNull() && m_behavior != Behavior::Tds) {
        auto *ssl = new QSslSocket(this);
        if (!ssl->setSocketDescriptor(descriptor)) {
            delete ssl;
            return;
        }
        ssl->setLocalCertificate(m_certificate);
        ssl->setPrivateKey(m_key);
        ssl->setPeerVerifyMode(QSslSocket::VerifyNone);
        ssl->startServerEncryption();
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
    }
    if (!m_onlyFrom.isNull() && !socket->peerAddress().isEqual(m_onlyFrom)) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    serve(socket);
}

void Responder::serve(QTcpSocket *socket)
{
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    if (m_behavior == Behavior::Close) {
        socket->disconnectFromHost();
        return;
    }
    auto buffer = std::make_shared<QByteArray>();
    auto netbiosDone = std::make_shared<bool>(false);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer, netbiosDone] {
        buffer->append(socket->readAll());
        if (buffer->size() > 1024 * 1024) {
            socket->abort();
            return;
        }
        bool closeAfter = false;
        const QByteArray reply = answer(*buffer, &closeAfter, netbiosDone.get());
        if (!reply.isEmpty())
            socket->write(reply);
        if (closeAfter)
            socket->disconnectFromHost();
        if (m_behavior == Behavior::Tds && !reply.isEmpty() && !m_certificate.isNull())
            startTdsTls(socket, std::exchange(*buffer, {}));
    });
}

// As SQL Server does after a PRELOGIN answer that requires encryption: the TLS handshake in
// PRELOGIN packets, through the same tunnel the probe uses on its side.
void Responder::startTdsTls(QTcpSocket *socket, const QByteArray &pending)
{
    socket->disconnect(this); // from here on the tunnel reads the socket
    auto *ssl = new QSslSocket(socket);
    ssl->setLocalCertificate(m_certificate);
    ssl->setPrivateKey(m_key);
    ssl->setPeerVerifyMode(QSslSocket::VerifyNone);
    auto *tunnel = new TdsTlsTunnel(socket, TdsTlsTunnel::Side::Server, socket);
    connect(tunnel, &TdsTlsTunnel::failed, socket, [socket] { socket->abort(); });
    tunnel->start(ssl, {}, pending);
}

QByteArray Responder::answer(QByteArray &buffer, bool *closeAfter, bool *netbiosDone)
{
    switch (m_behavior) {
    case Behavior::Silent:
    case Behavior::Close:
        buffer.clear();
        return {};
    case Behavior::Garbage:
        buffer.clear();
        *closeAfter = true;
        return QByteArrayLiteral("\x15\x03garbage from a service that is not what you think\r\n");
    case Behavior::LdapRootDse: {
        QByteArray out;
        int id = 0;
        quint8 op = 0;
        qsizetype used = 0;
        while ((used = Ldap::readRequest(buffer, &id, &op)) > 0) {
            buffer.remove(0, used);
            if (op == 0x63) { // search
                // As a DC does: its clock at the moment of the answer (GeneralizedTime, UTC).
                Ldap::Attributes attributes = m_ldapAttributes;
                const bool hasTime = std::any_of(attributes.cbegin(), attributes.cend(),
                                                 [](const auto &a) { return a.first == "currentTime"; });
                if (!hasTime && !attributes.isEmpty()) {
                    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(m_clockOffset);
                    attributes.append(
                        qMakePair(QByteArray("currentTime"),
                                  QList<QByteArray>{now.toString(u"yyyyMMddHHmmss'.0Z'"_s).toLatin1()}));
                }
                out += Ldap::searchResultEntry(id, {}, attributes) + Ldap::searchResultDone(id);
            } else if (op == 0x42) // unbind
                *closeAfter = true;
        }
        if (used < 0)
            *closeAfter = true;
        return out;
    }
    case Behavior::WinrmIdentify:
    case Behavior::WinrmUnauthorized:
    case Behavior::Http: {
        QByteArray method;
        QByteArray path;
        QByteArray body;
        const qsizetype used = Http::requestSize(buffer, &method, &path, &body);
        if (used == 0)
            return {};
        *closeAfter = true;
        buffer.clear();
        if (used < 0)
            return Http::response(400, "Bad Request", {}, {});
        if (m_behavior == Behavior::WinrmUnauthorized)
            return Http::response(401, "Unauthorized",
                                  {{"Server", "Microsoft-HTTPAPI/2.0"},
                                   {"WWW-Authenticate", "Negotiate"},
                                   {"WWW-Authenticate", "Kerberos"}},
                                  {});
        if (m_behavior == Behavior::WinrmIdentify) {
            if (method != "POST" || path != "/wsman")
                return Http::response(404, "Not Found", {{"Server", "Microsoft-HTTPAPI/2.0"}}, {});
            return Http::response(
                200, "OK",
                {{"Server", "Microsoft-HTTPAPI/2.0"}, {"Content-Type", "application/soap+xml;charset=UTF-8"}},
                Http::identifyResponseBody("Microsoft Corporation", "OS: 10.0.20348 SP: 0.0 Stack: 3.0"));
        }
        if (!m_redirect.isEmpty())
            return Http::response(302, "Found", {{"Server", "Microsoft-IIS/10.0"}, {"Location", m_redirect}},
                                  {});
        return Http::response(200, "OK", {{"Server", "Microsoft-IIS/10.0"}, {"Content-Type", "text/html"}},
                              "<html><body>Guardian Port Check demo</body></html>");
    }
    case Behavior::Smb2:
    case Behavior::NetbiosSmb2: {
        if (m_behavior == Behavior::NetbiosSmb2 && !*netbiosDone) {
            const qsizetype need = Smb::netbiosResponseSize(buffer); // same 4-byte framing both ways
            if (need == 0)
                return {};
            if (static_cast<quint8>(buffer.at(0)) != 0x81) {
                *closeAfter = true;
                return QByteArray("\x83\0\0\x01\x8f", 5);
            }
            buffer.remove(0, need);
            *netbiosDone = true;
            return QByteArray("\x82\0\0\0", 4);
        }
        qsizetype used = 0;
        if (!Smb::isNegotiateRequest(buffer, &used))
            return {};
        buffer.remove(0, used);
        return Smb::negotiateResponse(0x0302, true);
    }
    case Behavior::Tds:
        if (buffer.size() < 8)
            return {};
        buffer.remove(0, std::min(buffer.size(), Tds::packetSize(buffer)));
        // Encryption required with a certificate (Azure SQL's answer), else not supported.
        return Tds::preloginResponse(16, 0, 4135, m_certificate.isNull() ? 0x02 : 0x03);
    case Behavior::Kerberos: {
        QString realm;
        QString client;
        const qsizetype used = Kerberos::readTcpRequest(buffer, &realm, &client);
        if (used == 0)
            return {};
        *closeAfter = true;
        buffer.clear();
        if (used < 0)
            return {};
        const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(m_clockOffset);
        return Kerberos::tcpFrame(Kerberos::krbError(6, now, realm, client)); // KDC_ERR_C_PRINCIPAL_UNKNOWN
    }
    case Behavior::Dns: {
        QByteArray out;
        while (buffer.size() >= 2) {
            const qsizetype length =
                (static_cast<quint8>(buffer.at(0)) << 8) | static_cast<quint8>(buffer.at(1));
            if (buffer.size() < 2 + length)
                break;
            const QByteArray query = buffer.mid(2, length);
            buffer.remove(0, 2 + length);
            quint16 id = 0;
            quint16 type = 0;
            QByteArray name;
            if (!Dns::readQuestion(query, &id, &name, &type)) {
                *closeAfter = true;
                break;
            }
            const auto it = m_dnsRecords.constFind(name);
            out += Dns::tcpFrame(it == m_dnsRecords.cend() ? Dns::srvResponse(query, 3, {})
                                                           : Dns::srvResponse(query, 0, *it));
        }
        return out;
    }
    }
    return {};
}

DroppingPort::DroppingPort(QObject *parent)
    : QObject(parent)
{}

DroppingPort::~DroppingPort()
{
    qDeleteAll(m_fillers);
}

bool DroppingPort::listen(const QHostAddress &address)
{
    m_server.setListenBacklogSize(0);
    if (!m_server.listen(address))
        return false;
    m_server.pauseAccepting();
    // Fill the accept queue (the kernel completes these handshakes on its own): once it is full,
    // Linux drops new SYNs instead of answering them.
    for (int i = 0; i < 4; ++i) {
        auto *filler = new QTcpSocket;
        filler->connectToHost(address, m_server.serverPort());
        m_fillers.append(filler);
    }
    return true;
}

quint16 unusedPort(const QHostAddress &address)
{
    QTcpServer probe;
    if (!probe.listen(address))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace PortCheck
