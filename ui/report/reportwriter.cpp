#include "reportwriter.h"

#include "diagramitems.h"
#include "export/firewallrequest.h"
#include "topologyscene.h"
#include "translations.h"
#include "verdictstyle.h"

#include <QAbstractTextDocumentLayout>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <algorithm>
#include <limits>
#include <memory>
#include <tuple>
#include <vector>

using namespace Qt::StringLiterals;

namespace PortCheck {

namespace {
constexpr int kResolution = 300; // dots per inch of the PDF's coordinate system

// The report's typeface, embedded in the PDF: DejaVu Sans on Linux (packaged as a dependency);
// on Windows Segoe UI, which every Windows Server from 2016 has, then the Japanese fonts Windows
// ships for the glyphs Segoe UI lacks (Qt falls back along the list, in order).
QFont reportFont(qreal pointSize)
{
#ifdef Q_OS_WIN
    QFont font(u"Segoe UI"_s);
    font.setFamilies({u"Segoe UI"_s, u"Yu Gothic UI"_s, u"Meiryo"_s, u"MS Gothic"_s});
#else
    QFont font(u"DejaVu Sans"_s);
#endif
    font.setPointSizeF(pointSize);
    return font;
}

QString symbol(VerdictLevel level)
{
    switch (level) {
    case VerdictLevel::Pass:
        return u"✔"_s;
    case VerdictLevel::Warn:
        return u"⚠"_s;
    case VerdictLevel::Fail:
        return u"✖"_s;
    case VerdictLevel::NotTested:
        break;
    }
    return u"○"_s;
}

// A palette for paper: the report is light whatever the desktop's theme.
QPalette paperPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, Qt::white);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::Mid, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::PlaceholderText, QColor(0x60, 0x60, 0x60));
    p.setColor(QPalette::Highlight, QColor(0x00, 0x72, 0xb2));
    return p;
}

// Builds a document from plain text pieces: nothing here parses markup, so text from the network
// ("<b>x</b>" in a certificate) is printed exactly as it came.
class Builder
{
public:
    Builder() { startDocument(); }

    // The documents written, in order. Long content is spread over several documents that the
    // writer lays out one after the other on continuous pages: Qt draws a page of a document in
    // time proportional to the whole document, so one document of 500 pages takes minutes.
    std::vector<std::unique_ptr<QTextDocument>> takeDocuments() { return std::move(m_docs); }

    void heading(const QString &text, qreal size, bool pageBreak = false)
    {
        QTextBlockFormat block;
        block.setTopMargin(size * 0.9);
        block.setBottomMargin(size * 0.4);
        if (pageBreak)
            block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCharFormat chars;
        chars.setFontPointSize(size);
        chars.setFontWeight(QFont::Bold);
        newBlock(block, chars);
        m_cursor.insertText(displaySafe(text, true), chars);
    }

    void paragraph(const QString &text, const QColor &colour = {}, bool bold = false, qreal size = 0)
    {
        QTextBlockFormat block;
        block.setBottomMargin(4);
        QTextCharFormat chars;
        if (colour.isValid())
            chars.setForeground(colour);
        if (bold)
            chars.setFontWeight(QFont::Bold);
        if (size > 0)
            chars.setFontPointSize(size);
        newBlock(block, chars);
        m_cursor.insertText(displaySafe(text, true), chars);
    }

    // "Source: A; B" where each title with an address is a link the PDF reader opens.
    void linkedParagraph(const QString &prefix, const QList<std::pair<QString, QString>> &titledUrls,
                         const QColor &colour)
    {
        QTextBlockFormat block;
        block.setBottomMargin(4);
        QTextCharFormat chars;
        chars.setForeground(colour);
        newBlock(block, chars);
        m_cursor.insertText(displaySafe(prefix, true), chars);
        for (qsizetype i = 0; i < titledUrls.size(); ++i) {
            const auto &[title, url] = titledUrls.at(i);
            if (i > 0)
                m_cursor.insertText(u"; "_s, chars);
            QTextCharFormat link = chars;
            if (!url.isEmpty()) {
                link.setAnchor(true);
                link.setAnchorHref(url);
                link.setForeground(QColor(0x1a, 0x4f, 0x9c));
                link.setFontUnderline(true);
            }
            m_cursor.insertText(displaySafe(title, true), link);
        }
    }

    void bullet(const QString &text)
    {
        QTextBlockFormat block;
        block.setIndent(1);
        block.setBottomMargin(2);
        newBlock(block, {});
        m_cursor.insertText(u"•  "_s + displaySafe(text, true));
    }

    // Every text goes in through displaySafe(): a certificate subject with ESC sequences or a
    // right-to-left override shows escaped (the JSON keeps it as sent).

    // A table with a header row repeated on every page it spans; `widths` in percent. Long tables
    // are written as consecutive tables of kChunkRows rows, each with the header: Qt lays out and
    // draws one huge table in time that grows much faster than its rows.
    QTextTable *table(const QStringList &header, const QList<int> &widths)
    {
        m_header = header;
        m_widths = widths;
        return startTable();
    }

    QTextTable *continueTable(QTextTable *t)
    {
        if (t->rows() <= kChunkRows)
            return t;
        startDocument();
        return startTable(true);
    }

    // The first block of every document after the first: it takes the height already used on the
    // page where the previous document ended.
    static constexpr int kSpacerProperty = QTextFormat::UserProperty + 1;

private:
    static constexpr int kChunkRows = 150;

    void startDocument()
    {
        auto doc = std::make_unique<QTextDocument>();
        doc->setUndoRedoEnabled(false);
        QFont base = reportFont(8.5);
        // No ligatures: "file" must stay f-i-l-e in the PDF's text, or a search for it fails.
        base.setStyleStrategy(QFont::PreferNoShaping);
        doc->setDefaultFont(base);
        doc->setDocumentMargin(0);
        m_doc = doc.get();
        m_cursor = QTextCursor(m_doc);
        m_first = true;
        if (!m_docs.empty()) {
            QTextBlockFormat spacer;
            spacer.setProperty(kSpacerProperty, true);
            spacer.setLineHeight(0, QTextBlockFormat::FixedHeight);
            newBlock(spacer, {});
        }
        m_docs.push_back(std::move(doc));
    }

    QTextTable *startTable(bool continuation = false)
    {
        const QStringList &header = m_header;
        const QList<int> &widths = m_widths;
        QTextBlockFormat gap;
        if (continuation) // right after the spacer: no empty line between the parts
            gap.setLineHeight(0, QTextBlockFormat::FixedHeight);
        newBlock(gap, {});
        QTextTableFormat format;
        format.setHeaderRowCount(1);
        format.setCellPadding(3);
        format.setCellSpacing(0);
        format.setBorder(0.5);
        format.setBorderBrush(QColor(0xb0, 0xb0, 0xb0));
        format.setBorderCollapse(true);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        QList<QTextLength> constraints;
        for (const int w : widths)
            constraints << QTextLength(QTextLength::PercentageLength, w);
        format.setColumnWidthConstraints(constraints);
        QTextTable *t = m_cursor.insertTable(1, static_cast<int>(header.size()), format);
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        QTextCharFormat shaded;
        shaded.setBackground(QColor(0xec, 0xef, 0xf3));
        for (int c = 0; c < header.size(); ++c) {
            QTextTableCell cell = t->cellAt(0, c);
            cell.setFormat(shaded);
            cell.firstCursorPosition().insertText(header.at(c), bold);
        }
        m_cursor.movePosition(QTextCursor::End);
        return t;
    }

public:
    // Appends a row; returns the table to append the next one to (a new chunk after kChunkRows).
    QTextTable *row(QTextTable *t, const QStringList &cells, const QList<QTextCharFormat> &formats = {})
    {
        t = continueTable(t);
        t->appendRows(1);
        const int r = t->rows() - 1;
        for (int c = 0; c < cells.size() && c < t->columns(); ++c)
            t->cellAt(r, c).firstCursorPosition().insertText(
                displaySafe(cells.at(c), true), c < formats.size() ? formats.at(c) : QTextCharFormat());
        return t;
    }

    // A row whose one cell spans the table: a long list that belongs to the row above.
    QTextTable *spanningRow(QTextTable *t, const QString &text, const QTextCharFormat &format)
    {
        t = continueTable(t);
        t->appendRows(1);
        const int r = t->rows() - 1;
        t->mergeCells(r, 0, 1, t->columns());
        t->cellAt(r, 0).firstCursorPosition().insertText(displaySafe(text, true), format);
        return t;
    }

    void end() { m_cursor.movePosition(QTextCursor::End); }

private:
    void newBlock(const QTextBlockFormat &block, const QTextCharFormat &chars)
    {
        m_cursor.movePosition(QTextCursor::End);
        if (m_first) {
            m_cursor.setBlockFormat(block);
            m_cursor.setBlockCharFormat(chars);
            m_first = false;
        } else {
            m_cursor.insertBlock(block, chars);
        }
    }

    std::vector<std::unique_ptr<QTextDocument>> m_docs;
    QTextDocument *m_doc = nullptr;
    QTextCursor m_cursor;
    bool m_first = true;
    QStringList m_header;
    QList<int> m_widths;
};

QTextCharFormat verdictFormat(VerdictLevel level)
{
    QTextCharFormat f;
    f.setForeground(VerdictStyle::color(VerdictStyle::fromVerdict(level), paperPalette()));
    f.setFontWeight(QFont::Bold);
    return f;
}

QString levelText(VerdictLevel level)
{
    return symbol(level) + u' ' + VerdictStyle::text(level);
}

// Text from the network or a results file, cut for the report: laying out a 1 MB message took a
// minute. The JSON keeps the whole text; the cut says how long it was.
QString reportText(const QString &text)
{
    constexpr qsizetype kMaxReportText = 2000;
    if (text.size() <= kMaxReportText)
        return text;
    return text.left(kMaxReportText) + u"… "_s +
           QCoreApplication::translate("ReportWriter", "(cut: %1 characters in all; the JSON results keep "
                                                       "the whole text)")
               .arg(QLocale().toString(text.size()));
}

// More rows than this in one link's table, and its passing hosts share one row.
constexpr int kGroupAbove = 12;

QString hostList(const QStringList &hosts)
{
    constexpr int kShown = 40;
    QString text = hosts.mid(0, kShown).join(u", "_s);
    if (hosts.size() > kShown)
        text += u", "_s + QCoreApplication::translate("ReportWriter", "and %n more", nullptr,
                                                      static_cast<int>(hosts.size() - kShown));
    return text;
}

// The firewall request with destinations that need the same rule joined: a network team writes
// one rule for "every domain controller", not five hundred.
struct GroupedRule
{
    FirewallRequestRow rule;
    QStringList hosts;
};

// What the network team acts on first: ports to open, then services to fix, then what could not
// be tested, then what already works; required before recommended before optional.
int actionRank(PortAction action)
{
    switch (action) {
    case PortAction::Open:
        return 0;
    case PortAction::Fix:
        return 1;
    case PortAction::Unknown:
        return 2;
    case PortAction::None:
        break;
    }
    return 3;
}

QList<GroupedRule> groupedRequest(QList<FirewallRequestRow> rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const FirewallRequestRow &a, const FirewallRequestRow &b) {
        const int ra = actionRank(a.action) * 10 + static_cast<int>(a.needLevel);
        const int rb = actionRank(b.action) * 10 + static_cast<int>(b.needLevel);
        return ra < rb;
    });
    QList<GroupedRule> grouped;
    QHash<QString, qsizetype> at;
    for (const FirewallRequestRow &r : std::as_const(rows)) {
        // Rows of one port group; the catalog's port beside a moved one stays as a note.
        const QString key = r.source.english() + u'|' + r.destinationRole.english() + u'|' + r.port + u'|' +
                            r.protocol + u'|' + r.need.english() + u'|' + r.found.english() + u'|' +
                            actionId(r.action) + u'|' + r.link + u'|' + r.endpointSets;
        const QString destination = localized(destinationText(r));
        const auto it = at.constFind(key);
        if (it == at.cend()) {
            at.insert(key, grouped.size());
            grouped.append({r, {destination}});
        } else {
            grouped[*it].hosts << destination;
        }
    }
    return grouped;
}

} // namespace

ReportWriter::ReportWriter(const Catalog &catalog, const ReportData &report)
    : m_catalog(catalog)
    , m_report(report)
{}

QPageSize::PageSizeId ReportWriter::defaultPageSize()
{
    const QLocale::Territory t = QLocale().territory();
    return t == QLocale::UnitedStates || t == QLocale::Canada ? QPageSize::Letter : QPageSize::A4;
}

QString ReportWriter::write(const QString &path) const
{
    const Catalog &catalog = m_catalog;
    const ReportData &report = m_report;
    const VerdictSummary s = summarize(report.verdicts);
    const VerdictLevel overall = s.fail > 0   ? VerdictLevel::Fail
                                 : s.warn > 0 ? VerdictLevel::Warn
                                 : s.pass > 0 ? VerdictLevel::Pass
                                              : VerdictLevel::NotTested;
    QString overallText;
    switch (overall) {
    case VerdictLevel::Fail:
        overallText = tr("NOT READY: %n link(s) fail", nullptr, s.fail);
        break;
    case VerdictLevel::Warn:
        overallText = tr("READY, WITH %n WARNING(S)", nullptr, s.warn);
        break;
    case VerdictLevel::Pass:
        overallText = tr("READY: every link tested passes");
        break;
    case VerdictLevel::NotTested:
        overallText = tr("NOTHING COULD BE TESTED FROM HERE");
        break;
    }
    const QLocale locale;
    const QString started = locale.toString(report.meta.started.toLocalTime(), QLocale::LongFormat);
    // A field nobody filled in prints as a line to write on: the board fills it in by hand.
    const QString blank(32, u'_');
    const auto orBlank = [&blank](const QString &value) -> QString {
        return value.isEmpty() ? blank : value;
    };

    QPdfWriter pdf(path);
    pdf.setResolution(kResolution);
    pdf.setPageSize(QPageSize(m_pageSize));
    pdf.setPageMargins(QMarginsF(16, 14, 16, 14), QPageLayout::Millimeter);
    pdf.setTitle(tr("Guardian network readiness report"));
    pdf.setCreator(u"Guardian Port Check "_s + report.meta.toolVersion);
    QPainter painter;
    if (!painter.begin(&pdf))
        return tr("Cannot write the PDF %1.").arg(path);

    const QRect area = pdf.pageLayout().paintRectPixels(kResolution);
    const int band = kResolution * 35 / 100; // header and footer, about 9 mm each
    const QRectF body(0, band, area.width(), area.height() - 2 * band);

    // --- the documents: cover (one page) and body (paginated) ---
    std::unique_ptr<QTextDocument> cover;
    {
        Builder b;
        b.heading(tr("Guardian network readiness report"), 20);
        b.paragraph(tr("Cayosoft Guardian: are the network paths it needs open?"), QColor(0x50, 0x50, 0x50));
        b.paragraph(symbol(overall) + u"  "_s + overallText,
                    VerdictStyle::color(VerdictStyle::fromVerdict(overall), paperPalette()), true, 17);
        b.paragraph(tr("%1 pass · %2 warning · %3 fail · %4 not tested from here")
                        .arg(s.pass)
                        .arg(s.warn)
                        .arg(s.fail)
                        .arg(s.notTested),
                    {}, true, 10);
        QTextTable *t = b.table({tr("What"), tr("Details")}, {24, 76});
        QStringList vantage;
        for (const QString &v : report.meta.vantage)
            vantage << roleName(catalog, v);
        QStringList components, componentIds;
        for (const Component &c : catalog.components) {
            if (std::any_of(report.plan.items.cbegin(), report.plan.items.cend(), [&](const PlanItem &i) {
                    const Link *l = catalog.link(i.link);
                    return l && l->component == c.id;
                })) {
                components << catalogText(c.name);
                componentIds << c.id;
            }
        }
        // Only the modes that decide a port of what is deployed (no SQL policy without Azure SQL).
        const QSet<QString> modesThatMatter = catalog.optionsThatMatter(componentIds, report.plan.options);
        QStringList modes;
        for (const Option &o : catalog.options) {
            if (!modesThatMatter.contains(o.id))
                continue;
            const OptionValue *v = o.value(report.plan.options.value(o.id, o.defaultValue));
            modes << catalogText(o.name) + u": "_s + (v ? catalogText(v->name) : o.defaultValue);
        }
        QMap<QString, QStringList> hostsByRole;
        for (const PlanItem &i : report.plan.items) {
            const Link *l = catalog.link(i.link);
            if (l && !hostsByRole[l->to].contains(i.host))
                hostsByRole[l->to] << i.host;
        }
        QStringList hostLines;
        for (auto it = hostsByRole.cbegin(); it != hostsByRole.cend(); ++it) {
            QStringList shown = it.value().mid(0, 4);
            if (it.value().size() > 4)
                shown << tr("and %n more", nullptr, static_cast<int>(it.value().size() - 4));
            hostLines << roleName(catalog, it.key()) + u" ("_s + QString::number(it.value().size()) +
                             u"): "_s + shown.join(u", "_s);
        }
        const qint64 seconds = report.meta.started.secsTo(report.meta.finished);
        QList<std::pair<QString, QString>> rows{
            {tr("When"), started + u" ("_s + tr("%1 s").arg(seconds) + u')'},
            {tr("Tested from"), report.meta.host},
            {tr("Roles of the machine(s)"), vantage.join(u", "_s)},
            {tr("Run by"), orBlank(report.meta.user)},
            {tr("Change ticket"), orBlank(report.meta.change.ticket)},
            {tr("Requested by"), orBlank(report.meta.change.requester)},
            {tr("Approved by"), orBlank(report.meta.change.approver)},
            {tr("Approval: signature, date"), blank},
            {tr("Tool"), u"Guardian Port Check "_s + report.meta.toolVersion},
            {tr("Catalog"),
             catalogText(catalog.title) + u", "_s + catalog.version + u" ("_s + report.meta.catalog + u')'},
            {tr("Profile"), report.isMerged()               ? tr("merged from %n results file(s)", nullptr,
                                                                 static_cast<int>(report.runs.size()))
                            : report.meta.profile.isEmpty() ? tr("(none)")
                                                            : report.meta.profile},
            {tr("Components"), components.join(u", "_s)},
            {tr("Modes"), modes.join(u"; "_s)},
            {tr("Proxy for HTTPS to the Internet"),
             (report.meta.proxy.isEmpty() ? tr("none, direct") : report.meta.proxy) +
                 (report.meta.proxySource.isEmpty() ? QString() : u" ("_s + report.meta.proxySource + u')')},
            {tr("Hosts"), hostLines.join(u'\n')},
        };
        // Which of Microsoft's lists the names came from: the built-in snapshot or an import.
        if (!report.meta.endpointList.isEmpty())
            rows.append({tr("Microsoft 365 endpoints"), report.meta.endpointList});
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        for (const auto &[what, details] : rows)
            t = b.row(t, {what, details}, {bold});
        if (report.isMerged()) {
            QStringList machines;
            for (const RunResult &r : report.runs) {
                QStringList roles;
                for (const QString &v : r.meta.vantage)
                    roles << roleName(catalog, v);
                machines << r.meta.host + u" (" + roles.join(u", "_s) + u"), "_s +
                                locale.toString(r.meta.started.toLocalTime(), QLocale::ShortFormat);
            }
            t = b.row(t, {tr("Merged runs"), machines.join(u'\n')}, {bold});
        }
        if (report.meta.cancelled)
            t = b.row(t, {tr("Note"), tr("The run was cancelled: some probes have no result.")}, {bold});
        for (const Text &w : report.warnings)
            t = b.row(t, {tr("Note"), localized(w)}, {bold});
        b.end();
        b.heading(tr("How to read this report"), 11);
        b.paragraph(levelText(VerdictLevel::Pass) + u": "_s +
                    tr("the service answered in its own protocol on a port the chosen modes need."));
        b.paragraph(
            levelText(VerdictLevel::Warn) + u": "_s +
            tr("it works, but through a fallback, with a certificate problem, or an optional link fails."));
        b.paragraph(levelText(VerdictLevel::Fail) + u": "_s +
                    tr("no allowed way works; the failures section says what to change."));
        b.paragraph(levelText(VerdictLevel::NotTested) + u": "_s +
                    tr("the link starts on another machine; run the check there and merge the results."));
        b.paragraph(tr("Every probe is anonymous: no credentials were asked for, sent or stored."));
        cover = std::move(b.takeDocuments().front());
    }
    cover->documentLayout()->setPaintDevice(&pdf);
    cover->setPageSize(body.size());

    // Page 2, one page for the board: the verdict, what fails, the changes asked for, in that
    // order (at most kShown lines of each); the sections after it have the detail.
    const QList<FirewallRequestRow> request = firewallRequest(catalog, report);
    std::unique_ptr<QTextDocument> summary;
    {
        Builder b;
        b.heading(tr("Summary for the change board"), 15);
        b.paragraph(symbol(overall) + u"  "_s + overallText,
                    VerdictStyle::color(VerdictStyle::fromVerdict(overall), paperPalette()), true, 12);
        constexpr int kShown = 12;
        QStringList failing;
        for (const Verdict &v : report.verdicts) {
            if (v.level == VerdictLevel::Fail)
                failing << linkPath(catalog, v.link) + u", "_s + v.host + u": "_s +
                               reportText(localized(v.reason));
        }
        b.heading(tr("What fails"), 11);
        if (failing.isEmpty())
            b.paragraph(tr("No required link fails."));
        for (const QString &line : failing.mid(0, kShown))
            b.bullet(line);
        if (failing.size() > kShown)
            b.paragraph(tr("and %n more: see \"Failures and what to change\".", nullptr,
                           static_cast<int>(failing.size() - kShown)));
        QStringList changes;
        for (const FirewallRequestRow &row : request) {
            if (row.action != PortAction::Open && row.action != PortAction::Fix &&
                !(row.needLevel == NeedLevel::Recommended && row.action != PortAction::None))
                continue;
            changes << u"tcp/"_s + row.port + u"  "_s + localized(row.source) + u" → "_s +
                           localized(destinationText(row)) + u"  ("_s + localized(row.need) + u", "_s +
                           localized(requestActionText(row)) + u')';
        }
        b.heading(tr("Changes asked for"), 11);
        b.paragraph(localized(requestSummaryText(summarizeRequest(request))));
        for (const QString &line : changes.mid(0, kShown))
            b.bullet(line);
        if (changes.size() > kShown)
            b.paragraph(tr("and %n more in the firewall change request.", nullptr,
                           static_cast<int>(changes.size() - kShown)));
        summary = std::move(b.takeDocuments().front());
    }
    summary->documentLayout()->setPaintDevice(&pdf);
    summary->setPageSize(body.size());

    // Filled first and laid out once afterwards: with a page size set, every insertion would
    // lay the document out again.
    std::vector<std::unique_ptr<QTextDocument>> docs;
    {
        Builder b;
        // Links, in catalog order, each with a row per host (and per machine that tested it).
        b.heading(tr("Links"), 15);
        for (const Link &link : catalog.links) {
            QList<const Verdict *> verdicts;
            for (const Verdict &v : report.verdicts) {
                if (v.link == link.id)
                    verdicts << &v;
            }
            if (verdicts.isEmpty())
                continue;
            QStringList ports;
            for (const PlanItem &i : report.plan.items) {
                if (i.link != link.id)
                    continue;
                for (const Requirement *leaf : i.requirement.leaves()) {
                    if (!ports.contains(leaf->portText()))
                        ports << leaf->portText();
                }
                break;
            }
            b.heading(linkPath(catalog, link.id), 11);
            QList<std::pair<QString, QString>> sources;
            for (const QString &id : link.sources) {
                const Source *src = catalog.source(id);
                sources.append(src ? std::pair{src->title, src->url} : std::pair{id, QString()});
            }
            b.paragraph(
                catalogText(link.purpose) + u' ' +
                tr("Protocol: %1. Ports: %2.").arg(catalogText(link.protocol), ports.join(u", "_s)) +
                (link.inferred ? u' ' + tr("Inferred: no vendor document states this link.") : QString()));
            b.linkedParagraph(tr("Source: "), sources, QColor(0x60, 0x60, 0x60));
            QTextTable *t =
                b.table({tr("Host"), tr("Ports"), tr("Verdict"), tr("Evidence")}, {22, 14, 14, 50});
            // Hosts that failed or warned get a row each; on a large site those that passed, and
            // those tested only from other machines, share one row per verdict, so that 500 domain
            // controllers make a readable page rather than forty.
            QMap<int, QList<const Verdict *>> shared; // verdict level -> verdicts
            for (const Verdict *v : std::as_const(verdicts)) {
                const bool groupable = v->level == VerdictLevel::Pass || v->level == VerdictLevel::NotTested;
                if (groupable && verdicts.size() > kGroupAbove) {
                    shared[static_cast<int>(v->level)] << v;
                    continue;
                }
                t = b.row(
                    t,
                    {v->observer.isEmpty() ? v->host : v->host + u"\n"_s + tr("from %1").arg(v->observer),
                     ports.join(u", "_s), levelText(v->level), reportText(localized(v->reason))},
                    {{}, {}, verdictFormat(v->level)});
            }
            for (auto it = shared.cbegin(); it != shared.cend(); ++it) {
                const QList<const Verdict *> &group = it.value();
                const auto level = static_cast<VerdictLevel>(it.key());
                QStringList hosts;
                for (const Verdict *v : group)
                    hosts << (v->observer.isEmpty() ? v->host : v->host + u" ("_s + v->observer + u')');
                t = b.row(t,
                          {tr("%n host(s)", nullptr, static_cast<int>(group.size())), ports.join(u", "_s),
                           levelText(level),
                           tr("The same verdict for every one, e.g. %1: %2")
                                   .arg(group.first()->host, reportText(localized(group.first()->reason))) +
                               u"\n"_s + hostList(hosts)},
                          {{}, {}, verdictFormat(level)});
            }
            b.end();
        }

        // What to change: one fix per machine, host and cause (a DNS failure is one fix, not one per
        // port), then the findings that led to them.
        b.heading(tr("Failures and what to change"), 15, true);
        const QList<Fix> fixes = groupFixes(catalog, report.verdicts);
        if (!fixes.isEmpty()) {
            b.heading(tr("What to change"), 11);
            QString lastHost;
            for (const Fix &f : fixes) {
                const QString host =
                    f.observer.isEmpty() ? f.host : f.host + u" ("_s + tr("from %1").arg(f.observer) + u')';
                if (host != lastHost) {
                    b.paragraph(host, {}, true, 9.5);
                    lastHost = host;
                }
                QStringList links;
                for (const QString &l : f.links)
                    links << linkName(catalog, l);
                b.bullet(localized(f.text) + u"  ("_s + tr("for: %1").arg(links.join(u"; "_s)) + u')');
            }
        }
        bool any = false;
        for (const VerdictLevel level : {VerdictLevel::Fail, VerdictLevel::Warn}) {
            for (const Verdict &v : report.verdicts) {
                if (v.level != level)
                    continue;
                if (!any)
                    b.heading(tr("Findings"), 11);
                any = true;
                b.paragraph(
                    levelText(v.level) + u"  "_s + linkPath(catalog, v.link) + u", "_s + v.host +
                        (v.observer.isEmpty() ? QString() : u" ("_s + tr("from %1").arg(v.observer) + u')'),
                    VerdictStyle::color(VerdictStyle::fromVerdict(v.level), paperPalette()), true, 9.5);
                b.paragraph(reportText(localized(v.reason)));
            }
        }
        if (!any)
            b.paragraph(tr("Nothing to change: no link failed or warned."));

        // The firewall change request: only what the chosen modes need.
        b.heading(tr("Firewall change request"), 15, true);
        b.paragraph(
            tr("The connections the chosen components and modes need, all TCP. For each link and host: "
               "the ports that already work (verified open, no change) and otherwise the fewest ports "
               "that meet the requirement, the mode's first choice first. Alternatives that are not "
               "needed are left out; when a link works only through a fallback, its first choice is "
               "recommended."));
        b.paragraph(localized(requestSummaryText(summarizeRequest(request))), {}, true);
        QTextTable *fw =
            b.table({tr("Source"), tr("Destination"), tr("Port"), tr("Protocol"), tr("Purpose"), tr("Need"),
                     tr("Found"), tr("Action")},
                    {13, 16, 9, 8, 18, 13, 11, 12}); // room for "Domänencontroller", "recommended"
        QTextCharFormat openFormat;
        openFormat.setFontWeight(QFont::Bold);
        openFormat.setForeground(VerdictStyle::color(VisualState::Fail, paperPalette()));
        QTextCharFormat fixFormat;
        fixFormat.setFontWeight(QFont::Bold);
        fixFormat.setForeground(VerdictStyle::color(VisualState::Warn, paperPalette()));
        QTextCharFormat small;
        small.setFontPointSize(7.5);
        for (const GroupedRule &g : groupedRequest(request)) {
            const FirewallRequestRow &r = g.rule;
            // Microsoft's names are listed whole below the row; the cell counts them.
            const QString destination =
                !r.endpointSets.isEmpty() ? tr("%n name(s)", nullptr, static_cast<int>(g.hosts.size()))
                : g.hosts.size() > 1      ? tr("%n host(s)", nullptr, static_cast<int>(g.hosts.size()))
                                          : g.hosts.value(0);
            const QTextCharFormat actionFormat = r.action == PortAction::Open  ? openFormat
                                                 : r.action == PortAction::Fix ? fixFormat
                                                                               : QTextCharFormat();
            fw = b.row(fw,
                       // "every admin workstation" names its role already
                       {r.source.isPlain() ? localized(r.source) + u'\n' + localized(r.sourceRole)
                                           : localized(r.source),
                        destination + u'\n' + localized(r.destinationRole), localized(portText(r)),
                        r.protocol, linkName(catalog, r.link) + u'\n' + localized(r.purpose),
                        localized(r.need), localized(r.found), localized(requestActionText(r))},
                       {{}, {}, {}, {}, {}, {}, {}, actionFormat});
            // The names of one of Microsoft's endpoint sets, every one: they are what the proxy's
            // allow list gets, and a board compares them with Microsoft's published set.
            if (!r.endpointSets.isEmpty())
                fw = b.spanningRow(
                    fw,
                    tr("Microsoft 365 endpoint set %1: %2")
                        .arg(r.endpointSets == u"-"_s ? tr("(id not in the built-in list)") : r.endpointSets,
                             g.hosts.join(u", "_s)),
                    small);
            else if (g.hosts.size() > 1)
                fw = b.spanningRow(fw, tr("Destinations: %1").arg(hostList(g.hosts)), small);
            // Azure's prefixes of the tag, from the file the user saved: what a firewall without
            // service tags needs in the rule.
            if (!r.addressPrefixes.isEmpty())
                fw =
                    b.spanningRow(fw,
                                  tr("Service tag %1 (%2), %n address prefix(es): %3", nullptr,
                                     static_cast<int>(r.addressPrefixes.size()))
                                      .arg(r.serviceTag, r.serviceTagOrigin, r.addressPrefixes.join(u", "_s)),
                                  small);
        }
        b.end();

        // Appendix: every probe result, per machine.
        b.heading(tr("Appendix: every probe result"), 15, true);
        for (const RunResult &run : report.runs) {
            b.paragraph(tr("From %1").arg(run.meta.host), {}, true, 10);
            // One row per probe, sorted by link (catalog order), host and port, so that a reader
            // finds a probe where the link tables above send them.
            QHash<QString, int> linkOrder; // probe key -> position of the first link that plans it
            QHash<QString, QString> linkOf;
            for (const Check &c : report.plan.checks) {
                const QString key = c.probeKey();
                if (linkOrder.contains(key))
                    continue;
                const auto found = std::find_if(catalog.links.cbegin(), catalog.links.cend(),
                                                [&](const Link &l) { return l.id == c.link; });
                linkOrder.insert(key, static_cast<int>(found - catalog.links.cbegin()));
                linkOf.insert(key, c.link);
            }
            QList<const ProbeResult *> sorted;
            sorted.reserve(run.results.size());
            for (const ProbeResult &r : run.results)
                sorted << &r;
            const auto rank = [&](const ProbeResult *r) {
                return std::tuple(linkOrder.value(resultKey(*r), std::numeric_limits<int>::max()), r->host,
                                  r->port, r->via, probeKindId(r->kind));
            };
            std::stable_sort(sorted.begin(), sorted.end(),
                             [&](const ProbeResult *x, const ProbeResult *y) { return rank(x) < rank(y); });
            // A table per link (its name as the table's heading), a row per probe: no column
            // repeats the link, so a row is one line unless its evidence is long.
            QTextTable *t = nullptr;
            QString currentLink = u"\x01"_s;
            for (const ProbeResult *r : std::as_const(sorted)) {
                const QString link = linkOf.value(resultKey(*r));
                if (link != currentLink || !t) {
                    if (t)
                        b.end();
                    currentLink = link;
                    b.paragraph(link.isEmpty() ? tr("Other probes") : localized(catalog.linkTitle(link)), {},
                                true, 9);
                    t = b.table({tr("Host"), tr("Address"), tr("Port"), tr("Probe"), tr("State"), tr("ms"),
                                 tr("Evidence")},
                                {20, 11, 6, 7, 15, 5, 36});
                }
                // Through a proxy the address is the proxy's: not the host's.
                const QString address = r->address != r->host && r->via.isEmpty() ? r->address : QString();
                QString probe = probeKindId(r->kind);
                if (!r->via.isEmpty())
                    probe += u'\n' + tr("via %1").arg(r->via);
                QString state = VerdictStyle::stateText(r->state);
                if (r->state == ProbeState::Open)
                    state += u", "_s + VerdictStyle::serviceText(r->service);
                QStringList evidence;
                if (!r->message.isEmpty() && r->state != ProbeState::Open)
                    evidence << reportText(localized(r->message));
                for (auto f = r->facts.cbegin(); f != r->facts.cend(); ++f)
                    evidence << reportText(f.key() + u" = "_s + f.value());
                t = b.row(t, {r->host, address, QString::number(r->port), probe, state,
                              r->latencyMs >= 0 ? QString::number(r->latencyMs, 'f', 1) : QString(),
                              evidence.join(u"; "_s)});
            }
            if (!t) {
                b.paragraph(tr("No probe ran."));
                continue;
            }
            b.end();
        }
        docs = b.takeDocuments();
    }

    // Lay the documents out one after the other on continuous pages: each later one starts where
    // the one before ended (its spacer takes the used height), so the two share that page.
    struct Placed
    {
        QTextDocument *doc;
        int firstPage; // physical body page of the document's page 0
        int pages;
    };
    std::vector<Placed> placed;
    int bodyPages = 0;
    qreal carry = 0;
    for (const auto &d : docs) {
        const bool continues = !placed.empty();
        if (continues) {
            QTextCursor c(d.get());
            QTextBlockFormat spacer = c.blockFormat();
            spacer.setLineHeight(carry, QTextBlockFormat::FixedHeight);
            c.setBlockFormat(spacer);
        }
        d->documentLayout()->setPaintDevice(&pdf);
        d->setPageSize(body.size());
        const int pages = d->pageCount();
        const int first = continues ? bodyPages - 1 : 0;
        placed.push_back({d.get(), first, pages});
        bodyPages = first + pages;
        const qreal bottom = d->documentLayout()->blockBoundingRect(d->lastBlock()).bottom();
        carry = std::clamp(bottom - (pages - 1) * body.height(), 0.0, body.height());
    }
    const int total = 3 + bodyPages;
    QFont small = reportFont(7.5);
    const auto frame = [&](int page) {
        painter.save();
        painter.setFont(small);
        painter.setPen(QColor(0x50, 0x50, 0x50));
        const QRectF top(0, 0, area.width(), band * 0.6);
        painter.drawText(top, Qt::AlignLeft | Qt::AlignVCenter,
                         tr("Guardian network readiness") + u" · "_s + symbol(overall) + u' ' + overallText);
        painter.drawText(top, Qt::AlignRight | Qt::AlignVCenter, report.meta.host);
        painter.setPen(QPen(QColor(0xc0, 0xc0, 0xc0), 2));
        painter.drawLine(QPointF(0, band * 0.7), QPointF(area.width(), band * 0.7));
        painter.drawLine(QPointF(0, area.height() - band * 0.7),
                         QPointF(area.width(), area.height() - band * 0.7));
        painter.setPen(QColor(0x50, 0x50, 0x50));
        const QRectF bottom(0, area.height() - band * 0.6, area.width(), band * 0.6);
        painter.drawText(bottom, Qt::AlignLeft | Qt::AlignVCenter,
                         u"Guardian Port Check "_s + report.meta.toolVersion + u" · "_s + started);
        painter.drawText(bottom, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(page).arg(total));
        painter.restore();
    };
    const auto drawPage = [&](QTextDocument &d, int index) {
        painter.save();
        painter.translate(body.left(), body.top() - index * body.height());
        const QRectF clip(0, index * body.height(), body.width(), body.height());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, QColor(0x20, 0x20, 0x20));
        d.documentLayout()->draw(&painter, context);
        painter.restore();
    };

    // Page 1: the cover.
    frame(1);
    drawPage(*cover, 0);

    pdf.newPage();
    frame(2);
    drawPage(*summary, 0);

    // Page 3: the diagram, drawn from the same scene the window shows (vector).
    pdf.newPage();
    frame(3);
    {
        TopologyScene scene(catalog);
        scene.setPalette(paperPalette());
        // Laid out for the page's shape; the scene draws its own header (title, verdict, site,
        // date) and legend, as in the window's PNG and SVG exports.
        scene.setPreferredAspect(body.width() / body.height());
        scene.setPlan(report.plan, report.meta.host);
        scene.setVerdicts(report.verdicts);
        painter.save();
        DiagramHeader header;
        header.title = tr("Topology");
        header.site = report.meta.profile.isEmpty() ? report.meta.host : report.meta.profile;
        header.date = report.meta.finished.isValid() ? report.meta.finished : report.meta.started;
        scene.renderWithHeader(&painter, body, header);
        painter.restore();
    }

    int current = -1;
    for (const Placed &p : placed) {
        for (int i = 0; i < p.pages; ++i) {
            if (p.firstPage + i != current) {
                current = p.firstPage + i;
                pdf.newPage();
                frame(4 + current);
            }
            drawPage(*p.doc, i);
        }
    }
    if (!painter.end())
        return tr("Cannot write the PDF %1.").arg(path);
    return {};
}

} // namespace PortCheck
