#include "model/catalog/catalogloader.h"
#include "model/demo/demosite.h"
#include "model/demo/responder.h"
#include "model/export/firewallrequest.h"
#include "model/results/resultsreader.h"
#include "model/results/resultswriter.h"
#include "model/run/coverage.h"
#include "model/run/planrun.h"
#include "model/run/report.h"
#include "tests/probehelpers.h"
#include "tests/testutil.h"
#include "ui/i18n/coveragetext.h"
#include "ui/i18n/translations.h"
#include "ui/report/htmlreport.h"
#include "ui/report/pdfcompositor.h"
#include "ui/report/reportwriter.h"
#include "ui/wizard/portcheckwizard.h"
#include "ui/wizard/resultspage.h"
#include "ui/wizard/startpage.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QSslKey>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace PortCheck;
using namespace PortCheck::Test;
using namespace Qt::StringLiterals;

// The report as approvers read it: rendered to PDF, read back with poppler's pdftotext and pdfinfo.
// The merge of results from two machines.
class TestReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void demoReport_holdsVerdictLinksPortsAndRemediation();
    void letterPaper();
    void networkText_printsLiterally();
    void networkControls_printEscaped();
    void longNetworkText_isCutInThePdfOnly();
    void merge_eachLinkJudgedWhereItStarts();
    void merge_sameCheckFromTwoMachinesShowsBoth();
    void merge_badInputIsNamed();
    void merge_sameRunTwiceIsReadOnce();
    void merge_twoRunsOfOneMachineCountEachCheckOnce();
    void coverage_matrixOfLinksByMachine();
    void reopenedResults_readInJapanese();
    void cover_namesTheChangeOrLeavesLinesToFillIn();
    void cover_namesTheSitesAndWhoRan();
    void tables_rowsNeverSplitAndHeadersRepeat();
    void tables_spanningRowsStayWithTheirRow();
    void tables_wordsStayWhole();
    void boldHeads_keepWithWhatFollows();
    void request_hasTheChangeToolsColumns();
    void request_namesEveryDestinationOfARule();
    void request_windowHasOneRowPerRule();
    void summary_oneLinePerRuleAndCause();
    void html_isSelfContainedXmlWithTheJsonsVerdicts();
    void html_networkMarkupStaysText();

private:
    // The Guardian server toward dc1..dc45.corp.example, every other setting the default.
    Plan fortyFiveDcPlan() const
    {
        Profile profile = Profile::defaults(m_catalog);
        profile.vantage = {u"guardian-server"_s};
        QList<ProfileHost> dcs;
        for (int i = 1; i <= 45; ++i)
            dcs.append(ProfileHost{u"dc%1.corp.example"_s.arg(i), {}});
        profile.hosts.insert(u"domain-controller"_s, dcs);
        return buildPlan(m_catalog, profile);
    }
    RunResult runDemo(const QStringList &vantage, Plan *plan = nullptr, const DemoSite *site = nullptr);
    QByteArray demoJson(const QStringList &vantage, const DemoSite *site = nullptr);
    static QString pdfText(const QString &path);
    static QString pdfInfo(const QString &path, const QString &key);
    static QString pdfPageText(const QString &path, int page);
    // Lays the document out on A4 with PdfCompositor, as the report does; returns its page count.
    static int composePdf(const ReportDocument &document, const QString &path);
    // For each page, from 1: the words of `pattern`'s first group found on it (the last page wins).
    static QHash<QString, int> pagesOfWords(const QString &path, int pages,
                                            const QRegularExpression &pattern);

    const Catalog &m_catalog = builtinCatalog();
    DemoSite m_site;
    QTemporaryDir m_dir;
};

void TestReport::initTestCase()
{
    installTranslations(u"en"_s);
    QVERIFY(m_site.start().ok());
    QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(), "poppler-utils is missing");
}

RunResult TestReport::runDemo(const QStringList &vantage, Plan *planOut, const DemoSite *site)
{
    if (!site)
        site = &m_site;
    Profile profile = site->profile();
    profile.vantage = vantage;
    RunSettings settings;
    settings.probe.connectTimeoutMs = profile.connectTimeoutMs;
    settings.probe.protocolTimeoutMs = profile.protocolTimeoutMs;
    settings.probe.domain = profile.domain;
    settings.probe.extraCaCertificates = site->trustAnchors();
    PlanRun run(m_catalog, buildPlan(m_catalog, profile), settings);
    run.start(RunMetadata::now(m_catalog));
    if (run.isRunning() && !waitForSignal(&run, &PlanRun::finished, 30000))
        return {};
    if (planOut)
        *planOut = run.plan();
    return run.result();
}

QByteArray TestReport::demoJson(const QStringList &vantage, const DemoSite *site)
{
    Plan plan;
    const RunResult run = runDemo(vantage, &plan, site);
    return runResultJson(m_catalog, plan, run, computeVerdicts(m_catalog, plan, run.index()));
}

QString TestReport::pdfText(const QString &path)
{
    QProcess p;
    p.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    p.waitForFinished(30000);
    // Lines wrap where the page is narrow: compare with white space collapsed.
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

int TestReport::composePdf(const ReportDocument &document, const QString &path)
{
    QPdfWriter pdf(path);
    pdf.setResolution(300);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    QPainter painter(&pdf);
    const QRect area = pdf.pageLayout().paintRectPixels(300);
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(8.5);
    const PdfCompositor compositor(&pdf, QRectF(area), font);
    const int total = compositor.pageCount(document);
    int begun = 0;
    PdfCompositor::Pages pages;
    pages.begin = [&](int page) {
        if (page > 0)
            pdf.newPage();
        ++begun;
    };
    compositor.draw(document, painter, pages);
    if (begun != total)
        qWarning("counted %d pages, drew %d", total, begun);
    return begun == total ? total : -1;
}

QHash<QString, int> TestReport::pagesOfWords(const QString &path, int pages,
                                             const QRegularExpression &pattern)
{
    QHash<QString, int> pageOf;
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfPageText(path, page);
        for (auto m = pattern.globalMatch(text); m.hasNext();)
            pageOf.insert(m.next().captured(1), page);
    }
    return pageOf;
}

QString TestReport::pdfPageText(const QString &path, int page)
{
    QProcess p;
    p.start(u"pdftotext"_s, {u"-f"_s, QString::number(page), u"-l"_s, QString::number(page), u"-enc"_s,
                             u"UTF-8"_s, path, u"-"_s});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

QString TestReport::pdfInfo(const QString &path, const QString &key)
{
    QProcess p;
    p.start(u"pdfinfo"_s, {path});
    p.waitForFinished(30000);
    for (const QString &line : QString::fromUtf8(p.readAllStandardOutput()).split(u'\n')) {
        if (line.startsWith(key + u':'))
            return line.mid(key.size() + 1).trimmed();
    }
    return {};
}

void TestReport::demoReport_holdsVerdictLinksPortsAndRemediation()
{
    Plan plan;
    const RunResult run = runDemo({u"guardian-server"_s}, &plan);
    QVERIFY(!run.results.isEmpty());
    const ReportData report = reportFromRun(m_catalog, plan, run);
    const QString path = m_dir.filePath(u"demo.pdf"_s);
    ReportWriter writer(m_catalog, report);
    writer.setPageSize(QPageSize::A4);
    QCOMPARE(writer.write(path).error().english(), QString());

    const QString text = pdfText(path);
    // The cloud endpoint's inspecting proxy and the agent's silent 443 fail their links: an untrusted
    // certificate and a silent port satisfy nothing (docs/DESIGN-NOTES.md, verdict rules).
    QVERIFY2(text.contains(u"NOT READY: 3 links fail"_s), qPrintable(text.left(600)));
    QVERIFY(text.contains(u"7 pass · 3 warning · 3 fail · 11 not tested from here"_s));
    QVERIFY(text.contains(run.meta.host));
    // Every link, every port, the remediation of every failure.
    for (const PlanItem &item : plan.items) {
        const Link *link = m_catalog.link(item.link);
        const QString heading = m_catalog.role(link->from)->name + u" → "_s + m_catalog.role(link->to)->name;
        QVERIFY2(text.contains(heading), qPrintable(heading));
        QVERIFY2(text.contains(link->purpose), qPrintable(link->purpose));
        for (const Requirement *leaf : item.requirement().leaves())
            QVERIFY2(text.contains(leaf->portText()), qPrintable(leaf->portText()));
    }
    int failures = 0;
    for (const Verdict &v : report.verdicts) {
        if (v.level == VerdictLevel::Fail)
            ++failures;
    }
    QCOMPARE(failures, 3);
    // Every fix once: one per host and cause, not one per port or link.
    const QList<Fix> fixes = groupFixes(m_catalog, report.verdicts);
    QVERIFY(!fixes.isEmpty());
    for (const Fix &fix : fixes) {
        const QString fixText = fix.text.english().simplified();
        QVERIFY2(text.count(fixText) == 1,
                 qPrintable(fixText + u" printed "_s + QString::number(text.count(fixText))));
    }
    QVERIFY(text.contains(u"Firewall change request"_s));
    // The request asks only for what the modes need: 139 is refused, but 445 works, so no 139 row;
    // dc2's LDAP works through LDAPS, so its 389 is recommended.
    const QString request =
        text.mid(text.indexOf(u"Firewall change request"_s), text.indexOf(u"Appendix: every probe result"_s) -
                                                                 text.indexOf(u"Firewall change request"_s));
    QVERIFY2(!request.contains(u" 139 "_s), qPrintable(request));
    const FirewallRequestSummary asked = summarizeRequest(firewallRequest(m_catalog, report));
    QCOMPARE(asked.recommended, 2); // dc2's 389 (dropped) and 3268 (refused)
    QVERIFY2(request.contains(requestSummaryText(asked).english()), qPrintable(request));
    // The intro and the summary say "verified" once each; every row that works says it in its Action
    // cell, whose words pdftotext may interleave with the next column's when the cell wraps.
    QVERIFY2(request.count(u"verified"_s) > 2, qPrintable(request));
    QVERIFY(text.contains(u"Appendix: every probe result"_s));

    // Page numbers agree with the file, and the page size is A4.
    const int pages = pdfInfo(path, u"Pages"_s).toInt();
    QVERIFY(pages >= 4);
    QVERIFY2(text.contains(u"Page %1 of %1"_s.arg(pages)), qPrintable(QString::number(pages)));
    QVERIFY2(pdfInfo(path, u"Page size"_s).startsWith(u"595 x 842"_s),
             qPrintable(pdfInfo(path, u"Page size"_s)));
    // Vector text, not pictures of text: pdftotext found it above; and the file stays small.
    QVERIFY(QFileInfo(path).size() < 1024 * 1024);
}

void TestReport::letterPaper()
{
    Plan plan;
    const RunResult run = runDemo({u"guardian-server"_s}, &plan);
    const ReportData report = reportFromRun(m_catalog, plan, run);
    const QString path = m_dir.filePath(u"letter.pdf"_s);
    ReportWriter writer(m_catalog, report);
    writer.setPageSize(QPageSize::Letter);
    QCOMPARE(writer.write(path).error().english(), QString());
    QVERIFY2(pdfInfo(path, u"Page size"_s).startsWith(u"612 x 792"_s),
             qPrintable(pdfInfo(path, u"Page size"_s)));
    QVERIFY(!ReportWriter(m_catalog, report).write(u"/nonexistent/dir/r.pdf"_s));
}

// The cloud link of a Guardian server, probed against a TLS server on 127.0.0.1 whose certificate
// openssl makes for the test with the subject options given (a certificate's subject is text from
// the network). Gives the run's results and its report.
static bool runCloudWithCertificate(const Catalog &catalog, const QStringList &subjectOptions,
                                    RunResult *result, ReportData *report)
{
    QTemporaryDir dir;
    const QString key = dir.filePath(u"k.pem"_s);
    const QString cert = dir.filePath(u"c.pem"_s);
    QProcess openssl;
    openssl.start(u"openssl"_s, QStringList{u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s,
                                            u"-keyout"_s, key, u"-out"_s, cert, u"-days"_s, u"2"_s} +
                                    subjectOptions);
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0)
        return false;
    Responder server(Responder::Behavior::Http);
    server.setTls(certificate(cert), Test::key(key));
    if (!server.listen(QHostAddress::LocalHost))
        return false;
    Profile profile = Profile::defaults(catalog);
    profile.vantage = {u"guardian-server"_s};
    profile.components = {u"cayosoft-cloud"_s};
    profile.hosts[u"cayosoft-cloud"_s] = {{u"127.0.0.1"_s, {{443, server.serverPort()}}}};
    PlanRun run(catalog, buildPlan(catalog, profile), RunSettings());
    run.start(RunMetadata::now(catalog));
    if (!waitForSignal(&run, &PlanRun::finished, 20000))
        return false;
    *result = run.result();
    *report = reportFromRun(catalog, run.plan(), run.result());
    return true;
}

void TestReport::networkText_printsLiterally()
{
    // A certificate whose subject is markup, made by openssl for this test.
    RunResult result;
    ReportData report;
    QVERIFY(runCloudWithCertificate(m_catalog, {u"-subj"_s, u"/CN=<b>x<\\/b> & 'y'"_s}, &result, &report));
    bool seen = false;
    for (const ProbeResult &r : result.results)
        seen = seen || r.facts.value(u"tls.subject"_s) == u"<b>x</b> & 'y'"_s;
    QVERIFY(seen);

    const QString pdf = m_dir.filePath(u"markup.pdf"_s);
    QCOMPARE(ReportWriter(m_catalog, report).write(pdf).error().english(), QString());
    QVERIFY2(pdfText(pdf).contains(u"tls.subject = <b>x</b> & 'y'"_s), qPrintable(pdfText(pdf).right(800)));
    const QJsonDocument json =
        QJsonDocument::fromJson(runResultJson(m_catalog, report.plan, result, report.verdicts));
    bool inJson = false;
    for (const QJsonValue &c : json.object().value(u"checks"_s).toArray())
        inJson = inJson || c.toObject().value(u"facts"_s).toObject().value(u"tls.subject"_s).toString() ==
                               u"<b>x</b> & 'y'"_s;
    QVERIFY(inJson);
}

void TestReport::networkControls_printEscaped()
{
    // A certificate subject with an ANSI sequence and a right-to-left override: the PDF shows them
    // escaped (a reader sees what was sent, not reordered text), the JSON keeps the bytes.
    const QString evil = u"evil\x1b[31mred\u202Etxt.exe"_s;
    RunResult result;
    ReportData report;
    QVERIFY(runCloudWithCertificate(m_catalog, {u"-utf8"_s, u"-subj"_s, u"/CN="_s + evil}, &result, &report));

    const QString pdf = m_dir.filePath(u"controls.pdf"_s);
    QCOMPARE(ReportWriter(m_catalog, report).write(pdf).error().english(), QString());
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(u"evil\\x1b[31mred\\u202etxt.exe"_s), qPrintable(text.right(800)));
    QVERIFY(!text.contains(QChar(0x1b)) && !text.contains(QChar(0x202e)));
    const QByteArray json = runResultJson(m_catalog, report.plan, result, report.verdicts);
    bool inJson = false;
    for (const QJsonValue &c : QJsonDocument::fromJson(json).object().value(u"checks"_s).toArray())
        inJson = inJson ||
                 c.toObject().value(u"facts"_s).toObject().value(u"tls.subject"_s).toString().contains(evil);
    QVERIFY(inJson);

    // The window: the same results file opened, every row's evidence shows the escapes.
    const QString file = m_dir.filePath(u"controls.json"_s);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(json);
    out.close();
    PortCheckWizard wizard(m_catalog);
    wizard.show();
    QVERIFY(wizard.startPage()->openResults({file}));
    QTableView *table = wizard.resultsPage()->verdictTable();
    QVERIFY(table->model()->rowCount() > 0);
    bool shown = false;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        table->setCurrentIndex(table->model()->index(row, 0));
        const QString evidence = wizard.resultsPage()->evidenceText();
        QVERIFY(!evidence.contains(QChar(0x1b)) && !evidence.contains(QChar(0x202e)));
        shown = shown || evidence.contains(u"evil\\x1b[31mred\\u202etxt.exe"_s);
    }
    QVERIFY(shown);
}

// A 1 MB message in one check took a minute to lay out; the PDF cuts it and says how long it was,
// the JSON keeps it whole.
void TestReport::longNetworkText_isCutInThePdfOnly()
{
    Plan plan;
    RunResult run = runDemo({u"guardian-server"_s}, &plan);
    QVERIFY(!run.results.isEmpty());
    const QString huge = QString(1 << 20, u'x');
    run.results.first().state = ProbeState::Refused;
    run.results.first().message = Text::plain(huge);
    run.results.first().facts.insert(u"http.server"_s, QString(300000, u'y'));
    const ReportData report = reportFromRun(m_catalog, plan, run);
    const QString pdf = m_dir.filePath(u"long.pdf"_s);
    QCOMPARE(ReportWriter(m_catalog, report).write(pdf).error().english(), QString());
    const QString text = pdfText(pdf);
    // the number as the report's locale writes it (1,048,576 or 1048576)
    QVERIFY2(text.contains(QRegularExpression(u"\\(cut: 1\\D?048\\D?576 characters"_s)),
             qPrintable(text.right(600)));
    QVERIFY(text.contains(QRegularExpression(u"\\(cut: 300\\D?014 characters in all"_s)));
    QVERIFY(!text.contains(QString(3000, u'x')));
    const QJsonDocument json = QJsonDocument::fromJson(runResultJson(m_catalog, plan, run, report.verdicts));
    bool whole = false;
    for (const QJsonValue &c : json.object().value(u"checks"_s).toArray())
        whole = whole || c.toObject().value(u"message"_s).toString() == huge;
    QVERIFY(whole);
}

void TestReport::merge_eachLinkJudgedWhereItStarts()
{
    Plan serverPlan;
    const RunResult server = runDemo({u"guardian-server"_s}, &serverPlan);
    Plan agentPlan;
    const RunResult agent = runDemo({u"recovery-agent"_s}, &agentPlan);
    const QByteArray a =
        runResultJson(m_catalog, serverPlan, server, computeVerdicts(m_catalog, serverPlan, server.index()));
    QByteArray b =
        runResultJson(m_catalog, agentPlan, agent, computeVerdicts(m_catalog, agentPlan, agent.index()));
    QJsonObject bDoc = QJsonDocument::fromJson(b).object();
    QJsonObject bRun = bDoc.value(u"run"_s).toObject();
    bRun.insert(u"host"_s, u"agent01"_s);
    bDoc.insert(u"run"_s, bRun);
    b = QJsonDocument(bDoc).toJson();

    const MergeOutcome merged = mergeResultDocuments(m_catalog, {{u"a.json"_s, a}, {u"b.json"_s, b}});
    QVERIFY2(merged.ok(), qPrintable(englishTexts(merged.errors).join(u'\n')));
    const ReportData &report = merged.report;
    QCOMPARE(report.runs.size(), 2);
    QCOMPARE(report.meta.vantage, (QStringList{u"guardian-server"_s, u"recovery-agent"_s}));
    int notTested = 0;
    for (const Verdict &v : report.verdicts) {
        const Link *link = m_catalog.link(v.link);
        if (link->from == u"guardian-server"_s)
            QCOMPARE(v.observer, server.meta.host);
        else if (link->from == u"recovery-agent"_s)
            QCOMPARE(v.observer, u"agent01"_s);
        if (v.level == VerdictLevel::NotTested) {
            ++notTested;
            QCOMPARE(link->from, u"admin-workstation"_s); // nobody ran it from a workstation
        }
    }
    QVERIFY(notTested >= 1);
    const VerdictSummary alone = summarize(computeVerdicts(m_catalog, serverPlan, server.index()));
    QVERIFY(summarize(report.verdicts).notTested < alone.notTested);

    // The merged report renders and names both machines.
    const QString pdf = m_dir.filePath(u"merged.pdf"_s);
    QCOMPARE(ReportWriter(m_catalog, report).write(pdf).error().english(), QString());
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(u"agent01"_s));
    QVERIFY(text.contains(u"from agent01"_s));
}

void TestReport::merge_sameCheckFromTwoMachinesShowsBoth()
{
    Plan plan;
    const RunResult run = runDemo({u"guardian-server"_s}, &plan);
    const QList<Verdict> verdicts = computeVerdicts(m_catalog, plan, run.index());
    const QByteArray a = runResultJson(m_catalog, plan, run, verdicts);
    QJsonObject doc = QJsonDocument::fromJson(a).object();
    QJsonObject runObject = doc.value(u"run"_s).toObject();
    runObject.insert(u"host"_s, u"gsrv02"_s);
    doc.insert(u"run"_s, runObject);
    const MergeOutcome merged =
        mergeResultDocuments(m_catalog, {{u"a.json"_s, a}, {u"b.json"_s, QJsonDocument(doc).toJson()}});
    QVERIFY2(merged.ok(), qPrintable(englishTexts(merged.errors).join(u'\n')));
    QStringList observers;
    for (const Verdict &v : merged.report.verdicts) {
        if (v.link == u"service-dc-ldap"_s && v.host == u"127.0.0.2"_s)
            observers << v.observer;
    }
    QCOMPARE(observers, (QStringList{run.meta.host, u"gsrv02"_s}));
    QCOMPARE(summarize(merged.report.verdicts).fail, 6); // the 3 failing links, seen from both machines
}

void TestReport::merge_badInputIsNamed()
{
    Plan plan;
    const RunResult run = runDemo({u"guardian-server"_s}, &plan);
    const QByteArray good =
        runResultJson(m_catalog, plan, run, computeVerdicts(m_catalog, plan, run.index()));
    QJsonObject other = QJsonDocument::fromJson(good).object();
    QJsonObject runObject = other.value(u"run"_s).toObject();
    QJsonObject options = runObject.value(u"options"_s).toObject();
    options.insert(u"ldap-mode"_s, u"ldaps-only"_s);
    runObject.insert(u"options"_s, options);
    other.insert(u"run"_s, runObject);

    MergeOutcome m =
        mergeResultDocuments(m_catalog, {{u"a.json"_s, good}, {u"b.json"_s, QJsonDocument(other).toJson()}});
    QVERIFY(!m.ok());
    QVERIFY2(m.errors.first().english().startsWith(u"b.json: ran with other modes"_s),
             qPrintable(englishTexts(m.errors).join(u'\n')));
    QVERIFY(m.errors.first().english().contains(u"ldap-mode: default in a.json, ldaps-only here"_s));

    m = mergeResultDocuments(m_catalog,
                             {{u"x.json"_s, "{ not json"}, {u"y.json"_s, "{\"tool\": \"other\"}"}});
    QCOMPARE(m.errors.size(), 2);
    QVERIFY(m.errors.at(0).english().startsWith(u"x.json: not JSON"_s));
    QVERIFY(m.errors.at(1).english().startsWith(u"y.json: not a Guardian Port Check results file"_s));
    QJsonObject probeOnly = QJsonDocument::fromJson(probeResultJson(run)).object();
    m = mergeResultDocuments(m_catalog, {{u"p.json"_s, QJsonDocument(probeOnly).toJson()}});
    QVERIFY2(m.errors.value(0).english().contains(u"written by 'probe', not 'run'"_s),
             qPrintable(englishTexts(m.errors).join(u'\n')));
    m = mergeResultFiles(m_catalog, {u"/nonexistent/r.json"_s});
    QVERIFY(m.errors.value(0).english().startsWith(u"/nonexistent/r.json: "_s));
}

void TestReport::merge_sameRunTwiceIsReadOnce()
{
    // The same file given twice, or a copy of it: one run, its verdicts once, and a warning.
    const QByteArray a = demoJson({u"guardian-server"_s});
    const MergeOutcome alone = mergeResultDocuments(m_catalog, {{u"a.json"_s, a}});
    const MergeOutcome twice =
        mergeResultDocuments(m_catalog, {{u"a.json"_s, a}, {u"copy of a.json"_s, a}, {u"a.json"_s, a}});
    QVERIFY2(twice.ok(), qPrintable(englishTexts(twice.errors).join(u'\n')));
    QCOMPARE(twice.report.runs.size(), 1);
    QCOMPARE(twice.report.verdicts.size(), alone.report.verdicts.size());
    QCOMPARE(summarize(twice.report.verdicts).fail, summarize(alone.report.verdicts).fail);
    QCOMPARE(twice.report.warnings.size(), 2);
    QVERIFY2(
        twice.report.warnings.first().english().startsWith(u"copy of a.json is the same run as a.json ("_s),
        qPrintable(twice.report.warnings.first().english()));
}

void TestReport::merge_twoRunsOfOneMachineCountEachCheckOnce()
{
    // Two runs of the same machine and roles, the second against a demo site on other ports (the
    // demo's ports change from run to run): each link and host counts once, with the later result,
    // and no check reads "not probed" because the other run used another port.
    const QByteArray first = demoJson({u"guardian-server"_s});
    DemoSite other;
    QVERIFY(other.start().ok());
    QTest::qWait(20); // a later start time, to the millisecond
    QByteArray second = demoJson({u"guardian-server"_s}, &other);
    // The later run lost one host's results: the earlier run's stay for it.
    QJsonObject doc = QJsonDocument::fromJson(second).object();
    QJsonArray checks = doc.value(u"checks"_s).toArray();
    const qsizetype before = checks.size();
    for (qsizetype i = checks.size() - 1; i >= 0; --i) {
        if (checks.at(i).toObject().value(u"host"_s).toString() == u"127.0.0.1"_s)
            checks.removeAt(i);
    }
    QVERIFY(checks.size() < before);
    doc.insert(u"checks"_s, checks);
    second = QJsonDocument(doc).toJson();

    const MergeOutcome alone = mergeResultDocuments(m_catalog, {{u"a.json"_s, first}});
    const MergeOutcome merged =
        mergeResultDocuments(m_catalog, {{u"b.json"_s, second}, {u"a.json"_s, first}});
    QVERIFY2(merged.ok(), qPrintable(englishTexts(merged.errors).join(u'\n')));
    QCOMPARE(merged.report.runs.size(), 1);
    QCOMPARE(merged.report.verdicts.size(), alone.report.verdicts.size());
    const VerdictSummary a = summarize(alone.report.verdicts);
    const VerdictSummary m = summarize(merged.report.verdicts);
    QCOMPARE(m.pass, a.pass);
    QCOMPARE(m.warn, a.warn);
    QCOMPARE(m.fail, a.fail);
    QCOMPARE(m.notTested, a.notTested);
    for (const Verdict &v : merged.report.verdicts)
        QVERIFY2(!v.reason.english().contains(u"not probed"_s),
                 qPrintable(v.link + u": "_s + v.reason.english()));
    QCOMPARE(merged.report.warnings.size(), 1);
    const QString warning = merged.report.warnings.first().english();
    QVERIFY2(warning.startsWith(u"a.json and b.json are two runs of "_s), qPrintable(warning));
    QVERIFY2(warning.contains(u"the later result wins"_s), qPrintable(warning));
}

void TestReport::coverage_matrixOfLinksByMachine()
{
    // A site whose profile lists one Guardian server and three DCs with Forest Recovery agents.
    SourceMachines sources;
    sources.listed.insert(u"guardian-server"_s, {u"gsrv1"_s});
    sources.listed.insert(u"recovery-agent"_s, {u"dc1"_s, u"dc2"_s, u"127.0.0.9"_s});
    sources.profileFile = u"site.yaml"_s;
    const auto runOf = [&](const QString &role, const QString &host, const QString &listedAs) -> QByteArray {
        Plan plan;
        RunResult run = runDemo({role}, &plan);
        run.meta.host = host;
        run.meta.sources = sources;
        if (!listedAs.isEmpty())
            run.meta.sources.thisRun.insert(role, listedAs);
        QTest::qWait(5); // distinct start times: each is its own run
        return runResultJson(m_catalog, plan, run, computeVerdicts(m_catalog, plan, run.index()));
    };
    // The server's run named its role (--as) on a build box; one agent found itself by address,
    // another is dc1 by its name; dc2 and the admin workstations have not run.
    const QByteArray server = runOf(u"guardian-server"_s, u"buildbox"_s, {});
    const QByteArray byAddress = runOf(u"recovery-agent"_s, u"agentbox"_s, u"127.0.0.9"_s);
    const QByteArray byName = runOf(u"recovery-agent"_s, u"DC1.demo.portcheck.invalid"_s, {});

    // Both readers: an escaped key makes the streaming reader hand the file to the full one.
    const auto viaFullReader = [](QByteArray json) -> QByteArray {
        return json.insert(json.indexOf('{') + 1, "\"\\u0078\": 1,");
    };
    for (const bool full : {false, true}) {
        const auto doc = [&](const QByteArray &json) -> QByteArray {
            return full ? viaFullReader(json) : json;
        };
        const MergeOutcome merged = mergeResultDocuments(
            m_catalog,
            {{u"s.json"_s, doc(server)}, {u"a.json"_s, doc(byAddress)}, {u"b.json"_s, doc(byName)}});
        QVERIFY2(merged.ok(), qPrintable(englishTexts(merged.errors).join(u'\n')));
        QCOMPARE(merged.report.runs.size(), 3);
        QCOMPARE(merged.report.runs.at(1).meta.sources.thisRun.value(u"recovery-agent"_s), u"127.0.0.9"_s);
        const Coverage c = computeCoverage(m_catalog, merged.report);
        QCOMPARE(c.profileFile, u"site.yaml"_s);
        QStringList roles;
        for (const CoverageRole &r : c.roles)
            roles << r.role;
        QVERIFY2(roles.contains(u"guardian-server"_s) && roles.contains(u"recovery-agent"_s) &&
                     roles.contains(u"admin-workstation"_s),
                 qPrintable(roles.join(u' ')));
        const auto roleOf = [&](const QString &id) -> const CoverageRole & {
            return *std::find_if(c.roles.cbegin(), c.roles.cend(),
                                 [&](const CoverageRole &r) { return r.role == id; });
        };

        const CoverageRole &gs = roleOf(u"guardian-server"_s);
        QCOMPARE(gs.machines.size(), 1);
        QCOMPARE(gs.machines.first().name, u"gsrv1"_s);
        QCOMPARE(gs.machines.first().ranOn, u"buildbox"_s);
        QCOMPARE(gs.machines.first().match, CoverageMachine::Match::Assumed);
        QVERIFY(gs.links.size() >= 5);
        QCOMPARE(gs.missing(0), QStringList()); // the demo tests every link of the server

        const CoverageRole &ra = roleOf(u"recovery-agent"_s);
        QCOMPARE(ra.machines.size(), 3);
        QCOMPARE(ra.machines.at(0).name, u"dc1"_s);
        QCOMPARE(ra.machines.at(0).match, CoverageMachine::Match::ByName);
        QCOMPARE(ra.machines.at(1).name, u"dc2"_s);
        QCOMPARE(ra.machines.at(1).match, CoverageMachine::Match::NotRun);
        QCOMPARE(ra.machines.at(2).match, CoverageMachine::Match::Listed);
        QCOMPARE(ra.machines.at(2).ranOn, u"agentbox"_s);
        for (qsizetype l = 0; l < ra.links.size(); ++l) {
            QCOMPARE(ra.cells.at(l).at(0), CoverageCell::Tested);
            QCOMPARE(ra.cells.at(l).at(1), CoverageCell::NotRun);
            QCOMPARE(ra.cells.at(l).at(2), CoverageCell::Tested);
        }
        QVERIFY(!ra.missing(1).isEmpty());
        QCOMPARE(c.command(ra, ra.machines.at(1)),
                 u"guardian-portcheck run site.yaml --json dc2.results.json"_s);

        const CoverageRole &ws = roleOf(u"admin-workstation"_s);
        QCOMPARE(ws.machines.size(), 1);
        QCOMPARE(ws.machines.first().match, CoverageMachine::Match::Unnamed);
        QCOMPARE(
            c.command(ws, ws.machines.first()),
            u"guardian-portcheck run site.yaml --as admin-workstation --json admin-workstation.results.json"_s);
        QVERIFY(!c.complete());
        // Distinct links: dc2's and the workstation's, on the two machines still to run.
        QCOMPARE(CoverageText::summary(c),
                 u"Coverage incomplete: still to run on 2 machines, for %1 required links."_s.arg(
                     ra.missing(1).size() + ws.missing(0).size()));

        // The merged report shows it, with the command for each machine still to run.
        const QString pdf = m_dir.filePath(u"coverage.pdf"_s);
        QCOMPARE(ReportWriter(m_catalog, merged.report).write(pdf).error().english(), QString());
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(u"Coverage by source machine"_s));
        QVERIFY2(text.contains(u"on dc2 (Forest Recovery agent): guardian-portcheck run site.yaml --json "
                               u"dc2.results.json"_s),
                 qPrintable(text.mid(text.indexOf(u"Coverage by source machine"_s), 3000)));
        QVERIFY(text.contains(u"Coverage incomplete"_s));
    }

    // Once dc2 and a workstation ran too, the coverage is complete, and a run from a machine the
    // profile does not list is named as such.
    const QByteArray dc2 = runOf(u"recovery-agent"_s, u"dc2"_s, u"dc2"_s);
    const QByteArray ws = runOf(u"admin-workstation"_s, u"ws7"_s, {});
    const QByteArray stray = runOf(u"recovery-agent"_s, u"lab9"_s, {});
    MergeOutcome merged = mergeResultDocuments(m_catalog, {{u"s.json"_s, server},
                                                           {u"a.json"_s, byAddress},
                                                           {u"b.json"_s, byName},
                                                           {u"c.json"_s, dc2},
                                                           {u"w.json"_s, ws}});
    QVERIFY2(merged.ok(), qPrintable(englishTexts(merged.errors).join(u'\n')));
    QVERIFY(computeCoverage(m_catalog, merged.report).complete());
    merged = mergeResultDocuments(m_catalog, {{u"s.json"_s, server}, {u"x.json"_s, stray}});
    const Coverage c = computeCoverage(m_catalog, merged.report);
    const auto ra = std::find_if(c.roles.cbegin(), c.roles.cend(),
                                 [](const CoverageRole &r) { return r.role == u"recovery-agent"_s; });
    QVERIFY(ra != c.roles.cend());
    QCOMPARE(ra->machines.size(), 4);
    QCOMPARE(ra->machines.last().name, u"lab9"_s);
    QCOMPARE(ra->machines.last().match, CoverageMachine::Match::Unlisted);
    QCOMPARE(c.command(*ra, ra->machines.last()),
             u"guardian-portcheck run site.yaml --as recovery-agent --json lab9.results.json"_s);
}

void TestReport::reopenedResults_readInJapanese()
{
    // A results file keeps the structure of every probe message ("message_text"), so a file written
    // on an English machine and opened on a Japanese one reads in Japanese, evidence included.
    Plan plan;
    const RunResult run = runDemo({u"guardian-server"_s}, &plan);
    QVERIFY(!run.results.isEmpty());
    const QByteArray json =
        runResultJson(m_catalog, plan, run, computeVerdicts(m_catalog, plan, run.index()));
    QVERIFY(json.contains("connection refused"));
    const MergeOutcome opened = mergeResultDocuments(m_catalog, {{u"en.json"_s, json}});
    QVERIFY2(opened.ok(), qPrintable(englishTexts(opened.errors).join(u'\n')));
    QVERIFY(installTranslations(u"ja"_s).startsWith(u"ja"_s));
    const QString path = m_dir.filePath(u"reopened-ja.pdf"_s);
    const QString error = ReportWriter(m_catalog, opened.report).write(path).error().english();
    installTranslations(u"en"_s);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString text = pdfText(path);
    for (const QString &words : {u"失敗: 許可されたポートがどれも機能しません"_s, u"接続が拒否されました"_s,
                                 u"ファイアウォール変更申請"_s, u"ドメインコントローラー"_s})
        QVERIFY2(text.contains(words), qPrintable(words));
    QVERIFY(!text.contains(u"connection refused"_s));
    QVERIFY(!text.contains(u"none of the allowed ports"_s));
}

// The cover is what a change board signs: who ran the check, the ticket, who asked and who approves,
// each printed as given or as a line to write on; only the modes of what is deployed.
void TestReport::cover_namesTheChangeOrLeavesLinesToFillIn()
{
    Profile profile = Profile::defaults(m_catalog);
    profile.vantage = {u"guardian-server"_s};
    profile.components = {u"web-portal"_s};
    profile.change = {u"CHG0012345"_s, u"Jana Nováková"_s, QString()};
    profile.hosts.insert(u"domain-controller"_s, {ProfileHost{u"127.0.0.106"_s, {}}});
    const Plan plan = buildPlan(m_catalog, profile);
    QCOMPARE(plan.change.ticket, u"CHG0012345"_s);
    RunSettings settings;
    settings.probe.connectTimeoutMs = 500;
    settings.probe.protocolTimeoutMs = 500;
    PlanRun run(m_catalog, plan, settings);
    RunMetadata meta = RunMetadata::now(m_catalog);
    meta.user = u"Ops on call"_s;
    meta.change.requester = u"Identity team"_s; // given on the command line: beats the profile's
    run.start(meta);
    QVERIFY(!run.isRunning() || waitForSignal(&run, &PlanRun::finished, 60000));
    QCOMPARE(run.result().meta.change.ticket, u"CHG0012345"_s);
    QCOMPARE(run.result().meta.change.requester, u"Identity team"_s);
    const ReportData report = reportFromRun(m_catalog, plan, run.result());
    const QString path = m_dir.filePath(u"cover.pdf"_s);
    ReportWriter writer(m_catalog, report);
    QCOMPARE(writer.write(path).error().english(), QString());
    const QString text = pdfText(path);
    for (const QString &expected :
         {u"Run by Ops on call"_s, u"Change ticket CHG0012345"_s, u"Requested by Identity team"_s,
          u"Approved by ________________________________"_s,
          // no DC answered LDAP here: the site is a line to fill in
          u"Site ________________________________"_s,
          u"Approval: signature, date ________________________________"_s})
        QVERIFY2(text.contains(expected), qPrintable(expected + u"\n"_s + text.left(3000)));
    QVERIFY(!text.contains(u"Nováková"_s));
    // Page 2 is the board's summary: the verdict, what fails, the changes asked for as tcp/PORT.
    QProcess page2;
    page2.start(u"pdftotext"_s, {u"-f"_s, u"2"_s, u"-l"_s, u"2"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    QVERIFY(page2.waitForFinished(30000));
    const QString summary = QString::fromUtf8(page2.readAllStandardOutput()).simplified();
    for (const QString &expected : {u"Summary for the change board"_s, u"NOT READY"_s, u"What fails"_s,
                                    u"127.0.0.106: fails"_s, u"Changes asked for"_s, u"tcp/389"_s})
        QVERIFY2(summary.contains(expected), qPrintable(expected + u"\n"_s + summary));
    QVERIFY2(summary.indexOf(u"What fails"_s) < summary.indexOf(u"Changes asked for"_s), qPrintable(summary));
    // Sources are links the reader opens: a URI annotation for the vendor's ports page.
    QVERIFY(Test::readFile(path).contains(
        "/URI (https://support.cayosoft.com/hc/en-us/articles/36947130310285)"));
    // Modes: the directory's and the portal's, not Azure SQL's or Microsoft 365's.
    QVERIFY2(text.contains(u"Guardian directory mode"_s), qPrintable(text.left(3000)));
    for (const QString &absent :
         {u"Azure SQL connection policy"_s, u"Guardian server runs in Azure"_s, u"Microsoft cloud"_s})
        QVERIFY2(!text.contains(absent), qPrintable(absent + u"\n"_s + text.left(3000)));

    // The same run written as JSON and merged keeps the fields.
    const QByteArray json = runResultJson(m_catalog, plan, run.result(), run.verdicts());
    const QJsonObject meta2 = QJsonDocument::fromJson(json).object().value(u"run"_s).toObject();
    QCOMPARE(meta2.value(u"ticket"_s).toString(), u"CHG0012345"_s);
    QCOMPARE(meta2.value(u"requester"_s).toString(), u"Identity team"_s);
    QVERIFY(!meta2.contains(u"approver"_s));
    QCOMPARE(meta2.value(u"user"_s).toString(), u"Ops on call"_s);
}

void TestReport::cover_namesTheSitesAndWhoRan()
{
    // Who ran it: USER, else USERNAME (Windows), else LOGNAME (cron, minimal services); an empty
    // one counts as unset.
    const QByteArray user = qgetenv("USER");
    const QByteArray username = qgetenv("USERNAME");
    const QByteArray logname = qgetenv("LOGNAME");
    qputenv("USER", " ");
    qunsetenv("USERNAME");
    qputenv("LOGNAME", "svc-audit");
    RunMetadata meta = RunMetadata::now(m_catalog);
    qputenv("USER", user);
    qputenv("USERNAME", username);
    qputenv("LOGNAME", logname);
    if (username.isEmpty())
        qunsetenv("USERNAME");
    QCOMPARE(meta.user, u"svc-audit"_s);

    // The sites come from what the DCs say of themselves: each once, whatever its case, sorted,
    // escaped where the network sent control characters.
    Profile profile = Profile::defaults(m_catalog);
    profile.vantage = {u"guardian-server"_s};
    QList<ProfileHost> dcs;
    for (int i = 1; i <= 4; ++i)
        dcs.append({u"dc"_s + QString::number(i) + u".corp.example"_s, {}});
    profile.hosts.insert(u"domain-controller"_s, dcs);
    const Plan plan = buildPlan(m_catalog, profile);
    RunResult run;
    run.meta = meta;
    const QStringList sites{u"HQ"_s, u"Branch-10"_s, u"hq"_s, u"Branch-9\x1b[2J"_s};
    int n = 0;
    for (const ProbeTarget &t : plan.probeTargets()) {
        ProbeResult r;
        r.host = t.host;
        r.port = t.port;
        r.kind = t.kind;
        r.via = t.via;
        r.state = ProbeState::Open;
        r.service = ServiceState::Identified;
        if (t.kind == ProbeKind::Ldap)
            r.facts.insert(u"ldap.site"_s, sites.at(n++ % sites.size()));
        run.results.append(r);
    }
    QVERIFY(n >= 4);
    const ReportData report = reportFromRun(m_catalog, plan, run);
    QCOMPARE(adSites(report), (QStringList{u"Branch-9\x1b[2J"_s, u"Branch-10"_s, u"HQ"_s}));
    const QString path = m_dir.filePath(u"sites.pdf"_s);
    QCOMPARE(ReportWriter(m_catalog, report).write(path).error().english(), QString());
    const QString text = pdfText(path);
    for (const QString &expected : {u"Site Branch-9\\x1b[2J, Branch-10, HQ"_s, u"Run by svc-audit"_s})
        QVERIFY2(text.contains(expected), qPrintable(expected + u"\n"_s + text.left(2000)));
    QVERIFY(!text.contains(QChar(0x1b)));
}

// The compositor's own pagination: 120 rows of 1 to 9 lines over several pages; each row's first
// and last words on one page, the header on every page, and a row taller than a page continued
// rather than lost. Drawn by the same PdfCompositor the report uses, on the report's paper.
void TestReport::tables_rowsNeverSplitAndHeadersRepeat()
{
    ReportBuilder b;
    b.heading(u"Rows"_s, 1);
    b.table({u"Key"_s, u"Evidence"_s}, {20, 80});
    constexpr int kRows = 120;
    for (int i = 0; i < kRows; ++i) {
        QStringList lines;
        for (int l = 0; l <= i % 9; ++l)
            lines << u"line %1 of row %2"_s.arg(l).arg(i);
        b.row({u"rowstart%1"_s.arg(i), lines.join(u'\n') + u"\nrowend%1"_s.arg(i)});
    }
    QStringList tall;
    for (int l = 0; l < 200; ++l)
        tall << u"tall line %1"_s.arg(l);
    b.row({u"tallstart"_s, tall.join(u'\n') + u"\ntallend"_s});
    b.row({u"afterthetall"_s, u"still here"_s});
    const ReportDocument document = b.take();

    const QString path = m_dir.filePath(u"rows.pdf"_s);
    const int total = composePdf(document, path);
    QVERIFY2(total >= 4, qPrintable(QString::number(total)));
    QCOMPARE(pdfInfo(path, u"Pages"_s).toInt(), total);
    QHash<QString, int> pageOf;
    static const QRegularExpression word(u"\\b(rowstart\\d+|rowend\\d+|tallstart|tallend|afterthetall)\\b"_s);
    for (int page = 1; page <= total; ++page) {
        const QString text = pdfPageText(path, page);
        QVERIFY2(text.startsWith(u"Key Evidence"_s) || text.startsWith(u"Rows Key Evidence"_s),
                 qPrintable(u"page %1 does not start with the table's header: "_s.arg(page) + text.left(60)));
        for (auto m = word.globalMatch(text); m.hasNext();)
            pageOf.insert(m.next().captured(1), page);
    }
    for (int i = 0; i < kRows; ++i) {
        const int start = pageOf.value(u"rowstart%1"_s.arg(i));
        QVERIFY2(start > 0, qPrintable(u"row %1 missing"_s.arg(i)));
        QVERIFY2(start == pageOf.value(u"rowend%1"_s.arg(i)),
                 qPrintable(u"row %1 starts on page %2 and ends on page %3"_s.arg(i).arg(start).arg(
                     pageOf.value(u"rowend%1"_s.arg(i)))));
    }
    // Taller than a page: it goes on under the header, and what follows it is there.
    QVERIFY(pageOf.value(u"tallend"_s) > pageOf.value(u"tallstart"_s));
    QCOMPARE(pageOf.value(u"afterthetall"_s), total);
}

// A row's spanning rows (a rule's destinations, Microsoft's names) go to the next page with it.
void TestReport::tables_spanningRowsStayWithTheirRow()
{
    ReportBuilder b;
    b.table({u"Rule"_s, u"Why"_s}, {30, 70});
    constexpr int kRows = 90;
    for (int i = 0; i < kRows; ++i) {
        QStringList lines;
        for (int l = 0; l <= i % 5; ++l)
            lines << u"reason %1"_s.arg(l);
        b.row({u"rule%1"_s.arg(i), lines.join(u'\n')});
        if (i % 3 == 0)
            b.spanningRow({u"dests%1 first\nand dests%1 second"_s.arg(i), {}, false, true});
    }
    const ReportDocument document = b.take();
    const QString path = m_dir.filePath(u"spanning.pdf"_s);
    const int total = composePdf(document, path);
    QVERIFY2(total >= 3, qPrintable(QString::number(total)));
    static const QRegularExpression word(u"\\b(rule\\d+|dests\\d+)\\b"_s);
    const QHash<QString, int> pageOf = pagesOfWords(path, total, word);
    for (int i = 0; i < kRows; i += 3) {
        const int row = pageOf.value(u"rule%1"_s.arg(i));
        QVERIFY2(row > 0, qPrintable(u"row %1 missing"_s.arg(i)));
        QVERIFY2(row == pageOf.value(u"dests%1"_s.arg(i)),
                 qPrintable(u"row %1 is on page %2, its destinations on page %3"_s.arg(i).arg(row).arg(
                     pageOf.value(u"dests%1"_s.arg(i)))));
    }
}

// A narrow column is widened to hold its longest word ("recommended", a probe's name, the German
// role name): no word breaks in the middle while the page has room.
void TestReport::tables_wordsStayWhole()
{
    // Each column's word, in columns given 4 % of the page each.
    const QStringList words{u"recommended"_s, u"Domänencontroller"_s, u"Gesamtstrukturwiederherstellung"_s,
                            u"winrms-identify"_s};
    ReportBuilder b;
    b.table({u"Need"_s, u"Role"_s, u"Component"_s, u"Service"_s, u"Justification"_s}, {4, 4, 4, 4, 84});
    QString longText;
    for (int i = 0; i < 60; ++i)
        longText += u"justification words that can wrap anywhere "_s;
    for (int i = 0; i < 6; ++i)
        b.row({words.at(0), words.at(1), words.at(2), words.at(3), longText});
    const QString path = m_dir.filePath(u"words.pdf"_s);
    const int total = composePdf(b.take(), path);
    QVERIFY(total >= 1);
    const QString text = pdfText(path);
    for (const QString &w : words)
        QVERIFY2(text.count(w) == 6,
                 qPrintable(w + u": "_s + QString::number(text.count(w)) + u" whole of 6"_s));
}

// A heading and a bold line (a host's name over its fixes) never end a page alone: they move to the
// next page with the first line of what they introduce.
void TestReport::boldHeads_keepWithWhatFollows()
{
    ReportBuilder b;
    constexpr int kGroups = 80;
    for (int i = 0; i < kGroups; ++i) {
        if (i % 10 == 0)
            b.heading(u"section%1"_s.arg(i), 2);
        b.paragraph(u"head%1"_s.arg(i), {}, true);
        for (int l = 0; l <= i % 4; ++l)
            b.bullet(u"step%1 line %2 of what to change"_s.arg(i).arg(l));
    }
    const QString path = m_dir.filePath(u"heads.pdf"_s);
    const int total = composePdf(b.take(), path);
    QVERIFY2(total >= 3, qPrintable(QString::number(total)));
    QHash<QString, int> first; // the page of each group's first fix line
    for (int page = total; page >= 1; --page) {
        static const QRegularExpression fix(u"\\b(step\\d+) line 0\\b"_s); // not "fix": a ligature
        const QString text = pdfPageText(path, page);
        for (auto m = fix.globalMatch(text); m.hasNext();)
            first.insert(m.next().captured(1), page);
    }
    static const QRegularExpression head(u"\\b(head\\d+|section\\d+)\\b"_s);
    const QHash<QString, int> pageOf = pagesOfWords(path, total, head);
    for (int i = 0; i < kGroups; ++i) {
        const int fixPage = first.value(u"step%1"_s.arg(i));
        QVERIFY2(fixPage > 0, qPrintable(u"group %1 missing"_s.arg(i)));
        QVERIFY2(pageOf.value(u"head%1"_s.arg(i)) == fixPage,
                 qPrintable(u"head %1 on page %2, its first fix on page %3"_s.arg(i)
                                .arg(pageOf.value(u"head%1"_s.arg(i)))
                                .arg(fixPage)));
        if (i % 10 == 0)
            QVERIFY2(pageOf.value(u"section%1"_s.arg(i)) == fixPage, qPrintable(u"section %1"_s.arg(i)));
    }
}

// The request in the columns change tools import: source, destination, service as tcp/PORT,
// justification, need, found, action; every requested rule of the demo as tcp/PORT.
void TestReport::request_hasTheChangeToolsColumns()
{
    Plan plan;
    const RunResult run = runDemo({u"guardian-server"_s}, &plan);
    const ReportData report = reportFromRun(m_catalog, plan, run);
    const QString path = m_dir.filePath(u"request.pdf"_s);
    QCOMPARE(ReportWriter(m_catalog, report).write(path).error().english(), QString());
    const QString text = pdfText(path);
    QVERIFY(text.contains(u"Source Destination Service Justification Need Found Action"_s));
    const QList<FirewallRequestRow> request = firewallRequest(m_catalog, report);
    QVERIFY(!request.isEmpty());
    for (const FirewallRequestRow &r : request)
        QVERIFY2(text.contains(u"tcp/"_s + r.port), qPrintable(r.port));
}

// A rule for 45 domain controllers names all 45 in the PDF: the board signs what it reads, and
// "and 5 more" is not a destination a firewall team can enter.
void TestReport::request_namesEveryDestinationOfARule()
{
    const Plan plan = fortyFiveDcPlan();
    RunResult run; // nothing probed: every rule reads "open if blocked (not tested)"
    run.meta.host = u"gsrv1"_s;
    run.meta.vantage = plan.vantage;
    const ReportData report = reportFromRun(m_catalog, plan, run);
    const QString path = m_dir.filePath(u"destinations.pdf"_s);
    QCOMPARE(ReportWriter(m_catalog, report).write(path).error().english(), QString());
    const QString text = pdfText(path);
    const qsizetype at = text.indexOf(u"Destinations: dc1.corp.example"_s);
    QVERIFY2(at >= 0, "no grouped rule for the domain controllers");
    const QString rule = text.mid(at, text.indexOf(u"dc45.corp.example"_s, at) + 20 - at);
    for (int i = 1; i <= 45; ++i)
        QVERIFY2(rule.contains(u"dc%1.corp.example"_s.arg(i)), qPrintable(u"dc%1 missing"_s.arg(i)));
    QVERIFY(!rule.contains(u"more"_s));
}

// The window's request tab has the report's rules: one row for the 45 DCs of a rule, its hosts in
// the tool tip (the first 40 and how many more), not 45 rows.
void TestReport::request_windowHasOneRowPerRule()
{
    const Plan plan = fortyFiveDcPlan();
    RunResult run;
    run.meta = RunMetadata::now(m_catalog);
    run.meta.host = u"gsrv1"_s;
    run.meta.vantage = plan.vantage;
    run.meta.finished = run.meta.started;
    const ReportData report = reportFromRun(m_catalog, plan, run);
    const QString file = m_dir.filePath(u"rules.json"_s);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(runResultJson(m_catalog, plan, run, report.verdicts));
    out.close();
    const int csvRows = static_cast<int>(firewallRequest(m_catalog, report).size());

    PortCheckWizard wizard(m_catalog);
    wizard.show();
    QVERIFY(wizard.startPage()->openResults({file}));
    QTableWidget *table = wizard.resultsPage()->firewallTable();
    int grouped = 0;
    int hosts = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QTableWidgetItem *destination = table->item(row, 3);
        if (destination->text() != u"Domain controller: 45 hosts"_s) {
            ++hosts;
            continue;
        }
        ++grouped;
        hosts += 45;
        const QString tip = destination->toolTip();
        QVERIFY2(tip.contains(u"dc1.corp.example, dc2.corp.example"_s), qPrintable(tip));
        QVERIFY2(tip.contains(u"dc40.corp.example"_s) && !tip.contains(u"dc41.corp.example"_s),
                 qPrintable(tip));
        QVERIFY2(tip.contains(u"and 5 more"_s), qPrintable(tip));
    }
    QStringList seen;
    for (int row = 0; row < table->rowCount(); ++row)
        seen << table->item(row, 3)->text();
    QVERIFY2(grouped > 0, qPrintable(u"no rule groups the domain controllers: "_s + seen.join(u" | "_s)));
    QVERIFY(table->rowCount() < 45);
    QCOMPARE(hosts, csvRows); // every row of the CSV is in one rule
}

// The board's summary at 45 DCs that all refuse: one line per rule ("tcp/389 gsrv1 -> Domain
// controller: 45 hosts") and per link and cause, not the first 12 of 200 per-host lines.
void TestReport::summary_oneLinePerRuleAndCause()
{
    const Plan plan = fortyFiveDcPlan();
    RunResult run;
    run.meta.host = u"gsrv1"_s;
    run.meta.vantage = plan.vantage;
    for (const ProbeTarget &t : plan.probeTargets()) {
        ProbeResult r;
        r.host = t.host;
        r.port = t.port;
        r.kind = t.kind;
        r.state = ProbeState::Refused;
        r.service = ServiceState::NotProbed;
        run.results.append(r);
    }
    const ReportData report = reportFromRun(m_catalog, plan, run);
    const QString path = m_dir.filePath(u"summary45.pdf"_s);
    QCOMPARE(ReportWriter(m_catalog, report).write(path).error().english(), QString());
    const QString summary = pdfPageText(path, 2);
    QVERIFY2(summary.contains(u"Summary for the change board"_s), qPrintable(summary.left(200)));
    QVERIFY2(!summary.contains(u"more in the firewall change request"_s), qPrintable(summary));
    QVERIFY2(!summary.contains(u"more: see"_s), qPrintable(summary));
    for (const char *port : {"389", "3268", "5986", "88"}) {
        const QString rule =
            u"tcp/%1 gsrv1 → Domain controller: 45 hosts (required, open)"_s.arg(QLatin1StringView(port));
        QVERIFY2(summary.count(rule) == 1,
                 qPrintable(rule + u" in: "_s + summary.mid(summary.indexOf(u"Changes asked"_s))));
    }
    // Every DC fails the directory link for one cause: one finding naming the first hosts.
    const QString ldap = linkPath(m_catalog, u"service-dc-ldap"_s) +
                         u", 45 hosts (dc1.corp.example, "_s
                         u"dc2.corp.example, dc3.corp.example and 42 more)"_s;
    QVERIFY2(summary.count(ldap) == 1, qPrintable(ldap + u" in: "_s + summary));
    QVERIFY2(summary.count(u"45 hosts ("_s) <= 12, qPrintable(summary));
}

void TestReport::html_isSelfContainedXmlWithTheJsonsVerdicts()
{
    Plan plan;
    const RunResult run = runDemo({u"guardian-server"_s}, &plan);
    const ReportData report = reportFromRun(m_catalog, plan, run);
    const QString path = m_dir.filePath(u"demo.html"_s);
    QCOMPARE(ReportWriter(m_catalog, report).writeHtml(path).error().english(), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray html = file.readAll();
    QVERIFY(html.startsWith("<!DOCTYPE html>"));

    // Well-formed XML (so an HTML5 parser reads it too); no script, no external style or image;
    // the only addresses are the sources' https pages, every one a source of the catalog.
    QSet<QString> sourceUrls;
    for (const Source &s : m_catalog.sources) {
        if (!s.url.isEmpty())
            sourceUrls.insert(s.url);
    }
    QXmlStreamReader xml(html);
    QHash<QString, QString> verdictOf; // link|host|observer -> verdict id
    int links = 0;
    bool svg = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QString name = xml.name().toString();
        QVERIFY2(name != u"script"_s && name != u"link"_s && name != u"iframe"_s, qPrintable(name));
        svg = svg || name == u"svg"_s;
        for (const QXmlStreamAttribute &a : xml.attributes()) {
            const QString attribute = a.name().toString();
            if (attribute != u"href"_s && attribute != u"src"_s)
                continue;
            const QString value = a.value().toString();
            if (value.startsWith(u"data:"_s) || value.startsWith(u'#'))
                continue;
            QVERIFY2(sourceUrls.contains(value), qPrintable(value));
            ++links;
        }
        const QXmlStreamAttributes at = xml.attributes();
        if (name == u"tr"_s && at.hasAttribute(u"data-verdict"_s) && at.hasAttribute(u"data-host"_s))
            verdictOf.insert(at.value(u"data-link"_s) + u'|' + at.value(u"data-host"_s) + u'|' +
                                 at.value(u"data-observer"_s),
                             at.value(u"data-verdict"_s).toString());
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString() + u" at line %1"_s.arg(xml.lineNumber())));
    QVERIFY(links > 0);
#ifdef PORTCHECK_HAVE_SVG
    QVERIFY(svg);
#endif
    // The same verdicts as the JSON results.
    const QJsonObject json =
        QJsonDocument::fromJson(runResultJson(m_catalog, plan, run, report.verdicts)).object();
    const QJsonArray verdicts = json.value(u"verdicts"_s).toArray();
    QVERIFY(!verdicts.isEmpty());
    QCOMPARE(verdictOf.size(), verdicts.size());
    for (const QJsonValue &v : verdicts) {
        const QJsonObject o = v.toObject();
        const QString key = o.value(u"link"_s).toString() + u'|' + o.value(u"host"_s).toString() + u'|' +
                            o.value(u"seen_from"_s).toString();
        QVERIFY2(verdictOf.contains(key), qPrintable(key));
        QCOMPARE(verdictOf.value(key), o.value(u"verdict"_s).toString());
    }
    // The cover's words are there, as text.
    QVERIFY(html.contains("Summary for the change board"));
    QVERIFY(html.contains("Firewall change request"));
}

// Markup and controls from the network are text in the HTML: no element, no raw ESC.
void TestReport::html_networkMarkupStaysText()
{
    ReportBuilder b;
    b.paragraph(u"<script>alert(1)</script> & \x1b[31m red \u202e"_s);
    b.table({u"A"_s}, {100});
    b.row({u"<img src=x onerror=alert(1)>"_s});
    const QString html = QString::fromUtf8(htmlReport(b.take(), {}));
    QVERIFY(!html.contains(u"<script"_s));
    QVERIFY(!html.contains(u"<img"_s));
    QVERIFY(html.contains(u"&lt;script&gt;"_s));
    QVERIFY(!html.contains(QChar(0x1b)));
    QVERIFY(!html.contains(QChar(0x202e)));
    QXmlStreamReader xml(html);
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
