#include "model/verdict/rules.h"

#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PortCheck {

namespace VerdictRules {

bool isDirectoryKind(ProbeKind kind)
{
    return kind == ProbeKind::Ldap || kind == ProbeKind::Ldaps || kind == ProbeKind::Gc ||
           kind == ProbeKind::Gcs;
}

// LDAP and LDAPS serve the DC's own domain; a Global Catalog port serves the whole forest.
bool servesOneDomain(ProbeKind kind)
{
    return kind == ProbeKind::Ldap || kind == ProbeKind::Ldaps;
}

// "DC=Corp, DC=Example" and "dc=corp,dc=example" name the same domain.
QString normalizedDn(const QString &dn)
{
    QStringList parts = dn.split(u',', Qt::SkipEmptyParts);
    for (QString &p : parts)
        p = p.trimmed().toLower();
    return parts.join(u',');
}

QString domainOf(const QString &namingContext)
{
    QStringList labels;
    for (const QString &rdn : namingContext.split(u',', Qt::SkipEmptyParts)) {
        const QString part = rdn.trimmed();
        if (!part.startsWith(u"DC="_s, Qt::CaseInsensitive))
            return namingContext;
        labels << part.mid(3);
    }
    return labels.isEmpty() ? namingContext : labels.join(u'.');
}

} // namespace VerdictRules

namespace {

using namespace VerdictRules;

// "corp.example" -> "DC=corp,DC=example"
QString namingContextOf(const QString &domain)
{
    QStringList parts;
    for (const QString &label : domain.split(u'.', Qt::SkipEmptyParts))
        parts << u"DC="_s + label;
    return parts.join(u',');
}

// The value most hosts gave (the first met among equals).
QString majority(const QList<QString> &values)
{
    QHash<QString, int> count;
    QString best;
    for (const QString &v : values) {
        if (++count[v] > count.value(best))
            best = v;
    }
    return best;
}

// A host whose answers differ (LDAP and LDAPS, or two clocks) votes with the smallest of them, so
// that the context does not depend on the order the results arrived or are hashed in: the live
// verdicts of a run (LiveVerdicts) and computeVerdicts() of its results agree.
template <typename Map, typename T> void keepSmallest(Map &map, const QString &host, const T &value)
{
    const auto it = map.find(host);
    if (it == map.end())
        map.insert(host, value);
    else if (value < *it)
        *it = value;
}

} // namespace

bool DirectoryContext::operator==(const DirectoryContext &other) const
{
    return domainNamingContext == other.domainNamingContext && rootNamingContext == other.rootNamingContext &&
           domainFromProfile == other.domainFromProfile && localClockOff == other.localClockOff;
}

bool votesOnDirectoryContext(const ProbeResult &r)
{
    if (r.state != ProbeState::Open)
        return false;
    return (isDirectoryKind(r.kind) && r.service == ServiceState::Identified) ||
           r.facts.contains(u"clock.skewSeconds"_s);
}

DirectoryContext directoryContext(const Plan &plan, const ResultIndex &results)
{
    DirectoryContext c;
    // One vote per host: its LDAP and LDAPS answers come from the same directory. Ordered by host,
    // so that the majority's tie-break does not depend on hashing.
    QMap<QString, QString> domainOfHost;
    QMap<QString, QString> forestOfHost;
    QHash<QString, qint64> skewOfHost;
    for (const ProbeResult &r : results) {
        if (r.state != ProbeState::Open)
            continue;
        if (isDirectoryKind(r.kind) && r.service == ServiceState::Identified) {
            const QString nc = r.facts.value(u"ldap.defaultNamingContext"_s);
            if (!nc.isEmpty() && servesOneDomain(r.kind))
                keepSmallest(domainOfHost, r.host, normalizedDn(nc));
            const QString root = r.facts.value(u"ldap.rootDomainNamingContext"_s);
            if (!root.isEmpty())
                keepSmallest(forestOfHost, r.host, normalizedDn(root));
        }
        bool ok = false;
        const qint64 skew = r.facts.value(u"clock.skewSeconds"_s).toLongLong(&ok);
        if (ok)
            keepSmallest(skewOfHost, r.host, skew);
    }
    if (!plan.domain.isEmpty()) {
        c.domainNamingContext = namingContextOf(plan.domain);
        c.domainFromProfile = true;
    } else {
        c.domainNamingContext = majority(domainOfHost.values());
    }
    // The forest is the one of the DCs of that domain (all DCs when none of them serves it).
    QList<QString> forestsOfDomain;
    const QString domain = normalizedDn(c.domainNamingContext);
    for (auto it = forestOfHost.cbegin(); it != forestOfHost.cend(); ++it) {
        if (domainOfHost.value(it.key()) == domain)
            forestsOfDomain << it.value();
    }
    c.rootNamingContext = majority(forestsOfDomain.isEmpty() ? forestOfHost.values() : forestsOfDomain);
    if (skewOfHost.size() >= 2) {
        const auto [low, high] = std::minmax_element(skewOfHost.cbegin(), skewOfHost.cend());
        const bool agree = *high - *low <= 60;
        const bool allOff = std::all_of(skewOfHost.cbegin(), skewOfHost.cend(),
                                        [](qint64 s) { return std::abs(s) > kSkewWarnSeconds; });
        c.localClockOff = agree && allOff;
    }
    return c;
}

} // namespace PortCheck
