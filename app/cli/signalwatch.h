#pragma once

#include <QString>
#include <QTimer>

#include <functional>

namespace PortCheck {

// SIGINT (Ctrl+C) and SIGTERM end a run early: the handler only records the signal, a timer in
// the event loop sees it, cancels the probes and lets the command write what it has. A second
// signal ends the program at once. The handlers before it are restored when it goes.
class SignalWatch
{
public:
    SignalWatch();
    ~SignalWatch();
    Q_DISABLE_COPY_MOVE(SignalWatch)

    // Calls cancel (once) in `context`'s thread when a signal arrives.
    void onSignal(QObject *context, std::function<void()> cancel);
    int caught() const;   // 0 while none came
    QString name() const; // "SIGINT", "SIGTERM"

private:
    using Handler = void (*)(int);
    Handler m_int = nullptr;
    Handler m_term = nullptr;
    QTimer m_timer;
};

} // namespace PortCheck
