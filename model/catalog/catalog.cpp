#include "model/catalog/catalog.h"

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace PortCheck {

namespace {
template <typename T> const T *findById(const QList<T> &list, const QString &id)
{
    const auto it = std::find_if(list.cbegin(), list.cend(), [&](const T &item) { return item.id == id; });
    return it == list.cend() ? nullptr : &*it;
}
} // namespace

bool guardMatches(const Guard &guard, const OptionValues &options)
{
    for (auto it = guard.cbegin(); it != guard.cend(); ++it) {
        if (!it.value().contains(options.value(it.key())))
            return false;
    }
    return true;
}

QString Requirement::portText() const
{
    if (portEnd > port)
        return QString::number(port) + u'-' + QString::number(portEnd);
    return QString::number(port);
}

bool Requirement::resolve(const OptionValues &options, Requirement *out) const
{
    if (!guardMatches(when, options))
        return false;
    *out = *this;
    out->when.clear();
    if (isPort())
        return true;
    out->children.clear();
    for (const Requirement &child : children) {
        Requirement resolved;
        if (child.resolve(options, &resolved))
            out->children.append(resolved);
    }
    return !out->children.isEmpty();
}

QList<const Requirement *> Requirement::leaves() const
{
    if (isPort())
        return {this};
    QList<const Requirement *> out;
    for (const Requirement &child : children)
        out += child.leaves();
    return out;
}

const OptionValue *Option::value(const QString &valueId) const
{
    return findById(values, valueId);
}

const Role *Catalog::role(const QString &roleId) const
{
    return findById(roles, roleId);
}
const Option *Catalog::option(const QString &optionId) const
{
    return findById(options, optionId);
}
const Component *Catalog::component(const QString &componentId) const
{
    return findById(components, componentId);
}
const Source *Catalog::source(const QString &sourceId) const
{
    return findById(sources, sourceId);
}
const Link *Catalog::link(const QString &linkId) const
{
    return findById(links, linkId);
}

OptionValues Catalog::defaultOptions() const
{
    OptionValues values;
    for (const Option &o : options)
        values.insert(o.id, o.defaultValue);
    return values;
}

QString EndpointSet::probeName(const QString &url) const
{
    if (!url.contains(u'*'))
        return url;
    return probeAs.value(url);
}

QString EndpointList::origin(const QString &cloud) const
{
    if (const auto it = imported.constFind(cloud); it != imported.cend())
        return u"imported from "_s + *it;
    return u"built-in list of "_s + snapshot;
}

QList<const EndpointSet *> Catalog::endpointSets(const QString &roleId, const OptionValues &values) const
{
    const QString cloud = values.value(u"cloud"_s, u"worldwide"_s);
    QList<const EndpointSet *> out;
    for (const EndpointSet &set : endpoints.sets) {
        if (set.role == roleId && set.cloud == cloud)
            out << &set;
    }
    return out;
}

QStringList Catalog::defaultHosts(const QString &roleId, const OptionValues &values) const
{
    QStringList hosts;
    for (const EndpointSet *set : endpointSets(roleId, values)) {
        for (const QString &url : set->urls) {
            const QString name = set->probeName(url);
            if (!name.isEmpty() && !hosts.contains(name, Qt::CaseInsensitive))
                hosts << name;
        }
    }
    if (hosts.isEmpty()) {
        if (const Role *r = role(roleId))
            hosts = r->defaultHosts;
    }
    return hosts;
}

namespace {
void collectGuardOptions(const Guard &when, const OptionValues &current, QSet<QString> *out)
{
    for (auto it = when.cbegin(); it != when.cend(); ++it) {
        bool othersHold = true;
        for (auto other = when.cbegin(); other != when.cend() && othersHold; ++other)
            othersHold = other == it || other.value().contains(current.value(other.key()));
        if (othersHold)
            out->insert(it.key());
    }
}

void collectGuardOptions(const Requirement &r, const OptionValues &current, QSet<QString> *out)
{
    collectGuardOptions(r.when, current, out);
    for (const Requirement &child : r.children)
        collectGuardOptions(child, current, out);
}
} // namespace

QSet<QString> Catalog::optionsThatMatter(const QStringList &enabled, const OptionValues &current) const
{
    QSet<QString> relevant;
    for (const Link &link : links) {
        if (!enabled.contains(link.component))
            continue;
        collectGuardOptions(link.when, current, &relevant);
        collectGuardOptions(link.requirement, current, &relevant);
        if (std::any_of(endpoints.sets.cbegin(), endpoints.sets.cend(),
                        [&](const EndpointSet &set) { return set.role == link.to; }))
            relevant.insert(u"cloud"_s);
    }
    return relevant;
}

QStringList Catalog::defaultComponents() const
{
    QStringList ids;
    for (const Component &c : components) {
        if (c.always || c.enabledByDefault)
            ids << c.id;
    }
    return ids;
}

QString Catalog::remediationTemplate(const Link &link, ProbeKind kind, const QString &failureId) const
{
    QString text = link.remediation.value(failureId);
    if (text.isEmpty())
        text = remediation.value(kind).value(failureId);
    if (text.isEmpty())
        text = remediation.value(ProbeKind::Tcp).value(failureId);
    return text;
}

Text Catalog::fillRemediation(const QString &templateText, const Link &link, const QString &ports,
                              const QString &host) const
{
    if (templateText.isEmpty())
        return {};
    const Role *from = role(link.from);
    const Role *to = role(link.to);
    return Text::catalog(templateText, {{u"port"_s, Text::plain(ports)},
                                        {u"from"_s, Text::catalog(from ? from->name : link.from)},
                                        {u"to"_s, Text::catalog(to ? to->name : link.to)},
                                        {u"host"_s, Text::plain(host)}});
}

Text Catalog::remediationFor(const Link &link, ProbeKind kind, const QString &failureId, quint16 port,
                             const QString &host) const
{
    return fillRemediation(remediationTemplate(link, kind, failureId), link, QString::number(port), host);
}

Text Catalog::linkName(const Link &link) const
{
    return Text::catalog(link.name.isEmpty() ? link.protocol : link.name);
}

Text Catalog::linkTitle(const QString &linkId) const
{
    const Link *l = link(linkId);
    if (!l)
        return Text::plain(linkId);
    const Role *from = role(l->from);
    const Role *to = role(l->to);
    return Text::phrase(
        "Verdict", QT_TRANSLATE_NOOP("Verdict", "%1 → %2: %3"),
        {Text::catalog(from ? from->name : l->from), Text::catalog(to ? to->name : l->to), linkName(*l)});
}

QStringList Catalog::texts() const
{
    QStringList out;
    const auto add = [&out](const QString &text) {
        if (!text.isEmpty() && !out.contains(text))
            out << text;
    };
    add(title);
    for (const Role &r : roles) {
        add(r.name);
        add(r.description);
    }
    for (const Option &o : options) {
        add(o.name);
        add(o.description);
        for (const OptionValue &v : o.values) {
            add(v.name);
            add(v.description);
        }
    }
    for (const Component &c : components) {
        add(c.name);
        add(c.description);
    }
    for (const auto &byFailure : remediation) {
        for (const QString &text : byFailure)
            add(text);
    }
    const std::function<void(const Requirement &)> walk = [&](const Requirement &node) {
        add(node.note);
        add(node.fallback);
        for (const Requirement &child : node.children)
            walk(child);
    };
    for (const Link &l : links) {
        add(l.name);
        add(l.protocol);
        add(l.purpose);
        walk(l.requirement);
        for (const QString &text : l.remediation)
            add(text);
    }
    return out;
}

Text Catalog::describeGuard(const Guard &guard) const
{
    QList<Text> parts;
    for (auto it = guard.cbegin(); it != guard.cend(); ++it) {
        const Option *o = option(it.key());
        Text names;
        for (const QString &v : it.value()) {
            const OptionValue *ov = o ? o->value(v) : nullptr;
            const Text name = Text::catalog(ov ? ov->name : v);
            names = names.isEmpty()
                        ? name
                        : Text::phrase("Firewall", QT_TRANSLATE_NOOP("Firewall", "%1 or %2"), {names, name});
        }
        parts << Text::phrase("Firewall", QT_TRANSLATE_NOOP("Firewall", "%1: %2"),
                              {Text::catalog(o ? o->name : it.key()), names});
    }
    return Text::sentences(parts);
}

Text Catalog::describeWhen(const Link &link) const
{
    const Component *c = component(link.component);
    Text text = !c          ? Text::plain(link.component)
                : c->always ? Text::phrase("Firewall", QT_TRANSLATE_NOOP("Firewall", "always"))
                            : Text::phrase("Firewall", QT_TRANSLATE_NOOP("Firewall", "%1 deployed"),
                                           {Text::catalog(c->name)});
    if (!link.when.isEmpty())
        text = Text::sentences({text, describeGuard(link.when)});
    if (link.optional)
        text = Text::phrase("Firewall", QT_TRANSLATE_NOOP("Firewall", "%1 (optional)"), {text});
    return text;
}

} // namespace PortCheck
