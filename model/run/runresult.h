#pragma once

#include "catalog/catalog.h"
#include "plan/plan.h"
#include "probe/probetypes.h"
#include "verdict/verdict.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace PortCheck {

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

    static RunMetadata now(const Catalog &catalog);
};

struct RunResult
{
    RunMetadata meta;
    QList<ProbeResult> results;

    ResultIndex index() const;
};

} // namespace PortCheck
