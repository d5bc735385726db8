#pragma once

#include "model/catalog/catalog.h"
#include "model/diagnostic.h"
#include "model/expected.h"
#include "model/probe/rundefaults.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <array>

namespace PortCheck {

struct ProfileHost
{
    QString host;
    QMap<quint16, quint16> portOverrides; // catalog port -> the port this host really uses
    // The overrides are loopback stand-ins for the catalog's ports (the demo's responders): advice,
    // the firewall request and summaries name the catalog's port; only the evidence names the other.
    bool standIn = false;

    bool operator==(const ProfileHost &o) const
    {
        return host == o.host && portOverrides == o.portOverrides && standIn == o.standIn;
    }
};

// The change the run belongs to, printed on the report's cover for the board that approves it:
// the change ticket, who asked for the change and who approves it. Free text, one line each.
struct ChangeRecord
{
    static constexpr int kMaxLength = 200;

    QString ticket;    // "CHG0012345"
    QString requester; // who asked for the firewall change
    QString approver;  // who signs it off (a person or a board)

    bool isEmpty() const { return ticket.isEmpty() && requester.isEmpty() && approver.isEmpty(); }
    bool operator==(const ChangeRecord &o) const
    {
        return ticket == o.ticket && requester == o.requester && approver == o.approver;
    }
    // Each field given in `over` replaces this one's.
    void fillFrom(const ChangeRecord &over);
};

// The change's fields by their key, the same in a profile and in the results JSON, for the code
// that reads, writes or merges them alike.
struct ChangeField
{
    const char *key;
    QString ChangeRecord::*member;
};
inline constexpr std::array<ChangeField, 3> kChangeFields{{{"ticket", &ChangeRecord::ticket},
                                                           {"requester", &ChangeRecord::requester},
                                                           {"approver", &ChangeRecord::approver}}};

// What is wrong with a cover field's text (a ticket, a name): empty when it is one line of at
// most ChangeRecord::kMaxLength characters without control characters.
Text changeFieldProblem(const QString &value);

// The networks of a source role that has no host list ("every Admin workstation"), for the firewall
// request's source address column: each a CIDR (10.20.0.0/24, 2001:db8:20::/64) or one address,
// kept as the user wrote it.
inline constexpr qsizetype kMaxSourceNetworksPerRole = 64;
bool isSourceNetwork(const QString &text);

// What the user chose: where this runs, what is deployed, in which modes, against which hosts.
struct Profile
{

    QString name;
    QStringList vantage;    // role ids this machine plays
    QStringList components; // enabled component ids (components with `always` are implied)
    OptionValues options;   // only the options that differ from the default need to be present
    QMap<QString, QList<ProfileHost>> hosts; // role id -> hosts
    QString domain;                          // DNS domain for DC discovery
    QString site;                            // optional AD site for discovery
    QString nameserver;                      // optional IPv4 DNS server for discovery
    // How HTTPS to the Internet (the roles the catalog marks `internet`) leaves this machine:
    // "system" (empty means the same: the system's proxy setting), "none", or "http://host:port".
    QString proxy;
    // The Azure region of the Azure SQL server ("westeurope"): the firewall request names its
    // service tag, Sql.<region>. Empty: not known.
    QString azureRegion;
    ChangeRecord change; // the keys ticket, requester and approver
    // The key source-networks: source role id -> its networks, as written.
    QMap<QString, QStringList> sourceNetworks;
    QString proxySource; // not in the file: where the run's proxy came from (set by the caller)
    int connectTimeoutMs = RunDefaults::kConnectTimeoutMs;
    int protocolTimeoutMs = RunDefaults::kProtocolTimeoutMs;
    int concurrency = RunDefaults::kConcurrency;
    int perHostLimit = RunDefaults::kPerHostLimit;

    bool operator==(const Profile &o) const;
    bool operator!=(const Profile &o) const { return !(*this == o); }

    // The options with catalog defaults filled in for any not chosen.
    OptionValues effectiveOptions(const Catalog &catalog) const;
    // The enabled components including those the catalog marks `always`.
    QStringList effectiveComponents(const Catalog &catalog) const;
    // A profile with the catalog's defaults: the built-in components on, every option at its default.
    static Profile defaults(const Catalog &catalog);
};

Diagnostics loadProfile(const QByteArray &yaml, const QString &fileName, const Catalog &catalog,
                        Profile *profile);
Diagnostics loadProfileFile(const QString &path, const Catalog &catalog, Profile *profile);
QByteArray profileToYaml(const Profile &profile);
// Writes atomically: the old file stays intact when anything fails.
Expected<void> saveProfileFile(const Profile &profile, const QString &path);

} // namespace PortCheck
