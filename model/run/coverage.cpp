#include "model/run/coverage.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace PortCheck {

SourceMachines sourceMachinesOf(const Catalog &catalog, const Profile &profile,
                                const QList<RoleMatch> &matched, const QString &profilePath)
{
    SourceMachines sources;
    for (const QString &role : sourceRoles(catalog)) {
        QStringList entries;
        QSet<QString> seen;
        for (const ProfileHost &h : profile.hosts.value(role)) {
            if (isSourceMachineEntry(h.host) && !seen.contains(h.host) &&
                entries.size() < kMaxSourceMachinesPerRole) {
                seen.insert(h.host);
                entries << h.host;
            }
        }
        if (!entries.isEmpty())
            sources.listed.insert(role, entries);
    }
    for (const RoleMatch &m : matched) {
        if (isSourceMachineEntry(m.entry))
            sources.thisRun.insert(m.role, m.entry);
    }
    if (const QString file = QFileInfo(profilePath).fileName(); isProfileFileName(file))
        sources.profileFile = file;
    return sources;
}

SourceMachines sourceMachinesAs(const Catalog &catalog, const Profile &profile,
                                const MachineIdentity &machine, const QString &profilePath)
{
    QList<RoleMatch> matched;
    for (const RoleMatch &m : rolesOfMachine(catalog, profile, machine)) {
        if (profile.vantage.contains(m.role))
            matched << m;
    }
    return sourceMachinesOf(catalog, profile, matched, profilePath);
}

QStringList CoverageRole::missing(qsizetype machine) const
{
    QStringList out;
    for (qsizetype l = 0; l < links.size(); ++l) {
        if (links.at(l).required && cells.at(l).at(machine) != CoverageCell::Tested)
            out << links.at(l).link;
    }
    return out;
}

bool CoverageRole::complete() const
{
    for (qsizetype m = 0; m < machines.size(); ++m) {
        if (!missing(m).isEmpty())
            return false;
    }
    return true;
}

bool Coverage::complete() const
{
    return std::all_of(roles.cbegin(), roles.cend(), [](const CoverageRole &r) { return r.complete(); });
}

QString Coverage::command(const CoverageRole &role, const CoverageMachine &machine) const
{
    const QString profile = profileFile.isEmpty() ? u"site.yaml"_s : profileFile;
    // A machine the profile lists finds its roles itself; elsewhere the role has to be named.
    const bool listed =
        machine.match != CoverageMachine::Match::Unlisted && machine.match != CoverageMachine::Match::Unnamed;
    QString name = machine.match == CoverageMachine::Match::Unnamed ? role.role : machine.name;
    for (QChar &c : name) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'.')
            c = u'_';
    }
    return u"guardian-portcheck run "_s + profile + (listed ? QString() : u" --as "_s + role.role) +
           u" --json "_s + name + u".results.json"_s;
}

namespace {

struct RoleRuns
{
    QStringList listed; // every run's entries for the role, in first-seen order
    QList<int> runs;    // the runs that played it
};

// The machines of one role: each entry of the profile with the runs that were it, then the runs
// that match no entry.
QList<CoverageMachine> machinesOf(const QString &role, const RoleRuns &rr, const ReportData &report)
{
    QList<CoverageMachine> machines;
    for (const QString &entry : rr.listed) {
        CoverageMachine m;
        m.name = entry;
        machines << m;
    }
    QList<int> pending;
    for (int r : rr.runs) {
        const RunMetadata &meta = report.runs.at(r).meta;
        const QString listedAs = meta.sources.thisRun.value(role);
        qsizetype found = listedAs.isEmpty() ? -1 : rr.listed.indexOf(listedAs);
        CoverageMachine::Match match = CoverageMachine::Match::Listed;
        if (found < 0) {
            MachineIdentity identity;
            identity.names << meta.host;
            for (qsizetype i = 0; i < rr.listed.size() && found < 0; ++i) {
                if (machineMatches(rr.listed.at(i), identity))
                    found = i;
            }
            match = CoverageMachine::Match::ByName;
        }
        if (found < 0) {
            pending << r;
            continue;
        }
        CoverageMachine &m = machines[found];
        if (m.runs.isEmpty()) {
            m.match = match;
            m.ranOn = meta.host;
        }
        m.runs << r;
    }
    // One machine listed for the role and one run that named the role itself: that machine's.
    if (machines.size() == 1 && machines.first().runs.isEmpty() && pending.size() == 1) {
        machines.first().match = CoverageMachine::Match::Assumed;
        machines.first().ranOn = report.runs.at(pending.first()).meta.host;
        machines.first().runs << pending.takeFirst();
    }
    QHash<QString, qsizetype> unlisted;
    for (int r : std::as_const(pending)) {
        const QString &host = report.runs.at(r).meta.host;
        if (!unlisted.contains(host)) {
            CoverageMachine m;
            m.name = host;
            m.ranOn = host;
            m.match = CoverageMachine::Match::Unlisted;
            unlisted.insert(host, machines.size());
            machines << m;
        }
        machines[unlisted.value(host)].runs << r;
    }
    if (machines.isEmpty()) {
        CoverageMachine m;
        m.match = CoverageMachine::Match::Unnamed;
        machines << m;
    }
    return machines;
}

} // namespace

Coverage computeCoverage(const Catalog &catalog, const ReportData &report)
{
    Coverage coverage;
    QHash<QString, RoleRuns> byRole;
    QHash<QString, QSet<QString>> seenEntries;
    for (int r = 0; r < report.runs.size(); ++r) {
        const RunMetadata &meta = report.runs.at(r).meta;
        if (coverage.profileFile.isEmpty())
            coverage.profileFile = meta.sources.profileFile;
        for (auto it = meta.sources.listed.cbegin(); it != meta.sources.listed.cend(); ++it) {
            RoleRuns &rr = byRole[it.key()];
            QSet<QString> &seen = seenEntries[it.key()];
            for (const QString &entry : it.value()) {
                if (!seen.contains(entry) && rr.listed.size() < kMaxSourceMachinesPerRole) {
                    seen.insert(entry);
                    rr.listed << entry;
                }
            }
        }
        for (const QString &role : meta.vantage)
            byRole[role].runs << r;
    }

    // Per link: its hosts, whether it is required, and per host the machines that tested it.
    struct LinkInfo
    {
        qsizetype order = 0;
        bool required = false;
        QSet<QString> hosts;
        QHash<QString, QSet<QString>> testedBy; // host -> observers (empty: the only run)
    };
    QHash<QString, LinkInfo> links;
    for (const PlanItem &item : report.plan.items) {
        LinkInfo &info = links[item.link];
        if (info.hosts.isEmpty())
            info.order = links.size();
        info.hosts.insert(item.host);
    }
    for (const Verdict &v : report.verdicts) {
        auto it = links.find(v.link);
        if (it == links.end())
            continue;
        it->required = it->required || !v.optional;
        if (v.level != VerdictLevel::NotTested)
            it->testedBy[v.host].insert(v.observer);
    }

    QSet<QString> sources;
    for (const QString &r : sourceRoles(catalog))
        sources.insert(r);
    for (const Role &role : catalog.roles) {
        if (!sources.contains(role.id))
            continue;
        CoverageRole cr;
        cr.role = role.id;
        QList<std::pair<qsizetype, QString>> ordered;
        for (auto it = links.cbegin(); it != links.cend(); ++it) {
            const Link *link = catalog.link(it.key());
            if (link && link->from == role.id)
                ordered.append({it->order, it.key()});
        }
        if (ordered.isEmpty())
            continue;
        std::sort(ordered.begin(), ordered.end());
        cr.machines = machinesOf(role.id, byRole.value(role.id), report);
        for (const auto &[order, id] : std::as_const(ordered)) {
            Q_UNUSED(order);
            const LinkInfo &info = links[id];
            cr.links.append({id, info.required, static_cast<int>(info.hosts.size())});
            QList<CoverageCell> row;
            for (const CoverageMachine &m : std::as_const(cr.machines)) {
                if (m.runs.isEmpty()) {
                    row << CoverageCell::NotRun;
                    continue;
                }
                // A single run's verdicts name no observer; merged ones name the run's machine.
                QSet<QString> observers{QString()};
                for (int r : m.runs)
                    observers.insert(report.runs.at(r).meta.host);
                qsizetype tested = 0;
                for (const QString &host : info.hosts) {
                    if (info.testedBy.value(host).intersects(observers))
                        ++tested;
                }
                row << (tested == info.hosts.size() ? CoverageCell::Tested
                        : tested > 0                ? CoverageCell::Partly
                                                    : CoverageCell::NotTested);
            }
            cr.cells << row;
        }
        coverage.roles << cr;
    }
    return coverage;
}

} // namespace PortCheck
