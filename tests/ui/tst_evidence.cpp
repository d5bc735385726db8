#include "model/catalog/catalogloader.h"
#include "model/plan/plan.h"
#include "model/run/report.h"
#include "ui/i18n/translations.h"
#include "ui/wizard/evidenceformatter.h"

#include <QPalette>
#include <QTest>
#include <QTextDocument>

using namespace PortCheck;
using namespace Qt::StringLiterals;

namespace {
// What a server sent as its certificate subject: markup, an ANSI colour and a right-to-left override.
const QString kHostile = u"<b>x</b> evil\x1b[31mred\u202Etxt.exe"_s;

// The Guardian server toward the Cayosoft cloud through a proxy: every HTTPS check answered with a
// certificate nobody trusts (a failing verdict), its facts as a server would send them.
ReportData cloudBehindProxy()
{
    const Catalog &catalog = builtinCatalog();
    Profile profile = Profile::defaults(catalog);
    profile.vantage = {u"guardian-server"_s};
    profile.components = {u"cayosoft-cloud"_s};
    profile.proxy = u"http://127.0.0.1:3128"_s;
    profile.hosts[u"cayosoft-cloud"_s] = {{u"cloud.example"_s, {}}};
    const Plan plan = buildPlan(catalog, profile);
    RunResult run;
    run.meta = RunMetadata::now(catalog);
    run.meta.vantage = plan.vantage;
    for (const Check &c : plan.checks) {
        if (!c.testable)
            continue;
        ProbeResult r;
        r.host = c.host;
        r.port = c.port;
        r.kind = c.probe;
        r.via = c.via;
        r.state = ProbeState::Open;
        r.service = ServiceState::TlsError;
        r.latencyMs = 12.5;
        r.facts.insert(u"tls.errors"_s, u"self-signed certificate"_s);
        r.facts.insert(u"tls.subject"_s, kHostile);
        r.facts.insert(u"tls.issuer"_s, u"CN=Inspecting Proxy CA"_s);
        run.results.append(r);
    }
    return reportFromRun(catalog, plan, run);
}

QString plainText(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}
} // namespace

// The evidence pane's HTML, made without a window: from a catalog, a report and a verdict.
class TestEvidence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void namesTheLinkAndTheHost();
    void serverControls_escapedAndVisible();
    void failingVerdict_showsItsRemediation();
    void proxyAndTlsFacts_appear();
    void notTestedHere_namesTheSavedProfileAndCommand();

private:
    const Verdict *failing() const;

    const Catalog &m_catalog = builtinCatalog();
    ReportData m_report;
};

void TestEvidence::initTestCase()
{
    installTranslations(u"en"_s);
    m_report = cloudBehindProxy();
    QVERIFY(!m_report.verdicts.isEmpty());
    QVERIFY(failing());
}

const Verdict *TestEvidence::failing() const
{
    for (const Verdict &v : m_report.verdicts) {
        if (v.level == VerdictLevel::Fail && v.host == u"cloud.example"_s)
            return &v;
    }
    return nullptr;
}

void TestEvidence::namesTheLinkAndTheHost()
{
    const EvidenceFormatter formatter(m_catalog, m_report, QPalette());
    for (const Verdict &v : m_report.verdicts) {
        const QString html = formatter.html(v);
        const QString heading = u"<h3>"_s + linkPath(m_catalog, v.link).toHtmlEscaped() + u": "_s +
                                v.host.toHtmlEscaped() + u"</h3>"_s;
        QVERIFY2(html.startsWith(heading), qPrintable(html.left(300)));
        const Link *link = m_catalog.link(v.link);
        QVERIFY(link);
        QVERIFY2(plainText(html).contains(catalogText(link->purpose)), qPrintable(v.link));
    }
}

void TestEvidence::serverControls_escapedAndVisible()
{
    const QString html = EvidenceFormatter(m_catalog, m_report, QPalette()).html(*failing());
    // Markup stays text, control characters show as escapes (what was sent, not reordered text).
    QVERIFY2(html.contains(u"&lt;b&gt;x&lt;/b&gt; evil\\x1b[31mred\\u202etxt.exe"_s), qPrintable(html));
    QVERIFY(!html.contains(u"<b>x</b>"_s));
    QVERIFY(!html.contains(QChar(0x1b)) && !html.contains(QChar(0x202e)));
    const QString text = plainText(html);
    QVERIFY2(text.contains(u"<b>x</b> evil\\x1b[31mred\\u202etxt.exe"_s), qPrintable(text));
    QCOMPARE(escapedHtml(u"a<b>\x1b"_s), u"a&lt;b&gt;\\x1b"_s);
}

void TestEvidence::failingVerdict_showsItsRemediation()
{
    const Verdict &v = *failing();
    QVERIFY(!v.remediation.isEmpty());
    const QString text = plainText(EvidenceFormatter(m_catalog, m_report, QPalette()).html(v));
    QVERIFY2(text.contains(u"What to change"_s), qPrintable(text));
    for (const Text &fix : v.remediation)
        QVERIFY2(text.contains(displaySafe(localized(fix), true)), qPrintable(localized(fix)));
    QVERIFY(text.contains(localized(v.reason)));
    // A passing link has nothing to change.
    for (const Verdict &other : m_report.verdicts) {
        if (other.remediation.isEmpty())
            QVERIFY(!plainText(EvidenceFormatter(m_catalog, m_report, QPalette()).html(other))
                         .contains(u"What to change"_s));
    }
}

void TestEvidence::proxyAndTlsFacts_appear()
{
    const QString html = EvidenceFormatter(m_catalog, m_report, QPalette()).html(*failing());
    QVERIFY2(html.contains(u"<code>tls.issuer</code> = CN=Inspecting Proxy CA"_s), qPrintable(html));
    QVERIFY(html.contains(u"<code>tls.errors</code> = self-signed certificate"_s));
    const QString text = plainText(html);
    QVERIFY(text.contains(u"12.5 ms"_s));
    // The checks went through the profile's proxy, and the evidence says so.
    QVERIFY2(text.contains(u"127.0.0.1:3128"_s), qPrintable(text));
}

void TestEvidence::notTestedHere_namesTheSavedProfileAndCommand()
{
    // Links that start on the agent: not tested from the server; the advice names what to run.
    Profile profile = Profile::defaults(m_catalog);
    profile.vantage = {u"guardian-server"_s};
    for (const Component &c : m_catalog.components)
        profile.components << c.id;
    for (const Role &r : m_catalog.roles)
        profile.hosts.insert(r.id, {ProfileHost{r.id + u".corp.example"_s, {}}});
    const Plan plan = buildPlan(m_catalog, profile);
    RunResult run;
    run.meta = RunMetadata::now(m_catalog);
    run.meta.vantage = plan.vantage;
    const ReportData report = reportFromRun(m_catalog, plan, run);
    const Verdict *elsewhere = nullptr;
    for (const Verdict &v : report.verdicts) {
        if (v.level == VerdictLevel::NotTested && report.runsFrom(m_catalog.link(v.link)->from).isEmpty())
            elsewhere = &v;
    }
    QVERIFY(elsewhere);
    const QString from = m_catalog.link(elsewhere->link)->from;
    const QString unsaved = plainText(EvidenceFormatter(m_catalog, report, QPalette()).html(*elsewhere));
    QVERIFY2(unsaved.contains(u"guardian-portcheck probe "_s), qPrintable(unsaved));
    QVERIFY(unsaved.contains(u"not tested from here"_s));
    const EvidenceFormatter saved(m_catalog, report, QPalette(), [&from](const QString &role) -> QString {
        return role == from ? u"/tmp/my site.yaml"_s : QString();
    });
    const QString text = plainText(saved.html(*elsewhere));
    QVERIFY2(text.contains(u"guardian-portcheck run \"my site.yaml\" --json \"my site-results.json\""_s),
             qPrintable(text));
}

QTEST_MAIN(TestEvidence)
#include "tst_evidence.moc"
