#include "model/results/merge.h"

#include "model/plan/plan.h"
#include "model/profile/profile.h"
#include "model/verdict/verdict.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace PortCheck {

namespace {

Text mergeText(const char *source, QList<Text> args = {})
{
    return Text::phrase("Merge", source, std::move(args));
}

// The identity of a check that does not depend on the port it was tested on (the demo's and a
// profile's overrides differ from run to run).
QString checkIdentity(const QString &host, int catalogPort, ProbeKind kind)
{
    return host + u'|' + QString::number(catalogPort) + u'|' + probeKindId(kind);
}

// Runs are the same machine seen from the same roles when host and vantage agree (and the modes:
// runs in other modes are not joined but refused below).
QString machineKey(const RunMetadata &m)
{
    QStringList vantage = m.vantage;
    vantage.sort();
    QString key = m.host.toLower() + u'|' + vantage.join(u',');
    for (auto it = m.options.cbegin(); it != m.options.cend(); ++it)
        key += u'|' + it.key() + u'=' + it.value();
    return key;
}

// `later` with what `earlier` tested and `later` did not: each check counts once, the later result
// wins. Returns how many of the earlier run's results were replaced.
qsizetype absorbEarlierRun(NamedResults &later, const NamedResults &earlier)
{
    QSet<QString> tested; // what the later run stood for, and what it probed
    QSet<QString> probed;
    tested.reserve(later.run.results.size());
    probed.reserve(later.run.results.size());
    for (qsizetype i = 0; i < later.run.results.size(); ++i) {
        const ProbeResult &r = later.run.results.at(i);
        tested.insert(checkIdentity(r.host, later.catalogPorts.at(i), r.kind));
        probed.insert(resultKey(r));
    }
    qsizetype replaced = 0;
    for (qsizetype i = 0; i < earlier.run.results.size(); ++i) {
        const ProbeResult &r = earlier.run.results.at(i);
        if (tested.contains(checkIdentity(r.host, earlier.catalogPorts.at(i), r.kind)) ||
            probed.contains(resultKey(r))) {
            ++replaced;
            continue;
        }
        later.run.results.append(r);
        later.catalogPorts.append(earlier.catalogPorts.at(i));
    }
    for (const QString &c : earlier.components) {
        if (!later.components.contains(c))
            later.components << c;
    }
    for (auto role = earlier.hosts.cbegin(); role != earlier.hosts.cend(); ++role) {
        QList<ProfileHost> &hosts = later.hosts[role.key()];
        QHash<QString, qsizetype> index;
        for (qsizetype i = 0; i < hosts.size(); ++i)
            index.insert(hosts.at(i).host, i);
        for (const ProfileHost &h : role.value()) {
            ProfileHost &entry = hostEntry(hosts, index, h.host);
            QMap<quint16, quint16> overrides = h.portOverrides;
            overrides.insert(entry.portOverrides); // the later run's ports win
            entry.portOverrides = overrides;
            entry.standIn = entry.standIn || h.standIn;
        }
    }
    if (earlier.run.meta.started.isValid() &&
        (!later.run.meta.started.isValid() || earlier.run.meta.started < later.run.meta.started))
        later.run.meta.started = earlier.run.meta.started;
    return replaced;
}

// The same run given twice (the same file, or a copy of it: same machine, vantage and start) is
// read once; runs of one machine from the same roles at different times become one run.
QList<NamedResults> joinRunsOfOneMachine(QList<NamedResults> parsed, QList<Text> *warnings)
{
    std::stable_sort(parsed.begin(), parsed.end(), [](const NamedResults &a, const NamedResults &b) {
        return a.run.meta.started < b.run.meta.started;
    });
    QList<NamedResults> joined;
    QHash<QString, qsizetype> position; // machine key -> index in joined
    QHash<QString, QString> firstPath;  // machine key + start -> the file read for it
    for (NamedResults &p : parsed) {
        const QString machine = machineKey(p.run.meta);
        const QString run = machine + u'|' + p.run.meta.started.toString(Qt::ISODateWithMs);
        if (const auto same = firstPath.constFind(run); same != firstPath.constEnd()) {
            warnings->append(mergeText(
                QT_TRANSLATE_NOOP("Merge", "%1 is the same run as %2 (%3, started %4): it is read once"),
                {Text::plain(p.path), Text::plain(*same), Text::plain(p.run.meta.host),
                 Text::plain(p.run.meta.started.toString(Qt::ISODate))}));
            continue;
        }
        firstPath.insert(run, p.path);
        const auto earlier = position.constFind(machine);
        if (earlier == position.constEnd()) {
            position.insert(machine, joined.size());
            joined.append(std::move(p));
            continue;
        }
        NamedResults &kept = joined[*earlier];
        const qsizetype replaced = absorbEarlierRun(p, kept);
        warnings->append(mergeText(
            QT_TRANSLATE_NOOP("Merge", "%1 and %2 are two runs of %3 from the same roles: each check counts "
                                       "once, the later result wins (%4 results of %1 replaced by %2)"),
            {Text::plain(kept.path), Text::plain(p.path), Text::plain(p.run.meta.host),
             Text::plain(QString::number(replaced))}));
        p.path = kept.path + u", "_s + p.path;
        kept = std::move(p);
    }
    return joined;
}

QStringList inCatalogOrder(const QList<Role> &roles, const QSet<QString> &ids)
{
    QStringList ordered;
    for (const Role &r : roles) {
        if (ids.contains(r.id))
            ordered << r.id;
    }
    return ordered;
}
} // namespace

MergeOutcome mergeResults(const Catalog &catalog, QList<NamedResults> parsed)
{
    MergeOutcome outcome;
    if (parsed.isEmpty()) {
        outcome.errors << mergeText(QT_TRANSLATE_NOOP("Merge", "no results files to merge"));
        return outcome;
    }
    parsed = joinRunsOfOneMachine(std::move(parsed), &outcome.report.warnings);

    // One profile for all: the same modes, every host seen by any machine.
    Profile merged = Profile::defaults(catalog);
    merged.components.clear();
    merged.options = parsed.first().run.meta.options;
    merged.proxy = parsed.first().run.meta.proxy.isEmpty() ? u"none"_s : parsed.first().run.meta.proxy;
    merged.proxySource = parsed.first().run.meta.proxySource;
    merged.azureRegion = parsed.first().run.meta.azureRegion;
    QSet<QString> vantage;
    QHash<QString, QHash<QString, qsizetype>> hostIndex; // role -> host -> position in merged.hosts
    for (const NamedResults &p : std::as_const(parsed)) {
        if (p.run.meta.options != merged.options) {
            QList<Text> differences;
            for (const Option &o : catalog.options) {
                const QString a = merged.options.value(o.id, o.defaultValue);
                const QString b = p.run.meta.options.value(o.id, o.defaultValue);
                if (a != b)
                    differences << Text::plain(o.id + u": "_s + a + u" in "_s + parsed.first().path +
                                               u", "_s + b + u" here"_s);
            }
            if (!differences.isEmpty())
                outcome.errors << mergeText(QT_TRANSLATE_NOOP("Merge",
                                                              "%1: ran with other modes, so the verdicts "
                                                              "cannot be joined (%2)"),
                                            {Text::plain(p.path), Text::sentences(differences)});
        }
        if (p.run.meta.catalog != parsed.first().run.meta.catalog)
            outcome.report.warnings << mergeText(QT_TRANSLATE_NOOP("Merge", "%1: catalog %2, %3: %4"),
                                                 {Text::plain(p.path), Text::plain(p.run.meta.catalog),
                                                  Text::plain(parsed.first().path),
                                                  Text::plain(parsed.first().run.meta.catalog)});
        for (const QString &v : p.run.meta.vantage)
            vantage.insert(v);
        for (const QString &c : p.components) {
            if (!merged.components.contains(c))
                merged.components << c;
        }
        // Each role's networks as every file names them, in the order met: machines at several
        // sites may know different ones.
        for (auto it = p.run.meta.sourceNetworks.cbegin(); it != p.run.meta.sourceNetworks.cend(); ++it) {
            QStringList &networks = merged.sourceNetworks[it.key()];
            for (const QString &network : it.value()) {
                if (networks.contains(network))
                    continue;
                if (networks.size() < kMaxSourceNetworksPerRole)
                    networks << network;
                else
                    outcome.report.warnings << mergeText(
                        QT_TRANSLATE_NOOP("Merge", "%1: the role '%2' has more than %3 networks in all the "
                                                   "files; the request leaves out %4"),
                        {Text::plain(p.path), Text::plain(it.key()),
                         Text::plain(QString::number(kMaxSourceNetworksPerRole)), Text::plain(network)});
            }
        }
        for (auto it = p.hosts.cbegin(); it != p.hosts.cend(); ++it) {
            QList<ProfileHost> &hosts = merged.hosts[it.key()];
            QHash<QString, qsizetype> &index = hostIndex[it.key()];
            for (const ProfileHost &h : it.value()) {
                ProfileHost &entry = hostEntry(hosts, index, h.host);
                entry.portOverrides.insert(h.portOverrides);
                entry.standIn = entry.standIn || h.standIn;
            }
        }
    }
    if (!outcome.ok())
        return outcome;
    merged.vantage = inCatalogOrder(catalog.roles, vantage);

    ReportData &report = outcome.report;
    report.plan = buildPlan(catalog, merged);
    RunMetadata &meta = report.meta;
    meta = parsed.first().run.meta;
    meta.vantage = merged.vantage;
    meta.sourceNetworks = merged.sourceNetworks;
    QStringList hosts;
    QStringList users;
    std::array<QStringList, kChangeFields.size()> change; // per field of the change, its distinct values
    const auto addDistinct = [](QStringList &list, const QString &value) {
        if (!value.isEmpty() && !list.contains(value))
            list << value;
    };
    // The merged file speaks for several machines: the site's lists joined, no single entry.
    meta.sources.thisRun.clear();
    meta.sources.listed.clear();
    QHash<QString, QSet<QString>> listedSeen;
    for (const NamedResults &p : std::as_const(parsed)) {
        const SourceMachines &sources = p.run.meta.sources;
        for (auto it = sources.listed.cbegin(); it != sources.listed.cend(); ++it) {
            QStringList &entries = meta.sources.listed[it.key()];
            QSet<QString> &seen = listedSeen[it.key()];
            for (const QString &entry : it.value()) {
                if (entries.size() < kMaxSourceMachinesPerRole && !seen.contains(entry)) {
                    seen.insert(entry);
                    entries << entry;
                }
            }
        }
        if (meta.sources.profileFile.isEmpty())
            meta.sources.profileFile = sources.profileFile;
    }
    for (const NamedResults &p : std::as_const(parsed)) {
        report.runs.append(p.run);
        addDistinct(hosts, p.run.meta.host);
        addDistinct(users, p.run.meta.user);
        for (std::size_t i = 0; i < kChangeFields.size(); ++i)
            addDistinct(change[i], p.run.meta.change.*kChangeFields[i].member);
        if (p.run.meta.started.isValid() && (!meta.started.isValid() || p.run.meta.started < meta.started))
            meta.started = p.run.meta.started;
        if (p.run.meta.finished > meta.finished)
            meta.finished = p.run.meta.finished;
        meta.cancelled = meta.cancelled || p.run.meta.cancelled;
    }
    meta.host = hosts.join(u", "_s);
    meta.user = users.join(u", "_s);
    // The machines' runs usually belong to one change; when they name several, the cover names all.
    for (std::size_t i = 0; i < kChangeFields.size(); ++i)
        meta.change.*kChangeFields[i].member = change[i].join(u", "_s);
    meta.profile = u"merged from "_s + QString::number(parsed.size()) + u" results files"_s;

    // Each machine's verdicts for the links that start on it; links no machine opens stay
    // "not tested" with the command to run where they start. Every plan below has the items of
    // report.plan in its order (the same links and hosts; only ports and vantage differ), so an
    // item's position identifies it.
    const QList<PlanItem> &items = report.plan.items;
    QList<QList<Verdict>> observed(items.size());
    for (const NamedResults &p : std::as_const(parsed)) {
        const RunResult &run = p.run;
        // Each machine is judged on the ports it probed: its own overrides (the demo's ports
        // differ from run to run) over the merged ones. Without any, the merged plan is its plan.
        const bool ownPorts =
            std::any_of(p.hosts.cbegin(), p.hosts.cend(), [](const QList<ProfileHost> &roleHosts) {
                return std::any_of(roleHosts.cbegin(), roleHosts.cend(),
                                   [](const ProfileHost &h) { return !h.portOverrides.isEmpty(); });
            });
        Plan ownPlan;
        if (ownPorts) {
            Profile own = merged;
            own.vantage = run.meta.vantage;
            for (auto role = p.hosts.cbegin(); role != p.hosts.cend(); ++role) {
                QList<ProfileHost> &ownHosts = own.hosts[role.key()];
                const QHash<QString, qsizetype> &index = hostIndex[role.key()];
                for (const ProfileHost &h : role.value()) {
                    if (!h.portOverrides.isEmpty()) {
                        ownHosts[index.value(h.host)].portOverrides = h.portOverrides;
                        ownHosts[index.value(h.host)].standIn = h.standIn;
                    }
                }
            }
            ownPlan = buildPlan(catalog, own);
            Q_ASSERT(ownPlan.items.size() == items.size());
        }
        const Plan &plan = ownPorts ? ownPlan : report.plan;
        const ResultIndex results = run.index();
        const DirectoryContext context = directoryContext(plan, results);
        for (qsizetype i = 0; i < items.size(); ++i) {
            const Link *link = catalog.link(items.at(i).link);
            if (!link || !run.meta.vantage.contains(link->from))
                continue; // not tested from this machine
            Verdict v = computeVerdict(catalog, plan, plan.items.at(i), results, context);
            v.observer = run.meta.host;
            observed[i].append(std::move(v));
        }
    }
    // In plan order: what the machines saw, and "not tested" (with the command to run where the
    // link starts) for what none of them opens.
    qsizetype count = 0;
    for (const QList<Verdict> &seenBy : std::as_const(observed))
        count += std::max<qsizetype>(seenBy.size(), 1);
    report.verdicts.reserve(count);
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!observed.at(i).isEmpty()) {
            // Moved, not copied, into a list of the exact size: the verdicts are not held twice.
            for (Verdict &v : observed[i])
                report.verdicts.append(std::move(v));
            observed[i] = {};
            continue;
        }
        PlanItem untested = items.at(i);
        untested.testable = false;
        report.verdicts.append(computeVerdict(catalog, report.plan, untested, {}, {}));
    }
    return outcome;
}

RunResult combinedRun(const ReportData &report)
{
    RunResult all;
    all.meta = report.meta;
    qsizetype count = 0;
    for (const RunResult &r : report.runs)
        count += r.results.size();
    all.results.reserve(count);
    for (const RunResult &r : report.runs)
        all.results += r.results;
    return all;
}

} // namespace PortCheck
