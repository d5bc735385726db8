#include "ui/diagram/linkitem.h"

#include "model/text.h"
#include "ui/diagram/nodeitem.h"

#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

#include <cmath>

using namespace Qt::StringLiterals;

namespace PortCheck {

using DiagramStyle::kDetailThreshold;
using DiagramStyle::paletteOf;

namespace {
constexpr qreal kStubGap = 8; // label plate to target node
} // namespace

LinkItem::LinkItem(NodeItem *from, NodeItem *to, QString link, QString host, QString ports)
    : m_from(from)
    , m_to(to)
    , m_link(std::move(link))
    , m_host(std::move(host))
    , m_ports(std::move(ports))
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    from->addLink(this);
    to->addLink(this);
    adjust();
}

void LinkItem::setRoute(const QPointF &junction, const QPointF &labelAnchor)
{
    m_junction = junction;
    m_labelAnchor = labelAnchor;
    m_routed = true;
    adjust();
}

QFont LinkItem::labelFont(VisualState state)
{
    return DiagramText::font(DiagramText::kDetailPx, state == VisualState::Fail);
}

QRectF LinkItem::labelRect() const
{
    const int side = m_to->side();
    const QFontMetricsF fm(labelFont(m_state));
    const qreal width = std::min(kLabelWidth, fm.horizontalAdvance(m_ports) + kLabelHeight + 8);
    const qreal top = m_labelAnchor.y() - (kLabelHeight - 2) / 2;
    // the anchor is the plate's edge toward the target box
    return side > 0 ? QRectF(m_labelAnchor.x() - width, top, width, kLabelHeight - 2)
                    : QRectF(m_labelAnchor.x(), top, width, kLabelHeight - 2);
}

void LinkItem::adjust()
{
    prepareGeometryChange();
    const int side = m_to->side();
    const QPointF fromPos = m_from->pos();
    const QPointF toPos = m_to->pos();
    const QPointF a(side > 0 ? fromPos.x() + NodeItem::kWidth : fromPos.x(),
                    fromPos.y() + NodeItem::kHeight / 2);
    if (!m_routed) { // before the scene lays it out: straight to the target's edge
        m_labelAnchor = QPointF(side > 0 ? toPos.x() - kStubGap : toPos.x() + NodeItem::kWidth + kStubGap,
                                toPos.y() + NodeItem::kHeight / 2);
        m_junction = (a + m_labelAnchor) / 2;
    }
    const QRectF plate = labelRect();
    const QPointF j = m_junction;
    const QPointF l(side > 0 ? plate.left() : plate.right(), m_labelAnchor.y());
    m_path = QPainterPath(a);
    const qreal dx1 = (j.x() - a.x()) * 0.5;
    m_path.cubicTo(a + QPointF(dx1, 0), j - QPointF(dx1, 0), j);
    const qreal dx2 = (l.x() - j.x()) * 0.6;
    m_path.cubicTo(j + QPointF(dx2, 0), l - QPointF(dx2, 0), l);
    const qreal edge = side > 0 ? toPos.x() : toPos.x() + NodeItem::kWidth;
    const qreal y = std::clamp(l.y(), toPos.y() + 8, toPos.y() + NodeItem::kHeight - 8);
    m_stub = QLineF(QPointF(side > 0 ? plate.right() : plate.left(), l.y()), QPointF(edge, y));
}

QRectF LinkItem::boundingRect() const
{
    return m_path.boundingRect()
        .united(labelRect())
        .united(QRectF(m_stub.p1(), m_stub.p2()).normalized())
        .adjusted(-8, -8, 8, 8);
}

QPainterPath LinkItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    QPainterPath line = m_path;
    line.moveTo(m_stub.p1());
    line.lineTo(m_stub.p2());
    QPainterPath s = stroker.createStroke(line);
    s.addRect(labelRect());
    return s;
}

void LinkItem::setState(VisualState state, const QString &details)
{
    if (m_state != state) {
        prepareGeometryChange(); // the label's weight, so its width, follows the state
        m_state = state;
        adjust();
        update();
    }
    // Worse on top: where trunks share a path the failing one shows.
    setZValue(-1.0 + 0.1 * VerdictStyle::severity(state));
    setOpacity(DiagramStyle::opacity(state));
    setToolTip(VerdictStyle::plainToolTip(details));
}

void LinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QPalette pal = paletteOf(this);
    const QColor colour = VerdictStyle::color(m_state, pal);
    const bool selected = option->state & QStyle::State_Selected;
    if (option->levelOfDetailFromTransform(painter->worldTransform()) < kDetailThreshold) {
        painter->setPen(QPen(colour, 0, VerdictStyle::penStyle(m_state)));
        painter->drawPath(m_path);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    if (selected) {
        QColor halo = pal.color(QPalette::Highlight);
        halo.setAlpha(90);
        painter->setPen(QPen(halo, 11, Qt::SolidLine, Qt::RoundCap));
        painter->drawPath(m_path);
        painter->drawLine(m_stub);
    }
    const QPen pen = DiagramStyle::pen(m_state, pal);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    painter->drawLine(m_stub);

    // arrow head at the target: who opens the connection
    const QPointF tip = m_stub.p2();
    const qreal angle = m_stub.angle() * M_PI / 180.0;
    const QPointF back(std::cos(angle), -std::sin(angle));
    const QPointF normal(-back.y(), back.x());
    const qreal size = 6 + pen.widthF();
    QPolygonF head;
    head << tip << tip - back * size + normal * size / 2 << tip - back * size - normal * size / 2;
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawPolygon(head);

    // label: badge and ports on a plate, framed as heavily as the line
    const QFont font = labelFont(m_state);
    painter->setFont(font);
    const QFontMetricsF fm(font);
    const QRectF plate = labelRect();
    const qreal frame = m_state == VisualState::Fail ? 2.5 : (m_state == VisualState::Warn ? 1.6 : 1.0);
    QPen border(colour, frame);
    if (m_state == VisualState::Warn)
        border.setStyle(Qt::DashLine);
    painter->setPen(border);
    painter->setBrush(pal.color(QPalette::Base));
    painter->drawRoundedRect(plate, 4, 4);
    const qreal badge = plate.height() - 6;
    DiagramStyle::drawBadge(painter, m_state, QRectF(plate.left() + 4, plate.top() + 3, badge, badge), pal);
    painter->setPen(pal.color(QPalette::Text));
    const QRectF text(plate.left() + badge + 8, plate.top(), plate.width() - badge - 10, plate.height());
    painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(m_ports, Qt::ElideRight, text.width()));
}

} // namespace PortCheck
