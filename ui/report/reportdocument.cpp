#include "ui/report/reportdocument.h"

#include "model/text.h"

using namespace Qt::StringLiterals;

namespace PortCheck {

ReportBlock &ReportBuilder::add(ReportBlock::Kind kind)
{
    ReportBlock &b = m_document.blocks.emplace_back();
    b.kind = kind;
    b.pageBreakBefore = std::exchange(m_pageBreak, false);
    return b;
}

void ReportBuilder::heading(const QString &text, int level)
{
    ReportBlock &b = add(ReportBlock::Kind::Heading);
    b.level = level;
    b.spans.append({displaySafe(text, true), {}, {}, true});
}

void ReportBuilder::paragraph(const QString &text, const QColor &colour, bool bold, qreal size)
{
    ReportBlock &b = add(ReportBlock::Kind::Paragraph);
    b.size = size;
    b.spans.append({displaySafe(text, true), {}, colour, bold});
}

void ReportBuilder::linkedParagraph(const QString &prefix,
                                    const QList<std::pair<QString, QString>> &titledUrls,
                                    const QColor &colour)
{
    ReportBlock &b = add(ReportBlock::Kind::Paragraph);
    b.spans.append({displaySafe(prefix, true), {}, colour, false});
    for (qsizetype i = 0; i < titledUrls.size(); ++i) {
        const auto &[title, url] = titledUrls.at(i);
        if (i > 0)
            b.spans.append({u"; "_s, {}, colour, false});
        b.spans.append({displaySafe(title, true), url, colour, false});
    }
}

void ReportBuilder::bullet(const QString &text)
{
    ReportBlock &b = add(ReportBlock::Kind::Bullet);
    b.spans.append({displaySafe(text, true), {}, {}, false});
}

void ReportBuilder::diagram()
{
    add(ReportBlock::Kind::Diagram);
}

void ReportBuilder::table(const QStringList &header, const QList<int> &widths, const QString &id)
{
    ReportBlock &b = add(ReportBlock::Kind::Table);
    b.table.header = header;
    b.table.widths = widths;
    b.table.id = id;
}

void ReportBuilder::row(const QList<ReportCell> &cells, const QList<std::pair<QString, QString>> &attributes)
{
    if (m_document.blocks.isEmpty() || m_document.blocks.last().kind != ReportBlock::Kind::Table)
        return;
    ReportRow r;
    r.cells = cells;
    for (ReportCell &c : r.cells)
        c.text = displaySafe(c.text, true);
    r.attributes = attributes;
    m_document.blocks.last().table.rows.append(std::move(r));
}

void ReportBuilder::row(const QStringList &cells)
{
    QList<ReportCell> list;
    list.reserve(cells.size());
    for (const QString &c : cells)
        list.append({c, {}, false, false});
    row(list);
}

void ReportBuilder::spanningRow(const ReportCell &cell)
{
    row(QList<ReportCell>{cell});
    if (!m_document.blocks.isEmpty() && m_document.blocks.last().kind == ReportBlock::Kind::Table &&
        !m_document.blocks.last().table.rows.isEmpty())
        m_document.blocks.last().table.rows.last().spanning = true;
}

} // namespace PortCheck
