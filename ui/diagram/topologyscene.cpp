#include "ui/diagram/topologyscene.h"

#include "model/text.h"
#include "ui/diagram/diagramstyle.h"
#include "ui/diagram/legenditem.h"
#include "ui/diagram/linkitem.h"
#include "ui/diagram/linkstates.h"
#include "ui/diagram/nodeitem.h"
#include "ui/diagram/noteitem.h"
#include "ui/i18n/translations.h"

#include <QAction>
#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneMouseEvent>
#include <QMap>
#include <QMenu>

#include <array>

using namespace Qt::StringLiterals;

namespace PortCheck {

namespace {
constexpr qreal kSourceX = 0;
constexpr qreal kStubLength = 22;  // label plate to target box: room for the arrow head
constexpr qreal kJunctionGap = 70; // where a bundle splits, before the labels
constexpr qreal kCurveRoom = 150;  // source box to the junctions
constexpr qreal kTargetX =
    kSourceX + NodeItem::kWidth + kCurveRoom + kJunctionGap + LinkItem::kLabelWidth + kStubLength;
constexpr qreal kRowGap = 10;
constexpr qreal kRoleGap = 26;
constexpr qreal kSourceStep = NodeItem::kHeight + 40;

} // namespace

TopologyScene::TopologyScene(const Catalog &catalog, QObject *parent)
    : QGraphicsScene(parent)
    , m_catalog(catalog)
{
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    connect(this, &QGraphicsScene::selectionChanged, this, [this] {
        for (QGraphicsItem *item : selectedItems()) {
            if (const auto *link = qgraphicsitem_cast<LinkItem *>(item)) {
                Q_EMIT linkSelected(link->link(), link->host());
                return;
            }
        }
    });
}

QString TopologyScene::roleName(const QString &role) const
{
    return PortCheck::roleName(m_catalog, role);
}

void TopologyScene::setPlan(const Plan &plan, const QString &thisComputer)
{
    m_plan = plan;
    m_thisComputer = thisComputer;
    m_results.clear();
    m_liveVerdicts = computeVerdicts(m_catalog, m_plan, m_results);
    m_liveResults = &m_results;
    m_liveSource = &m_liveVerdicts;
    m_useFixed = false;
    m_finished = false;
    m_hostCount.clear();
    QHash<QString, QSet<QString>> hosts;
    for (const PlanItem &item : m_plan.items) {
        if (const Link *link = m_catalog.link(item.link))
            hosts[link->to].insert(item.host);
    }
    for (auto it = hosts.cbegin(); it != hosts.cend(); ++it)
        m_hostCount.insert(it.key(), static_cast<int>(it.value().size()));
    rebuild();
}

void TopologyScene::setVerdicts(const QList<Verdict> &verdicts)
{
    m_fixedVerdicts = verdicts;
    m_useFixed = true;
    m_finished = true;
    if (m_problemsOnly)
        rebuild(); // what is a problem may have changed
    else
        applyStates();
}

void TopologyScene::setResults(const ResultIndex &results, bool finished)
{
    setResults(results, finished, computeVerdicts(m_catalog, m_plan, results));
}

void TopologyScene::setResults(const ResultIndex &results, bool finished, QList<Verdict> verdicts)
{
    m_useFixed = false;
    m_results = results;
    m_liveVerdicts = std::move(verdicts);
    m_liveResults = &m_results;
    m_liveSource = &m_liveVerdicts;
    m_finished = finished;
    redrawLive();
}

void TopologyScene::redrawLive()
{
    if (m_problemsOnly) {
        rebuild(); // what is a problem may have changed
    } else {
        m_linkStates.update(*m_liveResults, *m_liveSource, m_finished);
        applyStates();
    }
}

void TopologyScene::updateItems(const ResultIndex &results, const QList<Verdict> &verdicts,
                                const QList<int> &items, bool finished)
{
    m_liveResults = &results;
    m_liveSource = &verdicts;
    if (m_useFixed || m_problemsOnly) {
        // What is shown may change: all of it again.
        m_useFixed = false;
        m_finished = finished;
        redrawLive();
        return;
    }
    QList<int> touched = items;
    if (finished != m_finished) {
        // The end of a run changes only the items still waiting for an answer (a cancel's).
        m_finished = finished;
        touched += m_linkStates.waitingItems();
        if (m_legend)
            m_legend->setShowRunning(!m_finished);
    }
    const QSet<QString> changed = m_linkStates.update(*m_liveResults, *m_liveSource, m_finished, &touched);
    for (const QString &key : changed) {
        if (LinkItem *line = m_linkItemOf.value(key))
            applyLiveState(line);
    }
    for (NodeItem *node : std::as_const(m_nodes)) {
        if (node->isGroup() && m_linkStates.changedRoles().contains(node->role()))
            applyGroupDetail(node, m_linkStates.failingHosts(node->role()));
    }
}

void TopologyScene::keepResults()
{
    if (m_liveResults != &m_results)
        m_results = *m_liveResults;
    if (m_liveSource != &m_liveVerdicts)
        m_liveVerdicts = *m_liveSource;
    m_liveResults = &m_results;
    m_liveSource = &m_liveVerdicts;
}

void TopologyScene::setGroupThreshold(int hosts)
{
    m_threshold = hosts;
    rebuild();
}

void TopologyScene::setGroupExpanded(const QString &role, bool expanded)
{
    if (expanded)
        m_expanded.insert(role);
    else
        m_expanded.remove(role);
    rebuild();
}

bool TopologyScene::isGrouped(const QString &role) const
{
    return m_hostCount.value(role) > m_threshold && !m_expanded.contains(role);
}

struct TopologyScene::Aggregate
{
    VisualState state = VisualState::NotTested;
    QStringList lines;
    QMap<VisualState, int> counts;
};

const QList<Verdict> &TopologyScene::currentVerdicts() const
{
    return m_useFixed ? m_fixedVerdicts : *m_liveSource;
}

namespace {
bool isProblem(VisualState state)
{
    return state == VisualState::Fail || state == VisualState::Warn || state == VisualState::Running;
}

// Which targets go on the left: the split of the role groups (in catalog order) that balances
// the two sides' heights, if two sides fit the view's aspect better than one. -1: one side.
int twoSidedSplit(const QList<qreal> &heights, qreal aspect, qreal maxWidth)
{
    if (aspect <= 0 || heights.size() < 2 || 2 * kTargetX + NodeItem::kWidth > maxWidth)
        return -1;
    qreal total = 0;
    for (const qreal h : heights)
        total += h;
    int best = -1;
    qreal bestHeight = total;
    qreal upper = 0;
    for (int k = 1; k < heights.size(); ++k) {
        upper += heights.at(k - 1);
        const qreal h = std::max(upper, total - upper);
        if (h < bestHeight) {
            bestHeight = h;
            best = k;
        }
    }
    const qreal oneSided = (kTargetX + NodeItem::kWidth) / std::max<qreal>(total, 1);
    const qreal twoSided = (2 * kTargetX + NodeItem::kWidth) / std::max<qreal>(bestHeight, 1);
    return std::abs(std::log(twoSided / aspect)) < std::abs(std::log(oneSided / aspect)) ? best : -1;
}
} // namespace

void TopologyScene::setPreferredAspect(qreal widthOverHeight, qreal maxWidth)
{
    m_aspect = widthOverHeight;
    m_maxWidth = maxWidth;
    const bool twoSided = twoSidedSplit(m_groupHeights, m_aspect, m_maxWidth) >= 0;
    if (twoSided != m_twoSided)
        rebuild();
}

void TopologyScene::setProblemsOnly(bool on)
{
    if (on == m_problemsOnly)
        return;
    m_problemsOnly = on;
    rebuild();
}

qreal TopologyScene::readableZoom(qreal logicalDpiY)
{
    const qreal ninePoints = 9.0 * logicalDpiY / 72.0;
    return ninePoints / DiagramText::kSmallestPx;
}

// What the diagram shows, as it is laid out: rebuild()'s parts share it, in order.
struct TopologyScene::Layout
{
    QStringList sources;                              // the source roles, in catalog order
    QMap<int, QStringList> targetHosts;               // role index -> hosts in plan order ("" for a group)
    QHash<QString, QList<const PlanItem *>> incoming; // "role|host" -> one plan item per link
    QHash<QString, NodeItem *> targetNode;            // "role|host" or "role|" for a group
    QHash<QString, NodeItem *> sourceNode;            // role -> its box
    QHash<QString, QPointF> labelAnchor;              // "link|host" -> where its label starts
    QHash<QString, qreal> groupCentre;                // role -> the vertical middle of its boxes
    qreal targetsHeight = 0;
    qreal sourcesBottom = 0; // the last source box's top (one step above the first when none)
};

void TopologyScene::rebuild()
{
    QString selectedLink;
    QString selectedHost;
    for (QGraphicsItem *item : selectedItems()) {
        if (const auto *line = qgraphicsitem_cast<LinkItem *>(item)) {
            selectedLink = line->link();
            selectedHost = line->host();
        }
    }
    clear();
    m_nodes.clear();
    m_links.clear();
    m_linkItemOf.clear();
    m_legend = nullptr;

    Layout layout;
    collect(layout);
    placeTargets(layout);
    placeSources(layout);
    addLines(layout);
    placeLegend(layout);
    applyStates();
    setSceneRect(contentRect());
    if (!selectedLink.isEmpty())
        selectLink(selectedLink, selectedHost);
}

// Which roles open links and which hosts they reach, in catalog order; which links arrive at
// each target box (its label stack). With "problems only", what passes is left out.
void TopologyScene::collect(Layout &l)
{
    // The live lines' states, grouped as the diagram is now.
    m_linkStates.reset(m_catalog, m_plan, [this](const QString &role) { return isGrouped(role); });
    if (!m_useFixed)
        m_linkStates.update(*m_liveResults, *m_liveSource, m_finished);
    QHash<QString, Aggregate> states;
    if (m_problemsOnly && m_useFixed)
        states = aggregates(currentVerdicts());
    const auto shown = [&](const QString &key) {
        if (!m_problemsOnly)
            return true;
        return isProblem(m_useFixed ? states.value(key).state : m_linkStates.state(key));
    };

    QHash<QString, int> roleIndex;
    for (int i = 0; i < m_catalog.roles.size(); ++i)
        roleIndex.insert(m_catalog.roles.at(i).id, i);
    QSet<QString> seenSources;
    QHash<QString, QSet<QString>> targetHostSet; // role -> hosts, for a quick look-up
    QSet<QString> seenKeys;
    for (const PlanItem &item : m_plan.items) {
        const Link *link = m_catalog.link(item.link);
        if (!link)
            continue;
        const QString host = isGrouped(link->to) ? QString() : item.host;
        const QString key = item.link + u'|' + host;
        if (!shown(key))
            continue;
        seenSources.insert(link->from);
        if (!targetHostSet[link->to].contains(host)) {
            targetHostSet[link->to].insert(host);
            l.targetHosts[roleIndex.value(link->to)].append(host);
        }
        if (!seenKeys.contains(key)) {
            seenKeys.insert(key);
            l.incoming[link->to + u'|' + host].append(&item);
        }
    }
    for (const Role &r : m_catalog.roles) {
        if (seenSources.contains(r.id))
            l.sources << r.id;
    }
    // A label stack lists its sources in catalog order, so the bundles do not cross at the target.
    for (QList<const PlanItem *> &list : l.incoming) {
        std::stable_sort(list.begin(), list.end(), [&](const PlanItem *x, const PlanItem *y) {
            return l.sources.indexOf(m_catalog.link(x->link)->from) <
                   l.sources.indexOf(m_catalog.link(y->link)->from);
        });
    }
}

// The target boxes, role group by role group, on one side or both (twoSidedSplit); each box
// takes the height of its label stack, each role group the sum of its boxes.
void TopologyScene::placeTargets(Layout &l)
{
    const auto rowHeight = [&](const QString &nodeKey) {
        const qreal labels = static_cast<qreal>(l.incoming.value(nodeKey).size()) * LinkItem::kLabelHeight;
        return std::max<qreal>(NodeItem::kHeight, labels) + kRowGap;
    };
    QList<int> groupRoles;
    m_groupHeights.clear();
    for (auto it = l.targetHosts.cbegin(); it != l.targetHosts.cend(); ++it) {
        const QString role = m_catalog.roles.at(it.key()).id;
        qreal h = kRoleGap;
        for (const QString &host : it.value())
            h += rowHeight(role + u'|' + host);
        groupRoles << it.key();
        m_groupHeights << h;
    }
    const int split = twoSidedSplit(m_groupHeights, m_aspect, m_maxWidth);
    m_twoSided = split >= 0;

    std::array<qreal, 2> bottom{0, 0}; // right, left
    for (int g = 0; g < groupRoles.size(); ++g) {
        const QString role = m_catalog.roles.at(groupRoles.at(g)).id;
        const int side = (m_twoSided && g >= split) ? -1 : 1;
        qreal &y = bottom.at(side > 0 ? 0 : 1);
        if (y > 0)
            y += kRoleGap;
        const qreal top = y;
        const qreal nodeX = side > 0 ? kTargetX : -kTargetX + kSourceX;
        const qreal anchorX = side > 0 ? kTargetX - kStubLength : nodeX + NodeItem::kWidth + kStubLength;
        for (const QString &host : l.targetHosts.value(groupRoles.at(g))) {
            const QString nodeKey = role + u'|' + host;
            const qreal h = rowHeight(nodeKey) - kRowGap;
            auto *node = host.isEmpty() && isGrouped(role)
                             ? new NodeItem(role, roleName(role), QString(), QString())
                             : new NodeItem(role, roleName(role), host, QString());
            if (host.isEmpty() && isGrouped(role))
                node->setGroup(m_hostCount.value(role));
            node->setSide(side);
            node->setPos(nodeX, y + (h - NodeItem::kHeight) / 2);
            addItem(node);
            m_nodes.append(node);
            l.targetNode.insert(nodeKey, node);
            const QList<const PlanItem *> in = l.incoming.value(nodeKey);
            const qreal first = y + (h - static_cast<qreal>(in.size()) * LinkItem::kLabelHeight) / 2;
            for (int i = 0; i < in.size(); ++i)
                l.labelAnchor.insert(in.at(i)->link + u'|' + host,
                                     QPointF(anchorX, first + (i + 0.5) * LinkItem::kLabelHeight));
            y += h + kRowGap;
        }
        l.groupCentre.insert(role, (top + y - kRowGap) / 2);
    }
    l.targetsHeight = std::max(bottom.at(0), bottom.at(1));
}

// The source boxes in a column, centred beside the targets.
void TopologyScene::placeSources(Layout &l)
{
    const qreal leftHeight = std::max<qreal>(0, static_cast<qreal>(l.sources.size()) * kSourceStep -
                                                    kSourceStep + NodeItem::kHeight);
    qreal sy = std::max<qreal>(0, (l.targetsHeight - leftHeight) / 2);
    for (const QString &role : std::as_const(l.sources)) {
        const bool here = m_plan.vantage.contains(role);
        auto *node = new NodeItem(role, roleName(role), QString(),
                                  here ? m_thisComputer : tr("links start there: run the check on it"));
        node->setThisComputer(here);
        node->setPos(kSourceX, sy);
        addItem(node);
        m_nodes.append(node);
        l.sourceNode.insert(role, node);
        sy += kSourceStep;
    }
    l.sourcesBottom = sy - kSourceStep;
}

// One line per link and host (or per link and group), labelled with the link's ports; the
// lines of one source toward one role share their way to a junction before the labels.
void TopologyScene::addLines(const Layout &l)
{
    QSet<QString> made;
    for (const PlanItem &item : m_plan.items) {
        const Link *link = m_catalog.link(item.link);
        if (!link)
            continue;
        const bool grouped = isGrouped(link->to);
        const QString host = grouped ? QString() : item.host;
        const QString key = item.link + u'|' + host;
        NodeItem *to = l.targetNode.value(link->to + u'|' + host);
        NodeItem *from = l.sourceNode.value(link->from);
        if (!to || !from || made.contains(key) || !l.labelAnchor.contains(key))
            continue;
        QStringList ports;
        for (const Requirement *leaf : item.requirement().leaves()) {
            const QString p = leaf->portText();
            if (!ports.contains(p))
                ports << p;
        }
        auto *line = new LinkItem(from, to, item.link, host, ports.join(u", "_s));
        const QPointF anchor = l.labelAnchor.value(key);
        const qreal spread = (static_cast<qreal>(l.sources.indexOf(link->from)) -
                              static_cast<qreal>(l.sources.size() - 1) / 2.0) *
                             10.0;
        const QPointF junction(anchor.x() - to->side() * (LinkItem::kLabelWidth + kJunctionGap),
                               l.groupCentre.value(link->to) + spread);
        line->setRoute(junction, anchor);
        addItem(line);
        made.insert(key);
        m_links.append(line);
        m_linkItemOf.insert(key, line);
    }
}

// The legend below everything (and a note when "problems only" leaves nothing to show).
void TopologyScene::placeLegend(const Layout &l)
{
    qreal legendTop = std::max(l.targetsHeight, l.sourcesBottom + NodeItem::kHeight) + 30;
    const qreal left = m_twoSided ? -kTargetX + kSourceX : kSourceX;
    if (m_problemsOnly && m_links.isEmpty()) {
        auto *note = new NoteItem(tr("Nothing to show: no link fails or warns."));
        note->setPos(left, 0);
        addItem(note);
        legendTop = note->boundingRect().height() + 30;
    }
    m_legend = new LegendItem(!m_finished);
    m_legend->setPos(left, legendTop);
    addItem(m_legend);
}

// Merged results: the worst verdict of each link and host colours its line, and the observers'
// reasons are its tool tip. (The live lines come from m_linkStates.)
QHash<QString, TopologyScene::Aggregate> TopologyScene::aggregates(const QList<Verdict> &verdicts) const
{
    // With several observers of one link and host, the worst one colours the line.
    QHash<QString, const Verdict *> verdictOf;
    QHash<QString, QList<const Verdict *>> allOf;
    for (const Verdict &v : verdicts) {
        const QString key = v.link + u'|' + v.host;
        allOf[key].append(&v);
        const Verdict *known = verdictOf.value(key);
        if (!known || VerdictStyle::severity(v.level) > VerdictStyle::severity(known->level))
            verdictOf.insert(key, &v);
    }
    QHash<QString, Aggregate> byItem;
    for (const PlanItem &item : m_plan.items) {
        const Link *link = m_catalog.link(item.link);
        if (!link)
            continue;
        const bool grouped = isGrouped(link->to);
        const QString key = LinkStates::lineKey(item.link, grouped ? QString() : item.host);
        const Verdict *v = verdictOf.value(item.link + u'|' + item.host);
        const VisualState state = v ? VerdictStyle::fromVerdict(v->level) : VisualState::NotTested;
        QStringList reasons;
        for (const Verdict *fixed : allOf.value(item.link + u'|' + item.host))
            reasons << (fixed->observer.isEmpty() ? QString() : fixed->observer + u": "_s) +
                           localized(fixed->reason);
        Aggregate &a = byItem[key];
        if (VerdictStyle::severity(state) > VerdictStyle::severity(a.state) || a.counts.isEmpty())
            a.state = state;
        a.counts[state] += 1;
        a.lines << (grouped ? item.host + u": "_s + VerdictStyle::text(state) : reasons.join(u'\n'));
    }
    return byItem;
}

QString TopologyScene::lineTip(const LinkItem *line, int items, const QStringList &lines) const
{
    const Link *link = m_catalog.link(line->link());
    // The link's name tells apart two links along one path (licensing and telemetry).
    QString tip = PortCheck::linkPath(m_catalog, line->link());
    tip += line->host().isEmpty() ? u" ("_s + tr("%n host(s)", nullptr, items) + u')'
                                  : u" ("_s + line->host() + u')';
    if (link)
        tip += u'\n' + catalogText(link->purpose);
    tip += u"\n\n"_s + (items > 12 ? (lines.mid(0, 12) + QStringList{u"…"_s}) : lines).join(u'\n');
    return tip;
}

void TopologyScene::applyLiveState(LinkItem *line)
{
    const QString key = LinkStates::lineKey(line->link(), line->host());
    const int items = m_linkStates.itemCount(key);
    line->setState(m_linkStates.state(key), lineTip(line, items, m_linkStates.tipLines(key, 12)));
}

void TopologyScene::applyGroupDetail(NodeItem *node, int failingHosts)
{
    QString detail = tr("%n host(s)", nullptr, node->groupMembers());
    if (failingHosts > 0)
        detail += u", "_s + tr("%n failing", nullptr, failingHosts);
    node->setDetail(detail);
    node->setHint(tr("double-click to expand"));
}

void TopologyScene::applyStates()
{
    if (m_legend)
        m_legend->setShowRunning(!m_finished);
    if (!m_useFixed) {
        for (LinkItem *line : std::as_const(m_links))
            applyLiveState(line);
        for (NodeItem *node : std::as_const(m_nodes)) {
            if (node->isGroup())
                applyGroupDetail(node, m_linkStates.failingHosts(node->role()));
        }
        return;
    }
    const QList<Verdict> &verdicts = currentVerdicts();
    const QHash<QString, Aggregate> byItem = aggregates(verdicts);
    for (LinkItem *line : std::as_const(m_links)) {
        const Aggregate a = byItem.value(LinkStates::lineKey(line->link(), line->host()));
        line->setState(a.state, lineTip(line, static_cast<int>(a.lines.size()), a.lines));
    }
    // Group nodes say how many of their hosts fail.
    for (NodeItem *node : std::as_const(m_nodes)) {
        if (!node->isGroup())
            continue;
        QSet<QString> failing;
        for (const Verdict &v : verdicts) {
            const Link *link = m_catalog.link(v.link);
            if (link && link->to == node->role() && v.level == VerdictLevel::Fail)
                failing.insert(v.host);
        }
        applyGroupDetail(node, static_cast<int>(failing.size()));
    }
}

VisualState TopologyScene::worstState() const
{
    VisualState worst = VisualState::NotTested;
    for (const LinkItem *line : m_links) {
        if (VerdictStyle::severity(line->state()) > VerdictStyle::severity(worst))
            worst = line->state();
    }
    if (m_links.isEmpty() || m_problemsOnly) { // what is not drawn still counts
        for (const Verdict &v : currentVerdicts()) {
            if (VerdictStyle::severity(v.level) > VerdictStyle::severity(worst))
                worst = VerdictStyle::fromVerdict(v.level);
        }
    }
    return worst;
}

QString TopologyScene::verdictText() const
{
    const VerdictSummary s = summarize(currentVerdicts());
    if (!m_finished)
        return tr("Run in progress: %n failing link(s) so far.", nullptr, s.fail);
    return localized(overallSentence(s));
}

QString TopologyScene::countsText() const
{
    return localized(countsSentence(summarize(currentVerdicts())));
}

LinkItem *TopologyScene::linkItem(const QString &link, const QString &host) const
{
    for (LinkItem *item : m_links) {
        if (item->link() == link && (item->host() == host || item->host().isEmpty()))
            return item;
    }
    return nullptr;
}

NodeItem *TopologyScene::node(const QString &role, const QString &host) const
{
    for (NodeItem *item : m_nodes) {
        if (item->role() == role && item->host() == host)
            return item;
    }
    return nullptr;
}

void TopologyScene::selectLink(const QString &link, const QString &host)
{
    LinkItem *item = linkItem(link, host);
    const QSignalBlocker block(this);
    clearSelection();
    if (item)
        item->setSelected(true);
}

void TopologyScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    const QList<QGraphicsItem *> hit = items(event->scenePos());
    for (QGraphicsItem *item : hit) {
        if (auto *node = qgraphicsitem_cast<NodeItem *>(item); node && node->isGroup()) {
            setGroupExpanded(node->role(), true);
            return;
        }
        if (auto *line = qgraphicsitem_cast<LinkItem *>(item)) {
            Q_EMIT retestRequested(line->link(), line->host());
            return;
        }
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

void TopologyScene::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    QMenu menu;
    for (QGraphicsItem *item : items(event->scenePos())) {
        if (auto *line = qgraphicsitem_cast<LinkItem *>(item)) {
            menu.addAction(tr("Re-test this link"), this, [this, link = line->link(), host = line->host()] {
                Q_EMIT retestRequested(link, host);
            });
            break;
        }
        if (auto *node = qgraphicsitem_cast<NodeItem *>(item)) {
            if (node->isGroup())
                menu.addAction(tr("Show every host"), this,
                               [this, role = node->role()] { setGroupExpanded(role, true); });
            else if (m_expanded.contains(node->role()))
                menu.addAction(tr("Group these hosts"), this,
                               [this, role = node->role()] { setGroupExpanded(role, false); });
            break;
        }
    }
    if (menu.isEmpty()) {
        QAction *problems =
            menu.addAction(tr("Problems only"), this, [this](bool on) { setProblemsOnly(on); });
        problems->setCheckable(true);
        problems->setChecked(m_problemsOnly);
    }
    menu.exec(event->screenPos());
}

} // namespace PortCheck
