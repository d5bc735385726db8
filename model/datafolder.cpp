#include "model/datafolder.h"

#include <QDir>
#include <QStandardPaths>

namespace PortCheck {

QString dataFolder()
{
    const QString chosen = qEnvironmentVariable("PORTCHECK_DATA_DIR");
    if (!chosen.isEmpty())
        return QDir::cleanPath(QDir(chosen).absolutePath());
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

} // namespace PortCheck
