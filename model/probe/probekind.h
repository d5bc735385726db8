#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// The words the catalog shares with the engine: the kinds of probe and the causes of failure. The
// catalog needs nothing else from model/probe/.

namespace PortCheck {

// Every kind of probe the engine can run; catalogs refer to them by these ids. One byte: a plan of
// 100,000 hosts holds it in a million checks.
enum class ProbeKind : quint8
{
    Tcp,
    Tls,
    Ldap,
    Gc,
    Ldaps,
    Gcs,
    Winrm,
    Winrms,
    Smb,
    NetbiosSmb,
    Http,
    Https,
    Tds,
    Kerberos,
    Dns,
    None
};

QString probeKindId(ProbeKind kind);
std::optional<ProbeKind> probeKindFromId(const QString &id);
QStringList probeKindIds();
// The kind a bare port means when none is given ("dc1:636" -> ldaps); tcp for unknown ports.
ProbeKind defaultKindForPort(quint16 port);
// Whether the kind speaks TLS before its own protocol.
bool probeKindUsesTls(ProbeKind kind);

// The causes that remediation text is keyed by: the failing ProbeStates and ServiceStates, and what
// a verdict finds wrong behind a port that works (verdict.cpp): wrong-domain (the DC, KDC or DNS
// server serves another domain), proxy-refused, proxy-filtered, proxy-denied (403 or another 4xx
// to CONNECT), proxy-auth (407), proxy-error (5xx or not HTTP), proxy-silent, tls-inspected (a
// trusted chain re-signed by a CA the endpoint does not use), clock-skew (the host's clock is
// off), clock-skew-local (this machine's clock is off: every DC agrees with the others, not with it),
// address-blocked (the port works on one address of the name and fails on another: IPv6 blocked, IPv4 open).
QStringList failureIds();

} // namespace PortCheck
