#pragma once

#include "model/probe/proberunner.h"
#include "model/run/runresult.h"
#include "model/verdict/liveverdicts.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

namespace PortCheck {

// The engine's settings for a profile: its timeouts, limits and domain over `base`, which keeps what a
// profile does not say (threads, --resolve, extra CA certificates).
RunSettings runSettingsFor(const Profile &profile, RunSettings base = {});

// Runs the testable probes of a plan and keeps the results: what the command line's `run`, the
// demo and the wizard's run page share.
class PlanRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanRun)

public:
    PlanRun(const Catalog &catalog, Plan plan, const RunSettings &settings, QObject *parent = nullptr);
    // Emits aboutToBeDestroyed() while its results and verdicts are still there.
    ~PlanRun() override;

    void start(const RunMetadata &meta);
    // Probes these targets again and replaces their earlier results; every other result stays.
    // The run's start time stays; its end time moves to the end of this pass.
    void rerun(const QList<ProbeTarget> &targets);
    // The probes that failed or have no result yet: what "re-run the failed ones" repeats.
    QList<ProbeTarget> unsuccessfulTargets() const;
    void cancel() { m_runner.cancel(); }
    // Until the last result has reached the verdicts (finished() is then emitted).
    bool isRunning() const { return m_runner.isRunning() || m_finishing || !m_pending.isEmpty(); }

    const Plan &plan() const { return m_plan; }
    const RunResult &result() const { return m_result; }
    // The results so far by probe key (result().index(), kept up to date as they arrive).
    const ResultIndex &resultIndex() const { return m_live->results(); }
    // One per plan item, updated by batch: computeVerdicts() of resultIndex().
    const QList<Verdict> &verdicts() const { return m_live->verdicts(); }

Q_SIGNALS:
    void resultsReady(const QList<PortCheck::ProbeResult> &results);
    // After resultsReady and after a re-run forgot results: the plan items whose verdict or probe
    // results changed (indexes into plan().items, ascending).
    void verdictsChanged(const QList<int> &items);
    void progress(int done, int total);
    void finished(bool cancelled);
    // The run is going away (a new run, another profile, merged results): whoever reads its
    // results or verdicts in place copies what it needs now.
    void aboutToBeDestroyed();

private:
    // The engine hands over up to 512 results every 50 ms; the verdicts, the table and the
    // diagram take them in chunks, so that no turn of the window's event loop takes long.
    static constexpr qsizetype kResultsPerTurn = 128;
    void drain();
    void finish();

    const Catalog &m_catalog;
    Plan m_plan;
    ProbeRunner m_runner;
    RunResult m_result;
    std::unique_ptr<LiveVerdicts> m_live;
    QList<ProbeResult> m_pending; // arrived, not yet in the verdicts
    QTimer m_drain;
    bool m_finishing = false; // the engine finished; the pending results still go first
    bool m_cancelled = false;
    QSet<QString> m_probed; // probe keys of this run: the plan's and those its results called for
};

} // namespace PortCheck
