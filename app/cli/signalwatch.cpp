#include "app/cli/signalwatch.h"

#include <csignal>

using namespace Qt::StringLiterals;

namespace PortCheck {

namespace {

volatile std::sig_atomic_t g_signal = 0;

void recordSignal(int signal)
{
    g_signal = signal;
    std::signal(signal, SIG_DFL); // a second Ctrl+C ends the program at once
}

} // namespace

SignalWatch::SignalWatch()
{
    g_signal = 0;
    m_int = std::signal(SIGINT, recordSignal);
    m_term = std::signal(SIGTERM, recordSignal);
}

SignalWatch::~SignalWatch()
{
    std::signal(SIGINT, m_int == SIG_ERR ? SIG_DFL : m_int);
    std::signal(SIGTERM, m_term == SIG_ERR ? SIG_DFL : m_term);
}

void SignalWatch::onSignal(QObject *context, std::function<void()> cancel)
{
    m_timer.setInterval(50);
    QObject::connect(&m_timer, &QTimer::timeout, context, [this, cancel = std::move(cancel)] {
        if (g_signal == 0)
            return;
        m_timer.stop();
        cancel();
    });
    m_timer.start();
}

int SignalWatch::caught() const
{
    return g_signal;
}

QString SignalWatch::name() const
{
    return g_signal == SIGINT ? u"SIGINT"_s : g_signal == SIGTERM ? u"SIGTERM"_s : QString::number(g_signal);
}

} // namespace PortCheck
