#include "model/run/compare.h"

#include "model/export/firewallrequest.h"
#include "model/results/resultsreader.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace PortCheck {

namespace {

Text compareText(const char *source, QList<Text> args = {})
{
    return Text::phrase("Compare", source, std::move(args));
}

int severity(VerdictLevel level)
{
    switch (level) {
    case VerdictLevel::Fail:
        return 3;
    case VerdictLevel::Warn:
        return 2;
    case VerdictLevel::Pass:
        return 1;
    case VerdictLevel::NotTested:
        break;
    }
    return 0;
}

// One verdict per link and host: a link seen from two machines counts with its worse one.
struct Seen
{
    VerdictLevel level = VerdictLevel::NotTested;
    Text reason;
};

QHash<QString, Seen> byLinkAndHost(const QList<Verdict> &verdicts, QStringList *order)
{
    QHash<QString, Seen> out;
    for (const Verdict &v : verdicts) {
        const QString key = v.link + u'|' + v.host;
        auto it = out.find(key);
        if (it == out.end()) {
            out.insert(key, {v.level, v.reason});
            order->append(key);
        } else if (severity(v.level) > severity(it->level)) {
            *it = {v.level, v.reason};
        }
    }
    return out;
}

VerdictChange classify(VerdictLevel before, VerdictLevel after)
{
    if (before == VerdictLevel::NotTested || after == VerdictLevel::NotTested)
        return VerdictChange::Untested;
    if (before == VerdictLevel::Fail)
        return after == VerdictLevel::Fail ? VerdictChange::StillFailing : VerdictChange::Fixed;
    if (after == VerdictLevel::Fail)
        return VerdictChange::Broken;
    if (before == after)
        return VerdictChange::Unchanged;
    return after == VerdictLevel::Pass ? VerdictChange::Improved : VerdictChange::Degraded;
}

QString ruleKey(const FirewallRequestRow &r)
{
    return r.link + u'|' + r.sourceRole.english() + u'|' + r.destination + u'|' + r.port + u'|' + r.protocol;
}

// The after run's word on one rule of the before request, for the request's "after verification".
Text afterVerification(const FirewallRequestRow &before, const QHash<QString, FirewallRequestRow> &afterRows)
{
    const auto it = afterRows.constFind(ruleKey(before));
    if (it == afterRows.cend())
        return compareText(QT_TRANSLATE_NOOP("Compare", "not in the after run"));
    switch (it->action) {
    case PortAction::None:
        return compareText(QT_TRANSLATE_NOOP("Compare", "verified: %1"), {it->found});
    case PortAction::Open:
        return before.action == PortAction::None
                   ? compareText(QT_TRANSLATE_NOOP("Compare", "now closed: %1"), {it->found})
                   : compareText(QT_TRANSLATE_NOOP("Compare", "still closed: %1"), {it->found});
    case PortAction::Fix:
        return compareText(QT_TRANSLATE_NOOP("Compare", "open, but the service fails: %1"), {it->found});
    case PortAction::Unknown:
        break;
    }
    return compareText(QT_TRANSLATE_NOOP("Compare", "not verified: %1"), {it->found});
}

} // namespace

QString verdictChangeId(VerdictChange change)
{
    switch (change) {
    case VerdictChange::Fixed:
        return u"fixed"_s;
    case VerdictChange::Broken:
        return u"broken"_s;
    case VerdictChange::StillFailing:
        return u"still-failing"_s;
    case VerdictChange::Improved:
        return u"improved"_s;
    case VerdictChange::Degraded:
        return u"degraded"_s;
    case VerdictChange::Unchanged:
        return u"unchanged"_s;
    case VerdictChange::Untested:
        break;
    }
    return u"untested"_s;
}

Text verdictChangeText(VerdictChange change)
{
    switch (change) {
    case VerdictChange::Fixed:
        return compareText(QT_TRANSLATE_NOOP("Compare", "fixed"));
    case VerdictChange::Broken:
        return compareText(QT_TRANSLATE_NOOP("Compare", "newly broken"));
    case VerdictChange::StillFailing:
        return compareText(QT_TRANSLATE_NOOP("Compare", "still failing"));
    case VerdictChange::Improved:
        return compareText(QT_TRANSLATE_NOOP("Compare", "improved"));
    case VerdictChange::Degraded:
        return compareText(QT_TRANSLATE_NOOP("Compare", "now warns"));
    case VerdictChange::Unchanged:
        return compareText(QT_TRANSLATE_NOOP("Compare", "unchanged"));
    case VerdictChange::Untested:
        break;
    }
    return compareText(QT_TRANSLATE_NOOP("Compare", "no evidence in one of the runs"));
}

QString ruleCheckId(RuleCheck check)
{
    switch (check) {
    case RuleCheck::Verified:
        return u"verified"_s;
    case RuleCheck::StillClosed:
        return u"still-closed"_s;
    case RuleCheck::NotTested:
        break;
    }
    return u"not-tested"_s;
}

int Comparison::count(VerdictChange change) const
{
    return static_cast<int>(std::count_if(changes.cbegin(), changes.cend(),
                                          [&](const LinkChange &c) { return c.change == change; }));
}

Text Comparison::countsText() const
{
    // Other changes: improved, now warns, and links tested in one of the two runs only.
    const auto testedOnce = std::count_if(changes.cbegin(), changes.cend(), [](const LinkChange &l) {
        return l.change == VerdictChange::Untested && l.before != l.after;
    });
    const auto number = [](qsizetype n) {
        return Text::plain(QString::number(n));
    };
    return compareText(
        QT_TRANSLATE_NOOP("Compare",
                          "%1 fixed, %2 newly broken, %3 still failing, %4 unchanged, other changes: %5."),
        {number(count(VerdictChange::Fixed)), number(count(VerdictChange::Broken)),
         number(count(VerdictChange::StillFailing)), number(count(VerdictChange::Unchanged)),
         number(count(VerdictChange::Improved) + count(VerdictChange::Degraded) + testedOnce)});
}

Comparison compareReports(const Catalog &catalog, const ReportData &before, const ReportData &after,
                          const QString &beforeName, const QString &afterName)
{
    Comparison out;
    out.before = before;
    out.after = after;
    QStringList beforeOrder;
    QStringList afterOrder;
    const QHash<QString, Seen> was = byLinkAndHost(before.verdicts, &beforeOrder);
    const QHash<QString, Seen> is = byLinkAndHost(after.verdicts, &afterOrder);
    QStringList keys = afterOrder;
    for (const QString &k : std::as_const(beforeOrder)) {
        if (!is.contains(k))
            keys << k;
    }
    int common = 0;
    for (const QString &key : std::as_const(keys)) {
        LinkChange c;
        c.link = key.section(u'|', 0, 0);
        c.host = key.section(u'|', 1);
        const Seen b = was.value(key);
        const Seen a = is.value(key);
        c.before = b.level;
        c.after = a.level;
        c.reasonBefore = b.reason;
        c.reasonAfter = a.reason;
        c.change = classify(b.level, a.level);
        common += was.contains(key) && is.contains(key);
        out.changes.append(c);
    }
    if (common == 0) {
        out.errors << compareText(
            QT_TRANSLATE_NOOP("Compare", "%1 and %2 share no link and host: they are not of the same site"),
            {Text::plain(beforeName), Text::plain(afterName)});
        return out;
    }
    if (before.plan.options != after.plan.options)
        out.warnings << compareText(QT_TRANSLATE_NOOP(
            "Compare",
            "the modes differ between the two runs: a change may come from the modes, not the network"));
    if (!before.meta.profile.isEmpty() && !after.meta.profile.isEmpty() &&
        before.meta.profile != after.meta.profile)
        out.warnings << compareText(
            QT_TRANSLATE_NOOP("Compare", "the profiles' names differ: '%1' before, '%2' after"),
            {Text::plain(before.meta.profile), Text::plain(after.meta.profile)});

    // The rules "before" asked for, and whether "after" found them open.
    QHash<QString, FirewallRequestRow> afterRows;
    for (const FirewallRequestRow &r : firewallRequest(catalog, after))
        afterRows.insert(ruleKey(r), r);
    for (FirewallRequestRow &r : firewallRequest(catalog, before)) {
        r.afterVerification = afterVerification(r, afterRows);
        out.request.append(r);
        if (r.action != PortAction::Open && r.action != PortAction::Fix)
            continue;
        RuleVerification v;
        v.link = r.link;
        v.source = r.source;
        v.destination = r.destination;
        v.port = r.port;
        v.protocol = r.protocol;
        v.foundBefore = r.found;
        const auto it = afterRows.constFind(ruleKey(r));
        if (it == afterRows.cend() || it->action == PortAction::Unknown) {
            v.check = RuleCheck::NotTested;
            v.foundAfter = it == afterRows.cend()
                               ? compareText(QT_TRANSLATE_NOOP("Compare", "not in the after run"))
                               : it->found;
        } else {
            v.check = it->action == PortAction::None ? RuleCheck::Verified : RuleCheck::StillClosed;
            v.foundAfter = it->found;
        }
        out.requested.append(v);
    }
    return out;
}

Comparison compareResultFiles(const Catalog &catalog, const QString &beforePath, const QString &afterPath)
{
    const MergeOutcome before = mergeResultFiles(catalog, {beforePath});
    const MergeOutcome after = mergeResultFiles(catalog, {afterPath});
    if (!before.ok() || !after.ok()) {
        Comparison failed;
        failed.errors = before.errors + after.errors;
        return failed;
    }
    Comparison out = compareReports(catalog, before.report, after.report, beforePath, afterPath);
    if (before.report.meta.catalog.section(u'@', 0, 0) != after.report.meta.catalog.section(u'@', 0, 0))
        out.errors.prepend(
            compareText(QT_TRANSLATE_NOOP("Compare", "the files come from different catalogs: %1 and %2"),
                        {Text::plain(before.report.meta.catalog), Text::plain(after.report.meta.catalog)}));
    return out;
}

QByteArray comparisonJson(const Comparison &comparison, const QString &beforePath, const QString &afterPath)
{
    const auto side = [](const ReportData &r, const QString &path) {
        return QJsonObject{{u"file"_s, path},
                           {u"host"_s, r.meta.host},
                           {u"started"_s, r.meta.started.toString(Qt::ISODateWithMs)},
                           {u"profile"_s, r.meta.profile}};
    };
    QJsonArray changes;
    for (const LinkChange &c : comparison.changes) {
        changes.append(QJsonObject{{u"link"_s, c.link},
                                   {u"host"_s, c.host},
                                   {u"before"_s, verdictId(c.before)},
                                   {u"after"_s, verdictId(c.after)},
                                   {u"change"_s, verdictChangeId(c.change)},
                                   {u"reason_before"_s, c.reasonBefore.english()},
                                   {u"reason_after"_s, c.reasonAfter.english()}});
    }
    QJsonArray rules;
    for (const RuleVerification &r : comparison.requested) {
        rules.append(QJsonObject{{u"link"_s, r.link},
                                 {u"source"_s, r.source.english()},
                                 {u"destination"_s, r.destination},
                                 {u"port"_s, r.port},
                                 {u"protocol"_s, r.protocol},
                                 {u"found_before"_s, r.foundBefore.english()},
                                 {u"found_after"_s, r.foundAfter.english()},
                                 {u"check"_s, ruleCheckId(r.check)}});
    }
    QJsonObject summary;
    for (const VerdictChange c :
         {VerdictChange::Fixed, VerdictChange::Broken, VerdictChange::StillFailing, VerdictChange::Improved,
          VerdictChange::Degraded, VerdictChange::Unchanged, VerdictChange::Untested})
        summary.insert(verdictChangeId(c), comparison.count(c));
    const QJsonObject doc{{u"tool"_s, u"guardian-portcheck"_s},
                          {u"kind"_s, u"comparison"_s},
                          {u"schema"_s, 1},
                          {u"before"_s, side(comparison.before, beforePath)},
                          {u"after"_s, side(comparison.after, afterPath)},
                          {u"changes"_s, changes},
                          {u"requested_rules"_s, rules},
                          {u"summary"_s, summary},
                          {u"warnings"_s, QJsonArray::fromStringList(englishTexts(comparison.warnings))}};
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

} // namespace PortCheck
