#include "model/export/firewallrequest.h"

#include "model/export/csv.h"
#include "model/export/firewallparts.h"

#include <QHash>
#include <QHostAddress>
#include <QSet>

#include <functional>

using namespace Qt::StringLiterals;

namespace PortCheck {

namespace FirewallParts {

Text firewallText(const char *source, QList<Text> args)
{
    return Text::phrase("Firewall", source, std::move(args));
}

// The purpose of a link, with the note of a port that has one.
Text purposeOf(const Link &link, const Requirement &node)
{
    if (node.note.isEmpty())
        return Text::catalog(link.purpose);
    return Text::phrase("Firewall", QT_TRANSLATE_NOOP("Firewall", "%1 %2"),
                        {Text::catalog(link.purpose), Text::catalog(node.note)});
}

Text roleName(const Catalog &catalog, const QString &id)
{
    const Role *role = catalog.role(id);
    return Text::catalog(role ? role->name : id);
}

} // namespace FirewallParts

using namespace FirewallParts;

namespace {

// A wildcard of Microsoft's list without a concrete name to test is still what the proxy or
// firewall must allow: one row per wildcard and port, like the rows of its link's tested names.
void appendUnprobedWildcards(const Catalog &catalog, const Plan &plan, QList<FirewallRequestRow> *rows)
{
    QSet<QString> done;
    const qsizetype tested = rows->size();
    for (qsizetype i = 0; i < tested; ++i) {
        const FirewallRequestRow model = rows->at(i); // a copy: the rows grow below
        const Link *link = catalog.link(model.link);
        const QString key = model.link + u'|' + model.port + u'|' + model.via + u'|' + model.source.english();
        if (!link || model.endpointSets.isEmpty() || done.contains(key))
            continue;
        done.insert(key);
        for (const EndpointSet *set : catalog.endpointSets(link->to, plan.options)) {
            for (const QString &url : set->urls) {
                if (!set->probeName(url).isEmpty())
                    continue;
                FirewallRequestRow r = model;
                r.destination = url;
                r.listedAs.clear();
                r.destinationAddresses.clear();
                r.endpointSets = set->id > 0 ? QString::number(set->id) : u"-"_s;
                r.found =
                    firewallText(QT_TRANSLATE_NOOP("Firewall", "a wildcard: no one name of it to test"));
                r.action = PortAction::Unknown;
                r.changeNeeded = false;
                rows->append(r);
            }
        }
    }
}

// What Microsoft's endpoint sets say about one tested name: its set ids and the wildcards it
// was tested for.
struct EndpointName
{
    QStringList sets;
    QStringList wildcards;
    bool listed = false; // the name itself is in the list, not only through a wildcard
};

QHash<QString, EndpointName> endpointNames(const Catalog &catalog, const QString &roleId,
                                           const OptionValues &options)
{
    QHash<QString, EndpointName> names;
    for (const EndpointSet *set : catalog.endpointSets(roleId, options)) {
        const QString id = set->id > 0 ? QString::number(set->id) : u"-"_s;
        for (const QString &url : set->urls) {
            const QString name = set->probeName(url);
            if (name.isEmpty())
                continue;
            EndpointName &n = names[name.toLower()];
            if (!n.sets.contains(id))
                n.sets << id;
            if (url != name && !n.wildcards.contains(url))
                n.wildcards << url;
            n.listed = n.listed || url == name;
        }
    }
    return names;
}

// Host name (lower case) -> every address a result of the report connected to, in the order met.
// Results through a proxy connected to the proxy, not to the host.
QHash<QString, QStringList> knownAddresses(const ReportData &report)
{
    QHash<QString, QStringList> out;
    const auto add = [&out](const QString &host, const QString &address) {
        if (address.isEmpty())
            return;
        QStringList &list = out[host.toLower()];
        if (!list.contains(address))
            list << address;
    };
    for (const RunResult &run : report.runs) {
        for (const ProbeResult &r : run.results) {
            if (!r.via.isEmpty())
                continue;
            if (r.addresses.isEmpty())
                add(r.host, r.address);
            for (const AddressOutcome &a : r.addresses)
                add(r.host, a.address);
        }
    }
    return out;
}

bool isAddress(const QString &host)
{
    QHostAddress a;
    return a.setAddress(host);
}

// The addresses of a host: itself when the profile names it by address, else what the results
// connected to. `shortName`: a machine's own name (QHostInfo::localHostName() has no domain) also
// matches the FQDN another machine tested it by.
QStringList addressesOf(const QHash<QString, QStringList> &known, const QString &host, bool shortName = false)
{
    if (isAddress(host))
        return {host};
    const QString key = host.toLower();
    if (const auto it = known.constFind(key); it != known.cend())
        return *it;
    if (shortName && !key.contains(u'.')) {
        const QString prefix = key + u'.';
        for (auto it = known.cbegin(); it != known.cend(); ++it) {
            if (it.key().startsWith(prefix))
                return it.value();
        }
    }
    return {};
}

// The purpose of the port and who states it: what a change board reads in the justification.
Text justificationOf(const Catalog &catalog, const Link &link, const Requirement &leaf)
{
    QStringList titles;
    for (const QString &id : link.sourcesFor(leaf)) {
        const Source *src = catalog.source(id);
        titles << (src ? src->title : id);
    }
    const Text purpose = purposeOf(link, leaf);
    if (titles.isEmpty())
        return firewallText(QT_TRANSLATE_NOOP("Firewall", "%1 Inferred: no document states it."), {purpose});
    const Text cited = Text::plain(titles.join(u"; "_s)); // document titles stay as published
    if (link.inferred)
        return firewallText(QT_TRANSLATE_NOOP("Firewall", "%1 Inferred from %2."), {purpose, cited});
    return firewallText(QT_TRANSLATE_NOOP("Firewall", "%1 Source: %2."), {purpose, cited});
}

} // namespace

QString FirewallRequestRow::service() const
{
    return u"tcp/"_s + port;
}

QString FirewallRequestRow::ruleDestination() const
{
    return listedAs.isEmpty() ? destination : listedAs.split(u", "_s).join(u' ');
}

Text directionText(const FirewallRequestRow &row)
{
    if (!row.via.isEmpty())
        return firewallText(QT_TRANSLATE_NOOP("Firewall", "source -> proxy %1 -> destination"),
                            {Text::plain(row.via)});
    return firewallText(QT_TRANSLATE_NOOP("Firewall", "source -> destination"));
}

QList<FirewallRequestRow> firewallRequest(const Catalog &catalog, const ReportData &report)
{
    QHash<const RunResult *, ResultIndex> indexes;
    const QHash<QString, QStringList> known = knownAddresses(report);
    QHash<const RunResult *, QStringList> machineAddresses; // each machine's own, once
    for (const RunResult &run : report.runs) {
        indexes.insert(&run, run.index());
        machineAddresses.insert(&run, addressesOf(known, run.meta.host, true));
    }
    const Plan &plan = report.plan;
    // The addresses of every host of a role, for the rows from machines that did not run here.
    QHash<QString, QStringList> roleAddresses;
    const auto addressesOfRole = [&](const QString &roleId) -> QStringList {
        if (const auto it = roleAddresses.constFind(roleId); it != roleAddresses.cend())
            return *it;
        QStringList out;
        QSet<QString> hosts;
        for (const PlanItem &i : plan.items) {
            const Link *l = catalog.link(i.link);
            if (!l || l->to != roleId || hosts.contains(i.host))
                continue;
            hosts.insert(i.host);
            for (const QString &a : addressesOf(known, i.host)) {
                if (!out.contains(a))
                    out << a;
            }
        }
        roleAddresses.insert(roleId, out);
        return out;
    };
    // A role no machine ran as ("every Admin workstation") has no address of its own: the change
    // tools want one, so the profile's source-networks name its networks (the results' first).
    const auto networksOfRole = [&](const QString &roleId) -> QStringList {
        const QStringList networks = report.meta.sourceNetworks.value(roleId);
        return networks.isEmpty() ? plan.sourceNetworks.value(roleId) : networks;
    };
    QList<FirewallRequestRow> rows;
    QHash<QString, qsizetype> seen;
    for (const PlanItem &item : plan.items) {
        const Link *link = catalog.link(item.link);
        if (!link)
            continue;
        // One set of rows per machine that tested the link; one "not tested" set when none did.
        QList<const RunResult *> observers = report.runsFrom(link->from);
        if (observers.isEmpty())
            observers = {nullptr};
        for (const RunResult *run : std::as_const(observers)) {
            const ResultIndex *results = run ? &indexes[run] : nullptr;
            QStringList sourceAddresses = run ? machineAddresses.value(run) : networksOfRole(link->from);
            if (!run && sourceAddresses.isEmpty())
                sourceAddresses = addressesOfRole(link->from);
            if (run && sourceAddresses.isEmpty()) {
                // Nothing connected to the machine that ran: the entry of the profile's host list
                // it found itself in says its address (or a name another machine tested).
                const QString entry = run->meta.sources.thisRun.value(link->from);
                if (!entry.isEmpty())
                    sourceAddresses = addressesOf(known, entry, true);
            }
            const Role *toRole = catalog.role(link->to);
            for (const NeededPort &p : neededPorts(catalog, plan, item, results)) {
                FirewallRequestRow r;
                r.link = link->id;
                r.sourceRole = roleName(catalog, link->from);
                r.source = run ? Text::plain(run->meta.host)
                               : firewallText(QT_TRANSLATE_NOOP("Firewall", "every %1"), {r.sourceRole});
                r.destinationRole = roleName(catalog, link->to);
                r.destination = item.host;
                if (const auto names = endpointNames(catalog, link->to, plan.options);
                    names.contains(item.host.toLower())) {
                    const EndpointName &n = names.value(item.host.toLower());
                    r.endpointSets = n.sets.join(u", "_s);
                    if (!n.wildcards.isEmpty())
                        r.listedAs =
                            (n.listed ? QStringList{item.host} + n.wildcards : n.wildcards).join(u", "_s);
                }
                if (!link->serviceTag.isEmpty() && guardMatches(link->serviceTagWhen, plan.options)) {
                    const Azure::ServiceTag *tag =
                        report.azureServiceTags.find(link->serviceTag, plan.azureRegion);
                    r.serviceTag = tag ? tag->name
                                   : plan.azureRegion.isEmpty()
                                       ? link->serviceTag + u".<region>"_s
                                       : Azure::serviceTagName(link->serviceTag, plan.azureRegion);
                    if (tag) {
                        r.addressPrefixes = tag->addressPrefixes;
                        r.serviceTagOrigin = report.azureServiceTags.origin();
                    }
                }
                r.port = p.leaf->portText();
                // A host whose service listens elsewhere (the profile's override) needs that port
                // opened; the demo's stand-in ports are only how it was tested (the evidence).
                if (p.check && p.check->requestPort() != p.check->catalogPort) {
                    r.port = QString::number(p.check->requestPort());
                    r.catalogPort = p.leaf->portText();
                }
                r.protocol = probeKindId(p.leaf->probe);
                r.via = p.check ? p.check->via : QString();
                r.purpose = purposeOf(*link, *p.leaf);
                r.justification = justificationOf(catalog, *link, *p.leaf);
                r.sourceIds = link->sourcesFor(*p.leaf);
                r.sourceAddresses = sourceAddresses;
                if (!r.serviceTag.isEmpty()) {
                    r.destinationAddresses =
                        r.addressPrefixes.isEmpty() ? QStringList{r.serviceTag} : r.addressPrefixes;
                } else if (r.via.isEmpty() && (isAddress(item.host) || !toRole || !toRole->internet ||
                                               !link->serviceTag.isEmpty())) {
                    // Names on the Internet change their addresses: the rule names the FQDN. Azure
                    // SQL without its service tag is a private endpoint, an address of the site.
                    r.destinationAddresses = addressesOf(known, item.host);
                }
                r.needLevel = p.need;
                r.need = needText(p.need);
                r.action = p.action;
                if (p.leaf->isInformational()) {
                    r.found = firewallText(QT_TRANSLATE_NOOP("Firewall", "cannot be probed anonymously"));
                } else if (!p.check || !run) {
                    r.found = firewallText(QT_TRANSLATE_NOOP("Firewall", "not tested from here"));
                } else if (!p.result) {
                    r.found = run->meta.cancelled
                                  ? firewallText(QT_TRANSLATE_NOOP("Firewall", "not tested (run cancelled)"))
                                  : probeStateText(ProbeState::NotTested);
                } else {
                    r.found = p.result->state == ProbeState::Open
                                  ? Text::list({probeStateText(p.result->state),
                                                serviceStateText(p.result->service)})
                                  : probeStateText(p.result->state);
                    // Stopped by the proxy: what the proxy answered ("proxy-denied, 403 Filtered").
                    if (const QString proxy = p.result->facts.value(u"proxy.outcome"_s); !proxy.isEmpty()) {
                        const QString status = p.result->facts.value(u"proxy.status"_s);
                        const QString reason = p.result->facts.value(u"proxy.reason"_s);
                        r.found = Text::plain(status.isEmpty()
                                                  ? proxy
                                                  : proxy + u", "_s + status +
                                                        (reason.isEmpty() ? QString() : u' ' + reason));
                    }
                    // Open on the address used, blocked on another: the rule is missing there.
                    if (p.result->someAddressFails()) {
                        QList<Text> each;
                        for (const AddressOutcome &a : p.result->addresses) {
                            each << firewallText(QT_TRANSLATE_NOOP("Firewall", "%1 on %2"),
                                                 {a.state == ProbeState::Open ? serviceStateText(a.service)
                                                                              : probeStateText(a.state),
                                                  Text::plain(a.address)});
                        }
                        r.found = Text::list(each);
                    }
                }
                r.changeNeeded = p.action == PortAction::Open;
                // Two links needing one port of one host (Guardian's LDAP and the agent's): one
                // row, the stronger need.
                const QString key = r.source.english() + u'|' + r.destination + u'|' + r.port + u'|' +
                                    r.protocol + u'|' + r.via;
                if (const auto it = seen.constFind(key); it != seen.cend()) {
                    FirewallRequestRow &kept = rows[*it];
                    if (static_cast<int>(r.needLevel) < static_cast<int>(kept.needLevel)) {
                        kept.needLevel = r.needLevel;
                        kept.need = r.need;
                    }
                    continue;
                }
                seen.insert(key, rows.size());
                rows.append(r);
            }
        }
    }
    appendUnprobedWildcards(catalog, plan, &rows);
    return rows;
}

Text requestActionText(const FirewallRequestRow &row)
{
    if (!row.via.isEmpty() && (row.action == PortAction::Open || row.action == PortAction::Fix))
        return firewallText(QT_TRANSLATE_NOOP("Firewall", "allow on the proxy %1"), {Text::plain(row.via)});
    if (!row.via.isEmpty() && row.action == PortAction::None)
        return firewallText(QT_TRANSLATE_NOOP("Firewall", "verified through the proxy %1, no change"),
                            {Text::plain(row.via)});
    return actionText(row.action);
}

Text destinationText(const FirewallRequestRow &row)
{
    if (!row.serviceTag.isEmpty())
        return firewallText(QT_TRANSLATE_NOOP("Firewall", "%1 (service tag %2)"),
                            {Text::plain(row.destination), Text::plain(row.serviceTag)});
    if (row.listedAs.isEmpty())
        return Text::plain(row.destination);
    return firewallText(QT_TRANSLATE_NOOP("Firewall", "%1 (tested as %2)"),
                        {Text::plain(row.listedAs), Text::plain(row.destination)});
}

Text portText(const FirewallRequestRow &row)
{
    if (row.catalogPort.isEmpty())
        return Text::plain(row.port);
    return firewallText(QT_TRANSLATE_NOOP("Firewall", "%1 (instead of %2)"),
                        {Text::plain(row.port), Text::plain(row.catalogPort)});
}

QString firewallRequestCsv(const QList<FirewallRequestRow> &rows)
{
    // The columns change tools map first (source, destination, service, action), then what the
    // board reads, then the details. Lists within a cell are separated by spaces.
    QString out = csvRow({u"source"_s,
                          u"source address"_s,
                          u"destination"_s,
                          u"destination address"_s,
                          u"service"_s,
                          u"action"_s,
                          u"direction"_s,
                          u"need"_s,
                          u"justification"_s,
                          u"state found"_s,
                          u"after verification"_s,
                          u"change needed"_s,
                          u"change"_s,
                          u"tested host"_s,
                          u"source role"_s,
                          u"destination role"_s,
                          u"port"_s,
                          u"transport"_s,
                          u"protocol"_s,
                          u"purpose"_s,
                          u"link"_s,
                          u"catalog port"_s,
                          u"via"_s,
                          u"m365 set"_s,
                          u"listed as"_s,
                          u"service tag"_s,
                          u"address prefixes"_s});
    for (const FirewallRequestRow &r : rows) {
        const QString change = r.action == PortAction::None      ? u"no"_s
                               : r.action == PortAction::Unknown ? u"unknown"_s
                                                                 : u"yes"_s;
        out += csvRow({r.source.english(),
                       r.sourceAddresses.join(u' '),
                       r.ruleDestination(),
                       r.destinationAddresses.join(u' '),
                       r.service(),
                       u"allow"_s,
                       directionText(r).english(),
                       needId(r.needLevel),
                       r.justification.english(),
                       r.found.english(),
                       r.afterVerification.english(),
                       change,
                       requestActionText(r).english(),
                       r.destination,
                       r.sourceRole.english(),
                       r.destinationRole.english(),
                       r.port,
                       u"TCP"_s,
                       r.protocol,
                       r.purpose.english(),
                       r.link,
                       r.catalogPort,
                       r.via.isEmpty() ? u"direct"_s : r.via,
                       r.endpointSets,
                       r.listedAs,
                       r.serviceTag,
                       r.addressPrefixes.join(u' ')});
    }
    return out;
}

FirewallRequestSummary summarizeRequest(const QList<FirewallRequestRow> &rows)
{
    FirewallRequestSummary s;
    for (const FirewallRequestRow &r : rows) {
        switch (r.action) {
        case PortAction::None:
            ++s.unchanged;
            break;
        case PortAction::Open:
            ++(r.needLevel == NeedLevel::Recommended ? s.recommended : s.toOpen);
            break;
        case PortAction::Fix:
            ++s.toFix;
            break;
        case PortAction::Unknown:
            ++s.untested;
            break;
        }
    }
    return s;
}

Text requestSummaryText(const FirewallRequestSummary &s)
{
    const auto number = [](int n) {
        return Text::plain(QString::number(n));
    };
    return firewallText(
        QT_TRANSLATE_NOOP("Firewall", "Firewall request: %1 port(s) to open, %2 recommended, %3 to "
                                      "fix at the service, %4 verified open (no change), %5 not "
                                      "tested from here"),
        {number(s.toOpen), number(s.recommended), number(s.toFix), number(s.unchanged), number(s.untested)});
}

} // namespace PortCheck
