#include "csv.h"

using namespace Qt::StringLiterals;

namespace PortCheck {

QString csvField(const QString &value)
{
    QString v = value;
    // "=cmd|..." in a certificate subject must not become a live formula in Excel.
    if (!v.isEmpty() && QStringView(u"=+-@\t\r").contains(v.front()))
        v.prepend(u'\'');
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r')) {
        v.replace(u"\""_s, u"\"\""_s);
        v = u'"' + v + u'"';
    }
    return v;
}

QString csvRow(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out << csvField(f);
    return out.join(u',') + u"\r\n"_s;
}

QString textTable(const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &h : header)
        widths << h.size();
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    const auto line = [&](const QStringList &cells) -> QString {
        QString out;
        for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i) {
            const bool last = i == cells.size() - 1;
            out += last ? cells.at(i) : cells.at(i).leftJustified(widths.at(i) + 2);
        }
        return out + u'\n';
    };
    QString out = line(header);
    QStringList rule;
    for (qsizetype w : std::as_const(widths))
        rule << QString(w, u'-');
    out += line(rule);
    for (const QStringList &row : rows)
        out += line(row);
    return out;
}

} // namespace PortCheck
