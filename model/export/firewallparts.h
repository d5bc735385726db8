#pragma once

// What the catalog's rules (firewallrules.cpp) and the run's request (firewallrequest.cpp) both
// word, for model/export alone.

#include "model/catalog/catalog.h"
#include "model/text.h"

namespace PortCheck::FirewallParts {

// A text of the "Firewall" context.
Text firewallText(const char *source, QList<Text> args = {});
// The purpose of a link, with the note of a port that has one.
Text purposeOf(const Link &link, const Requirement &node);
Text roleName(const Catalog &catalog, const QString &id);

} // namespace PortCheck::FirewallParts
