#pragma once

#include <QString>
#include <QStringList>

namespace PortCheck {

// The columns of the terminal that stdout writes to; 0 when stdout is not a terminal (a pipe or a
// file), where tables stay whole, one line per row.
int terminalColumns();

// Columns a terminal gives the text: East Asian wide and full-width characters take two
// (Unicode UAX #11, the ranges that matter for Japanese, Chinese and Korean text).
qsizetype displayWidth(QStringView text);

// A plain-text table with aligned columns. Every cell is passed through displaySafe() first (what
// the network sent never reaches the terminal raw). With width > 0 the cells of wrapColumn (the
// last column when -1) are wrapped at spaces so each line fits in width columns where it can.
QString textTable(const QStringList &header, const QList<QStringList> &rows, int width = 0,
                  int wrapColumn = -1);

} // namespace PortCheck
