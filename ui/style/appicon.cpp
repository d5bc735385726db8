#include "ui/style/appicon.h"

#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPixmap>
#ifdef PORTCHECK_HAVE_SVG
#include <QSvgRenderer>
#endif

namespace PortCheck {

#ifdef PORTCHECK_HAVE_SVG
namespace {

// Renders the SVG at the size asked for, when it is asked for: rendering seven sizes up front cost
// about 1.4 ms of the start-up (issue 17, goal 6).
// QSvgRenderer rather than Qt's SVG icon engine plugin: the icon does not depend on a plugin being
// installed.
class SvgIconEngine final : public QIconEngine
{
public:
    explicit SvgIconEngine(QString path)
        : m_path(std::move(path))
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode, QIcon::State) override
    {
        QSvgRenderer renderer(m_path);
        renderer.render(painter, rect);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        const QString key = QString::number(size.width()) + u'x' + QString::number(size.height());
        if (const auto it = m_cache.constFind(key); it != m_cache.cend())
            return *it;
        QPixmap image(size);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        painter.end();
        m_cache.insert(key, image);
        return image;
    }

    // What the xcb window icon renders and sends, each size: up to 128, not the 256 KB of a 256 px one
    // (any size can still be asked for).
    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        QList<QSize> sizes;
        for (const int side : {16, 24, 32, 48, 64, 128})
            sizes << QSize(side, side);
        return sizes;
    }

    bool isNull() override { return !QSvgRenderer(m_path).isValid(); }
    QIconEngine *clone() const override { return new SvgIconEngine(m_path); }
    QString key() const override { return QStringLiteral("portcheck-svg"); }

private:
    QString m_path;
    QHash<QString, QPixmap> m_cache;
};

} // namespace
#endif

QIcon appIcon()
{
#ifndef PORTCHECK_HAVE_SVG
    // A build without Qt SVG (Windows, ui/CMakeLists.txt) carries the icon's .ico, with its sizes.
    return QIcon(QStringLiteral(":/icons/guardian-portcheck.ico"));
#else
    return QIcon(new SvgIconEngine(QStringLiteral(":/icons/guardian-portcheck.svg")));
#endif
}

} // namespace PortCheck
