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
    QString text;            // the ports this outcome rests on, described
    QString fallbackWarning; // set when a fallback carried the result
};

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
                v.notes << leaf->portText() + u": "_s + leaf->note;
        }
        if (!m_item.testable) {
            v.level = VerdictLevel::NotTested;
            const Role *from = m_link ? m_catalog.role(m_link->from) : nullptr;
            v.reason = u"not tested: this link starts at the "_s + (from ? from->name : QString()) +
                       u"; run Guardian Port Check there with that role as its vantage"_s;
            return v;
        }
        const Outcome o = evaluate(m_item.requirement);
        v.level = o.level;
        switch (o.level) {
        case VerdictLevel::Pass:
            v.reason = o.text;
            break;
        case VerdictLevel::Warn:
            v.reason = (o.fallbackWarning.isEmpty() ? QString() : o.fallbackWarning + u": "_s) + o.text;
            break;
        case VerdictLevel::Fail:
            v.reason = u"fails: "_s + o.text;
            break;
        case VerdictLevel::NotTested:
            v.reason = u"not tested yet: "_s + o.text;
            break;
        }
        const QString unused = advisoryText();
        if (!unused.isEmpty() && o.level != VerdictLevel::Pass)
            v.reason += u"; "_s + unused;
        if (v.optional && v.level == VerdictLevel::Fail) {
            v.level = VerdictLevel::Warn;
            v.reason = u"optional link "_s + v.reason;
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
        const QString portName = check && check->port != leaf.port
                                     ? leaf.portText() + u" (port "_s + QString::number(check->port) + u')'
                                     : leaf.portText();
        const auto it = check ? m_results.constFind(check->probeKey()) : m_results.constEnd();
        if (it == m_results.constEnd() || it->state == ProbeState::NotTested) {
            o.level = VerdictLevel::NotTested;
            o.text = portName + u" not probed"_s;
            return o;
        }
        const ProbeResult &r = *it;
        if (r.state != ProbeState::Open) {
            o.level = VerdictLevel::Fail;
            o.text = portName + u' ' + probeStateId(r.state);
        } else {
            switch (r.service) {
            case ServiceState::Identified:
            case ServiceState::NotProbed:
                o.level = VerdictLevel::Pass;
                o.text = portName + u" open"_s;
                // Another DC answered for the name that was typed: an alias or a load balancer.
                if (const QString other = r.facts.value(u"ldap.nameMismatch"_s); !other.isEmpty()) {
                    o.level = VerdictLevel::Warn;
                    o.text = portName + u" open, but answered as "_s + other + u", not "_s + m_item.host;
                }
                break;
            case ServiceState::TlsError:
                o.level = VerdictLevel::Warn;
                o.text = portName + u" open, but TLS: "_s +
                         r.facts.value(u"tls.errors"_s, u"certificate not trusted"_s);
                break;
            case ServiceState::Silent:
                o.level = VerdictLevel::Warn;
                o.text =
                    portName + u" accepted the connection but did not answer "_s + probeKindId(leaf.probe);
                break;
            case ServiceState::Unexpected:
                o.level = VerdictLevel::Fail;
                o.text = portName + u" open, but something other than "_s + probeKindId(leaf.probe) +
                         u" answered"_s;
                break;
            }
        }
        const QString failure = r.failureId();
        if (!failure.isEmpty() && m_link) {
            const QString text =
                m_catalog.remediationFor(*m_link, leaf.probe, failure, check->port, m_item.host);
            if (!text.isEmpty() && !m_remediation.contains(text))
                m_remediation << text;
        }
        return o;
    }

    static QString joinTexts(const QList<Outcome> &outcomes, const QString &separator)
    {
        QStringList texts;
        for (const Outcome &o : outcomes) {
            if (!o.text.isEmpty())
                texts << o.text;
        }
        return texts.join(separator);
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
            o.text = joinTexts(parts, u", "_s);
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
            o.text = u"none of the allowed ports works ("_s + joinTexts(parts, u"; "_s) + u')';
            return o;
        }
        if (!node.fallback.isEmpty() && best > 0 &&
            (o.level == VerdictLevel::Pass || o.level == VerdictLevel::Warn)) {
            o.level = VerdictLevel::Warn;
            o.fallbackWarning = node.fallback;
            QList<Outcome> tried = parts.mid(0, best + 1);
            o.text = joinTexts(tried, u"; "_s);
        }
        return o;
    }

    // Advisory ports (other modes) that answered: they explain how the link could pass.
    QString advisoryText() const
    {
        QStringList open;
        for (int index : m_item.checks) {
            const Check &c = m_plan.checks.at(index);
            if (!c.advisory)
                continue;
            const auto it = m_results.constFind(c.probeKey());
            if (it != m_results.constEnd() && it->state == ProbeState::Open && it->failureId().isEmpty())
                open << QString::number(c.port) + u" ("_s + probeKindId(c.probe) + u')';
        }
        if (open.isEmpty())
            return {};
        return open.join(u", "_s) + (open.size() == 1 ? u" is"_s : u" are"_s) +
               u" open, but the chosen mode does not use "_s + (open.size() == 1 ? u"it"_s : u"them"_s);
    }

    const Catalog &m_catalog;
    const Plan &m_plan;
    const PlanItem &m_item;
    const ResultIndex &m_results;
    const Link *m_link;
    QStringList m_remediation;
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
