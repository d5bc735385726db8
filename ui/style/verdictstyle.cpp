#include "ui/style/verdictstyle.h"

#include "ui/i18n/translations.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <cmath>

namespace PortCheck {

VisualState VerdictStyle::fromVerdict(VerdictLevel level)
{
    switch (level) {
    case VerdictLevel::Pass:
        return VisualState::Pass;
    case VerdictLevel::Warn:
        return VisualState::Warn;
    case VerdictLevel::Fail:
        return VisualState::Fail;
    case VerdictLevel::NotTested:
        break;
    }
    return VisualState::NotTested;
}

QString VerdictStyle::plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return {};
    return QStringLiteral("<p style='white-space:pre-wrap'>") + displaySafe(text, true).toHtmlEscaped() +
           QStringLiteral("</p>");
}

int VerdictStyle::severity(VisualState state)
{
    switch (state) {
    case VisualState::Fail:
        return 4;
    case VisualState::Running:
        return 3;
    case VisualState::Warn:
        return 2;
    case VisualState::Pass:
        return 1;
    case VisualState::NotTested:
        break;
    }
    return 0;
}

bool VerdictStyle::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 110;
}

QColor VerdictStyle::color(VisualState state, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (state) {
    case VisualState::Pass:
        return dark ? QColor(0x3d, 0xd6, 0xa3) : QColor(0x00, 0x9e, 0x73); // bluish green
    case VisualState::Warn:
        return dark ? QColor(0xff, 0xd2, 0x3f) : QColor(0xb8, 0x7d, 0x00); // amber, darker on light
    case VisualState::Fail:
        // Crimson, well apart from the amber in lightness: under deuteranopia the old vermillion
        // (d55e00) and the amber were 0.9 CIEDE2000 apart; this one stays above 20 for the three
        // deficiencies (scripts/colourblind-check.py).
        return dark ? QColor(0xff, 0x4f, 0x6a) : QColor(0xa5, 0x00, 0x26);
    case VisualState::Running:
        return dark ? QColor(0x7c, 0xc8, 0xf5) : QColor(0x00, 0x72, 0xb2); // blue
    case VisualState::NotTested:
        break;
    }
    return dark ? QColor(0xa0, 0xa0, 0xa0) : QColor(0x70, 0x70, 0x70);
}

Qt::PenStyle VerdictStyle::penStyle(VisualState state)
{
    switch (state) {
    case VisualState::Warn:
        return Qt::DashLine;
    case VisualState::Pass:
    case VisualState::Fail: // and thick: the diagram's weight tells it from a pass
    case VisualState::Running:
        return Qt::SolidLine;
    case VisualState::NotTested:
        break;
    }
    return Qt::DotLine;
}

QIcon VerdictStyle::icon(VisualState state, int size)
{
    // Drawn once per state, size and light or dark palette: a table asks for its icons at every
    // paint, and drawing them each time made a repaint of the 40,000-probe run table take 13-18 ms.
    static QHash<quint64, QIcon> cache;
    const quint64 key = (quint64(quint32(size)) << 8) | (quint64(state) << 1) | quint64(isDark(QPalette()));
    if (const auto it = cache.constFind(key); it != cache.cend())
        return *it;
    return *cache.insert(key, drawIcon(state, size));
}

QIcon VerdictStyle::drawIcon(VisualState state, int size)
{
    // Drawn, not loaded: crisp at any scale, and each state has its own shape.
    QIcon result;
    for (const int scale : {1, 2}) {
        const int px = size * scale;
        QPixmap pixmap(px, px);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const QColor c = color(state);
        const qreal m = px * 0.08;
        const QRectF r(m, m, px - 2 * m, px - 2 * m);
        QPen mark(Qt::white, px * 0.12, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        switch (state) {
        case VisualState::Pass: { // disc with a tick
            p.setPen(Qt::NoPen);
            p.setBrush(c);
            p.drawEllipse(r);
            p.setPen(mark);
            QPainterPath tick;
            tick.moveTo(r.left() + r.width() * 0.25, r.top() + r.height() * 0.52);
            tick.lineTo(r.left() + r.width() * 0.43, r.top() + r.height() * 0.70);
            tick.lineTo(r.left() + r.width() * 0.76, r.top() + r.height() * 0.32);
            p.setBrush(Qt::NoBrush);
            p.drawPath(tick);
            break;
        }
        case VisualState::Warn: { // triangle with an exclamation mark
            QPainterPath tri;
            tri.moveTo(r.center().x(), r.top());
            tri.lineTo(r.right(), r.bottom());
            tri.lineTo(r.left(), r.bottom());
            tri.closeSubpath();
            p.setPen(Qt::NoPen);
            p.setBrush(c);
            p.drawPath(tri);
            p.setPen(mark);
            p.drawLine(QPointF(r.center().x(), r.top() + r.height() * 0.35),
                       QPointF(r.center().x(), r.top() + r.height() * 0.65));
            p.drawPoint(QPointF(r.center().x(), r.top() + r.height() * 0.83));
            break;
        }
        case VisualState::Fail: { // octagon with a cross: a stop sign, as in the diagram
            QPolygonF octagon;
            for (int i = 0; i < 8; ++i) {
                const qreal angle = (22.5 + 45.0 * i) * M_PI / 180.0;
                octagon << r.center() +
                               QPointF(std::cos(angle) * r.width() / 2, std::sin(angle) * r.height() / 2);
            }
            p.setPen(Qt::NoPen);
            p.setBrush(c);
            p.drawPolygon(octagon);
            p.setPen(mark);
            const qreal a = r.width() * 0.2;
            p.drawLine(r.center() + QPointF(-a, -a), r.center() + QPointF(a, a));
            p.drawLine(r.center() + QPointF(a, -a), r.center() + QPointF(-a, a));
            break;
        }
        case VisualState::Running: { // ring with a gap
            QPen ring(c, px * 0.14, Qt::SolidLine, Qt::RoundCap);
            p.setPen(ring);
            p.drawArc(r.adjusted(m, m, -m, -m), 90 * 16, -270 * 16);
            break;
        }
        case VisualState::NotTested: { // dashed ring
            QPen ring(c, px * 0.10, Qt::DashLine);
            p.setPen(ring);
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(r.adjusted(m, m, -m, -m));
            break;
        }
        }
        p.end();
        pixmap.setDevicePixelRatio(scale);
        result.addPixmap(pixmap);
    }
    return result;
}

QString VerdictStyle::text(VisualState state)
{
    switch (state) {
    case VisualState::Pass:
        return tr("Pass");
    case VisualState::Warn:
        return tr("Warning");
    case VisualState::Fail:
        return tr("Fail");
    case VisualState::Running:
        return tr("Running");
    case VisualState::NotTested:
        break;
    }
    return tr("Not tested from here");
}

VisualState VerdictStyle::forProbe(const ProbeResult &result)
{
    if (result.state == ProbeState::NotTested)
        return VisualState::NotTested;
    if (result.state != ProbeState::Open)
        return VisualState::Fail;
    switch (result.service) {
    case ServiceState::Identified:
    case ServiceState::NotProbed:
        return VisualState::Pass;
    case ServiceState::TlsError:
    case ServiceState::Silent:
        return VisualState::Warn;
    case ServiceState::Unexpected:
        break;
    }
    return VisualState::Fail;
}

QString VerdictStyle::stateText(ProbeState state)
{
    return state == ProbeState::NotTested ? tr("waiting") : localized(probeStateText(state));
}

QString VerdictStyle::serviceText(ServiceState state)
{
    return localized(serviceStateText(state));
}

} // namespace PortCheck
