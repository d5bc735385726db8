#pragma once

#include <QString>

namespace PortCheck {

// The folder where the program keeps what it saves between runs: imported endpoint lists and the
// wizard's last session. PORTCHECK_DATA_DIR names it when set (a scheduled task under a service
// account, a portable copy on a USB stick, a test of its own); otherwise the user's application
// data folder (%APPDATA%\Cayosoft\guardian-portcheck on Windows, ~/.local/share/Cayosoft/
// guardian-portcheck on Linux).
QString dataFolder();

} // namespace PortCheck
