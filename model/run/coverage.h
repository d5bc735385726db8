#pragma once

#include "model/profile/machineroles.h"
#include "model/run/report.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace PortCheck {

// What a run records of the site's source machines: the profile's host lists of the roles links
// start from, the entries that named this machine, and the profile's file name.
SourceMachines sourceMachinesOf(const Catalog &catalog, const Profile &profile,
                                const QList<RoleMatch> &matched, const QString &profilePath);
// The same, matching `machine` against the lists of the roles it runs as (profile.vantage): what a
// run whose roles were chosen (the profile's vantage, --as, the window) records.
SourceMachines sourceMachinesAs(const Catalog &catalog, const Profile &profile,
                                const MachineIdentity &machine, const QString &profilePath);

// Coverage (issue 15): a link can only be tested from the machine it starts on, so each required
// link needs evidence from every machine of its source role. This says, per source role, which
// machine tested which link, and which machines still have to run.
enum class CoverageCell
{
    Tested,    // every host of the link has a verdict from this machine
    Partly,    // some hosts of it have
    NotTested, // the machine ran, but has nothing for this link (another profile, a cancelled run)
    NotRun,    // no results from this machine
};

struct CoverageMachine
{
    enum class Match
    {
        Listed,   // the run found itself in the profile's host list under this entry
        ByName,   // the run's machine name is this entry
        Assumed,  // the run named the role (--as) and the profile lists this one machine for it
        Unlisted, // the machine ran as this role, and the profile does not list it
        NotRun,   // listed in the profile, no results from it
        Unnamed,  // the profile lists no machine for the role and none ran: "each machine of the role"
    };
    QString name;    // the profile's entry, else the machine name the run gives
    QString ranOn;   // the machine name its run gives (empty: not run)
    QList<int> runs; // indexes into ReportData::runs
    Match match = Match::NotRun;
};

struct CoverageLink
{
    QString link;
    bool required = true;
    int hosts = 0; // the hosts the plan tests it toward
};

struct CoverageRole
{
    QString role;
    QList<CoverageLink> links;        // the role's links in the plan, in plan order
    QList<CoverageMachine> machines;  // the profile's entries first, then machines it does not list
    QList<QList<CoverageCell>> cells; // [link][machine]

    // Required links that a machine has no complete evidence for.
    QStringList missing(qsizetype machine) const;
    bool complete() const;
};

struct Coverage
{
    QList<CoverageRole> roles; // the source roles that links of the plan start from, in catalog order
    QString profileFile;       // the profile the runs came from, for the commands ("site.yaml")

    bool complete() const;
    bool isEmpty() const { return roles.isEmpty(); }
    // The one command that gives the missing evidence, to run on that machine. Not translated: a
    // command line.
    QString command(const CoverageRole &role, const CoverageMachine &machine) const;
};

Coverage computeCoverage(const Catalog &catalog, const ReportData &report);

} // namespace PortCheck
