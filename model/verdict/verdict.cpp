#include "verdict.h"

#include <QSet>

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

namespace {

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

class Evaluator
{
public:
    Evaluator(const Catalog &catalog, const Plan &plan, const PlanItem &item, const ResultIndex &results)
        : m_catalog(catalog)
        , m_plan(plan)
        , m_item(item)
        , m_results(results)
        , m_link(catalog.link(item.link))
    {}

    Verdict run()
    {
        Verdict v;
        v.link = m_item.link;
        v.host = m_item.host;
        v.optional = m_link && m_link->optional;
        for (const Requirement *leaf : m_item.requirement.leaves()) {
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
        const Outcome o = evaluate(m_item.requirement);
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
        if (v.optional && v.level == VerdictLevel::Fail) {
            v.level = VerdictLevel::Warn;
            v.reason = phrase(QT_TRANSLATE_NOOP("Verdict", "optional link %1"), {v.reason});
        }
        if (v.level == VerdictLevel::Fail || v.level == VerdictLevel::Warn)
            v.remediation = m_remediation;
        return v;
    }

private:
    const Check *checkFor(const Requirement &leaf) const
    {
        for (int index : m_item.checks) {
            const Check &c = m_plan.checks.at(index);
            if (!c.advisory && c.catalogPort == leaf.port && c.probe == leaf.probe)
                return &c;
        }
        return nullptr;
    }

    Outcome evaluateLeaf(const Requirement &leaf)
    {
        Outcome o;
        const Check *check = checkFor(leaf);
        const Text portName =
            check && check->port != leaf.port
                ? phrase(QT_TRANSLATE_NOOP("Verdict", "%1 (port %2)"),
                         {Text::plain(leaf.portText()), Text::plain(QString::number(check->port))})
                : Text::plain(leaf.portText());
        const auto it = check ? m_results.constFind(check->probeKey()) : m_results.constEnd();
        if (it == m_results.constEnd() || it->state == ProbeState::NotTested) {
            o.level = VerdictLevel::NotTested;
            o.text = portStateText(portName, ProbeState::NotTested);
            return o;
        }
        const ProbeResult &r = *it;
        const Text kind = Text::plain(probeKindId(leaf.probe));
        if (r.state != ProbeState::Open) {
            o.level = VerdictLevel::Fail;
            o.text = portStateText(portName, r.state);
        } else {
            switch (r.service) {
            case ServiceState::Identified:
            case ServiceState::NotProbed:
                o.level = VerdictLevel::Pass;
                o.text = portStateText(portName, ProbeState::Open);
                // Another DC answered for the name that was typed: an alias or a load balancer.
                if (const QString other = r.facts.value(u"ldap.nameMismatch"_s); !other.isEmpty()) {
                    o.level = VerdictLevel::Warn;
                    o.text = phrase(QT_TRANSLATE_NOOP("Verdict", "%1 open, but answered as %2, not %3"),
                                    {portName, Text::plain(other), Text::plain(m_item.host)});
                }
                break;
            case ServiceState::TlsError: {
                o.level = VerdictLevel::Warn;
                const QString errors = r.facts.value(u"tls.errors"_s);
                o.text =
                    phrase(QT_TRANSLATE_NOOP("Verdict", "%1 open, but TLS: %2"),
                           {portName, errors.isEmpty()
                                          ? phrase(QT_TRANSLATE_NOOP("Verdict", "certificate not trusted"))
                                          : tlsErrorsText(errors)});
                break;
            }
            case ServiceState::Silent:
                o.level = VerdictLevel::Warn;
                o.text =
                    phrase(QT_TRANSLATE_NOOP("Verdict", "%1 accepted the connection but did not answer %2"),
                           {portName, kind});
                break;
            case ServiceState::Unexpected:
                o.level = VerdictLevel::Fail;
                o.text = phrase(QT_TRANSLATE_NOOP("Verdict", "%1 open, but something other than %2 answered"),
                                {portName, kind});
                break;
            }
        }
        const QString failure = r.failureId();
        if (!failure.isEmpty() && m_link) {
            const Text text =
                m_catalog.remediationFor(*m_link, leaf.probe, failure, check->port, m_item.host);
            if (!text.isEmpty() && !m_remediation.contains(text))
                m_remediation << text;
        }
        return o;
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

    // Advisory ports (other modes) that answered: they explain how the link could pass.
    Text advisoryText() const
    {
        QList<Text> open;
        for (int index : m_item.checks) {
            const Check &c = m_plan.checks.at(index);
            if (!c.advisory)
                continue;
            const auto it = m_results.constFind(c.probeKey());
            if (it != m_results.constEnd() && it->state == ProbeState::Open && it->failureId().isEmpty())
                open << Text::plain(QString::number(c.port) + u" ("_s + probeKindId(c.probe) + u')');
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
    const Link *m_link;
    QList<Text> m_remediation;
};

} // namespace

QList<Verdict> computeVerdicts(const Catalog &catalog, const Plan &plan, const ResultIndex &results)
{
    QList<Verdict> verdicts;
    verdicts.reserve(plan.items.size());
    for (const PlanItem &item : plan.items)
        verdicts.append(Evaluator(catalog, plan, item, results).run());
    return verdicts;
}

VerdictSummary summarize(const QList<Verdict> &verdicts)
{
    VerdictSummary s;
    for (const Verdict &v : verdicts) {
        switch (v.level) {
        case VerdictLevel::Pass:
            ++s.pass;
            break;
        case VerdictLevel::Warn:
            ++s.warn;
            break;
        case VerdictLevel::Fail:
            ++s.fail;
            break;
        case VerdictLevel::NotTested:
            ++s.notTested;
            break;
        }
    }
    return s;
}

int exitCodeFor(const QList<Verdict> &verdicts)
{
    const bool failed = std::any_of(verdicts.cbegin(), verdicts.cend(),
                                    [](const Verdict &v) { return v.level == VerdictLevel::Fail; });
    return failed ? 1 : 0;
}

} // namespace PortCheck
