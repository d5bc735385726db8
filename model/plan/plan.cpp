#include "model/plan/plan.h"

#include "model/logging.h"
#include "model/probe/proxy.h"

#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace PortCheck {

const Requirement &PlanItem::requirement() const
{
    static const Requirement none;
    return resolved ? *resolved : none;
}

QString Check::id() const
{
    QString text = link + u'/' + host + u'/' + QString::number(catalogPort);
    if (!via.isEmpty())
        text += u"/proxy"_s;
    return text;
}

namespace {
// Calls `found` with each testable check whose probe no earlier check has, in plan order. Keyed by
// host, then port, kind and proxy as one number: a string key per check (probeKey()) took 150 MB
// and a second for a million checks.
template <typename Found> void forEachDistinctProbe(const QList<Check> &checks, Found found)
{
    QStringList vias; // a handful: direct and the proxy
    QHash<QString, QList<quint64>> probesOfHost;
    for (const Check &c : checks) {
        if (!c.testable)
            continue;
        qsizetype via = vias.indexOf(c.via);
        if (via < 0) {
            via = vias.size();
            vias.append(c.via);
        }
        const quint64 probe = quint64(c.port) | quint64(c.probe) << 16 | quint64(via) << 32;
        QList<quint64> &seen = probesOfHost[c.host];
        if (seen.contains(probe))
            continue;
        seen.append(probe);
        found(c);
    }
}
} // namespace

QList<ProbeTarget> Plan::probeTargets() const
{
    QList<ProbeTarget> targets;
    forEachDistinctProbe(checks, [&](const Check &c) { targets.append({c.host, c.port, c.probe, c.via}); });
    return targets;
}

QList<ProbeTarget> Plan::probeTargetsOf(const QString &link, const QString &host) const
{
    QList<ProbeTarget> targets;
    QSet<QString> keys;
    for (const PlanItem &item : items) {
        if (item.link != link || (!host.isEmpty() && item.host != host))
            continue;
        for (const int i : item.checks) {
            const Check &c = checks.at(i);
            if (c.testable && !keys.contains(c.probeKey())) {
                keys.insert(c.probeKey());
                targets.append({c.host, c.port, c.probe, c.via});
            }
        }
    }
    return targets;
}

qsizetype Plan::probeTargetCount() const
{
    qsizetype count = 0;
    forEachDistinctProbe(checks, [&](const Check &) { ++count; });
    return count;
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
    plan.sourceNetworks = profile.sourceNetworks;
    plan.change = profile.change;
    if (profile.proxy.startsWith(u"http://"_s))
        plan.proxy = profile.proxy;
    plan.proxySource = profile.proxySource;
    const QStringList components = profile.effectiveComponents(catalog);

    // First what each link asks of which hosts, then the checks: knowing their number before the
    // first is made, the lists are allocated once (growing a million checks by doubling held the old
    // and the new copy at once and left a third unused).
    struct LinkPlan
    {
        const Link *link = nullptr;
        Requirement resolved;
        QList<const Requirement *> distinct; // the required leaves, each port once
        QList<const Requirement *> advisory; // ports of this link under other option values
        QList<ProfileHost> hosts;
        QString proxy; // an Internet target with a proxy configured: HTTPS goes through it
        bool testable = false;
        qsizetype checksPerHost = 0;
        QSharedPointer<const Requirement> shared; // what the items hold
        bool proxied(const Requirement *leaf) const
        {
            // HTTPS goes through a CONNECT tunnel, plain HTTP (CRL and OCSP fetches) as a request
            // to the proxy; TDS and other TCP cannot pass an HTTP proxy.
            return !proxy.isEmpty() && (leaf->probe == ProbeKind::Http ||
                                        (probeKindUsesTls(leaf->probe) && leaf->probe != ProbeKind::Tds));
        }
    };
    std::vector<LinkPlan> linkPlans; // reserved: the leaves point into `resolved`, which must not move
    linkPlans.reserve(static_cast<size_t>(catalog.links.size()));
    qsizetype itemCount = 0;
    qsizetype checkCount = 0;
    for (const Link &link : catalog.links) {
        if (!components.contains(link.component) || !guardMatches(link.when, plan.options))
            continue;
        LinkPlan &lp = linkPlans.emplace_back();
        lp.link = &link;
        if (!link.requirement.resolve(plan.options, &lp.resolved)) {
            linkPlans.pop_back();
            continue;
        }

        // Ports of this link under other option values: probed too, so that a failure can say
        // "5986 is open, but the chosen transport does not use it".
        const QList<const Requirement *> leaves = lp.resolved.leaves();
        QSet<QString> required;
        for (const Requirement *leaf : leaves)
            required.insert(leafKey(*leaf));
        QSet<QString> advisorySeen;
        const QList<const Requirement *> all = link.requirement.leaves();
        for (const Requirement *leaf : all) {
            const QString key = leafKey(*leaf);
            if (!leaf->isInformational() && !required.contains(key) && !advisorySeen.contains(key)) {
                advisorySeen.insert(key);
                lp.advisory.append(leaf);
            }
        }

        lp.hosts = profile.hosts.value(link.to);
        if (lp.hosts.isEmpty()) {
            for (const QString &h : catalog.defaultHosts(link.to, plan.options))
                lp.hosts.append({h, {}});
            if (!lp.hosts.isEmpty() && !catalog.endpointSets(link.to, plan.options).isEmpty())
                plan.endpointList = catalog.endpoints.origin(plan.options.value(u"cloud"_s));
        }
        if (lp.hosts.isEmpty()) {
            if (!plan.rolesWithoutHosts.contains(link.to))
                plan.rolesWithoutHosts.append(link.to);
            linkPlans.pop_back();
            continue;
        }
        lp.testable = profile.vantage.contains(link.from);
        // HTTPS to the Internet goes through the proxy Guardian will use, when there is one; the
        // direct path is probed beside it (advisory) to say whether direct egress works too.
        const Role *targetRole = catalog.role(link.to);
        if (targetRole && targetRole->internet && profile.proxy.startsWith(u"http://"_s))
            lp.proxy = profile.proxy;
        // The same port can appear twice in one expression (agent LDAP with fallback): one check.
        QSet<QString> added;
        for (const Requirement *leaf : leaves) {
            if (!added.contains(leafKey(*leaf))) {
                added.insert(leafKey(*leaf));
                lp.distinct.append(leaf);
            }
        }
        lp.checksPerHost = lp.advisory.size();
        for (const Requirement *leaf : std::as_const(lp.distinct))
            lp.checksPerHost += leaf->isInformational() ? 0 : lp.proxied(leaf) ? 2 : 1;
        lp.shared = QSharedPointer<const Requirement>::create(lp.resolved);
        itemCount += lp.hosts.size();
        checkCount += lp.hosts.size() * lp.checksPerHost;
    }

    plan.items.reserve(itemCount);
    plan.checks.reserve(checkCount);
    for (const LinkPlan &lp : linkPlans) {
        const Link &link = *lp.link;
        const Role *targetRole = catalog.role(link.to);
        for (const ProfileHost &host : lp.hosts) {
            if (targetRole && !targetRole->tlsIssuers.isEmpty())
                plan.tlsIssuers.insert(host.host.toLower(), targetRole->tlsIssuers);
            PlanItem item;
            item.link = link.id;
            item.host = host.host;
            item.testable = lp.testable;
            item.resolved = lp.shared;
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
                c.testable = lp.testable;
                c.advisory = isAdvisory;
                c.via = via;
                item.checks.extendTo(static_cast<int>(plan.checks.size()));
                plan.checks.append(std::move(c));
            };
            for (const Requirement *leaf : lp.distinct) {
                if (lp.proxied(leaf)) {
                    addCheck(leaf, false, lp.proxy);
                    addCheck(leaf, true);
                } else {
                    addCheck(leaf, false);
                }
            }
            for (const Requirement *leaf : lp.advisory)
                addCheck(leaf, true);
            plan.items.append(std::move(item));
        }
    }
    qCInfo(lcPlan) << "plan:" << plan.items.size() << "items," << plan.checks.size() << "checks";
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
