#include "model/verdict/liveverdicts.h"

#include <algorithm>

namespace PortCheck {

LiveVerdicts::LiveVerdicts(const Catalog &catalog, const Plan &plan)
    : m_catalog(catalog)
    , m_plan(plan)
{
    clear();
}

void LiveVerdicts::clear()
{
    m_results.clear();
    m_itemsOf.clear();
    for (int i = 0; i < m_plan.items.size(); ++i) {
        for (const int c : m_plan.items.at(i).checks)
            addDependency(m_plan.checks.at(c).probeKey(), i);
    }
    // Room for a result per probe at once: at 5,000 DCs, growing the hash by 40,000 results moved
    // them all within one batch (about 20 ms on the GUI thread).
    m_results.reserve(m_itemsOf.size());
    m_context = directoryContext(m_plan, m_results);
    m_verdicts = computeVerdicts(m_catalog, m_plan, m_results);
}

void LiveVerdicts::addDependency(const QString &key, int item)
{
    QList<int> &items = m_itemsOf[key];
    // An item's checks are in order, and its revocation servers come after them: a repeat is the last.
    if (items.isEmpty() || items.constLast() != item)
        items.append(item);
}

QList<int> LiveVerdicts::add(const QList<ProbeResult> &batch)
{
    QSet<int> touched;
    bool votes = false;
    for (const ProbeResult &r : batch) {
        const QString key = resultKey(r);
        // A result that replaces one that voted changes the vote too.
        if (const auto before = m_results.constFind(key); before != m_results.cend())
            votes = votes || votesOnDirectoryContext(*before);
        m_results.insert(key, r);
        votes = votes || votesOnDirectoryContext(r);
        const auto it = m_itemsOf.constFind(key);
        if (it == m_itemsOf.cend())
            continue;
        // A copy: addDependency() below may grow the hash and move what `it` points at.
        const QList<int> items = *it; // NOLINT(performance-unnecessary-copy-initialization)
        for (const int item : items)
            touched.insert(item);
        // The CRL and OCSP servers this answer names: the items that read it read theirs too.
        for (const ProbeTarget &t : revocationTargets(r)) {
            for (const int item : items)
                addDependency(t.key(), item);
        }
    }
    return recompute(std::move(touched), votes);
}

QList<int> LiveVerdicts::remove(const QSet<QString> &keys)
{
    QSet<int> touched;
    bool votes = false;
    for (const QString &key : keys) {
        const auto r = m_results.constFind(key);
        if (r == m_results.cend())
            continue;
        votes = votes || votesOnDirectoryContext(*r);
        m_results.erase(r);
        for (const int item : m_itemsOf.value(key))
            touched.insert(item);
    }
    return recompute(std::move(touched), votes);
}

QList<int> LiveVerdicts::recompute(QSet<int> items, bool contextMayChange)
{
    if (contextMayChange) {
        DirectoryContext context = directoryContext(m_plan, m_results);
        if (context != m_context) {
            m_context = std::move(context);
            items.clear();
            for (int i = 0; i < m_plan.items.size(); ++i)
                items.insert(i);
        }
    }
    QList<int> changed(items.cbegin(), items.cend());
    std::sort(changed.begin(), changed.end());
    for (const int i : std::as_const(changed))
        m_verdicts[i] = computeVerdict(m_catalog, m_plan, m_plan.items.at(i), m_results, m_context);
    return changed;
}

} // namespace PortCheck
