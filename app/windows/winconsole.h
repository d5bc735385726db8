#pragma once

namespace PortCheck {

// guardian-portcheck.exe is a GUI-subsystem program (a double-click opens the window without a
// console). Run with a command from cmd or PowerShell, it attaches to that console so the command's
// output and errors appear there; output the caller redirected (a file, a pipe, a scheduler's log)
// is kept as it is. Console output is UTF-8 while the program runs. Does nothing off Windows.
void attachParentConsole();

} // namespace PortCheck
