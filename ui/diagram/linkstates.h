#pragma once

#include "model/catalog/catalog.h"
#include "model/plan/plan.h"
#include "model/verdict/verdict.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <array>
#include <functional>

namespace PortCheck {

enum class VisualState;

// What the diagram's lines show while a run streams its results in: each plan item's state
// (running while a probe it counts on has no answer) and port lines, and per line of the diagram
// (a link toward one host, or toward a whole group) the worst state and how many items are in
// each. Kept by item, so that a batch of results costs what it touches: at 5,000 DCs the whole
// plan took 70-200 ms per update, a batch of 512 results well under a millisecond here.
class LinkStates
{
public:
    // The line a plan item is drawn on: "link|host", or "link|" when its target role is grouped.
    static QString lineKey(const QString &link, const QString &host) { return link + u'|' + host; }

    // `catalog` and `plan` must outlive this object (or the next reset()). Every item starts as
    // not tested.
    void reset(const Catalog &catalog, const Plan &plan, const std::function<bool(const QString &)> &grouped);
    // Takes the state of these plan items from the results and `verdicts` (one per plan item, in
    // plan order); every item when `items` is null. Returns the lines whose state or text changed.
    QSet<QString> update(const ResultIndex &results, const QList<Verdict> &verdicts, bool finished,
                         const QList<int> *items = nullptr);

    bool hasLine(const QString &key) const { return m_lineOf.contains(key); }
    VisualState state(const QString &key) const;
    // How many plan items the line carries (hosts of a group), and the first `max` of their
    // lines for the tool tip: "dc7: Fails" for a group, the port lines for one host.
    int itemCount(const QString &key) const;
    QStringList tipLines(const QString &key, int max) const;
    // The hosts of a role with a failing item.
    int failingHosts(const QString &role) const;
    // The items with a probe still unanswered: the ones whose state the end of a run changes.
    QList<int> waitingItems() const;
    // The roles whose failing-host count changed in the last update().
    const QSet<QString> &changedRoles() const { return m_changedRoles; }

private:
    struct Item
    {
        int line = -1;
        VisualState state;
        bool failing = false;
        bool waiting = false; // a probe it counts on has no answer yet
        QString portLines;    // for an item on a line of its own
    };
    struct Line
    {
        QString key;
        QString role;
        bool grouped = false;
        QList<int> items;
        std::array<int, 5> counts{}; // by VisualState
    };

    // "open, identified", looked up once per state: a large site has tens of thousands of port lines.
    const QString &stateWord(const ProbeResult &r);

    const Plan *m_plan = nullptr;
    QList<Item> m_items;
    QList<Line> m_lines;
    QHash<QString, int> m_lineOf;
    QHash<QString, QHash<QString, int>> m_failing; // role -> host -> failing items
    QSet<QString> m_changedRoles;
    QHash<int, QString> m_words;
};

} // namespace PortCheck
