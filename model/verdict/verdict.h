#pragma once

#include "model/catalog/catalog.h"
#include "model/plan/plan.h"
#include "model/probe/probetypes.h"
#include "model/text.h"

#include <QHash>
#include <QList>
#include <QString>

namespace PortCheck {

// probe key (ProbeTarget::key) -> result
using ResultIndex = QHash<QString, ProbeResult>;

enum class VerdictLevel
{
    Pass,
    Warn,
    Fail,
    NotTested
};

QString verdictId(VerdictLevel level); // "pass", "warn", "fail", "not-tested" (JSON contract)
std::optional<VerdictLevel> verdictFromId(const QString &id);

// Verdict rules (also in docs/DESIGN-NOTES.md, tested in tests/model/tst_verdict.cpp):
// - A port satisfies a requirement only when the service answered in its own protocol
//   (`identified`; for plain `tcp` checks an accepted connection). `silent` (accepted, then nothing)
//   and `unexpected` (something else answered) do not: they fail the port and explain why
//   ("389 accepted the connection and never answered LDAP").
// - A TLS certificate the source machine does not trust (`tls-error`) fails the port: Guardian's
//   clients (Windows LDAP, the WinRM client, .NET HTTPS) verify the chain and the name and refuse
//   the connection. A link marked `tls-errors: warn` (its client verifies only when told to) warns.
// - Another DC answering for the name typed, a fallback carrying the link, an optional link
//   failing: warn. Every required link that fails sets exit code 1.
// - Behind a port that works, the service can still be unusable for Guardian (findings, with
//   their own remediation causes): a DC, KDC or DNS server of another domain (wrong-domain: a
//   DC of another domain or forest fails, a KDC or DNS server that does not serve the realm or
//   zone warns); a clock more than 120 s off warns and more than 300 s fails (clock-skew, or
//   clock-skew-local when the DCs agree with each other and this machine is the one off).
//   The port itself is verified open: the firewall request does not ask for it.

// How much the firewall request needs a port: the chosen modes need it (required), it would put
// a link that works through a fallback back on its first choice (recommended), or the link is
// optional (optional).
enum class NeedLevel
{
    Required,
    Recommended,
    Optional
};
QString needId(NeedLevel need); // "required", "recommended", "optional" (CSV)
Text needText(NeedLevel need);

// What the network team has to do about one port.
enum class PortAction
{
    None,    // verified open: the service answered, no change
    Open,    // refused, filtered or unreachable: open it (or start the service)
    Fix,     // the connection passes but the answer is wrong (silent, unexpected, TLS): see the fix
    Unknown, // not tested (from another machine, cancelled, or cannot be probed): open if blocked
};
QString actionId(PortAction action); // "no change", "open", "fix", "verify"
Text actionText(PortAction action);

// One port of a link toward one host that the firewall request lists: the smallest set of ports
// that meets the link's requirement under the chosen modes, preferring each any-of's first
// choice. Ports that already satisfy it are listed as "verified open, no change"; alternatives
// that are not needed (139 when 445 works, 5985 when 5986 works in an auto mode) are left out;
// when the link works only through a fallback, its first choice is listed as recommended.
struct NeededPort
{
    const Requirement *leaf = nullptr; // into the PlanItem's requirement
    const Check *check = nullptr;      // the plan's check of it; null for leaves that cannot be probed
    NeedLevel need = NeedLevel::Required;
    PortAction action = PortAction::Unknown;
    const ProbeResult *result = nullptr; // null when not tested
};
// `results` may be null (nothing tested: every row is Unknown, and the first choices are asked for).
QList<NeededPort> neededPorts(const Catalog &catalog, const Plan &plan, const PlanItem &item,
                              const ResultIndex *results);

// One change for one host and cause (a failure id), with every port and link it concerns: the DNS
// failure of a host is one fix, not one per port.
struct Fix
{
    QString host;
    QString observer;
    QString cause;        // failure id: refused, filtered, dns-failed, silent, tls-error, ...
    QString from;         // source role id
    QString templateText; // the catalog's English remediation, before the placeholders
    QStringList links;    // link ids, in the order met
    QList<quint16> ports; // the ports it concerns (catalog ports), in the order met
    Text text;            // the remediation with {port} naming every port
};

struct Verdict
{
    QString link;
    QString host;
    VerdictLevel level = VerdictLevel::NotTested;
    bool optional = false;   // the link is optional: a failure is reported as a warning
    Text reason;             // in words a person understands (english() in the JSON)
    QList<Text> remediation; // what to change: the fixes' texts (one per cause and template)
    QList<Fix> fixes;        // the same, structured; groupFixes() joins them across links
    QList<Text> notes;       // catalog notes of ports that cannot be probed (Azure SQL redirect range)
    QString observer;        // the machine that tested it, when results of several machines are merged
};

struct VerdictSummary
{
    int pass = 0;
    int warn = 0;
    int fail = 0;
    int notTested = 0;

    // The verdict of the whole: the worst of what was tested.
    VerdictLevel overall() const;
};

// What the results of one machine say about the directory as a whole, against which each DC is
// judged (issue 14): the domain and forest its DCs must belong to, and whose clock is off.
struct DirectoryContext
{
    QString domainNamingContext;    // "DC=corp,DC=example": the plan's domain, else the DCs' majority
    QString rootNamingContext;      // the DCs' majority rootDomainNamingContext
    bool domainFromProfile = false; // domainNamingContext is the profile's domain, not a majority
    // Every DC that told its time (two at least) agrees with the others within a minute, and they
    // all differ from this machine by more than the warning threshold: this machine is off.
    bool localClockOff = false;

    bool operator==(const DirectoryContext &other) const;
    bool operator!=(const DirectoryContext &other) const { return !(*this == other); }
};
DirectoryContext directoryContext(const Plan &plan, const ResultIndex &results);
// Whether directoryContext() reads this result (an LDAP answer, a clock): a result that does not
// cannot change the context.
bool votesOnDirectoryContext(const ProbeResult &result);

// Clock skew between a DC and this machine (clock.skewSeconds, LDAP currentTime or the KDC's time):
// a warning above kSkewWarnSeconds, a failure above Kerberos' default maximum (5 minutes).
inline constexpr qint64 kSkewWarnSeconds = 120;
inline constexpr qint64 kSkewFailSeconds = 300;

QList<Verdict> computeVerdicts(const Catalog &catalog, const Plan &plan, const ResultIndex &results);
// The verdict of one item of `plan` (computeVerdicts() of each item), for a caller that needs only
// some; `context` is directoryContext(plan, results), computed once for all of them.
Verdict computeVerdict(const Catalog &catalog, const Plan &plan, const PlanItem &item,
                       const ResultIndex &results, const DirectoryContext &context);
// The fixes of failing and warning verdicts, one per machine, host, source role, cause and
// remediation text, with the ports and links joined: what the failures list of the PDF, the
// window and the command line print.
QList<Fix> groupFixes(const Catalog &catalog, const QList<Verdict> &verdicts);
VerdictSummary summarize(const QList<Verdict> &verdicts);
// The whole in one sentence ("3 links fail: the network is not ready for Guardian."), as the
// results page's headline, the diagram's header and its exports say it.
Text overallSentence(const VerdictSummary &s);
// "7 pass · 3 warn · 3 fail · 11 not tested from here"
Text countsSentence(const VerdictSummary &s);
// 0 when every required link passes or warns, 1 when one fails (DESIGN.md exit codes).
int exitCodeFor(const QList<Verdict> &verdicts);

} // namespace PortCheck

// A plan of 100,000 hosts has as many verdicts: growing the list moves them as bytes.
Q_DECLARE_TYPEINFO(PortCheck::Verdict, Q_RELOCATABLE_TYPE);
