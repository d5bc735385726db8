#pragma once

#include "catalog/catalog.h"
#include "profile/profile.h"

#include <QHash>
#include <QList>
#include <QString>

namespace PortCheck {

// One probe to run: a target host, a port and a kind. Several checks may share it.
struct ProbeTarget
{
    ProbeTarget() = default;
    ProbeTarget(QString host_, quint16 port_, ProbeKind kind_, QString via_ = {})
        : host(std::move(host_))
        , port(port_)
        , kind(kind_)
        , via(std::move(via_))
    {}

    QString host;
    quint16 port = 0;
    ProbeKind kind = ProbeKind::Tcp;
    QString via; // the proxy the probe goes through ("http://proxy:3128"); empty: direct

    QString key() const { return probeKey(host, port, kind, via); }
    static QString probeKey(const QString &host, quint16 port, ProbeKind kind, const QString &via = {});
};

// The key of the probe a result answers.
inline QString resultKey(const ProbeResult &r)
{
    return ProbeTarget::probeKey(r.host, r.port, r.kind, r.via);
}

// One port of one link toward one host.
struct Check
{
    QString id; // "link/host/port", stable across runs
    QString link;
    QString from; // source role
    QString to;   // target role
    QString host;
    quint16 catalogPort = 0; // the port the catalog names
    quint16 port = 0;        // the port probed (differs when the profile overrides it)
    bool standIn = false;    // the probed port stands in for the catalog's (the demo, ProfileHost)
    ProbeKind probe = ProbeKind::Tcp;
    bool testable = false; // this machine plays the source role
    bool advisory = false; // required only under other option values; probed to explain a failure
    // The proxy this check goes through (an Internet target with a proxy configured); empty: direct.
    // Such a target also has a direct twin, advisory, that says whether direct egress works too.
    QString via;

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
    Requirement requirement; // resolved for the profile's options
    QList<int> checks;       // indexes into Plan::checks, advisory ones included
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
    QList<Check> checks;
    QList<PlanItem> items;
    QStringList rolesWithoutHosts; // roles that active links need but the profile gives no host for

    // The distinct probes that this machine can run, in plan order.
    QList<ProbeTarget> probeTargets() const;
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
