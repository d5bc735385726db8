#pragma once

#include "ui/diagram/diagramstyle.h"

#include <QGraphicsItem>
#include <QList>
#include <QPainterPath>
#include <QString>

namespace PortCheck {

class NodeItem;

// One link of the catalog toward one host (or toward a group of hosts), drawn in its verdict's
// colour, weight and line style. Lines of one source toward one role share a trunk up to a
// junction; the port label sits at the target end, in a stack beside the target node.
class LinkItem final : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 2
    };
    static constexpr qreal kLabelHeight = 22;
    static constexpr qreal kLabelWidth = 200; // the widest plate; longer port lists are elided

    LinkItem(NodeItem *from, NodeItem *to, QString link, QString host, QString ports);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // Where the trunk bends toward the target (scene coordinates) and where the label's edge
    // toward the target box is (its vertical centre); then recomputes the path.
    void setRoute(const QPointF &junction, const QPointF &labelAnchor);
    void adjust();

    QString link() const { return m_link; }
    QString host() const { return m_host; } // empty for a link to a group
    QString ports() const { return m_ports; }
    NodeItem *fromNode() const { return m_from; }
    NodeItem *toNode() const { return m_to; }
    VisualState state() const { return m_state; }
    void setState(VisualState state, const QString &details);
    // The port label's plate (item coordinates = scene coordinates): where a person clicks.
    QRectF labelRect() const;
    QPointF labelPosition() const { return labelRect().center(); }
    static QFont labelFont(VisualState state);

private:
    NodeItem *m_from;
    NodeItem *m_to;
    QString m_link;
    QString m_host;
    QString m_ports;
    VisualState m_state = VisualState::NotTested;
    QPointF m_junction;
    QPointF m_labelAnchor;
    bool m_routed = false;
    QPainterPath m_path; // source to the label
    QLineF m_stub;       // label to the target node
};

} // namespace PortCheck
