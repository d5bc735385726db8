#include "plan.h"

#include "probe/proxy.h"

#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace PortCheck {

QString ProbeTarget::probeKey(const QString &host, quint16 port, ProbeKind kind, const QString &via)
{
    QString key = host + u'|' + QString::number(port) + u'|' + probeKindId(kind);
    if (!via.isEmpty())
        key += u'|' + via;
    return key;
}

QList<ProbeTarget> Plan::probeTargets() const
{
    QList<ProbeTarget> targets;
    QSet<QString> seen;
    for (const Check &c : checks) {
        if (!c.testable)
            continue;
        const QString key = c.probeKey();
        if (seen.contains(key))
            continue;
        seen.insert(key);
        targets.append({c.host, c.port, c.probe, c.via});
    }
    return targets;
}

int Plan::testableCount() const
{
    return static_cast<int>(
        std::count_if(checks.cbegin(), checks.cend(), [](const Check &c) { return c.testable; }));
}

namespace {
QString leafKey(const Requirement &leaf)
{
    return QString::number(leaf.port) + u'/' + probeKindId(leaf.probe);
}
} // namespace

Plan buildPlan(const Catalog &catalog, const Profile &profile)
{
    Plan plan;
    plan.options = profile.effectiveOptions(catalog);
    plan.vantage = profile.vantage;
    plan.domain = profile.domain;
    plan.azureRegion = profile.azureRegion;
    plan.change = profile.change;
    if (profile.proxy.startsWith(u"http://"_s))
        plan.proxy = profile.proxy;
    plan.proxySource = profile.proxySource;
    const QStringList components = profile.effectiveComponents(catalog);

    for (const Link &link : catalog.links) {
        if (!components.contains(link.component) || !guardMatches(link.when, plan.options))
            continue;
        Requirement resolved;
        if (!link.requirement.resolve(plan.options, &resolved))
            continue;

        // Ports of this link under other option values: probed too, so that a failure can say
        // "5986 is open, but the chosen transport does not use it".
        QList<const Requirement *> leaves = resolved.leaves();
        QSet<QString> required;
        for (const Requirement *leaf : std::as_const(leaves))
            required.insert(leafKey(*leaf));
        QList<const Requirement *> advisory;
        QSet<QString> advisorySeen;
        const QList<const Requirement *> all = link.requirement.leaves();
        for (const Requirement *leaf : all) {
            const QString key = leafKey(*leaf);
            if (!leaf->isInformational() && !required.contains(key) && !advisorySeen.contains(key)) {
                advisorySeen.insert(key);
                advisory.append(leaf);
            }
        }

        QList<ProfileHost> hosts = profile.hosts.value(link.to);
        if (hosts.isEmpty()) {
            for (const QString &h : catalog.defaultHosts(link.to, plan.options))
                hosts.append({h, {}});
            if (!hosts.isEmpty() && !catalog.endpointSets(link.to, plan.options).isEmpty())
                plan.endpointList = catalog.endpoints.origin(plan.options.value(u"cloud"_s));
        }
        if (hosts.isEmpty()) {
            if (!plan.rolesWithoutHosts.contains(link.to))
                plan.rolesWithoutHosts.append(link.to);
            continue;
        }
        const bool testable = profile.vantage.contains(link.from);
        // HTTPS to the Internet goes through the proxy Guardian will use, when there is one; the
        // direct path is probed beside it (advisory) to say whether direct egress works too.
        const Role *targetRole = catalog.role(link.to);
        const QString proxy = targetRole && targetRole->internet && profile.proxy.startsWith(u"http://"_s)
                                  ? profile.proxy
                                  : QString();
        // The same port can appear twice in one expression (agent LDAP with fallback): one check.
        QList<const Requirement *> distinct;
        QSet<QString> added;
        for (const Requirement *leaf : std::as_const(leaves)) {
            if (!added.contains(leafKey(*leaf))) {
                added.insert(leafKey(*leaf));
                distinct.append(leaf);
            }
        }

        for (const ProfileHost &host : std::as_const(hosts)) {
            if (targetRole && !targetRole->tlsIssuers.isEmpty())
                plan.tlsIssuers.insert(host.host.toLower(), targetRole->tlsIssuers);
            PlanItem item;
            item.link = link.id;
            item.host = host.host;
            item.testable = testable;
            item.requirement = resolved;
            const auto addCheck = [&](const Requirement *leaf, bool isAdvisory, const QString &via = {}) {
                if (leaf->isInformational())
                    return;
                Check c;
                c.link = link.id;
                c.from = link.from;
                c.to = link.to;
                c.host = host.host;
                c.catalogPort = leaf->port;
                c.port = host.portOverrides.value(leaf->port, leaf->port);
                c.standIn = host.standIn && c.port != c.catalogPort;
                c.probe = leaf->probe;
                c.testable = testable;
                c.advisory = isAdvisory;
                c.via = via;
                c.id = link.id + u'/' + host.host + u'/' + QString::number(leaf->port);
                if (!via.isEmpty())
                    c.id += u"/proxy"_s;
                item.checks.append(static_cast<int>(plan.checks.size()));
                plan.checks.append(c);
            };
            for (const Requirement *leaf : std::as_const(distinct)) {
                // HTTPS goes through a CONNECT tunnel, plain HTTP (CRL and OCSP fetches) as a
                // request to the proxy; TDS and other TCP cannot pass an HTTP proxy.
                if (!proxy.isEmpty() && (leaf->probe == ProbeKind::Http ||
                                         (probeKindUsesTls(leaf->probe) && leaf->probe != ProbeKind::Tds))) {
                    addCheck(leaf, false, proxy);
                    addCheck(leaf, true);
                } else {
                    addCheck(leaf, false);
                }
            }
            for (const Requirement *leaf : std::as_const(advisory))
                addCheck(leaf, true);
            plan.items.append(item);
        }
    }
    return plan;
}

QList<ProbeTarget> revocationTargets(const ProbeResult &result)
{
    QList<ProbeTarget> targets;
    QSet<QString> seen;
    for (const char16_t *fact : {u"tls.crl", u"tls.ocsp"}) {
        const QStringList urls = result.facts.value(QString::fromUtf16(fact)).split(u' ', Qt::SkipEmptyParts);
        for (const QString &text : urls) {
            const QUrl url(text, QUrl::StrictMode);
            if (!url.isValid() || url.scheme() != u"http"_s || url.host().isEmpty())
                continue;
            const ProbeTarget t{url.host().toLower(), static_cast<quint16>(url.port(80)), ProbeKind::Http,
                                result.via};
            if (t.port == 0 || seen.contains(t.key()) || targets.size() >= 16)
                continue;
            seen.insert(t.key());
            targets << t;
        }
    }
    return targets;
}

void settleProxy(const Catalog &catalog, Profile *profile, const QString &override, bool lookUpSystem)
{
    const QString setting = override.isEmpty() ? profile->proxy : override;
    const QString source = !override.isEmpty() ? u"--proxy"_s
                           : setting.isEmpty() ? u"default"_s
                                               : u"profile"_s;
    QString host;
    const OptionValues options = profile->effectiveOptions(catalog);
    for (const Role &role : catalog.roles) {
        if (!role.internet)
            continue;
        const QList<ProfileHost> hosts = profile->hosts.value(role.id);
        const QStringList defaults = catalog.defaultHosts(role.id, options);
        host = !hosts.isEmpty() ? hosts.first().host : defaults.value(0);
        if (!host.isEmpty())
            break;
    }
    const bool system = setting.isEmpty() || setting == u"system"_s;
    const ProxyChoice choice = !lookUpSystem && system
                                   ? ProxyChoice{{}, u"system: looked up when the run starts"_s}
                                   : chooseProxy(setting, source, host, 443);
    profile->proxy = choice.url.isEmpty() ? u"none"_s : choice.url;
    profile->proxySource = choice.source;
}

QList<const Link *> activeLinks(const Catalog &catalog, const Profile &profile)
{
    const OptionValues options = profile.effectiveOptions(catalog);
    const QStringList components = profile.effectiveComponents(catalog);
    QList<const Link *> links;
    for (const Link &link : catalog.links) {
        Requirement resolved;
        if (components.contains(link.component) && guardMatches(link.when, options) &&
            link.requirement.resolve(options, &resolved))
            links.append(&link);
    }
    return links;
}

QStringList activeTargetRoles(const Catalog &catalog, const Profile &profile)
{
    QSet<QString> wanted;
    for (const Link *link : activeLinks(catalog, profile))
        wanted.insert(link->to);
    QStringList roles;
    for (const Role &role : catalog.roles) {
        if (wanted.contains(role.id))
            roles.append(role.id);
    }
    return roles;
}

} // namespace PortCheck
