#include "dcdiscovery.h"

#include "profile/hostinput.h"

using namespace Qt::StringLiterals;

namespace PortCheck {

namespace {

Text dnsText(const char *source, QList<Text> args = {})
{
    return Text::phrase("Discovery", source, std::move(args));
}

} // namespace

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

Text DcDiscovery::start(const QString &domain, const QString &site, const QString &nameserver, int timeoutMs)
{
    cancel();
    const std::optional<HostEntry> parsed = parseHost(domain, PortPolicy::Forbidden, nullptr);
    if (!parsed || parsed->kind != HostEntry::Kind::Name || !parsed->host.contains(u'.'))
        return dnsText(QT_TRANSLATE_NOOP("Discovery",
                                         "'%1' is not a DNS domain name, expected something like "
                                         "corp.example"),
                       {Text::plain(domain)});
    if (!site.isEmpty()) {
        for (QChar ch : site) {
            if (!(ch.isLetterOrNumber() || ch == u'-' || ch == u'_'))
                return dnsText(QT_TRANSLATE_NOOP("Discovery",
                                                 "site '%1' contains '%2': AD site names in DNS use "
                                                 "letters, digits, '-' and '_'"),
                               {Text::plain(site), Text::plain(QString(ch))});
        }
    }
    const Text error = validateNameserver(nameserver);
    if (!error.isEmpty())
        return error;
    m_nameserver = nameserver.isEmpty() ? QHostAddress() : QHostAddress(nameserver);
    m_result = DiscoveryResult();
    m_result.domain = parsed->host;
    m_result.site = site;
    const QString d = parsed->host;
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
        if (lookup->error() == QDnsLookup::NoError) {
            const auto records = lookup->serviceRecords();
            for (const QDnsServiceRecord &r : records)
                (m_result.*list).append({r.target().toLower(), r.port(), r.priority(), r.weight()});
            std::sort((m_result.*list).begin(), (m_result.*list).end(),
                      [](const DiscoveredHost &a, const DiscoveredHost &b) {
                          return a.priority != b.priority ? a.priority < b.priority : a.host < b.host;
                      });
            if (records.isEmpty() && required)
                m_result.errors << dnsText(QT_TRANSLATE_NOOP("Discovery", "no SRV records at %1"),
                                           {Text::plain(name)});
        } else if (lookup->error() == QDnsLookup::InvalidReplyError) {
            // Qt 6.4 reports an answer without records (NODATA) this way too.
            if (required)
                m_result.errors << dnsText(QT_TRANSLATE_NOOP("Discovery",
                                                             "no SRV records at %1 (the DNS answer held "
                                                             "none we could use)"),
                                           {Text::plain(name)});
        } else if (required || lookup->error() != QDnsLookup::NotFoundError) {
            Text why;
            switch (lookup->error()) {
            case QDnsLookup::NotFoundError:
                why = dnsText(QT_TRANSLATE_NOOP("Discovery",
                                                "the name does not exist (NXDOMAIN): check the domain "
                                                "name and that this machine asks the domain's DNS servers"));
                break;
            case QDnsLookup::ServerRefusedError:
                why = dnsText(QT_TRANSLATE_NOOP("Discovery", "the DNS server refused the query"));
                break;
            case QDnsLookup::ServerFailureError:
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
    lookup->lookup();
}

void DcDiscovery::onTimeout()
{
    for (const QPointer<QDnsLookup> &l : std::as_const(m_lookups)) {
        if (l) {
            m_result.errors << dnsText(
                QT_TRANSLATE_NOOP("Discovery", "%1: no answer from the DNS server within %2 s"),
                {Text::plain(l->name()), Text::plain(QString::number(m_timer.interval() / 1000.0))});
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
