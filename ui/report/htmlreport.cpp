#include "ui/report/htmlreport.h"

#include <QBuffer>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace PortCheck {

namespace {

// Text as HTML and XML both accept it: the five special characters escaped, and what XML 1.0
// forbids (C0 controls but tab and line feed, lone surrogates, U+FFFE, U+FFFF) replaced. The
// builder has already shown controls escaped; this is the guarantee for the file's syntax.
QString escaped(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
            continue;
        }
        switch (u) {
        case u'&':
            out += u"&amp;"_s;
            break;
        case u'<':
            out += u"&lt;"_s;
            break;
        case u'>':
            out += u"&gt;"_s;
            break;
        case u'"':
            out += u"&quot;"_s;
            break;
        case u'\'':
            out += u"&#39;"_s;
            break;
        default:
            if ((u < 0x20 && u != u'\t' && u != u'\n') || c.isSurrogate() || u == 0xfffe || u == 0xffff)
                out += QChar(QChar::ReplacementCharacter);
            else
                out += c;
        }
    }
    return out;
}

// Line breaks inside a cell or paragraph become <br/>.
QString escapedLines(const QString &text)
{
    return escaped(text).replace(u'\n', u"<br/>"_s);
}

QString colourStyle(const QColor &colour)
{
    return colour.isValid() ? u"color:"_s + colour.name() + u';' : QString();
}

// Only https addresses are written as links: a source's page. Anything else stays text.
bool isSafeLink(const QString &href)
{
    return href.startsWith(u"https://"_s) && !href.contains(u'"') && !href.contains(u'<') &&
           !href.contains(u' ');
}

QString spans(const QList<ReportSpan> &list)
{
    QString out;
    for (const ReportSpan &s : list) {
        QString piece = escapedLines(s.text);
        QString style = colourStyle(s.colour);
        if (s.bold)
            style += u"font-weight:bold;"_s;
        if (!style.isEmpty() && s.href.isEmpty())
            piece = u"<span style=\""_s + style + u"\">"_s + piece + u"</span>"_s;
        if (!s.href.isEmpty() && isSafeLink(s.href))
            piece = u"<a href=\""_s + escaped(s.href) + u"\">"_s + piece + u"</a>"_s;
        out += piece;
    }
    return out;
}

QString attributes(const QList<std::pair<QString, QString>> &list)
{
    static const QRegularExpression name(u"^data-[a-z][a-z0-9-]*$"_s);
    QString out;
    for (const auto &[key, value] : list) {
        if (name.match(key).hasMatch())
            out += u' ' + key + u"=\""_s + escaped(value) + u'"';
    }
    return out;
}

QString cellHtml(const ReportCell &cell, const QString &tag, int colspan = 1)
{
    QString style = colourStyle(cell.colour);
    if (cell.bold)
        style += u"font-weight:bold;"_s;
    QString open = u'<' + tag;
    if (colspan > 1)
        open += u" colspan=\""_s + QString::number(colspan) + u'"';
    if (cell.small)
        open += u" class=\"small\""_s;
    if (!style.isEmpty())
        open += u" style=\""_s + style + u'"';
    return open + u'>' + escapedLines(cell.text) + u"</"_s + tag + u'>';
}

QString table(const ReportTable &t)
{
    QString out = u"<table class=\""_s + escaped(t.id.isEmpty() ? u"table"_s : t.id) + u"\">\n<colgroup>"_s;
    for (qsizetype c = 0; c < t.header.size(); ++c)
        out += u"<col style=\"width:"_s + QString::number(t.widths.value(c, 10)) + u"%\"/>"_s;
    out += u"</colgroup>\n<thead><tr>"_s;
    for (const QString &h : t.header)
        out += u"<th>"_s + escaped(h) + u"</th>"_s;
    out += u"</tr></thead>\n<tbody>\n"_s;
    for (const ReportRow &row : t.rows) {
        out += u"<tr"_s + attributes(row.attributes) + u'>';
        if (row.spanning) {
            out += cellHtml(row.cells.value(0), u"td"_s, static_cast<int>(t.header.size()));
        } else {
            for (qsizetype c = 0; c < t.header.size(); ++c)
                out += cellHtml(row.cells.value(c), u"td"_s);
        }
        out += u"</tr>\n"_s;
    }
    return out + u"</tbody>\n</table>\n"_s;
}

QString diagramHtml(const HtmlDiagram &diagram)
{
    // The diagram draws its own title, verdict, site and date: no caption beside it.
    QString out = u"<figure class=\"page diagram\" role=\"img\" aria-label=\""_s + escaped(diagram.caption) +
                  u"\">\n"_s;
    if (!diagram.svg.isEmpty()) {
        // Inline: the generator's own XML declaration and doctype go, the <svg> element stays.
        QString svg = QString::fromUtf8(diagram.svg);
        const qsizetype start = svg.indexOf(u"<svg"_s);
        svg = start >= 0 ? svg.mid(start) : QString();
        out += svg;
    } else if (!diagram.png.isNull()) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        diagram.png.save(&buffer, "PNG");
        out += u"<img alt=\""_s + escaped(diagram.caption) + u"\" src=\"data:image/png;base64,"_s +
               QString::fromLatin1(png.toBase64()) + u"\"/>"_s;
    }
    out += u"\n</figure>\n"_s;
    return out;
}

// Screen: a readable column; print: A4 or Letter margins, each section on a new page, rows whole
// and headers repeated (what the PDF does with its own pagination).
constexpr auto kStyle = R"(
body { font-family: "Segoe UI", "DejaVu Sans", Arial, sans-serif; font-size: 10pt; color: #202020;
       max-width: 60rem; margin: 1.5rem auto; padding: 0 1rem; line-height: 1.35; }
h1 { font-size: 20pt; margin: 0 0 .4rem; }
h2 { font-size: 15pt; margin: 1.6rem 0 .4rem; }
h3 { font-size: 11pt; margin: 1.1rem 0 .3rem; }
p { margin: .15rem 0 .35rem; }
ul { margin: .2rem 0 .4rem 1.2rem; padding: 0; }
a { color: #1a4f9c; }
table { border-collapse: collapse; width: 100%; margin: .3rem 0 .8rem; font-size: 9pt; table-layout: fixed; }
th, td { border: 1px solid #b0b0b0; padding: .2rem .3rem; text-align: left; vertical-align: top;
         overflow-wrap: anywhere; }
th { background: #eceff3; }
td.small { font-size: 8pt; }
figure.diagram { margin: 1rem 0; }
figure.diagram svg, figure.diagram img { width: 100%; height: auto; }
figure.diagram svg text { font-family: "Segoe UI", "DejaVu Sans", Arial, sans-serif; }
footer { color: #505050; font-size: 8pt; margin-top: 2rem; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 9pt; }
  @page { margin: 14mm 16mm; }
  .page { break-before: page; }
  tr, figure { break-inside: avoid; }
  thead { display: table-header-group; }
  h2, h3, p.caption { break-after: avoid; }
}
)";

} // namespace

QByteArray htmlReport(const ReportDocument &document, const HtmlDiagram &diagram)
{
    QString out;
    out += u"<!DOCTYPE html>\n<html lang=\""_s +
           escaped(document.language.isEmpty() ? u"en"_s : document.language) +
           u"\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n<meta charset=\"utf-8\"/>\n"_s
           u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>"_s +
           escaped(document.title) + u"</title>\n<style>"_s + QString::fromUtf8(kStyle) +
           u"</style>\n</head>\n<body>\n"_s;
    bool inList = false;
    const QList<ReportBlock> &blocks = document.blocks;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const ReportBlock &b = blocks.at(i);
        if (inList && b.kind != ReportBlock::Kind::Bullet) {
            out += u"</ul>\n"_s;
            inList = false;
        }
        const QString page = b.pageBreakBefore ? u" class=\"page\""_s : QString();
        switch (b.kind) {
        case ReportBlock::Kind::Heading: {
            const QString tag = b.level == 0 ? u"h1"_s : b.level == 1 ? u"h2"_s : u"h3"_s;
            out += u'<' + tag + page + u'>' + spans(b.spans) + u"</"_s + tag + u">\n"_s;
            break;
        }
        case ReportBlock::Kind::Paragraph: {
            const bool caption = i + 1 < blocks.size() && blocks.at(i + 1).kind == ReportBlock::Kind::Table;
            QString cls = b.pageBreakBefore ? u"page"_s : QString();
            if (caption)
                cls += cls.isEmpty() ? u"caption"_s : u" caption"_s;
            out += u"<p"_s + (cls.isEmpty() ? QString() : u" class=\""_s + cls + u'"') +
                   (b.size > 0 ? u" style=\"font-size:"_s + QString::number(b.size) + u"pt\""_s : QString()) +
                   u'>' + spans(b.spans) + u"</p>\n"_s;
            break;
        }
        case ReportBlock::Kind::Bullet:
            if (!inList) {
                out += u"<ul>\n"_s;
                inList = true;
            }
            out += u"<li>"_s + spans(b.spans) + u"</li>\n"_s;
            break;
        case ReportBlock::Kind::Table:
            out += table(b.table);
            break;
        case ReportBlock::Kind::Diagram:
            out += diagramHtml(diagram);
            break;
        }
    }
    if (inList)
        out += u"</ul>\n"_s;
    out += u"</body>\n</html>\n"_s;
    return out.toUtf8();
}

} // namespace PortCheck
