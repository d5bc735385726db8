#pragma once

#include <QString>
#include <QStringList>

#include <functional>

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
// The same table handed to `write` line by line, its rows made by `row` when needed (twice each:
// to measure the columns, then to print): a plan of a million checks is never held as text.
void writeTextTable(const QStringList &header, qsizetype rowCount,
                    const std::function<QStringList(qsizetype)> &row,
                    const std::function<void(const QString &line)> &write, int width = 0,
                    int wrapColumn = -1);

} // namespace PortCheck
