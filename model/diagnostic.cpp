#include "diagnostic.h"

using namespace Qt::StringLiterals;

namespace PortCheck {

QString Diagnostic::toString() const
{
    if (line <= 0)
        return file + u": "_s + message;
    return file + u':' + QString::number(line) + u':' + QString::number(column) + u": "_s + message;
}

QString formatDiagnostics(const Diagnostics &diagnostics)
{
    QString out;
    for (const Diagnostic &d : diagnostics)
        out += d.toString() + u'\n';
    return out;
}

} // namespace PortCheck
