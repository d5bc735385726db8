#pragma once

#include <QString>
#include <QStringList>

namespace PortCheck {

// One CSV field (RFC 4180), with cells that a spreadsheet would run as a formula neutralised.
QString csvField(const QString &value);
QString csvRow(const QStringList &fields);

} // namespace PortCheck
