#pragma once

#include "ui/diagram/diagramstyle.h"

#include <QGraphicsItem>
#include <QList>
#include <QPainterPath>
#include <QString>

namespace PortCheck {

// A line of text in the scene (the "no problems" note of the problems-only view).
class NoteItem final : public QGraphicsItem
{
public:
    explicit NoteItem(QString text);
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    QString text() const { return m_text; }

private:
    QString m_text;
};

} // namespace PortCheck
