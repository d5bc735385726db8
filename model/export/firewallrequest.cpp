#include "firewallrequest.h"

#include "csv.h"

#include <QHash>
#include <QSet>

#include <functional>

using namespace Qt::StringLiterals;

namespace PortCheck {

namespace {

struct Walker
{
    const Link &link;

    static bool compatible(const Guard &a, const Guard &b)
    {
        for (auto it = a.cbegin(); it != a.cend(); ++it) {
            if (!b.contains(it.key()))
                continue;
            const QStringList other = b.value(it.key());
            if (std::none_of(it.value().cbegin(), it.value().cend(),
                             [&](const QString &v) { return other.contains(v); }))
                return false;
        }
        return true;
    }

    // "389+3268, 636+3269": the alternatives of an any-of that can apply together with `child`
    // (alternatives guarded by other option values never compete with it), each as the ports it needs.
    static QStringList alternatives(const Requirement &anyOf, const Requirement &child)
    {
        QStringList groups;
        for (const Requirement &alt : anyOf.children) {
            if (!compatible(alt.when, child.when))
                continue;
            QStringList ports;
            for (const Requirement *leaf : alt.leaves())
                ports << leaf->portText();
            groups << ports.join(u'+');
        }
        groups.removeDuplicates();
        return groups;
    }

    // Calls `leafFound` for every port leaf with its accumulated guard and what it is needed as.
    std::function<void(const Requirement &, const Guard &, const QString &)> leafFound;

    void walk(const Requirement &node, Guard guard, const QString &need)
    {
        for (auto it = node.when.cbegin(); it != node.when.cend(); ++it)
            guard.insert(it.key(), it.value());
        if (node.isPort()) {
            leafFound(node, guard,
                      link.optional            ? u"optional"_s
                      : node.isInformational() ? u"after login"_s
                                               : need);
            return;
        }
        for (qsizetype i = 0; i < node.children.size(); ++i) {
            QString childNeed = need;
            const QStringList alts = node.kind == Requirement::Kind::AnyOf
                                         ? alternatives(node, node.children.at(i))
                                         : QStringList();
            if (alts.size() > 1) {
                childNeed = u"one of "_s + alts.join(u", "_s);
                if (!node.fallback.isEmpty() && i > 0)
                    childNeed += u" (fallback)"_s;
            }
            walk(node.children.at(i), guard, childNeed);
        }
    }
};

QString roleName(const Catalog &catalog, const QString &id)
{
    const Role *role = catalog.role(id);
    return role ? role->name : id;
}

} // namespace

QList<FirewallRule> firewallRules(const Catalog &catalog)
{
    QList<FirewallRule> rules;
    for (const Link &link : catalog.links) {
        Walker w{link, {}};
        w.leafFound = [&](const Requirement &node, const Guard &guard, const QString &need) {
            FirewallRule r;
            r.link = link.id;
            r.fromId = link.from;
            r.toId = link.to;
            r.from = roleName(catalog, link.from);
            r.to = roleName(catalog, link.to);
            r.port = node.portText();
            r.protocol = link.protocol;
            r.probe = probeKindId(node.probe);
            r.when = catalog.describeWhen(link);
            if (!guard.isEmpty())
                r.when += u"; "_s + catalog.describeGuard(guard);
            r.need = need;
            r.purpose = node.note.isEmpty() ? link.purpose : link.purpose + u' ' + node.note;
            QStringList titles;
            for (const QString &id : link.sources) {
                const Source *s = catalog.source(id);
                titles << (s ? s->title : id);
            }
            r.sources = titles.join(u"; "_s);
            r.sourceIds = link.sources.join(u", "_s);
            r.inferred = link.inferred;
            rules.append(r);
        };
        w.walk(link.requirement, Guard(), u"required"_s); // describeWhen() covers link.when
    }
    return rules;
}

QList<FirewallRequestRow> firewallRequest(const Catalog &catalog, const ReportData &report)
{
    QHash<const RunResult *, ResultIndex> indexes;
    for (const RunResult &run : report.runs)
        indexes.insert(&run, run.index());
    const Plan &plan = report.plan;
    QList<FirewallRequestRow> rows;
    QSet<QString> seen;
    for (const PlanItem &item : plan.items) {
        const Link *link = catalog.link(item.link);
        if (!link)
            continue;
        // One set of rows per machine that tested the link; one "not tested" set when none did.
        QList<const RunResult *> observers = report.runsFrom(link->from);
        if (observers.isEmpty())
            observers.append(nullptr);
        for (const RunResult *run : std::as_const(observers)) {
            Walker w{*link, {}};
            w.leafFound = [&](const Requirement &node, const Guard &, const QString &need) {
                FirewallRequestRow r;
                r.link = link->id;
                r.sourceRole = roleName(catalog, link->from);
                r.source = run ? run->meta.host : u"every "_s + r.sourceRole;
                r.destinationRole = roleName(catalog, link->to);
                r.destination = item.host;
                r.port = node.portText();
                r.protocol = probeKindId(node.probe);
                r.purpose = node.note.isEmpty() ? link->purpose : link->purpose + u' ' + node.note;
                r.need = need;
                if (node.isInformational()) {
                    r.found = u"cannot be probed anonymously"_s;
                } else {
                    const Check *check = nullptr;
                    for (const int i : item.checks) {
                        if (plan.checks.at(i).catalogPort == node.port &&
                            plan.checks.at(i).probe == node.probe)
                            check = &plan.checks.at(i);
                    }
                    if (check && check->port != check->catalogPort)
                        r.port += u" (tested on "_s + QString::number(check->port) + u')';
                    const ResultIndex &results = indexes[run];
                    if (!check || !run) {
                        r.found = u"not tested from here"_s;
                    } else if (const auto it = results.constFind(check->probeKey()); it == results.cend()) {
                        r.found = u"not tested (run cancelled)"_s;
                    } else {
                        r.found = probeStateId(it->state);
                        if (it->state == ProbeState::Open)
                            r.found += u", "_s + serviceStateId(it->service);
                        r.changeNeeded = it->state == ProbeState::Refused ||
                                         it->state == ProbeState::Filtered ||
                                         it->state == ProbeState::Unreachable;
                    }
                }
                const QString key = r.source + u'|' + r.destination + u'|' + r.port + u'|' + r.protocol;
                if (!seen.contains(key)) {
                    seen.insert(key);
                    rows.append(r);
                }
            };
            w.walk(item.requirement, Guard(), u"required"_s);
        }
    }
    return rows;
}

QString firewallRequestCsv(const QList<FirewallRequestRow> &rows)
{
    QString out = csvRow({u"source"_s, u"source role"_s, u"destination"_s, u"destination role"_s, u"port"_s,
                          u"transport"_s, u"protocol"_s, u"need"_s, u"state found"_s, u"change needed"_s,
                          u"purpose"_s, u"link"_s});
    for (const FirewallRequestRow &r : rows) {
        out += csvRow({r.source, r.sourceRole, r.destination, r.destinationRole, r.port, u"TCP"_s, r.protocol,
                       r.need, r.found, r.changeNeeded ? u"yes"_s : u"no"_s, r.purpose, r.link});
    }
    return out;
}

QString firewallRulesCsv(const QList<FirewallRule> &rules)
{
    QString out = csvRow({u"from"_s, u"to"_s, u"port"_s, u"transport"_s, u"protocol"_s, u"probe"_s, u"need"_s,
                          u"when required"_s, u"purpose"_s, u"link"_s, u"source"_s, u"inferred"_s});
    for (const FirewallRule &r : rules) {
        out += csvRow({r.from, r.to, r.port, u"TCP"_s, r.protocol, r.probe, r.need, r.when, r.purpose, r.link,
                       r.sources, r.inferred ? u"yes"_s : u"no"_s});
    }
    return out;
}

QString firewallRulesTable(const QList<FirewallRule> &rules)
{
    QList<QStringList> rows;
    for (const FirewallRule &r : rules) {
        rows.append({r.from, r.to, u"TCP "_s + r.port, r.probe, r.need, r.when,
                     r.inferred ? r.sourceIds + u" (inferred)"_s : r.sourceIds});
    }
    return textTable({u"FROM"_s, u"TO"_s, u"PORT"_s, u"PROBE"_s, u"NEED"_s, u"WHEN REQUIRED"_s, u"SOURCE"_s},
                     rows);
}

} // namespace PortCheck
