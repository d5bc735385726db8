#pragma once

#include "model/probe/probeworker.h"
#include "model/probe/rundefaults.h"

#include <QHash>
#include <QHostInfo>
#include <QObject>
#include <QThread>

#include <memory>
#include <vector>

namespace PortCheck {

// The engine's worker threads when RunSettings::threads is 0: one per core, at most 4, less the
// cores kept free for the caller's own thread (at least 1).
int defaultThreads(int coresKeptFree = 0);

struct RunSettings
{
    ProbeSettings probe;
    int concurrency = RunDefaults::kConcurrency;
    int perHostLimit = RunDefaults::kPerHostLimit;
    int threads = 0; // 0: defaultThreads()
    // A connect still unanswered after this many ms steps aside (see WorkerLimits): -1 (the
    // default) an eighth of the connect timeout, from 100 to 500 ms; 0 never.
    int stepAsideAfterMs = -1;
    // How many connects may wait aside at once over all threads: -1 (the default) 16 x
    // concurrency, within the sockets this process may open (socketBudget()); 0 none.
    int aside = -1;
    // --resolve NAME=ADDRESS: names (lower case) answered from here, never asked of a resolver.
    // PORTCHECK_LOOPBACK_ONLY still applies to the addresses given.
    QHash<QString, QList<QHostAddress>> resolve;
};

// The addresses of a name in the order a Windows client tries them (RFC 6724's default policy:
// IPv6 before IPv4; the resolver's order within each), without repeats, at most kMaxAddresses.
QList<QHostAddress> windowsAddressOrder(const QList<QHostAddress> &addresses);
// One result from the results of one probe on each address of a name, in windowsAddressOrder():
// the first address that works carries it (else the first address), and every address's outcome
// is kept in ProbeResult::addresses.
ProbeResult combineAddressResults(const QList<ProbeResult> &inOrder);

// Runs probes on worker threads and reports results in batches on the thread it lives on (the GUI
// thread in the window). Names are looked up once per host, asynchronously; every address of a
// name is probed (a blocked IPv6 address behind a working IPv4 one is what a Windows client meets
// first). Destroying the runner cancels, quits and joins its threads.
class ProbeRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProbeRunner)

public:
    explicit ProbeRunner(QObject *parent = nullptr);
    ~ProbeRunner() override;

    void setSettings(const RunSettings &settings) { m_settings = settings; }
    const RunSettings &settings() const { return m_settings; }

    void start(const QList<ProbeTarget> &targets);
    // More probes for the running run (probes that the first results call for, such as the CRL
    // and OCSP servers a certificate names); finished() waits for them too. Ignored when not running.
    void add(const QList<ProbeTarget> &targets);
    // Stops every probe; finished() follows once every worker has let go of its sockets.
    void cancel();
    bool isRunning() const { return m_running; }
    int total() const { return m_total; }
    int done() const { return m_done; }

Q_SIGNALS:
    void resultsReady(const QList<PortCheck::ProbeResult> &results);
    void progress(int done, int total);
    void finished(bool cancelled);

private:
    struct ThreadStopper
    {
        void operator()(QThread *thread) const;
    };
    using ThreadPtr = std::unique_ptr<QThread, ThreadStopper>;

    void ensureWorkers();
    void dispatch(const QString &host, const QHostAddress &address, const QString &error,
                  bool refusedByPolicy = false);
    void dispatchEach(const QString &host, const QList<QHostAddress> &addresses);
    void dispatchAddresses(const QString &host, const QList<QHostAddress> &found);
    void onLookedUp(const QHostInfo &info);
    void onResults(const QList<ProbeResult> &results);
    void onWorkerCancelled();
    // The worker of the index-th probe of a batch for host: a host's probes are spread over the
    // first m_hostWorkers workers, each of which holds its share of the per-host limit.
    size_t workerFor(const QString &host, qsizetype index) const;
    void enqueue(const QString &host, const QList<ResolvedProbe> &probes, qsizetype perTarget);

    RunSettings m_settings;
    std::vector<ThreadPtr> m_threads;
    std::vector<ProbeWorker *> m_workers;
    int m_hostWorkers = 1;
    QHash<QString, QList<ProbeTarget>> m_waitingForLookup;
    QHash<int, QString> m_lookups; // lookup id -> host
    // probe key -> the results of its addresses so far, in address order, and how many are due
    struct PerAddress
    {
        QList<QHostAddress> order;
        QList<ProbeResult> results;
    };
    QHash<QString, PerAddress> m_perAddress;
    int m_total = 0;
    int m_done = 0;
    int m_cancelAcks = 0;
    bool m_running = false;
    bool m_cancelling = false;
    // Set by the test suite: refuse every target that is not loopback, before any name lookup.
    bool m_loopbackOnly = false;
};

} // namespace PortCheck
