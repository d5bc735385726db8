#pragma once

#include <QList>
#include <QString>

namespace PortCheck {

// One problem found in an input file, with a 1-based position (0 when unknown).
struct Diagnostic
{
    QString file;
    int line = 0;
    int column = 0;
    QString message;

    // "FILE:LINE:COLUMN: message", the form editors and CI logs understand.
    QString toString() const;
};

using Diagnostics = QList<Diagnostic>;

QString formatDiagnostics(const Diagnostics &diagnostics);

} // namespace PortCheck
