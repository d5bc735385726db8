#pragma once

#include "model/expected.h"

#include <QByteArray>
#include <QString>

namespace PortCheck {

// Writes a whole file the user named (results, a report, a request, the session) through a
// temporary beside it: a failed or interrupted write leaves the old file as it was. A failure
// names the path and the reason.
Expected<void> writeFileAtomically(const QString &path, const QByteArray &data);

} // namespace PortCheck
