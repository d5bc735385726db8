#include "app/cli/terminal.h"

#include "model/text.h"

#include <QtGlobal>

#include <algorithm>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#else
#include <sys/ioctl.h> // portable: guarded
#include <unistd.h>    // portable: guarded
#endif

using namespace Qt::StringLiterals;

namespace PortCheck {

int terminalColumns()
{
    // Qt has no API for this: the one place with platform calls.
#ifdef Q_OS_WIN
    if (!_isatty(_fileno(stdout)))
        return 0;
    CONSOLE_SCREEN_BUFFER_INFO info;
    if (GetConsoleScreenBufferInfo(GetStdHandle(STD_OUTPUT_HANDLE), &info)) {
        const int columns = info.srWindow.Right - info.srWindow.Left + 1;
        if (columns > 0)
            return columns;
    }
#else
    if (!isatty(STDOUT_FILENO)) // portable: guarded
        return 0;
    winsize size{};
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
        return size.ws_col;
#endif
    bool ok = false;
    const int columns = qEnvironmentVariableIntValue("COLUMNS", &ok);
    return ok && columns > 0 ? columns : 80;
}

qsizetype displayWidth(QStringView text)
{
    // Walked in place (toUcs4() allocated a list per table cell: seconds for a plan of 1,000,000 rows).
    qsizetype width = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        const bool wide =
            (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
            (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
            (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
            (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}

namespace {

// Greedy wrapping at spaces; a word wider than the line is cut (wide characters stay whole).
QStringList wrapped(const QString &text, qsizetype width)
{
    if (width <= 0 || displayWidth(text) <= width)
        return {text};
    QStringList lines;
    QString line;
    qsizetype used = 0;
    const auto flush = [&] {
        lines << line;
        line.clear();
        used = 0;
    };
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        qsizetype w = displayWidth(word);
        if (used > 0 && used + 1 + w > width)
            flush();
        if (w > width) {
            const QList<uint> chars = word.toUcs4();
            for (const uint c : chars) {
                const QString ch = QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1);
                const qsizetype cw = displayWidth(ch);
                if (used + cw > width)
                    flush();
                line += ch;
                used += cw;
            }
            continue;
        }
        if (used > 0) {
            line += u' ';
            ++used;
        }
        line += word;
        used += w;
    }
    if (!line.isEmpty() || lines.isEmpty())
        lines << line;
    return lines;
}

} // namespace

QString textTable(const QStringList &header, const QList<QStringList> &rows, int width, int wrapColumn)
{
    QString out;
    writeTextTable(
        header, rows.size(), [&rows](qsizetype i) { return rows.at(i); },
        [&out](const QString &line) { out += line; }, width, wrapColumn);
    return out;
}

void writeTextTable(const QStringList &header, qsizetype rowCount,
                    const std::function<QStringList(qsizetype)> &rawRow,
                    const std::function<void(const QString &line)> &write, int width, int wrapColumn)
{
    const qsizetype columns = header.size();
    if (columns == 0)
        return;
    const auto row = [&](qsizetype r) {
        const QStringList raw = rawRow(r);
        QStringList cells;
        cells.reserve(columns);
        for (qsizetype i = 0; i < columns; ++i)
            cells << (i < raw.size() ? displaySafe(raw.at(i)) : QString());
        return cells;
    };
    QList<qsizetype> widths;
    for (const QString &h : header)
        widths << displayWidth(h);
    for (qsizetype r = 0; r < rowCount; ++r) {
        const QStringList cells = row(r);
        for (qsizetype i = 0; i < columns; ++i)
            widths[i] = std::max(widths[i], displayWidth(cells.at(i)));
    }
    const qsizetype wrap = wrapColumn < 0 || wrapColumn >= columns ? columns - 1 : wrapColumn;
    qsizetype wrapWidth = 0; // 0: no wrapping
    if (width > 0) {
        qsizetype others = 2 * (columns - 1);
        for (qsizetype i = 0; i < columns; ++i)
            others += i == wrap ? 0 : widths.at(i);
        // Below about 20 columns a wrapped reason is unreadable: let the terminal wrap instead.
        const qsizetype room = std::max<qsizetype>(width - others, 20);
        if (widths.at(wrap) > room) {
            wrapWidth = room;
            widths[wrap] = std::max(room, displayWidth(header.at(wrap)));
        }
    }
    const auto line = [&](const QStringList &cells) -> QString {
        QString out;
        for (qsizetype i = 0; i < columns; ++i) {
            out += cells.at(i);
            if (i != columns - 1)
                out += QString(widths.at(i) + 2 - displayWidth(cells.at(i)), u' ');
        }
        while (out.endsWith(u' '))
            out.chop(1);
        return out + u'\n';
    };
    write(line(header));
    QStringList rule;
    for (qsizetype w : std::as_const(widths))
        rule << QString(w, u'-');
    write(line(rule));
    for (qsizetype r = 0; r < rowCount; ++r) {
        QStringList cells = row(r);
        const QStringList parts = wrapped(cells.at(wrap), wrapWidth);
        for (qsizetype k = 0; k < parts.size(); ++k) {
            if (k > 0)
                cells.fill(QString());
            cells[wrap] = parts.at(k);
            write(line(cells));
        }
    }
}

} // namespace PortCheck
