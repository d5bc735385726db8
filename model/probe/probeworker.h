#pragma once

#include "probesession.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include <deque>

namespace PortCheck {

// A probe with its target's address already looked up (or the reason the lookup failed).
struct ResolvedProbe
{
    ProbeTarget target;
    QHostAddress address;
    QString lookupError;          // set when the name did not resolve: the probe is reported dns-failed
    bool refusedByPolicy = false; // PORTCHECK_LOOPBACK_ONLY: not sent, reported not-tested
};

// Drives many ProbeSessions at once on one thread, within a global and a per-host in-flight limit.
// Results leave in batches, not one queued signal per probe.
class ProbeWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProbeWorker)

public:
    ProbeWorker(int maxInFlight, int perHostLimit, const ProbeSettings &settings, QObject *parent = nullptr);
    ~ProbeWorker() override;

public Q_SLOTS:
    void enqueue(const QList<PortCheck::ResolvedProbe> &probes);
    // Aborts every probe and drops the queue, then emits cancelled().
    void cancel();

Q_SIGNALS:
    void resultsReady(const QList<PortCheck::ProbeResult> &results);
    void cancelled();

private:
    void startMore();
    void onFinished(ProbeSession *session, const ProbeResult &result);
    void flush();

    int m_maxInFlight;
    int m_perHostLimit;
    ProbeSettings m_settings;
    std::deque<ResolvedProbe> m_queue;
    QHash<QString, int> m_inFlightPerHost;
    QList<ProbeSession *> m_sessions;
    QList<ProbeResult> m_pending;
    QTimer m_flushTimer;
    bool m_startingMore = false;   // startMore() is on the stack
    bool m_startMoreAgain = false; // a session finished meanwhile: walk the queue once more
};

} // namespace PortCheck

Q_DECLARE_METATYPE(PortCheck::ResolvedProbe)
