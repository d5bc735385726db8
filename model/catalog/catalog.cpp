#include "catalog.h"

#include <algorithm>

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

QStringList Catalog::defaultComponents() const
{
    QStringList ids;
    for (const Component &c : components) {
        if (c.always || c.enabledByDefault)
            ids << c.id;
    }
    return ids;
}

QString Catalog::remediationFor(const Link &link, ProbeKind kind, const QString &failureId, quint16 port,
                                const QString &host) const
{
    QString text = link.remediation.value(failureId);
    if (text.isEmpty())
        text = remediation.value(kind).value(failureId);
    if (text.isEmpty())
        text = remediation.value(ProbeKind::Tcp).value(failureId);
    if (text.isEmpty())
        return {};
    const Role *from = role(link.from);
    const Role *to = role(link.to);
    text.replace(u"{port}"_s, QString::number(port));
    text.replace(u"{from}"_s, from ? from->name : link.from);
    text.replace(u"{to}"_s, to ? to->name : link.to);
    text.replace(u"{host}"_s, host);
    return text;
}

QString Catalog::describeGuard(const Guard &guard) const
{
    QStringList parts;
    for (auto it = guard.cbegin(); it != guard.cend(); ++it) {
        const Option *o = option(it.key());
        QStringList names;
        for (const QString &v : it.value()) {
            const OptionValue *ov = o ? o->value(v) : nullptr;
            names << (ov ? ov->name : v);
        }
        parts << (o ? o->name : it.key()) + u": "_s + names.join(u" or "_s);
    }
    return parts.join(u"; "_s);
}

QString Catalog::describeWhen(const Link &link) const
{
    const Component *c = component(link.component);
    QString text = c ? (c->always ? u"always"_s : c->name + u" deployed"_s) : link.component;
    if (!link.when.isEmpty())
        text += u"; "_s + describeGuard(link.when);
    if (link.optional)
        text += u" (optional)"_s;
    return text;
}

} // namespace PortCheck
