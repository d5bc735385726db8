// Issue 17, goal 4: how long the window's event loop stalls while a large run streams into the
// run page (its table, counters and diagram), measured by a heartbeat timer in the real wizard.
// Not a test: figures, not pass/fail.
//
//   PORTCHECK_LOOPBACK_ONLY=1 QT_QPA_PLATFORM=offscreen bench_window [DCs ...]
//
// The DCs are 127.1.x.y addresses where nothing listens, so every probe is answered at once
// (refused) and the results arrive as fast as the engine makes them: the hardest stream the
// window can meet. Every other role is a loopback address too; nothing leaves the machine.
//
// BENCH_TRACE=1 prints each stall above 16 ms and each event that held the loop above 12 ms (by
// receiver and event type); BENCH_PAINT=1 with it also prints each widget paint above 2 ms.
#include "model/catalog/catalogloader.h"
#include "model/profile/profile.h"
#include "tests/bench/benchutil.h"
#include "ui/wizard/portcheckwizard.h"
#include "ui/wizard/resultspage.h"
#include "ui/wizard/runpage.h"
#include "ui/wizard/startpage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace PortCheck;
using namespace Qt::StringLiterals;

namespace {

// The benchmarks' large site with its DCs on loopback addresses. The other roles keep their names,
// which PORTCHECK_LOOPBACK_ONLY never looks up (they are reported as not probed).
Profile loopbackSite(int dcs)
{
    Profile p = Bench::largeSite(dcs);
    QList<ProfileHost> list;
    for (int i = 0; i < dcs; ++i)
        list.append({u"127.1.%1.%2"_s.arg(i / 250).arg(i % 250 + 1), {}});
    p.hosts.insert(u"domain-controller"_s, list);
    p.hosts.insert(u"recovery-agent"_s, {list.value(0)});
    return p;
}

// Window paints finished so far (GUI thread): the heartbeat tells the run page's first frame from
// the stream that follows it.
int g_windowPaints = 0;

// Gaps between the ticks of a 4 ms timer, beyond its interval: how long the event loop was busy.
class Heartbeat
{
public:
    static constexpr int kIntervalMs = 4;

    void start()
    {
        m_stalls.clear();
        m_firstFrame = -1;
        m_paintsAtStart = g_windowPaints;
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kIntervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const double now = double(m_clock.nsecsElapsed()) / 1e6;
            const double stall = std::max(0.0, now - m_last - kIntervalMs);
            // The gap in which the page's first paint finished is its opening frame: the whole
            // window drawn once (glyphs, the table, the diagram), told apart from the stream.
            if (m_firstFrame < 0 && g_windowPaints > m_paintsAtStart)
                m_firstFrame = static_cast<qsizetype>(m_stalls.size());
            m_stalls.push_back(stall);
            // BENCH_TRACE=1: each stall above a frame, with when it happened (ms after the start).
            if (m_trace && stall > 16)
                std::fprintf(stderr, "stall %.1f ms at %.0f ms\n", stall, now);
            m_last = now;
        });
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }

    double max() const
    {
        return m_stalls.empty() ? 0 : *std::max_element(m_stalls.cbegin(), m_stalls.cend());
    }
    // The stall in which the page's first frame was painted, and the longest of the others.
    double firstFrame() const
    {
        return m_firstFrame < 0 ? 0 : m_stalls.at(static_cast<size_t>(m_firstFrame));
    }
    double maxAfterFirstFrame() const
    {
        double longest = 0;
        for (size_t i = 0; i < m_stalls.size(); ++i) {
            if (static_cast<qsizetype>(i) != m_firstFrame)
                longest = std::max(longest, m_stalls[i]);
        }
        return longest;
    }
    double percentile(double p) const
    {
        if (m_stalls.empty())
            return 0;
        std::vector<double> s = m_stalls;
        std::sort(s.begin(), s.end());
        return s[std::min(s.size() - 1, static_cast<size_t>(p * double(s.size())))];
    }
    qsizetype over(double ms) const
    {
        return std::count_if(m_stalls.cbegin(), m_stalls.cend(), [ms](double s) { return s > ms; });
    }
    double busy() const
    {
        double sum = 0;
        for (const double s : m_stalls)
            sum += s;
        return sum;
    }
    qsizetype ticks() const { return static_cast<qsizetype>(m_stalls.size()); }

private:
    const bool m_trace = qEnvironmentVariableIsSet("BENCH_TRACE");
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_last = 0;
    std::vector<double> m_stalls;
    qsizetype m_firstFrame = -1;
    int m_paintsAtStart = 0;
};

// Counts the window's paints; with BENCH_TRACE=1 it also prints each event that held the loop
// longer than 12 ms, by its receiver's class and the event's type (43 a queued call, 77 a paint
// of the window, 1 a timer), so that a stall names where to look. A queued call can hold a paint
// too: QGraphicsScene paints the window at once after it has processed its changed items.
class TracingApplication final : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        const QEvent::Type type = event->type();
        const bool windowPaint = type == QEvent::UpdateRequest && receiver->isWidgetType() &&
                                 static_cast<QWidget *>(receiver)->isWindow();
        const bool timed = m_trace && (m_depth == 0 || (type == QEvent::Paint && m_paints));
        ++m_depth;
        QElapsedTimer clock;
        clock.start();
        const bool handled = QApplication::notify(receiver, event);
        --m_depth;
        if (windowPaint)
            ++g_windowPaints;
        if (timed && clock.nsecsElapsed() > (type == QEvent::Paint ? 2'000'000 : 12'000'000))
            std::fprintf(stderr, "  event %d to %s: %.1f ms, ending %.6f\n", int(type),
                         receiver->metaObject()->className(), double(clock.nsecsElapsed()) / 1e6,
                         double(std::chrono::steady_clock::now().time_since_epoch().count()) / 1e9);
        return handled;
    }

private:
    const bool m_trace = qEnvironmentVariableIsSet("BENCH_TRACE");
    int m_depth = 0;
    const bool m_paints = qEnvironmentVariableIsSet("BENCH_PAINT");
};

} // namespace

int main(int argc, char *argv[])
{
    qputenv("PORTCHECK_LOOPBACK_ONLY", "1");
    TracingApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"Cayosoft-bench"_s);
    QList<int> sizes;
    for (int i = 1; i < argc; ++i)
        sizes << QString::fromLocal8Bit(argv[i]).toInt();
    if (sizes.isEmpty())
        sizes = {500, 5000};

    QTextStream out(stdout);
    out << "DCs    probes  run s   stalls while running: max ms  after first frame ms  "
           "first frame ms  p99 ms  >16 ms  busy %   results page ms\n";
    const Catalog &catalog = builtinCatalog();
    QTemporaryDir dir;
    for (const int dcs : sizes) {
        const QString path = dir.filePath(u"site-%1.yaml"_s.arg(dcs));
        if (const Expected<void> saved = saveProfileFile(loopbackSite(dcs), path); !saved) {
            out << saved.error().english() << '\n';
            return 1;
        }
        PortCheckWizard wizard(catalog);
        wizard.resize(1280, 800);
        wizard.show();
        QCoreApplication::processEvents();
        if (!wizard.startPage()->openProfile(path)) {
            out << "cannot open " << path << ": " << wizard.startPage()->errorText() << '\n';
            return 1;
        }
        while (wizard.currentId() != PortCheckWizard::RunPageId && wizard.currentId() != -1) {
            const int before = wizard.currentId();
            wizard.next();
            if (wizard.currentId() == before) {
                out << "the wizard stays on page " << before << '\n';
                return 1;
            }
        }
        RunPage *run = wizard.runPage();
        Heartbeat beat;
        QElapsedTimer clock;
        clock.start();
        beat.start();
        QEventLoop loop;
        QObject::connect(run, &RunPage::runFinished, &loop, &QEventLoop::quit);
        if (run->isRunning())
            loop.exec();
        // What the event loop still has to do after the last result (the final update).
        QTimer::singleShot(50, &loop, &QEventLoop::quit);
        loop.exec();
        beat.stop();
        const double runSeconds = double(clock.elapsed()) / 1000.0;
        QElapsedTimer results;
        results.start();
        wizard.next();
        QCoreApplication::processEvents();
        const qint64 resultsMs = results.elapsed();
        out << qSetFieldWidth(7) << Qt::left << dcs << qSetFieldWidth(8) << run->checkCount()
            << qSetFieldWidth(8) << QString::number(runSeconds, 'f', 2) << qSetFieldWidth(30)
            << QString::number(beat.max(), 'f', 1) << qSetFieldWidth(22)
            << QString::number(beat.maxAfterFirstFrame(), 'f', 1) << qSetFieldWidth(16)
            << QString::number(beat.firstFrame(), 'f', 1) << qSetFieldWidth(8)
            << QString::number(beat.percentile(0.99), 'f', 1) << qSetFieldWidth(8) << beat.over(16.0)
            << qSetFieldWidth(9) << QString::number(100.0 * beat.busy() / (runSeconds * 1000.0), 'f', 0)
            << qSetFieldWidth(0) << resultsMs << " (" << beat.ticks() << " ticks)\n";
        out.flush();
    }
    QSettings().clear();
    return 0;
}
