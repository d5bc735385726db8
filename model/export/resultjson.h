#pragma once

#include "model/probe/dcdiscovery.h"
#include "model/run/runresult.h"
#include "model/text.h"

#include <QByteArray>

namespace PortCheck {

// The results document of DESIGN.md ("Results JSON", schema 1): run metadata, every check of the
// plan with its probe result, the verdicts and their summary.
QByteArray runResultJson(const Catalog &catalog, const Plan &plan, const RunResult &run,
                         const QList<Verdict> &verdicts);
// What `probe` writes: the run metadata and the checks only.
QByteArray probeResultJson(const RunResult &run);
// What `discover --json` writes: the domain, the site, what DNS said (status) and the hosts found.
QByteArray discoveryResultJson(const DiscoveryResult &result);

// Writes atomically; returns an error text, empty on success.
Text writeFileAtomically(const QString &path, const QByteArray &data);

} // namespace PortCheck
