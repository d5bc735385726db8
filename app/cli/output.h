#pragma once

#include "model/catalog/catalog.h"
#include "model/plan/plan.h"
#include "model/probe/probetypes.h"
#include "model/verdict/verdict.h"

#include <QString>
#include <QTextStream>

#include <cstdio>

namespace PortCheck {

// stdout or stderr. Every string goes through displaySafe(): tables and messages hold host names,
// certificate subjects and LDAP values, and none of their control characters or bidirectional
// overrides may reach the terminal (line breaks and tabs of our own layout stay).
class Output
{
public:
    explicit Output(FILE *file);
    Output &operator<<(const QString &text);
    template <typename A, typename B> Output &operator<<(const QStringBuilder<A, B> &text)
    {
        return *this << QString(text);
    }
    Output &operator<<(const char *text) { return *this << QString::fromUtf8(text); }
    Output &operator<<(char c) { return *this << QString(QChar::fromLatin1(c)); }
    // CSV keeps its CRLF line ends (RFC 4180); each line is made safe on its own.
    void csv(const QString &text);
    void flush() { m_stream.flush(); }

private:
    QTextStream m_stream;
};

Output &out();
Output &err();

// What the tables print. Evidence can be as long as a server makes it: the table shows the start,
// the JSON all of it.
QString evidenceText(const ProbeResult &r);
// "Directory (LDAP) (service-dc-ldap)": what a table row names, narrow enough to leave the reason
// room on a terminal; the path (from -> to) is in the headings.
QString linkTableLabel(const Catalog &catalog, const QString &id);
QString latencyText(const ProbeResult &r);
// The state and verdict columns print the contract's words (DESIGN.md "Probe states"), like link ids
// and probe kinds: scripts read them, and they mean the same in every language.
QString verdictText(VerdictLevel level);
// "389", or "10389 (for 389)" where the profile moves the port.
QString checkPortText(const Check &c);

} // namespace PortCheck
