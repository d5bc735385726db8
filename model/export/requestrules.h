#pragma once

#include "model/export/firewallrequest.h"

#include <QList>

namespace PortCheck {

// The firewall request's rows joined into the rules a network team writes: one rule "Guardian
// server -> every domain controller, tcp/389, open" for five hundred DCs, not five hundred rows.
// Rows join when they share the source, the destination's role, the service, the link, the need,
// what was found and the action (and Microsoft's endpoint sets).
struct RequestRule
{
    FirewallRequestRow rule;  // the rule's first row: its source, service, need and action
    QList<Text> destinations; // every destination it names (destinationText), in request order
};

// Ordered by what the network team acts on first: ports to open, then services to fix, then what
// could not be tested, then what already works; within each, required before recommended before
// optional. The order of the rows is kept otherwise.
QList<RequestRule> requestRules(QList<FirewallRequestRow> rows);

// Whether the row asks for a change (a port to open, a service to fix, a recommended port not yet
// open): what the board's summary lists as "Changes asked for".
bool asksForChange(const FirewallRequestRow &row);

} // namespace PortCheck
