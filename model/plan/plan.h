#pragma once

#include "model/catalog/catalog.h"
#include "model/probe/probetypes.h"
#include "model/profile/profile.h"

#include <QHash>
#include <QList>
#include <QSharedPointer>
#include <QString>

namespace PortCheck {

// Indexes first, first + 1, ... of Plan::checks: an item's checks are made one after another, so a
// range says which without a list of its own (400,000 small lists for 100,000 DCs).
class CheckRange
{
public:
    class const_iterator
    {
    public:
        explicit const_iterator(int index)
            : m_index(index)
        {}
        int operator*() const { return m_index; }
        const_iterator &operator++()
        {
            ++m_index;
            return *this;
        }
        bool operator!=(const const_iterator &other) const { return m_index != other.m_index; }
        bool operator==(const const_iterator &other) const { return m_index == other.m_index; }

    private:
        int m_index;
    };

    CheckRange() = default;
    CheckRange(int first, int count)
        : m_first(first)
        , m_count(count)
    {}
    const_iterator begin() const { return const_iterator(m_first); }
    const_iterator end() const { return const_iterator(m_first + m_count); }
    int size() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }
    int at(int i) const { return m_first + i; }
    void extendTo(int index) // the check just made at `index`, which follows this range's last
    {
        if (m_count == 0)
            m_first = index;
        m_count = index - m_first + 1;
    }

private:
    int m_first = 0;
    int m_count = 0;
};

// One port of one link toward one host.
struct Check
{
    QString link;
    QString from; // source role
    QString to;   // target role
    QString host;
    quint16 catalogPort = 0; // the port the catalog names
    quint16 port = 0;        // the port probed (differs when the profile overrides it)
    ProbeKind probe = ProbeKind::Tcp;
    bool standIn = false;  // the probed port stands in for the catalog's (the demo, ProfileHost)
    bool testable = false; // this machine plays the source role
    bool advisory = false; // required only under other option values; probed to explain a failure
    // The proxy this check goes through (an Internet target with a proxy configured); empty: direct.
    // Such a target also has a direct twin, advisory, that says whether direct egress works too.
    QString via;

    // "link/host/port" ("link/host/port/proxy" through the proxy), stable across runs. Made when
    // asked: held in every check, a plan of 100,000 hosts spent 80 MB on it.
    QString id() const;
    QString probeKey() const { return ProbeTarget::probeKey(host, port, probe, via); }
    // The port that advice and the firewall request name: the real one, or the catalog's when the
    // probed port only stands in for it.
    quint16 requestPort() const { return standIn ? catalogPort : port; }
};

// One link toward one host: what its verdict is computed from.
struct PlanItem
{
    QString link;
    QString host;
    bool testable = false;
    // The link's requirement resolved for the profile's options; one for all hosts of a link (held
    // in each item, 100,000 DCs spent 60 MB on copies).
    QSharedPointer<const Requirement> resolved;
    const Requirement &requirement() const;
    CheckRange checks; // indexes into Plan::checks, advisory ones included
};

struct Plan
{
    OptionValues options;
    QStringList vantage;
    QString proxy;       // the proxy HTTPS to the Internet goes through ("http://host:port"); empty: direct
    QString proxySource; // where that choice came from, for the report
    // Where the Microsoft 365 names tested came from (when the plan tests any of the catalog's)
    QString endpointList;
    // Host (lower case) -> the CAs its real certificates chain to (the catalog's tls-issuers of its
    // role): a trusted chain without any of them is TLS inspection.
    QHash<QString, QStringList> tlsIssuers;
    QString azureRegion; // the profile's Azure region: the service tag the request names (Sql.<region>)
    ChangeRecord change; // the profile's ticket, requester and approver, for the report's cover
    QString domain;      // the profile's DNS domain: the domain its DCs must serve (empty: their majority's)
    // The profile's source-networks: role -> the networks the request names as its source address.
    QMap<QString, QStringList> sourceNetworks;
    QList<Check> checks;
    QList<PlanItem> items;
    QStringList rolesWithoutHosts; // roles that active links need but the profile gives no host for

    // The distinct probes that this machine can run, in plan order.
    QList<ProbeTarget> probeTargets() const;
    qsizetype probeTargetCount() const; // probeTargets().size(), without making the list
    // The distinct probes this machine can run for one link toward `host` (every host of the link
    // when `host` is empty), in plan order: what a re-test of that link runs.
    QList<ProbeTarget> probeTargetsOf(const QString &link, const QString &host = {}) const;
    int testableCount() const;
};

Plan buildPlan(const Catalog &catalog, const Profile &profile);

// The probes a TLS result calls for: the CRL and OCSP servers its certificates name (facts
// tls.crl, tls.ocsp), over HTTP, on the same path (through the same proxy). Only http:// URLs: a
// client fetches ldap:// distribution points from the directory, which the DC links test already.
QList<ProbeTarget> revocationTargets(const ProbeResult &result);

// Settles the proxy of a run in the profile (profile->proxy becomes "none" or the URL used, and
// proxySource says where it came from): `override` (--proxy) when given, else the profile's
// setting, else the system's, asked for the first Internet host of the profile. Without
// `lookUpSystem` (a dry run, which sends nothing) "system" is left as direct, saying so.
void settleProxy(const Catalog &catalog, Profile *profile, const QString &override = {},
                 bool lookUpSystem = true);

// The target roles of every link that the profile's components and options make active, in
// catalog order: the roles a person has to name hosts for (or accept the catalog's default hosts).
QStringList activeTargetRoles(const Catalog &catalog, const Profile &profile);
// The links the profile's components and options make active.
QList<const Link *> activeLinks(const Catalog &catalog, const Profile &profile);

} // namespace PortCheck

// A plan of 100,000 hosts has a million checks: growing the list moves them as bytes, not one by one.
Q_DECLARE_TYPEINFO(PortCheck::Check, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(PortCheck::PlanItem, Q_RELOCATABLE_TYPE); // 400,000 of them for 100,000 DCs
