#pragma once

#include "catalog/catalog.h"
#include "plan/plan.h"
#include "verdict/verdict.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>

namespace PortCheck {

class LinkItem;
class NodeItem;

// The deployment as a picture: who opens connections (left) to whom (right), one line per link
// and host in its verdict's colour and line style, labelled with its ports. Built from the plan;
// results can be fed in while a run streams them. Roles with more hosts than the threshold
// collapse into one group node until expanded.
class TopologyScene final : public QGraphicsScene
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopologyScene)

public:
    static constexpr int kDefaultGroupThreshold = 12;

    explicit TopologyScene(const Catalog &catalog, QObject *parent = nullptr);

    // `thisComputer` is the host name shown on the vantage roles' nodes.
    void setPlan(const Plan &plan, const QString &thisComputer);
    // The results so far; `finished` once the run ended (links without a result then show their
    // verdict rather than "running").
    void setResults(const ResultIndex &results, bool finished);
    // Verdicts decided elsewhere (results of several machines merged): the lines show these.
    void setVerdicts(const QList<Verdict> &verdicts);

    void setGroupThreshold(int hosts);
    void setGroupExpanded(const QString &role, bool expanded);
    bool isGrouped(const QString &role) const;

    QList<NodeItem *> nodes() const { return m_nodes; }
    QList<LinkItem *> links() const { return m_links; }
    LinkItem *linkItem(const QString &link, const QString &host) const;
    NodeItem *node(const QString &role, const QString &host = {}) const;
    void selectLink(const QString &link, const QString &host);

    // Everything drawn, with a margin: what exports and the PDF render.
    QRectF contentRect() const;
    // Returns an error text, empty on success.
    QString exportPng(const QString &path, qreal scale = 2.0);
    QString exportSvg(const QString &path);
    static bool canExportSvg();

Q_SIGNALS:
    void linkSelected(const QString &link, const QString &host);
    // host is empty for a link to a group: every host of the group.
    void retestRequested(const QString &link, const QString &host);

protected:
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;

private:
    void rebuild();
    void applyStates();
    QString roleName(const QString &role) const;

    const Catalog &m_catalog;
    Plan m_plan;
    QString m_thisComputer;
    ResultIndex m_results;
    QList<Verdict> m_fixedVerdicts;
    bool m_useFixed = false;
    bool m_finished = false;
    int m_threshold = kDefaultGroupThreshold;
    QSet<QString> m_expanded;
    QHash<QString, int> m_hostCount; // target role -> hosts
    QList<NodeItem *> m_nodes;
    QList<LinkItem *> m_links;
};

} // namespace PortCheck
