#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace PortCheck {

// The report as a neutral document: what it says, in order, without pages. The PDF compositor
// (pdfcompositor.h) lays it out on pages, the HTML writer (htmlreport.h) writes it as one file;
// both show the same words. Every text is display-safe once it is in here: the builder passes it
// through displaySafe(), so a certificate subject's ESC or right-to-left override shows escaped in
// both. Nothing here is markup: "<b>" from the network stays four characters.
struct ReportSpan
{
    QString text;
    QString href; // an https link the reader can open (a source's page)
    QColor colour;
    bool bold = false;
};

struct ReportCell
{
    QString text;
    QColor colour;
    bool bold = false;
    bool small = false;
};

struct ReportRow
{
    QList<ReportCell> cells;
    bool spanning = false; // one cell over the whole width: a long list that belongs to the row above
    // What a machine reading the HTML needs to find the row again ("data-verdict" = "fail"): the
    // PDF ignores them.
    QList<std::pair<QString, QString>> attributes;
};

struct ReportTable
{
    QStringList header;
    QList<int> widths; // percent of the width, one per column
    QList<ReportRow> rows;
    QString id; // the HTML's class of the table ("links", "request", "appendix")
};

struct ReportBlock
{
    enum class Kind
    {
        Heading,
        Paragraph,
        Bullet,
        Table,
        Diagram
    };
    Kind kind = Kind::Paragraph;
    int level = 0;  // headings: 0 the title, 1 a section, 2 a subsection
    qreal size = 0; // points; 0: the body's size
    bool pageBreakBefore = false;
    QList<ReportSpan> spans;
    ReportTable table;
};

struct ReportDocument
{
    QString title;
    QString language; // BCP 47, for the HTML's lang
    QList<ReportBlock> blocks;
};

// Writes a ReportDocument block by block. The cover, the summary and each section start on a new
// page (newPage()); the diagram is a page of its own.
class ReportBuilder
{
public:
    void newPage() { m_pageBreak = true; }
    void heading(const QString &text, int level);
    void paragraph(const QString &text, const QColor &colour = {}, bool bold = false, qreal size = 0);
    // "Source: A; B" where each title with an address is a link.
    void linkedParagraph(const QString &prefix, const QList<std::pair<QString, QString>> &titledUrls,
                         const QColor &colour);
    void bullet(const QString &text);
    void diagram();

    // A table: rows are appended to the last table started until the next block.
    void table(const QStringList &header, const QList<int> &widths, const QString &id = {});
    void row(const QList<ReportCell> &cells, const QList<std::pair<QString, QString>> &attributes = {});
    void row(const QStringList &cells);
    void spanningRow(const ReportCell &cell);

    ReportDocument take() { return std::move(m_document); }
    ReportDocument &document() { return m_document; }

private:
    ReportBlock &add(ReportBlock::Kind kind);

    ReportDocument m_document;
    bool m_pageBreak = false;
};

} // namespace PortCheck
