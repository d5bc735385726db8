#include "model/verdict/rules.h"

#include <algorithm>
#include <limits>

namespace PortCheck {

namespace {

using VerdictRules::checkForLeaf;

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

} // namespace

QList<NeededPort> neededPorts(const Catalog &catalog, const Plan &plan, const PlanItem &item,
                              const ResultIndex *results)
{
    return Chooser(catalog, plan, item, results).run();
}

} // namespace PortCheck
