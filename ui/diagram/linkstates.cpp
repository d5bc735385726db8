#include "ui/diagram/linkstates.h"

#include "ui/style/verdictstyle.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace PortCheck {

namespace {
std::size_t stateSlot(VisualState state)
{
    return static_cast<std::size_t>(state);
}

} // namespace

void LinkStates::reset(const Catalog &catalog, const Plan &plan,
                       const std::function<bool(const QString &)> &grouped)
{
    m_plan = &plan;
    m_items = QList<Item>(plan.items.size(), Item{-1, VisualState::NotTested, false, false, {}});
    m_lines.clear();
    m_lineOf.clear();
    m_failing.clear();
    m_changedRoles.clear();
    m_words.clear(); // the words follow the window's language, which may have changed
    for (int i = 0; i < plan.items.size(); ++i) {
        const PlanItem &item = plan.items.at(i);
        const Link *link = catalog.link(item.link);
        if (!link)
            continue;
        const bool group = grouped(link->to);
        const QString key = lineKey(item.link, group ? QString() : item.host);
        auto it = m_lineOf.constFind(key);
        if (it == m_lineOf.cend()) {
            it = m_lineOf.insert(key, static_cast<int>(m_lines.size()));
            m_lines.append(Line{key, link->to, group, {}, {}});
        }
        Line &line = m_lines[*it];
        line.items.append(i);
        line.counts[stateSlot(VisualState::NotTested)] += 1;
        m_items[i].line = *it;
    }
}

QSet<QString> LinkStates::update(const ResultIndex &results, const QList<Verdict> &verdicts, bool finished,
                                 const QList<int> *items)
{
    QSet<QString> changed;
    m_changedRoles.clear();
    if (!m_plan)
        return changed;
    const QString notTestedHere =
        QCoreApplication::translate("PortCheck::TopologyScene", "not tested from here");
    const QString waitingWord = QCoreApplication::translate("PortCheck::TopologyScene", "waiting");
    const bool oneVerdictPerItem = verdicts.size() == m_plan->items.size();
    const auto one = [&](int i) {
        Item &it = m_items[i];
        if (it.line < 0)
            return;
        const PlanItem &item = m_plan->items.at(i);
        Line &line = m_lines[it.line];
        const Verdict *v = oneVerdictPerItem ? &verdicts.at(i) : nullptr;
        VisualState state = v ? VerdictStyle::fromVerdict(v->level) : VisualState::NotTested;
        QStringList portLines;
        bool waiting = false;
        for (const int c : item.checks) {
            const Check &check = m_plan->checks.at(c);
            if (check.advisory)
                continue;
            const auto r = check.testable ? results.constFind(check.probeKey()) : results.cend();
            const bool answered = r != results.cend();
            waiting = waiting || (check.testable && !answered);
            if (line.grouped)
                continue;
            portLines << QString::number(check.catalogPort) + u' ' + probeKindId(check.probe) + u": "_s +
                             (!check.testable ? notTestedHere
                              : answered      ? stateWord(*r)
                                              : waitingWord);
        }
        it.waiting = waiting && item.testable;
        if (it.waiting && !finished)
            state = VisualState::Running;
        const QString text = portLines.join(u'\n');
        const bool failing = v && v->level == VerdictLevel::Fail;
        if (state != it.state || text != it.portLines)
            changed.insert(line.key);
        if (state != it.state) {
            line.counts[stateSlot(it.state)] -= 1;
            line.counts[stateSlot(state)] += 1;
            it.state = state;
        }
        it.portLines = text;
        if (failing != it.failing) {
            QHash<QString, int> &hosts = m_failing[line.role];
            int &count = hosts[item.host];
            count += failing ? 1 : -1;
            if (count == 0)
                hosts.remove(item.host);
            it.failing = failing;
            m_changedRoles.insert(line.role);
        }
    };
    if (items) {
        for (const int i : *items) {
            if (i >= 0 && i < m_items.size())
                one(i);
        }
    } else {
        for (int i = 0; i < m_items.size(); ++i)
            one(i);
    }
    return changed;
}

VisualState LinkStates::state(const QString &key) const
{
    const auto it = m_lineOf.constFind(key);
    if (it == m_lineOf.cend())
        return VisualState::NotTested;
    // The worst state any of its items is in.
    const Line &line = m_lines.at(*it);
    VisualState worst = VisualState::NotTested;
    bool any = false;
    for (const VisualState s : {VisualState::Pass, VisualState::Warn, VisualState::Fail,
                                VisualState::NotTested, VisualState::Running}) {
        if (line.counts[stateSlot(s)] > 0 &&
            (!any || VerdictStyle::severity(s) > VerdictStyle::severity(worst))) {
            worst = s;
            any = true;
        }
    }
    return worst;
}

int LinkStates::itemCount(const QString &key) const
{
    const auto it = m_lineOf.constFind(key);
    return it == m_lineOf.cend() ? 0 : static_cast<int>(m_lines.at(*it).items.size());
}

QStringList LinkStates::tipLines(const QString &key, int max) const
{
    QStringList out;
    const auto it = m_lineOf.constFind(key);
    if (it == m_lineOf.cend())
        return out;
    const Line &line = m_lines.at(*it);
    for (const int i : line.items) {
        if (out.size() >= max)
            break;
        out << (line.grouped ? m_plan->items.at(i).host + u": "_s + VerdictStyle::text(m_items.at(i).state)
                             : m_items.at(i).portLines);
    }
    return out;
}

QList<int> LinkStates::waitingItems() const
{
    QList<int> out;
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).waiting)
            out.append(i);
    }
    return out;
}

int LinkStates::failingHosts(const QString &role) const
{
    return static_cast<int>(m_failing.value(role).size());
}

const QString &LinkStates::stateWord(const ProbeResult &r)
{
    const int key =
        static_cast<int>(r.state) * 16 + (r.state == ProbeState::Open ? static_cast<int>(r.service) : 0);
    auto it = m_words.find(key);
    if (it == m_words.end()) {
        QString word = VerdictStyle::stateText(r.state);
        if (r.state == ProbeState::Open)
            word += u", "_s + VerdictStyle::serviceText(r.service);
        it = m_words.insert(key, word);
    }
    return *it;
}

} // namespace PortCheck
