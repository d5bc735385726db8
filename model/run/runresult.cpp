#include "model/run/runresult.h"

#include <QSysInfo>

#include <algorithm>

namespace PortCheck {

RunMetadata RunMetadata::now(const Catalog &catalog)
{
    RunMetadata m;
    m.toolVersion = QStringLiteral(PORTCHECK_VERSION);
    m.started = QDateTime::currentDateTimeUtc();
    m.host = QSysInfo::machineHostName();
    // USER on Unix, USERNAME on Windows, LOGNAME where a cron job or a minimal service sets only
    // that; one that is set but empty counts as unset. None: the cover leaves a line to sign on.
    for (const char *name : {"USER", "USERNAME", "LOGNAME"}) {
        m.user = qEnvironmentVariable(name).trimmed();
        if (!m.user.isEmpty())
            break;
    }
    m.catalog = catalog.origin;
    return m;
}

namespace {
// Not empty, at most `limit` characters, no control or format characters (nor line breaks), and
// no blank other than a plain space where `spaces` allows it.
bool isShortLine(const QString &text, qsizetype limit, bool spaces)
{
    return !text.isEmpty() && text.size() <= limit && std::none_of(text.cbegin(), text.cend(), [&](QChar c) {
        if (c == u' ')
            return !spaces;
        return c.isSpace() || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
    });
}
} // namespace

bool isSourceMachineEntry(const QString &entry)
{
    return isShortLine(entry, 253, false);
}

bool isProfileFileName(const QString &name)
{
    return isShortLine(name, 255, true) && !name.contains(u'/') && !name.contains(u'\\');
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
