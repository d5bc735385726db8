#pragma once

#include "verdictstyle.h"

#include <QGraphicsItem>
#include <QList>
#include <QString>

namespace PortCheck {

class LinkItem;

// A box for one role (sources: one per role; targets: one per host, or one per role when grouped).
class NodeItem final : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 1
    };
    static constexpr qreal kWidth = 230;
    static constexpr qreal kHeight = 58;

    NodeItem(QString role, QString roleName, QString host, QString detail);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    QString role() const { return m_role; }
    QString host() const { return m_host; }
    QString title() const { return m_title; }
    QString detail() const { return m_detail; }
    void setDetail(const QString &detail);
    void setThisComputer(bool on) { m_thisComputer = on; }
    bool isThisComputer() const { return m_thisComputer; }
    void setGroup(int members) { m_groupMembers = members; }
    bool isGroup() const { return m_groupMembers > 0; }
    int groupMembers() const { return m_groupMembers; }

    void addLink(LinkItem *link) { m_links.append(link); }
    const QList<LinkItem *> &links() const { return m_links; }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    QString m_role;
    QString m_title;
    QString m_host;
    QString m_detail;
    bool m_thisComputer = false;
    int m_groupMembers = 0;
    QList<LinkItem *> m_links;
};

// One link of the catalog toward one host (or toward a group of hosts), labelled with its ports
// and drawn in its verdict's colour and line style.
class LinkItem final : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 2
    };

    LinkItem(NodeItem *from, NodeItem *to, QString link, QString host, QString ports);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // Recomputes the path after a node moved; `lane` spreads several links between one pair.
    void adjust();
    void setLane(int lane, int lanes);

    QString link() const { return m_link; }
    QString host() const { return m_host; } // empty for a link to a group
    QString ports() const { return m_ports; }
    NodeItem *fromNode() const { return m_from; }
    NodeItem *toNode() const { return m_to; }
    VisualState state() const { return m_state; }
    void setState(VisualState state, const QString &details);
    // Where the port label sits (scene coordinates relative to the item): where a person clicks.
    QPointF labelPosition() const;

private:
    NodeItem *m_from;
    NodeItem *m_to;
    QString m_link;
    QString m_host;
    QString m_ports;
    VisualState m_state = VisualState::NotTested;
    QPainterPath m_path;
    int m_lane = 0;
    int m_lanes = 1;
};

// The key to colours and line styles, drawn in the scene so that exports carry it.
class LegendItem final : public QGraphicsItem
{
public:
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
};

} // namespace PortCheck
