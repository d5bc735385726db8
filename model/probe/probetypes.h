#pragma once

#include "model/probe/probekind.h"
#include "model/text.h"

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

} // namespace PortCheck

Q_DECLARE_METATYPE(PortCheck::ProbeResult)
// A merge holds hundreds of thousands: growing the list moves them as bytes, not one by one.
Q_DECLARE_TYPEINFO(PortCheck::AddressOutcome, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(PortCheck::ProbeResult, Q_RELOCATABLE_TYPE);
