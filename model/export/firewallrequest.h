#pragma once

#include "catalog/catalog.h"
#include "plan/plan.h"
#include "run/report.h"

#include <QList>
#include <QString>

namespace PortCheck {

// One line of a firewall change request: what a network team opens.
struct FirewallRule
{
    QString link;
    QString from; // role name
    QString to;   // role name
    QString fromId;
    QString toId;
    QString port;     // "389" or "11000-11999"
    QString protocol; // the link's protocol in words
    QString probe;    // probe kind id
    QString when;     // when it is required
    QString need;     // "required", "one of 5985, 5986", "fallback", "optional", "after login"
    QString purpose;
    QString sources; // titles of the sources
    QString sourceIds;
    bool inferred = false;
};

// Every port of every link of the catalog, under every mode (each row says when it applies).
QList<FirewallRule> firewallRules(const Catalog &catalog);

// One row of the firewall change request of a run: concrete hosts, the state found, and whether
// the network has to change. Advisory ports (other modes) are left out: nobody should open them.
struct FirewallRequestRow
{
    QString link;
    QString source;     // this machine's name, or "every <role>" for links from other machines
    QString sourceRole; // role name
    QString destination;
    QString destinationRole;
    QString port;     // catalog port, with the port tested when a profile overrides it
    QString protocol; // probe kind id
    QString purpose;
    QString need;              // as in FirewallRule
    QString found;             // "open, identified", "filtered", "not tested from here", ...
    bool changeNeeded = false; // the port was refused, filtered or unreachable from the source
};

QList<FirewallRequestRow> firewallRequest(const Catalog &catalog, const ReportData &report);
QString firewallRequestCsv(const QList<FirewallRequestRow> &rows);

QString firewallRulesCsv(const QList<FirewallRule> &rules);
QString firewallRulesTable(const QList<FirewallRule> &rules);

} // namespace PortCheck
