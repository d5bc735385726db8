#include "ui/report/pdfcompositor.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPaintDevice>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <memory>
#include <numeric>
#include <vector>

using namespace Qt::StringLiterals;

namespace PortCheck {

namespace {

const QColor kText(0x20, 0x20, 0x20);
const QColor kLink(0x1a, 0x4f, 0x9c);
const QColor kBorder(0xb0, 0xb0, 0xb0);
const QColor kHeaderFill(0xec, 0xef, 0xf3);

// One text laid out to a width: its lines at positions from 0 down.
struct Laid
{
    std::unique_ptr<QTextLayout> layout;
    qreal height = 0;

    int lines() const { return layout ? layout->lineCount() : 0; }
    QTextLine line(int i) const { return layout->lineAt(i); }
};

// The layout state of one document: where the next block goes, and on which page.
class Flow
{
public:
    Flow(QPaintDevice *device, const QRectF &body, const QFont &base, QPainter *painter,
         const PdfCompositor::Pages *pages)
        : m_device(device)
        , m_body(body)
        , m_base(base)
        , m_painter(painter)
        , m_pages(pages)
        , m_dpi(device->logicalDpiY())
    {}

    int run(const ReportDocument &document)
    {
        beginPage();
        const QList<ReportBlock> &blocks = document.blocks;
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            const ReportBlock &b = blocks.at(i);
            if ((b.pageBreakBefore || m_afterDiagram) && !m_fresh)
                newPage();
            m_afterDiagram = false;
            switch (b.kind) {
            case ReportBlock::Kind::Heading:
            case ReportBlock::Kind::Paragraph:
            case ReportBlock::Kind::Bullet:
                textBlock(blocks, i);
                break;
            case ReportBlock::Kind::Table:
                table(b.table);
                break;
            case ReportBlock::Kind::Diagram:
                if (!m_fresh)
                    newPage();
                if (m_painter && m_pages && m_pages->diagram) {
                    m_painter->save();
                    m_pages->diagram(*m_painter, m_body);
                    m_painter->restore();
                }
                m_fresh = false;
                m_afterDiagram = true;
                break;
            }
        }
        return m_page + 1;
    }

private:
    qreal pt(qreal points) const { return points * m_dpi / 72.0; }
    qreal bottom() const { return m_body.height(); }
    qreal left() const { return bottom() - m_y; }

    void beginPage()
    {
        m_y = 0;
        m_fresh = true;
        if (m_painter && m_pages && m_pages->begin)
            m_pages->begin(m_page);
    }

    void newPage()
    {
        ++m_page;
        beginPage();
    }

    // Moves down by `space` unless the page is fresh (no gap at the top of a page).
    void gap(qreal space)
    {
        if (!m_fresh)
            m_y = std::min(bottom(), m_y + space);
    }

    QFont font(qreal size, bool bold) const
    {
        QFont f = m_base;
        if (size > 0)
            f.setPointSizeF(size);
        if (bold)
            f.setWeight(QFont::Bold);
        return f;
    }

    Laid lay(const QList<ReportSpan> &spans, const QFont &f, qreal width) const
    {
        QString text;
        QList<QTextLayout::FormatRange> ranges;
        for (const ReportSpan &s : spans) {
            QString piece = s.text;
            // A line break inside a cell or paragraph: QTextLayout breaks only at U+2028.
            piece.replace(u'\n', QChar::LineSeparator);
            QTextCharFormat format;
            bool formatted = false;
            if (s.colour.isValid()) {
                format.setForeground(s.colour);
                formatted = true;
            }
            if (s.bold) {
                format.setFontWeight(QFont::Bold);
                formatted = true;
            }
            if (!s.href.isEmpty()) {
                format.setAnchor(true);
                format.setAnchorHref(s.href);
                format.setForeground(kLink);
                format.setFontUnderline(true);
                formatted = true;
            }
            if (formatted)
                ranges.append({static_cast<int>(text.size()), static_cast<int>(piece.size()), format});
            text += piece;
        }
        Laid laid;
        laid.layout = std::make_unique<QTextLayout>(text, f, m_device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        laid.layout->setTextOption(option);
        laid.layout->setFormats(ranges);
        laid.layout->beginLayout();
        qreal y = 0;
        for (;;) {
            QTextLine line = laid.layout->createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(std::max<qreal>(1, width));
            line.setPosition(QPointF(0, y));
            y += line.height();
        }
        laid.layout->endLayout();
        laid.height = y;
        return laid;
    }

    Laid lay(const ReportCell &cell, qreal width) const
    {
        return lay(QList<ReportSpan>{{cell.text, {}, cell.colour, cell.bold}},
                   font(cell.small ? m_base.pointSizeF() * 0.88 : 0, false), width);
    }

    void drawLine(const Laid &laid, int index, qreal x, qreal y) const
    {
        if (!m_painter)
            return;
        const QTextLine line = laid.line(index);
        m_painter->setPen(kText);
        line.draw(m_painter, QPointF(m_body.left() + x, m_body.top() + y - line.y()));
    }

    struct TextStyle
    {
        qreal size;
        bool bold;
        qreal above;
        qreal below;
        qreal indent;
    };

    TextStyle style(const ReportBlock &b) const
    {
        const qreal base = m_base.pointSizeF();
        switch (b.kind) {
        case ReportBlock::Kind::Heading: {
            const qreal size = b.level == 0 ? 20 : b.level == 1 ? 15 : 11;
            return {size, true, pt(size * 0.9), pt(size * 0.4), 0};
        }
        case ReportBlock::Kind::Bullet:
            return {base, false, 0, pt(1.5), pt(10)};
        case ReportBlock::Kind::Paragraph:
        case ReportBlock::Kind::Table:
        case ReportBlock::Kind::Diagram:
            break;
        }
        return {b.size > 0 ? b.size : base, false, 0, pt(2.5), 0};
    }

    QList<ReportSpan> spansOf(const ReportBlock &b) const
    {
        if (b.kind != ReportBlock::Kind::Bullet)
            return b.spans;
        QList<ReportSpan> spans = b.spans;
        spans.prepend({u"•  "_s, {}, {}, false});
        return spans;
    }

    // The least that must follow a heading or a table's caption on its page: the next block's
    // first line, or its table's header and first row.
    qreal lead(const ReportBlock *next) const
    {
        if (!next || next->pageBreakBefore)
            return 0;
        if (next->kind == ReportBlock::Kind::Table) {
            const ReportTable &t = next->table;
            qreal h = headerHeight(t);
            if (!t.rows.isEmpty())
                h += std::min(rowHeight(t, t.rows.first()), bottom() / 3);
            return h + pt(3);
        }
        if (next->kind == ReportBlock::Kind::Diagram)
            return 0;
        const TextStyle s = style(*next);
        const Laid laid = lay(spansOf(*next), font(s.size, s.bold), m_body.width() - s.indent);
        return s.above + (laid.lines() > 0 ? laid.line(0).height() : 0);
    }

    // A heading, a bold line (a host's name over its fixes, a finding over its reason) or a
    // caption right before a table: it does not end a page alone, it goes with what follows.
    static bool keepsWithNext(const ReportBlock &b, const ReportBlock *next)
    {
        if (b.kind == ReportBlock::Kind::Heading)
            return true;
        if (next && next->kind == ReportBlock::Kind::Table && !next->pageBreakBefore)
            return true;
        return b.kind == ReportBlock::Kind::Paragraph && !b.spans.isEmpty() &&
               std::all_of(b.spans.cbegin(), b.spans.cend(), [](const ReportSpan &s) { return s.bold; });
    }

    qreal textHeight(const ReportBlock &b) const
    {
        const TextStyle s = style(b);
        return s.above + lay(spansOf(b), font(s.size, s.bold), m_body.width() - s.indent).height + s.below;
    }

    void textBlock(const QList<ReportBlock> &blocks, qsizetype index)
    {
        const ReportBlock &b = blocks.at(index);
        const ReportBlock *next = index + 1 < blocks.size() ? &blocks.at(index + 1) : nullptr;
        const TextStyle s = style(b);
        const QFont f = font(s.size, s.bold);
        const Laid laid = lay(spansOf(b), f, m_body.width() - s.indent);
        if (keepsWithNext(b, next) && !m_fresh) {
            // The whole run of blocks that keep together (a heading over a host's bold name), then
            // the first line of what they introduce: a break inside the run would orphan its head.
            qreal need = s.above + laid.height + s.below;
            qsizetype j = index + 1;
            for (; j < blocks.size() && !blocks.at(j).pageBreakBefore; ++j) {
                const ReportBlock &k = blocks.at(j);
                const ReportBlock *after = j + 1 < blocks.size() ? &blocks.at(j + 1) : nullptr;
                if (k.kind == ReportBlock::Kind::Table || k.kind == ReportBlock::Kind::Diagram ||
                    !keepsWithNext(k, after))
                    break;
                need += textHeight(k);
            }
            need += lead(j < blocks.size() ? &blocks.at(j) : nullptr);
            if (need > left() && need <= bottom())
                newPage();
        }
        gap(s.above);
        for (int i = 0; i < laid.lines(); ++i) {
            const qreal h = laid.line(i).height();
            if (m_y + h > bottom() && !m_fresh)
                newPage();
            drawLine(laid, i, s.indent, m_y);
            m_y += h;
            m_fresh = false;
        }
        gap(s.below);
    }

    // The widest word of each column (header and cells, in the font each is drawn in), with the
    // cell's padding: the least width that breaks no word.
    QList<qreal> widestWords(const ReportTable &t) const
    {
        const auto columns = t.header.size();
        QList<qreal> widest(columns, 0);
        const QFontMetricsF plain(font(0, false), m_device);
        const QFontMetricsF bold(font(0, true), m_device);
        const QFontMetricsF small(font(m_base.pointSizeF() * 0.88, false), m_device);
        const auto measure = [&](qsizetype c, const QString &text, const QFontMetricsF &fm) {
            qreal &w = widest[c];
            for (const QStringView word : QStringView(text).tokenize(u' ', Qt::SkipEmptyParts)) {
                for (const QStringView piece : word.tokenize(u'\n', Qt::SkipEmptyParts)) {
                    // only a word longer than the widest so far can be wider: most are not measured
                    if (static_cast<qreal>(piece.size()) * fm.maxWidth() > w)
                        w = std::max(w, fm.horizontalAdvance(piece.toString()));
                }
            }
        };
        for (qsizetype c = 0; c < columns; ++c)
            measure(c, t.header.at(c), bold);
        for (const ReportRow &row : t.rows) {
            if (row.spanning)
                continue;
            for (qsizetype c = 0; c < std::min(columns, row.cells.size()); ++c) {
                const ReportCell &cell = row.cells.at(c);
                measure(c, cell.text, cell.small ? small : cell.bold ? bold : plain);
            }
        }
        for (qreal &w : widest)
            w += 2 * padding() + pt(0.5);
        return widest;
    }

    // The table's percentages, widened where a column's widest word would not fit (it takes the
    // room from the columns with room to spare, in proportion): "recommended" and a probe's name
    // stay whole. A word wider than half the page (a certificate subject) still breaks.
    QList<qreal> columnWidths(const ReportTable &t) const
    {
        if (const auto cached = m_widths.constFind(&t); cached != m_widths.cend())
            return *cached;
        const int columns = static_cast<int>(t.header.size());
        QList<qreal> share;
        for (int c = 0; c < columns; ++c)
            share << std::max(1, t.widths.value(c, 100 / std::max(1, columns)));
        const qreal total = m_body.width();
        QList<qreal> least = widestWords(t);
        for (qreal &w : least)
            w = std::min(w, total / 2);
        const qreal leastSum = std::accumulate(least.cbegin(), least.cend(), qreal(0));
        QList<qreal> widths;
        if (leastSum >= total) {
            // No way to keep every word whole: each column in proportion to its widest word.
            for (int c = 0; c < columns; ++c)
                widths << total * least.at(c) / leastSum;
        } else {
            // Columns held at their least width leave the rest to the others, by their shares,
            // until no other column falls below its least.
            QList<bool> held(columns, false);
            for (bool changed = true; changed;) {
                changed = false;
                qreal room = total, free = 0;
                for (int c = 0; c < columns; ++c) {
                    if (held.at(c))
                        room -= least.at(c);
                    else
                        free += share.at(c);
                }
                widths.clear();
                for (int c = 0; c < columns; ++c)
                    widths << (held.at(c) ? least.at(c) : room * share.at(c) / std::max<qreal>(free, 1));
                for (int c = 0; c < columns; ++c) {
                    if (!held.at(c) && widths.at(c) < least.at(c)) {
                        held[c] = true;
                        changed = true;
                    }
                }
            }
        }
        m_widths.insert(&t, widths);
        return widths;
    }

    qreal padding() const { return pt(2.2); }

    std::vector<Laid> layRow(const ReportTable &t, const ReportRow &row) const
    {
        const QList<qreal> widths = columnWidths(t);
        std::vector<Laid> cells;
        if (row.spanning) {
            cells.push_back(lay(row.cells.value(0), m_body.width() - 2 * padding()));
            return cells;
        }
        for (int c = 0; c < widths.size(); ++c)
            cells.push_back(lay(row.cells.value(c), widths.at(c) - 2 * padding()));
        return cells;
    }

    std::vector<Laid> layHeader(const ReportTable &t) const
    {
        const QList<qreal> widths = columnWidths(t);
        std::vector<Laid> cells;
        for (int c = 0; c < widths.size(); ++c)
            cells.push_back(lay(ReportCell{t.header.at(c), {}, true, false}, widths.at(c) - 2 * padding()));
        return cells;
    }

    static qreal tallest(const std::vector<Laid> &cells)
    {
        qreal h = 0;
        for (const Laid &c : cells)
            h = std::max(h, c.height);
        return h;
    }

    qreal headerHeight(const ReportTable &t) const { return tallest(layHeader(t)) + 2 * padding(); }
    qreal rowHeight(const ReportTable &t, const ReportRow &r) const
    {
        return tallest(layRow(t, r)) + 2 * padding();
    }

    // Draws the lines [from[c], ...) of each cell that fit in `room`; returns the height used and
    // moves `from` past them. At least one line of each unfinished cell goes on, so a line taller
    // than a page still makes progress.
    qreal drawSlice(const std::vector<Laid> &cells, const QList<qreal> &widths, std::vector<int> &from,
                    qreal room, bool header, bool spanning)
    {
        const qreal pad = padding();
        qreal used = 0;
        std::vector<int> to(cells.size());
        for (size_t c = 0; c < cells.size(); ++c) {
            const Laid &laid = cells[c];
            int i = from[c];
            qreal h = 0;
            while (i < laid.lines() && (h + laid.line(i).height() + 2 * pad <= room || i == from[c])) {
                h += laid.line(i).height();
                ++i;
            }
            to[c] = i;
            used = std::max(used, h);
        }
        used += 2 * pad;
        if (m_painter) {
            qreal x = 0;
            for (size_t c = 0; c < cells.size(); ++c) {
                const qreal w = spanning ? m_body.width() : widths.value(static_cast<int>(c));
                const QRectF cell(m_body.left() + x, m_body.top() + m_y, w, used);
                if (header)
                    m_painter->fillRect(cell, kHeaderFill);
                m_painter->setPen(QPen(kBorder, pt(0.5)));
                m_painter->drawRect(cell);
                const Laid &laid = cells[c];
                qreal y = m_y + pad;
                for (int i = from[c]; i < to[c]; ++i) {
                    drawLine(laid, i, x + pad, y);
                    y += laid.line(i).height();
                }
                x += w;
            }
        }
        for (size_t c = 0; c < cells.size(); ++c)
            from[c] = to[c];
        m_y += used;
        m_fresh = false;
        return used;
    }

    void drawHeader(const ReportTable &t, const QList<qreal> &widths)
    {
        const std::vector<Laid> header = layHeader(t);
        std::vector<int> from(header.size(), 0);
        drawSlice(header, widths, from, bottom(), true, false);
    }

    void table(const ReportTable &t)
    {
        const QList<qreal> widths = columnWidths(t);
        const qreal header = headerHeight(t);
        gap(pt(3));
        if (header > left() && !m_fresh)
            newPage();
        drawHeader(t, widths);
        for (qsizetype r = 0; r < t.rows.size(); ++r) {
            const ReportRow &row = t.rows.at(r);
            const std::vector<Laid> cells = layRow(t, row);
            const qreal height = tallest(cells) + 2 * padding();
            // The spanning rows under a row (its destinations, Microsoft's names) belong to it: they
            // go to the next page with it when the whole group fits on a page.
            qreal group = height;
            if (!row.spanning) {
                for (qsizetype k = r + 1; k < t.rows.size() && t.rows.at(k).spanning; ++k)
                    group += rowHeight(t, t.rows.at(k));
                if (header + group > bottom())
                    group = height;
            }
            // A row that fits on a page never splits: it goes to the next page, under the header.
            // A taller one starts here unless too little is left for its first lines (a forced
            // line would run into the footer).
            if (group > left() && (header + group <= bottom() || left() < pt(24))) {
                newPage();
                drawHeader(t, widths);
            }
            std::vector<int> from(cells.size(), 0);
            for (;;) {
                drawSlice(cells, widths, from, left(), false, row.spanning);
                bool done = true;
                for (size_t c = 0; c < cells.size(); ++c)
                    done = done && from[c] >= cells[c].lines();
                if (done)
                    break;
                newPage();
                drawHeader(t, widths);
            }
        }
        gap(pt(4));
    }

    QPaintDevice *m_device;
    QRectF m_body;
    QFont m_base;
    QPainter *m_painter;
    const PdfCompositor::Pages *m_pages;
    int m_dpi;
    mutable QHash<const ReportTable *, QList<qreal>> m_widths; // each table's, measured once
    int m_page = 0;
    qreal m_y = 0;
    bool m_fresh = true;
    bool m_afterDiagram = false;
};

} // namespace

PdfCompositor::PdfCompositor(QPaintDevice *device, const QRectF &body, const QFont &baseFont)
    : m_device(device)
    , m_body(body)
    , m_base(baseFont)
{}

int PdfCompositor::pageCount(const ReportDocument &document) const
{
    return run(document, nullptr, nullptr);
}

void PdfCompositor::draw(const ReportDocument &document, QPainter &painter, const Pages &pages) const
{
    run(document, &painter, &pages);
}

int PdfCompositor::run(const ReportDocument &document, QPainter *painter, const Pages *pages) const
{
    Flow flow(m_device, m_body, m_base, painter, pages);
    return flow.run(document);
}

} // namespace PortCheck
