#include "topologyscene.h"

#include "diagramitems.h"
#include "translations.h"

#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneMouseEvent>
#include <QImage>
#include <QMap>
#include <QMenu>
#include <QPainter>
#ifdef PORTCHECK_HAVE_SVG
#include <QSvgGenerator>
#endif

using namespace Qt::StringLiterals;

namespace PortCheck {

namespace {
constexpr qreal kSourceX = 0;
constexpr qreal kTargetX = 640;
constexpr qreal kRowStep = NodeItem::kHeight + 18;
constexpr qreal kRoleGap = 22;

// Exports show the verdicts, not what happens to be selected on screen.
class SelectionHider
{
public:
    explicit SelectionHider(QGraphicsScene *scene)
        : m_scene(scene)
        , m_selected(scene->selectedItems())
    {
        const QSignalBlocker block(m_scene);
        m_scene->clearSelection();
    }
    ~SelectionHider()
    {
        const QSignalBlocker block(m_scene);
        for (QGraphicsItem *item : std::as_const(m_selected))
            item->setSelected(true);
    }
    Q_DISABLE_COPY_MOVE(SelectionHider)

private:
    QGraphicsScene *m_scene;
    QList<QGraphicsItem *> m_selected;
};

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
    applyStates();
}

void TopologyScene::setResults(const ResultIndex &results, bool finished)
{
    m_useFixed = false;
    m_results = results;
    m_finished = finished;
    applyStates();
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

void TopologyScene::rebuild()
{
    clear();
    m_nodes.clear();
    m_links.clear();

    // Which roles open links (left) and which hosts they reach (right), in catalog order.
    QStringList sources;
    QMap<int, QStringList> targetHosts; // role index -> hosts in plan order
    QHash<QString, int> roleIndex;
    for (int i = 0; i < m_catalog.roles.size(); ++i)
        roleIndex.insert(m_catalog.roles.at(i).id, i);
    QSet<QString> seenSources;
    for (const PlanItem &item : m_plan.items) {
        const Link *link = m_catalog.link(item.link);
        if (!link)
            continue;
        seenSources.insert(link->from);
        QStringList &list = targetHosts[roleIndex.value(link->to)];
        if (!list.contains(item.host))
            list.append(item.host);
    }
    for (const Role &r : m_catalog.roles) {
        if (seenSources.contains(r.id))
            sources << r.id;
    }

    // Right column first: its height centres the left one.
    QHash<QString, NodeItem *> targetNode; // "role|host" or "role|" for a group
    qreal y = 0;
    for (auto it = targetHosts.cbegin(); it != targetHosts.cend(); ++it) {
        const QString role = m_catalog.roles.at(it.key()).id;
        if (isGrouped(role)) {
            auto *group = new NodeItem(role, roleName(role), QString(), QString());
            group->setGroup(static_cast<int>(it.value().size()));
            group->setPos(kTargetX, y);
            addItem(group);
            m_nodes.append(group);
            targetNode.insert(role + u'|', group);
            y += kRowStep + 6;
        } else {
            for (const QString &host : it.value()) {
                auto *node = new NodeItem(role, roleName(role), host, QString());
                node->setPos(kTargetX, y);
                addItem(node);
                m_nodes.append(node);
                targetNode.insert(role + u'|' + host, node);
                y += kRowStep;
            }
        }
        y += kRoleGap;
    }
    const qreal rightHeight = std::max<qreal>(0, y - kRoleGap);
    const qreal leftHeight = std::max<qreal>(0, static_cast<qreal>(sources.size()) * (kRowStep + 40) - 40);
    qreal sy = std::max<qreal>(0, (rightHeight - leftHeight) / 2);
    QHash<QString, NodeItem *> sourceNode;
    for (const QString &role : std::as_const(sources)) {
        const bool here = m_plan.vantage.contains(role);
        auto *node = new NodeItem(role, roleName(role), QString(),
                                  here ? m_thisComputer : tr("links start there: run the check on it"));
        node->setThisComputer(here);
        node->setPos(kSourceX, sy);
        addItem(node);
        m_nodes.append(node);
        sourceNode.insert(role, node);
        sy += kRowStep + 40;
    }

    // One line per link and host (or per link and group), labelled with the link's ports.
    QHash<QString, LinkItem *> made;
    QHash<QPair<NodeItem *, NodeItem *>, QList<LinkItem *>> between;
    for (const PlanItem &item : m_plan.items) {
        const Link *link = m_catalog.link(item.link);
        if (!link)
            continue;
        const bool grouped = isGrouped(link->to);
        NodeItem *to = targetNode.value(link->to + u'|' + (grouped ? QString() : item.host));
        NodeItem *from = sourceNode.value(link->from);
        const QString key = item.link + u'|' + (grouped ? QString() : item.host);
        if (!to || !from || made.contains(key))
            continue;
        QStringList ports;
        for (const Requirement *leaf : item.requirement.leaves()) {
            const QString p = leaf->portText();
            if (!ports.contains(p))
                ports << p;
        }
        auto *line = new LinkItem(from, to, item.link, grouped ? QString() : item.host, ports.join(u", "_s));
        addItem(line);
        made.insert(key, line);
        m_links.append(line);
        between[qMakePair(from, to)].append(line);
    }
    for (const QList<LinkItem *> &lines : std::as_const(between)) {
        for (int i = 0; i < lines.size(); ++i)
            lines.at(i)->setLane(i, static_cast<int>(lines.size()));
    }

    auto *legend = new LegendItem;
    legend->setPos(kSourceX, std::max(rightHeight, sy) + 30);
    addItem(legend);
    applyStates();
    setSceneRect(contentRect());
}

void TopologyScene::applyStates()
{
    const QList<Verdict> verdicts =
        m_useFixed ? m_fixedVerdicts : computeVerdicts(m_catalog, m_plan, m_results);
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

    // Per link and host: running while a probe it counts on has no result yet.
    struct Aggregate
    {
        VisualState state = VisualState::NotTested;
        QStringList lines;
        QMap<VisualState, int> counts;
    };
    QHash<QString, Aggregate> byItem;
    // The state words, looked up once: a large site has tens of thousands of port lines.
    QHash<int, QString> stateWords;
    const auto stateWord = [&stateWords](const ProbeResult &r) -> const QString & {
        const int key =
            static_cast<int>(r.state) * 16 + (r.state == ProbeState::Open ? static_cast<int>(r.service) : 0);
        auto it = stateWords.find(key);
        if (it == stateWords.end()) {
            QString word = VerdictStyle::stateText(r.state);
            if (r.state == ProbeState::Open)
                word += u", "_s + VerdictStyle::serviceText(r.service);
            it = stateWords.insert(key, word);
        }
        return *it;
    };
    const QString notTestedHere = tr("not tested from here");
    const QString waitingWord = tr("waiting");
    for (const PlanItem &item : m_plan.items) {
        const Link *link = m_catalog.link(item.link);
        if (!link)
            continue;
        const bool grouped = isGrouped(link->to);
        const QString key = item.link + u'|' + (grouped ? QString() : item.host);
        const Verdict *v = verdictOf.value(item.link + u'|' + item.host);
        VisualState state = v ? VerdictStyle::fromVerdict(v->level) : VisualState::NotTested;
        QStringList portLines;
        bool waiting = false;
        for (const int i : item.checks) {
            const Check &c = m_plan.checks.at(i);
            if (c.advisory)
                continue;
            QString line = QString::number(c.catalogPort) + u' ' + probeKindId(c.probe) + u": "_s;
            if (m_useFixed) {
                continue; // merged results: the verdicts' reasons say it
            } else if (!c.testable) {
                line += notTestedHere;
            } else if (const auto r = m_results.constFind(c.probeKey()); r != m_results.cend()) {
                line += stateWord(*r);
            } else {
                waiting = true;
                line += waitingWord;
            }
            portLines << line;
        }
        if (waiting && !m_finished && item.testable)
            state = VisualState::Running;
        if (m_useFixed) {
            for (const Verdict *fixed : allOf.value(item.link + u'|' + item.host))
                portLines << (fixed->observer.isEmpty() ? QString() : fixed->observer + u": "_s) +
                                 localized(fixed->reason);
        }
        Aggregate &a = byItem[key];
        if (VerdictStyle::severity(state) > VerdictStyle::severity(a.state) || a.counts.isEmpty())
            a.state = state;
        a.counts[state] += 1;
        a.lines << (grouped ? item.host + u": "_s + VerdictStyle::text(state) : portLines.join(u'\n'));
    }
    for (LinkItem *line : std::as_const(m_links)) {
        const Aggregate a = byItem.value(line->link() + u'|' + line->host());
        const Link *link = m_catalog.link(line->link());
        // The link's name tells apart two links along one path (licensing and telemetry).
        QString tip = PortCheck::linkPath(m_catalog, line->link());
        tip += line->host().isEmpty()
                   ? u" ("_s + tr("%n host(s)", nullptr, static_cast<int>(a.lines.size())) + u')'
                   : u" ("_s + line->host() + u')';
        if (link)
            tip += u'\n' + catalogText(link->purpose);
        tip += u"\n\n"_s +
               (a.lines.size() > 12 ? (a.lines.mid(0, 12) + QStringList{u"…"_s}) : a.lines).join(u'\n');
        line->setState(a.state, tip);
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
        QString detail = tr("%n host(s)", nullptr, node->groupMembers());
        if (!failing.isEmpty())
            detail += u", "_s + tr("%n failing", nullptr, static_cast<int>(failing.size()));
        detail += u" · "_s + tr("double-click to expand");
        node->setDetail(detail);
    }
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

QRectF TopologyScene::contentRect() const
{
    return itemsBoundingRect().adjusted(-24, -24, 24, 24);
}

QString TopologyScene::exportPng(const QString &path, qreal scale)
{
    const SelectionHider hide(this);
    const QRectF source = contentRect();
    QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return tr("The diagram is too large for an image (%1 x %2 pixels).")
            .arg(source.width() * scale)
            .arg(source.height() * scale);
    image.fill(palette().color(QPalette::Base));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    render(&painter, QRectF(QPointF(0, 0), image.size()), source);
    painter.end();
    if (!image.save(path, "PNG"))
        return tr("Cannot write %1.").arg(path);
    return {};
}

bool TopologyScene::canExportSvg()
{
#ifdef PORTCHECK_HAVE_SVG
    return true;
#else
    return false;
#endif
}

QString TopologyScene::exportSvg(const QString &path)
{
#ifndef PORTCHECK_HAVE_SVG
    return tr("This build has no SVG support (Qt SVG was missing when it was built); save the diagram as PNG "
              "instead. %1 was not written.")
        .arg(path);
#else
    const SelectionHider hide(this);
    const QRectF source = contentRect();
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(source.size().toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
    svg.setTitle(tr("Guardian network paths"));
    svg.setDescription(tr("Generated by Guardian Port Check"));
    QPainter painter;
    if (!painter.begin(&svg))
        return tr("Cannot write %1.").arg(path);
    painter.fillRect(QRectF(QPointF(0, 0), source.size()), palette().color(QPalette::Base));
    render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    painter.end();
    return {};
#endif
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
    if (!menu.isEmpty())
        menu.exec(event->screenPos());
}

} // namespace PortCheck
