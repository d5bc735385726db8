#pragma once

namespace PortCheck {

// PORTCHECK_PALETTE=dark shows the window in a dark palette (Fusion), as a dark desktop theme
// would; the screenshot script uses it to look at both palettes. Needs a QApplication.
void applyPaletteFromEnvironment();

} // namespace PortCheck
