#pragma once

#include "model/verdict/verdict.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace PortCheck {

// The verdicts of a run while its results stream in, kept up to date by batch: a batch
// recomputes only the plan items whose probes it answered (and the items whose TLS answers named
// a revocation server it answered), unless it changed what the directory as a whole says (the
// domain, the forest, this machine's clock): then every item. At every step verdicts() equals
// computeVerdicts() of results() (tests/model/tst_liveverdicts.cpp); at 5,000 DCs a batch of 512
// results costs a few milliseconds instead of the whole plan's 100-500.
class LiveVerdicts
{
public:
    // `catalog` and `plan` must outlive this object.
    LiveVerdicts(const Catalog &catalog, const Plan &plan);

    // Adds results (a later result of a probe replaces the earlier one). Returns the plan items
    // whose verdict or probe results changed (every item when the directory context changed),
    // ascending.
    QList<int> add(const QList<ProbeResult> &batch);
    // Forgets every result (a new start of the same plan); the object stays the same, so whoever
    // reads verdicts() and results() in place keeps a valid reference.
    void clear();
    // Forgets the results of these probes (resultKey / ProbeTarget::key): what a re-run repeats.
    QList<int> remove(const QSet<QString> &keys);

    const QList<Verdict> &verdicts() const { return m_verdicts; }
    const ResultIndex &results() const { return m_results; }
    const DirectoryContext &context() const { return m_context; }

private:
    QList<int> recompute(QSet<int> items, bool contextMayChange);
    void addDependency(const QString &key, int item);

    const Catalog &m_catalog;
    const Plan &m_plan;
    ResultIndex m_results;
    DirectoryContext m_context;
    QList<Verdict> m_verdicts;            // one per plan item, in plan order
    QHash<QString, QList<int>> m_itemsOf; // probe key -> the items that read its result
};

} // namespace PortCheck
