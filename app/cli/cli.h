#pragma once

#include <QStringList>

namespace PortCheck {

enum ExitCode
{
    ExitPass = 0,
    ExitFail = 1,
    ExitUsage = 2,
    ExitInternal = 3
};

// Whether the arguments ask for a command-line job (a sub-command, --help or --version) rather
// than the window.
bool wantsCommandLine(const QStringList &arguments);

// `guardian-portcheck demo` with a display: the demo opens in the window.
bool wantsDemoWindow(const QStringList &arguments);
bool hasDisplay();
// A command-line job that draws (a PDF): it needs a QApplication, offscreen without a display.
bool commandNeedsGui(const QStringList &arguments);

// Empty when --lang LANGUAGE names a language the program speaks; otherwise the error that lists them.
QString languageError(const QString &language);

// Runs a sub-command; needs a QCoreApplication. Returns the process exit code (DESIGN.md).
int runCommandLine(const QStringList &arguments);

} // namespace PortCheck
