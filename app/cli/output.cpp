#include "app/cli/output.h"

#include "model/text.h"
#include "ui/i18n/translations.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace PortCheck {

Output::Output(FILE *file)
    : m_stream(file)
{}

Output &Output::operator<<(const QString &text)
{
    m_stream << displaySafe(text, true);
    return *this;
}

void Output::csv(const QString &text)
{
    // RFC 4180 lines end in CR LF. Windows' C runtime writes stdout in text mode and turns every LF
    // into CR LF itself: there a bare LF gives CR LF (a CR of ours would come out doubled).
#ifdef Q_OS_WIN
    const char *const end = "\n";
#else
    const char *const end = "\r\n";
#endif
    const QStringList lines = text.split(u"\r\n"_s);
    for (qsizetype i = 0; i < lines.size(); ++i)
        m_stream << displaySafe(lines.at(i), true) << (i + 1 < lines.size() ? end : "");
}

Output &out()
{
    static Output stream(stdout);
    return stream;
}

Output &err()
{
    static Output stream(stderr);
    return stream;
}

QString evidenceText(const ProbeResult &r)
{
    constexpr qsizetype kLimit = 400;
    const QString text = localized(evidenceSummary(r));
    if (text.size() <= kLimit)
        return text;
    return QCoreApplication::translate("CommandLine", "%1... (%2 characters, all of them in the JSON)")
        .arg(text.left(kLimit))
        .arg(text.size());
}

QString linkTableLabel(const Catalog &catalog, const QString &id)
{
    const QString name = linkName(catalog, id);
    return name.isEmpty() || name == id ? id : name + u" ("_s + id + u')';
}

QString latencyText(const ProbeResult &r)
{
    return r.latencyMs >= 0 ? QCoreApplication::translate("CommandLine", "%1 ms").arg(r.latencyMs, 0, 'f', 1)
                            : QString();
}

QString verdictText(VerdictLevel level)
{
    return verdictId(level).toUpper();
}

QString checkPortText(const Check &c)
{
    return c.port == c.catalogPort
               ? QString::number(c.port)
               : QCoreApplication::translate("CommandLine", "%1 (for %2)").arg(c.port).arg(c.catalogPort);
}

} // namespace PortCheck
