#pragma once

#include "model/run/report.h"
#include "model/verdict/verdict.h"

#include <QCoreApplication>
#include <QPalette>
#include <QString>

#include <functional>

namespace PortCheck {

class Catalog;

// Markup and control characters from the network or a file show as typed (displaySafe), then
// HTML-escaped: a certificate subject of "<b>x</b>" or an ANSI sequence shows as it was sent.
QString escapedHtml(const QString &text);

// The evidence pane of the results page for one verdict, as HTML: the link and host, the verdict
// and its reason, what to change, each check's state and facts from every run that tested it, and
// the command to run where the link starts when it is not tested from here. No widgets: it reads
// only what it is given. Its words are the results page's (the same translation context).
class EvidenceFormatter
{
    Q_DECLARE_TR_FUNCTIONS(PortCheck::ResultsPage)

public:
    // The profile saved for the machine a role runs on (empty when none is saved).
    using SavedProfileLookup = std::function<QString(const QString &role)>;

    EvidenceFormatter(const Catalog &catalog, const ReportData &report, const QPalette &palette,
                      SavedProfileLookup savedProfileFor = {});

    QString html(const Verdict &v) const;

private:
    QString headingHtml(const Verdict &v, const Link *link) const;
    // The table rows of the verdict's checks; `commands` gets the probes not tested from here.
    QString evidenceRows(const Verdict &v, const Link *link, QStringList *commands) const;
    QString elsewhereAdvice(const Link *link, QStringList commands) const;

    const Catalog &m_catalog;
    const ReportData &m_report;
    QPalette m_palette;
    SavedProfileLookup m_savedProfileFor;
};

} // namespace PortCheck
