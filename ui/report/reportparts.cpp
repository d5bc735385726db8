#include "ui/report/reportparts.h"

#include "ui/i18n/translations.h"
#include "ui/style/verdictstyle.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace PortCheck::ReportParts {

// The sites as the DCs name them (network text: escaped), at most eight and a count of the rest.
QString siteList(const QStringList &sites)
{
    constexpr qsizetype kShown = 8;
    QString shown = displaySafe(sites.mid(0, kShown).join(u", "_s));
    if (sites.size() > kShown)
        shown += u' ' + ReportWriter::tr("and %n more", nullptr, static_cast<int>(sites.size() - kShown));
    return shown;
}

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

// A table cell in the verdict's colour, bold.
ReportCell verdictCell(const QString &text, VerdictLevel level)
{
    return {text, VerdictStyle::color(VerdictStyle::fromVerdict(level), paperPalette()), true, false};
}

ReportCell cell(const QString &text)
{
    return {text, {}, false, false};
}

ReportCell boldCell(const QString &text)
{
    return {text, {}, true, false};
}

ReportCell smallCell(const QString &text)
{
    return {text, {}, false, true};
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

QString hostList(const QStringList &hosts)
{
    constexpr int kShown = 40;
    QString text = hosts.mid(0, kShown).join(u", "_s);
    if (hosts.size() > kShown)
        text += u", "_s + QCoreApplication::translate("ReportWriter", "and %n more", nullptr,
                                                      static_cast<int>(hosts.size() - kShown));
    return text;
}

// The first few of many hosts: "dc1, dc2, dc3 and 47 more" (the summary's one line per cause).
QString someHosts(const QStringList &hosts)
{
    constexpr int kShown = 3;
    QString text = hosts.mid(0, kShown).join(u", "_s);
    if (hosts.size() > kShown)
        text += u' ' + QCoreApplication::translate("ReportWriter", "and %n more", nullptr,
                                                   static_cast<int>(hosts.size() - kShown));
    return text;
}

} // namespace PortCheck::ReportParts
