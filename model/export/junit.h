#pragma once

#include "model/catalog/catalog.h"
#include "model/run/report.h"

#include <QByteArray>

namespace PortCheck {

// JUnit XML for pipelines: one test suite per link, one test case per link and host. A failing
// verdict is a <failure> with the reason and the remediation, a link not tested from this machine
// is <skipped>, a warning passes with its reason in <system-out>.
QByteArray junitXml(const Catalog &catalog, const ReportData &report);

} // namespace PortCheck
