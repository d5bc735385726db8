#include "model/catalog/catalogloader.h"

#include "model/catalog/m365endpoints.h"
#include "model/inputfile.h"
#include "model/logging.h"
#include "model/yamlreader.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace PortCheck {

namespace {

const QRegularExpression &idPattern()
{
    static const QRegularExpression re(u"^[a-z][a-z0-9]*(-[a-z0-9]+)*$"_s);
    return re;
}

class CatalogParser
{
public:
    CatalogParser(YamlReader &reader, Catalog &catalog)
        : r(reader)
        , c(catalog)
    {}

    void parse(const YAML::Node &root)
    {
        if (!r.expectMap(root, u"the catalog file"_s))
            return;
        r.checkKeys(root,
                    {u"catalog"_s, u"sources"_s, u"roles"_s, u"options"_s, u"components"_s, u"probes"_s,
                     u"links"_s, u"endpoint-sets"_s},
                    u"the catalog"_s);
        r.requireKeys(root, {u"catalog"_s, u"roles"_s, u"components"_s, u"links"_s}, u"the catalog"_s);
        parseHeader(root["catalog"]);
        parseSources(root["sources"]);
        parseRoles(root["roles"]);
        parseOptions(root["options"]);
        parseComponents(root["components"]);
        parseProbes(root["probes"]);
        parseLinks(root["links"]);
        parseEndpointSets(root["endpoint-sets"]);
    }

private:
    // Reads `id` of a list entry, checks its form and that it is unique within `seen`.
    QString entryId(const YAML::Node &entry, const QString &what, QSet<QString> &seen)
    {
        const YAML::Node node = entry["id"];
        if (!node) {
            r.error(entry,
                    what + u" lacks the key 'id', expected a lower-case id like 'domain-controller'"_s);
            return {};
        }
        const std::optional<QString> id = r.scalar(node, what + u" id"_s);
        if (!id)
            return {};
        if (!idPattern().match(*id).hasMatch()) {
            r.error(node, u"bad id '"_s + *id + u"' for "_s + what +
                              u", expected lower-case letters, digits and single hyphens"_s);
            return {};
        }
        if (seen.contains(*id)) {
            r.error(node, u"duplicate id '"_s + *id + u"': another "_s + what + u" already uses it"_s);
            return {};
        }
        seen.insert(*id);
        return *id;
    }

    void parseHeader(const YAML::Node &node)
    {
        if (!node || !r.expectMap(node, u"'catalog'"_s))
            return;
        r.checkKeys(node, {u"id"_s, u"version"_s, u"title"_s}, u"'catalog'"_s);
        r.requireKeys(node, {u"id"_s, u"version"_s}, u"'catalog'"_s);
        c.id = r.string(node, "id", u"catalog id"_s).value_or(QString());
        c.version = r.string(node, "version", u"catalog version"_s).value_or(QString());
        c.title = r.string(node, "title", u"catalog title"_s).value_or(QString());
    }

    void parseSources(const YAML::Node &node)
    {
        if (!node || !r.expectSequence(node, u"'sources'"_s))
            return;
        QSet<QString> seen;
        for (const YAML::Node &entry : node) {
            if (!r.expectMap(entry, u"a source"_s))
                continue;
            r.checkKeys(entry, {u"id"_s, u"title"_s, u"url"_s}, u"a source"_s);
            Source s;
            s.id = entryId(entry, u"source"_s, seen);
            s.title = r.string(entry, "title", u"source title"_s).value_or(QString());
            if (entry["url"]) {
                const QString url = r.string(entry, "url", u"source url"_s).value_or(QString());
                const QUrl parsed(url, QUrl::StrictMode);
                if (parsed.isValid() && parsed.scheme() == u"https"_s && !parsed.host().isEmpty() &&
                    parsed.userInfo().isEmpty())
                    s.url = url;
                else
                    r.error(entry["url"],
                            u"bad source url '"_s + url.left(200) + u"', expected an https:// address"_s);
            }
            if (!s.id.isEmpty())
                c.sources.append(s);
        }
    }

    void parseRoles(const YAML::Node &node)
    {
        if (!node || !r.expectSequence(node, u"'roles'"_s))
            return;
        QSet<QString> seen;
        for (const YAML::Node &entry : node) {
            if (!r.expectMap(entry, u"a role"_s))
                continue;
            r.checkKeys(entry,
                        {u"id"_s, u"name"_s, u"description"_s, u"side"_s, u"multiple"_s, u"default-hosts"_s,
                         u"internet"_s, u"tls-issuers"_s},
                        u"a role"_s);
            Role role;
            role.id = entryId(entry, u"role"_s, seen);
            role.name = r.string(entry, "name", u"role name"_s).value_or(role.id);
            role.description = r.string(entry, "description", u"role description"_s).value_or(QString());
            role.multiple = r.boolean(entry, "multiple", u"'multiple'"_s).value_or(false);
            role.internet = r.boolean(entry, "internet", u"'internet'"_s).value_or(false);
            if (const YAML::Node issuers = entry["tls-issuers"];
                issuers && r.expectMap(issuers, u"'tls-issuers'"_s)) {
                r.checkKeys(issuers, {u"names"_s, u"source"_s}, u"'tls-issuers'"_s);
                if (const YAML::Node names = issuers["names"])
                    role.tlsIssuers = r.stringList(names, u"'names'"_s);
                role.tlsIssuersSource = r.string(issuers, "source", u"'source'"_s).value_or(QString());
                if (!role.tlsIssuersSource.isEmpty() && !c.source(role.tlsIssuersSource))
                    r.error(issuers, u"unknown source '"_s + role.tlsIssuersSource +
                                         u"', expected the id of an entry in 'sources'"_s);
                if (role.tlsIssuers.isEmpty())
                    r.error(issuers, u"'tls-issuers' needs 'names': the CA names its chains end in"_s);
            }
            if (const YAML::Node side = entry["side"]) {
                const QString s = r.scalar(side, u"'side'"_s).value_or(QString());
                if (s == u"source"_s)
                    role.side = Role::Side::Source;
                else if (s == u"target"_s)
                    role.side = Role::Side::Target;
                else if (s == u"both"_s)
                    role.side = Role::Side::Both;
                else if (!s.isEmpty())
                    r.error(side, u"unknown side '"_s + s + u"', expected 'source', 'target' or 'both'"_s);
            }
            if (const YAML::Node hosts = entry["default-hosts"])
                role.defaultHosts = r.stringList(hosts, u"'default-hosts'"_s);
            if (!role.id.isEmpty())
                c.roles.append(role);
        }
    }

    void parseOptions(const YAML::Node &node)
    {
        if (!node || !r.expectSequence(node, u"'options'"_s))
            return;
        QSet<QString> seen;
        for (const YAML::Node &entry : node) {
            if (!r.expectMap(entry, u"an option"_s))
                continue;
            r.checkKeys(entry, {u"id"_s, u"name"_s, u"description"_s, u"default"_s, u"values"_s},
                        u"an option"_s);
            r.requireKeys(entry, {u"default"_s, u"values"_s}, u"an option"_s);
            Option o;
            o.id = entryId(entry, u"option"_s, seen);
            o.name = r.string(entry, "name", u"option name"_s).value_or(o.id);
            o.description = r.string(entry, "description", u"option description"_s).value_or(QString());
            QSet<QString> seenValues;
            const YAML::Node values = entry["values"];
            if (values && r.expectSequence(values, u"option values"_s)) {
                if (values.size() == 0)
                    r.error(values, u"option '"_s + o.id + u"' has no values, expected at least one"_s);
                for (const YAML::Node &v : values) {
                    if (!r.expectMap(v, u"an option value"_s))
                        continue;
                    r.checkKeys(v, {u"id"_s, u"name"_s, u"description"_s}, u"an option value"_s);
                    OptionValue ov;
                    ov.id = entryId(v, u"value of option '"_s + o.id + u'\'', seenValues);
                    ov.name = r.string(v, "name", u"value name"_s).value_or(ov.id);
                    ov.description = r.string(v, "description", u"value description"_s).value_or(QString());
                    if (!ov.id.isEmpty())
                        o.values.append(ov);
                }
            }
            if (const YAML::Node def = entry["default"]) {
                o.defaultValue = r.scalar(def, u"option default"_s).value_or(QString());
                if (!o.defaultValue.isEmpty() && !o.values.isEmpty() && !o.value(o.defaultValue))
                    r.error(def, valueError(o, o.defaultValue));
            }
            if (!o.id.isEmpty())
                c.options.append(o);
        }
    }

    void parseComponents(const YAML::Node &node)
    {
        if (!node || !r.expectSequence(node, u"'components'"_s))
            return;
        QSet<QString> seen;
        for (const YAML::Node &entry : node) {
            if (!r.expectMap(entry, u"a component"_s))
                continue;
            r.checkKeys(entry, {u"id"_s, u"name"_s, u"description"_s, u"always"_s, u"default"_s},
                        u"a component"_s);
            Component comp;
            comp.id = entryId(entry, u"component"_s, seen);
            comp.name = r.string(entry, "name", u"component name"_s).value_or(comp.id);
            comp.description = r.string(entry, "description", u"component description"_s).value_or(QString());
            comp.always = r.boolean(entry, "always", u"'always'"_s).value_or(false);
            comp.enabledByDefault = r.boolean(entry, "default", u"'default'"_s).value_or(false);
            if (!comp.id.isEmpty())
                c.components.append(comp);
        }
    }

    // failure id -> text
    QMap<QString, QString> parseRemediation(const YAML::Node &node, const QString &what)
    {
        QMap<QString, QString> out;
        if (!r.expectMap(node, what))
            return out;
        const QStringList failures = failureIds();
        for (auto it = node.begin(); it != node.end(); ++it) {
            const QString failure = YamlReader::key(it);
            if (!failures.contains(failure)) {
                r.error(it->first, u"unknown failure state '"_s + failure + u"' in "_s + what +
                                       u", expected one of: "_s + failures.join(u", "_s));
                continue;
            }
            if (const auto text = r.scalar(it->second, u"remediation text"_s))
                out.insert(failure, *text);
        }
        return out;
    }

    void parseProbes(const YAML::Node &node)
    {
        if (!node || !r.expectMap(node, u"'probes'"_s))
            return;
        for (auto it = node.begin(); it != node.end(); ++it) {
            const QString id = YamlReader::key(it);
            const std::optional<ProbeKind> kind = probeKindFromId(id);
            if (!kind || *kind == ProbeKind::None) {
                r.error(it->first, u"unknown probe kind '"_s + id + u"', expected one of: "_s +
                                       realKinds().join(u", "_s));
                continue;
            }
            c.remediation.insert(*kind, parseRemediation(it->second, u"probe '"_s + id + u'\''));
        }
    }

    static QStringList realKinds()
    {
        QStringList kinds = probeKindIds();
        kinds.removeAll(u"none"_s);
        return kinds;
    }

    static QString valueError(const Option &o, const QString &value)
    {
        QStringList ids;
        for (const OptionValue &v : o.values)
            ids << v.id;
        return u"option '"_s + o.id + u"' has no value '"_s + value + u"', expected one of: "_s +
               ids.join(u", "_s);
    }

    Guard parseGuard(const YAML::Node &node)
    {
        Guard guard;
        if (!r.expectMap(node, u"'when'"_s))
            return guard;
        for (auto it = node.begin(); it != node.end(); ++it) {
            const QString optionId = YamlReader::key(it);
            const Option *o = c.option(optionId);
            if (!o) {
                QStringList ids;
                for (const Option &opt : c.options)
                    ids << opt.id;
                r.error(it->first, u"unknown option '"_s + optionId + u"' in 'when', expected one of: "_s +
                                       ids.join(u", "_s));
                continue;
            }
            const QStringList values = r.stringList(it->second, u"option value"_s);
            if (values.isEmpty())
                r.error(it->second, u"'when' names no value of option '"_s + optionId +
                                        u"', expected a value or a list of values"_s);
            for (const QString &v : values) {
                if (!o->value(v))
                    r.error(it->second, valueError(*o, v));
            }
            guard.insert(optionId, values);
        }
        return guard;
    }

    // "389", "389/ldap", "11000-11999"
    bool parsePortSpec(const YAML::Node &node, const QString &spec, Requirement &leaf, bool kindAllowed)
    {
        QString portPart = spec;
        QString kindPart;
        const qsizetype slash = spec.indexOf(u'/');
        if (slash >= 0) {
            if (!kindAllowed) {
                r.error(node, u"bad port '"_s + spec + u"', expected a number from 1 to 65535"_s);
                return false;
            }
            portPart = spec.left(slash);
            kindPart = spec.mid(slash + 1);
        }
        const QStringList range = portPart.split(u'-');
        bool ok1 = false;
        bool ok2 = true;
        const int first = range.value(0).toInt(&ok1);
        const int last = range.size() == 2 ? range.value(1).toInt(&ok2) : first;
        if (range.size() > 2 || !ok1 || !ok2 || first < 1 || first > 65535 || last < first || last > 65535) {
            r.error(node, u"bad port '"_s + portPart +
                              u"', expected a number from 1 to 65535 or a range like 11000-11999"_s);
            return false;
        }
        leaf.port = static_cast<quint16>(first);
        leaf.portEnd = static_cast<quint16>(last);
        leaf.probe = defaultKindForPort(leaf.port);
        if (!kindPart.isEmpty()) {
            const std::optional<ProbeKind> kind = probeKindFromId(kindPart);
            if (!kind) {
                r.error(node, u"unknown probe kind '"_s + kindPart + u"', expected one of: "_s +
                                  probeKindIds().join(u", "_s));
                return false;
            }
            leaf.probe = *kind;
        }
        return true;
    }

    bool parseRequirement(const YAML::Node &node, Requirement &out, int depth = 0)
    {
        out = Requirement();
        // YAML aliases repeat what their anchor holds without taking space in the file: anchors
        // nested 9 deep with 8 aliases each are 8^9 requirements from a few hundred bytes. Bound the
        // expanded total, not only the depth.
        if (++m_requirementNodes > kMaxRequirementNodes) {
            if (!m_tooManyRequirements)
                r.error(node,
                        u"the requirements expand to more than "_s + QString::number(kMaxRequirementNodes) +
                            u" ports and groups (YAML aliases repeat what their anchor holds): refused"_s);
            m_tooManyRequirements = true;
            return false;
        }
        if (depth > kMaxRequirementDepth) {
            r.error(node, u"requirements nest deeper than "_s + QString::number(kMaxRequirementDepth) +
                              u" levels of 'all-of' / 'any-of': refused"_s);
            return false;
        }
        if (node.IsScalar()) {
            out.kind = Requirement::Kind::Port;
            return parsePortSpec(node, YamlReader::text(node), out, true) && checkLeaf(node, out);
        }
        if (!node.IsMap()) {
            r.error(node, u"a requirement must be a port (389/ldap), a mapping with 'port', or 'all-of' / "
                          u"'any-of' with a list"_s);
            return false;
        }
        if (const YAML::Node when = node["when"])
            out.when = parseGuard(when);
        if (node["port"]) {
            r.checkKeys(node, {u"port"_s, u"probe"_s, u"when"_s, u"note"_s, u"sources"_s},
                        u"a port requirement"_s);
            out.sources = requirementSources(node);
            out.kind = Requirement::Kind::Port;
            bool ok = parsePortSpec(node["port"], YamlReader::text(node["port"]), out, false);
            if (const YAML::Node probe = node["probe"]) {
                const QString kind = r.scalar(probe, u"'probe'"_s).value_or(QString());
                if (const auto k = probeKindFromId(kind)) {
                    out.probe = *k;
                } else {
                    r.error(probe, u"unknown probe kind '"_s + kind + u"', expected one of: "_s +
                                       probeKindIds().join(u", "_s));
                    ok = false;
                }
            }
            out.note = r.string(node, "note", u"'note'"_s).value_or(QString());
            return ok && checkLeaf(node, out);
        }
        const bool allOf = bool(node["all-of"]);
        const bool anyOf = bool(node["any-of"]);
        if (allOf == anyOf) {
            r.error(node,
                    allOf
                        ? u"a requirement has both 'all-of' and 'any-of', expected exactly one"_s
                        : u"a requirement has neither 'port', 'all-of' nor 'any-of', expected one of them"_s);
            return false;
        }
        r.checkKeys(node, {allOf ? u"all-of"_s : u"any-of"_s, u"when"_s, u"fallback"_s, u"sources"_s},
                    u"a requirement"_s);
        out.sources = requirementSources(node);
        out.kind = allOf ? Requirement::Kind::AllOf : Requirement::Kind::AnyOf;
        if (allOf && node["fallback"])
            r.error(node["fallback"], u"'fallback' only applies to 'any-of', expected it beside 'any-of'"_s);
        out.fallback = r.string(node, "fallback", u"'fallback'"_s).value_or(QString());
        const YAML::Node list = node[allOf ? "all-of" : "any-of"];
        if (!r.expectSequence(list, allOf ? u"'all-of'"_s : u"'any-of'"_s))
            return false;
        if (list.size() == 0) {
            r.error(list, u"empty expression: '"_s + (allOf ? u"all-of"_s : u"any-of"_s) +
                              u"' has no entries, expected at least one port or group"_s);
            return false;
        }
        bool ok = true;
        for (const YAML::Node &child : list) {
            Requirement sub;
            if (parseRequirement(child, sub, depth + 1)) {
                if (sub.sources.isEmpty())
                    inheritSources(sub, out.sources);
                out.children.append(sub);
            } else {
                ok = false;
            }
        }
        return ok;
    }

    // A requirement's own 'sources': ids of entries in the catalog's 'sources'.
    QStringList requirementSources(const YAML::Node &node)
    {
        const YAML::Node sources = node["sources"];
        if (!sources)
            return {};
        const QStringList ids = r.stringList(sources, u"'sources'"_s);
        for (const QString &s : ids) {
            if (!c.source(s))
                r.error(sources,
                        u"unknown source '"_s + s + u"', expected the id of an entry in 'sources'"_s);
        }
        return ids;
    }

    static void inheritSources(Requirement &node, const QStringList &sources)
    {
        if (sources.isEmpty() || !node.sources.isEmpty())
            return;
        node.sources = sources;
        for (Requirement &child : node.children)
            inheritSources(child, sources);
    }

    bool checkLeaf(const YAML::Node &node, const Requirement &leaf)
    {
        if (leaf.probe == ProbeKind::None && leaf.note.isEmpty()) {
            r.error(node, u"a port with 'probe: none' cannot be tested, expected a 'note' that says why"_s);
            return false;
        }
        if (leaf.portEnd > leaf.port && leaf.probe != ProbeKind::None) {
            r.error(node, u"a port range cannot be probed, expected 'probe: none' and a 'note'"_s);
            return false;
        }
        return true;
    }

    void parseLinks(const YAML::Node &node)
    {
        if (!node || !r.expectSequence(node, u"'links'"_s))
            return;
        QSet<QString> seen;
        for (const YAML::Node &entry : node) {
            if (!r.expectMap(entry, u"a link"_s))
                continue;
            r.checkKeys(entry,
                        {u"id"_s, u"name"_s, u"from"_s, u"to"_s, u"component"_s, u"when"_s, u"optional"_s,
                         u"inferred"_s, u"tls-errors"_s, u"protocol"_s, u"purpose"_s, u"sources"_s,
                         u"requires"_s, u"remediation"_s, u"service-tag"_s},
                        u"a link"_s);
            r.requireKeys(entry, {u"from"_s, u"to"_s, u"component"_s, u"requires"_s}, u"a link"_s);
            Link link;
            link.id = entryId(entry, u"link"_s, seen);
            link.from = roleRef(entry["from"], u"'from'"_s);
            link.to = roleRef(entry["to"], u"'to'"_s);
            if (const YAML::Node comp = entry["component"]) {
                link.component = r.scalar(comp, u"'component'"_s).value_or(QString());
                if (!link.component.isEmpty() && !c.component(link.component)) {
                    QStringList ids;
                    for (const Component &cp : c.components)
                        ids << cp.id;
                    r.error(comp, u"unknown component '"_s + link.component + u"', expected one of: "_s +
                                      ids.join(u", "_s));
                }
            }
            if (const YAML::Node when = entry["when"])
                link.when = parseGuard(when);
            link.optional = r.boolean(entry, "optional", u"'optional'"_s).value_or(false);
            link.inferred = r.boolean(entry, "inferred", u"'inferred'"_s).value_or(false);
            link.name = r.string(entry, "name", u"'name'"_s).value_or(QString());
            if (const YAML::Node tls = entry["tls-errors"]) {
                const QString value = r.scalar(tls, u"'tls-errors'"_s).value_or(QString());
                if (value == u"warn"_s)
                    link.tlsErrorsWarn = true;
                else if (value != u"fail"_s)
                    r.error(tls, u"'tls-errors' is fail or warn, found '"_s + value + u"'"_s);
            }
            link.protocol = r.string(entry, "protocol", u"'protocol'"_s).value_or(QString());
            link.purpose = r.string(entry, "purpose", u"'purpose'"_s).value_or(QString());
            if (const YAML::Node sources = entry["sources"]) {
                link.sources = r.stringList(sources, u"'sources'"_s);
                for (const QString &s : std::as_const(link.sources)) {
                    if (!c.source(s))
                        r.error(sources,
                                u"unknown source '"_s + s + u"', expected the id of an entry in 'sources'"_s);
                }
            }
            if (link.sources.isEmpty() && !link.inferred)
                r.error(entry, u"link '"_s + link.id +
                                   u"' cites no source, expected 'sources' or 'inferred: true'"_s);
            if (const YAML::Node req = entry["requires"])
                parseRequirement(req, link.requirement);
            if (const YAML::Node rem = entry["remediation"])
                link.remediation = parseRemediation(rem, u"link '"_s + link.id + u"' remediation"_s);
            if (const YAML::Node tag = entry["service-tag"]; tag && r.expectMap(tag, u"'service-tag'"_s)) {
                r.checkKeys(tag, {u"name"_s, u"when"_s}, u"'service-tag'"_s);
                r.requireKeys(tag, {u"name"_s}, u"'service-tag'"_s);
                link.serviceTag = r.string(tag, "name", u"'name'"_s).value_or(QString());
                if (const YAML::Node when = tag["when"])
                    link.serviceTagWhen = parseGuard(when);
            }
            if (!link.id.isEmpty())
                c.links.append(link);
        }
    }

    // Microsoft's published endpoint sets, as its web service publishes them (id, category,
    // required, tcpPorts, urls, notes), each given the role and the cloud it belongs to.
    void parseEndpointSets(const YAML::Node &node)
    {
        if (!node || !r.expectMap(node, u"'endpoint-sets'"_s))
            return;
        r.checkKeys(node, {u"source"_s, u"snapshot"_s, u"sets"_s}, u"'endpoint-sets'"_s);
        r.requireKeys(node, {u"source"_s, u"snapshot"_s, u"sets"_s}, u"'endpoint-sets'"_s);
        c.endpoints.source = r.string(node, "source", u"'source'"_s).value_or(QString());
        if (!c.endpoints.source.isEmpty() && !c.source(c.endpoints.source))
            r.error(node["source"], u"unknown source '"_s + c.endpoints.source +
                                        u"', expected the id of an entry in 'sources'"_s);
        c.endpoints.snapshot = r.string(node, "snapshot", u"'snapshot'"_s).value_or(QString());
        const Option *cloud = c.option(u"cloud"_s);
        const YAML::Node sets = node["sets"];
        if (!sets || !r.expectSequence(sets, u"'sets'"_s))
            return;
        if (!cloud)
            r.error(node,
                    u"'endpoint-sets' needs an option 'cloud' whose values name the Microsoft clouds"_s);
        for (const YAML::Node &entry : sets) {
            if (!r.expectMap(entry, u"an endpoint set"_s))
                continue;
            r.checkKeys(entry,
                        {u"id"_s, u"cloud"_s, u"role"_s, u"category"_s, u"required"_s, u"tcp"_s, u"urls"_s,
                         u"probe-as"_s, u"notes"_s},
                        u"an endpoint set"_s);
            r.requireKeys(entry, {u"cloud"_s, u"role"_s, u"tcp"_s, u"urls"_s}, u"an endpoint set"_s);
            EndpointSet set;
            set.id = r.integer(entry, "id", 1, 1000000, u"the set id"_s).value_or(0);
            set.cloud = r.string(entry, "cloud", u"'cloud'"_s).value_or(QString());
            if (cloud && !set.cloud.isEmpty() && !cloud->value(set.cloud)) {
                QStringList ids;
                for (const OptionValue &v : cloud->values)
                    ids << v.id;
                r.error(entry["cloud"],
                        u"unknown cloud '"_s + set.cloud + u"', expected one of: "_s + ids.join(u", "_s));
            }
            set.role = roleRef(entry["role"], u"'role'"_s);
            set.category = r.string(entry, "category", u"'category'"_s).value_or(QString());
            set.required = r.boolean(entry, "required", u"'required'"_s).value_or(true);
            set.tcpPorts = r.string(entry, "tcp", u"'tcp'"_s).value_or(QString());
            if (!M365::isPortList(set.tcpPorts))
                r.error(entry["tcp"], u"bad port list '"_s + set.tcpPorts +
                                          u"', expected ports from 1 to 65535 separated by commas"_s);
            set.notes = r.string(entry, "notes", u"'notes'"_s).value_or(QString());
            if (const YAML::Node urls = entry["urls"])
                set.urls = r.stringList(urls, u"'urls'"_s);
            for (const QString &url : std::as_const(set.urls)) {
                if (!M365::isEndpointName(url))
                    r.error(entry["urls"],
                            u"bad name '"_s + url + u"', expected a DNS name, with at most one '*'"_s);
            }
            if (const YAML::Node probeAs = entry["probe-as"];
                probeAs && r.expectMap(probeAs, u"'probe-as'"_s)) {
                for (auto it = probeAs.begin(); it != probeAs.end(); ++it) {
                    const QString wildcard = YamlReader::key(it);
                    const QString name = r.scalar(it->second, u"'probe-as'"_s).value_or(QString());
                    if (!set.urls.contains(wildcard) || !wildcard.contains(u'*'))
                        r.error(it->first, u"'probe-as' names '"_s + wildcard +
                                               u"', expected a wildcard of this set's 'urls'"_s);
                    else if (name.contains(u'*') || !M365::isEndpointName(name))
                        r.error(it->second, u"bad name '"_s + name + u"' to probe for "_s + wildcard +
                                                u", expected a concrete DNS name"_s);
                    else
                        set.probeAs.insert(wildcard, name);
                }
            }
            c.endpoints.sets.append(set);
        }
    }

    QString roleRef(const YAML::Node &node, const QString &what)
    {
        if (!node)
            return {};
        const QString id = r.scalar(node, what).value_or(QString());
        if (!id.isEmpty() && !c.role(id)) {
            QStringList ids;
            for (const Role &role : c.roles)
                ids << role.id;
            r.error(node, u"unknown role '"_s + id + u"' in "_s + what + u", expected one of: "_s +
                              ids.join(u", "_s));
        }
        return id;
    }

    static constexpr int kMaxRequirementNodes = 20000;
    static constexpr int kMaxRequirementDepth = 16;

    YamlReader &r;
    Catalog &c;
    int m_requirementNodes = 0;
    bool m_tooManyRequirements = false;
};

} // namespace

Diagnostics loadCatalog(const QByteArray &yaml, const QString &fileName, Catalog *catalog)
{
    YamlReader reader(fileName);
    Catalog parsed;
    parsed.origin = fileName;
    parsed.yaml = yaml;
    const YAML::Node root = reader.parse(yaml);
    if (!reader.hasErrors())
        CatalogParser(reader, parsed).parse(root);
    if (!reader.hasErrors())
        *catalog = std::move(parsed);
    return reader.diagnostics();
}

Diagnostics loadCatalogFile(const QString &path, Catalog *catalog)
{
    // The built-in catalog is 19 KB.
    constexpr qint64 kMaxCatalogBytes = 4 << 20;
    Text why;
    const std::optional<QByteArray> bytes = readInputFile(path, kMaxCatalogBytes, &why);
    if (!bytes)
        return {Diagnostic{path, 0, 0, Text::plain(u"cannot open the catalog: "_s + why.english())}};
    Diagnostics problems = loadCatalog(*bytes, path, catalog);
    if (problems.isEmpty())
        qCInfo(lcCatalog).noquote().nospace() << "catalog " << catalog->id << ' ' << catalog->version
                                              << " from " << path << " (" << bytes->size() << " bytes)";
    else
        qCInfo(lcCatalog) << "catalog" << path << "refused:" << problems.size() << "problems";
    return problems;
}

const Catalog &builtinCatalog()
{
    static const Catalog catalog = [] {
        Catalog c;
        const QString path = u":/catalog/guardian.yaml"_s;
        const Diagnostics problems = loadCatalogFile(path, &c);
        // The built-in catalog is tested; a broken one is a build defect, not user input.
        Q_ASSERT_X(problems.isEmpty(), "builtinCatalog", qPrintable(formatDiagnostics(problems)));
        c.origin = u"builtin:"_s + c.id + u'@' + c.version;
        return c;
    }();
    return catalog;
}

} // namespace PortCheck
