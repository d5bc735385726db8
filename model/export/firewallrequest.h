#pragma once

#include "model/catalog/catalog.h"
#include "model/plan/plan.h"
#include "model/run/report.h"

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
    QString port;   // "389" or "11000-11999"
    Text protocol;  // the link's protocol in words
    QString probe;  // probe kind id
    Text when;      // when it is required
    Guard guard;    // the option values it applies under (empty: every value)
    QString needId; // "required", "optional", "alternative", "fallback" (the run's request asks only
                    // for the first choice; alternatives and fallbacks are listed here for reference)
    Text need;      // "required", "alternative to 5986", "fallback when 389+3268 fail", "optional", ...
    Text purpose;
    QString sources; // titles of the sources (document titles stay as published)
    QString sourceIds;
    bool inferred = false;
    // Toward the names of one of Microsoft's endpoint sets: its id ("56", "-" when the built-in
    // list of that cloud has no ids) and every name as published, wildcards included.
    QString endpointSet;
    QStringList destinations;
};

// Every port of every link, per mode value: what each value of each option needs.
QList<FirewallRule> firewallRules(const Catalog &catalog);

// One row of the firewall change request of a run: concrete hosts, the state found, and what the
// network team has to do. Only the ports the chosen modes need (verdict.h, neededPorts): the ones
// that already work ("verified open, no change"), and the smallest set that would meet the
// requirement. Advisory ports (other modes) and unneeded alternatives are left out.
struct FirewallRequestRow
{
    QString link;
    Text source;     // this machine's name, or "every <role>" for links from other machines
    Text sourceRole; // role name
    QString destination;
    Text destinationRole;
    QString port;        // the port to open: the catalog's, or the host's own when the profile overrides it
    QString catalogPort; // the catalog's port, when the host's own differs (a real override, not the demo's
                         // stand-ins)
    QString protocol;    // probe kind id
    Text purpose;
    NeedLevel needLevel = NeedLevel::Required;
    Text need;  // required, recommended or optional
    Text found; // "open, identified", "filtered", "not tested from here", ...
    PortAction action = PortAction::Unknown;
    bool changeNeeded = false; // the port was refused, filtered or unreachable from the source
    QString via;               // the proxy it goes through (HTTPS to the Internet); empty: direct
    // A name of Microsoft's endpoint sets: the set ids ("56, 59") and, when the destination was
    // tested through one concrete name, the wildcard it stands for ("*.msauth.net").
    QString endpointSets;
    QString listedAs;
    // Azure's service tag of the destination's addresses ("Sql.WestEurope", or "Sql.<region>" when
    // the profile names no region) and its prefixes from a saved service tags file.
    QString serviceTag;
    QStringList addressPrefixes;
    QString serviceTagOrigin; // the file the prefixes came from

    // What a change tool (Tufin SecureChange, AlgoSec FireFlow, a spreadsheet) imports as the rule.
    // The source's addresses: this machine's, or those of every host of the source role, when some
    // result of the report connected to them (or the profile names them by address); else empty.
    QStringList sourceAddresses;
    // The destination's addresses: the service tag's prefixes (or the tag itself without a service
    // tags file), the addresses the probe connected to on the local network; empty toward names on
    // the Internet (the rule names the FQDN) and through a proxy (the proxy resolves it).
    QStringList destinationAddresses;
    QStringList sourceIds; // the catalog sources that state the link, for links in a report
    Text justification;    // the link's purpose and the titles of those sources
    // What `compare` found for this rule in the run after the change; empty without a compare.
    Text afterVerification;

    QString service() const; // "tcp/389", "tcp/11000-11999"
    // The names the rule allows: Microsoft's wildcard(s) a tested name stands for ("*.msauth.net"),
    // else the destination as tested.
    QString ruleDestination() const;
};

// "source -> destination", or "source -> proxy http://proxy:3128 -> destination": the source opens
// the connection, replies ride its session (a stateful rule, nothing the other way).
Text directionText(const FirewallRequestRow &row);

// The row's action in words: actionText(), or "allow on the proxy ..." for a row through a proxy
// (the change is the proxy's allow list, not a firewall rule).
Text requestActionText(const FirewallRequestRow &row);

QList<FirewallRequestRow> firewallRequest(const Catalog &catalog, const ReportData &report);
// The destination as the request names it: "aadcdn.msauth.net", or "*.msauth.net (tested as
// aadcdn.msauth.net)" for a wildcard of Microsoft's list, "x.database.windows.net (service tag
// Sql.WestEurope)" toward Azure SQL.
Text destinationText(const FirewallRequestRow &row);
// "389", or "10389 (instead of 389)" for a host whose profile moves the service to another port
Text portText(const FirewallRequestRow &row);
QString firewallRequestCsv(const QList<FirewallRequestRow> &rows);

// What the request asks for, counted: for a summary line ("2 ports to open, 1 recommended, ...").
struct FirewallRequestSummary
{
    int toOpen = 0;      // required, found blocked
    int recommended = 0; // recommended, not yet open
    int toFix = 0;       // open, but the service answers wrongly
    int unchanged = 0;   // verified open
    int untested = 0;    // required or optional, not tested from here
};
FirewallRequestSummary summarizeRequest(const QList<FirewallRequestRow> &rows);
Text requestSummaryText(const FirewallRequestSummary &summary);

QString firewallRulesCsv(const QList<FirewallRule> &rules);

} // namespace PortCheck
