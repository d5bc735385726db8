#include "ui/diagram/diagramitems.h"

#include "model/text.h"

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
constexpr qreal kStubGap = 8; // label plate to target node

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
    // a group's stack of cards reaches 6 units further
    return QRectF(-2, -2, kWidth + (isGroup() ? 10 : 4), kHeight + (isGroup() ? 10 : 4));
}

void NodeItem::setDetail(const QString &detail)
{
    m_detail = detail;
    update();
}

void NodeItem::setHint(const QString &hint)
{
    m_hint = hint;
    update();
}

void NodeItem::setShowHint(bool on)
{
    m_showHint = on;
    update();
}

QString NodeItem::secondLine() const
{
    QString second = m_host.isEmpty() ? m_detail : m_title;
    if (m_thisComputer)
        second = QCoreApplication::translate("PortCheck::TopologyScene", "this computer") +
                 (second.isEmpty() ? QString() : u" · "_s + second);
    else if (!m_host.isEmpty() && !m_detail.isEmpty())
        second += u" · "_s + m_detail;
    if (m_showHint && !m_hint.isEmpty())
        second += (second.isEmpty() ? QString() : u" · "_s) + m_hint;
    return second;
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
    const QColor fill = pal.color(QPalette::Base);
    QColor border = pal.color(QPalette::Mid);
    if (m_thisComputer)
        border = VerdictStyle::color(VisualState::Running, pal);
    painter->setPen(QPen(border, m_thisComputer ? 2.5 : 1.2));
    painter->setBrush(fill);
    if (isGroup()) { // a stack of cards
        painter->drawRoundedRect(box.translated(6, 6), 6, 6);
        painter->drawRoundedRect(box.translated(3, 3), 6, 6);
    }
    painter->drawRoundedRect(box, 6, 6);

    const QColor ink = pal.color(QPalette::Text);
    drawRoleIcon(painter, m_role, QRectF(9, 10, 28, 32), ink);
    const QFont titleFont = nameFont();
    painter->setFont(titleFont);
    painter->setPen(ink);
    const QRectF text(44, 5, kWidth - 50, kHeight - 10);
    const QFontMetricsF fm(titleFont);
    painter->drawText(QRectF(text.left(), text.top(), text.width(), fm.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      // a host name from a results file may hold control characters: shown escaped
                      fm.elidedText(displaySafe(name()), Qt::ElideMiddle, text.width()));
    const QFont small = DiagramText::font(DiagramText::kDetailPx);
    painter->setFont(small);
    const QFontMetricsF sm(small);
    const QString second = secondLine();
    painter->setPen(pal.color(QPalette::PlaceholderText));
    painter->drawText(QRectF(text.left(), text.top() + fm.height() + 1, text.width(), sm.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      sm.elidedText(displaySafe(second), Qt::ElideRight, text.width()));
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

LegendItem::LegendItem(bool showRunning)
    : m_showRunning(showRunning)
{}

void LegendItem::setShowRunning(bool on)
{
    if (on == m_showRunning)
        return;
    prepareGeometryChange();
    m_showRunning = on;
    update();
}

QList<VisualState> LegendItem::entries() const
{
    QList<VisualState> states{VisualState::Fail, VisualState::Warn, VisualState::Pass,
                              VisualState::NotTested};
    if (m_showRunning)
        states << VisualState::Running;
    return states;
}

QStringList LegendItem::texts() const
{
    QStringList words;
    for (const VisualState s : entries())
        words << VerdictStyle::text(s);
    return words;
}

QRectF LegendItem::boundingRect() const
{
    const QFontMetricsF fm(DiagramText::font(DiagramText::kDetailPx));
    qreal x = 0;
    for (const QString &text : texts())
        x += 66 + fm.horizontalAdvance(text) + 22;
    return QRectF(0, 0, x, 26);
}

void LegendItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QPalette pal = scene() ? scene()->palette() : QPalette();
    painter->setRenderHint(QPainter::Antialiasing);
    const QFont font = DiagramText::font(DiagramText::kDetailPx);
    painter->setFont(font);
    const QFontMetricsF fm(font);
    qreal x = 0;
    for (const VisualState s : entries()) {
        painter->save();
        painter->setOpacity(DiagramStyle::opacity(s));
        painter->setPen(DiagramStyle::pen(s, pal));
        painter->drawLine(QPointF(x, 13), QPointF(x + 40, 13));
        painter->restore();
        DiagramStyle::drawBadge(painter, s, QRectF(x + 46, 5, 16, 16), pal);
        const QString text = VerdictStyle::text(s);
        painter->setPen(pal.color(QPalette::Text));
        painter->drawText(QPointF(x + 66, 13 + fm.ascent() / 2 - 1), text);
        x += 66 + fm.horizontalAdvance(text) + 22;
    }
}

NoteItem::NoteItem(QString text)
    : m_text(std::move(text))
{}

QRectF NoteItem::boundingRect() const
{
    const QFontMetricsF fm(DiagramText::font(DiagramText::kTitlePx));
    return QRectF(0, 0, fm.horizontalAdvance(m_text) + 4, fm.height() + 4);
}

void NoteItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QPalette pal = scene() ? scene()->palette() : QPalette();
    painter->setFont(DiagramText::font(DiagramText::kTitlePx));
    painter->setPen(pal.color(QPalette::Text));
    painter->drawText(boundingRect(), Qt::AlignLeft | Qt::AlignVCenter, m_text);
}

} // namespace PortCheck
