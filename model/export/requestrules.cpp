#include "model/export/requestrules.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PortCheck {

namespace {

int actionRank(PortAction action)
{
    switch (action) {
    case PortAction::Open:
        return 0;
    case PortAction::Fix:
        return 1;
    case PortAction::Unknown:
        return 2;
    case PortAction::None:
        break;
    }
    return 3;
}

} // namespace

QList<RequestRule> requestRules(QList<FirewallRequestRow> rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const FirewallRequestRow &a, const FirewallRequestRow &b) {
        return std::pair(actionRank(a.action), static_cast<int>(a.needLevel)) <
               std::pair(actionRank(b.action), static_cast<int>(b.needLevel));
    });
    QList<RequestRule> rules;
    QHash<QString, qsizetype> at;
    for (const FirewallRequestRow &r : std::as_const(rows)) {
        // Rows of one port join; the catalog's port beside a moved one stays in the port's text.
        const QString key = r.source.english() + u'|' + r.destinationRole.english() + u'|' + r.port + u'|' +
                            r.protocol + u'|' + r.need.english() + u'|' + r.found.english() + u'|' +
                            actionId(r.action) + u'|' + r.link + u'|' + r.endpointSets;
        if (const auto it = at.constFind(key); it != at.cend()) {
            rules[*it].destinations << destinationText(r);
            continue;
        }
        at.insert(key, rules.size());
        rules.append({r, {destinationText(r)}});
    }
    return rules;
}

bool asksForChange(const FirewallRequestRow &row)
{
    return row.action == PortAction::Open || row.action == PortAction::Fix ||
           (row.needLevel == NeedLevel::Recommended && row.action != PortAction::None);
}

} // namespace PortCheck
