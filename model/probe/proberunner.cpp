#include "model/probe/proberunner.h"

#include "model/logging.h"
#include "model/probe/proxy.h"
#include "model/probe/socketbudget.h"

using namespace Qt::StringLiterals;

namespace PortCheck {

QList<QHostAddress> windowsAddressOrder(const QList<QHostAddress> &addresses)
{
    QList<QHostAddress> v6;
    QList<QHostAddress> v4;
    for (const QHostAddress &a : addresses) {
        bool mapped = false;
        const QHostAddress plain(a.toIPv4Address(&mapped));
        const QHostAddress address = mapped ? plain : a;
        QList<QHostAddress> &family = address.protocol() == QAbstractSocket::IPv6Protocol ? v6 : v4;
        if (!v6.contains(address) && !v4.contains(address))
            family.append(address);
    }
    return (v6 + v4).mid(0, kMaxAddresses);
}

int defaultThreads(int coresKeptFree)
{
    return std::clamp(QThread::idealThreadCount() - coresKeptFree, 1, 4);
}

ProbeResult combineAddressResults(const QList<ProbeResult> &inOrder)
{
    if (inOrder.isEmpty())
        return {};
    qsizetype used = 0;
    bool usedWorks = false;
    QList<AddressOutcome> outcomes;
    for (qsizetype i = 0; i < inOrder.size(); ++i) {
        const ProbeResult &r = inOrder.at(i);
        const AddressOutcome a{r.address, r.state, r.service, r.latencyMs, r.message};
        if (!usedWorks && a.works()) {
            used = i;
            usedWorks = true;
        }
        outcomes.append(a);
    }
    ProbeResult combined = inOrder.at(used);
    combined.addresses = outcomes;
    return combined;
}

void ProbeRunner::ThreadStopper::operator()(QThread *thread) const
{
    thread->quit();
    thread->wait();
    delete thread;
}

ProbeRunner::ProbeRunner(QObject *parent)
    : QObject(parent)
    , m_loopbackOnly(qEnvironmentVariableIntValue("PORTCHECK_LOOPBACK_ONLY") != 0)
{
    qRegisterMetaType<QList<PortCheck::ProbeResult>>();
    qRegisterMetaType<QList<PortCheck::ResolvedProbe>>();
}

ProbeRunner::~ProbeRunner()
{
    for (auto it = m_lookups.cbegin(); it != m_lookups.cend(); ++it)
        QHostInfo::abortHostLookup(it.key());
    // Each worker is deleted on its own thread when that thread finishes; its sessions go with it.
    m_threads.clear();
}

namespace {
// The index-th of `parts` shares of total: the remainder one each to the first ones.
int share(int total, int parts, int index)
{
    return total / parts + (index < total % parts ? 1 : 0);
}
} // namespace

void ProbeRunner::ensureWorkers()
{
    if (!m_workers.empty())
        return;
    // The limits are shared out over the workers so that they add up to exactly the global ones
    // (--concurrency 1 is one probe in flight, --per-host 1 one probe to a host); never more
    // workers than probes allowed in flight, and a host's probes go to at most as many workers as
    // its limit allows.
    const int concurrency = std::max(1, m_settings.concurrency);
    const int perHost = std::max(1, m_settings.perHostLimit);
    int threads = m_settings.threads;
    if (threads <= 0)
        threads = defaultThreads();
    threads = std::min(threads, concurrency);
    m_hostWorkers = std::min(threads, perHost);
    int aside = m_settings.aside >= 0 ? m_settings.aside : 16 * concurrency;
    aside = std::clamp(socketBudget() - concurrency, 0, aside);
    const int stepAsideAfterMs = m_settings.stepAsideAfterMs >= 0
                                     ? m_settings.stepAsideAfterMs
                                     : std::clamp(m_settings.probe.connectTimeoutMs / 8, 100, 500);
    for (int i = 0; i < threads; ++i) {
        WorkerLimits limits;
        limits.inFlight = share(concurrency, threads, i);
        limits.perHost = i < m_hostWorkers ? share(perHost, m_hostWorkers, i) : 1; // 1: gets no host
        limits.aside = share(aside, threads, i);
        limits.stepAsideAfterMs = aside > 0 ? stepAsideAfterMs : 0;
        ThreadPtr thread(new QThread);
        thread->setObjectName(QStringLiteral("probe-worker-%1").arg(i));
        auto *worker = new ProbeWorker(limits, m_settings.probe);
        worker->moveToThread(thread.get());
        connect(thread.get(), &QThread::finished, worker, &QObject::deleteLater);
        connect(worker, &ProbeWorker::resultsReady, this, &ProbeRunner::onResults);
        connect(worker, &ProbeWorker::cancelled, this, &ProbeRunner::onWorkerCancelled);
        thread->start();
        m_workers.push_back(worker);
        m_threads.push_back(std::move(thread));
    }
    qCInfo(lcProbe).nospace() << "engine: " << threads << " worker threads, " << concurrency
                              << " probes in flight, " << perHost << " per host, " << aside
                              << " may wait aside after " << stepAsideAfterMs << " ms; connect timeout "
                              << m_settings.probe.connectTimeoutMs << " ms, protocol timeout "
                              << m_settings.probe.protocolTimeoutMs << " ms";
}

size_t ProbeRunner::workerFor(const QString &host, qsizetype index) const
{
    const auto workers = static_cast<size_t>(m_hostWorkers);
    return (qHash(host) + static_cast<size_t>(index)) % workers;
}

void ProbeRunner::enqueue(const QString &host, const QList<ResolvedProbe> &probes, qsizetype perTarget)
{
    // Spread one host's probes over its workers (a sweep of one host's ports uses every core);
    // the probes of one target to each of its addresses (perTarget of them, one after the other)
    // stay together.
    std::vector<QList<ResolvedProbe>> batches(m_workers.size());
    const qsizetype group = std::max<qsizetype>(1, perTarget);
    for (qsizetype i = 0; i < probes.size(); ++i)
        batches[workerFor(host, i / group)].append(probes.at(i));
    for (size_t i = 0; i < batches.size(); ++i) {
        if (batches[i].isEmpty())
            continue;
        QMetaObject::invokeMethod(m_workers[i], "enqueue", Qt::QueuedConnection,
                                  Q_ARG(QList<PortCheck::ResolvedProbe>, batches[i]));
    }
}

void ProbeRunner::start(const QList<ProbeTarget> &targets)
{
    if (m_running)
        return;
    ensureWorkers();
    m_running = true;
    m_cancelling = false;
    m_total = 0;
    m_done = 0;
    m_waitingForLookup.clear();
    m_perAddress.clear();
    if (targets.isEmpty()) {
        Q_EMIT progress(0, 0);
        m_running = false;
        Q_EMIT finished(false);
        return;
    }
    add(targets);
}

void ProbeRunner::add(const QList<ProbeTarget> &targets)
{
    if (!m_running || m_cancelling || targets.isEmpty())
        return;
    m_total += static_cast<int>(targets.size());
    qCInfo(lcProbe) << targets.size() << "probes to run," << m_total << "in this run";
    Q_EMIT progress(m_done, m_total);
    // A probe through a proxy connects to the proxy, and the proxy resolves the target's name: the
    // name looked up here is the proxy's.
    QList<QString> hosts;
    for (const ProbeTarget &t : targets) {
        QString connectHost = t.host;
        if (!t.via.isEmpty()) {
            QString error;
            const auto proxy = parseProxyUrl(t.via, &error);
            connectHost = proxy ? proxy->host : t.via;
        }
        auto it = m_waitingForLookup.find(connectHost);
        if (it == m_waitingForLookup.end()) {
            hosts.append(connectHost);
            it = m_waitingForLookup.insert(connectHost, {});
        }
        it->append(t);
    }
    for (const QString &host : std::as_const(hosts)) {
        const QHostAddress literal(host);
        // RFC 6761 6.3: "localhost" and the names under it are this machine's loopback; no resolver
        // is asked (without a hosts file, as in a fresh chroot, the name would go to a DNS server).
        if (host.compare(u"localhost", Qt::CaseInsensitive) == 0 ||
            host.endsWith(u".localhost", Qt::CaseInsensitive)) {
            dispatch(host, QHostAddress(QHostAddress::LocalHost), {});
            continue;
        }
        if (const auto given = m_settings.resolve.constFind(host.toLower());
            given != m_settings.resolve.cend()) {
            qCDebug(lcProbe) << "name" << host << "answered by --resolve:" << *given;
            dispatchAddresses(host, *given);
            continue;
        }
        if (m_loopbackOnly && !literal.isLoopback()) {
            qCDebug(lcProbe) << host << "is not a loopback address: not probed (PORTCHECK_LOOPBACK_ONLY)";
            dispatch(host, literal, {}, true);
            continue;
        }
        if (!literal.isNull()) {
            dispatch(host, literal, {});
            continue;
        }
        qCDebug(lcProbe) << "looking up" << host;
        const int id = QHostInfo::lookupHost(host, this, &ProbeRunner::onLookedUp);
        m_lookups.insert(id, host);
    }
}

void ProbeRunner::onLookedUp(const QHostInfo &info)
{
    const QString host = m_lookups.take(info.lookupId());
    if (host.isEmpty() || !m_running || m_cancelling)
        return;
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        qCInfo(lcProbe) << "name" << host << "does not resolve:" << info.errorString();
        dispatch(host, {},
                 info.errorString().isEmpty() ? QStringLiteral("the name does not resolve")
                                              : info.errorString());
        return;
    }
    qCDebug(lcProbe) << "name" << host << "resolves to" << info.addresses();
    dispatchAddresses(host, info.addresses());
}

void ProbeRunner::dispatchAddresses(const QString &host, const QList<QHostAddress> &found)
{
    // Every address, in the order Windows tries them: IPv6 first (RFC 6724's default policy), so
    // a blocked IPv6 address costs a Windows client a timeout on every connection.
    QList<QHostAddress> addresses = windowsAddressOrder(found);
    if (addresses.isEmpty()) {
        dispatch(host, {}, QStringLiteral("the name does not resolve"));
        return;
    }
    if (m_loopbackOnly) {
        const QHostAddress first = addresses.value(0);
        addresses.removeIf([](const QHostAddress &a) { return !a.isLoopback(); });
        if (addresses.isEmpty()) {
            dispatch(host, first, {}, true);
            return;
        }
    }
    if (addresses.size() == 1)
        dispatch(host, addresses.constFirst(), {});
    else
        dispatchEach(host, addresses);
}

void ProbeRunner::dispatchEach(const QString &host, const QList<QHostAddress> &addresses)
{
    const QList<ProbeTarget> targets = m_waitingForLookup.take(host);
    QList<ResolvedProbe> probes;
    probes.reserve(targets.size() * addresses.size());
    for (const ProbeTarget &t : targets) {
        m_perAddress.insert(t.key(), {addresses, {}});
        for (const QHostAddress &a : addresses)
            probes.append({t, a, {}, false});
    }
    enqueue(host, probes, addresses.size());
}

void ProbeRunner::dispatch(const QString &host, const QHostAddress &address, const QString &error,
                           bool refusedByPolicy)
{
    const QList<ProbeTarget> targets = m_waitingForLookup.take(host);
    QList<ResolvedProbe> probes;
    probes.reserve(targets.size());
    for (const ProbeTarget &t : targets)
        probes.append({t, address, error, refusedByPolicy});
    enqueue(host, probes, 1);
}

void ProbeRunner::onResults(const QList<ProbeResult> &results)
{
    if (!m_running || m_cancelling)
        return;
    QList<ProbeResult> complete;
    complete.reserve(results.size());
    for (const ProbeResult &r : results) {
        const auto pending = m_perAddress.find(resultKey(r));
        if (pending == m_perAddress.end()) {
            complete.append(r);
            continue;
        }
        pending->results.append(r);
        if (pending->results.size() < pending->order.size())
            continue;
        // In address order, whichever finished first.
        QList<ProbeResult> ordered;
        for (const QHostAddress &a : std::as_const(pending->order)) {
            for (const ProbeResult &each : std::as_const(pending->results)) {
                if (QHostAddress(each.address) == a)
                    ordered.append(each);
            }
        }
        if (ordered.size() != pending->results.size())
            ordered = pending->results;
        complete.append(combineAddressResults(ordered));
        m_perAddress.erase(pending);
    }
    if (complete.isEmpty())
        return;
    if (lcProbe().isDebugEnabled()) {
        for (const ProbeResult &r : std::as_const(complete))
            qCDebug(lcProbe).noquote().nospace()
                << r.host << ':' << r.port << '/' << probeKindId(r.kind)
                << (r.via.isEmpty() ? QString() : u" via "_s + r.via) << " at " << r.address << ": "
                << probeStateId(r.state) << ", " << serviceStateId(r.service) << ", "
                << (r.latencyMs < 0 ? u"-"_s : QString::number(r.latencyMs, 'f', 1) + u" ms"_s)
                << (r.message.isEmpty() ? QString() : u"; "_s + r.message.english());
    }
    m_done += static_cast<int>(complete.size());
    Q_EMIT resultsReady(complete);
    Q_EMIT progress(m_done, m_total);
    if (m_done >= m_total) {
        qCInfo(lcProbe) << "run finished:" << m_done << "probes";
        m_running = false;
        Q_EMIT finished(false);
    }
}

void ProbeRunner::cancel()
{
    if (!m_running || m_cancelling)
        return;
    m_cancelling = true;
    for (auto it = m_lookups.cbegin(); it != m_lookups.cend(); ++it)
        QHostInfo::abortHostLookup(it.key());
    m_lookups.clear();
    m_waitingForLookup.clear();
    m_perAddress.clear();
    m_cancelAcks = 0;
    for (ProbeWorker *w : m_workers)
        QMetaObject::invokeMethod(w, &ProbeWorker::cancel, Qt::QueuedConnection);
}

void ProbeRunner::onWorkerCancelled()
{
    if (!m_cancelling)
        return;
    if (++m_cancelAcks < static_cast<int>(m_workers.size()))
        return;
    qCDebug(lcProbe) << "run cancelled after" << m_done << "of" << m_total << "probes";
    m_running = false;
    m_cancelling = false;
    Q_EMIT finished(true);
}

} // namespace PortCheck
