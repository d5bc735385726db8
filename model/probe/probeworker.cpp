#include "model/probe/probeworker.h"

#include <QScopedValueRollback>

namespace PortCheck {

namespace {
constexpr int kTickMs = 5;           // how often waiting connects are looked at
constexpr int kFlushEveryTicks = 10; // results leave every 50 ms (or by kFlushBatch)
constexpr int kFlushBatch = 512;
} // namespace

ProbeWorker::ProbeWorker(const WorkerLimits &limits, const ProbeSettings &settings, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
    , m_settings(settings)
    , m_flushTimer(this)
{
    m_limits.inFlight = std::max(1, m_limits.inFlight);
    m_limits.perHost = std::max(1, m_limits.perHost);
    m_limits.aside = std::max(0, m_limits.aside);
    m_flushTimer.setInterval(kTickMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &ProbeWorker::tick);
}

ProbeWorker::~ProbeWorker()
{
    for (ProbeSession *s : std::as_const(m_sessions))
        s->abort();
    qDeleteAll(m_sessions);
}

void ProbeWorker::enqueue(const QList<ResolvedProbe> &probes)
{
    for (const ResolvedProbe &p : probes) {
        if (p.refusedByPolicy || !p.lookupError.isEmpty() || p.address.isNull()) {
            ProbeResult r;
            r.host = p.target.host;
            r.port = p.target.port;
            r.kind = p.target.kind;
            r.via = p.target.via;
            r.address = p.address.toString();
            r.state = p.refusedByPolicy ? ProbeState::NotTested : ProbeState::DnsFailed;
            if (!r.via.isEmpty())
                r.facts.insert(QStringLiteral("proxy.url"), r.via);
            if (p.refusedByPolicy) {
                r.message = probeText(QT_TRANSLATE_NOOP("Probe", "not probed: PORTCHECK_LOOPBACK_ONLY allows "
                                                                 "loopback addresses only"));
            } else if (!r.via.isEmpty()) {
                // The proxy's own name failed: the target was never asked for.
                r.facts.insert(QStringLiteral("proxy.outcome"), QStringLiteral("proxy-refused"));
                r.message =
                    probeText(QT_TRANSLATE_NOOP("Probe", "the proxy %1 cannot be reached: %2"),
                              {Text::plain(r.via), p.lookupError.isEmpty()
                                                       ? probeText(QT_TRANSLATE_NOOP("Probe", "no address"))
                                                       : Text::plain(p.lookupError)});
            } else {
                r.message = p.lookupError.isEmpty() ? probeText(QT_TRANSLATE_NOOP("Probe", "no address"))
                                                    : Text::plain(p.lookupError);
            }
            m_pending.append(r);
            continue;
        }
        m_queue.push_back(p);
    }
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
    startMore();
}

void ProbeWorker::startMore()
{
    // A session whose connect fails at once (no route to the host) finishes inside start(), and
    // onFinished() asks for more. Such a nested call only marks that the walk must run again: the
    // queue is never walked while a session starts, and a long run of instant failures loops here
    // instead of recursing once per probe.
    if (m_startingMore) {
        m_startMoreAgain = true;
        return;
    }
    const QScopedValueRollback<bool> guard(m_startingMore, true);
    do {
        m_startMoreAgain = false;
        // Probes whose host is at its limit wait; the others start in queue order, so the queue
        // keeps its order for every host.
        QList<ProbeSession *> starting;
        for (auto it = m_queue.begin(); active() < m_limits.inFlight && it != m_queue.end();) {
            int &perHost = m_inFlightPerHost[it->target.host];
            if (perHost >= m_limits.perHost) {
                ++it;
                continue;
            }
            ++perHost;
            auto *session = new ProbeSession(it->target, it->address, m_settings, this);
            connect(session, &ProbeSession::finished, this,
                    [this, session](const ProbeResult &result) { onFinished(session, result); });
            m_sessions.append(session);
            starting.append(session);
            it = m_queue.erase(it);
        }
        for (ProbeSession *session : std::as_const(starting))
            session->start();
    } while (m_startMoreAgain);
}

void ProbeWorker::onFinished(ProbeSession *session, const ProbeResult &result)
{
    m_sessions.removeOne(session);
    m_aside.remove(session);
    if (result.state == ProbeState::Open && result.latencyMs > m_slowestAnswerMs)
        m_slowestAnswerMs = result.latencyMs;
    const auto host = m_inFlightPerHost.find(session->target().host);
    if (host != m_inFlightPerHost.end() && --host.value() <= 0)
        m_inFlightPerHost.erase(host);
    session->deleteLater();
    m_pending.append(result);
    if (m_pending.size() >= kFlushBatch)
        flush();
    startMore();
    if (m_sessions.isEmpty() && m_queue.empty())
        flush();
}

qint64 ProbeWorker::stepAsideAfterMs() const
{
    const auto slowest = static_cast<qint64>(4 * m_slowestAnswerMs);
    return std::clamp<qint64>(slowest, kStepAsideFloorMs,
                              std::max(kStepAsideFloorMs, m_limits.stepAsideAfterMs));
}

bool ProbeWorker::stepAside()
{
    if (m_limits.stepAsideAfterMs <= 0 || m_aside.size() >= m_limits.aside)
        return false;
    const qint64 after = stepAsideAfterMs();
    bool moved = false;
    for (ProbeSession *s : std::as_const(m_sessions)) {
        if (m_aside.size() >= m_limits.aside)
            break;
        if (!m_aside.contains(s) && s->connectPendingFor(after)) {
            m_aside.insert(s);
            moved = true;
        }
    }
    return moved;
}

void ProbeWorker::tick()
{
    if (stepAside())
        startMore();
    if (++m_ticks % kFlushEveryTicks == 0)
        flush();
}

void ProbeWorker::flush()
{
    if (m_pending.isEmpty()) {
        if (m_sessions.isEmpty() && m_queue.empty())
            m_flushTimer.stop();
        return;
    }
    QList<ProbeResult> batch;
    batch.swap(m_pending);
    Q_EMIT resultsReady(batch);
}

void ProbeWorker::cancel()
{
    m_queue.clear();
    for (ProbeSession *s : std::as_const(m_sessions)) {
        s->abort();
        s->deleteLater();
    }
    m_sessions.clear();
    m_aside.clear();
    m_inFlightPerHost.clear();
    m_pending.clear();
    m_flushTimer.stop();
    Q_EMIT cancelled();
}

} // namespace PortCheck
