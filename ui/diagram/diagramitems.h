#pragma once

#include "ui/style/verdictstyle.h"

#include <QFont>
#include <QGraphicsItem>
#include <QList>
#include <QPainterPath>
#include <QString>

namespace PortCheck {

class LinkItem;

// Text sizes in scene units: the view never fits the diagram below the zoom that shows the
// smallest of them at 9 pt (TopologyScene::readableZoom), and exports keep the proportions.
namespace DiagramText {
constexpr int kTitlePx = 15;  // a node's name
constexpr int kDetailPx = 13; // a node's second line, port labels, the legend
constexpr int kSmallestPx = kDetailPx;
QFont font(int pixelSize, bool bold = false);
} // namespace DiagramText

// A box for one role (sources: one per role; targets: one per host, or one per role when grouped).
class NodeItem final : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 1
    };
    static constexpr qreal kWidth = 270;
    static constexpr qreal kHeight = 52;

    NodeItem(QString role, QString roleName, QString host, QString detail);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    QString role() const { return m_role; }
    QString host() const { return m_host; }
    QString title() const { return m_title; }
    QString detail() const { return m_detail; }
    // What the box names (the host, or the role for a source or a group), in the font it is drawn in.
    QString name() const { return m_host.isEmpty() ? m_title : m_host; }
    static QFont nameFont() { return DiagramText::font(DiagramText::kTitlePx, true); }
    void setDetail(const QString &detail);
    // What the box says to do with the mouse ("double-click to expand"): drawn on screen only,
    // never in an export (PNG, SVG, the PDF), where nobody can click.
    void setHint(const QString &hint);
    QString hint() const { return m_hint; }
    void setShowHint(bool on);
    // The second line as drawn, with the hint while it is shown.
    QString secondLine() const;
    void setThisComputer(bool on) { m_thisComputer = on; }
    bool isThisComputer() const { return m_thisComputer; }
    void setGroup(int members) { m_groupMembers = members; }
    bool isGroup() const { return m_groupMembers > 0; }
    int groupMembers() const { return m_groupMembers; }
    // +1: links arrive on the left edge (target right of the sources); -1: on the right edge.
    void setSide(int side) { m_side = side; }
    int side() const { return m_side; }

    void addLink(LinkItem *link) { m_links.append(link); }
    const QList<LinkItem *> &links() const { return m_links; }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    QString m_role;
    QString m_title;
    QString m_host;
    QString m_detail;
    QString m_hint;
    bool m_showHint = true;
    bool m_thisComputer = false;
    int m_groupMembers = 0;
    int m_side = 1;
    QList<LinkItem *> m_links;
};

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

namespace DiagramStyle {
// The diagram's line for a state: fail thick and solid, warn medium and dashed, pass thin and
// solid, not tested faint and dotted, running solid.
QPen pen(VisualState state, const QPalette &palette);
qreal opacity(VisualState state);
// The badge at the start of a label: fail an octagon with a cross, warn a triangle with "!",
// pass a disc with a tick, not tested a dashed ring, running a ring with a gap.
void drawBadge(QPainter *painter, VisualState state, const QRectF &rect, const QPalette &palette);
} // namespace DiagramStyle

} // namespace PortCheck
