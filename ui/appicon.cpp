#include "appicon.h"

#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace PortCheck {

QIcon appIcon()
{
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
}

} // namespace PortCheck
