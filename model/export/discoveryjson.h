#pragma once

#include "model/probe/dcdiscovery.h"

#include <QByteArray>

namespace PortCheck {

// What `discover --json` writes: the domain, the site, what DNS said (status) and the hosts found.
QByteArray discoveryResultJson(const DiscoveryResult &result);

} // namespace PortCheck
