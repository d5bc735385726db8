#pragma once

#include "model/catalog/catalog.h"
#include "model/profile/hostinput.h"
#include "model/profile/profile.h"

#include <QList>
#include <QString>

namespace PortCheck {

// The hosts of one role as a person types them in the wizard: names or addresses separated by
// commas, spaces or new lines, '#' comments, and per-host port overrides written after the host as
// CATALOGPORT=PORT ("dc1.corp.example 389=10389 636=10636").
struct ProfileHostList
{
    QList<ProfileHost> hosts;
    QList<HostInputError> errors; // at most kMaxListedHostErrors
    int errorsNotListed = 0;
    int duplicatesRemoved = 0;
};

// `overridablePorts`, when given, are the catalog ports an override may name (overridablePorts()
// of the role); an override of any other port is an error that lists them.
ProfileHostList parseProfileHosts(const QString &text, const QList<quint16> &overridablePorts = {});
// The catalog ports of every probed leaf of every link to `role`, whatever the options: the ports
// a host of that role can have an override for. Ascending, each once.
QList<quint16> overridablePorts(const Catalog &catalog, const QString &role);
// The inverse: one host per line with its overrides; parseProfileHosts() reads it back unchanged.
QString profileHostsText(const QList<ProfileHost> &hosts);

} // namespace PortCheck
