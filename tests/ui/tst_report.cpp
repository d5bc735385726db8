#include "catalog/catalogloader.h"
#include "demo/demosite.h"
#include "demo/responder.h"
#include "export/firewallrequest.h"
#include "export/resultjson.h"
#include "probehelpers.h"
#include "reportwriter.h"
#include "run/planrun.h"
#include "run/report.h"
#include "testutil.h"
#include "translations.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSslKey>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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
    void merge_eachLinkJudgedWhereItStarts();
    void merge_sameCheckFromTwoMachinesShowsBoth();
    void merge_badInputIsNamed();
    void reopenedResults_readInJapanese();

private:
    RunResult runDemo(const QStringList &vantage, Plan *plan = nullptr);
    static QString pdfText(const QString &path);
    static QString pdfInfo(const QString &path, const QString &key);

    const Catalog &m_catalog = builtinCatalog();
    DemoSite m_site;
    QTemporaryDir m_dir;
};

void TestReport::initTestCase()
{
    installTranslations(u"en"_s);
    QCOMPARE(m_site.start(), QString());
    QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(), "poppler-utils is missing");
}

RunResult TestReport::runDemo(const QStringList &vantage, Plan *planOut)
{
    Profile profile = m_site.profile();
    profile.vantage = vantage;
    RunSettings settings;
    settings.probe.connectTimeoutMs = profile.connectTimeoutMs;
    settings.probe.protocolTimeoutMs = profile.protocolTimeoutMs;
    settings.probe.extraCaCertificates = m_site.trustAnchors();
    PlanRun run(m_catalog, buildPlan(m_catalog, profile), settings);
    run.start(RunMetadata::now(m_catalog));
    if (run.isRunning() && !waitForSignal(&run, &PlanRun::finished, 30000))
        return {};
    if (planOut)
        *planOut = run.plan();
    return run.result();
}

QString TestReport::pdfText(const QString &path)
{
    QProcess p;
    p.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    p.waitForFinished(30000);
    // Lines wrap where the page is narrow: compare with white space collapsed.
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
    QCOMPARE(writer.write(path), QString());

    const QString text = pdfText(path);
    // The cloud endpoint's inspecting proxy and the agent's silent 443 fail their links: an untrusted
    // certificate and a silent port satisfy nothing (docs/DESIGN-NOTES.md, verdict rules).
    QVERIFY2(text.contains(u"NOT READY: 3 links fail"_s), qPrintable(text.left(600)));
    QVERIFY(text.contains(u"4 pass · 2 warning · 3 fail · 7 not tested from here"_s));
    QVERIFY(text.contains(run.meta.host));
    // Every link, every port, the remediation of every failure.
    for (const PlanItem &item : plan.items) {
        const Link *link = m_catalog.link(item.link);
        const QString heading = m_catalog.role(link->from)->name + u" → "_s + m_catalog.role(link->to)->name;
        QVERIFY2(text.contains(heading), qPrintable(heading));
        QVERIFY2(text.contains(link->purpose), qPrintable(link->purpose));
        for (const Requirement *leaf : item.requirement.leaves())
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
    QVERIFY2(request.count(u"verified open, no change"_s) > 1, qPrintable(request)); // the intro says it once
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
    QCOMPARE(writer.write(path), QString());
    QVERIFY2(pdfInfo(path, u"Page size"_s).startsWith(u"612 x 792"_s),
             qPrintable(pdfInfo(path, u"Page size"_s)));
    QCOMPARE(ReportWriter(m_catalog, report).write(u"/nonexistent/dir/r.pdf"_s).isEmpty(), false);
}

void TestReport::networkText_printsLiterally()
{
    // A certificate whose subject is markup, made by openssl for this test.
    QTemporaryDir dir;
    const QString key = dir.filePath(u"k.pem"_s);
    const QString cert = dir.filePath(u"c.pem"_s);
    QProcess openssl;
    openssl.start(u"openssl"_s,
                  {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, key,
                   u"-out"_s, cert, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=<b>x<\\/b> & 'y'"_s});
    QVERIFY(openssl.waitForFinished(60000));
    QCOMPARE(openssl.exitCode(), 0);
    Responder server(Responder::Behavior::Http);
    server.setTls(certificate(cert), Test::key(key));
    QVERIFY(server.listen(QHostAddress::LocalHost));

    Profile profile = Profile::defaults(m_catalog);
    profile.vantage = {u"guardian-server"_s};
    profile.components = {u"cayosoft-cloud"_s};
    profile.hosts[u"cayosoft-cloud"_s] = {{u"127.0.0.1"_s, {{443, server.serverPort()}}}};
    PlanRun run(m_catalog, buildPlan(m_catalog, profile), RunSettings());
    run.start(RunMetadata::now(m_catalog));
    QVERIFY(waitForSignal(&run, &PlanRun::finished, 20000));
    bool seen = false;
    for (const ProbeResult &r : run.result().results)
        seen = seen || r.facts.value(u"tls.subject"_s) == u"<b>x</b> & 'y'"_s;
    QVERIFY(seen);

    const ReportData report = reportFromRun(m_catalog, run.plan(), run.result());
    const QString pdf = m_dir.filePath(u"markup.pdf"_s);
    QCOMPARE(ReportWriter(m_catalog, report).write(pdf), QString());
    QVERIFY2(pdfText(pdf).contains(u"tls.subject = <b>x</b> & 'y'"_s), qPrintable(pdfText(pdf).right(800)));
    const QJsonDocument json =
        QJsonDocument::fromJson(runResultJson(m_catalog, report.plan, run.result(), report.verdicts));
    bool inJson = false;
    for (const QJsonValue &c : json.object().value(u"checks"_s).toArray())
        inJson = inJson || c.toObject().value(u"facts"_s).toObject().value(u"tls.subject"_s).toString() ==
                               u"<b>x</b> & 'y'"_s;
    QVERIFY(inJson);
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
    QCOMPARE(ReportWriter(m_catalog, report).write(pdf), QString());
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
    const QString error = ReportWriter(m_catalog, opened.report).write(path);
    installTranslations(u"en"_s);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString text = pdfText(path);
    for (const QString &words : {u"失敗: 許可されたポートがどれも機能しません"_s, u"接続が拒否されました"_s,
                                 u"ファイアウォール変更申請"_s, u"ドメインコントローラー"_s})
        QVERIFY2(text.contains(words), qPrintable(words));
    QVERIFY(!text.contains(u"connection refused"_s));
    QVERIFY(!text.contains(u"none of the allowed ports"_s));
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
