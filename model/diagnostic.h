#pragma once

#include "model/text.h"

#include <QList>
#include <QString>

namespace PortCheck {

// One problem found in an input file, with a 1-based position (0 when unknown).
struct Diagnostic
{
    QString file;
    int line = 0;
    int column = 0;
    Text message;

    // "FILE:LINE:COLUMN: message", the form editors and CI logs understand; in the reader's
    // language with a translator (ui/ localized()), English without. Plain parts are escaped
    // with displaySafe().
    QString toString(const Text::Translator &translate = {}) const;
};

using Diagnostics = QList<Diagnostic>;

QString formatDiagnostics(const Diagnostics &diagnostics, const Text::Translator &translate = {});

} // namespace PortCheck
