#include "runresult.h"

#include <QSysInfo>

namespace PortCheck {

RunMetadata RunMetadata::now(const Catalog &catalog)
{
    RunMetadata m;
    m.toolVersion = QStringLiteral(PORTCHECK_VERSION);
    m.started = QDateTime::currentDateTimeUtc();
    m.host = QSysInfo::machineHostName();
    m.user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    m.catalog = catalog.origin;
    return m;
}

ResultIndex RunResult::index() const
{
    ResultIndex index;
    index.reserve(results.size());
    for (const ProbeResult &r : results)
        index.insert(resultKey(r), r);
    return index;
}

} // namespace PortCheck
