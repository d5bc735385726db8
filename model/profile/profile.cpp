#include "model/profile/profile.h"

#include "model/catalog/azureservicetags.h"
#include "model/inputfile.h"
#include "model/logging.h"
#include "model/outputfile.h"
#include "model/probe/proxy.h"
#include "model/profile/hostinput.h"
#include "model/yamlreader.h"

#include <QFile>
#include <QHostAddress>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PortCheck {

void ChangeRecord::fillFrom(const ChangeRecord &over)
{
    for (const ChangeField &f : kChangeFields) {
        if (!(over.*f.member).isEmpty())
            this->*f.member = over.*f.member;
    }
}

Text changeFieldProblem(const QString &value)
{
    if (value.size() > ChangeRecord::kMaxLength)
        return Text::phrase("Profile", QT_TRANSLATE_NOOP("Profile", "longer than %1 characters"),
                            {Text::plain(QString::number(ChangeRecord::kMaxLength))});
    for (const QChar c : value) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            return Text::phrase(
                "Profile", QT_TRANSLATE_NOOP("Profile", "not one line of text (a line break or a control "
                                                        "character)"));
    }
    return {};
}

namespace {
bool isDecimal(QStringView text, qsizetype maxDigits)
{
    return !text.isEmpty() && text.size() <= maxDigits &&
           std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// QHostAddress also takes inet_aton's short forms ("10.20" is 10.0.0.20) and a scope
// ("fe80::1%eth0"); a change tool reads neither, so an address here is four dotted numbers or
// IPv6 without a scope.
bool isPlainAddress(QStringView text)
{
    if (text.contains(u'%'))
        return false;
    if (!text.contains(u':')) {
        const QList<QStringView> parts = text.split(u'.');
        if (parts.size() != 4 ||
            !std::all_of(parts.cbegin(), parts.cend(), [](QStringView part) { return isDecimal(part, 3); }))
            return false;
    }
    return !QHostAddress(text.toString()).isNull();
}
} // namespace

bool isSourceNetwork(const QString &text)
{
    if (text.size() > 64) // the longest IPv6 CIDR has 49 characters
        return false;
    const qsizetype slash = text.indexOf(u'/');
    if (slash < 0)
        return isPlainAddress(text);
    // parseSubnet() alone takes "/24" (0.0.0.0/24), "10.20/16" and a netmask: only address/prefix here.
    return isPlainAddress(QStringView(text).left(slash)) && isDecimal(QStringView(text).mid(slash + 1), 3) &&
           QHostAddress::parseSubnet(text).second >= 0;
}

bool Profile::operator==(const Profile &o) const
{
    return name == o.name && vantage == o.vantage && components == o.components && options == o.options &&
           hosts == o.hosts && domain == o.domain && site == o.site && nameserver == o.nameserver &&
           proxy == o.proxy && azureRegion == o.azureRegion && change == o.change &&
           sourceNetworks == o.sourceNetworks && connectTimeoutMs == o.connectTimeoutMs &&
           protocolTimeoutMs == o.protocolTimeoutMs && concurrency == o.concurrency &&
           perHostLimit == o.perHostLimit;
}

OptionValues Profile::effectiveOptions(const Catalog &catalog) const
{
    OptionValues values = catalog.defaultOptions();
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        values.insert(it.key(), it.value());
    return values;
}

QStringList Profile::effectiveComponents(const Catalog &catalog) const
{
    QStringList ids;
    for (const Component &c : catalog.components) {
        if (c.always || components.contains(c.id))
            ids << c.id;
    }
    return ids;
}

Profile Profile::defaults(const Catalog &catalog)
{
    Profile p;
    p.components = catalog.defaultComponents();
    p.options = catalog.defaultOptions();
    return p;
}

namespace {

Text profileText(const char *source, QList<Text> args = {})
{
    return Text::phrase("Profile", source, std::move(args));
}

// The i-th element of a sequence, where a problem with it is reported; the whole node otherwise.
YAML::Node item(const YAML::Node &sequence, qsizetype i)
{
    if (sequence.IsSequence() && i >= 0 && static_cast<std::size_t>(i) < sequence.size())
        return sequence[static_cast<std::size_t>(i)];
    return sequence;
}

QString idList(const QStringList &ids)
{
    return ids.join(u", "_s);
}

template <typename T> QStringList idsOf(const QList<T> &list)
{
    QStringList ids;
    for (const T &item : list)
        ids << item.id;
    return ids;
}

class ProfileParser
{
public:
    ProfileParser(YamlReader &reader, const Catalog &catalog, Profile &profile)
        : r(reader)
        , c(catalog)
        , p(profile)
    {}

    void parse(const YAML::Node &root)
    {
        if (!r.expectMap(root, u"the profile file"_s))
            return;
        r.checkKeys(root,
                    {u"profile"_s, u"name"_s, u"vantage"_s, u"components"_s, u"options"_s, u"hosts"_s,
                     u"discovery"_s, u"timeouts"_s, u"concurrency"_s, u"proxy"_s, u"azure-region"_s,
                     u"ticket"_s, u"requester"_s, u"approver"_s, u"source-networks"_s},
                    u"the profile"_s);
        if (const YAML::Node version = root["profile"]) {
            if (YamlReader::text(version) != u"1"_s)
                r.error(version, profileText(QT_TRANSLATE_NOOP(
                                                 "Profile", "unsupported profile version '%1', expected 1"),
                                             {Text::plain(YamlReader::text(version))}));
        }
        p.name = r.string(root, "name", u"'name'"_s).value_or(QString());
        if (const YAML::Node vantage = root["vantage"]) {
            p.vantage = r.stringList(vantage, u"'vantage'"_s);
            for (qsizetype i = 0; i < p.vantage.size(); ++i) {
                const QString &role = p.vantage.at(i);
                if (!c.role(role))
                    r.error(item(vantage, i),
                            profileText(QT_TRANSLATE_NOOP(
                                            "Profile", "unknown role '%1' in 'vantage', expected one of: %2"),
                                        {Text::plain(role), Text::plain(idList(idsOf(c.roles)))}));
            }
        }
        if (const YAML::Node components = root["components"]) {
            p.components = r.stringList(components, u"'components'"_s);
            for (qsizetype i = 0; i < p.components.size(); ++i) {
                const QString &id = p.components.at(i);
                if (!c.component(id))
                    r.error(item(components, i),
                            profileText(
                                QT_TRANSLATE_NOOP("Profile", "unknown component '%1', expected one of: %2"),
                                {Text::plain(id), Text::plain(idList(idsOf(c.components)))}));
            }
        }
        parseOptions(root["options"]);
        parseHosts(root["hosts"]);
        parseDiscovery(root["discovery"]);
        parseSourceNetworks(root["source-networks"]);
        if (const YAML::Node proxy = root["proxy"]) {
            QString error;
            if (const auto setting =
                    parseProxySetting(r.scalar(proxy, u"'proxy'"_s).value_or(QString()), &error))
                p.proxy = *setting;
            else
                r.error(proxy, Text::plain(u"bad proxy: "_s + error));
        }
        if (const YAML::Node region = root["azure-region"]) {
            const QString value = r.scalar(region, u"'azure-region'"_s).value_or(QString()).trimmed();
            if (Azure::isRegionName(value))
                p.azureRegion = value;
            else
                r.error(region, profileText(QT_TRANSLATE_NOOP("Profile", "'azure-region' is an Azure region "
                                                                         "such as westeurope, not '%1'"),
                                            {Text::plain(value.left(80))}));
        }
        for (const ChangeField &f : kChangeFields) {
            const YAML::Node node = root[f.key];
            if (!node)
                continue;
            const QString name = u'\'' + QLatin1StringView(f.key) + u'\'';
            const QString value = r.scalar(node, name).value_or(QString()).trimmed();
            if (const Text problem = changeFieldProblem(value); problem.isEmpty())
                p.change.*f.member = value;
            else
                r.error(node,
                        profileText(QT_TRANSLATE_NOOP("Profile", "%1 is %2"), {Text::plain(name), problem}));
        }
        if (const YAML::Node t = root["timeouts"]; t && r.expectMap(t, u"'timeouts'"_s)) {
            r.checkKeys(t, {u"connect-ms"_s, u"protocol-ms"_s}, u"'timeouts'"_s);
            p.connectTimeoutMs = r.integer(t, "connect-ms", RunDefaults::kTimeoutMs.min,
                                           RunDefaults::kTimeoutMs.max, u"'connect-ms'"_s)
                                     .value_or(p.connectTimeoutMs);
            p.protocolTimeoutMs = r.integer(t, "protocol-ms", RunDefaults::kTimeoutMs.min,
                                            RunDefaults::kTimeoutMs.max, u"'protocol-ms'"_s)
                                      .value_or(p.protocolTimeoutMs);
        }
        if (const YAML::Node n = root["concurrency"]; n && r.expectMap(n, u"'concurrency'"_s)) {
            r.checkKeys(n, {u"global"_s, u"per-host"_s}, u"'concurrency'"_s);
            p.concurrency = r.integer(n, "global", RunDefaults::kConcurrencyRange.min,
                                      RunDefaults::kConcurrencyRange.max, u"'global'"_s)
                                .value_or(p.concurrency);
            p.perHostLimit = r.integer(n, "per-host", RunDefaults::kPerHostRange.min,
                                       RunDefaults::kPerHostRange.max, u"'per-host'"_s)
                                 .value_or(p.perHostLimit);
        }
    }

private:
    void parseOptions(const YAML::Node &node)
    {
        if (!node || !r.expectMap(node, u"'options'"_s))
            return;
        for (auto it = node.begin(); it != node.end(); ++it) {
            const QString id = YamlReader::key(it);
            const Option *o = c.option(id);
            if (!o) {
                r.error(it->first,
                        profileText(QT_TRANSLATE_NOOP("Profile", "unknown option '%1', expected one of: %2"),
                                    {Text::plain(id), Text::plain(idList(idsOf(c.options)))}));
                continue;
            }
            const QString value = r.scalar(it->second, u"option value"_s).value_or(QString());
            if (!o->value(value)) {
                r.error(
                    it->second,
                    profileText(
                        QT_TRANSLATE_NOOP("Profile", "option '%1' has no value '%2', expected one of: %3"),
                        {Text::plain(id), Text::plain(value), Text::plain(idList(idsOf(o->values)))}));
                continue;
            }
            p.options.insert(id, value);
        }
    }

    void parseHosts(const YAML::Node &node)
    {
        if (!node || !r.expectMap(node, u"'hosts'"_s))
            return;
        for (auto it = node.begin(); it != node.end(); ++it) {
            const QString role = YamlReader::key(it);
            if (!c.role(role)) {
                r.error(it->first,
                        profileText(
                            QT_TRANSLATE_NOOP("Profile", "unknown role '%1' in 'hosts', expected one of: %2"),
                            {Text::plain(role), Text::plain(idList(idsOf(c.roles)))}));
                continue;
            }
            QList<ProfileHost> list;
            const YAML::Node entries = it->second;
            if (entries.IsNull())
                continue;
            if (!r.expectSequence(entries, u"the hosts of '"_s + role + u'\''))
                continue;
            // Hashed: comparing each host with every other took 10 s for 50,000 hosts.
            QSet<QString> seen;
            seen.reserve(static_cast<qsizetype>(entries.size()));
            list.reserve(static_cast<qsizetype>(entries.size()));
            for (const YAML::Node &entry : entries) {
                ProfileHost host;
                if (parseHostEntry(entry, host)) {
                    const bool dup = seen.contains(host.host);
                    if (!dup)
                        seen.insert(host.host);
                    if (dup)
                        r.error(entry,
                                profileText(
                                    QT_TRANSLATE_NOOP(
                                        "Profile",
                                        "host '%1' is listed twice for role '%2', expected each host once"),
                                    {Text::plain(host.host), Text::plain(role)}));
                    else
                        list.append(host);
                }
            }
            p.hosts.insert(role, list);
        }
    }

    bool parseHostEntry(const YAML::Node &entry, ProfileHost &out)
    {
        // yaml-cpp nodes are references: assigning one would overwrite the document, so pick once.
        const YAML::Node hostNode = entry.IsMap() ? entry["host"] : entry;
        if (entry.IsMap()) {
            r.checkKeys(entry, {u"host"_s, u"ports"_s, u"stand-in"_s}, u"a host"_s);
            if (!hostNode) {
                r.error(entry,
                        profileText(QT_TRANSLATE_NOOP(
                            "Profile", "a host lacks the key 'host', expected the host name or address")));
                return false;
            }
            if (const YAML::Node ports = entry["ports"]; ports && r.expectMap(ports, u"'ports'"_s)) {
                for (auto it = ports.begin(); it != ports.end(); ++it) {
                    const auto from = portValue(it->first, u"catalog port"_s);
                    const auto to = portValue(it->second, u"override port"_s);
                    if (from && to)
                        out.portOverrides.insert(*from, *to);
                }
            }
            // The ports are a lab's (or the demo's) stand-ins: reports name the catalog's ports.
            out.standIn = r.boolean(entry, "stand-in", u"'stand-in'"_s).value_or(false);
        }
        const std::optional<QString> text = r.scalar(hostNode, u"a host"_s);
        if (!text)
            return false;
        Text reason;
        const std::optional<HostEntry> parsed = parseHost(*text, PortPolicy::Forbidden, &reason);
        if (!parsed) {
            r.error(hostNode, profileText(QT_TRANSLATE_NOOP("Profile", "bad host: %1"), {reason}));
            return false;
        }
        out.host = parsed->host;
        return true;
    }

    std::optional<quint16> portValue(const YAML::Node &node, const QString &what)
    {
        const QString text = YamlReader::text(node);
        bool ok = false;
        const int port = text.toInt(&ok);
        if (!ok || port < 1 || port > 65535) {
            r.error(node, profileText(
                              QT_TRANSLATE_NOOP("Profile", "bad %1 '%2', expected a number from 1 to 65535"),
                              {Text::plain(what), Text::plain(text)}));
            return std::nullopt;
        }
        return static_cast<quint16>(port);
    }

    void parseSourceNetworks(const YAML::Node &node)
    {
        if (!node || !r.expectMap(node, u"'source-networks'"_s))
            return;
        for (auto it = node.begin(); it != node.end(); ++it) {
            const QString role = YamlReader::key(it);
            if (!c.role(role)) {
                r.error(
                    it->first,
                    profileText(QT_TRANSLATE_NOOP(
                                    "Profile", "unknown role '%1' in 'source-networks', expected one of: %2"),
                                {Text::plain(role), Text::plain(idList(idsOf(c.roles)))}));
                continue;
            }
            const YAML::Node entries = it->second;
            if (entries.IsNull())
                continue;
            if (!r.expectSequence(entries, u"the networks of '"_s + role + u'\''))
                continue;
            if (entries.size() > static_cast<std::size_t>(kMaxSourceNetworksPerRole)) {
                r.error(entries, profileText(QT_TRANSLATE_NOOP("Profile", "role '%1' has %2 networks in "
                                                                          "'source-networks', at most %3"),
                                             {Text::plain(role), Text::plain(QString::number(entries.size())),
                                              Text::plain(QString::number(kMaxSourceNetworksPerRole))}));
                continue;
            }
            QStringList networks;
            for (const YAML::Node &entry : entries) {
                const std::optional<QString> text = r.scalar(entry, u"a network"_s);
                if (!text)
                    continue;
                // Kept as written: the request's reader compares it with their own firewall's text.
                const QString network = text->trimmed();
                if (!isSourceNetwork(network))
                    r.error(entry,
                            profileText(QT_TRANSLATE_NOOP("Profile",
                                                          "bad network '%1' for role '%2', expected a CIDR "
                                                          "such as 10.20.0.0/24 or 2001:db8::/64, or one "
                                                          "address"),
                                        {Text::plain(network.left(80)), Text::plain(role)}));
                else if (networks.contains(network))
                    r.error(entry, profileText(QT_TRANSLATE_NOOP(
                                                   "Profile", "network '%1' is listed twice for role '%2'"),
                                               {Text::plain(network), Text::plain(role)}));
                else
                    networks << network;
            }
            if (!networks.isEmpty())
                p.sourceNetworks.insert(role, networks);
        }
    }

    void parseDiscovery(const YAML::Node &node)
    {
        if (!node || !r.expectMap(node, u"'discovery'"_s))
            return;
        r.checkKeys(node, {u"domain"_s, u"site"_s, u"nameserver"_s}, u"'discovery'"_s);
        if (const YAML::Node d = node["domain"]) {
            p.domain = r.scalar(d, u"'domain'"_s).value_or(QString());
            const auto parsed = parseHost(p.domain, PortPolicy::Forbidden, nullptr);
            if (!p.domain.isEmpty() && (!parsed || parsed->kind != HostEntry::Kind::Name))
                r.error(d,
                        profileText(QT_TRANSLATE_NOOP(
                                        "Profile", "bad domain '%1', expected a DNS name like corp.example"),
                                    {Text::plain(p.domain)}));
        }
        p.site = r.string(node, "site", u"'site'"_s).value_or(QString());
        if (const YAML::Node ns = node["nameserver"]) {
            p.nameserver = r.scalar(ns, u"'nameserver'"_s).value_or(QString());
            const QHostAddress address(p.nameserver);
            if (!p.nameserver.isEmpty() &&
                (address.isNull() || address.protocol() != QAbstractSocket::IPv4Protocol))
                r.error(ns, profileText(QT_TRANSLATE_NOOP("Profile",
                                                          "bad nameserver '%1', expected an IPv4 address "
                                                          "(Qt 6.4 cannot query IPv6 or other ports)"),
                                        {Text::plain(p.nameserver)}));
        }
    }

    YamlReader &r;
    const Catalog &c;
    Profile &p;
};

} // namespace

Diagnostics loadProfile(const QByteArray &yaml, const QString &fileName, const Catalog &catalog,
                        Profile *profile)
{
    YamlReader reader(fileName);
    Profile parsed;
    const YAML::Node root = reader.parse(yaml);
    if (!reader.hasErrors())
        ProfileParser(reader, catalog, parsed).parse(root);
    if (!reader.hasErrors())
        *profile = std::move(parsed);
    return reader.diagnostics();
}

Diagnostics loadProfileFile(const QString &path, const Catalog &catalog, Profile *profile)
{
    // 100,000 hosts take about 3 MB; a profile far above that is not one.
    constexpr qint64 kMaxProfileBytes = 8 << 20;
    Text why;
    const std::optional<QByteArray> bytes = readInputFile(path, kMaxProfileBytes, &why);
    if (!bytes)
        return {Diagnostic{path, 0, 0,
                           profileText(QT_TRANSLATE_NOOP("Profile", "cannot open the profile: %1"), {why})}};
    Diagnostics problems = loadProfile(*bytes, path, catalog, profile);
    if (problems.isEmpty()) {
        qsizetype hosts = 0;
        for (const QList<ProfileHost> &list : std::as_const(profile->hosts))
            hosts += list.size();
        qCInfo(lcProfile).noquote().nospace() << "profile " << path << " (" << bytes->size()
                                              << " bytes): vantage " << profile->vantage.join(u',') << ", "
                                              << hosts << " hosts in " << profile->hosts.size() << " roles";
    } else {
        qCInfo(lcProfile) << "profile" << path << "refused:" << problems.size() << "problems";
    }
    return problems;
}

namespace {
YAML::Emitter &operator<<(YAML::Emitter &out, const QString &s)
{
    return out << s.toStdString();
}

void emitList(YAML::Emitter &out, const char *key, const QStringList &list)
{
    out << YAML::Key << key << YAML::Value << YAML::Flow << YAML::BeginSeq;
    for (const QString &s : list)
        out << s;
    out << YAML::EndSeq;
}
} // namespace

QByteArray profileToYaml(const Profile &p)
{
    YAML::Emitter out;
    out << YAML::BeginMap;
    out << YAML::Key << "profile" << YAML::Value << 1;
    if (!p.name.isEmpty())
        out << YAML::Key << "name" << YAML::Value << YAML::DoubleQuoted << p.name;
    emitList(out, "vantage", p.vantage);
    emitList(out, "components", p.components);
    out << YAML::Key << "options" << YAML::Value << YAML::BeginMap;
    for (auto it = p.options.cbegin(); it != p.options.cend(); ++it)
        out << YAML::Key << it.key() << YAML::Value << it.value();
    out << YAML::EndMap;
    out << YAML::Key << "hosts" << YAML::Value << YAML::BeginMap;
    for (auto it = p.hosts.cbegin(); it != p.hosts.cend(); ++it) {
        out << YAML::Key << it.key() << YAML::Value << YAML::BeginSeq;
        for (const ProfileHost &h : it.value()) {
            if (h.portOverrides.isEmpty()) {
                out << h.host;
                continue;
            }
            out << YAML::BeginMap << YAML::Key << "host" << YAML::Value << h.host;
            out << YAML::Key << "ports" << YAML::Value << YAML::Flow << YAML::BeginMap;
            for (auto o = h.portOverrides.cbegin(); o != h.portOverrides.cend(); ++o)
                out << YAML::Key << o.key() << YAML::Value << o.value();
            out << YAML::EndMap;
            if (h.standIn)
                out << YAML::Key << "stand-in" << YAML::Value << true;
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
    out << YAML::EndMap;
    if (!p.domain.isEmpty() || !p.site.isEmpty() || !p.nameserver.isEmpty()) {
        out << YAML::Key << "discovery" << YAML::Value << YAML::BeginMap;
        if (!p.domain.isEmpty())
            out << YAML::Key << "domain" << YAML::Value << p.domain;
        if (!p.site.isEmpty())
            out << YAML::Key << "site" << YAML::Value << YAML::DoubleQuoted << p.site;
        if (!p.nameserver.isEmpty())
            out << YAML::Key << "nameserver" << YAML::Value << p.nameserver;
        out << YAML::EndMap;
    }
    if (!p.proxy.isEmpty() && p.proxy != u"system"_s)
        out << YAML::Key << "proxy" << YAML::Value << p.proxy;
    if (!p.azureRegion.isEmpty())
        out << YAML::Key << "azure-region" << YAML::Value << p.azureRegion;
    if (!p.sourceNetworks.isEmpty()) {
        out << YAML::Key << "source-networks" << YAML::Value << YAML::BeginMap;
        for (auto it = p.sourceNetworks.cbegin(); it != p.sourceNetworks.cend(); ++it) {
            // Quoted: an IPv6 network's colons would read as a mapping in a flow list.
            out << YAML::Key << it.key() << YAML::Value << YAML::Flow << YAML::BeginSeq;
            for (const QString &network : it.value())
                out << YAML::DoubleQuoted << network;
            out << YAML::EndSeq;
        }
        out << YAML::EndMap;
    }
    for (const ChangeField &f : kChangeFields) {
        if (const QString &value = p.change.*f.member; !value.isEmpty())
            out << YAML::Key << f.key << YAML::Value << YAML::DoubleQuoted << value;
    }
    out << YAML::Key << "timeouts" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "connect-ms" << YAML::Value << p.connectTimeoutMs;
    out << YAML::Key << "protocol-ms" << YAML::Value << p.protocolTimeoutMs << YAML::EndMap;
    out << YAML::Key << "concurrency" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "global" << YAML::Value << p.concurrency;
    out << YAML::Key << "per-host" << YAML::Value << p.perHostLimit << YAML::EndMap;
    out << YAML::EndMap;
    QByteArray yaml("# Guardian Port Check profile\n");
    yaml += QByteArray(out.c_str(), static_cast<qsizetype>(out.size()));
    yaml += '\n';
    return yaml;
}

Expected<void> saveProfileFile(const Profile &profile, const QString &path)
{
    return writeFileAtomically(path, profileToYaml(profile));
}

} // namespace PortCheck
