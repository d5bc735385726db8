#include "model/probe/dcdiscovery.h"

#include "model/logging.h"
#include "model/probe/protocols/dns.h"
#include "model/profile/hostinput.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace PortCheck {

namespace {

Text dnsText(const char *source, QList<Text> args = {})
{
    return Text::phrase("Discovery", source, std::move(args));
}

} // namespace

QString discoveryStatusId(DiscoveryStatus status)
{
    switch (status) {
    case DiscoveryStatus::Found:
        return u"found"_s;
    case DiscoveryStatus::NoRecords:
        return u"no-records"_s;
    case DiscoveryStatus::NotFound:
        return u"nxdomain"_s;
    case DiscoveryStatus::NoAnswer:
        return u"no-answer"_s;
    case DiscoveryStatus::Unreachable:
        return u"unreachable"_s;
    case DiscoveryStatus::Refused:
        return u"refused"_s;
    case DiscoveryStatus::ServerFailed:
        return u"servfail"_s;
    case DiscoveryStatus::Unclear:
        return u"no-records-or-no-answer"_s;
    case DiscoveryStatus::Failed:
        break;
    }
    return u"failed"_s;
}

DcDiscovery::DcDiscovery(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DcDiscovery::onTimeout);
}

DcDiscovery::~DcDiscovery()
{
    cancel();
}

Text DcDiscovery::validateNameserver(const QString &nameserver)
{
    if (nameserver.isEmpty()) {
        if (qEnvironmentVariableIntValue("PORTCHECK_LOOPBACK_ONLY") != 0)
            return dnsText(QT_TRANSLATE_NOOP("Discovery",
                                             "the system resolver is not loopback "
                                             "(PORTCHECK_LOOPBACK_ONLY): give a loopback nameserver"));
        return {};
    }
    const QHostAddress address(nameserver);
    if (address.isNull()) {
        if (nameserver.contains(u':'))
            return dnsText(QT_TRANSLATE_NOOP("Discovery",
                                             "nameserver '%1' has a port: only port 53 can be asked "
                                             "(Qt 6.4), expected an IPv4 address"),
                           {Text::plain(nameserver)});
        return dnsText(
            QT_TRANSLATE_NOOP("Discovery",
                              "nameserver '%1' is not an IP address, expected an IPv4 address like 10.0.0.5"),
            {Text::plain(nameserver)});
    }
    if (address.protocol() != QAbstractSocket::IPv4Protocol)
        return dnsText(QT_TRANSLATE_NOOP("Discovery",
                                         "nameserver '%1' is IPv6: Qt 6.4 would ignore it and ask the "
                                         "system resolver instead, expected an IPv4 address"),
                       {Text::plain(nameserver)});
    if (qEnvironmentVariableIntValue("PORTCHECK_LOOPBACK_ONLY") != 0 && !address.isLoopback())
        return dnsText(
            QT_TRANSLATE_NOOP("Discovery", "nameserver '%1' is not loopback (PORTCHECK_LOOPBACK_ONLY)"),
            {Text::plain(nameserver)});
    return {};
}

Expected<void> DcDiscovery::start(const QString &domain, const QString &site, const QString &nameserver,
                                  int timeoutMs)
{
    cancel();
    const std::optional<HostEntry> parsed = parseHost(domain, PortPolicy::Forbidden, nullptr);
    if (!parsed || parsed->kind != HostEntry::Kind::Name || !parsed->host.contains(u'.'))
        return Failure{
            dnsText(QT_TRANSLATE_NOOP("Discovery", "'%1' is not a DNS domain name, expected something like "
                                                   "corp.example"),
                    {Text::plain(domain)})};
    if (!site.isEmpty()) {
        for (QChar ch : site) {
            if (!(ch.isLetterOrNumber() || ch == u'-' || ch == u'_'))
                return Failure{dnsText(QT_TRANSLATE_NOOP("Discovery",
                                                         "site '%1' contains '%2': AD site names in DNS use "
                                                         "letters, digits, '-' and '_'"),
                                       {Text::plain(site), Text::plain(QString(ch))})};
        }
    }
    if (const Text error = validateNameserver(nameserver); !error.isEmpty())
        return Failure{error};
    m_nameserver = nameserver.isEmpty() ? QHostAddress() : QHostAddress(nameserver);
    m_result = DiscoveryResult();
    m_result.domain = parsed->host;
    m_result.site = site;
    const QString d = parsed->host;
    m_dcName = u"_ldap._tcp.dc._msdcs."_s + d;
    query(u"_ldap._tcp.dc._msdcs."_s + d, &DiscoveryResult::domainControllers, true);
    if (!site.isEmpty())
        query(u"_ldap._tcp."_s + site + u"._sites.dc._msdcs."_s + d, &DiscoveryResult::siteControllers, true);
    query(u"_gc._tcp."_s + d, &DiscoveryResult::globalCatalogs, false);
    query(u"_ldap._tcp.pdc._msdcs."_s + d, &DiscoveryResult::pdc, false);
    m_timer.start(timeoutMs);
    return {};
}

void DcDiscovery::query(const QString &name, QList<DiscoveredHost> DiscoveryResult::*list, bool required)
{
    auto *lookup = new QDnsLookup(QDnsLookup::SRV, name, this);
    if (!m_nameserver.isNull())
        lookup->setNameserver(m_nameserver);
    ++m_pending;
    m_lookups.append(lookup);
    connect(lookup, &QDnsLookup::finished, this, [this, lookup, list, required, name] {
        qCInfo(lcDiscovery) << "SRV" << name << "->" << lookup->serviceRecords().size() << "records, error"
                            << lookup->error() << lookup->errorString();
        if (lookup->error() == QDnsLookup::NoError) {
            const auto records = lookup->serviceRecords();
            for (const QDnsServiceRecord &r : records)
                (m_result.*list).append({r.target().toLower(), r.port(), r.priority(), r.weight()});
            std::sort((m_result.*list).begin(), (m_result.*list).end(),
                      [](const DiscoveredHost &a, const DiscoveredHost &b) {
                          return a.priority != b.priority ? a.priority < b.priority : a.host < b.host;
                      });
            setStatus(name, records.isEmpty() ? DiscoveryStatus::NoRecords : DiscoveryStatus::Found);
            if (records.isEmpty() && required)
                m_result.errors << dnsText(QT_TRANSLATE_NOOP("Discovery", "no SRV records at %1"),
                                           {Text::plain(name)});
        } else if (lookup->error() == QDnsLookup::InvalidReplyError) {
            // Qt 6.4 reports an answer without records (NODATA) this way, and no answer at all too
            // (nothing listening): ask the nameserver once more ourselves to tell which.
            if (required && !m_nameserver.isNull()) {
                m_unclear << name;
                startCheck(name);
            } else if (required) {
                setStatus(name, DiscoveryStatus::Unclear);
                m_result.errors << dnsText(QT_TRANSLATE_NOOP("Discovery",
                                                             "no SRV records at %1, or no answer from the "
                                                             "system's DNS server (Qt tells these apart only "
                                                             "when a nameserver is given)"),
                                           {Text::plain(name)});
            }
        } else if (required || lookup->error() != QDnsLookup::NotFoundError) {
            Text why;
            switch (lookup->error()) {
            case QDnsLookup::NotFoundError:
                setStatus(name, DiscoveryStatus::NotFound);
                why = dnsText(QT_TRANSLATE_NOOP("Discovery",
                                                "the name does not exist (NXDOMAIN): check the domain "
                                                "name and that this machine asks the domain's DNS servers"));
                break;
            case QDnsLookup::ServerRefusedError:
                setStatus(name, DiscoveryStatus::Refused);
                why = dnsText(QT_TRANSLATE_NOOP("Discovery", "the DNS server refused the query"));
                break;
            case QDnsLookup::ServerFailureError:
                setStatus(name, DiscoveryStatus::ServerFailed);
                why = dnsText(QT_TRANSLATE_NOOP("Discovery", "the DNS server failed (SERVFAIL)"));
                break;
            case QDnsLookup::ResolverError:
                why = dnsText(QT_TRANSLATE_NOOP("Discovery", "no DNS server could be asked: %1"),
                              {Text::plain(lookup->errorString())});
                break;
            default:
                why = Text::plain(lookup->errorString());
                break;
            }
            m_result.errors << dnsText(QT_TRANSLATE_NOOP("Discovery", "%1: %2"), {Text::plain(name), why});
        }
        m_lookups.removeOne(lookup);
        lookup->deleteLater();
        if (--m_pending == 0)
            done();
    });
    qCInfo(lcDiscovery) << "SRV lookup" << name << "at"
                        << (m_nameserver.isNull() ? u"the system's resolver"_s : m_nameserver.toString());
    lookup->lookup();
}

void DcDiscovery::setStatus(const QString &name, DiscoveryStatus status)
{
    if (name == m_dcName)
        m_result.status = status;
}

void DcDiscovery::startCheck(const QString &name)
{
    if (m_check)
        return; // one answer tells for every name asked of this server
    ++m_pending;
    auto *socket = new QUdpSocket(this);
    m_check = socket;
    m_checkId = static_cast<quint16>(QRandomGenerator::global()->bounded(1, 0x10000));
    connect(socket, &QUdpSocket::readyRead, this, [this, socket] {
        // Qt reads the ICMP error that a connected UDP socket gets back (port or host unreachable)
        // as "ready to read" with no datagram, and keeps the errno to itself.
        if (!socket->hasPendingDatagrams()) {
            endCheck(DiscoveryStatus::Unreachable);
            return;
        }
        while (socket->hasPendingDatagrams()) {
            // Only the header (RFC 1035 4.1.1) is read: the id, QR and the RCODE.
            const QByteArray a = socket->read(512);
            Dns::Header header;
            if (!Dns::readHeader(a, &header) || header.id != m_checkId || !header.isResponse())
                continue;
            switch (header.rcode()) {
            case 0:
                endCheck(DiscoveryStatus::NoRecords);
                return;
            case 2:
                endCheck(DiscoveryStatus::ServerFailed);
                return;
            case 3:
                endCheck(DiscoveryStatus::NotFound);
                return;
            case 5:
                endCheck(DiscoveryStatus::Refused);
                return;
            default:
                endCheck(DiscoveryStatus::Failed);
                return;
            }
        }
    });
    connect(socket, &QUdpSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::ConnectionRefusedError || error == QAbstractSocket::NetworkError)
            endCheck(DiscoveryStatus::Unreachable);
        else
            endCheck(DiscoveryStatus::Failed, Text::plain(socket->errorString()));
    });
    // Connected, so that the kernel hands back ICMP port unreachable for this socket.
    socket->connectToHost(m_nameserver, 53);
    socket->write(Dns::query(m_checkId, name, Dns::SRV));
}

void DcDiscovery::endCheck(DiscoveryStatus status, const Text &why)
{
    if (!m_check)
        return;
    m_check->disconnect(this);
    m_check->abort();
    m_check->deleteLater();
    m_check = nullptr;
    const Text server = Text::plain(m_nameserver.toString());
    for (const QString &name : std::as_const(m_unclear)) {
        setStatus(name, status);
        const Text n = Text::plain(name);
        switch (status) {
        case DiscoveryStatus::NoRecords:
            m_result.errors << dnsText(QT_TRANSLATE_NOOP("Discovery",
                                                         "no SRV records at %1 (the DNS server %2 answered, "
                                                         "with none we could use)"),
                                       {n, server});
            break;
        case DiscoveryStatus::Unreachable:
            m_result.errors << dnsText(
                QT_TRANSLATE_NOOP("Discovery", "%1: no answer, the query to %2 port 53 came back "
                                               "undeliverable (nothing listens there, or the host is "
                                               "unreachable): check the nameserver's address and "
                                               "that its DNS service runs"),
                {n, server});
            break;
        case DiscoveryStatus::NoAnswer:
            m_result.errors << dnsText(
                QT_TRANSLATE_NOOP("Discovery", "%1: no answer from the DNS server within %2 s"),
                {n, Text::plain(QString::number(m_timer.interval() / 1000.0))});
            break;
        case DiscoveryStatus::NotFound:
            m_result.errors << dnsText(
                QT_TRANSLATE_NOOP("Discovery", "%1: %2"),
                {n, dnsText(QT_TRANSLATE_NOOP("Discovery", "the name does not exist (NXDOMAIN): check "
                                                           "the domain name and that this machine asks "
                                                           "the domain's DNS servers"))});
            break;
        case DiscoveryStatus::Refused:
            m_result.errors << dnsText(
                QT_TRANSLATE_NOOP("Discovery", "%1: %2"),
                {n, dnsText(QT_TRANSLATE_NOOP("Discovery", "the DNS server refused the query"))});
            break;
        case DiscoveryStatus::ServerFailed:
            m_result.errors << dnsText(
                QT_TRANSLATE_NOOP("Discovery", "%1: %2"),
                {n, dnsText(QT_TRANSLATE_NOOP("Discovery", "the DNS server failed (SERVFAIL)"))});
            break;
        default:
            m_result.errors << dnsText(
                QT_TRANSLATE_NOOP("Discovery", "%1: %2"),
                {n, why.isEmpty()
                        ? dnsText(QT_TRANSLATE_NOOP("Discovery", "the DNS answer could not be read"))
                        : why});
            break;
        }
    }
    m_unclear.clear();
    if (--m_pending == 0)
        done();
}

void DcDiscovery::onTimeout()
{
    if (m_check) {
        ++m_pending; // endCheck() must not finish: done() follows below
        endCheck(DiscoveryStatus::NoAnswer);
    }
    for (const QPointer<QDnsLookup> &l : std::as_const(m_lookups)) {
        if (l) {
            m_result.errors << dnsText(
                QT_TRANSLATE_NOOP("Discovery", "%1: no answer from the DNS server within %2 s"),
                {Text::plain(l->name()), Text::plain(QString::number(m_timer.interval() / 1000.0))});
            setStatus(l->name(), DiscoveryStatus::NoAnswer);
            l->disconnect(this);
            l->abort();
            l->deleteLater();
        }
    }
    m_lookups.clear();
    m_pending = 0;
    done();
}

void DcDiscovery::done()
{
    m_timer.stop();
    Q_EMIT finished(m_result);
}

void DcDiscovery::cancel()
{
    m_timer.stop();
    if (m_check) {
        m_check->disconnect(this);
        m_check->abort();
        m_check->deleteLater();
        m_check = nullptr;
    }
    m_unclear.clear();
    for (const QPointer<QDnsLookup> &l : std::as_const(m_lookups)) {
        if (l) {
            l->disconnect(this);
            l->abort();
            l->deleteLater();
        }
    }
    m_lookups.clear();
    m_pending = 0;
}

} // namespace PortCheck
