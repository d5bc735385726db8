// What is wrong behind a port that works: another domain or forest, a clock, a blocked address, a DNS server
// or KDC that does not serve the domain.

#include "model/verdict/rules.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PortCheck::VerdictRules {

Finding Evaluator::finding(const ProbeResult &r, const Text &portName) const
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
            return {VerdictLevel::Fail, u"wrong-domain"_s,
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
            return {VerdictLevel::Fail, u"wrong-domain"_s,
                    phrase(QT_TRANSLATE_NOOP("Verdict", "%1 open, but %2 belongs to the forest %3, not to "
                                                        "%4 like the other domain controllers"),
                           {portName, host, Text::plain(domainOf(root)),
                            Text::plain(domainOf(m_context.rootNamingContext))})};
    }
    Finding clock = clockFinding(r.facts.value(u"clock.skewSeconds"_s).toLongLong(), portName);
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

Finding Evaluator::addressFinding(const ProbeResult &r, const Text &portName) const
{
    const AddressOutcome &first = r.addresses.constFirst();
    const AddressOutcome *failing = nullptr;
    for (const AddressOutcome &a : r.addresses) {
        if (!a.works() && !failing)
            failing = &a;
    }
    if (!failing) // someAddressFails() said one fails
        return {};
    const Text used = Text::plain(r.address);
    const Text other = Text::plain(failing->address);
    const Text state = failing->state == ProbeState::Open ? serviceStateText(failing->service)
                                                          : probeStateText(failing->state);
    Finding f{VerdictLevel::Warn, u"address-blocked"_s, {}};
    if (!first.works() && first.state == ProbeState::Filtered)
        f.text = phrase(QT_TRANSLATE_NOOP("Verdict", "%1 open on %2, but filtered on %3, which Windows tries "
                                                     "first: every connection of the %4 waits for that "
                                                     "attempt to time out before it uses %2"),
                        {portName, used, other, fromRoleName()});
    else if (!first.works())
        f.text =
            phrase(QT_TRANSLATE_NOOP("Verdict", "%1 open on %2, but %3 on %4, which Windows tries first: "
                                                "every connection of the %5 fails there before it uses %2"),
                   {portName, used, state, other, fromRoleName()});
    else
        f.text = phrase(QT_TRANSLATE_NOOP("Verdict", "%1 open on %2, but %3 on %4: if %2 stops answering, "
                                                     "the %5 has no other way to %6"),
                        {portName, used, state, other, fromRoleName(), Text::plain(m_item.host)});
    return f;
}

Finding Evaluator::clockFinding(qint64 skew, const Text &portName) const
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
            skew > 0 ? (fail ? QT_TRANSLATE_NOOP("Verdict", "%1 open, but this machine's clock is %2 seconds "
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
        skew > 0 ? (fail ? QT_TRANSLATE_NOOP("Verdict", "%1 open, but the clock of %2 is %3 seconds ahead of "
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

Text Evaluator::serviceWarning(const ProbeResult &r, const Text &portName) const
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

} // namespace PortCheck::VerdictRules
