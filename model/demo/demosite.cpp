#include "model/demo/demosite.h"

#include <QFile>
#include <QSslKey>

using namespace Qt::StringLiterals;

namespace PortCheck {

namespace {

constexpr char16_t kDc1[] = u"127.0.0.1";
constexpr char16_t kDc2[] = u"127.0.0.2";
constexpr char16_t kShare[] = u"127.0.0.3";
constexpr char16_t kCloud[] = u"127.0.0.4";
constexpr char16_t kAgent[] = u"127.0.0.5";

QByteArray resource(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const char *roleOf(const QString &host)
{
    if (host == QStringView(kShare))
        return "file-share";
    if (host == QStringView(kCloud))
        return "cayosoft-cloud";
    if (host == QStringView(kAgent))
        return "recovery-agent";
    return "domain-controller";
}

} // namespace

DemoSite::DemoSite(QObject *parent)
    : QObject(parent)
{}

DemoSite::~DemoSite()
{
    if (!m_thread)
        return;
    // The servers and their sockets belong to the responder thread: they go there, then it ends.
    QMetaObject::invokeMethod(
        m_home, [this] { m_servers.clear(); }, Qt::BlockingQueuedConnection);
    m_home->deleteLater();
    m_thread->quit();
    m_thread->wait();
}

QList<QSslCertificate> DemoSite::trustAnchors() const
{
    return QSslCertificate::fromData(resource(u":/demo/demo-ca.pem"_s), QSsl::Pem);
}

void DemoSite::route(const QString &host, quint16 catalogPort, quint16 port)
{
    QList<ProfileHost> &hosts = m_profile.hosts[QString::fromLatin1(roleOf(host))];
    auto it = std::find_if(hosts.begin(), hosts.end(), [&](const ProfileHost &h) { return h.host == host; });
    if (it == hosts.end()) {
        hosts.append({host, {}});
        it = hosts.end() - 1;
        it->standIn = true; // the responders' ports stand in for the catalog's
    }
    it->portOverrides.insert(catalogPort, port);
}

bool DemoSite::serve(const QString &host, quint16 catalogPort, Responder::Behavior behavior, Tls tls)
{
    auto responder = std::make_unique<Responder>(behavior);
    if (behavior == Responder::Behavior::Dns && host == QStringView(kDc1)) {
        // dc1 serves the demo domain's DC locator records; dc2's DNS does not know the domain.
        responder->setDnsRecords(
            {{"_ldap._tcp.dc._msdcs.demo.portcheck.invalid",
              {{"dc1.demo.portcheck.invalid", 389, 0, 100}, {"dc2.demo.portcheck.invalid", 389, 0, 100}}}});
    }
    if (host == QStringView(kDc2)) {
        responder->setLdapAttributes({
            {"dnsHostName", {"dc2.demo.portcheck.invalid"}},
            {"defaultNamingContext", {"DC=demo,DC=portcheck,DC=invalid"}},
            {"dsServiceName",
             {"CN=NTDS Settings,CN=DC2,CN=Servers,CN=Branch-Site,CN=Sites,CN=Configuration,"
              "DC=demo,DC=portcheck,DC=invalid"}},
            {"isGlobalCatalogReady", {"TRUE"}},
            {"isSynchronized", {"TRUE"}},
            {"domainControllerFunctionality", {"10"}},
        });
    }
    if (tls != Tls::None) {
        const QString base = tls == Tls::Trusted ? u":/demo/demo-server"_s : u":/demo/demo-selfsigned"_s;
        const QList<QSslCertificate> certs = QSslCertificate::fromData(resource(base + u".pem"_s), QSsl::Pem);
        const QSslKey key(resource(base + u".key"_s), QSsl::Rsa, QSsl::Pem);
        if (certs.isEmpty() || key.isNull()) {
            m_error = Text::phrase(
                "Demo",
                QT_TRANSLATE_NOOP("Demo", "the demo certificates are missing from the program's resources"));
            return false;
        }
        responder->setTls(certs.first(), key);
    }
    if (!responder->listen(QHostAddress(host))) {
        m_error = Text::phrase("Demo", QT_TRANSLATE_NOOP("Demo", "cannot listen on %1: %2"),
                               {Text::plain(host), Text::plain(responder->errorString())});
        return false;
    }
    route(host, catalogPort, responder->serverPort());
    m_servers.push_back(std::move(responder));
    return true;
}

bool DemoSite::drop(const QString &host, quint16 catalogPort)
{
    auto port = std::make_unique<DroppingPort>();
    if (!port->listen(QHostAddress(host))) {
        m_error = Text::phrase("Demo", QT_TRANSLATE_NOOP("Demo", "cannot listen on %1"), {Text::plain(host)});
        return false;
    }
    route(host, catalogPort, port->port());
    m_servers.push_back(std::move(port));
    return true;
}

bool DemoSite::refuse(const QString &host, quint16 catalogPort)
{
    const quint16 port = unusedPort(QHostAddress(host));
    if (port == 0) {
        m_error = Text::phrase("Demo", QT_TRANSLATE_NOOP("Demo", "no free port on %1"), {Text::plain(host)});
        return false;
    }
    route(host, catalogPort, port);
    return true;
}

Expected<void> DemoSite::start()
{
    if (m_thread)
        return Failure{Text::phrase("Demo", QT_TRANSLATE_NOOP("Demo", "the demo site runs already"))};
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(u"demo-site"_s);
    m_home = new QObject;
    m_home->moveToThread(m_thread.get());
    m_thread->start();
    // A failure until the responders' thread says otherwise: the call might never run there.
    Expected<void> started = Failure{Text::phrase("Demo", QT_TRANSLATE_NOOP("Demo", "cannot listen on %1"),
                                                  {Text::plain(u"127.0.0.1-127.0.0.5"_s)})};
    QMetaObject::invokeMethod(
        m_home, [this, &started] { started = startServers(); }, Qt::BlockingQueuedConnection);
    return started;
}

Expected<void> DemoSite::startServers()
{
    using B = Responder::Behavior;
    const QString dc1 = QString::fromUtf16(kDc1);
    const QString dc2 = QString::fromUtf16(kDc2);
    const QString share = QString::fromUtf16(kShare);
    const QString cloud = QString::fromUtf16(kCloud);
    const QString agent = QString::fromUtf16(kAgent);

    m_profile = Profile();
    m_profile.name = u"Demo site (loopback)"_s;
    m_profile.vantage = {u"guardian-server"_s};
    m_profile.components = {u"guardian-service"_s, u"web-portal"_s, u"cayosoft-cloud"_s,
                            u"forest-recovery"_s};
    m_profile.options = {{u"ldap-mode"_s, u"default"_s}, {u"winrm-transport"_s, u"auto-https"_s}};
    m_profile.domain = u"demo.portcheck.invalid"_s; // the realm and zone the Kerberos and DNS probes ask for
    // The dropping and silent hosts cost this long; the margin keeps the verdicts the same on a
    // slow or loaded machine (under valgrind 1.5 s turned answers into "silent" and RSTs into
    // "filtered": the probes' own threads were late, not only the responders).
    m_profile.connectTimeoutMs = 3000;
    m_profile.protocolTimeoutMs = 3000;
    m_profile.concurrency = 64;
    m_profile.perHostLimit = 8;

    const bool ok =
        // dc1: a healthy DC and Global Catalog on every port
        serve(dc1, 389, B::LdapRootDse) && serve(dc1, 3268, B::LdapRootDse) &&
        serve(dc1, 636, B::LdapRootDse, Tls::Trusted) && serve(dc1, 3269, B::LdapRootDse, Tls::Trusted) &&
        serve(dc1, 5985, B::WinrmIdentify) && serve(dc1, 5986, B::WinrmIdentify, Tls::Trusted) &&
        serve(dc1, 88, B::Kerberos) &&
        serve(dc1, 53, B::Dns)
        // dc2: 389 dropped and 3268 refused, so LDAP works only through the LDAPS fallback;
        // WinRM over HTTP accepts and then says nothing, over HTTPS it demands authentication
        && drop(dc2, 389) && refuse(dc2, 3268) && serve(dc2, 636, B::LdapRootDse, Tls::Trusted) &&
        serve(dc2, 3269, B::LdapRootDse, Tls::Trusted) && serve(dc2, 5985, B::Silent) &&
        serve(dc2, 5986, B::WinrmUnauthorized, Tls::Trusted)
        // its KDC answers; its DNS server does not serve the demo domain (NXDOMAIN)
        && serve(dc2, 88, B::Kerberos) &&
        serve(dc2, 53, B::Dns)
        // the backup share: SMB 3.0.2 with signing required; NetBIOS is off
        && serve(share, 445, B::Smb2) &&
        refuse(share, 139)
        // the cloud endpoint sits behind a TLS-inspecting proxy with its own certificate
        && serve(cloud, 443, B::Http, Tls::SelfSigned)
        // the Forest Recovery agent: WinRM closed both ways, its 443 accepts and stays silent
        && refuse(agent, 5985) && drop(agent, 5986) && serve(agent, 443, B::Silent);
    if (!ok)
        return Failure{m_error};
    // The portal's links start at the admin workstation: planned, shown as not tested from here.
    m_profile.hosts.insert(u"web-portal"_s, {ProfileHost{dc1, {}}});
    m_profile.hosts.insert(u"guardian-server"_s, {ProfileHost{dc1, {}}});
    return {};
}

} // namespace PortCheck
