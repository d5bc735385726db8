#include "model/verdict/verdict.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace PortCheck {

QString verdictId(VerdictLevel level)
{
    switch (level) {
    case VerdictLevel::Pass:
        return u"pass"_s;
    case VerdictLevel::Warn:
        return u"warn"_s;
    case VerdictLevel::Fail:
        return u"fail"_s;
    case VerdictLevel::NotTested:
        break;
    }
    return u"not-tested"_s;
}

std::optional<VerdictLevel> verdictFromId(const QString &id)
{
    for (VerdictLevel l :
         {VerdictLevel::Pass, VerdictLevel::Warn, VerdictLevel::Fail, VerdictLevel::NotTested}) {
        if (verdictId(l) == id)
            return l;
    }
    return std::nullopt;
}

QString needId(NeedLevel need)
{
    switch (need) {
    case NeedLevel::Required:
        return u"required"_s;
    case NeedLevel::Recommended:
        return u"recommended"_s;
    case NeedLevel::Optional:
        break;
    }
    return u"optional"_s;
}

Text needText(NeedLevel need)
{
    switch (need) {
    case NeedLevel::Required:
        return Text::phrase("Firewall", QT_TRANSLATE_NOOP("Firewall", "required"));
    case NeedLevel::Recommended:
        return Text::phrase("Firewall", QT_TRANSLATE_NOOP("Firewall", "recommended"));
    case NeedLevel::Optional:
        break;
    }
    return Text::phrase("Firewall", QT_TRANSLATE_NOOP("Firewall", "optional"));
}

QString actionId(PortAction action)
{
    switch (action) {
    case PortAction::None:
        return u"no change"_s;
    case PortAction::Open:
        return u"open"_s;
    case PortAction::Fix:
        return u"fix"_s;
    case PortAction::Unknown:
        break;
    }
    return u"verify"_s;
}

Text actionText(PortAction action)
{
    switch (action) {
    case PortAction::None:
        return Text::phrase("Firewall", QT_TRANSLATE_NOOP("Firewall", "verified open, no change"));
    case PortAction::Open:
        return Text::phrase("Firewall", QT_TRANSLATE_NOOP("Firewall", "open"));
    case PortAction::Fix:
        return Text::phrase("Firewall", QT_TRANSLATE_NOOP("Firewall", "fix the service"));
    case PortAction::Unknown:
        break;
    }
    return Text::phrase("Firewall", QT_TRANSLATE_NOOP("Firewall", "open if blocked (not tested)"));
}

namespace {

// The protocol a probe kind speaks, as people name it ("389 accepted the connection and never
// answered LDAP").
Text protocolName(ProbeKind kind)
{
    switch (kind) {
    case ProbeKind::Ldap:
        return Text::plain(u"LDAP"_s);
    case ProbeKind::Gc:
        return Text::phrase("Verdict", QT_TRANSLATE_NOOP("Verdict", "the Global Catalog"));
    case ProbeKind::Ldaps:
        return Text::plain(u"LDAPS"_s);
    case ProbeKind::Gcs:
        return Text::phrase("Verdict", QT_TRANSLATE_NOOP("Verdict", "the Global Catalog over TLS"));
    case ProbeKind::Winrm:
        return Text::plain(u"WinRM (WS-Management)"_s);
    case ProbeKind::Winrms:
        return Text::plain(u"WinRM over HTTPS"_s);
    case ProbeKind::Smb:
        return Text::plain(u"SMB 2/3"_s);
    case ProbeKind::NetbiosSmb:
        return Text::phrase("Verdict", QT_TRANSLATE_NOOP("Verdict", "the NetBIOS session"));
    case ProbeKind::Http:
        return Text::plain(u"HTTP"_s);
    case ProbeKind::Https:
        return Text::plain(u"HTTPS"_s);
    case ProbeKind::Tds:
        return Text::plain(u"TDS (SQL Server)"_s);
    case ProbeKind::Kerberos:
        return Text::plain(u"Kerberos"_s);
    case ProbeKind::Dns:
        return Text::plain(u"DNS"_s);
    case ProbeKind::Tls:
        return Text::plain(u"TLS"_s);
    case ProbeKind::Tcp:
    case ProbeKind::None:
        break;
    }
    return Text::plain(probeKindId(kind));
}

const Check *checkForLeaf(const Plan &plan, const PlanItem &item, const Requirement &leaf)
{
    for (int index : item.checks) {
        const Check &c = plan.checks.at(index);
        if (!c.advisory && c.catalogPort == leaf.port && c.probe == leaf.probe)
            return &c;
    }
    return nullptr;
}

// The verdict rules for one port (see verdict.h): what the network team has to do about it.
PortAction portAction(const ProbeResult *r)
{
    if (!r || r->state == ProbeState::NotTested)
        return PortAction::Unknown;
    switch (r->state) {
    case ProbeState::Refused:
    case ProbeState::Filtered:
    case ProbeState::Unreachable:
        return PortAction::Open;
    case ProbeState::DnsFailed:
    case ProbeState::Error:
        return PortAction::Fix;
    case ProbeState::Open:
    case ProbeState::NotTested:
        break;
    }
    if (!r->failureId().isEmpty())
        return PortAction::Fix;
    // It works on the address used, but another address of the name is blocked: open it there too.
    return r->someAddressFails() ? PortAction::Open : PortAction::None;
}

// Picks the ports the firewall request lists for one link and host (verdict.h, NeededPort).
class Chooser
{
public:
    Chooser(const Catalog &catalog, const Plan &plan, const PlanItem &item, const ResultIndex *results)
        : m_plan(plan)
        , m_item(item)
        , m_results(results)
        , m_link(catalog.link(item.link))
    {}

    QList<NeededPort> run()
    {
        select(m_item.requirement(), m_link && m_link->optional ? NeedLevel::Optional : NeedLevel::Required);
        return m_out;
    }

private:
    const ProbeResult *resultFor(const Requirement &leaf) const
    {
        const Check *check = checkForLeaf(m_plan, m_item, leaf);
        if (!check || !m_results)
            return nullptr;
        const auto it = m_results->constFind(check->probeKey());
        return it == m_results->cend() || it->state == ProbeState::NotTested ? nullptr : &*it;
    }

    // The port works as the requirement needs it: the service answered (a certificate problem
    // counts as working only where the link's client does not verify).
    bool works(const Requirement &leaf) const
    {
        const ProbeResult *r = resultFor(leaf);
        if (!r || r->state != ProbeState::Open)
            return false;
        return r->failureId().isEmpty() ||
               (r->service == ServiceState::TlsError && m_link && m_link->tlsErrorsWarn);
    }

    // Leaves that cannot be probed never decide anything: they are listed with their group.
    bool satisfied(const Requirement &node) const
    {
        if (node.isPort())
            return node.isInformational() || works(node);
        if (node.kind == Requirement::Kind::AllOf)
            return std::all_of(node.children.cbegin(), node.children.cend(),
                               [this](const Requirement &c) { return satisfied(c); });
        return std::any_of(node.children.cbegin(), node.children.cend(),
                           [this](const Requirement &c) { return satisfied(c); });
    }

    // How many ports would have to change for the node to be met.
    int cost(const Requirement &node) const
    {
        if (node.isPort())
            return satisfied(node) ? 0 : 1;
        if (node.kind == Requirement::Kind::AllOf) {
            int sum = 0;
            for (const Requirement &c : node.children)
                sum += cost(c);
            return sum;
        }
        if (satisfied(node))
            return 0;
        if (!node.fallback.isEmpty())
            return cost(node.children.constFirst());
        int best = std::numeric_limits<int>::max();
        for (const Requirement &c : node.children)
            best = std::min(best, cost(c));
        return best;
    }

    void select(const Requirement &node, NeedLevel need)
    {
        if (node.isPort()) {
            const bool seen = std::any_of(m_out.cbegin(), m_out.cend(), [&](const NeededPort &p) {
                return p.leaf->port == node.port && p.leaf->probe == node.probe;
            });
            if (seen)
                return;
            NeededPort p;
            p.leaf = &node;
            p.check = node.isInformational() ? nullptr : checkForLeaf(m_plan, m_item, node);
            p.need = need;
            p.result = node.isInformational() ? nullptr : resultFor(node);
            p.action = node.isInformational() ? PortAction::Unknown : portAction(p.result);
            m_out.append(p);
            return;
        }
        if (node.kind == Requirement::Kind::AllOf) {
            for (const Requirement &c : node.children)
                select(c, need);
            return;
        }
        if (node.children.isEmpty())
            return;
        qsizetype working = -1;
        for (qsizetype i = 0; i < node.children.size() && working < 0; ++i) {
            if (satisfied(node.children.at(i)))
                working = i;
        }
        if (working >= 0) {
            // A fallback carries the link: its first choice is worth opening, not required.
            if (!node.fallback.isEmpty() && working > 0)
                select(node.children.constFirst(),
                       need == NeedLevel::Required ? NeedLevel::Recommended : need);
            select(node.children.at(working), need);
            return;
        }
        // Nothing works: the mode's first choice for a fallback group (the fallback is the degraded
        // path); otherwise the alternative that needs the fewest changes, the first on a tie.
        qsizetype chosen = 0;
        if (node.fallback.isEmpty()) {
            for (qsizetype i = 1; i < node.children.size(); ++i) {
                if (cost(node.children.at(i)) < cost(node.children.at(chosen)))
                    chosen = i;
            }
        }
        select(node.children.at(chosen), need);
    }

    const Plan &m_plan;
    const PlanItem &m_item;
    const ResultIndex *m_results;
    const Link *m_link;
    QList<NeededPort> m_out;
};

struct Outcome
{
    VerdictLevel level = VerdictLevel::NotTested;
    Text text;            // the ports this outcome rests on, described
    Text fallbackWarning; // set when a fallback carried the result
};

Text phrase(const char *source, QList<Text> args = {}, int n = -1)
{
    return Text::phrase("Verdict", source, std::move(args), n);
}

// "389/ldap refused": the state words of the JSON contract, worded for people.
Text portStateText(const Text &port, ProbeState state)
{
    switch (state) {
    case ProbeState::Open:
        return phrase(QT_TRANSLATE_NOOP("Verdict", "%1 open"), {port});
    case ProbeState::Refused:
        return phrase(QT_TRANSLATE_NOOP("Verdict", "%1 refused"), {port});
    case ProbeState::Filtered:
        return phrase(QT_TRANSLATE_NOOP("Verdict", "%1 filtered"), {port});
    case ProbeState::Unreachable:
        return phrase(QT_TRANSLATE_NOOP("Verdict", "%1 unreachable"), {port});
    case ProbeState::DnsFailed:
        return phrase(QT_TRANSLATE_NOOP("Verdict", "%1 dns-failed"), {port});
    case ProbeState::Error:
        return phrase(QT_TRANSLATE_NOOP("Verdict", "%1 error"), {port});
    case ProbeState::NotTested:
        break;
    }
    return phrase(QT_TRANSLATE_NOOP("Verdict", "%1 not probed"), {port});
}

// A DC's directory over LDAP, whichever port.
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

// "corp.example" -> "DC=corp,DC=example"
QString namingContextOf(const QString &domain)
{
    QStringList parts;
    for (const QString &label : domain.split(u'.', Qt::SkipEmptyParts))
        parts << u"DC="_s + label;
    return parts.join(u',');
}

// "DC=corp,DC=example" -> "corp.example"; other distinguished names stay as they are.
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

// What is wrong behind a port that works (verdict.h: findings).
struct Finding
{
    VerdictLevel level = VerdictLevel::Pass;
    QString cause; // a remediation cause: wrong-domain, clock-skew, clock-skew-local; empty: none
    Text text;
};

class Evaluator
{
public:
    Evaluator(const Catalog &catalog, const Plan &plan, const PlanItem &item, const ResultIndex &results,
              const DirectoryContext &context)
        : m_catalog(catalog)
        , m_plan(plan)
        , m_item(item)
        , m_results(results)
        , m_context(context)
        , m_link(catalog.link(item.link))
    {}

    Verdict run()
    {
        Verdict v;
        v.link = m_item.link;
        v.host = m_item.host;
        v.optional = m_link && m_link->optional;
        for (const Requirement *leaf : m_item.requirement().leaves()) {
            if (leaf->isInformational())
                v.notes << phrase(QT_TRANSLATE_NOOP("Verdict", "%1: %2"),
                                  {Text::plain(leaf->portText()), Text::catalog(leaf->note)});
        }
        if (!m_item.testable) {
            v.level = VerdictLevel::NotTested;
            const Role *from = m_link ? m_catalog.role(m_link->from) : nullptr;
            v.reason = phrase(QT_TRANSLATE_NOOP("Verdict", "not tested: this link starts at the %1; run "
                                                           "Guardian Port Check there with that role as "
                                                           "its vantage"),
                              {Text::catalog(from     ? from->name
                                             : m_link ? m_link->from
                                                      : QString())});
            return v;
        }
        const Outcome o = evaluate(m_item.requirement());
        v.level = o.level;
        switch (o.level) {
        case VerdictLevel::Pass:
            v.reason = o.text;
            break;
        case VerdictLevel::Warn:
            v.reason = o.fallbackWarning.isEmpty()
                           ? o.text
                           : phrase(QT_TRANSLATE_NOOP("Verdict", "%1: %2"), {o.fallbackWarning, o.text});
            break;
        case VerdictLevel::Fail:
            v.reason = phrase(QT_TRANSLATE_NOOP("Verdict", "fails: %1"), {o.text});
            break;
        case VerdictLevel::NotTested:
            v.reason = phrase(QT_TRANSLATE_NOOP("Verdict", "not tested yet: %1"), {o.text});
            break;
        }
        const Text unused = advisoryText();
        if (!unused.isEmpty() && o.level != VerdictLevel::Pass)
            v.reason = Text::sentences({v.reason, unused});
        if (const Text other = otherPathText(o.level); !other.isEmpty())
            v.reason = Text::sentences({v.reason, other});
        if (const Text direct = directOnlyText(); !direct.isEmpty())
            v.reason = Text::sentences({v.reason, direct});
        if (v.optional && v.level == VerdictLevel::Fail) {
            v.level = VerdictLevel::Warn;
            v.reason = phrase(QT_TRANSLATE_NOOP("Verdict", "optional link %1"), {v.reason});
        }
        // A blocked revocation server does not break the link, but Windows waits for it (about 15
        // seconds per server) before it trusts the certificate: every new connection stalls.
        const QStringList revocation = blockedRevocationServers();
        if (!revocation.isEmpty()) {
            v.reason = Text::sentences(
                {v.reason,
                 phrase(QT_TRANSLATE_NOOP("Verdict", "the certificate's revocation servers do not "
                                                     "answer: %1; Windows waits for them before it "
                                                     "trusts the certificate, so each new connection "
                                                     "stalls"),
                        {Text::plain(revocation.join(u", "_s))})});
            if (v.level == VerdictLevel::Pass)
                v.level = VerdictLevel::Warn;
        }
        if (v.level == VerdictLevel::Fail || v.level == VerdictLevel::Warn) {
            v.fixes = fixes();
            for (const Fix &f : groupFixes(m_catalog, {v}))
                v.remediation << f.text;
        }
        if (!revocation.isEmpty()) {
            const Role *from = m_link ? m_catalog.role(m_link->from) : nullptr;
            v.remediation << phrase(QT_TRANSLATE_NOOP("Verdict",
                                                      "Allow HTTP (TCP 80) from the %1 to the "
                                                      "certificate revocation servers of %2 (%3), "
                                                      "directly or on its proxy: Windows checks "
                                                      "there that the certificate is not revoked."),
                                    {Text::catalog(from ? from->name : QString()), Text::plain(m_item.host),
                                     Text::plain(revocation.join(u", "_s))});
        }
        return v;
    }

private:
    const Check *checkFor(const Requirement &leaf) const { return checkForLeaf(m_plan, m_item, leaf); }

    Outcome evaluateLeaf(const Requirement &leaf)
    {
        Outcome o;
        const Check *check = checkFor(leaf);
        Text portName =
            check && check->requestPort() != leaf.port
                ? phrase(QT_TRANSLATE_NOOP("Verdict", "%1 (port %2)"),
                         {Text::plain(leaf.portText()), Text::plain(QString::number(check->port))})
                : Text::plain(leaf.portText());
        if (check && !check->via.isEmpty())
            portName = phrase(QT_TRANSLATE_NOOP("Verdict", "%1 through the proxy %2"),
                              {portName, Text::plain(check->via)});
        const auto it = check ? m_results.constFind(check->probeKey()) : m_results.constEnd();
        if (it == m_results.constEnd() || it->state == ProbeState::NotTested) {
            o.level = VerdictLevel::NotTested;
            o.text = portStateText(portName, ProbeState::NotTested);
            return o;
        }
        const ProbeResult &r = *it;
        const Text kind = Text::plain(probeKindId(leaf.probe));
        if (r.facts.contains(u"proxy.outcome"_s)) {
            // The proxy stopped it: what the proxy said is the reason (403 and its phrase, 407 and
            // the schemes it wants, or that the proxy itself does not answer).
            o.level = VerdictLevel::Fail;
            o.text = phrase(QT_TRANSLATE_NOOP("Verdict", "%1: %2"), {portName, r.message});
            return o;
        }
        if (r.state != ProbeState::Open) {
            o.level = VerdictLevel::Fail;
            o.text = portStateText(portName, r.state);
        } else {
            switch (r.service) {
            case ServiceState::Identified:
            case ServiceState::NotProbed:
                o.level = VerdictLevel::Pass;
                o.text = portStateText(portName, ProbeState::Open);
                if (const Finding f = finding(r, portName); f.level != VerdictLevel::Pass) {
                    o.level = f.level;
                    o.text = f.text;
                }
                break;
            case ServiceState::TlsError: {
                const QString errors = r.facts.value(u"tls.errors"_s);
                const Text what = errors.isEmpty()
                                      ? phrase(QT_TRANSLATE_NOOP("Verdict", "certificate not trusted"))
                                      : tlsErrorsText(errors);
                if (m_link && m_link->tlsErrorsWarn) {
                    o.level = VerdictLevel::Warn;
                    o.text = phrase(QT_TRANSLATE_NOOP("Verdict", "%1 open, but TLS: %2"), {portName, what});
                } else {
                    // Guardian's clients verify the certificate and refuse it: the port does not work.
                    o.level = VerdictLevel::Fail;
                    o.text = phrase(QT_TRANSLATE_NOOP(
                                        "Verdict", "%1 open, but TLS: %2; the %3 refuses such a certificate"),
                                    {portName, what, fromRoleName()});
                }
                break;
            }
            case ServiceState::Silent:
                o.level = VerdictLevel::Fail;
                o.text =
                    phrase(QT_TRANSLATE_NOOP("Verdict", "%1 accepted the connection and never answered %2"),
                           {portName, protocolName(leaf.probe)});
                break;
            case ServiceState::Unexpected:
                o.level = VerdictLevel::Fail;
                // An LDAP server that is not Active Directory: the probe says what it is.
                if (isDirectoryKind(r.kind) && !r.message.isEmpty() &&
                    std::any_of(r.facts.keyBegin(), r.facts.keyEnd(),
                                [](const QString &k) { return k.startsWith(u"ldap."_s); }))
                    o.text = phrase(QT_TRANSLATE_NOOP("Verdict", "%1 open, but %2"), {portName, r.message});
                else
                    o.text =
                        phrase(QT_TRANSLATE_NOOP("Verdict", "%1 open, but something other than %2 answered"),
                               {portName, kind});
                break;
            }
        }
        return o;
    }

    // What is wrong behind a port that works, the most serious first: a DC of another domain or
    // forest, a clock beyond Kerberos' limit, a DNS server or KDC that does not serve the domain,
    // a clock drifting towards the limit, another DC answering for the name typed.
    Finding finding(const ProbeResult &r, const Text &portName) const
    {
        const Text host = Text::plain(m_item.host);
        // A trusted chain re-signed by another CA: it works for a browser that trusts that CA,
        // but Guardian's clients behind it are at the inspecting box's mercy.
        if (const QString inspector = r.facts.value(u"tls.interceptedBy"_s); !inspector.isEmpty()) {
            const Role *to = m_link ? m_catalog.role(m_link->to) : nullptr;
            return {VerdictLevel::Warn, u"tls-inspected"_s,
                    phrase(QT_TRANSLATE_NOOP("Verdict", "%1 open, but TLS is inspected: the certificate was "
                                                        "re-signed by %2, not issued by the CAs of %3 (%4); "
                                                        "%5 can break behind it"),
                           {portName, Text::plain(inspector), Text::catalog(to ? to->name : QString()),
                            Text::plain(to ? to->tlsIssuers.join(u", "_s) : QString()),
                            Text::catalog(m_link ? m_link->name : QString())})};
        }
        if (isDirectoryKind(r.kind)) {
            const QString nc = r.facts.value(u"ldap.defaultNamingContext"_s);
            const QString root = r.facts.value(u"ldap.rootDomainNamingContext"_s);
            // A Global Catalog serves the whole forest: only its forest has to match.
            if (servesOneDomain(r.kind) && !nc.isEmpty() && !m_context.domainNamingContext.isEmpty() &&
                normalizedDn(nc) != normalizedDn(m_context.domainNamingContext))
                return {
                    VerdictLevel::Fail, u"wrong-domain"_s,
                    phrase(m_context.domainFromProfile
                               ? QT_TRANSLATE_NOOP("Verdict", "%1 open, but %2 is a domain controller of %3 "
                                                              "(%4), not of %5, the profile's domain")
                               : QT_TRANSLATE_NOOP("Verdict", "%1 open, but %2 is a domain controller of %3 "
                                                              "(%4), not of %5 like the other domain "
                                                              "controllers"),
                           {portName, host, Text::plain(domainOf(nc)), Text::plain(nc),
                            Text::plain(domainOf(m_context.domainNamingContext))})};
            if (!root.isEmpty() && !m_context.rootNamingContext.isEmpty() &&
                normalizedDn(root) != normalizedDn(m_context.rootNamingContext))
                return {
                    VerdictLevel::Fail, u"wrong-domain"_s,
                    phrase(QT_TRANSLATE_NOOP("Verdict", "%1 open, but %2 belongs to the forest %3, not to "
                                                        "%4 like the other domain controllers"),
                           {portName, host, Text::plain(domainOf(root)),
                            Text::plain(domainOf(m_context.rootNamingContext))})};
        }
        const Finding clock = clockFinding(r.facts.value(u"clock.skewSeconds"_s).toLongLong(), portName);
        if (clock.level == VerdictLevel::Fail)
            return clock;
        if (r.someAddressFails())
            return addressFinding(r, portName);
        if (const Text why = serviceWarning(r, portName); !why.isEmpty())
            return {VerdictLevel::Warn, u"wrong-domain"_s, why};
        if (clock.level == VerdictLevel::Warn)
            return clock;
        // Another DC answered for the name that was typed: an alias or a load balancer.
        if (const QString other = r.facts.value(u"ldap.nameMismatch"_s); !other.isEmpty())
            return {VerdictLevel::Warn,
                    {},
                    phrase(QT_TRANSLATE_NOOP("Verdict", "%1 open, but answered as %2, not %3"),
                           {portName, Text::plain(other), host})};
        return {};
    }

    // The port works on one address of the name and not on another. Windows tries IPv6 first
    // (RFC 6724): a blocked first address costs every connection a failed attempt, a dropped one
    // the whole connect timeout; a blocked later address leaves no way around the first one.
    Finding addressFinding(const ProbeResult &r, const Text &portName) const
    {
        const AddressOutcome &first = r.addresses.constFirst();
        const AddressOutcome *failing = nullptr;
        for (const AddressOutcome &a : r.addresses) {
            if (!a.works() && !failing)
                failing = &a;
        }
        Q_ASSERT(failing);
        const Text used = Text::plain(r.address);
        const Text other = Text::plain(failing->address);
        const Text state = failing->state == ProbeState::Open ? serviceStateText(failing->service)
                                                              : probeStateText(failing->state);
        Finding f{VerdictLevel::Warn, u"address-blocked"_s, {}};
        if (!first.works() && first.state == ProbeState::Filtered)
            f.text =
                phrase(QT_TRANSLATE_NOOP("Verdict", "%1 open on %2, but filtered on %3, which Windows tries "
                                                    "first: every connection of the %4 waits for that "
                                                    "attempt to time out before it uses %2"),
                       {portName, used, other, fromRoleName()});
        else if (!first.works())
            f.text = phrase(QT_TRANSLATE_NOOP("Verdict",
                                              "%1 open on %2, but %3 on %4, which Windows tries first: "
                                              "every connection of the %5 fails there before it uses %2"),
                            {portName, used, state, other, fromRoleName()});
        else
            f.text =
                phrase(QT_TRANSLATE_NOOP("Verdict", "%1 open on %2, but %3 on %4: if %2 stops answering, "
                                                    "the %5 has no other way to %6"),
                       {portName, used, state, other, fromRoleName(), Text::plain(m_item.host)});
        return f;
    }

    // Kerberos refuses a ticket when the clocks differ by more than 5 minutes (RFC 4120 1.6; the
    // default "Maximum tolerance for computer clock synchronization" of a domain).
    // `skew` is the DC's time minus this machine's (0 when unknown).
    Finding clockFinding(qint64 skew, const Text &portName) const
    {
        const qint64 distance = std::abs(skew);
        if (distance <= kSkewWarnSeconds)
            return {};
        const bool fail = distance > kSkewFailSeconds;
        const Text seconds = Text::plain(QString::number(distance));
        const Text host = Text::plain(m_item.host);
        Finding f;
        f.level = fail ? VerdictLevel::Fail : VerdictLevel::Warn;
        if (m_context.localClockOff) {
            f.cause = u"clock-skew-local"_s;
            // skew is the DC's time minus this machine's: a DC ahead means this machine is behind.
            const char *source =
                skew > 0
                    ? (fail ? QT_TRANSLATE_NOOP("Verdict", "%1 open, but this machine's clock is %2 seconds "
                                                           "behind %3 and the other domain controllers: "
                                                           "Kerberos refuses more than 300 seconds, so no "
                                                           "sign-in from here works")
                            : QT_TRANSLATE_NOOP("Verdict", "%1 open, but this machine's clock is %2 seconds "
                                                           "behind %3 and the other domain controllers "
                                                           "(Kerberos refuses more than 300 seconds)"))
                    : (fail ? QT_TRANSLATE_NOOP("Verdict", "%1 open, but this machine's clock is %2 seconds "
                                                           "ahead of %3 and the other domain controllers: "
                                                           "Kerberos refuses more than 300 seconds, so no "
                                                           "sign-in from here works")
                            : QT_TRANSLATE_NOOP("Verdict", "%1 open, but this machine's clock is %2 seconds "
                                                           "ahead of %3 and the other domain controllers "
                                                           "(Kerberos refuses more than 300 seconds)"));
            f.text = phrase(source, {portName, seconds, host});
            return f;
        }
        f.cause = u"clock-skew"_s;
        const char *source =
            skew > 0
                ? (fail ? QT_TRANSLATE_NOOP("Verdict", "%1 open, but the clock of %2 is %3 seconds ahead of "
                                                       "this machine's: Kerberos refuses more than 300 "
                                                       "seconds, so the %4 cannot sign in to it")
                        : QT_TRANSLATE_NOOP("Verdict", "%1 open, but the clock of %2 is %3 seconds ahead of "
                                                       "this machine's (Kerberos refuses more than 300 "
                                                       "seconds)"))
                : (fail ? QT_TRANSLATE_NOOP("Verdict", "%1 open, but the clock of %2 is %3 seconds behind "
                                                       "this machine's: Kerberos refuses more than 300 "
                                                       "seconds, so the %4 cannot sign in to it")
                        : QT_TRANSLATE_NOOP("Verdict", "%1 open, but the clock of %2 is %3 seconds behind "
                                                       "this machine's (Kerberos refuses more than 300 "
                                                       "seconds)"));
        f.text = phrase(source, {portName, host, seconds, fromRoleName()});
        return f;
    }

    // A DNS server or KDC that answers, but not for the domain the run is about: the port works, the
    // service behind it does not serve Guardian's domain (DNS finds no DCs, Kerberos gets no ticket).
    Text serviceWarning(const ProbeResult &r, const Text &portName) const
    {
        static const QString locator = u"_ldap._tcp.dc._msdcs."_s;
        const QString host = m_item.host;
        if (r.kind == ProbeKind::Dns && r.facts.value(u"dns.query"_s).startsWith(locator)) {
            const QString query = r.facts.value(u"dns.query"_s);
            const Text domain = Text::plain(query.mid(locator.size()));
            const QString rcode = r.facts.value(u"dns.rcode"_s);
            if (rcode == u"NXDOMAIN"_s)
                return phrase(QT_TRANSLATE_NOOP("Verdict",
                                                "%1 open, but the DNS server on %2 does not serve %3 (it "
                                                "answered NXDOMAIN for %4): point the %5 at a DNS server "
                                                "of the domain, or check the domain name in the profile"),
                              {portName, Text::plain(host), domain, Text::plain(query), fromRoleName()});
            if (!rcode.isEmpty() && rcode != u"NOERROR"_s)
                return phrase(
                    QT_TRANSLATE_NOOP("Verdict", "%1 open, but the DNS server on %2 answered %3 "
                                                 "for %4: it does not resolve the domain for the %5"),
                    {portName, Text::plain(host), Text::plain(rcode), Text::plain(query), fromRoleName()});
            if (rcode == u"NOERROR"_s && r.facts.value(u"dns.answers"_s) == u"0"_s)
                return phrase(QT_TRANSLATE_NOOP("Verdict",
                                                "%1 open, but the DNS server on %2 has no domain controller "
                                                "records for %3 (%4): check that the DCs register them "
                                                "(Netlogon) in that zone"),
                              {portName, Text::plain(host), domain, Text::plain(query)});
        }
        if (r.kind == ProbeKind::Kerberos && r.facts.value(u"kerberos.error"_s) == u"KDC_ERR_WRONG_REALM"_s &&
            r.facts.contains(u"kerberos.requestedRealm"_s))
            return phrase(
                QT_TRANSLATE_NOOP("Verdict", "%1 open, but the KDC on %2 does not serve the realm %3: "
                                             "%2 is a domain controller of another domain, or the "
                                             "domain name in the profile is wrong"),
                {portName, Text::plain(host), Text::plain(r.facts.value(u"kerberos.requestedRealm"_s))});
        return {};
    }

    Text fromRoleName() const
    {
        const Role *from = m_link ? m_catalog.role(m_link->from) : nullptr;
        return Text::catalog(from ? from->name : m_link ? m_link->from : QString());
    }

    // The fixes of the ports the firewall request asks to change (verdict.h: neededPorts), so that
    // the advice and the request agree: no fix for 139 when 445 is the port to open.
    QList<Fix> fixes() const
    {
        QList<Fix> out;
        if (!m_link)
            return out;
        for (const NeededPort &p : neededPorts(m_catalog, m_plan, m_item, &m_results)) {
            if (!p.result || !p.check)
                continue;
            QString failure = p.result->failureId();
            if (failure.isEmpty() && p.result->state == ProbeState::Open)
                failure = finding(*p.result, Text::plain(p.leaf->portText())).cause;
            if (failure.isEmpty())
                continue;
            Fix f;
            f.host = m_item.host;
            f.cause = failure;
            f.from = m_link->from;
            f.templateText = m_catalog.remediationTemplate(*m_link, p.leaf->probe, failure);
            if (f.templateText.isEmpty())
                continue;
            f.links = {m_link->id};
            f.ports = {p.check->requestPort()};
            f.text = m_catalog.fillRemediation(f.templateText, *m_link,
                                               QString::number(p.check->requestPort()), m_item.host);
            out.append(f);
        }
        return out;
    }

    static QList<Text> texts(const QList<Outcome> &outcomes)
    {
        QList<Text> result;
        for (const Outcome &o : outcomes)
            result << o.text;
        return result;
    }

    Outcome evaluate(const Requirement &node)
    {
        if (node.isPort())
            return evaluateLeaf(node);
        QList<Outcome> parts;
        for (const Requirement &child : node.children) {
            if (!child.isInformational())
                parts.append(evaluate(child));
        }
        Outcome o;
        if (parts.isEmpty()) {
            o.level = VerdictLevel::Pass;
            return o;
        }
        // A group left with one child by the modes (the auto WinRM modes) is that child.
        if (parts.size() == 1)
            return parts.constFirst();
        if (node.kind == Requirement::Kind::AllOf) {
            const auto has = [&](VerdictLevel l) {
                return std::any_of(parts.cbegin(), parts.cend(),
                                   [l](const Outcome &p) { return p.level == l; });
            };
            o.level = has(VerdictLevel::Fail)        ? VerdictLevel::Fail
                      : has(VerdictLevel::NotTested) ? VerdictLevel::NotTested
                      : has(VerdictLevel::Warn)      ? VerdictLevel::Warn
                                                     : VerdictLevel::Pass;
            o.text = Text::list(texts(parts));
            for (const Outcome &p : std::as_const(parts)) {
                if (!p.fallbackWarning.isEmpty())
                    o.fallbackWarning = p.fallbackWarning;
            }
            return o;
        }
        // any-of: the best alternative carries the link
        int best = 0;
        const auto rank = [](VerdictLevel l) {
            switch (l) {
            case VerdictLevel::Pass:
                return 3;
            case VerdictLevel::Warn:
                return 2;
            case VerdictLevel::NotTested:
                return 1;
            case VerdictLevel::Fail:
                break;
            }
            return 0;
        };
        for (int i = 1; i < parts.size(); ++i) {
            if (rank(parts.at(i).level) > rank(parts.at(best).level))
                best = i;
        }
        o = parts.at(best);
        if (o.level == VerdictLevel::Fail) {
            o.text = phrase(QT_TRANSLATE_NOOP("Verdict", "none of the allowed ports works (%1)"),
                            {Text::sentences(texts(parts))});
            return o;
        }
        if (!node.fallback.isEmpty() && best > 0 &&
            (o.level == VerdictLevel::Pass || o.level == VerdictLevel::Warn)) {
            o.level = VerdictLevel::Warn;
            o.fallbackWarning = Text::catalog(node.fallback);
            o.text = Text::sentences(texts(parts.mid(0, best + 1)));
        }
        return o;
    }

    // The direct twin of a check through the proxy (same port and kind, no proxy), or null.
    const Check *directTwin(const Check &proxied) const
    {
        for (int index : m_item.checks) {
            const Check &c = m_plan.checks.at(index);
            if (c.advisory && c.via.isEmpty() && c.port == proxied.port && c.probe == proxied.probe)
                return &c;
        }
        return nullptr;
    }

    bool isDirectTwin(const Check &c) const
    {
        if (!c.advisory || !c.via.isEmpty())
            return false;
        for (int index : m_item.checks) {
            const Check &p = m_plan.checks.at(index);
            if (!p.via.isEmpty() && p.port == c.port && p.probe == c.probe)
                return true;
        }
        return false;
    }

    // TDS to an Internet database with a proxy configured: it never goes through the proxy.
    // The CRL and OCSP servers the served certificates name (probed in the same run, on the same
    // path): those that do not answer, as "crl.example:80 (filtered)".
    QStringList blockedRevocationServers() const
    {
        QStringList blocked;
        for (int index : m_item.checks) {
            const Check &c = m_plan.checks.at(index);
            if (c.advisory || !probeKindUsesTls(c.probe))
                continue;
            const auto it = m_results.constFind(c.probeKey());
            if (it == m_results.constEnd())
                continue;
            for (const ProbeTarget &t : revocationTargets(*it)) {
                const auto r = m_results.constFind(t.key());
                if (r == m_results.constEnd() || r->state == ProbeState::NotTested ||
                    r->failureId().isEmpty())
                    continue;
                const QString what =
                    t.host + u':' + QString::number(t.port) + u" ("_s +
                    (r->state == ProbeState::Open ? r->failureId() : probeStateId(r->state)) + u')';
                if (!blocked.contains(what))
                    blocked << what;
            }
        }
        return blocked;
    }

    Text directOnlyText() const
    {
        const Role *target = m_link ? m_catalog.role(m_link->to) : nullptr;
        if (!target || !target->internet || m_plan.proxy.isEmpty())
            return {};
        for (const Requirement *leaf : m_item.requirement().leaves()) {
            if (leaf->probe == ProbeKind::Tds)
                return phrase(QT_TRANSLATE_NOOP("Verdict",
                                                "TDS cannot go through the HTTP proxy %1: Guardian "
                                                "needs direct egress to %2 on %3"),
                              {Text::plain(m_plan.proxy), Text::plain(m_item.host),
                               Text::plain(QString::number(leaf->port))});
        }
        return {};
    }

    // The path Guardian does not use, beside the one the verdict follows: whether direct egress
    // works too (fine either way when the proxy works; the way out when the proxy refuses).
    Text otherPathText(VerdictLevel level) const
    {
        for (int index : m_item.checks) {
            const Check &proxied = m_plan.checks.at(index);
            if (proxied.via.isEmpty() || proxied.advisory)
                continue;
            const Check *twin = directTwin(proxied);
            const auto it = twin ? m_results.constFind(twin->probeKey()) : m_results.constEnd();
            if (it == m_results.constEnd() || it->state == ProbeState::NotTested)
                return {};
            const bool directWorks = it->state == ProbeState::Open && it->failureId().isEmpty();
            const Text how =
                it->state == ProbeState::Open ? serviceStateText(it->service) : probeStateText(it->state);
            if (level == VerdictLevel::Pass || level == VerdictLevel::Warn)
                return directWorks
                           ? phrase(QT_TRANSLATE_NOOP("Verdict", "direct egress works too"))
                           : phrase(QT_TRANSLATE_NOOP("Verdict", "direct egress is blocked (%1), which "
                                                                 "is fine: Guardian uses the proxy"),
                                    {how});
            return directWorks
                       ? phrase(QT_TRANSLATE_NOOP("Verdict",
                                                  "direct egress works, but Guardian uses the proxy "
                                                  "%1: allow %2 there, or set Guardian to connect "
                                                  "directly"),
                                {Text::plain(proxied.via), Text::plain(m_item.host)})
                       : phrase(QT_TRANSLATE_NOOP("Verdict", "direct egress is blocked too (%1)"), {how});
        }
        return {};
    }

    // Advisory ports (other modes) that answered: they explain how the link could pass.
    Text advisoryText() const
    {
        QList<Text> open;
        for (int index : m_item.checks) {
            const Check &c = m_plan.checks.at(index);
            if (!c.advisory || isDirectTwin(c))
                continue;
            const auto it = m_results.constFind(c.probeKey());
            if (it != m_results.constEnd() && it->state == ProbeState::Open && it->failureId().isEmpty())
                open << Text::plain(QString::number(c.requestPort()) + u" ("_s + probeKindId(c.probe) + u')');
        }
        if (open.isEmpty())
            return {};
        // Two sentences rather than a plural form: the results JSON carries english(), which has no
        // translation file to pick "is" or "are" from.
        if (open.size() == 1)
            return phrase(QT_TRANSLATE_NOOP("Verdict", "%1 is open, but the chosen mode does not use it"),
                          open);
        return phrase(QT_TRANSLATE_NOOP("Verdict", "%1 are open, but the chosen mode does not use them"),
                      {Text::list(open)});
    }

    const Catalog &m_catalog;
    const Plan &m_plan;
    const PlanItem &m_item;
    const ResultIndex &m_results;
    const DirectoryContext &m_context;
    const Link *m_link;
};

} // namespace

namespace {
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

QList<NeededPort> neededPorts(const Catalog &catalog, const Plan &plan, const PlanItem &item,
                              const ResultIndex *results)
{
    return Chooser(catalog, plan, item, results).run();
}

QList<Fix> groupFixes(const Catalog &catalog, const QList<Verdict> &verdicts)
{
    QList<Fix> out;
    QHash<QString, qsizetype> at;
    for (const Verdict &v : verdicts) {
        if (v.level != VerdictLevel::Fail && v.level != VerdictLevel::Warn)
            continue;
        for (const Fix &f : v.fixes) {
            const QString key =
                v.observer + u'|' + f.host + u'|' + f.from + u'|' + f.cause + u'|' + f.templateText;
            const auto it = at.constFind(key);
            if (it == at.cend()) {
                at.insert(key, out.size());
                Fix copy = f;
                copy.observer = v.observer;
                out.append(copy);
                continue;
            }
            Fix &g = out[*it];
            for (const QString &l : f.links) {
                if (!g.links.contains(l))
                    g.links << l;
            }
            for (const quint16 p : f.ports) {
                if (!g.ports.contains(p))
                    g.ports << p;
            }
        }
    }
    for (Fix &g : out) {
        const Link *link = catalog.link(g.links.value(0));
        if (!link || g.ports.size() < 2)
            continue;
        QStringList ports;
        for (const quint16 p : std::as_const(g.ports))
            ports << QString::number(p);
        g.text = catalog.fillRemediation(g.templateText, *link, ports.join(u", "_s), g.host);
    }
    return out;
}

QList<Verdict> computeVerdicts(const Catalog &catalog, const Plan &plan, const ResultIndex &results)
{
    QList<Verdict> verdicts;
    verdicts.reserve(plan.items.size());
    const DirectoryContext context = directoryContext(plan, results);
    for (const PlanItem &item : plan.items)
        verdicts.append(Evaluator(catalog, plan, item, results, context).run());
    return verdicts;
}

Verdict computeVerdict(const Catalog &catalog, const Plan &plan, const PlanItem &item,
                       const ResultIndex &results, const DirectoryContext &context)
{
    return Evaluator(catalog, plan, item, results, context).run();
}

} // namespace PortCheck
