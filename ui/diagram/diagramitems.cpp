#include "diagramitems.h"

#include "text.h"

#include <QCoreApplication>
#include <QGraphicsScene>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

#include <cmath>

using namespace Qt::StringLiterals;

namespace PortCheck {

namespace {
constexpr qreal kDetailThreshold = 0.3;

QPalette paletteOf(const QGraphicsItem *item)
{
    return item->scene() ? item->scene()->palette() : QPalette();
}

// A small drawing per kind of role, so that a box reads at a glance without its text.
void drawRoleIcon(QPainter *p, const QString &role, const QRectF &r, const QColor &ink)
{
    p->save();
    p->setPen(QPen(ink, 1.6));
    p->setBrush(Qt::NoBrush);
    const qreal w = r.width();
    const qreal h = r.height();
    if (role == u"domain-controller"_s || role == u"guardian-server"_s || role == u"ad-connector"_s) {
        const QRectF tower(r.left() + w * 0.22, r.top(), w * 0.56, h);
        p->drawRoundedRect(tower, 2, 2);
        for (int i = 1; i <= 3; ++i)
            p->drawLine(QPointF(tower.left() + 3, tower.top() + h * 0.2 * i),
                        QPointF(tower.right() - 3, tower.top() + h * 0.2 * i));
        if (role == u"domain-controller"_s) {
            p->setBrush(ink);
            p->drawEllipse(QPointF(tower.center().x(), tower.bottom() - h * 0.14), 1.8, 1.8);
        }
    } else if (role == u"file-share"_s) {
        QPainterPath folder;
        folder.moveTo(r.left(), r.top() + h * 0.2);
        folder.lineTo(r.left() + w * 0.4, r.top() + h * 0.2);
        folder.lineTo(r.left() + w * 0.5, r.top() + h * 0.32);
        folder.lineTo(r.right(), r.top() + h * 0.32);
        folder.lineTo(r.right(), r.bottom() - h * 0.1);
        folder.lineTo(r.left(), r.bottom() - h * 0.1);
        folder.closeSubpath();
        p->drawPath(folder);
    } else if (role == u"web-portal"_s || role == u"microsoft-365"_s) {
        const QRectF globe = r.adjusted(w * 0.08, h * 0.08, -w * 0.08, -h * 0.08);
        p->drawEllipse(globe);
        p->drawEllipse(globe.adjusted(globe.width() * 0.3, 0, -globe.width() * 0.3, 0));
        p->drawLine(QPointF(globe.left(), globe.center().y()), QPointF(globe.right(), globe.center().y()));
    } else if (role == u"admin-workstation"_s) {
        const QRectF screen(r.left(), r.top() + h * 0.1, w, h * 0.6);
        p->drawRoundedRect(screen, 2, 2);
        p->drawLine(QPointF(r.center().x(), screen.bottom()), QPointF(r.center().x(), r.bottom() - h * 0.08));
        p->drawLine(QPointF(r.left() + w * 0.25, r.bottom() - h * 0.08),
                    QPointF(r.right() - w * 0.25, r.bottom() - h * 0.08));
    } else if (role == u"cayosoft-cloud"_s) {
        QPainterPath cloud;
        cloud.addEllipse(QRectF(r.left(), r.top() + h * 0.4, w * 0.5, h * 0.45));
        cloud.addEllipse(QRectF(r.left() + w * 0.22, r.top() + h * 0.15, w * 0.5, h * 0.55));
        cloud.addEllipse(QRectF(r.left() + w * 0.48, r.top() + h * 0.38, w * 0.5, h * 0.47));
        p->drawPath(cloud.simplified());
    } else if (role == u"azure-sql"_s) {
        const qreal e = h * 0.22;
        p->drawEllipse(QRectF(r.left() + w * 0.1, r.top(), w * 0.8, e));
        p->drawLine(QPointF(r.left() + w * 0.1, r.top() + e / 2),
                    QPointF(r.left() + w * 0.1, r.bottom() - e / 2));
        p->drawLine(QPointF(r.right() - w * 0.1, r.top() + e / 2),
                    QPointF(r.right() - w * 0.1, r.bottom() - e / 2));
        p->drawArc(QRectF(r.left() + w * 0.1, r.bottom() - e, w * 0.8, e), 180 * 16, 180 * 16);
    } else { // recovery agent and anything else: a shield
        QPainterPath shield;
        shield.moveTo(r.center().x(), r.top());
        shield.lineTo(r.right() - w * 0.1, r.top() + h * 0.18);
        shield.quadTo(r.right() - w * 0.1, r.bottom() - h * 0.2, r.center().x(), r.bottom());
        shield.quadTo(r.left() + w * 0.1, r.bottom() - h * 0.2, r.left() + w * 0.1, r.top() + h * 0.18);
        shield.closeSubpath();
        p->drawPath(shield);
    }
    p->restore();
}
} // namespace

NodeItem::NodeItem(QString role, QString roleName, QString host, QString detail)
    : m_role(std::move(role))
    , m_title(std::move(roleName))
    , m_host(std::move(host))
    , m_detail(std::move(detail))
{
    setFlag(ItemSendsGeometryChanges);
    setZValue(1);
    setAcceptHoverEvents(true);
}

QRectF NodeItem::boundingRect() const
{
    return QRectF(-2, -2, kWidth + 4, kHeight + 4);
}

void NodeItem::setDetail(const QString &detail)
{
    m_detail = detail;
    update();
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QPalette pal = paletteOf(this);
    const QRectF box(0, 0, kWidth, kHeight);
    // Zoomed far out (hundreds of hosts on screen) text would be unreadable: draw the box only.
    if (option->levelOfDetailFromTransform(painter->worldTransform()) < kDetailThreshold) {
        painter->fillRect(box, pal.color(m_thisComputer ? QPalette::Highlight : QPalette::Mid));
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    QColor fill = pal.color(QPalette::Base);
    QColor border = pal.color(QPalette::Mid);
    if (m_thisComputer) {
        border = VerdictStyle::color(VisualState::Running, pal);
    }
    painter->setPen(QPen(border, m_thisComputer ? 2.5 : 1.2));
    painter->setBrush(fill);
    if (isGroup()) { // a stack of cards
        painter->drawRoundedRect(box.translated(6, 6), 6, 6);
        painter->drawRoundedRect(box.translated(3, 3), 6, 6);
    }
    painter->drawRoundedRect(box, 6, 6);

    const QColor ink = pal.color(QPalette::Text);
    drawRoleIcon(painter, m_role, QRectF(10, 12, 30, 34), ink);
    QFont titleFont = painter->font();
    titleFont.setPixelSize(12); // scene units, so that exports and the PDF keep the proportions
    titleFont.setBold(true);
    painter->setFont(titleFont);
    painter->setPen(ink);
    const QRectF text(50, 6, kWidth - 56, kHeight - 12);
    const QFontMetricsF fm(titleFont);
    painter->drawText(
        QRectF(text.left(), text.top(), text.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
        // a host name from a results file may hold control characters: shown escaped
        fm.elidedText(displaySafe(m_host.isEmpty() ? m_title : m_host), Qt::ElideMiddle, text.width()));
    QFont small = titleFont;
    small.setBold(false);
    small.setPixelSize(11);
    painter->setFont(small);
    const QFontMetricsF sm(small);
    QString second = m_host.isEmpty() ? m_detail : m_title;
    if (m_thisComputer)
        second = QCoreApplication::translate("PortCheck::TopologyScene", "this computer") +
                 (second.isEmpty() ? QString() : u" · "_s + second);
    painter->setPen(pal.color(QPalette::PlaceholderText));
    painter->drawText(QRectF(text.left(), text.top() + fm.height() + 2, text.width(), sm.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, sm.elidedText(second, Qt::ElideRight, text.width()));
    if (!m_host.isEmpty() && !m_detail.isEmpty())
        painter->drawText(
            QRectF(text.left(), text.top() + fm.height() + sm.height() + 4, text.width(), sm.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            sm.elidedText(displaySafe(m_detail), Qt::ElideRight, text.width()));
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged) {
        for (LinkItem *link : std::as_const(m_links))
            link->adjust();
    }
    return QGraphicsItem::itemChange(change, value);
}

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

void LinkItem::setLane(int lane, int lanes)
{
    m_lane = lane;
    m_lanes = std::max(1, lanes);
    adjust();
}

void LinkItem::adjust()
{
    prepareGeometryChange();
    const qreal spread = NodeItem::kHeight * 0.6;
    const qreal offset = m_lanes > 1 ? (m_lane - (m_lanes - 1) / 2.0) * spread / m_lanes : 0.0;
    const QPointF fromPos = m_from->pos();
    const QPointF toPos = m_to->pos();
    QPointF a(fromPos.x() + NodeItem::kWidth, fromPos.y() + NodeItem::kHeight / 2 + offset);
    QPointF b(toPos.x(), toPos.y() + NodeItem::kHeight / 2 + offset);
    m_path = QPainterPath(a);
    if (toPos.x() <= fromPos.x() + NodeItem::kWidth) {
        // both ends in the same column: a loop out to the right
        a = QPointF(fromPos.x() + NodeItem::kWidth, a.y());
        b = QPointF(toPos.x() + NodeItem::kWidth, b.y());
        m_path = QPainterPath(a);
        const qreal bulge = 90 + std::abs(b.y() - a.y()) * 0.15;
        m_path.cubicTo(a + QPointF(bulge, 0), b + QPointF(bulge, 0), b);
    } else {
        const qreal dx = (b.x() - a.x()) * 0.5;
        m_path.cubicTo(a + QPointF(dx, 0), b - QPointF(dx, 0), b);
    }
}

QRectF LinkItem::boundingRect() const
{
    const QPointF label = labelPosition();
    return m_path.boundingRect()
        .adjusted(-8, -8, 8, 8)
        .united(QRectF(label.x() - 90, label.y() - 12, 180, 24));
}

QPainterPath LinkItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    QPainterPath s = stroker.createStroke(m_path);
    const QPointF label = labelPosition();
    s.addRect(QRectF(label.x() - 60, label.y() - 10, 120, 20));
    return s;
}

QPointF LinkItem::labelPosition() const
{
    // Near the target end, where links fanning out from one source are furthest apart; links that
    // share a pair of nodes put their labels at staggered distances so that they do not overlap.
    const qreal t = m_lanes > 1 ? std::max(0.42, 0.84 - 0.2 * m_lane) : 0.8;
    return m_path.pointAtPercent(t);
}

void LinkItem::setState(VisualState state, const QString &details)
{
    if (m_state != state)
        update();
    m_state = state;
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
        painter->setPen(QPen(halo, 9, Qt::SolidLine, Qt::RoundCap));
        painter->drawPath(m_path);
    }
    const qreal width = m_state == VisualState::Fail ? 3.0 : 2.0;
    painter->setPen(QPen(colour, width, VerdictStyle::penStyle(m_state), Qt::FlatCap));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);

    // arrow head at the target: who opens the connection
    const QPointF tip = m_path.pointAtPercent(1.0);
    const qreal angle = m_path.angleAtPercent(0.98) * M_PI / 180.0;
    const QPointF back(std::cos(angle), -std::sin(angle));
    const QPointF normal(-back.y(), back.x());
    QPolygonF head;
    head << tip << tip - back * 10 + normal * 5 << tip - back * 10 - normal * 5;
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawPolygon(head);

    // label: state icon and ports on a plate so it stays readable over other lines
    QFont font = painter->font();
    font.setPixelSize(11);
    painter->setFont(font);
    const QFontMetricsF fm(font);
    const qreal textWidth = std::min<qreal>(fm.horizontalAdvance(m_ports), 150);
    const QPointF c = labelPosition();
    const QRectF plate(c.x() - (textWidth + 24) / 2, c.y() - 9, textWidth + 24, 18);
    painter->setPen(QPen(colour, 1));
    painter->setBrush(pal.color(QPalette::Base));
    painter->drawRoundedRect(plate, 4, 4);
    VerdictStyle::icon(m_state, 12)
        .paint(painter, QRect(int(plate.left() + 3), int(plate.top() + 3), 12, 12));
    painter->setPen(pal.color(QPalette::Text));
    painter->drawText(QRectF(plate.left() + 18, plate.top(), textWidth + 4, plate.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(m_ports, Qt::ElideRight, textWidth + 2));
}

QRectF LegendItem::boundingRect() const
{
    return QRectF(0, 0, 620, 30);
}

void LegendItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QPalette pal = scene() ? scene()->palette() : QPalette();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = painter->font();
    font.setPixelSize(11);
    painter->setFont(font);
    const QFontMetricsF fm(font);
    qreal x = 0;
    for (const VisualState s : {VisualState::Pass, VisualState::Warn, VisualState::Fail,
                                VisualState::NotTested, VisualState::Running}) {
        painter->setPen(QPen(VerdictStyle::color(s, pal), 2.5, VerdictStyle::penStyle(s)));
        painter->drawLine(QPointF(x, 15), QPointF(x + 34, 15));
        VerdictStyle::icon(s, 12).paint(painter, QRect(int(x + 38), 9, 12, 12));
        const QString text = VerdictStyle::text(s);
        painter->setPen(pal.color(QPalette::Text));
        painter->drawText(QPointF(x + 54, 15 + fm.ascent() / 2 - 1), text);
        x += 54 + fm.horizontalAdvance(text) + 18;
    }
}

} // namespace PortCheck
