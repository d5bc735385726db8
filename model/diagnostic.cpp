#include "model/diagnostic.h"

using namespace Qt::StringLiterals;

namespace PortCheck {

QString Diagnostic::toString(const Text::Translator &translate) const
{
    // Shown to people (terminal, window): what the file held, such as a key echoed in the
    // message, is escaped (displaySafe).
    const QString text = message.displaySafe().toString(translate);
    const QString where = displaySafe(file);
    if (line <= 0)
        return where + u": "_s + text;
    return where + u':' + QString::number(line) + u':' + QString::number(column) + u": "_s + text;
}

QString formatDiagnostics(const Diagnostics &diagnostics, const Text::Translator &translate)
{
    QString out;
    for (const Diagnostic &d : diagnostics)
        out += d.toString(translate) + u'\n';
    return out;
}

} // namespace PortCheck
