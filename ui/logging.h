#pragma once

#include <QLoggingCategory>

// The logging categories of ui/ (model/logging.h has the model's, and `--log FILE`).

namespace PortCheck {

Q_DECLARE_LOGGING_CATEGORY(lcUi)      // portcheck.ui: the window
Q_DECLARE_LOGGING_CATEGORY(lcReport)  // portcheck.report: the PDF and HTML report
Q_DECLARE_LOGGING_CATEGORY(lcDiagram) // portcheck.diagram

} // namespace PortCheck
