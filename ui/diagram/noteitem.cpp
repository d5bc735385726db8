#include "ui/diagram/noteitem.h"

#include "model/text.h"

#include <QGraphicsScene>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace PortCheck {

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
