#pragma once

#include "model/probe/proberunner.h"
#include "model/run/runresult.h"
#include "model/verdict/liveverdicts.h"

#include <QObject>
#include <QSet>

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

    void start(const RunMetadata &meta);
    // Probes these targets again and replaces their earlier results; every other result stays.
    // The run's start time stays; its end time moves to the end of this pass.
    void rerun(const QList<ProbeTarget> &targets);
    // The probes that failed or have no result yet: what "re-run the failed ones" repeats.
    QList<ProbeTarget> unsuccessfulTargets() const;
    void cancel() { m_runner.cancel(); }
    bool isRunning() const { return m_runner.isRunning(); }

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

private:
    const Catalog &m_catalog;
    Plan m_plan;
    ProbeRunner m_runner;
    RunResult m_result;
    std::unique_ptr<LiveVerdicts> m_live;
    QSet<QString> m_probed; // probe keys of this run: the plan's and those its results called for
};

} // namespace PortCheck
