#pragma once

#include "model/text.h"

#include <QLoggingCategory>
#include <QString>

// One logging category per module of model/ (ui/ has its own, ui/logging.h). Off below warnings
// unless `--log FILE` turns them all on, or QT_LOGGING_RULES names some ("portcheck.probe.debug=true").
// What they say is what a support engineer asks for on a call: which catalog and profile, the
// plan's size, each name lookup and probe with its outcome, the verdict counts, each file written.
// Never a credential: the probes are anonymous and nothing secret is in what they log.

namespace PortCheck {

Q_DECLARE_LOGGING_CATEGORY(lcCatalog)   // portcheck.catalog
Q_DECLARE_LOGGING_CATEGORY(lcProfile)   // portcheck.profile
Q_DECLARE_LOGGING_CATEGORY(lcPlan)      // portcheck.plan
Q_DECLARE_LOGGING_CATEGORY(lcProbe)     // portcheck.probe
Q_DECLARE_LOGGING_CATEGORY(lcDiscovery) // portcheck.discovery
Q_DECLARE_LOGGING_CATEGORY(lcVerdict)   // portcheck.verdict
Q_DECLARE_LOGGING_CATEGORY(lcExport)    // portcheck.export

// Sends every message of the process to `path` (one line each: UTC time, level, category, text,
// the thread when it is not the main one) and turns on every portcheck category, debug included.
// The file is replaced; it stops at kMaxLogBytes with a line that says so. An error names the
// path and why it cannot be written.
inline constexpr qint64 kMaxLogBytes = 256LL * 1024 * 1024;
Text startLogFile(const QString &path);
// Ends the log (the file is closed and messages go back to where Qt sends them).
void stopLogFile();

} // namespace PortCheck
