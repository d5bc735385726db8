#include "model/export/requestrules.h"
#include "model/run/compare.h"
#include "ui/i18n/coveragetext.h"
#include "ui/i18n/translations.h"
#include "ui/report/reportparts.h"
#include "ui/style/verdictstyle.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PortCheck {

using namespace ReportParts;

// Page 1: the verdict, and where, when, by whom and against what it ran.
void ReportWriter::cover(ReportBuilder &b, const Overview &o) const
{
    const VerdictSummary &s = o.counts;
    b.heading(tr("Guardian network readiness report"), 0);
    b.paragraph(tr("Cayosoft Guardian: are the network paths it needs open?"), QColor(0x50, 0x50, 0x50));
    b.paragraph(symbol(o.overall) + u"  "_s + o.overallText,
                VerdictStyle::color(VerdictStyle::fromVerdict(o.overall), paperPalette()), true, 17);
    b.paragraph(tr("%1 pass · %2 warning · %3 fail · %4 not tested from here")
                    .arg(s.pass)
                    .arg(s.warn)
                    .arg(s.fail)
                    .arg(s.notTested),
                {}, true, 10);
    b.table({tr("What"), tr("Details")}, {24, 76}, u"cover"_s);
    for (const auto &[what, details] : coverDetails())
        b.row({boldCell(what), cell(details)});
    readingGuide(b);
}

// The cover's table: where, when, by whom and against what the check ran, and what the board signs.
QList<std::pair<QString, QString>> ReportWriter::coverDetails() const
{
    const Catalog &catalog = m_catalog;
    const ReportData &report = m_report;
    const QLocale locale;
    // A field nobody filled in prints as a line to write on: the board fills it in by hand.
    const QString blank(32, u'_');
    const auto orBlank = [&blank](const QString &value) -> QString {
        return value.trimmed().isEmpty() ? blank : value;
    };
    QStringList vantage;
    for (const QString &v : report.meta.vantage)
        vantage << roleName(catalog, v);
    QStringList components;
    QStringList componentIds;
    for (const Component &c : catalog.components) {
        if (std::any_of(report.plan.items.cbegin(), report.plan.items.cend(), [&](const PlanItem &i) {
                const Link *l = catalog.link(i.link);
                return l && l->component == c.id;
            })) {
            components << catalogText(c.name);
            componentIds << c.id;
        }
    }
    // Only the modes that decide a port of what is deployed (no SQL policy without Azure SQL).
    const QSet<QString> modesThatMatter = catalog.optionsThatMatter(componentIds, report.plan.options);
    QStringList modes;
    for (const Option &opt : catalog.options) {
        if (!modesThatMatter.contains(opt.id))
            continue;
        const OptionValue *v = opt.value(report.plan.options.value(opt.id, opt.defaultValue));
        modes << catalogText(opt.name) + u": "_s + (v ? catalogText(v->name) : opt.defaultValue);
    }
    QMap<QString, QStringList> hostsByRole;
    for (const PlanItem &i : report.plan.items) {
        const Link *l = catalog.link(i.link);
        if (l && !hostsByRole[l->to].contains(i.host))
            hostsByRole[l->to] << i.host;
    }
    QStringList hostLines;
    for (auto it = hostsByRole.cbegin(); it != hostsByRole.cend(); ++it) {
        QStringList shown = it.value().mid(0, 4);
        if (it.value().size() > 4)
            shown << tr("and %n more", nullptr, static_cast<int>(it.value().size() - 4));
        hostLines << roleName(catalog, it.key()) + u" ("_s + QString::number(it.value().size()) + u"): "_s +
                         shown.join(u", "_s);
    }
    const qint64 seconds = report.meta.started.secsTo(report.meta.finished);
    const QString started = locale.toString(report.meta.started.toLocalTime(), QLocale::LongFormat);
    QList<std::pair<QString, QString>> rows{
        {tr("When"), started + u" ("_s + tr("%1 s").arg(seconds) + u')'},
        // The AD site(s) the domain controllers name themselves in: what the board knows the
        // change by; several for a check across sites, a line to fill in when no DC answered.
        {tr("Site"), orBlank(siteList(adSites(report)))},
        {tr("Tested from"), report.meta.host},
        {tr("Roles of the machine(s)"), vantage.join(u", "_s)},
        {tr("Run by"), orBlank(report.meta.user)},
        {tr("Change ticket"), orBlank(report.meta.change.ticket)},
        {tr("Requested by"), orBlank(report.meta.change.requester)},
        {tr("Approved by"), orBlank(report.meta.change.approver)},
        {tr("Approval: signature, date"), blank},
        {tr("Tool"), u"Guardian Port Check "_s + report.meta.toolVersion},
        {tr("Catalog"),
         catalogText(catalog.title) + u", "_s + catalog.version + u" ("_s + report.meta.catalog + u')'},
        {tr("Profile"), report.isMerged()               ? tr("merged from %n results file(s)", nullptr,
                                                             static_cast<int>(report.runs.size()))
                        : report.meta.profile.isEmpty() ? tr("(none)")
                                                        : report.meta.profile},
        {tr("Components"), components.join(u", "_s)},
        {tr("Modes"), modes.join(u"; "_s)},
        {tr("Proxy for HTTPS to the Internet"),
         (report.meta.proxy.isEmpty() ? tr("none, direct") : report.meta.proxy) +
             (report.meta.proxySource.isEmpty() ? QString() : u" ("_s + report.meta.proxySource + u')')},
        {tr("Hosts"), hostLines.join(u'\n')},
    };
    // Which of Microsoft's lists the names came from: the built-in snapshot or an import.
    if (!report.meta.endpointList.isEmpty())
        rows.append({tr("Microsoft 365 endpoints"), report.meta.endpointList});
    if (report.isMerged()) {
        QStringList machines;
        for (const RunResult &r : report.runs) {
            QStringList roles;
            for (const QString &v : r.meta.vantage)
                roles << roleName(catalog, v);
            machines << r.meta.host + u" (" + roles.join(u", "_s) + u"), "_s +
                            locale.toString(r.meta.started.toLocalTime(), QLocale::ShortFormat);
        }
        rows.append({tr("Merged runs"), machines.join(u'\n')});
    }
    if (report.meta.cancelled)
        rows.append({tr("Note"), tr("The run was cancelled: some probes have no result.")});
    for (const Text &w : report.warnings)
        rows.append({tr("Note"), localized(w)});
    return rows;
}

// What each verdict means, under the cover's table.
void ReportWriter::readingGuide(ReportBuilder &b)
{
    b.heading(tr("How to read this report"), 2);
    b.paragraph(levelText(VerdictLevel::Pass) + u": "_s +
                tr("the service answered in its own protocol on a port the chosen modes need."));
    b.paragraph(
        levelText(VerdictLevel::Warn) + u": "_s +
        tr("it works, but through a fallback, with a certificate problem, or an optional link fails."));
    b.paragraph(levelText(VerdictLevel::Fail) + u": "_s +
                tr("no allowed way works; the failures section says what to change."));
    b.paragraph(levelText(VerdictLevel::NotTested) + u": "_s +
                tr("the link starts on another machine; run the check there and merge the results."));
    b.paragraph(tr("Every probe is anonymous: no credentials were asked for, sent or stored."));
}

// Page 2, one page for the board: the verdict, what fails, the changes asked for, in that order
// (at most kShown lines of each); the sections after it have the detail.
void ReportWriter::summary(ReportBuilder &b, const Overview &o) const
{
    const Catalog &catalog = m_catalog;
    b.heading(tr("Summary for the change board"), 1);
    b.paragraph(symbol(o.overall) + u"  "_s + o.overallText,
                VerdictStyle::color(VerdictStyle::fromVerdict(o.overall), paperPalette()), true, 12);
    if (o.showCoverage)
        b.paragraph(CoverageText::summary(o.coverage),
                    VerdictStyle::color(o.coverage.complete() ? VisualState::Pass : VisualState::Fail,
                                        paperPalette()),
                    true);
    constexpr int kShown = 12;
    // One line per link and cause: fifty DCs that refuse LDAP are one finding with fifty hosts.
    struct Failing
    {
        QString link;
        Text reason;
        QStringList hosts;
    };
    QList<Failing> failing;
    QHash<QString, qsizetype> failingAt;
    for (const Verdict &v : m_report.verdicts) {
        if (v.level != VerdictLevel::Fail)
            continue;
        const QString key = v.link + u'|' + v.reason.english();
        if (const auto it = failingAt.constFind(key); it != failingAt.cend()) {
            failing[*it].hosts << v.host;
            continue;
        }
        failingAt.insert(key, failing.size());
        failing.append({v.link, v.reason, {v.host}});
    }
    b.heading(tr("What fails"), 2);
    if (failing.isEmpty())
        b.paragraph(tr("No required link fails."));
    for (const Failing &f : failing.mid(0, kShown)) {
        const QString where = f.hosts.size() == 1
                                  ? f.hosts.first()
                                  : tr("%n host(s)", nullptr, static_cast<int>(f.hosts.size())) + u" ("_s +
                                        someHosts(f.hosts) + u')';
        b.bullet(linkPath(catalog, f.link) + u", "_s + where + u": "_s + reportText(localized(f.reason)));
    }
    if (failing.size() > kShown)
        b.paragraph(tr("and %n more: see \"Failures and what to change\".", nullptr,
                       static_cast<int>(failing.size() - kShown)));
    // One line per rule: the port, the source and every destination that needs the same change.
    QStringList changes;
    for (const RequestRule &rule : requestRules(o.request)) {
        const FirewallRequestRow &row = rule.rule;
        if (!asksForChange(row))
            continue;
        const QString destination =
            rule.destinations.size() == 1
                ? localized(rule.destinations.first())
                : tr("%1: %n host(s)", nullptr, static_cast<int>(rule.destinations.size()))
                      .arg(localized(row.destinationRole));
        changes << u"tcp/"_s + row.port + u"  "_s + localized(row.source) + u" → "_s + destination +
                       u"  ("_s + localized(row.need) + u", "_s + localized(requestActionText(row)) + u')';
    }
    b.heading(tr("Changes asked for"), 2);
    b.paragraph(localized(requestSummaryText(summarizeRequest(o.request))));
    for (const QString &line : changes.mid(0, kShown))
        b.bullet(line);
    if (changes.size() > kShown)
        b.paragraph(tr("and %n more in the firewall change request.", nullptr,
                       static_cast<int>(changes.size() - kShown)));
}

// Before and after the change (compare): what it did to each link and host, and each rule the
// request before it asked for, verified open or not. What the board signs off.
void ReportWriter::comparison(ReportBuilder &b) const
{
    const Comparison &c = *m_comparison;
    const QLocale locale;
    const auto side = [&locale](const ReportData &r) -> QString {
        return r.meta.host + u", "_s + locale.toString(r.meta.started.toLocalTime(), QLocale::ShortFormat);
    };
    b.heading(tr("Before and after the change"), 1);
    b.paragraph(tr("Before: %1").arg(side(c.before)));
    b.paragraph(tr("After: %1").arg(side(c.after)));
    b.paragraph(localized(c.countsText()), {}, true);
    for (const Text &w : c.warnings)
        b.paragraph(localized(w), QColor(0x60, 0x60, 0x60));
    bool any = false;
    for (const LinkChange &l : c.changes) {
        if (!l.isShown())
            continue;
        if (!any)
            b.table({tr("Change"), tr("Link"), tr("Host"), tr("Before"), tr("After"), tr("Now")},
                    {12, 24, 14, 12, 12, 26}, u"changes"_s);
        any = true;
        b.row({boldCell(localized(verdictChangeText(l.change))), cell(linkPath(m_catalog, l.link)),
               cell(l.host), verdictCell(levelText(l.before), l.before),
               verdictCell(levelText(l.after), l.after),
               cell(reportText(
                   localized(l.after == VerdictLevel::NotTested ? l.reasonBefore : l.reasonAfter)))},
              {{u"data-link"_s, l.link},
               {u"data-host"_s, l.host},
               {u"data-change"_s, verdictChangeId(l.change)}});
    }
    if (!any)
        b.paragraph(tr("No link changed its verdict."));
    if (c.requested.isEmpty())
        return;
    const auto verified =
        std::count_if(c.requested.cbegin(), c.requested.cend(),
                      [](const RuleVerification &r) { return r.check == RuleCheck::Verified; });
    b.heading(tr("The firewall request of the run before, verified"), 2);
    b.paragraph(tr("%1 of %2 rule(s) verified open after the change.").arg(verified).arg(c.requested.size()));
    b.table(
        {tr("Source"), tr("Destination"), tr("Service"), tr("Found before"), tr("Found after"), tr("Check")},
        {16, 20, 12, 17, 17, 18}, u"verification"_s);
    for (const RuleVerification &r : c.requested) {
        ReportCell check = boldCell(r.check == RuleCheck::Verified      ? tr("verified open")
                                    : r.check == RuleCheck::StillClosed ? tr("still closed")
                                                                        : tr("not tested after"));
        check.colour = r.check == RuleCheck::Verified
                           ? VerdictStyle::color(VisualState::Pass, paperPalette())
                           : VerdictStyle::color(r.check == RuleCheck::StillClosed ? VisualState::Fail
                                                                                   : VisualState::NotTested,
                                                 paperPalette());
        b.row({cell(localized(r.source)), cell(r.destination), cell(u"tcp/"_s + r.port + u'\n' + r.protocol),
               cell(localized(r.foundBefore)), cell(localized(r.foundAfter)), check},
              {{u"data-link"_s, r.link}, {u"data-check"_s, ruleCheckId(r.check)}});
    }
}

// Coverage: a link can only be tested from the machine it starts on. Per source role, a matrix of
// its links and machines, and the command each machine without evidence still has to run.
void ReportWriter::coverage(ReportBuilder &b, const Overview &o) const
{
    const Coverage &c = o.coverage;
    b.heading(tr("Coverage by source machine"), 1);
    b.paragraph(tr("A link can only be tested from the machine it starts on, so each required link needs "
                   "evidence from every machine of its source role."));
    b.paragraph(CoverageText::summary(c),
                VerdictStyle::color(c.complete() ? VisualState::Pass : VisualState::Fail, paperPalette()),
                true);
    // Links down and machines across while they fit the page; more machines go down.
    constexpr int kMachineColumns = 6;
    for (const CoverageRole &role : c.roles) {
        b.heading(CoverageText::roleHeading(m_catalog, role), 2);
        const CoverageGrid grid = CoverageText::grid(m_catalog, role, kMachineColumns);
        for (const QString &line : grid.legend)
            b.paragraph(line);
        const auto columns = static_cast<int>(grid.header.size());
        const int first = grid.machinesAsRows ? 28 : 34;
        QList<int> widths{first};
        for (int i = 1; i < columns; ++i)
            widths << (100 - first) / std::max(1, columns - 1);
        b.table(grid.header, widths, u"coverage"_s);
        for (qsizetype r = 0; r < grid.rows.size(); ++r) {
            QList<ReportCell> cells{cell(grid.rows.at(r).first())};
            for (qsizetype i = 0; i < grid.states.at(r).size(); ++i) {
                const CoverageCell state = grid.states.at(r).at(i);
                const CoverageLink &link = role.links.at(grid.machinesAsRows ? i : r);
                const VisualState look = CoverageText::look(state, link.required);
                cells << ReportCell{grid.rows.at(r).at(i + 1), VerdictStyle::color(look, paperPalette()),
                                    true, false};
            }
            b.row(cells, {{u"data-role"_s, role.role},
                          {grid.machinesAsRows ? u"data-machine"_s : u"data-link"_s,
                           grid.machinesAsRows ? role.machines.at(r).name : role.links.at(r).link}});
        }
        for (const QString &note : CoverageText::notes(m_catalog, role))
            b.paragraph(note, QColor(0x60, 0x60, 0x60));
        const QStringList toRun = CoverageText::stillToRun(m_catalog, c, role);
        if (!toRun.isEmpty())
            b.paragraph(tr("Still to run:"), {}, true);
        for (const QString &line : toRun)
            b.bullet(line);
    }
}

} // namespace PortCheck
