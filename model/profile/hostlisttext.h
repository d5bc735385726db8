#pragma once

#include "hostinput.h"
#include "profile.h"

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

ProfileHostList parseProfileHosts(const QString &text);
// The inverse: one host per line with its overrides; parseProfileHosts() reads it back unchanged.
QString profileHostsText(const QList<ProfileHost> &hosts);

} // namespace PortCheck
