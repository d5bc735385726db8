#pragma once

#include "catalog/catalog.h"

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

QString firewallRulesCsv(const QList<FirewallRule> &rules);
QString firewallRulesTable(const QList<FirewallRule> &rules);

} // namespace PortCheck
