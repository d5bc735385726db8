#include "model/probe/probesession.h"

#include "model/probe/protocols/dns.h"
#include "model/probe/protocols/http.h"
#include "model/probe/protocols/kerberos.h"
#include "model/probe/protocols/ldap.h"
#include "model/probe/protocols/smb.h"
#include "model/probe/protocols/tds.h"
#include "model/probe/protocols/x509.h"
#include "model/probe/proxy.h"
#include "model/probe/socketclose.h"
#include "model/probe/tdstunnel.h"

#include <QDateTime>
#include <QNetworkProxy>
#include <QRandomGenerator>
#include <QScopedValueRollback>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>

#include <exception>
#include <new>

using namespace Qt::StringLiterals;

namespace PortCheck {

namespace {

QString protocolName(QSsl::SslProtocol p)
{
    switch (p) {
    case QSsl::TlsV1_3:
        return u"TLS 1.3"_s;
    case QSsl::TlsV1_2:
        return u"TLS 1.2"_s;
        QT_WARNING_PUSH
        QT_WARNING_DISABLE_DEPRECATED
    case QSsl::TlsV1_1:
        return u"TLS 1.1"_s;
    case QSsl::TlsV1_0:
        return u"TLS 1.0"_s;
        QT_WARNING_POP
    default:
        break;
    }
    return u"unknown"_s;
}

QString joinInfo(const QStringList &parts)
{
    return parts.join(u", "_s).left(512);
}

Facts certificateFacts(const QSslCertificate &cert)
{
    Facts facts;
    if (cert.isNull())
        return facts;
    facts.insert(u"tls.subject"_s, joinInfo(cert.subjectInfo(QSslCertificate::CommonName)));
    facts.insert(u"tls.issuer"_s,
                 joinInfo(cert.issuerInfo(QSslCertificate::CommonName)) +
                     (cert.issuerInfo(QSslCertificate::Organization).isEmpty()
                          ? QString()
                          : u" ("_s + joinInfo(cert.issuerInfo(QSslCertificate::Organization)) + u')'));
    QStringList sans;
    const auto alternates = cert.subjectAlternativeNames();
    for (auto it = alternates.cbegin(); it != alternates.cend() && sans.size() < 32; ++it)
        sans << it.value();
    if (!sans.isEmpty())
        facts.insert(u"tls.san"_s, joinInfo(sans));
    facts.insert(u"tls.notAfter"_s, cert.expiryDate().toUTC().toString(Qt::ISODate));
    facts.insert(u"tls.notBefore"_s, cert.effectiveDate().toUTC().toString(Qt::ISODate));
    return facts;
}

// The chain as served, leaf first: each certificate's subject CN, then the issuer the last one
// names when it is not itself a root (servers seldom send the root).
QStringList chainNames(const QList<QSslCertificate> &chain)
{
    QStringList names;
    for (qsizetype i = 0; i < std::min<qsizetype>(chain.size(), 16); ++i)
        names << joinInfo(chain.at(i).subjectInfo(QSslCertificate::CommonName)).left(128);
    if (!chain.isEmpty()) {
        const QSslCertificate &last = chain.at(std::min<qsizetype>(chain.size(), 16) - 1);
        if (last.issuerDisplayName() != last.subjectDisplayName())
            names << joinInfo(last.issuerInfo(QSslCertificate::CommonName)).left(128);
    }
    return names;
}

bool usesNetbios(ProbeKind kind)
{
    return kind == ProbeKind::NetbiosSmb;
}

} // namespace

QString describeSslError(const QSslError &error)
{
    switch (error.error()) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
        return u"self-signed"_s;
    case QSslError::CertificateExpired:
        return u"expired"_s;
    case QSslError::CertificateNotYetValid:
        return u"not yet valid"_s;
    case QSslError::HostNameMismatch:
        return u"name mismatch"_s;
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        return u"untrusted issuer"_s;
    case QSslError::CertificateRevoked:
        return u"revoked"_s;
    default:
        break;
    }
    return error.errorString();
}

// An exception that left a slot would reach Qt's event loop and abort the whole program (and lose
// every result of the run); here it ends this one probe as a failed check instead.
template <typename Slot> void ProbeSession::guard(Slot &&slot) noexcept
{
    Text problem;
    try {
        slot();
        return;
    } catch (const std::bad_alloc &) {
        problem =
            probeText(QT_TRANSLATE_NOOP("Probe", "the probe ran out of memory while reading the answer"));
    } catch (const std::exception &e) {
        problem = probeText(QT_TRANSLATE_NOOP("Probe", "the probe failed: %1"),
                            {Text::plain(QString::fromLocal8Bit(e.what()).left(256))});
    } catch (...) {
        problem = probeText(QT_TRANSLATE_NOOP("Probe", "the probe failed on an unknown error"));
    }
    try {
        m_buffer = QByteArray();
        finish(ProbeState::Error, ServiceState::NotProbed, problem);
    } catch (...) {
        // Nothing more can be done without memory; the worker's deadline still ends the run.
    }
}

void ProbeSession::guardForTest(const std::function<void()> &slot) noexcept
{
    guard(slot);
}

ProbeSession::ProbeSession(ProbeTarget target, const QHostAddress &address, ProbeSettings settings,
                           QObject *parent)
    : QObject(parent)
    , m_target(std::move(target))
    , m_address(address)
    , m_settings(std::move(settings))
{
    m_result.host = m_target.host;
    m_result.port = m_target.port;
    m_result.kind = m_target.kind;
    m_result.via = m_target.via;
    m_result.address = m_address.toString();
    m_connectPort = m_target.port;
    if (!m_target.via.isEmpty()) {
        QString error;
        if (const auto proxy = parseProxyUrl(m_target.via, &error))
            m_connectPort = proxy->port;
        m_result.facts.insert(u"proxy.url"_s, m_target.via);
    }
    m_timer.setSingleShot(true);
    // A coarse timer may fire 5% early; a deadline near Windows' 2 s refused delay must not.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] { guard([this] { onTimeout(); }); });
}

ProbeSession::~ProbeSession()
{
    abort();
}

void ProbeSession::start()
{
    guard([this] { startConnection(); });
}

QSslSocket *ProbeSession::newSslSocket()
{
    auto *ssl = new QSslSocket(this);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setPeerVerifyMode(QSslSocket::VerifyPeer); // errors are collected, then ignored below
    if (!m_settings.extraCaCertificates.isEmpty())
        config.addCaCertificates(m_settings.extraCaCertificates);
    ssl->setSslConfiguration(config);
    ssl->setPeerVerifyName(m_target.host); // SNI and the name check use what the user typed
    connect(ssl, &QSslSocket::encrypted, this, [this] { guard([this] { onEncrypted(); }); });
    connect(ssl, &QSslSocket::sslErrors, this,
            [this](const QList<QSslError> &errors) { guard([&] { onSslErrors(errors); }); });
    return ssl;
}

QSslSocket *ProbeSession::tlsSocket() const
{
    return m_tdsTls ? m_tdsTls : qobject_cast<QSslSocket *>(m_socket);
}

void ProbeSession::startConnection()
{
    if (probeKindUsesTls(m_target.kind)) {
        m_socket = newSslSocket();
    } else {
        m_socket = new QTcpSocket(this);
    }
    // The probe chooses its own path: straight to the address, or to the proxy it was given
    // (the CONNECT is ours). No application or system proxy applies, and none is looked up per
    // connection (about 1.5 % of a worker's time in a 2,000-port sweep).
    m_socket->setProxy(QNetworkProxy::NoProxy);
    connect(m_socket, &QTcpSocket::connected, this, [this] { guard([this] { onConnected(); }); });
    connect(m_socket, &QTcpSocket::readyRead, this, [this] { guard([this] { onReadyRead(); }); });
    connect(m_socket, &QTcpSocket::disconnected, this, [this] { guard([this] { onDisconnected(); }); });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this] { guard([this] { onError(); }); });
    m_stage = Stage::Connecting;
    m_clock.start();
    m_timer.start(m_settings.connectTimeoutMs);
    m_socket->connectToHost(m_address, m_connectPort);
}

void ProbeSession::abort()
{
    m_timer.stop();
    m_stage = Stage::Done;
    if (m_tunnel) {
        m_tunnel->stop();
        m_tunnel->disconnect(this);
        m_tunnel->deleteLater();
        m_tunnel = nullptr;
    }
    if (m_tdsTls) {
        m_tdsTls->disconnect(this);
        m_tdsTls->abort();
        m_tdsTls->deleteLater();
        m_tdsTls = nullptr;
    }
    if (m_socket) {
        m_socket->disconnect(this);
        // A connect probe needed the handshake only: it ends as a connect scan does, with a reset
        // (no FIN exchange, no TIME_WAIT). A probe that spoke a protocol closes in order.
        if (m_target.kind == ProbeKind::Tcp && m_socket->state() == QAbstractSocket::ConnectedState)
            resetOnClose(m_socket->socketDescriptor());
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}

void ProbeSession::onConnected()
{
    m_result.latencyMs = static_cast<double>(m_clock.nsecsElapsed()) / 1e6;
    if (m_target.kind == ProbeKind::Tcp) {
        finish(ProbeState::Open, ServiceState::NotProbed,
               probeText(QT_TRANSLATE_NOOP("Probe", "TCP connection accepted")));
        return;
    }
    m_timer.start(m_settings.protocolTimeoutMs);
    if (!m_target.via.isEmpty() && m_target.kind == ProbeKind::Http) {
        // Plain HTTP is a request to the proxy itself, as Windows fetches CRLs and OCSP answers.
        m_stage = Stage::Protocol;
        m_buffer.clear();
        m_socket->write(Http::proxyGetRequest(m_target.host, m_target.port));
        return;
    }
    if (!m_target.via.isEmpty()) {
        // The proxy opens the tunnel and resolves the name itself: as Guardian's HTTPS client does.
        m_stage = Stage::ProxyConnect;
        m_buffer.clear();
        m_socket->write(Http::connectRequest(m_target.host, m_target.port));
        return;
    }
    startProtocol();
}

void ProbeSession::startProtocol()
{
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket)) {
        m_stage = Stage::Tls;
        ssl->startClientEncryption();
        return;
    }
    if (usesNetbios(m_target.kind)) {
        m_stage = Stage::Netbios;
        m_socket->write(Smb::netbiosSessionRequest());
        return;
    }
    sendRequest();
}

void ProbeSession::onSslErrors(const QList<QSslError> &errors)
{
    for (const QSslError &e : errors) {
        const QString text = describeSslError(e);
        if (!m_tlsErrors.contains(text))
            m_tlsErrors << text;
    }
    // Keep going: the probe reports the errors and still learns what the service says.
    if (QSslSocket *ssl = tlsSocket())
        ssl->ignoreSslErrors();
}

// PRELOGIN said that TLS follows: the handshake runs inside TDS packets (MS-TDS 3.2.5.1),
// through a relay on loopback, since QSslSocket speaks TLS only on a socket of its own.
void ProbeSession::startTdsTls(const QByteArray &pending)
{
    m_stage = Stage::TdsTls;
    m_buffer.clear();
    m_timer.start(m_settings.protocolTimeoutMs);
    m_tdsTls = newSslSocket();
    connect(m_tdsTls, &QSslSocket::errorOccurred, this, [this] { guard([this] { onTdsTlsError(); }); });
    m_tunnel = new TdsTlsTunnel(m_socket, TdsTlsTunnel::Side::Client, this);
    connect(m_tunnel, &TdsTlsTunnel::failed, this, [this](const Text &why) {
        guard([&] { finish(ProbeState::Open, ServiceState::Unexpected, why); });
    });
    m_tunnel->start(m_tdsTls, m_target.host, pending);
}

void ProbeSession::onTdsTlsError()
{
    if (m_stage != Stage::TdsTls)
        return;
    // The relay's end closing first means the server did (that is reported by onDisconnected).
    if (m_tdsTls->error() == QAbstractSocket::RemoteHostClosedError)
        return;
    const QString text = m_tdsTls->errorString().left(256);
    m_result.facts.insert(u"tls.errors"_s, text);
    finish(ProbeState::Open, ServiceState::TlsError,
           probeText(QT_TRANSLATE_NOOP("Probe", "TDS PRELOGIN answered, then the TLS handshake inside TDS "
                                                "failed: %1"),
                     {Text::plain(text)}));
}

void ProbeSession::onEncrypted()
{
    QSslSocket *ssl = tlsSocket();
    m_result.facts.insert(certificateFacts(ssl->peerCertificate()));
    m_result.facts.insert(u"tls.protocol"_s, protocolName(ssl->sessionProtocol()));
    m_result.facts.insert(u"tls.cipher"_s, ssl->sessionCipher().name());
    if (!m_tlsErrors.isEmpty())
        m_result.facts.insert(u"tls.errors"_s, m_tlsErrors.join(u", "_s));
    const QStringList chain = chainNames(ssl->peerCertificateChain());
    if (!chain.isEmpty())
        m_result.facts.insert(u"tls.chain"_s, chain.join(u" > "_s));
    // Where Windows checks that the served certificates are not revoked (the root is trusted as
    // it is): the CRL and OCSP URLs of the leaf and of each intermediate.
    QStringList crl;
    QStringList ocsp;
    const QList<QSslCertificate> served = ssl->peerCertificateChain();
    for (qsizetype i = 0; i < std::min<qsizetype>(served.size(), 8); ++i) {
        const QSslCertificate &cert = served.at(i);
        if (cert.isSelfSigned())
            continue;
        const X509::RevocationUrls urls = X509::revocationUrls(cert.toDer());
        for (const QString &u : urls.crl) {
            if (!crl.contains(u) && crl.size() < 8)
                crl << u;
        }
        for (const QString &u : urls.ocsp) {
            if (!ocsp.contains(u) && ocsp.size() < 8)
                ocsp << u;
        }
    }
    if (!crl.isEmpty())
        m_result.facts.insert(u"tls.crl"_s, crl.join(u' '));
    if (!ocsp.isEmpty())
        m_result.facts.insert(u"tls.ocsp"_s, ocsp.join(u' '));
    // A chain this machine trusts that ends in none of the CAs the endpoint really uses: something
    // between (a proxy, a firewall) re-signed it. Its CA is the top of the chain served.
    const QStringList expected = m_settings.tlsIssuers.value(m_target.host.toLower());
    if (!expected.isEmpty() && m_tlsErrors.isEmpty() && chain.size() > 1) {
        const bool genuine = std::any_of(chain.cbegin() + 1, chain.cend(), [&](const QString &name) {
            return expected.contains(name, Qt::CaseInsensitive);
        });
        if (!genuine)
            m_result.facts.insert(u"tls.interceptedBy"_s, chain.constLast());
    }
    if (m_stage == Stage::TdsTls) {
        // Done: the certificate is what the probe came for; a login would need credentials.
        if (m_tlsErrors.isEmpty())
            finish(ProbeState::Open, ServiceState::Identified,
                   probeText(QT_TRANSLATE_NOOP("Probe", "TDS PRELOGIN answered, TLS handshake inside TDS "
                                                        "completed")));
        else
            finish(ProbeState::Open, ServiceState::TlsError,
                   probeText(QT_TRANSLATE_NOOP("Probe", "TDS PRELOGIN answered; certificate: %1"),
                             {tlsErrorsText(m_tlsErrors.join(u", "_s))}));
        return;
    }
    if (m_target.kind == ProbeKind::Tls) {
        if (m_tlsErrors.isEmpty())
            finish(ProbeState::Open, ServiceState::Identified,
                   probeText(QT_TRANSLATE_NOOP("Probe", "TLS handshake completed")));
        else
            finish(ProbeState::Open, ServiceState::TlsError,
                   probeText(QT_TRANSLATE_NOOP("Probe", "certificate: %1"),
                             {tlsErrorsText(m_tlsErrors.join(u", "_s))}));
        return;
    }
    m_timer.start(m_settings.protocolTimeoutMs);
    sendRequest();
}

void ProbeSession::sendRequest()
{
    m_stage = Stage::Protocol;
    m_buffer.clear();
    QByteArray request;
    switch (m_target.kind) {
    case ProbeKind::Ldap:
    case ProbeKind::Gc:
    case ProbeKind::Ldaps:
    case ProbeKind::Gcs:
        request = Ldap::rootDseRequest(1);
        break;
    case ProbeKind::Winrm:
    case ProbeKind::Winrms:
        request = Http::winrmIdentifyRequest(m_target.host, m_target.port);
        break;
    case ProbeKind::Http:
    case ProbeKind::Https:
        request = Http::getRequest(m_target.host, m_target.port);
        break;
    case ProbeKind::Smb:
    case ProbeKind::NetbiosSmb:
        request = Smb::negotiateRequest();
        break;
    case ProbeKind::Tds:
        request = Tds::preloginRequest();
        break;
    case ProbeKind::Kerberos: {
        // A principal that need not exist: any KDC answers before it looks for a password. Without
        // a domain or a host name with a suffix the realm is a guess, and only its answer counts.
        m_realm = Kerberos::realmFor(m_settings.domain, m_target.host);
        if (!m_realm.isEmpty())
            m_result.facts.insert(u"kerberos.requestedRealm"_s, m_realm);
        const QString realm = m_realm.isEmpty() ? u"WORKGROUP"_s : m_realm;
        request = Kerberos::tcpFrame(
            Kerberos::asRequest(realm, u"guardian-portcheck"_s, QRandomGenerator::global()->generate()));
        break;
    }
    case ProbeKind::Dns: {
        const QString domain = Kerberos::realmFor(m_settings.domain, m_target.host).toLower();
        // No domain known: the root's NS records, which any DNS server answers in some way.
        m_dnsName = Dns::dcLocatorName(domain);
        m_dnsId = static_cast<quint16>(QRandomGenerator::global()->bounded(1, 0x10000));
        request = Dns::tcpFrame(Dns::query(m_dnsId, m_dnsName, m_dnsName.isEmpty() ? Dns::NS : Dns::SRV));
        break;
    }
    case ProbeKind::Tcp:
    case ProbeKind::Tls:
    case ProbeKind::None:
        break;
    }
    m_socket->write(request);
}

bool ProbeSession::readProxiedHttpAnswer(bool atEnd)
{
    const Http::ConnectAnswer a = Http::parseConnectResponse(m_buffer);
    if (a.status == Http::Status::NeedMore && !atEnd)
        return true;
    const QString proxy = m_target.via;
    const QString url = u"http://"_s + m_target.host + u':' + QString::number(m_target.port) + u'/';
    if (a.status == Http::Status::NeedMore) {
        finishProxy(
            u"proxy-error"_s, ProbeState::Error, ServiceState::NotProbed,
            probeText(QT_TRANSLATE_NOOP("Probe", "the proxy %1 closed the connection without answering "
                                                 "the request for %2"),
                      {Text::plain(proxy), Text::plain(url)}));
        return true;
    }
    if (a.status == Http::Status::Invalid) {
        finishProxy(u"proxy-error"_s, ProbeState::Error, ServiceState::NotProbed,
                    probeText(QT_TRANSLATE_NOOP("Probe", "the proxy %1 answered the request for %2 with "
                                                         "something other than HTTP: %3"),
                              {Text::plain(proxy), Text::plain(url), a.error}));
        return true;
    }
    m_result.facts.insert(u"proxy.status"_s, QString::number(a.code));
    if (a.code == 407 || (a.fromProxy && (a.code == 403 || a.code >= 500))) {
        const Text code =
            Text::plain(QString::number(a.code) + (a.reason.isEmpty() ? QString() : u' ' + a.reason));
        if (!a.reason.isEmpty())
            m_result.facts.insert(u"proxy.reason"_s, a.reason);
        if (!a.server.isEmpty())
            m_result.facts.insert(u"proxy.server"_s, a.server);
        if (a.code == 407)
            finishProxyAuth(a);
        else if (a.code >= 500)
            finishProxy(u"proxy-error"_s, ProbeState::Error, ServiceState::NotProbed,
                        probeText(QT_TRANSLATE_NOOP("Probe", "the proxy %1 could not fetch %2 (%3)"),
                                  {Text::plain(proxy), Text::plain(url), code}));
        else
            finishProxy(u"proxy-denied"_s, ProbeState::Refused, ServiceState::NotProbed,
                        probeText(QT_TRANSLATE_NOOP("Probe", "the proxy %1 refused to fetch %2 (%3)"),
                                  {Text::plain(proxy), Text::plain(url), code}));
        return true;
    }
    // The server's answer, relayed: judged as on a direct path.
    return false;
}

void ProbeSession::finishProxyAuth(const Http::ConnectAnswer &a)
{
    // Reported, never answered: the probe has no credentials and asks for none.
    const QString proxy = m_target.via;
    const QString schemes = a.authSchemes.join(u", "_s);
    if (!schemes.isEmpty())
        m_result.facts.insert(u"proxy.auth"_s, schemes);
    finishProxy(u"proxy-auth"_s, ProbeState::Refused, ServiceState::NotProbed,
                schemes.isEmpty()
                    ? probeText(QT_TRANSLATE_NOOP("Probe", "the proxy %1 demands authentication (407)"),
                                {Text::plain(proxy)})
                    : probeText(QT_TRANSLATE_NOOP("Probe", "the proxy %1 demands authentication (407; it "
                                                           "offers %2)"),
                                {Text::plain(proxy), Text::plain(schemes)}));
}

void ProbeSession::readProxyAnswer(bool atEnd)
{
    const QString proxy = m_target.via;
    const Http::ConnectAnswer a = Http::parseConnectResponse(m_buffer);
    if (a.status == Http::Status::NeedMore) {
        if (atEnd)
            finishProxy(u"proxy-error"_s, ProbeState::Error, ServiceState::NotProbed,
                        probeText(QT_TRANSLATE_NOOP("Probe", "the proxy %1 closed the connection without "
                                                             "answering CONNECT"),
                                  {Text::plain(proxy)}));
        return;
    }
    if (a.status == Http::Status::Invalid) {
        finishProxy(u"proxy-error"_s, ProbeState::Error, ServiceState::NotProbed,
                    probeText(QT_TRANSLATE_NOOP("Probe", "the proxy %1 answered CONNECT with something "
                                                         "other than HTTP: %2"),
                              {Text::plain(proxy), a.error}));
        return;
    }
    m_result.facts.insert(u"proxy.status"_s, QString::number(a.code));
    if (!a.reason.isEmpty())
        m_result.facts.insert(u"proxy.reason"_s, a.reason);
    if (!a.server.isEmpty())
        m_result.facts.insert(u"proxy.server"_s, a.server);
    const Text code =
        Text::plain(QString::number(a.code) + (a.reason.isEmpty() ? QString() : u' ' + a.reason));
    if (a.code >= 200 && a.code < 300) {
        // The tunnel is open: from here on the probe speaks to the target as on a direct path.
        m_buffer.remove(0, a.headerSize);
        m_timer.start(m_settings.protocolTimeoutMs);
        startProtocol();
        return;
    }
    if (a.code == 407) {
        finishProxyAuth(a);
        return;
    }
    if (a.code >= 500)
        finishProxy(u"proxy-error"_s, ProbeState::Error, ServiceState::NotProbed,
                    probeText(QT_TRANSLATE_NOOP("Probe", "the proxy %1 could not open a tunnel to %2 (%3)"),
                              {Text::plain(proxy),
                               Text::plain(m_target.host + u':' + QString::number(m_target.port)), code}));
    else
        finishProxy(u"proxy-denied"_s, ProbeState::Refused, ServiceState::NotProbed,
                    probeText(QT_TRANSLATE_NOOP("Probe", "the proxy %1 refused the tunnel to %2 (%3)"),
                              {Text::plain(proxy),
                               Text::plain(m_target.host + u':' + QString::number(m_target.port)), code}));
}

void ProbeSession::finishProxy(const QString &outcome, ProbeState state, ServiceState service,
                               const Text &message)
{
    m_result.facts.insert(u"proxy.outcome"_s, outcome);
    finish(state, service, message);
}

void ProbeSession::onReadyRead()
{
    if (m_stage == Stage::Tls || m_stage == Stage::TdsTls || m_stage == Stage::Done)
        return;
    if (m_stage == Stage::ProxyConnect) {
        m_buffer += m_socket->read(32 * 1024 + 1 - m_buffer.size());
        readProxyAnswer(false);
        return;
    }
    m_buffer += m_socket->read(kMaxResponseBytes + 1 - m_buffer.size());
    if (m_buffer.size() > kMaxResponseBytes) {
        finish(ProbeState::Open, ServiceState::Unexpected,
               probeText(QT_TRANSLATE_NOOP("Probe", "the answer is larger than 256 KB")));
        return;
    }
    parse(false);
}

void ProbeSession::parse(bool atEnd)
{
    if (m_stage == Stage::Netbios) {
        const ParseResult r = Smb::parseNetbiosSessionResponse(m_buffer);
        if (r.status == ParseResult::Status::Invalid) {
            finish(ProbeState::Open, ServiceState::Unexpected, r.message);
        } else if (r.status == ParseResult::Status::Done) {
            m_result.facts.insert(r.facts);
            m_buffer.remove(0, Smb::netbiosResponseSize(m_buffer));
            sendRequest();
        } else if (atEnd) {
            finish(ProbeState::Open, ServiceState::Unexpected,
                   probeText(QT_TRANSLATE_NOOP("Probe",
                                               "the connection closed during the NetBIOS session request")));
        }
        return;
    }
    ParseResult r;
    switch (m_target.kind) {
    case ProbeKind::Ldap:
    case ProbeKind::Gc:
    case ProbeKind::Ldaps:
    case ProbeKind::Gcs:
        r = Ldap::parseRootDseResponse(m_buffer, m_target.host, QDateTime::currentDateTimeUtc());
        break;
    case ProbeKind::Winrm:
    case ProbeKind::Winrms:
        r = Http::parseWinrmIdentify(m_buffer, atEnd);
        break;
    case ProbeKind::Http:
    case ProbeKind::Https:
        if (m_target.kind == ProbeKind::Http && !m_target.via.isEmpty() && readProxiedHttpAnswer(atEnd))
            return;
        r = Http::parseHttpProbe(m_buffer, atEnd);
        break;
    case ProbeKind::Smb:
    case ProbeKind::NetbiosSmb:
        r = Smb::parseNegotiateResponse(m_buffer);
        break;
    case ProbeKind::Tds:
        r = Tds::parsePreloginResponse(m_buffer);
        break;
    case ProbeKind::Kerberos:
        r = Kerberos::parseTcpResponse(m_buffer, m_realm, QDateTime::currentDateTimeUtc());
        break;
    case ProbeKind::Dns:
        r = Dns::parseTcpResponse(m_buffer, m_dnsId, m_dnsName);
        break;
    case ProbeKind::Tcp:
    case ProbeKind::Tls:
    case ProbeKind::None:
        return;
    }
    if (m_target.kind == ProbeKind::Tds && r.status == ParseResult::Status::Done && !atEnd &&
        Tds::handshakeFollows(r.facts)) {
        m_result.facts.insert(r.facts);
        startTdsTls(m_buffer.mid(Tds::packetSize(m_buffer)));
        return;
    }
    switch (r.status) {
    case ParseResult::Status::Done:
        m_result.facts.insert(r.facts);
        if (!m_tlsErrors.isEmpty())
            finish(ProbeState::Open, ServiceState::TlsError,
                   Text::sentences({probeText(QT_TRANSLATE_NOOP("Probe", "certificate: %1"),
                                              {tlsErrorsText(m_tlsErrors.join(u", "_s))}),
                                    r.message}));
        else
            finish(ProbeState::Open, ServiceState::Identified, r.message);
        break;
    case ParseResult::Status::Invalid:
        finish(ProbeState::Open, ServiceState::Unexpected, r.message);
        break;
    case ParseResult::Status::Foreign:
        m_result.facts.insert(r.facts);
        finish(ProbeState::Open, ServiceState::Unexpected, r.message);
        break;
    case ParseResult::Status::NeedMore:
        if (atEnd)
            finish(ProbeState::Open, ServiceState::Unexpected,
                   m_buffer.isEmpty()
                       ? probeText(QT_TRANSLATE_NOOP("Probe", "the connection was closed without an answer"))
                       : probeText(QT_TRANSLATE_NOOP(
                             "Probe", "the connection was closed in the middle of the answer")));
        break;
    }
}

void ProbeSession::onDisconnected()
{
    if (m_stage == Stage::ProxyConnect) {
        m_buffer += m_socket->readAll().left(qsizetype{32} * 1024);
        readProxyAnswer(true);
        return;
    }
    if (m_stage == Stage::Protocol || m_stage == Stage::Netbios) {
        m_buffer += m_socket->readAll().left(kMaxResponseBytes);
        parse(true);
    } else if (m_stage == Stage::Tls) {
        finish(ProbeState::Open, ServiceState::Unexpected,
               probeText(QT_TRANSLATE_NOOP("Probe", "the connection was closed during the TLS handshake")));
    } else if (m_stage == Stage::TdsTls) {
        finish(ProbeState::Open, ServiceState::Unexpected,
               probeText(QT_TRANSLATE_NOOP("Probe", "TDS PRELOGIN answered, then the server closed the "
                                                    "connection during the TLS handshake inside TDS")));
    }
}

void ProbeSession::onError()
{
    if (m_stage == Stage::Done)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    if (m_lookingLast && error == QAbstractSocket::SocketTimeoutError)
        return; // the last look found nothing: the timeout below says what that means
    if (m_stage == Stage::Connecting && !m_target.via.isEmpty()) {
        const Text proxy = Text::plain(m_target.via);
        switch (error) {
        case QAbstractSocket::ConnectionRefusedError:
            finishProxy(
                u"proxy-refused"_s, ProbeState::Refused, ServiceState::NotProbed,
                probeText(QT_TRANSLATE_NOOP("Probe", "the proxy %1 refused the connection"), {proxy}));
            return;
        case QAbstractSocket::SocketTimeoutError:
            finishProxy(u"proxy-filtered"_s, ProbeState::Filtered, ServiceState::NotProbed,
                        probeText(QT_TRANSLATE_NOOP("Probe", "no answer from the proxy %1"), {proxy}));
            return;
        default:
            finishProxy(u"proxy-refused"_s,
                        error == QAbstractSocket::NetworkError ? ProbeState::Unreachable : ProbeState::Error,
                        ServiceState::NotProbed,
                        probeText(QT_TRANSLATE_NOOP("Probe", "the proxy %1 cannot be reached: %2"),
                                  {proxy, Text::plain(m_socket->errorString())}));
            return;
        }
    }
    if (m_stage == Stage::ProxyConnect && error == QAbstractSocket::RemoteHostClosedError) {
        onDisconnected();
        return;
    }
    if (m_stage == Stage::Connecting) {
        switch (error) {
        case QAbstractSocket::ConnectionRefusedError:
            finish(ProbeState::Refused, ServiceState::NotProbed,
                   probeText(QT_TRANSLATE_NOOP("Probe", "connection refused")));
            return;
        case QAbstractSocket::NetworkError:
            finish(ProbeState::Unreachable, ServiceState::NotProbed, Text::plain(m_socket->errorString()));
            return;
        case QAbstractSocket::HostNotFoundError:
            finish(ProbeState::DnsFailed, ServiceState::NotProbed, Text::plain(m_socket->errorString()));
            return;
        case QAbstractSocket::SocketTimeoutError:
            finish(ProbeState::Filtered, ServiceState::NotProbed,
                   probeText(QT_TRANSLATE_NOOP("Probe", "no answer to the connection attempt")));
            return;
        default:
            finish(ProbeState::Error, ServiceState::NotProbed, Text::plain(m_socket->errorString()));
            return;
        }
    }
    if (error == QAbstractSocket::RemoteHostClosedError) {
        onDisconnected();
        return;
    }
    if (m_stage == Stage::Tls) {
        const QString text = m_socket->errorString();
        // A peer that does not speak TLS at all makes OpenSSL see a record it cannot parse.
        const bool notTls = text.contains(u"wrong version number"_s, Qt::CaseInsensitive) ||
                            text.contains(u"packet length too long"_s, Qt::CaseInsensitive) ||
                            text.contains(u"unknown protocol"_s, Qt::CaseInsensitive) ||
                            text.contains(u"record layer failure"_s, Qt::CaseInsensitive);
        if (!notTls)
            m_result.facts.insert(u"tls.errors"_s, text.left(256));
        finish(ProbeState::Open, notTls ? ServiceState::Unexpected : ServiceState::TlsError,
               notTls ? probeText(QT_TRANSLATE_NOOP("Probe", "the service does not speak TLS: %1"),
                                  {Text::plain(text.left(256))})
                      : probeText(QT_TRANSLATE_NOOP("Probe", "TLS handshake failed: %1"),
                                  {Text::plain(text.left(256))}));
        return;
    }
    finish(ProbeState::Open, ServiceState::Unexpected, Text::plain(m_socket->errorString()));
}

// The timer and the socket's notification can be due in one pass of the event loop (a busy
// machine), and an event loop can miss a close that came with a reset (seen under Wine): before
// the verdict says the service was silent, read once more what the socket already holds. That
// goes through the usual slots, so it may finish the probe or start its next step.
void ProbeSession::takeLastLook()
{
    if (m_stage != Stage::Protocol && m_stage != Stage::Netbios && m_stage != Stage::ProxyConnect)
        return;
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    // waitForReadyRead reports "nothing yet" as SocketTimeoutError through errorOccurred
    const QScopedValueRollback<bool> looking(m_lookingLast, true);
    m_socket->waitForReadyRead(0);
}

void ProbeSession::onTimeout()
{
    takeLastLook();
    // finished, or a next step that started its own timer
    if (m_stage == Stage::Done || m_timer.isActive())
        return;
    switch (m_stage) {
    case Stage::Connecting:
        if (!m_target.via.isEmpty()) {
            finishProxy(u"proxy-filtered"_s, ProbeState::Filtered, ServiceState::NotProbed,
                        probeText(QT_TRANSLATE_NOOP("Probe", "no answer from the proxy %1 within %2 ms"),
                                  {Text::plain(m_target.via),
                                   Text::plain(QString::number(m_settings.connectTimeoutMs))}));
            break;
        }
        finish(ProbeState::Filtered, ServiceState::NotProbed,
               probeText(QT_TRANSLATE_NOOP("Probe", "no answer to the connection attempt within %1 ms"),
                         {Text::plain(QString::number(m_settings.connectTimeoutMs))}));
        break;
    case Stage::Tls:
        finish(ProbeState::Open, ServiceState::Silent,
               probeText(QT_TRANSLATE_NOOP("Probe", "the TLS handshake did not finish within %1 ms"),
                         {Text::plain(QString::number(m_settings.protocolTimeoutMs))}));
        break;
    case Stage::TdsTls:
        finish(
            ProbeState::Open, ServiceState::Silent,
            probeText(QT_TRANSLATE_NOOP("Probe", "TDS PRELOGIN answered, then the TLS handshake inside TDS "
                                                 "did not finish within %1 ms"),
                      {Text::plain(QString::number(m_settings.protocolTimeoutMs))}));
        break;
    case Stage::ProxyConnect:
        finishProxy(u"proxy-silent"_s, ProbeState::Open, ServiceState::Silent,
                    probeText(QT_TRANSLATE_NOOP("Probe", "the proxy %1 accepted the connection and did not "
                                                         "answer CONNECT within %2 ms"),
                              {Text::plain(m_target.via),
                               Text::plain(QString::number(m_settings.protocolTimeoutMs))}));
        break;
    case Stage::Netbios:
    case Stage::Protocol:
        if (m_buffer.isEmpty())
            finish(
                ProbeState::Open, ServiceState::Silent,
                probeText(QT_TRANSLATE_NOOP("Probe", "accepted the connection, then said nothing for %1 ms"),
                          {Text::plain(QString::number(m_settings.protocolTimeoutMs))}));
        else
            finish(ProbeState::Open, ServiceState::Unexpected,
                   probeText(QT_TRANSLATE_NOOP("Probe", "sent %1 bytes that are not a complete answer"),
                             {Text::plain(QString::number(m_buffer.size()))}));
        break;
    case Stage::Idle:
    case Stage::Done:
        break;
    }
}

void ProbeSession::finish(ProbeState state, ServiceState service, const Text &message)
{
    if (m_stage == Stage::Done)
        return;
    m_result.state = state;
    m_result.service = service;
    m_result.message = message;
    if (state != ProbeState::Open)
        m_result.latencyMs = -1;
    abort();
    Q_EMIT finished(m_result);
}

} // namespace PortCheck
