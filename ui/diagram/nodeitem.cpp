#include "ui/diagram/nodeitem.h"

#include "model/text.h"
#include "ui/diagram/linkitem.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

using namespace Qt::StringLiterals;

namespace PortCheck {

using DiagramStyle::kDetailThreshold;
using DiagramStyle::paletteOf;

namespace {
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

} // namespace PortCheck
