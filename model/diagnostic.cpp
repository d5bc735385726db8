#include "diagnostic.h"

using namespace Qt::StringLiterals;

namespace PortCheck {

QString Diagnostic::toString(const Text::Translator &translate) const
{
    const QString text = message.toString(translate);
    if (line <= 0)
        return file + u": "_s + text;
    return file + u':' + QString::number(line) + u':' + QString::number(column) + u": "_s + text;
}

QString formatDiagnostics(const Diagnostics &diagnostics, const Text::Translator &translate)
{
    QString out;
    for (const Diagnostic &d : diagnostics)
        out += d.toString(translate) + u'\n';
    return out;
}

} // namespace PortCheck
