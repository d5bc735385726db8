#pragma once

#include <QIcon>

namespace PortCheck {

// The application icon, rendered from the SVG that packaging installs into hicolor.
QIcon appIcon();

} // namespace PortCheck
