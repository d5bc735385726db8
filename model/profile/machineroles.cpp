#include "model/profile/machineroles.h"

#include <QHostInfo>
#include <QNetworkInterface>
#include <QSet>

using namespace Qt::StringLiterals;

namespace PortCheck {

namespace {

QString shortName(const QString &name)
{
    return name.section(u'.', 0, 0);
}

bool matchesEntry(const QString &entry, const MachineIdentity &machine)
{
    const QHostAddress address(entry);
    if (!address.isNull()) {
        return std::any_of(machine.addresses.cbegin(), machine.addresses.cend(), [&](const QHostAddress &a) {
            return a.isEqual(address, QHostAddress::TolerantConversion);
        });
    }
    // "gsrv1" in the profile is this machine when it is gsrv1.corp.example, and the other way round;
    // two different fully qualified names are two machines.
    const bool qualified = entry.contains(u'.');
    for (const QString &name : machine.names) {
        if (name.compare(entry, Qt::CaseInsensitive) == 0)
            return true;
        if ((!qualified || !name.contains(u'.')) &&
            shortName(name).compare(shortName(entry), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

MachineIdentity MachineIdentity::thisMachine()
{
    MachineIdentity m;
    const QString host = QHostInfo::localHostName();
    const QString domain = QHostInfo::localDomainName();
    if (!host.isEmpty())
        m.names << host;
    if (!host.isEmpty() && !domain.isEmpty() && !host.contains(u'.'))
        m.names << host + u'.' + domain;
    m.addresses = QNetworkInterface::allAddresses();
    return m;
}

QString MachineIdentity::describe() const
{
    QStringList shown;
    for (const QHostAddress &a : addresses) {
        if (!a.isLoopback())
            shown << a.toString();
    }
    if (shown.isEmpty())
        shown << u"loopback only"_s;
    return (names.isEmpty() ? u"(no host name)"_s : names.last()) + u" ("_s + shown.join(u", "_s) + u')';
}

bool machineMatches(const QString &entry, const MachineIdentity &machine)
{
    return matchesEntry(entry, machine);
}

QStringList sourceRoles(const Catalog &catalog)
{
    QSet<QString> sources;
    for (const Link &l : catalog.links)
        sources.insert(l.from);
    QStringList out;
    for (const Role &r : catalog.roles) {
        if (sources.contains(r.id))
            out << r.id;
    }
    return out;
}

QList<RoleMatch> rolesOfMachine(const Catalog &catalog, const Profile &profile,
                                const MachineIdentity &machine)
{
    QList<RoleMatch> out;
    for (const QString &role : sourceRoles(catalog)) {
        for (const ProfileHost &h : profile.hosts.value(role)) {
            if (matchesEntry(h.host, machine)) {
                out.append({role, h.host});
                break;
            }
        }
    }
    return out;
}

} // namespace PortCheck
