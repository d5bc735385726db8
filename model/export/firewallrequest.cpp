#include "firewallrequest.h"

#include "csv.h"

#include <QHash>
#include <QSet>

#include <functional>

using namespace Qt::StringLiterals;

namespace PortCheck {

namespace {

Text firewallText(const char *source, QList<Text> args = {})
{
    return Text::phrase("Firewall", source, std::move(args));
}

Text required()
{
    return firewallText(QT_TRANSLATE_NOOP("Firewall", "required"));
}

// The purpose of a link, with the note of a port that has one.
Text purposeOf(const Link &link, const Requirement &node)
{
    if (node.note.isEmpty())
        return Text::catalog(link.purpose);
    return Text::phrase("Firewall", QT_TRANSLATE_NOOP("Firewall", "%1 %2"),
                        {Text::catalog(link.purpose), Text::catalog(node.note)});
}

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
    std::function<void(const Requirement &, const Guard &, const Text &)> leafFound;

    void walk(const Requirement &node, Guard guard, const Text &need)
    {
        for (auto it = node.when.cbegin(); it != node.when.cend(); ++it)
            guard.insert(it.key(), it.value());
        if (node.isPort()) {
            leafFound(node, guard,
                      link.optional            ? firewallText(QT_TRANSLATE_NOOP("Firewall", "optional"))
                      : node.isInformational() ? firewallText(QT_TRANSLATE_NOOP("Firewall", "after login"))
                                               : need);
            return;
        }
        for (qsizetype i = 0; i < node.children.size(); ++i) {
            Text childNeed = need;
            const QStringList alts = node.kind == Requirement::Kind::AnyOf
                                         ? alternatives(node, node.children.at(i))
                                         : QStringList();
            if (alts.size() > 1) {
                childNeed = firewallText(QT_TRANSLATE_NOOP("Firewall", "one of %1"),
                                         {Text::plain(alts.join(u", "_s))});
                if (!node.fallback.isEmpty() && i > 0)
                    childNeed = firewallText(QT_TRANSLATE_NOOP("Firewall", "%1 (fallback)"), {childNeed});
            }
            walk(node.children.at(i), guard, childNeed);
        }
    }
};

Text roleName(const Catalog &catalog, const QString &id)
{
    const Role *role = catalog.role(id);
    return Text::catalog(role ? role->name : id);
}

} // namespace

QList<FirewallRule> firewallRules(const Catalog &catalog)
{
    QList<FirewallRule> rules;
    for (const Link &link : catalog.links) {
        Walker w{link, {}};
        w.leafFound = [&](const Requirement &node, const Guard &guard, const Text &need) {
            FirewallRule r;
            r.link = link.id;
            r.fromId = link.from;
            r.toId = link.to;
            r.from = roleName(catalog, link.from);
            r.to = roleName(catalog, link.to);
            r.port = node.portText();
            r.protocol = Text::catalog(link.protocol);
            r.probe = probeKindId(node.probe);
            r.when = catalog.describeWhen(link);
            if (!guard.isEmpty())
                r.when = Text::sentences({r.when, catalog.describeGuard(guard)});
            r.need = need;
            r.purpose = purposeOf(link, node);
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
        w.walk(link.requirement, Guard(), required()); // describeWhen() covers link.when
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
            w.leafFound = [&](const Requirement &node, const Guard &, const Text &need) {
                FirewallRequestRow r;
                r.link = link->id;
                r.sourceRole = roleName(catalog, link->from);
                r.source = run ? Text::plain(run->meta.host)
                               : firewallText(QT_TRANSLATE_NOOP("Firewall", "every %1"), {r.sourceRole});
                r.destinationRole = roleName(catalog, link->to);
                r.destination = item.host;
                r.port = node.portText();
                r.protocol = probeKindId(node.probe);
                r.purpose = purposeOf(*link, node);
                r.need = need;
                if (node.isInformational()) {
                    r.found = firewallText(QT_TRANSLATE_NOOP("Firewall", "cannot be probed anonymously"));
                } else {
                    const Check *check = nullptr;
                    for (const int i : item.checks) {
                        if (plan.checks.at(i).catalogPort == node.port &&
                            plan.checks.at(i).probe == node.probe)
                            check = &plan.checks.at(i);
                    }
                    if (check && check->port != check->catalogPort)
                        r.testedPort = QString::number(check->port);
                    const ResultIndex &results = indexes[run];
                    if (!check || !run) {
                        r.found = firewallText(QT_TRANSLATE_NOOP("Firewall", "not tested from here"));
                    } else if (const auto it = results.constFind(check->probeKey()); it == results.cend()) {
                        r.found = firewallText(QT_TRANSLATE_NOOP("Firewall", "not tested (run cancelled)"));
                    } else {
                        r.found = it->state == ProbeState::Open
                                      ? Text::list({probeStateText(it->state), serviceStateText(it->service)})
                                      : probeStateText(it->state);
                        r.changeNeeded = it->state == ProbeState::Refused ||
                                         it->state == ProbeState::Filtered ||
                                         it->state == ProbeState::Unreachable;
                    }
                }
                const QString key =
                    r.source.english() + u'|' + r.destination + u'|' + r.port + u'|' + r.protocol;
                if (!seen.contains(key)) {
                    seen.insert(key);
                    rows.append(r);
                }
            };
            w.walk(item.requirement, Guard(), required());
        }
    }
    return rows;
}

Text portText(const FirewallRequestRow &row)
{
    if (row.testedPort.isEmpty())
        return Text::plain(row.port);
    return firewallText(QT_TRANSLATE_NOOP("Firewall", "%1 (tested on %2)"),
                        {Text::plain(row.port), Text::plain(row.testedPort)});
}

QString firewallRequestCsv(const QList<FirewallRequestRow> &rows)
{
    QString out = csvRow({u"source"_s, u"source role"_s, u"destination"_s, u"destination role"_s, u"port"_s,
                          u"transport"_s, u"protocol"_s, u"need"_s, u"state found"_s, u"change needed"_s,
                          u"purpose"_s, u"link"_s});
    for (const FirewallRequestRow &r : rows) {
        out += csvRow({r.source.english(), r.sourceRole.english(), r.destination, r.destinationRole.english(),
                       portText(r).english(), u"TCP"_s, r.protocol, r.need.english(), r.found.english(),
                       r.changeNeeded ? u"yes"_s : u"no"_s, r.purpose.english(), r.link});
    }
    return out;
}

QString firewallRulesCsv(const QList<FirewallRule> &rules)
{
    QString out = csvRow({u"from"_s, u"to"_s, u"port"_s, u"transport"_s, u"protocol"_s, u"probe"_s, u"need"_s,
                          u"when required"_s, u"purpose"_s, u"link"_s, u"source"_s, u"inferred"_s});
    for (const FirewallRule &r : rules) {
        out += csvRow({r.from.english(), r.to.english(), r.port, u"TCP"_s, r.protocol.english(), r.probe,
                       r.need.english(), r.when.english(), r.purpose.english(), r.link, r.sources,
                       r.inferred ? u"yes"_s : u"no"_s});
    }
    return out;
}

} // namespace PortCheck
