// The catalog's firewall rules: every link's ports as the vendor's table and the inferred
// dependencies state them, before anything is tested (`catalog`, the report's appendix).

#include "model/export/csv.h"
#include "model/export/firewallparts.h"
#include "model/export/firewallrequest.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace PortCheck {

namespace {

using namespace FirewallParts;

// The ports of a leaf or group, "389+3268".
QString portsOf(const Requirement &node)
{
    QStringList ports;
    for (const Requirement *leaf : node.leaves())
        ports << leaf->portText();
    return ports.join(u'+');
}

// The option ids a requirement's guards name, in catalog order.
QStringList guardedOptions(const Catalog &catalog, const Requirement &node)
{
    QSet<QString> ids;
    const std::function<void(const Requirement &)> walk = [&](const Requirement &n) {
        for (auto it = n.when.cbegin(); it != n.when.cend(); ++it)
            ids.insert(it.key());
        for (const Requirement &c : n.children)
            walk(c);
    };
    walk(node);
    QStringList out;
    for (const Option &o : catalog.options) {
        if (ids.contains(o.id))
            out << o.id;
    }
    return out;
}

struct Classified
{
    const Requirement *leaf;
    QString needId;
    Text need;
};

// The catalog's view of a resolved requirement with nothing known: every first choice is needed
// (what the run's request asks for when nothing was tested); later alternatives and fallbacks
// are named for what they stand in for.
void classify(const Link &link, const Requirement &node, const QString &needId, const Text &need,
              QList<Classified> *out)
{
    if (node.isPort()) {
        if (node.isInformational() && needId == u"required"_s)
            out->append({&node, needId, firewallText(QT_TRANSLATE_NOOP("Firewall", "required after login"))});
        else
            out->append({&node, needId, need});
        return;
    }
    for (qsizetype i = 0; i < node.children.size(); ++i) {
        const Requirement &child = node.children.at(i);
        if (node.kind == Requirement::Kind::AllOf || i == 0) {
            classify(link, child, needId, need, out);
        } else if (!node.fallback.isEmpty()) {
            classify(link, child, u"fallback"_s,
                     firewallText(QT_TRANSLATE_NOOP("Firewall", "fallback when %1 fails"),
                                  {Text::plain(portsOf(node.children.constFirst()))}),
                     out);
        } else {
            classify(link, child, u"alternative"_s,
                     firewallText(QT_TRANSLATE_NOOP("Firewall", "alternative to %1"),
                                  {Text::plain(portsOf(node.children.constFirst()))}),
                     out);
        }
    }
}

} // namespace

QList<FirewallRule> firewallRules(const Catalog &catalog)
{
    QList<FirewallRule> rules;
    for (const Link &link : catalog.links) {
        // Every combination of the values of the options this link's guards name (one option per
        // link in the built-in catalog; a row's guard is the union of the values it appears under).
        const QStringList optionIds = guardedOptions(catalog, link.requirement);
        QList<OptionValues> combos{catalog.defaultOptions()};
        for (const QString &id : optionIds) {
            QList<OptionValues> next;
            for (const OptionValues &base : std::as_const(combos)) {
                for (const OptionValue &v : catalog.option(id)->values) {
                    OptionValues o = base;
                    o.insert(id, v.id);
                    next << o;
                }
            }
            combos = next;
        }
        QList<FirewallRule> linkRules;
        for (const OptionValues &options : std::as_const(combos)) {
            Requirement resolved;
            if (!link.requirement.resolve(options, &resolved))
                continue;
            QList<Classified> leaves;
            classify(link, resolved, link.optional ? u"optional"_s : u"required"_s,
                     firewallText(link.optional ? QT_TRANSLATE_NOOP("Firewall", "optional")
                                                : QT_TRANSLATE_NOOP("Firewall", "required")),
                     &leaves);
            for (const Classified &c : std::as_const(leaves)) {
                const auto same =
                    std::find_if(linkRules.begin(), linkRules.end(), [&](const FirewallRule &r) {
                        // Leaves with their own note stay apart: one range may be needed under
                        // two guards of different options (Redirect; Default inside Azure).
                        return r.port == c.leaf->portText() && r.probe == probeKindId(c.leaf->probe) &&
                               r.need.english() == c.need.english() &&
                               r.purpose.english() == purposeOf(link, *c.leaf).english();
                    });
                if (same != linkRules.end()) {
                    for (const QString &id : optionIds) {
                        if (!same->guard[id].contains(options.value(id)))
                            same->guard[id] << options.value(id);
                    }
                    continue;
                }
                FirewallRule r;
                r.link = link.id;
                r.fromId = link.from;
                r.toId = link.to;
                r.from = roleName(catalog, link.from);
                r.to = roleName(catalog, link.to);
                r.port = c.leaf->portText();
                r.protocol = Text::catalog(link.protocol);
                r.probe = probeKindId(c.leaf->probe);
                for (const QString &id : optionIds)
                    r.guard.insert(id, {options.value(id)});
                r.needId = c.needId;
                r.need = c.need;
                r.purpose = purposeOf(link, *c.leaf);
                QStringList titles;
                for (const QString &id : link.sourcesFor(*c.leaf)) {
                    const Source *src = catalog.source(id);
                    titles << (src ? src->title : id);
                }
                r.sources = titles.join(u"; "_s);
                r.sourceIds = link.sourcesFor(*c.leaf).join(u", "_s);
                r.inferred = link.inferred;
                linkRules.append(r);
            }
        }
        for (FirewallRule &r : linkRules) {
            // A guard that lists every value of its option says nothing.
            for (auto it = r.guard.begin(); it != r.guard.end();) {
                const Option *o = catalog.option(it.key());
                if (o && it.value().size() == o->values.size())
                    it = r.guard.erase(it);
                else
                    ++it;
            }
            r.when = catalog.describeWhen(link);
            if (!r.guard.isEmpty())
                r.when = Text::sentences({r.when, catalog.describeGuard(r.guard)});
        }
        // Toward Microsoft's published names: one rule per endpoint set, for the cloud it lists.
        QList<FirewallRule> perSet;
        const Option *cloudOption = catalog.option(u"cloud"_s);
        for (const FirewallRule &r : std::as_const(linkRules)) {
            bool any = false;
            QStringList uncovered;
            if (cloudOption) {
                for (const OptionValue &v : cloudOption->values)
                    uncovered << v.id;
            }
            for (const EndpointSet &set : catalog.endpoints.sets) {
                if (set.role != link.to)
                    continue;
                any = true;
                uncovered.removeAll(set.cloud);
                FirewallRule s = r;
                s.endpointSet = set.id > 0 ? QString::number(set.id) : u"-"_s;
                s.destinations = set.urls;
                s.guard.insert(u"cloud"_s, {set.cloud});
                s.when = Text::sentences({catalog.describeWhen(link), catalog.describeGuard(s.guard)});
                perSet << s;
            }
            if (!any) {
                perSet << r;
            } else if (!uncovered.isEmpty()) {
                // Clouds whose list names nobody for this role: the hosts the profile names.
                FirewallRule s = r;
                s.guard.insert(u"cloud"_s, uncovered);
                s.when = Text::sentences({catalog.describeWhen(link), catalog.describeGuard(s.guard)});
                perSet << s;
            }
        }
        rules += perSet;
    }
    return rules;
}

QString firewallRulesCsv(const QList<FirewallRule> &rules)
{
    QString out = csvRow({u"from"_s, u"to"_s, u"port"_s, u"transport"_s, u"protocol"_s, u"probe"_s, u"need"_s,
                          u"when required"_s, u"purpose"_s, u"link"_s, u"source"_s, u"inferred"_s,
                          u"m365 set"_s, u"destinations"_s});
    for (const FirewallRule &r : rules) {
        out += csvRow({r.from.english(), r.to.english(), r.port, u"TCP"_s, r.protocol.english(), r.probe,
                       r.need.english(), r.when.english(), r.purpose.english(), r.link, r.sources,
                       r.inferred ? u"yes"_s : u"no"_s, r.endpointSet, r.destinations.join(u' ')});
    }
    return out;
}

} // namespace PortCheck
