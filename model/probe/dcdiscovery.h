#pragma once

#include "model/expected.h"
#include "model/text.h"

#include <QDnsLookup>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUdpSocket>

namespace PortCheck {

struct DiscoveredHost
{
    QString host;
    quint16 port = 0;
    quint16 priority = 0;
    quint16 weight = 0;
};

// What the DNS server said about the domain controllers' name (_ldap._tcp.dc._msdcs.<domain>): the
// difference between "the domain publishes no DCs" and "nobody answered". Ids in the JSON.
enum class DiscoveryStatus
{
    Found,       // SRV records came back
    NoRecords,   // the server answered: the name has no SRV records (NODATA)
    NotFound,    // the server answered: the name does not exist (NXDOMAIN)
    NoAnswer,    // no answer within the deadline (the server or the path drops the query)
    Unreachable, // nothing listens on the nameserver's port 53 (ICMP port unreachable)
    Refused,     // the server refused the query
    ServerFailed,
    Unclear, // the system resolver: Qt 6.4 reports "no records" and "no answer" alike
    Failed   // another resolver error
};
QString discoveryStatusId(DiscoveryStatus status);

struct DiscoveryResult
{
    QString domain;
    QString site;
    QList<DiscoveredHost> domainControllers;          // _ldap._tcp.dc._msdcs.<domain>
    QList<DiscoveredHost> siteControllers;            // _ldap._tcp.<site>._sites.dc._msdcs.<domain>
    QList<DiscoveredHost> globalCatalogs;             // _gc._tcp.<domain>
    QList<DiscoveredHost> pdc;                        // _ldap._tcp.pdc._msdcs.<domain>
    QList<Text> errors;                               // one sentence per query that failed
    DiscoveryStatus status = DiscoveryStatus::Failed; // of the domain controllers' query
    bool failed() const { return domainControllers.isEmpty() && siteControllers.isEmpty(); }
};

// Finds the domain controllers of a domain from the SRV records that every AD domain publishes
// (MS-ADTS 6.3.2.3), asynchronously, with one deadline for all queries.
class DcDiscovery final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DcDiscovery)

public:
    explicit DcDiscovery(QObject *parent = nullptr);
    ~DcDiscovery() override;

    // Checks the inputs and starts, or fails (and starts nothing) naming the input that is wrong. An empty
    // nameserver means the system resolver. Only IPv4 nameservers on port 53 can be asked with
    // Qt 6.4: anything else is refused rather than silently sent to the system resolver.
    Expected<void> start(const QString &domain, const QString &site = {}, const QString &nameserver = {},
                         int timeoutMs = 5000);
    void cancel();
    bool isRunning() const { return m_pending > 0; }

    static Text validateNameserver(const QString &nameserver);

Q_SIGNALS:
    void finished(const PortCheck::DiscoveryResult &result);

private:
    void query(const QString &name, QList<DiscoveredHost> DiscoveryResult::*list, bool required);
    void startCheck(const QString &name);
    void endCheck(DiscoveryStatus status, const Text &why = {});
    void setStatus(const QString &name, DiscoveryStatus status);
    void onTimeout();
    void done();

    DiscoveryResult m_result;
    QHostAddress m_nameserver;
    QList<QPointer<QDnsLookup>> m_lookups;
    // QDnsLookup (Qt 6.4, glibc) says "invalid reply" both for an empty answer and for none at all:
    // one query of our own to the nameserver tells them apart for these names.
    QPointer<QUdpSocket> m_check;
    quint16 m_checkId = 0;
    QStringList m_unclear;
    QString m_dcName;
    QTimer m_timer;
    int m_pending = 0;
};

} // namespace PortCheck

Q_DECLARE_METATYPE(PortCheck::DiscoveryResult)
