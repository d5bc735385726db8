#pragma once

#include "catalog/catalog.h"
#include "plan/plan.h"
#include "run/report.h"

#include <QList>
#include <QString>

namespace PortCheck {

// One line of a firewall change request: what a network team opens. Words are Texts: the CSV
// prints them in English, the window, the PDF and the command line's table in the chosen language.
struct FirewallRule
{
    QString link;
    Text from; // role name
    Text to;   // role name
    QString fromId;
    QString toId;
    QString port;  // "389" or "11000-11999"
    Text protocol; // the link's protocol in words
    QString probe; // probe kind id
    Text when;     // when it is required
    Text need;     // "required", "one of 5985, 5986", "fallback", "optional", "after login"
    Text purpose;
    QString sources; // titles of the sources (document titles stay as published)
    QString sourceIds;
    bool inferred = false;
};

QList<FirewallRule> firewallRules(const Catalog &catalog);

// One row of the firewall change request of a run: concrete hosts, the state found, and whether
// the network has to change. Advisory ports (other modes) are left out: nobody should open them.
struct FirewallRequestRow
{
    QString link;
    Text source;     // this machine's name, or "every <role>" for links from other machines
    Text sourceRole; // role name
    QString destination;
    Text destinationRole;
    QString port;       // catalog port
    QString testedPort; // the port tested, when a profile overrides it
    QString protocol;   // probe kind id
    Text purpose;
    Text need;                 // as in FirewallRule
    Text found;                // "open, identified", "filtered", "not tested from here", ...
    bool changeNeeded = false; // the port was refused, filtered or unreachable from the source
};

QList<FirewallRequestRow> firewallRequest(const Catalog &catalog, const ReportData &report);
// "389", or "389 (tested on 10389)"
Text portText(const FirewallRequestRow &row);
QString firewallRequestCsv(const QList<FirewallRequestRow> &rows);

QString firewallRulesCsv(const QList<FirewallRule> &rules);

} // namespace PortCheck
