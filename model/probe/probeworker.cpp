#include "probeworker.h"

#include <QScopedValueRollback>

namespace PortCheck {

namespace {
constexpr int kFlushIntervalMs = 50;
constexpr int kFlushBatch = 512;
} // namespace

ProbeWorker::ProbeWorker(int maxInFlight, int perHostLimit, const ProbeSettings &settings, QObject *parent)
    : QObject(parent)
    , m_maxInFlight(std::max(1, maxInFlight))
    , m_perHostLimit(std::max(1, perHostLimit))
    , m_settings(settings)
    , m_flushTimer(this)
{
    m_flushTimer.setInterval(kFlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &ProbeWorker::flush);
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
        for (auto it = m_queue.begin(); m_sessions.size() < m_maxInFlight && it != m_queue.end();) {
            int &perHost = m_inFlightPerHost[it->target.host];
            if (perHost >= m_perHostLimit) {
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
    m_inFlightPerHost.clear();
    m_pending.clear();
    m_flushTimer.stop();
    Q_EMIT cancelled();
}

} // namespace PortCheck
