#pragma once

#include "text.h"

#include <QHostAddress>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace PortCheck {

// The state words are part of the results JSON contract (DESIGN.md "Probe states").
enum class ProbeState
{
    Open,
    Refused,
    Filtered,
    Unreachable,
    DnsFailed,
    Error,
    NotTested
};
enum class ServiceState
{
    Identified,
    Unexpected,
    Silent,
    TlsError,
    NotProbed
};

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

QString probeStateId(ProbeState state);
// A probe message; write the source as QT_TRANSLATE_NOOP("Probe", "...") so lupdate finds it.
inline Text probeText(const char *source, QList<Text> args = {})
{
    return Text::phrase("Probe", source, std::move(args));
}
// The certificate problems of tls.errors ("expired, name mismatch") in words for people.
Text tlsErrorsText(const QString &errors);

// The states in words for people ("name not found" for dns-failed), to be worded by ui/.
Text probeStateText(ProbeState state);
Text serviceStateText(ServiceState state);
std::optional<ProbeState> probeStateFromId(const QString &id);
QString serviceStateId(ServiceState state);
std::optional<ServiceState> serviceStateFromId(const QString &id);
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

using Facts = QMap<QString, QString>;

// The addresses of one name that are probed, at most (a name with more is probed on the first ones).
inline constexpr int kMaxAddresses = 8;

// One address of a name that has several (IPv6 and IPv4): what the connection to it did.
struct AddressOutcome
{
    QString address;
    ProbeState state = ProbeState::NotTested;
    ServiceState service = ServiceState::NotProbed;
    double latencyMs = -1;
    Text message;
    bool works() const
    {
        return state == ProbeState::Open && service != ServiceState::Unexpected &&
               service != ServiceState::Silent && service != ServiceState::TlsError;
    }
};

// What one probe learned about one host and port.
struct ProbeResult
{
    QString host;    // as the user typed it
    QString address; // the address connected to, empty when none
    quint16 port = 0;
    ProbeKind kind = ProbeKind::Tcp;
    QString via; // the proxy it went through, empty when direct (the check's `via` in the JSON)
    ProbeState state = ProbeState::NotTested;
    ServiceState service = ServiceState::NotProbed;
    double latencyMs = -1; // TCP connect time; negative when unknown
    Facts facts;
    Text message; // what went wrong or what was found (english() in the results JSON)
    // A name with several addresses: each one's outcome, in the order Windows tries them (RFC 6724:
    // IPv6 before IPv4). The fields above are those of the address a client ends up using: the
    // first that works, else the first. Empty when the name has one address.
    QList<AddressOutcome> addresses;

    // The connection works on the address used, but fails on another address of the name.
    bool someAddressFails() const;

    // The failure word (a failing state, or a failing service on an open port), empty when fine.
    QString failureId() const;
};

// One line of evidence: what went wrong (when something did), then the facts a person looks at
// first ("dnsHostName=dc1.corp.example; site=HQ"). Facts stay as the network sent them.
Text evidenceSummary(const ProbeResult &r);

} // namespace PortCheck

Q_DECLARE_METATYPE(PortCheck::ProbeResult)
// A merge holds hundreds of thousands: growing the list moves them as bytes, not one by one.
Q_DECLARE_TYPEINFO(PortCheck::AddressOutcome, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(PortCheck::ProbeResult, Q_RELOCATABLE_TYPE);
