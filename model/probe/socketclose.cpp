#include "model/probe/socketclose.h"

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h> // portable: guarded (the Windows branch above)
#endif

namespace PortCheck {

bool resetOnClose(qintptr socketDescriptor)
{
    if (socketDescriptor < 0)
        return false;
    linger option{};
    option.l_onoff = 1;
    option.l_linger = 0;
#ifdef Q_OS_WIN
    return ::setsockopt(static_cast<SOCKET>(socketDescriptor), SOL_SOCKET, SO_LINGER,
                        reinterpret_cast<const char *>(&option), static_cast<int>(sizeof option)) == 0;
#else
    return ::setsockopt(static_cast<int>(socketDescriptor), SOL_SOCKET, SO_LINGER, &option,
                        static_cast<socklen_t>(sizeof option)) == 0;
#endif
}

} // namespace PortCheck
