// Prints the probe engine's figures against loopback targets; not a test. Targets (issue 3): at
// least nmap's rate on 2,000 connect probes, 200 filtered probes in at most 1.2 x the timeout, no
// GUI-thread stall above 50 ms, at most 50 MB above an idle process.
#include "model/demo/responder.h"
#include "model/probe/proberunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <memory>
#include <vector>

using namespace PortCheck;
using namespace Qt::StringLiterals;

namespace {

double statusKb(const char *field)
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(static_cast<qsizetype>(qstrlen(field))).trimmed().split(' ').first().toDouble();
    }
    return -1;
}

struct RunFigures
{
    double wallMs = 0;
    double maxStallMs = 0;
    int results = 0;
    int open = 0;
    int refused = 0;
    int filtered = 0;
};

// Runs the probes while a 5 ms timer on this (the "GUI") thread measures how late it fires.
RunFigures measure(const QList<ProbeTarget> &targets, const RunSettings &settings,
                   QList<ProbeResult> *kept = nullptr)
{
    RunFigures f;
    ProbeRunner runner;
    runner.setSettings(settings);
    QEventLoop loop;
    QElapsedTimer tick;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(5);
    QObject::connect(&heartbeat, &QTimer::timeout, &loop, [&] {
        f.maxStallMs = std::max(f.maxStallMs, double(tick.nsecsElapsed()) / 1e6 - 5.0);
        tick.restart();
    });
    QObject::connect(&runner, &ProbeRunner::resultsReady, &loop, [&](const QList<ProbeResult> &batch) {
        if (kept)
            kept->append(batch);
        for (const ProbeResult &r : batch) {
            ++f.results;
            f.open += r.state == ProbeState::Open ? 1 : 0;
            f.refused += r.state == ProbeState::Refused ? 1 : 0;
            f.filtered += r.state == ProbeState::Filtered ? 1 : 0;
        }
    });
    QObject::connect(&runner, &ProbeRunner::finished, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    tick.start();
    heartbeat.start();
    runner.start(targets);
    loop.exec();
    f.wallMs = double(clock.nsecsElapsed()) / 1e6;
    return f;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const double idleRssKb = statusKb("VmRSS:");

    // 10 loopback hosts x 200 ports; every other port listens (its connections wait in the
    // kernel's accept queue, so this thread does no work for them): 1,000 open, 1,000 refused.
    constexpr int kHosts = 10;
    constexpr int kPorts = 200;
    quint16 base = 0;
    std::vector<std::unique_ptr<QTcpServer>> listeners;
    for (int attempt = 0; attempt < 20 && listeners.empty(); ++attempt) {
        base = static_cast<quint16>(20000 + attempt * 1000);
        bool ok = true;
        for (int h = 1; h <= kHosts && ok; ++h) {
            for (int p = 0; p < kPorts && ok; p += 2) {
                auto server = std::make_unique<QTcpServer>();
                ok = server->listen(QHostAddress(u"127.0.0."_s + QString::number(h)),
                                    static_cast<quint16>(base + p));
                if (ok) {
                    server->pauseAccepting();
                    listeners.push_back(std::move(server));
                }
            }
        }
        if (!ok)
            listeners.clear();
    }
    if (listeners.empty()) {
        out << "no free port range for the benchmark\n";
        return 1;
    }
    QList<ProbeTarget> targets;
    for (int h = 1; h <= kHosts; ++h) {
        for (int p = 0; p < kPorts; ++p)
            targets.append(
                {u"127.0.0."_s + QString::number(h), static_cast<quint16>(base + p), ProbeKind::Tcp});
    }

    RunSettings settings;
    settings.concurrency = 512;
    settings.perHostLimit = 256;
    settings.probe.connectTimeoutMs = 3000;
    measure(targets.mid(0, 200), settings); // warm-up: threads, allocator
    const RunFigures loopback = measure(targets, settings);
    const double rate = loopback.results / (loopback.wallMs / 1000.0);
    out << QString::asprintf(
        "2,000 loopback connect probes (%d open, %d refused), %d in flight, %d threads:\n", loopback.open,
        loopback.refused, settings.concurrency, std::clamp(QThread::idealThreadCount(), 1, 4));
    out << QString::asprintf(
        "  guardian-portcheck  %8.1f ms  %9.0f probes/s  longest GUI-thread stall %.1f ms\n", loopback.wallMs,
        rate, loopback.maxStallMs);

    const QString nmap = QStandardPaths::findExecutable(u"nmap"_s);
    if (!nmap.isEmpty()) {
        QProcess p;
        const QStringList args{u"-sT"_s,
                               u"-Pn"_s,
                               u"-n"_s,
                               u"-T4"_s,
                               u"--max-retries"_s,
                               u"0"_s,
                               u"-p"_s,
                               QString::number(base) + u'-' + QString::number(base + kPorts - 1),
                               u"127.0.0.1-"_s + QString::number(kHosts),
                               u"-oG"_s,
                               u"-"_s};
        QElapsedTimer clock;
        clock.start();
        p.start(nmap, args);
        p.waitForFinished(120000);
        const double nmapMs = double(clock.nsecsElapsed()) / 1e6;
        const int openSeen = static_cast<int>(p.readAllStandardOutput().count("/open/"));
        out << QString::asprintf(
            "  nmap -sT -Pn -n -T4 --max-retries 0  %8.1f ms  %9.0f probes/s  (%d open seen)\n", nmapMs,
            2000 / (nmapMs / 1000.0), openSeen);
        out << QString::asprintf("  ratio: guardian-portcheck runs at %.2f x nmap's rate\n",
                                 nmapMs / loopback.wallMs);
    } else {
        out << "  nmap is not installed: no comparison\n";
    }

    // 200 probes to ports that drop SYNs, with a 2 s connect timeout.
    std::vector<std::unique_ptr<DroppingPort>> dropping;
    QList<ProbeTarget> filteredTargets;
    for (int h = 1; h <= 4; ++h) {
        dropping.push_back(std::make_unique<DroppingPort>());
        dropping.back()->listen(QHostAddress(u"127.0.0."_s + QString::number(20 + h)));
        for (int i = 0; i < 50; ++i)
            filteredTargets.append(
                {u"127.0.0."_s + QString::number(20 + h), dropping.back()->port(), ProbeKind::Tcp});
    }
    RunSettings slow = settings;
    slow.probe.connectTimeoutMs = 2000;
    const RunFigures filtered = measure(filteredTargets, slow);
    out << QString::asprintf(
        "200 filtered probes, 2,000 ms timeout: %.1f ms (%.2f x the timeout), %d filtered, "
        "longest GUI-thread stall %.1f ms\n",
        filtered.wallMs, filtered.wallMs / 2000.0, filtered.filtered, filtered.maxStallMs);

    const double peakKb = statusKb("VmHWM:");
    out << QString::asprintf("memory: idle %.1f MB, peak %.1f MB, %.1f MB above idle\n", idleRssKb / 1024,
                             peakKb / 1024, (peakKb - idleRssKb) / 1024);

    // Goal 5 (issue 17): 35,000 probes (5,000 DCs x 7 ports, refused: nothing listens on
    // 127.10.x.y), every result kept as the window and the command line keep them.
    QList<ProbeTarget> forest;
    const quint16 dcPorts[] = {389, 3268, 636, 3269, 5985, 5986, 445};
    for (int dc = 0; dc < 5000; ++dc) {
        const QString host = u"127.10."_s + QString::number(dc / 250) + u'.' + QString::number(dc % 250 + 1);
        for (const quint16 port : dcPorts)
            forest.append({host, port, ProbeKind::Tcp});
    }
    QList<ProbeResult> kept;
    RunSettings defaults; // the product's defaults: 256 in flight, 8 per host
    defaults.probe.connectTimeoutMs = 2000;
    const double beforeKb = statusKb("VmRSS:");
    const RunFigures big = measure(forest, defaults, &kept);
    const double afterKb = statusKb("VmRSS:");
    const double forestPeakKb = statusKb("VmHWM:");
    out << QString::asprintf(
        "35,000 probes (5,000 DCs x 7 ports, refused), results kept: %.1f ms, %d results, "
        "resident %.1f MB before, %.1f MB after, peak %.1f MB: %.1f MB above idle at the "
        "peak (goal: at most 50)\n",
        big.wallMs, int(kept.size()), beforeKb / 1024, afterKb / 1024, forestPeakKb / 1024,
        (forestPeakKb - idleRssKb) / 1024);
    return 0;
}
