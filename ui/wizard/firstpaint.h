#pragma once

class QWidget;

namespace PortCheck {

// For the start-up benchmark (issue 17, goal 6): once `page` has been painted for the first time,
// prints "first paint" on standard output and, when `quit`, ends the event loop. The benchmark
// measures from its exec of the program to that line, for the program and for a bare QWizard
// that uses this same function. The program calls it only when PORTCHECK_FIRST_PAINT is set.
void reportFirstPaint(QWidget *page, bool quit);

} // namespace PortCheck
