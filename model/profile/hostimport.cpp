#include "model/profile/hostimport.h"

#include "model/inputfile.h"
#include "model/profile/hostinput.h"

#include <QLocale>

#include <array>

using namespace Qt::StringLiterals;

namespace PortCheck {

namespace {
// A row wider than any export of AD objects (Get-ADComputer -Properties * writes about 150).
constexpr int kMaxColumns = 1000;
// The most hosts one import adds: the largest forest the product plans for, and then some.
constexpr int kMaxImportedHosts = 100000;

Text importText(const char *source, QList<Text> args = {})
{
    return Text::phrase("HostImport", source, std::move(args));
}

Text number(qsizetype n)
{
    return Text::plain(QLocale(QLocale::English).toString(qint64(n)));
}

// The records of a CSV text, one at a time, with the position of every error.
class CsvReader
{
public:
    explicit CsvReader(const QString &text)
        : m_text(text)
    {}

    void setDelimiter(QChar delimiter) { m_delimiter = delimiter; }
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text.at(m_pos); }
    // The current line from the reading position, without its line break.
    QStringView restOfLine() const
    {
        qsizetype end = m_pos;
        while (end < m_text.size() && m_text.at(end) != u'\n' && m_text.at(end) != u'\r')
            ++end;
        return QStringView(m_text).mid(m_pos, end - m_pos);
    }
    int line() const { return m_line; }
    const Text &error() const { return m_error; }

    // Skips the rest of the current line (a comment before the header).
    void skipLine()
    {
        while (!atEnd() && m_text.at(m_pos) != u'\n' && m_text.at(m_pos) != u'\r')
            ++m_pos;
        endOfLine();
    }

    // The next record's cells; false at the end of the text or on an error (error() says which).
    bool next(QStringList *cells)
    {
        cells->clear();
        if (atEnd() || !m_error.isEmpty())
            return false;
        for (;;) {
            QString cell;
            if (m_text.at(m_pos) == u'"') {
                if (!readQuoted(&cell))
                    return false;
            } else {
                const qsizetype start = m_pos;
                while (!atEnd() && !isCellEnd(m_text.at(m_pos)))
                    ++m_pos;
                cell = m_text.mid(start, m_pos - start);
            }
            if (cells->size() == kMaxColumns) {
                m_error = importText(QT_TRANSLATE_NOOP("HostImport", "%1: more than %2 columns in one row"),
                                     {position(), number(kMaxColumns)});
                return false;
            }
            cells->append(cell);
            if (atEnd())
                return true;
            if (m_text.at(m_pos) == m_delimiter) {
                ++m_pos;
                if (atEnd()) { // "a,b," at the very end: one more, empty, cell
                    cells->append(QString());
                    return true;
                }
                continue;
            }
            endOfLine();
            return true;
        }
    }

private:
    bool isCellEnd(QChar c) const { return c == m_delimiter || c == u'\n' || c == u'\r'; }

    Text position() const
    {
        return Text::plain(QString::number(m_line) + u':' + QString::number(m_pos - m_lineStart + 1));
    }

    // Past a line break (CRLF, LF or a lone CR, as old Mac exports write).
    void endOfLine()
    {
        if (atEnd())
            return;
        if (m_text.at(m_pos) == u'\r')
            ++m_pos;
        if (!atEnd() && m_text.at(m_pos) == u'\n')
            ++m_pos;
        ++m_line;
        m_lineStart = m_pos;
    }

    bool readQuoted(QString *cell)
    {
        const Text opened = position();
        ++m_pos;
        for (;;) {
            if (atEnd()) {
                m_error = importText(
                    QT_TRANSLATE_NOOP("HostImport", "%1: the quoted cell that starts here is never closed"),
                    {opened});
                return false;
            }
            const QChar c = m_text.at(m_pos++);
            if (c == u'"') {
                if (!atEnd() && m_text.at(m_pos) == u'"') {
                    cell->append(u'"');
                    ++m_pos;
                    continue;
                }
                break;
            }
            if (c == u'\n') {
                ++m_line;
                m_lineStart = m_pos;
            }
            cell->append(c);
        }
        while (!atEnd() && m_text.at(m_pos) == u' ')
            ++m_pos;
        if (!atEnd() && !isCellEnd(m_text.at(m_pos))) {
            m_error = importText(QT_TRANSLATE_NOOP("HostImport",
                                                   "%1: text after the closing quote of a cell (a quote "
                                                   "inside a quoted cell is written twice: \"\")"),
                                 {position()});
            return false;
        }
        return true;
    }

    const QString &m_text;
    QChar m_delimiter = u',';
    qsizetype m_pos = 0;
    int m_line = 1;
    qsizetype m_lineStart = 0;
    Text m_error;
};

// The delimiter the header line uses most, outside quotes: ',' unless ';' or TAB win.
QChar detectDelimiter(QStringView headerLine)
{
    std::array<std::pair<QChar, int>, 3> counts{{{u',', 0}, {u';', 0}, {u'\t', 0}}};
    bool quoted = false;
    for (const QChar c : headerLine) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted)
            for (auto &[delimiter, count] : counts)
                count += c == delimiter ? 1 : 0;
    }
    QChar best = u',';
    int most = 0;
    for (const auto &[delimiter, count] : counts) {
        if (count > most) {
            best = delimiter;
            most = count;
        }
    }
    return best;
}

// The index of the host column in a header row, or -1.
qsizetype hostColumn(const QStringList &header)
{
    static const QStringList preferred{u"dnshostname"_s, u"hostname"_s,    u"fqdn"_s,
                                       u"host"_s,        u"server"_s,      u"computername"_s,
                                       u"name"_s,        u"ipv4address"_s, u"address"_s};
    for (const QString &name : preferred) {
        for (qsizetype i = 0; i < header.size(); ++i) {
            if (header.at(i).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return i;
        }
    }
    return -1;
}

HostImport importCsv(const QString &text)
{
    HostImport out;
    // The header is the first line that is not a PowerShell comment ("#TYPE ...").
    CsvReader reader(text);
    while (reader.peek() == u'#')
        reader.skipLine();
    reader.setDelimiter(detectDelimiter(reader.restOfLine()));

    QStringList cells;
    qsizetype column = 0;
    bool first = true;
    while (reader.next(&cells)) {
        const bool blank = cells.size() == 1 && cells.first().trimmed().isEmpty();
        if (blank)
            continue;
        if (first) {
            first = false;
            if (const qsizetype named = hostColumn(cells); named >= 0) {
                column = named;
                out.column = cells.at(named).trimmed();
                continue;
            }
            const QString cell = cells.first().trimmed();
            if (!parseHost(cell, PortPolicy::Forbidden, nullptr)) {
                out.column = cell;
                continue;
            }
        }
        const QString cell = column < cells.size() ? cells.at(column).trimmed() : QString();
        if (cell.isEmpty()) {
            ++out.emptyCells;
            continue;
        }
        if (out.hosts.size() == kMaxImportedHosts) {
            out.error =
                importText(QT_TRANSLATE_NOOP("HostImport",
                                             "%1: more than %2 hosts in one file; split it or use a profile"),
                           {Text::plain(QString::number(reader.line())), number(kMaxImportedHosts)});
            out.hosts.clear();
            return out;
        }
        // A line break inside a quoted cell is no part of a host name: the list editor would read two.
        out.hosts << QString(cell).replace(u'\n', u' ').replace(u'\r', u' ');
    }
    if (!reader.error().isEmpty()) {
        out.error = reader.error();
        out.hosts.clear();
    }
    return out;
}
} // namespace

HostImport importHosts(const QByteArray &bytes, HostImportFormat format)
{
    HostImport out;
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0) {
        out.error = importText(QT_TRANSLATE_NOOP("HostImport", "not a text file (a NUL byte at %1)"),
                               {Text::plain(lineColumn(bytes, nul))});
        return out;
    }
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    if (format == HostImportFormat::Csv)
        return importCsv(text);
    if (const QString trimmed = text.trimmed(); !trimmed.isEmpty())
        out.hosts << trimmed;
    return out;
}

} // namespace PortCheck
