#pragma once

#include "ui/diagram/diagramstyle.h"

#include <QGraphicsItem>
#include <QList>
#include <QPainterPath>
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

} // namespace PortCheck
