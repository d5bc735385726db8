#pragma once

#include "model/catalog/catalog.h"
#include "model/plan/plan.h"
#include "model/probe/probetypes.h"
#include "model/verdict/verdict.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace PortCheck {

// The machines a site's links start on, as the profile lists them, and which of them a run was:
// what the coverage of a merge is measured against (issue 15).
struct SourceMachines
{
    QMap<QString, QStringList> listed; // source role -> the profile's entries for it ("gsrv1", an address)
    QMap<QString, QString> thisRun;    // role -> the entry that named the machine of this run
    QString profileFile;               // the profile's file name: the command to run elsewhere names it

    bool isEmpty() const { return listed.isEmpty() && thisRun.isEmpty() && profileFile.isEmpty(); }
    bool operator==(const SourceMachines &o) const
    {
        return listed == o.listed && thisRun == o.thisRun && profileFile == o.profileFile;
    }
};

// What a results file may say of one source machine: a host name or an address, one short line.
inline constexpr qsizetype kMaxSourceMachinesPerRole = 10000;
bool isSourceMachineEntry(const QString &entry);
// The profile's file name as a results file keeps it: a name without a folder, one short line.
bool isProfileFileName(const QString &name);

struct RunMetadata
{
    QString toolVersion;
    QDateTime started;
    QDateTime finished;
    QString host; // the machine the probes ran from
    QString user; // who ran them (the account name, never a credential)
    QStringList vantage;
    QString catalog; // "builtin:guardian@<version>" or a file
    QString profile; // the profile file or name
    OptionValues options;
    QString proxy;       // the proxy HTTPS to the Internet went through; empty: direct
    QString proxySource; // where that setting came from ("--proxy", "profile", "system: ...")
    // The list of Microsoft 365 names tested: "built-in list of 2026-12-02" or "imported from F, ..."
    QString endpointList;
    QString azureRegion;    // the profile's Azure region (the Azure SQL service tag's)
    ChangeRecord change;    // ticket, requester, approver: the plan's, each beaten by one given here
    bool cancelled = false; // some probes have no result (cancel, a signal): the run is incomplete
    QString endedBy;        // what ended it early ("SIGINT", "SIGTERM"), empty for a cancel or none
    SourceMachines sources; // the site's source machines (empty in files of older versions)
    // The plan's source networks (role -> CIDRs), or a merge's: every file's joined.
    QMap<QString, QStringList> sourceNetworks;

    static RunMetadata now(const Catalog &catalog);
};

struct RunResult
{
    RunMetadata meta;
    QList<ProbeResult> results;

    ResultIndex index() const;
};

} // namespace PortCheck
