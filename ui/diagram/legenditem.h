#pragma once

#include "ui/diagram/diagramstyle.h"

#include <QGraphicsItem>
#include <QList>
#include <QPainterPath>
#include <QString>

namespace PortCheck {

// The key to colours, weights and badges, drawn in the scene so that exports carry it. A finished
// run has nothing running: its legend leaves that entry out.
class LegendItem final : public QGraphicsItem
{
public:
    explicit LegendItem(bool showRunning);
    void setShowRunning(bool on);
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    QList<VisualState> entries() const;
    // The entries' words, as drawn.
    QStringList texts() const;

private:
    bool m_showRunning;
};

} // namespace PortCheck
