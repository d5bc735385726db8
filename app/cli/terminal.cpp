#include "terminal.h"

#include "text.h"

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
    qsizetype width = 0;
    for (const char32_t c : text.toUcs4()) {
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

QString textTable(const QStringList &header, const QList<QStringList> &rawRows, int width, int wrapColumn)
{
    const qsizetype columns = header.size();
    if (columns == 0)
        return {};
    QList<QStringList> rows;
    rows.reserve(rawRows.size());
    for (const QStringList &raw : rawRows) {
        QStringList row;
        for (qsizetype i = 0; i < columns; ++i)
            row << (i < raw.size() ? displaySafe(raw.at(i)) : QString());
        rows << row;
    }
    QList<qsizetype> widths;
    for (const QString &h : header)
        widths << displayWidth(h);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype i = 0; i < columns; ++i)
            widths[i] = std::max(widths[i], displayWidth(row.at(i)));
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
    QString out = line(header);
    QStringList rule;
    for (qsizetype w : std::as_const(widths))
        rule << QString(w, u'-');
    out += line(rule);
    for (const QStringList &row : std::as_const(rows)) {
        const QStringList parts = wrapped(row.at(wrap), wrapWidth);
        QStringList cells = row;
        for (qsizetype k = 0; k < parts.size(); ++k) {
            if (k > 0)
                cells.fill(QString());
            cells[wrap] = parts.at(k);
            out += line(cells);
        }
    }
    return out;
}

} // namespace PortCheck
