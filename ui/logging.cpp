#include "ui/logging.h"

namespace PortCheck {

Q_LOGGING_CATEGORY(lcUi, "portcheck.ui", QtWarningMsg)
Q_LOGGING_CATEGORY(lcReport, "portcheck.report", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDiagram, "portcheck.diagram", QtWarningMsg)

} // namespace PortCheck
