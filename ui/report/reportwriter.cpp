#include "ui/report/reportwriter.h"

#include "model/export/firewallrequest.h"
#include "model/export/requestrules.h"
#include "model/outputfile.h"
#include "model/run/compare.h"
#include "model/run/coverage.h"
#include "ui/diagram/topologyscene.h"
#include "ui/i18n/coveragetext.h"
#include "ui/i18n/translations.h"
#include "ui/report/htmlreport.h"
#include "ui/report/pdfcompositor.h"
#include "ui/report/reportdocument.h"
#include "ui/style/verdictstyle.h"

#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <limits>
#include <tuple>

using namespace Qt::StringLiterals;

namespace PortCheck {

namespace {
// The sites as the DCs name them (network text: escaped), at most eight and a count of the rest.
QString siteList(const QStringList &sites)
{
    constexpr qsizetype kShown = 8;
    QString shown = displaySafe(sites.mid(0, kShown).join(u", "_s));
    if (sites.size() > kShown)
        shown += u' ' + ReportWriter::tr("and %n more", nullptr, static_cast<int>(sites.size() - kShown));
    return shown;
}
constexpr int kResolution = 300; // dots per inch of the PDF's coordinate system

// The report's typeface, embedded in the PDF: DejaVu Sans on Linux (packaged as a dependency);
// on Windows Segoe UI, which every Windows Server from 2016 has, then the Japanese fonts Windows
// ships for the glyphs Segoe UI lacks (Qt falls back along the list, in order).
QFont reportFont(qreal pointSize)
{
#ifdef Q_OS_WIN
    QFont font(u"Segoe UI"_s);
    font.setFamilies({u"Segoe UI"_s, u"Yu Gothic UI"_s, u"Meiryo"_s, u"MS Gothic"_s});
#else
    QFont font(u"DejaVu Sans"_s);
#endif
    font.setPointSizeF(pointSize);
    return font;
}

QString symbol(VerdictLevel level)
{
    switch (level) {
    case VerdictLevel::Pass:
        return u"✔"_s;
    case VerdictLevel::Warn:
        return u"⚠"_s;
    case VerdictLevel::Fail:
        return u"✖"_s;
    case VerdictLevel::NotTested:
        break;
    }
    return u"○"_s;
}

// A palette for paper: the report is light whatever the desktop's theme.
QPalette paperPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, Qt::white);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::Mid, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::PlaceholderText, QColor(0x60, 0x60, 0x60));
    p.setColor(QPalette::Highlight, QColor(0x00, 0x72, 0xb2));
    return p;
}

// A table cell in the verdict's colour, bold.
ReportCell verdictCell(const QString &text, VerdictLevel level)
{
    return {text, VerdictStyle::color(VerdictStyle::fromVerdict(level), paperPalette()), true, false};
}

ReportCell cell(const QString &text)
{
    return {text, {}, false, false};
}

ReportCell boldCell(const QString &text)
{
    return {text, {}, true, false};
}

ReportCell smallCell(const QString &text)
{
    return {text, {}, false, true};
}

QString levelText(VerdictLevel level)
{
    return symbol(level) + u' ' + VerdictStyle::text(level);
}

// Text from the network or a results file, cut for the report: laying out a 1 MB message took a
// minute. The JSON keeps the whole text; the cut says how long it was.
QString reportText(const QString &text)
{
    constexpr qsizetype kMaxReportText = 2000;
    if (text.size() <= kMaxReportText)
        return text;
    return text.left(kMaxReportText) + u"… "_s +
           QCoreApplication::translate("ReportWriter", "(cut: %1 characters in all; the JSON results keep "
                                                       "the whole text)")
               .arg(QLocale().toString(text.size()));
}

// More rows than this in one link's table, and its passing hosts share one row.
constexpr int kGroupAbove = 12;

QString hostList(const QStringList &hosts)
{
    constexpr int kShown = 40;
    QString text = hosts.mid(0, kShown).join(u", "_s);
    if (hosts.size() > kShown)
        text += u", "_s + QCoreApplication::translate("ReportWriter", "and %n more", nullptr,
                                                      static_cast<int>(hosts.size() - kShown));
    return text;
}

// The first few of many hosts: "dc1, dc2, dc3 and 47 more" (the summary's one line per cause).
QString someHosts(const QStringList &hosts)
{
    constexpr int kShown = 3;
    QString text = hosts.mid(0, kShown).join(u", "_s);
    if (hosts.size() > kShown)
        text += u' ' + QCoreApplication::translate("ReportWriter", "and %n more", nullptr,
                                                   static_cast<int>(hosts.size() - kShown));
    return text;
}

} // namespace

ReportWriter::ReportWriter(const Catalog &catalog, const ReportData &report)
    : m_catalog(catalog)
    , m_report(report)
{}

QPageSize::PageSizeId ReportWriter::defaultPageSize()
{
    const QLocale::Territory t = QLocale().territory();
    return t == QLocale::UnitedStates || t == QLocale::Canada ? QPageSize::Letter : QPageSize::A4;
}

// What every section shows of the whole: the counts, the overall verdict, the request's rows.
struct ReportWriter::Overview
{
    VerdictSummary counts;
    VerdictLevel overall = VerdictLevel::NotTested;
    QString overallText;
    QList<FirewallRequestRow> request;
    // Which machine tested which link: shown for a site's runs (merged, or a run that knows the
    // site's source machines).
    Coverage coverage;
    bool showCoverage = false;
};

ReportWriter::Overview ReportWriter::overview() const
{
    Overview o;
    o.counts = summarize(m_report.verdicts);
    const VerdictSummary &s = o.counts;
    o.overall = s.overall();
    switch (o.overall) {
    case VerdictLevel::Fail:
        o.overallText = tr("NOT READY: %n link(s) fail", nullptr, s.fail);
        break;
    case VerdictLevel::Warn:
        o.overallText = tr("READY, WITH %n WARNING(S)", nullptr, s.warn);
        break;
    case VerdictLevel::Pass:
        o.overallText = tr("READY: every link tested passes");
        break;
    case VerdictLevel::NotTested:
        o.overallText = tr("NOTHING COULD BE TESTED FROM HERE");
        break;
    }
    o.request = firewallRequest(m_catalog, m_report);
    o.coverage = computeCoverage(m_catalog, m_report);
    o.showCoverage = !o.coverage.isEmpty() &&
                     (m_report.isMerged() ||
                      std::any_of(m_report.runs.cbegin(), m_report.runs.cend(),
                                  [](const RunResult &r) { return !r.meta.sources.listed.isEmpty(); }));
    return o;
}

ReportDocument ReportWriter::document() const
{
    return document(overview());
}

ReportDocument ReportWriter::document(const Overview &o) const
{
    ReportBuilder b;
    b.document().title = tr("Guardian network readiness report");
    b.document().language = QLocale().bcp47Name();
    cover(b, o);
    b.newPage();
    summary(b, o);
    if (m_comparison) {
        b.newPage();
        comparison(b);
    }
    if (o.showCoverage) {
        b.newPage();
        coverage(b, o);
    }
    b.diagram();
    links(b);
    b.newPage();
    failures(b);
    b.newPage();
    request(b, o);
    b.newPage();
    appendix(b);
    return b.take();
}

// Page 1: the verdict, and where, when, by whom and against what it ran.
void ReportWriter::cover(ReportBuilder &b, const Overview &o) const
{
    const Catalog &catalog = m_catalog;
    const ReportData &report = m_report;
    const VerdictSummary &s = o.counts;
    const QLocale locale;
    // A field nobody filled in prints as a line to write on: the board fills it in by hand.
    const QString blank(32, u'_');
    const auto orBlank = [&blank](const QString &value) -> QString {
        return value.trimmed().isEmpty() ? blank : value;
    };
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
    QStringList vantage;
    for (const QString &v : report.meta.vantage)
        vantage << roleName(catalog, v);
    QStringList components, componentIds;
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
    for (const auto &[what, details] : std::as_const(rows))
        b.row({boldCell(what), cell(details)});
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

// The links, in catalog order, each with a row per host (and per machine that tested it).
void ReportWriter::links(ReportBuilder &b) const
{
    const Catalog &catalog = m_catalog;
    const ReportData &report = m_report;
    b.heading(tr("Links"), 1);
    for (const Link &link : catalog.links) {
        QList<const Verdict *> verdicts;
        for (const Verdict &v : report.verdicts) {
            if (v.link == link.id)
                verdicts << &v;
        }
        if (verdicts.isEmpty())
            continue;
        QStringList ports;
        for (const PlanItem &i : report.plan.items) {
            if (i.link != link.id)
                continue;
            for (const Requirement *leaf : i.requirement().leaves()) {
                if (!ports.contains(leaf->portText()))
                    ports << leaf->portText();
            }
            break;
        }
        b.heading(linkPath(catalog, link.id), 2);
        QList<std::pair<QString, QString>> sources;
        for (const QString &id : link.sources) {
            const Source *src = catalog.source(id);
            sources.append(src ? std::pair{src->title, src->url} : std::pair{id, QString()});
        }
        b.paragraph(
            catalogText(link.purpose) + u' ' +
            tr("Protocol: %1. Ports: %2.").arg(catalogText(link.protocol), ports.join(u", "_s)) +
            (link.inferred ? u' ' + tr("Inferred: no vendor document states this link.") : QString()));
        b.linkedParagraph(tr("Source: "), sources, QColor(0x60, 0x60, 0x60));
        b.table({tr("Host"), tr("Ports"), tr("Verdict"), tr("Evidence")}, {22, 14, 14, 50}, u"links"_s);
        // Hosts that failed or warned get a row each; on a large site those that passed, and those
        // tested only from other machines, share one row per verdict, so that 500 domain
        // controllers make a readable page rather than forty.
        QMap<int, QList<const Verdict *>> shared; // verdict level -> verdicts
        for (const Verdict *v : std::as_const(verdicts)) {
            const bool groupable = v->level == VerdictLevel::Pass || v->level == VerdictLevel::NotTested;
            if (groupable && verdicts.size() > kGroupAbove) {
                shared[static_cast<int>(v->level)] << v;
                continue;
            }
            b.row({cell(v->observer.isEmpty() ? v->host : v->host + u"\n"_s + tr("from %1").arg(v->observer)),
                   cell(ports.join(u", "_s)), verdictCell(levelText(v->level), v->level),
                   cell(reportText(localized(v->reason)))},
                  {{u"data-link"_s, link.id},
                   {u"data-host"_s, v->host},
                   {u"data-observer"_s, v->observer},
                   {u"data-verdict"_s, verdictId(v->level)}});
        }
        for (auto it = shared.cbegin(); it != shared.cend(); ++it) {
            const QList<const Verdict *> &group = it.value();
            const auto level = static_cast<VerdictLevel>(it.key());
            QStringList hosts;
            for (const Verdict *v : group)
                hosts << (v->observer.isEmpty() ? v->host : v->host + u" ("_s + v->observer + u')');
            b.row({cell(tr("%n host(s)", nullptr, static_cast<int>(group.size()))), cell(ports.join(u", "_s)),
                   verdictCell(levelText(level), level),
                   cell(tr("The same verdict for every one, e.g. %1: %2")
                            .arg(group.first()->host, reportText(localized(group.first()->reason))) +
                        u"\n"_s + hostList(hosts))},
                  {{u"data-link"_s, link.id},
                   {u"data-hosts"_s, hosts.join(u' ')},
                   {u"data-verdict"_s, verdictId(level)}});
        }
    }
}

// What to change: one fix per machine, host and cause (a DNS failure is one fix, not one per
// port), then the findings that led to them.
void ReportWriter::failures(ReportBuilder &b) const
{
    const Catalog &catalog = m_catalog;
    b.heading(tr("Failures and what to change"), 1);
    const QList<Fix> fixes = groupFixes(catalog, m_report.verdicts);
    if (!fixes.isEmpty()) {
        b.heading(tr("What to change"), 2);
        QString lastHost;
        for (const Fix &f : fixes) {
            const QString host =
                f.observer.isEmpty() ? f.host : f.host + u" ("_s + tr("from %1").arg(f.observer) + u')';
            if (host != lastHost) {
                b.paragraph(host, {}, true, 9.5);
                lastHost = host;
            }
            QStringList linkNames;
            for (const QString &l : f.links)
                linkNames << linkName(catalog, l);
            b.bullet(localized(f.text) + u"  ("_s + tr("for: %1").arg(linkNames.join(u"; "_s)) + u')');
        }
    }
    bool any = false;
    for (const VerdictLevel level : {VerdictLevel::Fail, VerdictLevel::Warn}) {
        for (const Verdict &v : m_report.verdicts) {
            if (v.level != level)
                continue;
            if (!any)
                b.heading(tr("Findings"), 2);
            any = true;
            b.paragraph(
                levelText(v.level) + u"  "_s + linkPath(catalog, v.link) + u", "_s + v.host +
                    (v.observer.isEmpty() ? QString() : u" ("_s + tr("from %1").arg(v.observer) + u')'),
                VerdictStyle::color(VerdictStyle::fromVerdict(v.level), paperPalette()), true, 9.5);
            b.paragraph(reportText(localized(v.reason)));
        }
    }
    if (!any)
        b.paragraph(tr("Nothing to change: no link failed or warned."));
}

// The firewall change request: only what the chosen modes need.
void ReportWriter::request(ReportBuilder &b, const Overview &o) const
{
    const Catalog &catalog = m_catalog;
    b.heading(tr("Firewall change request"), 1);
    b.paragraph(tr("The connections the chosen components and modes need, all TCP. For each link and host: "
                   "the ports that already work (verified open, no change) and otherwise the fewest ports "
                   "that meet the requirement, the mode's first choice first. Alternatives that are not "
                   "needed are left out; when a link works only through a fallback, its first choice is "
                   "recommended."));
    b.paragraph(localized(requestSummaryText(summarizeRequest(o.request))), {}, true);
    // The columns change tools import (Tufin SecureChange, AlgoSec FireFlow): source, destination,
    // service as tcp/PORT, the justification, the need, what was found and what to do; "after
    // verification" once a compare filled it.
    const bool verified = std::any_of(o.request.cbegin(), o.request.cend(), [](const FirewallRequestRow &r) {
        return !r.afterVerification.isEmpty();
    });
    QStringList header{tr("Source"), tr("Destination"), tr("Service"), tr("Justification"),
                       tr("Need"),   tr("Found"),       tr("Action")};
    QList<int> widths{14, 17, 11, 26, 11, 10, 11}; // room for "Domänencontroller", "recommended"
    if (verified) {
        header << tr("After verification");
        widths = {12, 15, 10, 21, 10, 10, 10, 12};
    }
    b.table(header, widths, u"request"_s);
    const QColor openColour = VerdictStyle::color(VisualState::Fail, paperPalette());
    const QColor fixColour = VerdictStyle::color(VisualState::Warn, paperPalette());
    const auto withAddresses = [](const QString &name, const QStringList &addresses) -> QString {
        QStringList other;
        for (const QString &a : addresses) {
            if (a != name)
                other << a;
        }
        return other.isEmpty() ? name : name + u'\n' + other.mid(0, 4).join(u", "_s);
    };
    for (const RequestRule &rule : requestRules(o.request)) {
        const FirewallRequestRow &r = rule.rule;
        const QStringList hosts = localized(rule.destinations);
        // Microsoft's names are listed whole below the row; the cell counts them.
        const QString destination =
            !r.endpointSets.isEmpty() ? tr("%n name(s)", nullptr, static_cast<int>(hosts.size()))
            : hosts.size() > 1        ? tr("%n host(s)", nullptr, static_cast<int>(hosts.size()))
                                      : withAddresses(hosts.value(0), r.destinationAddresses);
        ReportCell action = cell(localized(requestActionText(r)));
        if (r.action == PortAction::Open || r.action == PortAction::Fix) {
            action.bold = true;
            action.colour = r.action == PortAction::Open ? openColour : fixColour;
        }
        // "every admin workstation" names its role already
        const QString source =
            r.source.isPlain() ? localized(r.source) + u'\n' + localized(r.sourceRole) : localized(r.source);
        QList<ReportCell> cells{cell(withAddresses(source, r.sourceAddresses)),
                                cell(destination + u'\n' + localized(r.destinationRole)),
                                cell(u"tcp/"_s + localized(portText(r)) + u'\n' + r.protocol),
                                cell(linkName(catalog, r.link) + u": "_s + localized(r.justification)),
                                cell(localized(r.need)),
                                cell(localized(r.found)),
                                action};
        if (verified)
            cells << cell(localized(r.afterVerification));
        b.row(cells, {{u"data-link"_s, r.link},
                      {u"data-service"_s, r.service()},
                      {u"data-action"_s, actionId(r.action)}});
        // The names of one of Microsoft's endpoint sets, every one: they are what the proxy's allow
        // list gets, and a board compares them with Microsoft's published set.
        if (!r.endpointSets.isEmpty())
            b.spanningRow(smallCell(
                tr("Microsoft 365 endpoint set %1: %2")
                    .arg(r.endpointSets == u"-"_s ? tr("(id not in the built-in list)") : r.endpointSets,
                         hosts.join(u", "_s))));
        else if (hosts.size() > 1)
            // Every one: a board signs the rule with what it names (the appendix may shorten).
            b.spanningRow(smallCell(tr("Destinations: %1").arg(hosts.join(u", "_s))));
        // Azure's prefixes of the tag, from the file the user saved: what a firewall without service
        // tags needs in the rule.
        if (!r.addressPrefixes.isEmpty())
            b.spanningRow(
                smallCell(tr("Service tag %1 (%2), %n address prefix(es): %3", nullptr,
                             static_cast<int>(r.addressPrefixes.size()))
                              .arg(r.serviceTag, r.serviceTagOrigin, r.addressPrefixes.join(u", "_s))));
    }
}

// Appendix: every probe result, per machine, sorted by link (catalog order), host and port, so
// that a reader finds a probe where the link tables above send them.
void ReportWriter::appendix(ReportBuilder &b) const
{
    const Catalog &catalog = m_catalog;
    const ReportData &report = m_report;
    b.heading(tr("Appendix: every probe result"), 1);
    QHash<QString, int> linkOrder; // probe key -> position of the first link that plans it
    QHash<QString, QString> linkOf;
    for (const Check &c : report.plan.checks) {
        const QString key = c.probeKey();
        if (linkOrder.contains(key))
            continue;
        const auto found = std::find_if(catalog.links.cbegin(), catalog.links.cend(),
                                        [&](const Link &l) { return l.id == c.link; });
        linkOrder.insert(key, static_cast<int>(found - catalog.links.cbegin()));
        linkOf.insert(key, c.link);
    }
    for (const RunResult &run : report.runs) {
        b.paragraph(tr("From %1").arg(run.meta.host), {}, true, 10);
        // By link, then host in natural order (dc2 before dc10), port, proxy and probe.
        QList<std::pair<int, const ProbeResult *>> ranked;
        ranked.reserve(run.results.size());
        for (const ProbeResult &r : run.results)
            ranked.append({linkOrder.value(resultKey(r), std::numeric_limits<int>::max()), &r});
        std::stable_sort(ranked.begin(), ranked.end(), [&](const auto &a, const auto &b2) {
            if (a.first != b2.first)
                return a.first < b2.first;
            const ProbeResult *x = a.second;
            const ProbeResult *y = b2.second;
            if (const int byHost = naturalCompare(x->host, y->host))
                return byHost < 0;
            return std::tuple(x->port, x->via, probeKindId(x->kind)) <
                   std::tuple(y->port, y->via, probeKindId(y->kind));
        });
        QList<const ProbeResult *> sorted;
        sorted.reserve(ranked.size());
        for (const auto &entry : std::as_const(ranked))
            sorted << entry.second;
        if (sorted.isEmpty()) {
            b.paragraph(tr("No probe ran."));
            continue;
        }
        // A table per link (its name as the table's caption), a row per probe: no column repeats the
        // link, so a row is one line unless its evidence is long.
        QString currentLink = u"\x01"_s;
        for (const ProbeResult *r : std::as_const(sorted)) {
            const QString link = linkOf.value(resultKey(*r));
            if (link != currentLink) {
                currentLink = link;
                b.paragraph(link.isEmpty() ? tr("Other probes") : localized(catalog.linkTitle(link)), {},
                            true, 9);
                b.table({tr("Host"), tr("Address"), tr("Port"), tr("Probe"), tr("State"), tr("ms"),
                         tr("Evidence")},
                        {20, 11, 6, 7, 15, 5, 36}, u"appendix"_s);
            }
            // Through a proxy the address is the proxy's: not the host's.
            const QString address = r->address != r->host && r->via.isEmpty() ? r->address : QString();
            QString probe = probeKindId(r->kind);
            if (!r->via.isEmpty())
                probe += u'\n' + tr("via %1").arg(r->via);
            QString state = VerdictStyle::stateText(r->state);
            if (r->state == ProbeState::Open)
                state += u", "_s + VerdictStyle::serviceText(r->service);
            QStringList evidence;
            if (!r->message.isEmpty() && r->state != ProbeState::Open)
                evidence << reportText(localized(r->message));
            for (auto f = r->facts.cbegin(); f != r->facts.cend(); ++f)
                evidence << reportText(f.key() + u" = "_s + f.value());
            b.row({r->host, address, QString::number(r->port), probe, state,
                   r->latencyMs >= 0 ? QString::number(r->latencyMs, 'f', 1) : QString(),
                   evidence.join(u"; "_s)});
        }
    }
}

DiagramHeader ReportWriter::diagramHeader() const
{
    DiagramHeader header;
    header.title = tr("Topology");
    header.site = m_report.meta.profile.isEmpty() ? m_report.meta.host : m_report.meta.profile;
    header.date = m_report.meta.finished.isValid() ? m_report.meta.finished : m_report.meta.started;
    return header;
}

Expected<void> ReportWriter::write(const QString &path) const
{
    const ReportData &report = m_report;
    const Overview o = overview(); // the request is derived once, for the document and the page header
    const ReportDocument document = this->document(o);
    const QString started = QLocale().toString(report.meta.started.toLocalTime(), QLocale::LongFormat);

    QPdfWriter pdf(path);
    pdf.setResolution(kResolution);
    pdf.setPageSize(QPageSize(m_pageSize));
    pdf.setPageMargins(QMarginsF(16, 14, 16, 14), QPageLayout::Millimeter);
    pdf.setTitle(document.title);
    pdf.setCreator(u"Guardian Port Check "_s + report.meta.toolVersion);
    QPainter painter;
    if (!painter.begin(&pdf))
        return Failure{Text::plain(tr("Cannot write the PDF %1.").arg(path))};

    const QRect area = pdf.pageLayout().paintRectPixels(kResolution);
    const int band = kResolution * 35 / 100; // header and footer, about 9 mm each
    const QRectF body(0, band, area.width(), area.height() - 2 * band);
    QFont base = reportFont(8.5);
    // No ligatures: "file" must stay f-i-l-e in the PDF's text, or a search for it fails.
    base.setStyleStrategy(QFont::PreferNoShaping);
    const PdfCompositor compositor(&pdf, body, base);
    // Laid out twice, once to count the pages ("Page 3 of 14"), then to draw: keeping every
    // page's layouts between the two would hold hundreds of MB for a large forest.
    const int total = compositor.pageCount(document);

    const QFont small = reportFont(7.5);
    PdfCompositor::Pages pages;
    pages.begin = [&](int page) {
        if (page > 0)
            pdf.newPage();
        painter.save();
        painter.setFont(small);
        painter.setPen(QColor(0x50, 0x50, 0x50));
        const QRectF top(0, 0, area.width(), band * 0.6);
        painter.drawText(top, Qt::AlignLeft | Qt::AlignVCenter,
                         tr("Guardian network readiness") + u" · "_s + symbol(o.overall) + u' ' +
                             o.overallText);
        painter.drawText(top, Qt::AlignRight | Qt::AlignVCenter, report.meta.host);
        painter.setPen(QPen(QColor(0xc0, 0xc0, 0xc0), 2));
        painter.drawLine(QPointF(0, band * 0.7), QPointF(area.width(), band * 0.7));
        painter.drawLine(QPointF(0, area.height() - band * 0.7),
                         QPointF(area.width(), area.height() - band * 0.7));
        painter.setPen(QColor(0x50, 0x50, 0x50));
        const QRectF bottom(0, area.height() - band * 0.6, area.width(), band * 0.6);
        painter.drawText(bottom, Qt::AlignLeft | Qt::AlignVCenter,
                         u"Guardian Port Check "_s + report.meta.toolVersion + u" · "_s + started);
        painter.drawText(bottom, Qt::AlignRight | Qt::AlignVCenter,
                         tr("Page %1 of %2").arg(page + 1).arg(total));
        painter.restore();
    };
    // The diagram, drawn from the same scene the window shows (vector), laid out for the page's
    // shape; the scene draws its own header (title, verdict, site, date) and legend, as in the
    // window's PNG and SVG exports.
    pages.diagram = [&](QPainter &p, const QRectF &rect) {
        TopologyScene scene(m_catalog);
        scene.setPalette(paperPalette());
        scene.setPreferredAspect(rect.width() / rect.height());
        scene.setPlan(report.plan, report.meta.host);
        scene.setVerdicts(report.verdicts);
        scene.renderWithHeader(&p, rect, diagramHeader());
    };
    compositor.draw(document, painter, pages);
    if (!painter.end())
        return Failure{Text::plain(tr("Cannot write the PDF %1.").arg(path))};
    return {};
}

Expected<void> ReportWriter::writeHtml(const QString &path) const
{
    const ReportDocument document = this->document();
    TopologyScene scene(m_catalog);
    scene.setPalette(paperPalette());
    scene.setPreferredAspect(1.5);
    scene.setPlan(m_report.plan, m_report.meta.host);
    scene.setVerdicts(m_report.verdicts);
    HtmlDiagram diagram;
    diagram.svg = scene.exportSvgData(diagramHeader());
    if (diagram.svg.isEmpty())
        diagram.png = scene.exportImage(diagramHeader(), 1.5);
    diagram.caption = tr("Topology");
    const QByteArray html = htmlReport(document, diagram);
    return writeFileAtomically(path, html);
}

} // namespace PortCheck
