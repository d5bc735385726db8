#include "firewallrequest.h"

#include "csv.h"

using namespace Qt::StringLiterals;

namespace PortCheck {

namespace {

struct Walker
{
    const Catalog &catalog;
    const Link &link;
    QList<FirewallRule> &out;

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

    void walk(const Requirement &node, Guard guard, const QString &need)
    {
        for (auto it = node.when.cbegin(); it != node.when.cend(); ++it)
            guard.insert(it.key(), it.value());
        if (node.isPort()) {
            FirewallRule r;
            r.link = link.id;
            r.fromId = link.from;
            r.toId = link.to;
            const Role *from = catalog.role(link.from);
            const Role *to = catalog.role(link.to);
            r.from = from ? from->name : link.from;
            r.to = to ? to->name : link.to;
            r.port = node.portText();
            r.protocol = link.protocol;
            r.probe = probeKindId(node.probe);
            r.when = catalog.describeWhen(link);
            if (!guard.isEmpty())
                r.when += u"; "_s + catalog.describeGuard(guard);
            r.need = link.optional ? u"optional"_s : node.isInformational() ? u"after login"_s : need;
            r.purpose = node.note.isEmpty() ? link.purpose : link.purpose + u' ' + node.note;
            QStringList titles;
            for (const QString &id : link.sources) {
                const Source *s = catalog.source(id);
                titles << (s ? s->title : id);
            }
            r.sources = titles.join(u"; "_s);
            r.sourceIds = link.sources.join(u", "_s);
            r.inferred = link.inferred;
            out.append(r);
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

} // namespace

QList<FirewallRule> firewallRules(const Catalog &catalog)
{
    QList<FirewallRule> rules;
    for (const Link &link : catalog.links) {
        Walker w{catalog, link, rules};
        w.walk(link.requirement, Guard(), u"required"_s); // describeWhen() covers link.when
    }
    return rules;
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
