#include "ui/diagram/legenditem.h"

#include "model/text.h"

#include <QGraphicsScene>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace PortCheck {

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

} // namespace PortCheck
