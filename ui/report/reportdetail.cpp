#include "model/export/requestrules.h"
#include "model/run/compare.h"
#include "ui/i18n/translations.h"
#include "ui/report/reportparts.h"
#include "ui/style/verdictstyle.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <limits>
#include <tuple>

using namespace Qt::StringLiterals;

namespace PortCheck {

using namespace ReportParts;

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

} // namespace PortCheck
