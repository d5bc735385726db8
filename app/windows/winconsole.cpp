#include "app/windows/winconsole.h"

#include <QtGlobal>

#ifdef Q_OS_WIN
#include <cstdio>
#include <cstdlib>
#include <windows.h>
#endif

namespace PortCheck {

#ifdef Q_OS_WIN
namespace {

UINT g_savedOutputCodePage = 0;

void restoreCodePage()
{
    std::fflush(stdout);
    std::fflush(stderr);
    if (g_savedOutputCodePage != 0)
        SetConsoleOutputCP(g_savedOutputCodePage);
}

// A handle the caller gave us: a file, a pipe or a console (not "none", as a GUI program gets
// when started from a console without redirection).
bool usableHandle(DWORD which)
{
    HANDLE h = GetStdHandle(which);
    return h != nullptr && h != INVALID_HANDLE_VALUE && GetFileType(h) != FILE_TYPE_UNKNOWN;
}

} // namespace

void attachParentConsole()
{
    const bool haveOut = usableHandle(STD_OUTPUT_HANDLE);
    const bool haveErr = usableHandle(STD_ERROR_HANDLE);
    if (haveOut && haveErr)
        return; // both redirected by the caller: nothing to attach
    if (!AttachConsole(ATTACH_PARENT_PROCESS))
        return; // started from Explorer, a service or a scheduler without a console
    if (!haveOut && std::freopen("CONOUT$", "w", stdout) != nullptr)
        std::setvbuf(stdout, nullptr, _IONBF, 0);
    if (!haveErr && std::freopen("CONOUT$", "w", stderr) != nullptr)
        std::setvbuf(stderr, nullptr, _IONBF, 0);
    // Qt writes UTF-8: make the console show it (Japanese, the ellipsis), and give the console
    // back its code page when the program ends.
    g_savedOutputCodePage = GetConsoleOutputCP();
    if (g_savedOutputCodePage != CP_UTF8 && SetConsoleOutputCP(CP_UTF8))
        std::atexit(restoreCodePage);
    else
        g_savedOutputCodePage = 0;
}
#else
void attachParentConsole() {}
#endif

} // namespace PortCheck
