#pragma once

#include "model/plan/plan.h"
#include "model/text.h"

#include <QList>
#include <QString>

#include <optional>

namespace PortCheck {

struct HostEntry
{
    enum class Kind
    {
        Name,
        IPv4,
        IPv6
    };
    QString host;     // normalised: lower-case name without a trailing dot, or a canonical address
    quint16 port = 0; // 0 when none was given
    Kind kind = Kind::Name;

    // "dc1.corp.example", "10.0.0.5:389", "[fe80::1]:389"
    QString toString() const;
    bool operator==(const HostEntry &other) const { return host == other.host && port == other.port; }
};

struct HostInputError
{
    QString text;   // the entry as typed
    int line = 0;   // 1-based line of the list
    int column = 0; // 1-based column (in UTF-16 units) where the entry starts on that line
    Text reason;
};

// The first errors of a list are kept with their lines; a pasted or imported file with a million
// bad entries only counts the rest (errorsNotListed).
inline constexpr int kMaxListedHostErrors = 100;

struct HostList
{
    QList<HostEntry> hosts;
    QList<HostInputError> errors; // at most kMaxListedHostErrors
    int errorsNotListed = 0;
    int duplicatesRemoved = 0;
};

// Appends `error`, or counts it when kMaxListedHostErrors are listed already.
inline void addHostError(QList<HostInputError> *errors, int *notListed, HostInputError error)
{
    if (errors->size() < kMaxListedHostErrors)
        errors->append(std::move(error));
    else
        ++*notListed;
}

enum class PortPolicy
{
    Allowed,
    Forbidden
};

// One host: a name, an IPv4 or IPv6 address, with ":port" when allowed (IPv6 then needs brackets).
// A sentence about a typed host list (context "HostInput"); write the source as
// QT_TRANSLATE_NOOP("HostInput", "...") so lupdate finds it.
inline Text hostInputText(const char *source, QList<Text> args = {})
{
    return Text::phrase("HostInput", source, std::move(args));
}

std::optional<HostEntry> parseHost(const QString &text, PortPolicy ports, Text *reason);

// "dc1.corp.example:389/ldap", "[2001:db8::5]:636": a probe typed on the command line. The kind
// defaults from the port (389 ldap, 445 smb, ...); `none` is not a kind to ask for.
std::optional<ProbeTarget> parseProbeSpec(const QString &spec, Text *reason);

struct HostToken
{
    QString text;
    int line = 0;   // 1-based
    int column = 0; // 1-based, in UTF-16 units
};
// The entries of a host list as typed: split at commas, semicolons, white space and new lines,
// '#' comments removed. Both list parsers (plain hosts, hosts with port overrides) start here.
QList<HostToken> hostListTokens(const QString &text);

// Many hosts separated by commas, white space or new lines, with '#' comments. Every invalid entry
// is reported with its reason; duplicates are dropped, the first occurrence keeps its place.
HostList parseHostList(const QString &text, PortPolicy ports = PortPolicy::Allowed);

} // namespace PortCheck
