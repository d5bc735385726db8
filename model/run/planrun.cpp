#include "model/run/planrun.h"

#include "model/logging.h"

#include <QSet>

namespace PortCheck {

RunSettings runSettingsFor(const Profile &profile, RunSettings base)
{
    base.probe.connectTimeoutMs = profile.connectTimeoutMs;
    base.probe.protocolTimeoutMs = profile.protocolTimeoutMs;
    base.concurrency = profile.concurrency;
    base.perHostLimit = profile.perHostLimit;
    base.probe.domain = profile.domain;
    return base;
}

PlanRun::PlanRun(const Catalog &catalog, Plan plan, const RunSettings &settings, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_plan(std::move(plan))
    , m_live(std::make_unique<LiveVerdicts>(catalog, m_plan))
{
    RunSettings withIssuers = settings;
    withIssuers.probe.tlsIssuers.insert(m_plan.tlsIssuers);
    m_runner.setSettings(withIssuers);
    connect(&m_runner, &ProbeRunner::progress, this, &PlanRun::progress);
    connect(&m_runner, &ProbeRunner::resultsReady, this, [this](const QList<ProbeResult> &batch) {
        m_result.results += batch;
        // The revocation servers the served certificates name: probed once each, in this run.
        QList<ProbeTarget> more;
        for (const ProbeResult &r : batch) {
            for (const ProbeTarget &t : revocationTargets(r)) {
                if (!m_probed.contains(t.key())) {
                    m_probed.insert(t.key());
                    more << t;
                }
            }
        }
        // The verdicts and the window follow in chunks, one per turn of the event loop.
        m_pending += batch;
        if (!m_drain.isActive())
            m_drain.start();
        m_runner.add(more);
    });
    connect(&m_runner, &ProbeRunner::finished, this, [this](bool cancelled) {
        m_finishing = true;
        m_cancelled = cancelled;
        if (m_pending.isEmpty())
            finish();
    });
    m_drain.setSingleShot(true);
    m_drain.setInterval(0);
    connect(&m_drain, &QTimer::timeout, this, &PlanRun::drain);
}

PlanRun::~PlanRun()
{
    Q_EMIT aboutToBeDestroyed();
}

void PlanRun::drain()
{
    const QList<ProbeResult> chunk = m_pending.mid(0, kResultsPerTurn);
    m_pending.remove(0, chunk.size());
    if (!m_pending.isEmpty())
        m_drain.start();
    const QList<int> changed = m_live->add(chunk);
    Q_EMIT resultsReady(chunk);
    Q_EMIT verdictsChanged(changed);
    if (m_pending.isEmpty() && m_finishing)
        finish();
}

void PlanRun::finish()
{
    m_finishing = false;
    const bool cancelled = m_cancelled;
    m_result.meta.finished = QDateTime::currentDateTimeUtc();
    m_result.meta.cancelled = cancelled;
    if (lcVerdict().isInfoEnabled()) {
        const VerdictSummary s = summarize(verdicts());
        qCInfo(lcVerdict).nospace() << "verdicts" << (cancelled ? " (cancelled)" : "") << ": " << s.pass
                                    << " pass, " << s.warn << " warn, " << s.fail << " fail, " << s.notTested
                                    << " not tested from here";
    }
    Q_EMIT finished(cancelled);
}

void PlanRun::start(const RunMetadata &meta)
{
    m_result = RunResult();
    m_live->clear();
    m_pending.clear();
    m_drain.stop();
    m_finishing = false;
    m_result.meta = meta;
    m_result.meta.vantage = m_plan.vantage;
    m_result.meta.options = m_plan.options;
    m_result.meta.proxy = m_plan.proxy;
    if (m_result.meta.proxySource.isEmpty())
        m_result.meta.proxySource = m_plan.proxySource;
    m_result.meta.endpointList = m_plan.endpointList;
    m_result.meta.azureRegion = m_plan.azureRegion;
    m_result.meta.sourceNetworks = m_plan.sourceNetworks;
    ChangeRecord change = m_plan.change;
    change.fillFrom(meta.change); // what the command line or the window said beats the profile
    m_result.meta.change = change;
    const QList<ProbeTarget> targets = m_plan.probeTargets();
    // Room for every result at once: growing the list by 40,000 results (5,000 DCs) moved them
    // all within one batch, a 10-13 ms stall of the window.
    m_result.results.reserve(targets.size());
    m_probed.clear();
    for (const ProbeTarget &t : targets)
        m_probed.insert(t.key());
    m_runner.start(targets);
}

void PlanRun::rerun(const QList<ProbeTarget> &targets)
{
    QSet<QString> keys;
    for (const ProbeTarget &t : targets)
        keys.insert(t.key());
    m_result.results.removeIf([&keys](const ProbeResult &r) { return keys.contains(resultKey(r)); });
    const QList<int> changed = m_live->remove(keys);
    if (!changed.isEmpty())
        Q_EMIT verdictsChanged(changed);
    m_result.meta.cancelled = false;
    m_runner.start(targets);
}

QList<ProbeTarget> PlanRun::unsuccessfulTargets() const
{
    const ResultIndex &index = m_live->results();
    QList<ProbeTarget> targets;
    for (const ProbeTarget &t : m_plan.probeTargets()) {
        const auto it = index.constFind(t.key());
        if (it == index.cend() || it->state == ProbeState::NotTested || !it->failureId().isEmpty())
            targets.append(t);
    }
    return targets;
}

} // namespace PortCheck
