#include "ui/diagram/diagramstyle.h"

#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

using namespace Qt::StringLiterals;

namespace PortCheck {

QPalette DiagramStyle::paletteOf(const QGraphicsItem *item)
{
    return item->scene() ? item->scene()->palette() : QPalette();
}

QFont DiagramText::font(int pixelSize, bool bold)
{
    QFont f;
    f.setPixelSize(pixelSize); // scene units, so that exports and the PDF keep the proportions
    f.setBold(bold);
    return f;
}

QPen DiagramStyle::pen(VisualState state, const QPalette &palette)
{
    const QColor colour = VerdictStyle::color(state, palette);
    switch (state) {
    case VisualState::Fail:
        return QPen(colour, 5.0, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin);
    case VisualState::Warn: {
        QPen pen(colour, 3.0, Qt::CustomDashLine, Qt::FlatCap, Qt::RoundJoin);
        pen.setDashPattern({3.0, 1.6}); // in pen widths: 9 on, 5 off
        return pen;
    }
    case VisualState::Pass:
        return QPen(colour, 1.8, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin);
    case VisualState::Running:
        return QPen(colour, 2.0, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin);
    case VisualState::NotTested:
        break;
    }
    return QPen(colour, 1.4, Qt::DotLine, Qt::FlatCap, Qt::RoundJoin);
}

qreal DiagramStyle::opacity(VisualState state)
{
    // Links this machine cannot test are context, not news: faint, so that the tested ones stand out.
    return state == VisualState::NotTested ? 0.45 : 1.0;
}

void DiagramStyle::drawBadge(QPainter *p, VisualState state, const QRectF &r, const QPalette &palette)
{
    // Vector shapes, not the icons' pixmaps: an SVG or PDF keeps them sharp.
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QColor c = VerdictStyle::color(state, palette);
    const QColor markColour = VerdictStyle::isDark(palette) ? QColor(0x10, 0x10, 0x10) : QColor(Qt::white);
    const QPen mark(markColour, r.width() * 0.14, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    const QPointF m = r.center();
    const qreal w = r.width();
    const qreal h = r.height();
    switch (state) {
    case VisualState::Fail: { // octagon with a cross: a stop sign
        QPolygonF octagon;
        for (int i = 0; i < 8; ++i) {
            const qreal a = (22.5 + 45.0 * i) * M_PI / 180.0;
            octagon << m + QPointF(std::cos(a) * w / 2, std::sin(a) * h / 2);
        }
        p->setPen(Qt::NoPen);
        p->setBrush(c);
        p->drawPolygon(octagon);
        p->setPen(mark);
        const qreal a = w * 0.2;
        p->drawLine(m + QPointF(-a, -a), m + QPointF(a, a));
        p->drawLine(m + QPointF(a, -a), m + QPointF(-a, a));
        break;
    }
    case VisualState::Warn: { // triangle with an exclamation mark
        QPolygonF tri;
        tri << QPointF(m.x(), r.top()) << r.bottomRight() << r.bottomLeft();
        p->setPen(Qt::NoPen);
        p->setBrush(c);
        p->drawPolygon(tri);
        p->setPen(mark);
        p->drawLine(QPointF(m.x(), r.top() + h * 0.38), QPointF(m.x(), r.top() + h * 0.66));
        p->drawPoint(QPointF(m.x(), r.top() + h * 0.84));
        break;
    }
    case VisualState::Pass: { // disc with a tick
        p->setPen(Qt::NoPen);
        p->setBrush(c);
        p->drawEllipse(r);
        p->setPen(mark);
        p->setBrush(Qt::NoBrush);
        QPainterPath tick;
        tick.moveTo(r.left() + w * 0.26, r.top() + h * 0.52);
        tick.lineTo(r.left() + w * 0.44, r.top() + h * 0.70);
        tick.lineTo(r.left() + w * 0.76, r.top() + h * 0.32);
        p->drawPath(tick);
        break;
    }
    case VisualState::Running:
        p->setPen(QPen(c, w * 0.16, Qt::SolidLine, Qt::RoundCap));
        p->drawArc(r.adjusted(w * 0.1, h * 0.1, -w * 0.1, -h * 0.1), 90 * 16, -270 * 16);
        break;
    case VisualState::NotTested:
        p->setPen(QPen(c, w * 0.12, Qt::DotLine, Qt::RoundCap));
        p->setBrush(Qt::NoBrush);
        p->drawEllipse(r.adjusted(w * 0.1, h * 0.1, -w * 0.1, -h * 0.1));
        break;
    }
    p->restore();
}

} // namespace PortCheck
