// The verdict of one link and host: its requirement judged port by port, and what the reason adds.

#include "model/verdict/rules.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PortCheck::VerdictRules {

Verdict Evaluator::run()
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
            {v.reason, phrase(QT_TRANSLATE_NOOP("Verdict", "the certificate's revocation servers do not "
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
        v.remediation << phrase(QT_TRANSLATE_NOOP("Verdict", "Allow HTTP (TCP 80) from the %1 to the "
                                                             "certificate revocation servers of %2 (%3), "
                                                             "directly or on its proxy: Windows checks "
                                                             "there that the certificate is not revoked."),
                                {Text::catalog(from ? from->name : QString()), Text::plain(m_item.host),
                                 Text::plain(revocation.join(u", "_s))});
    }
    return v;
}

Outcome Evaluator::evaluateLeaf(const Requirement &leaf)
{
    Outcome o;
    const Check *check = checkFor(leaf);
    Text portName = check && check->requestPort() != leaf.port
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
                o.text = phrase(
                    QT_TRANSLATE_NOOP("Verdict", "%1 open, but TLS: %2; the %3 refuses such a certificate"),
                    {portName, what, fromRoleName()});
            }
            break;
        }
        case ServiceState::Silent:
            o.level = VerdictLevel::Fail;
            o.text = phrase(QT_TRANSLATE_NOOP("Verdict", "%1 accepted the connection and never answered %2"),
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
                o.text = phrase(QT_TRANSLATE_NOOP("Verdict", "%1 open, but something other than %2 answered"),
                                {portName, kind});
            break;
        }
    }
    return o;
}

Text Evaluator::fromRoleName() const
{
    const Role *from = m_link ? m_catalog.role(m_link->from) : nullptr;
    return Text::catalog(from ? from->name : m_link ? m_link->from : QString());
}

QList<Fix> Evaluator::fixes() const
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
        f.text = m_catalog.fillRemediation(f.templateText, *m_link, QString::number(p.check->requestPort()),
                                           m_item.host);
        out.append(f);
    }
    return out;
}

QList<Text> Evaluator::texts(const QList<Outcome> &outcomes)
{
    QList<Text> result;
    for (const Outcome &o : outcomes)
        result << o.text;
    return result;
}

Outcome Evaluator::evaluate(const Requirement &node)
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
            return std::any_of(parts.cbegin(), parts.cend(), [l](const Outcome &p) { return p.level == l; });
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

const Check *Evaluator::directTwin(const Check &proxied) const
{
    for (int index : m_item.checks) {
        const Check &c = m_plan.checks.at(index);
        if (c.advisory && c.via.isEmpty() && c.port == proxied.port && c.probe == proxied.probe)
            return &c;
    }
    return nullptr;
}

bool Evaluator::isDirectTwin(const Check &c) const
{
    if (!c.advisory || !c.via.isEmpty())
        return false;
    // CheckRange's iterator is not a standard one: std::any_of does not take it.
    for (int index : m_item.checks) { // NOLINT(readability-use-anyofallof)
        const Check &p = m_plan.checks.at(index);
        if (!p.via.isEmpty() && p.port == c.port && p.probe == c.probe)
            return true;
    }
    return false;
}

QStringList Evaluator::blockedRevocationServers() const
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
            if (r == m_results.constEnd() || r->state == ProbeState::NotTested || r->failureId().isEmpty())
                continue;
            const QString what = t.host + u':' + QString::number(t.port) + u" ("_s +
                                 (r->state == ProbeState::Open ? r->failureId() : probeStateId(r->state)) +
                                 u')';
            if (!blocked.contains(what))
                blocked << what;
        }
    }
    return blocked;
}

Text Evaluator::directOnlyText() const
{
    const Role *target = m_link ? m_catalog.role(m_link->to) : nullptr;
    if (!target || !target->internet || m_plan.proxy.isEmpty())
        return {};
    for (const Requirement *leaf : m_item.requirement().leaves()) {
        if (leaf->probe == ProbeKind::Tds)
            return phrase(QT_TRANSLATE_NOOP("Verdict", "TDS cannot go through the HTTP proxy %1: Guardian "
                                                       "needs direct egress to %2 on %3"),
                          {Text::plain(m_plan.proxy), Text::plain(m_item.host),
                           Text::plain(QString::number(leaf->port))});
    }
    return {};
}

Text Evaluator::otherPathText(VerdictLevel level) const
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
            return directWorks ? phrase(QT_TRANSLATE_NOOP("Verdict", "direct egress works too"))
                               : phrase(QT_TRANSLATE_NOOP("Verdict", "direct egress is blocked (%1), which "
                                                                     "is fine: Guardian uses the proxy"),
                                        {how});
        return directWorks
                   ? phrase(QT_TRANSLATE_NOOP("Verdict", "direct egress works, but Guardian uses the proxy "
                                                         "%1: allow %2 there, or set Guardian to connect "
                                                         "directly"),
                            {Text::plain(proxied.via), Text::plain(m_item.host)})
                   : phrase(QT_TRANSLATE_NOOP("Verdict", "direct egress is blocked too (%1)"), {how});
    }
    return {};
}

Text Evaluator::advisoryText() const
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
        return phrase(QT_TRANSLATE_NOOP("Verdict", "%1 is open, but the chosen mode does not use it"), open);
    return phrase(QT_TRANSLATE_NOOP("Verdict", "%1 are open, but the chosen mode does not use them"),
                  {Text::list(open)});
}

} // namespace PortCheck::VerdictRules
