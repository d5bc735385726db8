#pragma once

#include "model/catalog/catalog.h"
#include "model/profile/profile.h"

#include <QHostAddress>
#include <QList>
#include <QStringList>

namespace PortCheck {

// What this machine answers to: its host names (short and fully qualified) and its addresses.
struct MachineIdentity
{
    QStringList names;
    QList<QHostAddress> addresses;

    static MachineIdentity thisMachine(); // QHostInfo and QNetworkInterface; sends nothing
    QString describe() const;             // "gsrv1.corp.example (10.0.0.5, fe80::1)"
};

// One site profile for every machine: the source roles whose host lists name this machine (by a
// name, its short form, or an address), in catalog order. A DC listed under recovery-agent is
// that agent's source; a role that is only a target (domain-controller) gives no vantage.
struct RoleMatch
{
    QString role;
    QString entry; // the host list's entry that matched
};
QList<RoleMatch> rolesOfMachine(const Catalog &catalog, const Profile &profile,
                                const MachineIdentity &machine);

// Whether a host list's entry names `machine`: one of its addresses, its name, or its short name
// (gsrv1 is gsrv1.corp.example; two different fully qualified names are two machines).
bool machineMatches(const QString &entry, const MachineIdentity &machine);

// The roles a machine can test from (the sources of links): what `--as` accepts.
QStringList sourceRoles(const Catalog &catalog);

} // namespace PortCheck
