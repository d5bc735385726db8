#pragma once

// The verdict rules' own parts, shared by the files of model/verdict and by nothing else:
// verdict.cpp (ids, texts, the entry points), evaluator.cpp (one link and host), findings.cpp
// (what is wrong behind a port that works), directorycontext.cpp and neededports.cpp.

#include "model/verdict/verdict.h"

namespace PortCheck::VerdictRules {

// What a requirement (a port, or a group of them) comes to.
struct Outcome
{
    VerdictLevel level = VerdictLevel::NotTested;
    Text text;            // the ports this outcome rests on, described
    Text fallbackWarning; // set when a fallback carried the result
};

// What is wrong behind a port that works (verdict.h: findings).
struct Finding
{
    VerdictLevel level = VerdictLevel::Pass;
    QString cause; // a remediation cause: wrong-domain, clock-skew, clock-skew-local; empty: none
    Text text;
};

// A text of the "Verdict" context.
Text phrase(const char *source, QList<Text> args = {}, int n = -1);
// "389/ldap refused": the state words of the JSON contract, worded for people.
Text portStateText(const Text &port, ProbeState state);
// The protocol a probe kind speaks, as people name it ("389 accepted the connection and never
// answered LDAP").
Text protocolName(ProbeKind kind);
// The plan's check that probes `leaf` of the item (not an advisory one), or null.
const Check *checkForLeaf(const Plan &plan, const PlanItem &item, const Requirement &leaf);

// A DC's directory over LDAP, whichever port.
bool isDirectoryKind(ProbeKind kind);
// LDAP and LDAPS serve the DC's own domain; a Global Catalog port serves the whole forest.
bool servesOneDomain(ProbeKind kind);
// "DC=Corp, DC=Example" and "dc=corp,dc=example" name the same domain.
QString normalizedDn(const QString &dn);
// "DC=corp,DC=example" -> "corp.example"; other distinguished names stay as they are.
QString domainOf(const QString &namingContext);

// The verdict of one link and host (verdict.h, computeVerdict).
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

    Verdict run();

private:
    // evaluator.cpp: the requirement, port by port and group by group.
    Outcome evaluate(const Requirement &node);
    Outcome evaluateLeaf(const Requirement &leaf);
    static QList<Text> texts(const QList<Outcome> &outcomes);
    const Check *checkFor(const Requirement &leaf) const { return checkForLeaf(m_plan, m_item, leaf); }
    Text fromRoleName() const;
    // The fixes of the ports the firewall request asks to change (verdict.h: neededPorts), so that
    // the advice and the request agree: no fix for 139 when 445 is the port to open.
    QList<Fix> fixes() const;

    // evaluator.cpp: what the reason adds beside the requirement.
    // The direct twin of a check through the proxy (same port and kind, no proxy), or null.
    const Check *directTwin(const Check &proxied) const;
    bool isDirectTwin(const Check &c) const;
    // The CRL and OCSP servers the served certificates name (probed in the same run, on the same
    // path): those that do not answer, as "crl.example:80 (filtered)".
    QStringList blockedRevocationServers() const;
    // TDS to an Internet database with a proxy configured: it never goes through the proxy.
    Text directOnlyText() const;
    // The path Guardian does not use, beside the one the verdict follows: whether direct egress
    // works too (fine either way when the proxy works; the way out when the proxy refuses).
    Text otherPathText(VerdictLevel level) const;
    // Advisory ports (other modes) that answered: they explain how the link could pass.
    Text advisoryText() const;

    // findings.cpp.
    // What is wrong behind a port that works, the most serious first: a DC of another domain or
    // forest, a clock beyond Kerberos' limit, a DNS server or KDC that does not serve the domain,
    // a clock drifting towards the limit, another DC answering for the name typed.
    Finding finding(const ProbeResult &r, const Text &portName) const;
    // The port works on one address of the name and not on another. Windows tries IPv6 first
    // (RFC 6724): a blocked first address costs every connection a failed attempt, a dropped one
    // the whole connect timeout; a blocked later address leaves no way around the first one.
    Finding addressFinding(const ProbeResult &r, const Text &portName) const;
    // Kerberos refuses a ticket when the clocks differ by more than 5 minutes (RFC 4120 1.6; the
    // default "Maximum tolerance for computer clock synchronization" of a domain).
    // `skew` is the DC's time minus this machine's (0 when unknown).
    Finding clockFinding(qint64 skew, const Text &portName) const;
    // A DNS server or KDC that answers, but not for the domain the run is about: the port works, the
    // service behind it does not serve Guardian's domain (DNS finds no DCs, Kerberos gets no ticket).
    Text serviceWarning(const ProbeResult &r, const Text &portName) const;

    const Catalog &m_catalog;
    const Plan &m_plan;
    const PlanItem &m_item;
    const ResultIndex &m_results;
    const DirectoryContext &m_context;
    const Link *m_link;
};

} // namespace PortCheck::VerdictRules
