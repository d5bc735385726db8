#include "ui/wizard/firstpaint.h"

#include <QCoreApplication>
#include <QEvent>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace PortCheck {

namespace {
class FirstPaintWatch final : public QObject
{
public:
    FirstPaintWatch(QWidget *page, bool quit)
        : QObject(page)
        , m_quit(quit)
    {
        page->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            watched->removeEventFilter(this);
            // After the paint event is handled and the frame is flushed: the next turn of the loop.
            const bool quit = m_quit;
            QTimer::singleShot(0, qApp, [quit] {
                std::fputs("first paint\n", stdout);
                std::fflush(stdout);
                if (quit)
                    QCoreApplication::quit();
            });
        }
        return false;
    }

private:
    const bool m_quit;
    bool m_seen = false;
};
} // namespace

void reportFirstPaint(QWidget *page, bool quit)
{
    if (page)
        new FirstPaintWatch(page, quit);
}

} // namespace PortCheck
