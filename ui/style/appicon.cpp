#include "ui/style/appicon.h"

#include <QPainter>
#include <QPixmap>
#ifdef PORTCHECK_HAVE_SVG
#include <QSvgRenderer>
#endif

namespace PortCheck {

QIcon appIcon()
{
#ifndef PORTCHECK_HAVE_SVG
    // A build without Qt SVG (Windows, ui/CMakeLists.txt) carries the icon's .ico, with its sizes.
    return QIcon(QStringLiteral(":/icons/guardian-portcheck.ico"));
#else
    // Rendered with QSvgRenderer rather than loaded through the icon engine plugin: the window icon
    // then does not depend on a plugin being installed.
    QSvgRenderer renderer(QStringLiteral(":/icons/guardian-portcheck.svg"));
    QIcon icon;
    if (!renderer.isValid())
        return icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        renderer.render(&painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
#endif
}

} // namespace PortCheck
