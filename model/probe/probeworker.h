#pragma once

#include "model/probe/probesession.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
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

// How many probes a worker keeps going at once.
struct WorkerLimits
{
    int inFlight = 128; // probes being connected or answered
    int perHost = 8;    // of those, to one host (a name as the plan has it)
    // A connect still unanswered after a while steps aside: it waits out its own timeout without
    // holding a place of inFlight, so filtered ports cost one timeout for the run, not one per wave
    // of `inFlight`. The while is four times the slowest connect answered so far, at least
    // kStepAsideFloorMs and at most stepAsideAfterMs (0: never). At most `aside` probes wait so
    // (each holds a socket).
    int stepAsideAfterMs = 0;
    int aside = 0;
};

// Drives many ProbeSessions at once on one thread, within a global and a per-host in-flight limit.
// Results leave in batches, not one queued signal per probe.
class ProbeWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProbeWorker)

public:
    static constexpr int kStepAsideFloorMs = 10;

    ProbeWorker(const WorkerLimits &limits, const ProbeSettings &settings, QObject *parent = nullptr);
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
    void tick();
    // Moves connects that waited long enough out of the in-flight count.
    bool stepAside();
    int active() const { return static_cast<int>(m_sessions.size() - m_aside.size()); }
    qint64 stepAsideAfterMs() const;

    WorkerLimits m_limits;
    ProbeSettings m_settings;
    std::deque<ResolvedProbe> m_queue;
    QHash<QString, int> m_inFlightPerHost;
    QList<ProbeSession *> m_sessions;
    QSet<ProbeSession *> m_aside; // of m_sessions: stepped aside, holding no place of inFlight
    QList<ProbeResult> m_pending;
    QTimer m_flushTimer;
    int m_ticks = 0;
    double m_slowestAnswerMs = 0;  // of the connects answered so far
    bool m_startingMore = false;   // startMore() is on the stack
    bool m_startMoreAgain = false; // a session finished meanwhile: walk the queue once more
};

} // namespace PortCheck

Q_DECLARE_METATYPE(PortCheck::ResolvedProbe)
