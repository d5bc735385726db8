#pragma once

#include "model/text.h"

#include <QByteArray>
#include <QString>

namespace PortCheck {

// Writes a whole file the user named (results, a report, a request, the session) through a
// temporary beside it: a failed or interrupted write leaves the old file as it was. Returns the
// reason it could not, with the path; empty on success.
Text writeFileAtomically(const QString &path, const QByteArray &data);

} // namespace PortCheck
