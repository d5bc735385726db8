#include "model/demo/responder.h"
#include "tests/probehelpers.h"
#include "tests/testutil.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QHash>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QXmlStreamReader>

#include <csignal>
#include <memory>
#include <signal.h>
#include <sys/types.h>

using namespace PortCheck;
using namespace Qt::StringLiterals;

// Runs the real guardian-portcheck binary the way a user or a pipeline does.
class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void version_printsVersionAndCatalog();
    void help_listsCommands();
    void unknownCommand_exits2();
    void catalogCsv_listsEveryPortWithRolesAndSources_data();
    void catalogCsv_listsEveryPortWithRolesAndSources();
    void catalogCsv_isWellFormed();
    void catalogTable_andYaml();
    void catalogBadFormat_exits2();
    void malformedCatalog_exits2WithEveryPosition();
    void malformedProfile_exits2WithEveryPosition();
    void missingProfile_exits2();
    void dryRun_printsThePlan();
    void proxyAndResolve_badValues_exit2_data();
    void proxyAndResolve_badValues_exit2();
    void siteProfile_findsThisMachinesRoles();
    void compare_beforeAndAfterAChange();
    void run_dcOfAnotherDomain_andAClockAhead();
    void siteProfile_asOverrides_andNoMatchExits2();
    void siteProfile_chosenRoleNamesItsEntry_mergeSaysWhoIsLeft();
    void run_probesAndWritesTheJsonContract();
    void run_failingLinkExits1WithRemediation();
    void probe_reportsEachTargetInOrder();
    void probe_badTargetsExit2_data();
    void probe_badTargetsExit2();
    void log_holdsTheLookupsProbesAndOutcomes();
    void demo_showsEveryVerdict();
    void demo_writesEveryReport_andMergeReadsIt();
    void badNumbers_exit2();
    void catalog_followsSystemLanguage();
    void catalog_japaneseTableLinesUp();
    void demo_german_jsonStaysEnglish();
    void badProfile_germanDiagnosticKeepsItsPosition();
    void unknownLanguage_exits2AndListsTheLanguages();
    void optionTheCommandDoesNotTake_exits2_data();
    void optionTheCommandDoesNotTake_exits2();
    void verdictTables_nameLinks_andStayWholeWhenPiped();
    void tables_fitTheTerminalWidth();
    void networkText_isEscapedInTheTerminal_jsonKeepsIt();
    void profileKey_isEscapedInTheError();
    void discover_nothingListening_isNotNoRecords();
    void signal_writesWhatFinished_markedIncomplete_data();
    void signal_writesWhatFinished_markedIncomplete();
    void importM365_replacesTheListAndSaysWhatChanged();
    void importM365_badFiles_exit2_data();
    void importM365_badFiles_exit2();
    void azureServiceTags_listTheRegionsPrefixes();
    void coverFields_reachTheResultsAndTheMerge();
    void azureServiceTags_badFiles_exit2_data();
    void azureServiceTags_badFiles_exit2();

private:
    struct Result
    {
        int code = -1;
        QString out;
        QString err;
    };
    // English unless `language` sets LANG: the caller's own locale variables never leak in.
    static Result run(const QStringList &args, const QString &language = u"C.UTF-8"_s)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"})
            env.remove(QString::fromLatin1(name));
        env.insert(u"LANG"_s, language);
        // The program's data folder (imported lists) is the test's own.
        env.insert(u"PORTCHECK_DATA_DIR"_s, dataHome());
        p.setProcessEnvironment(env);
        QEventLoop loop;
        QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
        QObject::connect(&p, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        p.start(qEnvironmentVariable("PORTCHECK_BINARY"), args);
        if (p.state() != QProcess::NotRunning)
            loop.exec();
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished(5000);
            return {};
        }
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    static QProcessEnvironment environment(const QString &language = u"C.UTF-8"_s)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"})
            env.remove(QString::fromLatin1(name));
        env.insert(u"LANG"_s, language);
        env.insert(u"PORTCHECK_DATA_DIR"_s, dataHome());
        return env;
    }
    static QString dataHome()
    {
        static QTemporaryDir dir;
        return dir.path();
    }
    static QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
    {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(data);
        return f.fileName();
    }
    // Control characters and bidirectional overrides that must never reach a terminal raw.
    static QString rawControls(const QString &text)
    {
        QString found;
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if ((u < 0x20 && u != u'\n' && u != u'\t' && u != u'\r') || (u >= 0x7f && u <= 0x9f) ||
                (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069))
                found += u"U+"_s + QString::number(u, 16) + u' ';
        }
        return found;
    }
    static QString source(const QString &path)
    {
        return qEnvironmentVariable("PORTCHECK_SOURCE_DIR") + u'/' + path;
    }
};

void TestCli::version_printsVersionAndCatalog()
{
    const Result r = run({u"--version"_s});
    QCOMPARE(r.code, 0);
    QVERIFY2(QRegularExpression(u"^guardian-portcheck \\d+\\.\\d+\\.\\d+ \\(catalog guardian "_s)
                 .match(r.out)
                 .hasMatch(),
             qPrintable(r.out));
}

void TestCli::help_listsCommands()
{
    const Result r = run({u"--help"_s});
    QCOMPARE(r.code, 0);
    for (const QString &word : {u"catalog"_s, u"run PROFILE"_s, u"--dry-run"_s, u"Exit codes"_s, u"130/143"_s,
                                u"'demo' exits 0 when its site ran"_s})
        QVERIFY2(r.out.contains(word), qPrintable(word));
}

void TestCli::unknownCommand_exits2()
{
    const Result r = run({u"frobnicate"_s});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(u"unknown command 'frobnicate'"_s));
    QCOMPARE(run({u"catalog"_s, u"--no-such-option"_s}).code, 2);
}

void TestCli::catalogCsv_listsEveryPortWithRolesAndSources_data()
{
    QTest::addColumn<QString>("port");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::newRow("389") << u"389"_s << u"Guardian server"_s << u"Domain controller"_s;
    QTest::newRow("3268") << u"3268"_s << u"Guardian server"_s << u"Domain controller"_s;
    QTest::newRow("636") << u"636"_s << u"Guardian server"_s << u"Domain controller"_s;
    QTest::newRow("3269") << u"3269"_s << u"Guardian server"_s << u"Domain controller"_s;
    QTest::newRow("5985") << u"5985"_s << u"Guardian server"_s << u"Domain controller"_s;
    QTest::newRow("5986") << u"5986"_s << u"Guardian server"_s << u"Domain controller"_s;
    QTest::newRow("139") << u"139"_s << u"Guardian server"_s << u"Network file share"_s;
    QTest::newRow("445") << u"445"_s << u"Forest Recovery agent"_s << u"Network file share"_s;
    QTest::newRow("80") << u"80"_s << u"Admin workstation"_s << u"Web portal"_s;
    QTest::newRow("443") << u"443"_s << u"Guardian server"_s << u"Microsoft 365 / Entra ID"_s;
    QTest::newRow("1433") << u"1433"_s << u"Guardian server"_s << u"Azure SQL"_s;
}

void TestCli::catalogCsv_listsEveryPortWithRolesAndSources()
{
    QFETCH(QString, port);
    QFETCH(QString, from);
    QFETCH(QString, to);
    const Result r = run({u"catalog"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(r.code, 0);
    const QStringList lines = r.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
    const bool found = std::any_of(lines.cbegin(), lines.cend(), [&](const QString &line) {
        return line.startsWith(from + u',' + to + u',' + port + u",TCP,"_s) &&
               line.contains(u"Required Ports"_s);
    });
    QVERIFY2(found, qPrintable(r.out.left(400)));
}

void TestCli::catalogCsv_isWellFormed()
{
    const Result r = run({u"catalog"_s, u"--format=csv"_s});
    QCOMPARE(r.code, 0);
    // every row has the header's number of fields once quoted commas are taken into account
    static const QRegularExpression field(u"(\"([^\"]|\"\")*\"|[^,]*)(,|$)"_s);
    const QStringList lines = r.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 30);
    QCOMPARE(
        lines.first(),
        u"from,to,port,transport,protocol,probe,need,when required,purpose,link,source,inferred,m365 set,"
        u"destinations"_s);
    for (const QString &line : lines) {
        int fields = 0;
        qsizetype at = 0;
        while (at <= line.size()) {
            const QRegularExpressionMatch m = field.match(line, at, QRegularExpression::NormalMatch,
                                                          QRegularExpression::AnchorAtOffsetMatchOption);
            QVERIFY(m.hasMatch());
            ++fields;
            at = m.capturedEnd();
            if (m.captured(3).isEmpty())
                break;
        }
        QVERIFY2(fields == 14, qPrintable(line));
    }
}

void TestCli::catalogTable_andYaml()
{
    const Result table = run({u"catalog"_s});
    QCOMPARE(table.code, 0);
    QVERIFY(table.out.contains(u"FROM"_s) && table.out.contains(u"TCP 3269"_s));
    const Result yaml = run({u"catalog"_s, u"--format"_s, u"yaml"_s});
    QCOMPARE(yaml.code, 0);
    QVERIFY(yaml.out.contains(u"id: service-dc-ldap"_s));
    // what `catalog --format yaml` prints loads back as a catalog
    QTemporaryDir dir;
    QFile file(dir.filePath(u"c.yaml"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(yaml.out.toUtf8());
    file.close();
    QCOMPARE(run({u"catalog"_s, u"--catalog"_s, file.fileName(), u"--format"_s, u"csv"_s}).code, 0);
}

void TestCli::catalogBadFormat_exits2()
{
    const Result r = run({u"catalog"_s, u"--format"_s, u"xml"_s});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(u"unknown format 'xml', expected table, csv or yaml"_s));
}

void TestCli::malformedCatalog_exits2WithEveryPosition()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"broken.yaml"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("catalog: {id: x, version: \"1\"}\nroles: [{id: a}]\ncomponents: [{id: c}]\n"
               "links:\n  - {id: l, from: a, to: q, component: c, inferred: true, requires: 99999}\n");
    file.close();
    const Result r = run({u"catalog"_s, u"--catalog"_s, path});
    QCOMPARE(r.code, 2);
    const QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(path + u":5:26: unknown role 'q'"_s), qPrintable(r.err));
    QVERIFY2(lines.at(1).startsWith(path + u":5:69: bad port '99999'"_s), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCli::malformedProfile_exits2WithEveryPosition()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.yaml"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        "profile: 1\nvantage: [guardian-server]\nhosts:\n  domain-controller: [dc1, 'dc 2', 10.0.0.999]\n"
        "timeouts: {connect-ms: 0}\n");
    file.close();
    const Result r = run({u"run"_s, path, u"--dry-run"_s});
    QCOMPARE(r.code, 2);
    const QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith(path + u":4:28: bad host: 'dc 2'"_s), qPrintable(r.err));
    QVERIFY2(lines.at(1).startsWith(path + u":4:36: bad host: '10.0.0.999'"_s), qPrintable(r.err));
    QVERIFY2(lines.at(2).startsWith(path + u":5:24: 'connect-ms' must be"_s), qPrintable(r.err));
}

void TestCli::missingProfile_exits2()
{
    const Result r = run({u"run"_s, u"/nonexistent/p.yaml"_s, u"--dry-run"_s});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.startsWith(u"/nonexistent/p.yaml: cannot open the profile"_s));
}

void TestCli::dryRun_printsThePlan()
{
    const Result r = run({u"run"_s, source(u"examples/contoso.yaml"_s), u"--dry-run"_s});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(u"service-dc-ldap"_s));
    QVERIFY(r.out.contains(u"dc2.corp.example"_s));
    QVERIFY2(QRegularExpression(u"(\\d+) checks for (\\d+) link-host pairs; (\\d+) testable"_s)
                 .match(r.out)
                 .hasMatch(),
             qPrintable(r.out));
}

// One profile for the whole site: without 'vantage', this machine's roles are the source roles
// whose host lists name it (an address of it, or its host name as QHostInfo gives it).
void TestCli::siteProfile_findsThisMachinesRoles()
{
    QTemporaryDir dir;
    const QString site = dir.filePath(u"site.yaml"_s);
    QFile f(site);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(u"profile: 1\ncomponents: [guardian-service, forest-recovery]\nhosts:\n"
            u"  guardian-server: [127.0.0.1]\n  domain-controller: [127.0.0.2]\n"
            u"  recovery-agent: [%1]\n  file-share: [127.0.0.3]\n"_s.arg(QHostInfo::localHostName().toUpper())
                .toUtf8());
    f.close();
    const Result r = run({u"run"_s, site, u"--dry-run"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"This machine plays, by the profile's host lists: Guardian server (listed as "
                            u"127.0.0.1), Forest Recovery agent (listed as "_s +
                            QHostInfo::localHostName().toLower() + u")."_s),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(u"(vantage: guardian-server, recovery-agent)"_s), qPrintable(r.out));
}

// Before and after a change: the file share's SMB was refused and is opened, the DC's WinRM
// answered and is gone, its LDAP works in both, the cloud fails in both.
void TestCli::compare_beforeAndAfterAChange()
{
    using B = Responder::Behavior;
    const QString dc = u"127.0.0.91"_s;
    const QString share = u"127.0.0.92"_s;
    Responder ldap(B::LdapRootDse);
    Responder gc(B::LdapRootDse);
    QVERIFY(ldap.listen(QHostAddress(dc)) && gc.listen(QHostAddress(dc)));
    auto winrm = std::make_unique<Responder>(B::WinrmIdentify);
    QVERIFY(winrm->listen(QHostAddress(dc)));
    const quint16 winrmPort = winrm->serverPort();
    const quint16 smbPort = unusedPort(QHostAddress(share));
    QVERIFY(smbPort != 0);
    QTemporaryDir dir;
    const QString profile = writeFile(
        dir, u"site.yaml"_s,
        u"profile: 1\nname: Change 4711\nvantage: [guardian-server]\n"
        u"components: [guardian-service, cayosoft-cloud]\noptions: {winrm-transport: http-only}\nhosts:\n"
        u"  domain-controller:\n    - {host: %1, ports: {389: %2, 3268: %3, 5985: %4}, stand-in: true}\n"
        u"  file-share:\n    - {host: %5, ports: {445: %6, 139: %6}, stand-in: true}\n"
        u"  cayosoft-cloud: [127.0.0.93]\ntimeouts: {connect-ms: 1000, protocol-ms: 2000}\n"_s.arg(dc)
            .arg(ldap.serverPort())
            .arg(gc.serverPort())
            .arg(winrmPort)
            .arg(share)
            .arg(smbPort)
            .toUtf8());
    const QString before = dir.filePath(u"before.json"_s);
    const QString after = dir.filePath(u"after.json"_s);
    QCOMPARE(run({u"run"_s, profile, u"--json"_s, before}).code, 1);
    winrm.reset();
    Responder smb(B::Smb2);
    QVERIFY(smb.listen(QHostAddress(share), smbPort));
    QCOMPARE(run({u"run"_s, profile, u"--json"_s, after}).code, 1);

    const QString json = dir.filePath(u"comparison.json"_s);
    const QString csv = dir.filePath(u"request.csv"_s);
    const Result r = run({u"compare"_s, before, after, u"--json"_s, json, u"--csv"_s, csv});
    QCOMPARE(r.code, 1); // the cloud still fails after the change
    QVERIFY2(r.out.contains(u"Firewall request written to "_s + csv), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"1 fixed, 1 newly broken, "_s), qPrintable(r.out));
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
    QHash<QString, QString> changes;
    for (const QJsonValue &c : doc.value(u"changes"_s).toArray())
        changes.insert(c[u"link"_s].toString(), c[u"change"_s].toString());
    QCOMPARE(changes.value(u"service-share-smb"_s), u"fixed"_s);
    QCOMPARE(changes.value(u"service-dc-winrm"_s), u"broken"_s);
    QCOMPARE(changes.value(u"service-dc-ldap"_s), u"unchanged"_s);
    QCOMPARE(changes.value(u"service-cloud-license"_s), u"still-failing"_s);
    QCOMPARE(doc[u"summary"_s][u"fixed"_s].toInt(), 1);
    QCOMPARE(doc[u"summary"_s][u"broken"_s].toInt(), 1);
    // The rule the request asked for before (445 to the share) is verified open after.
    QString smbRule;
    for (const QJsonValue &rule : doc.value(u"requested_rules"_s).toArray()) {
        if (rule[u"link"_s].toString() == u"service-share-smb"_s)
            smbRule = rule[u"port"_s].toString() + u' ' + rule[u"check"_s].toString();
    }
    QCOMPARE(smbRule, u"445 verified"_s);
    // The request of the run before, with what the run after found for each rule.
    const QStringList request = QString::fromUtf8(Test::readFile(csv)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QVERIFY(request.value(0).contains(u",state found,after verification,"_s));
    const auto line = [&request](const QString &part) -> QString {
        for (const QString &l : request) {
            if (l.contains(part))
                return l;
        }
        return {};
    };
    QVERIFY2(line(u",tcp/445,"_s).contains(u",refused,\"verified: open, identified\",yes,open,"_s),
             qPrintable(request.join(u'\n')));
    QVERIFY2(line(u",tcp/5985,"_s).contains(u",\"open, identified\",now closed: refused,no,"_s),
             qPrintable(request.join(u'\n')));
    QVERIFY2(line(u"127.0.0.93,tcp/443,allow,"_s).contains(u",still closed: refused,yes,"_s),
             qPrintable(request.join(u'\n')));
    // The report after the change, with what it did: the PDF and the HTML both say it.
    const QString html = dir.filePath(u"after.html"_s);
    const QString pdf = dir.filePath(u"after.pdf"_s);
    const Result report =
        run({u"compare"_s, before, after, u"--html"_s, html, u"--pdf"_s, pdf, u"--ticket"_s, u"CHG-77"_s});
    QCOMPARE(report.code, 1);
    QVERIFY2(report.out.contains(u"HTML report written to "_s + html), qPrintable(report.out + report.err));
    const QString page = QString::fromUtf8(Test::readFile(html));
    QVERIFY(page.contains(u"Before and after the change"_s));
    QVERIFY(page.contains(u"CHG-77"_s));
    QVERIFY(
        page.contains(u"data-link=\"service-share-smb\" data-host=\"127.0.0.92\" data-change=\"fixed\""_s));
    QVERIFY(page.contains(u"data-change=\"broken\""_s));
    QVERIFY(page.contains(u"data-check=\"verified\""_s));
    QVERIFY(Test::readFile(pdf).startsWith("%PDF-"));
    // Without compare the column is empty.
    const Result plainCsv = run({u"merge"_s, before, u"--csv"_s, csv});
    QVERIFY2(plainCsv.code == 1, qPrintable(plainCsv.err));
    QVERIFY(QString::fromUtf8(Test::readFile(csv)).contains(u",refused,,yes,open,"_s));

    // Files of another site do not compare.
    const QString other = writeFile(dir, u"other.yaml"_s,
                                    "profile: 1\nvantage: [guardian-server]\ncomponents: [guardian-service]\n"
                                    "hosts:\n  file-share: [127.0.0.94]\n"
                                    "timeouts: {connect-ms: 500, protocol-ms: 500}\n");
    const QString otherJson = dir.filePath(u"other.json"_s);
    run({u"run"_s, other, u"--json"_s, otherJson});
    const Result refused = run({u"compare"_s, before, otherJson});
    QCOMPARE(refused.code, 2);
    QVERIFY2(refused.err.contains(u"share no link and host: they are not of the same site"_s),
             qPrintable(refused.err));
}

// Three DCs answering LDAP: one of another domain, one whose clock runs 200 s ahead. The run names
// both findings and the fix for each (issue 14.3, 14.4).
void TestCli::run_dcOfAnotherDomain_andAClockAhead()
{
    using B = Responder::Behavior;
    const QStringList hosts{u"127.0.0.95"_s, u"127.0.0.96"_s, u"127.0.0.97"_s};
    std::vector<std::unique_ptr<Responder>> responders;
    QString list;
    for (const QString &host : hosts) {
        const QByteArray domain =
            host == u"127.0.0.96"_s ? "DC=lab,DC=portcheck,DC=invalid" : "DC=demo,DC=portcheck,DC=invalid";
        quint16 ports[2] = {0, 0};
        for (quint16 &port : ports) {
            auto r = std::make_unique<Responder>(B::LdapRootDse);
            r->setLdapAttributes({{"dnsHostName", {host.toUtf8()}},
                                  {"defaultNamingContext", {domain}},
                                  {"rootDomainNamingContext", {domain}},
                                  {"dsServiceName", {"CN=NTDS Settings,CN=DC,CN=Servers,CN=Lab,CN=Sites"}},
                                  {"domainControllerFunctionality", {"7"}}});
            if (host == u"127.0.0.97"_s)
                r->setClockOffsetSeconds(200);
            QVERIFY(r->listen(QHostAddress(host)));
            port = r->serverPort();
            responders.push_back(std::move(r));
        }
        list +=
            u"    - {host: %1, ports: {389: %2, 3268: %3}, stand-in: true}\n"_s.arg(host).arg(ports[0]).arg(
                ports[1]);
    }
    QTemporaryDir dir;
    const QString profile =
        writeFile(dir, u"site.yaml"_s,
                  (u"profile: 1\nvantage: [guardian-server]\ncomponents: [guardian-service]\nhosts:\n"
                   u"  domain-controller:\n"_s +
                   list + u"timeouts: {connect-ms: 1000, protocol-ms: 2000}\n"_s)
                      .toUtf8());
    const Result r = run({u"run"_s, profile});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(u"127.0.0.96 is a domain controller of lab.portcheck.invalid "
                            u"(DC=lab,DC=portcheck,DC=invalid), not of demo.portcheck.invalid like the other "
                            u"domain controllers"_s),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(u"the clock of 127.0.0.97 is 200 seconds ahead of this machine's"_s) ||
                 r.out.contains(u"the clock of 127.0.0.97 is 199 seconds ahead of this machine's"_s) ||
                 r.out.contains(u"the clock of 127.0.0.97 is 201 seconds ahead of this machine's"_s),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(u"- 127.0.0.96: Enter domain controllers of the profile's domain instead of "
                            u"127.0.0.96"_s),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(u"- 127.0.0.97: Correct the clock of 127.0.0.97"_s), qPrintable(r.out));
    // The same DCs with the domain given: now the two of demo.portcheck.invalid are the odd ones.
    const Result lab = run({u"run"_s, profile, u"--domain"_s, u"lab.portcheck.invalid"_s});
    QVERIFY2(
        lab.out.contains(u"127.0.0.95 is a domain controller of demo.portcheck.invalid "
                         u"(DC=demo,DC=portcheck,DC=invalid), not of lab.portcheck.invalid, the profile's "
                         u"domain"_s),
        qPrintable(lab.out));
}

void TestCli::siteProfile_asOverrides_andNoMatchExits2()
{
    QTemporaryDir dir;
    const QString site = dir.filePath(u"site.yaml"_s);
    QFile f(site);
    QVERIFY(f.open(QIODevice::WriteOnly));
    // gsrv9.corp.example is some other machine; 127.0.0.2 is a DC, a target only
    f.write(
        "profile: 1\nhosts:\n  guardian-server: [gsrv9.corp.example]\n  domain-controller: [127.0.0.2]\n");
    f.close();
    Result r = run({u"run"_s, site, u"--dry-run"_s});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(u"is in none of the profile's host lists of a role a link starts from "
                            u"(guardian-server), and the profile names no 'vantage'; run it with --as ROLE, "
                            u"one of: guardian-server, admin-workstation, ad-connector, recovery-agent"_s),
             qPrintable(r.err));
    r = run({u"run"_s, site, u"--dry-run"_s, u"--as"_s, u"guardian-server"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"(vantage: guardian-server)"_s), qPrintable(r.out));
    QVERIFY(!r.out.contains(u"This machine plays"_s));
    r = run({u"run"_s, site, u"--dry-run"_s, u"--as"_s, u"domain-controller"_s});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(u"--as: 'domain-controller' is not a role a link starts from"_s),
             qPrintable(r.err));
    r = run({u"probe"_s, u"127.0.0.1:1"_s, u"--as"_s, u"guardian-server"_s});
    QCOMPARE(r.code, 2); // an option of 'run' only
}

// A machine whose role the profile chose ('vantage') still finds itself in the role's list, so a
// merge knows which listed machine ran and which one is left, with the command for it (15.3).
void TestCli::siteProfile_chosenRoleNamesItsEntry_mergeSaysWhoIsLeft()
{
    Responder smb(Responder::Behavior::Smb2);
    QVERIFY(smb.listen(QHostAddress(u"127.0.0.107"_s)));
    QTemporaryDir dir;
    const QString profile = dir.filePath(u"q.yaml"_s);
    QFile f(profile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(u"profile: 1\nvantage: [guardian-server]\nhosts:\n"
            u"  guardian-server: [127.0.0.1, gsrv2.corp.example]\n"
            u"  file-share:\n    - {host: 127.0.0.107, ports: {445: %1}, stand-in: true}\n"_s
                .arg(smb.serverPort())
                .toUtf8());
    f.close();
    const QString json = dir.filePath(u"here.results.json"_s);
    const Result r = run({u"run"_s, profile, u"--json"_s, json});
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject runInfo = QJsonDocument::fromJson(file.readAll()).object().value(u"run"_s).toObject();
    QCOMPARE(runInfo.value(u"listed_as"_s).toObject().value(u"guardian-server"_s).toString(), u"127.0.0.1"_s);
    QCOMPARE(runInfo.value(u"source_machines"_s).toObject().value(u"guardian-server"_s).toArray().size(), 2);

    const Result merged = run({u"merge"_s, json});
    QVERIFY2(merged.code == 1, qPrintable(merged.out + merged.err)); // every link passes, gsrv2 is left
    QVERIFY2(merged.out.contains(u"on gsrv2.corp.example (Guardian server): guardian-portcheck run q.yaml "
                                 u"--json gsrv2.corp.example.results.json"_s),
             qPrintable(merged.out));
    QVERIFY2(merged.out.contains(u"Coverage incomplete: still to run on 1 machine, for 1 required link."_s),
             qPrintable(merged.out));
}

void TestCli::run_probesAndWritesTheJsonContract()
{
    using B = Responder::Behavior;
    Responder ldap(B::LdapRootDse);
    Responder gc(B::LdapRootDse);
    Responder winrm(B::WinrmUnauthorized);
    Responder smb(B::Smb2);
    Responder kdc(B::Kerberos);
    Responder dns(B::Dns);
    for (Responder *r : {&ldap, &gc, &winrm, &smb, &kdc, &dns})
        QVERIFY(r->listen(QHostAddress::LocalHost));
    const quint16 closed = unusedPort(QHostAddress::LocalHost);
    QTemporaryDir dir;
    const QString profile = dir.filePath(u"p.yaml"_s);
    QFile f(profile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(u"profile: 1\nname: loopback\nvantage: [guardian-server]\ncomponents: [guardian-service]\n"
            u"options: {ldap-mode: default, winrm-transport: http-only}\nhosts:\n"
            u"  domain-controller:\n    - host: 127.0.0.1\n"
            u"      ports: {389: %1, 3268: %2, 636: %5, 3269: %5, 5985: %3, 5986: %5, 88: %6, 53: %7}\n"
            u"  file-share:\n    - host: 127.0.0.1\n      ports: {445: %4, 139: %5}\n"
            // Every target answers or refuses at once; generous deadlines keep a loaded CI machine
            // (parallel suites, sanitizers) from turning a slow answer into a failure.
            u"timeouts: {connect-ms: 10000, protocol-ms: 10000}\n"_s.arg(ldap.serverPort())
                .arg(gc.serverPort())
                .arg(winrm.serverPort())
                .arg(smb.serverPort())
                .arg(closed)
                .arg(kdc.serverPort())
                .arg(dns.serverPort())
                .toUtf8());
    f.close();
    const QString json = dir.filePath(u"out.json"_s);
    const Result r = run({u"run"_s, profile, u"--json"_s, json});
    // On failure print the verdicts (the end of the output) first: CI logs keep only a part.
    const QString verdictsFirst = r.out.mid(r.out.indexOf(u"\nVerdicts"_s)) + r.err + r.out;
    QVERIFY2(r.code == 0, qPrintable(verdictsFirst));
    QVERIFY2(r.out.contains(u"5 pass, 0 warn, 0 fail"_s), qPrintable(verdictsFirst));
    // The window's headline on the terminal too, with English plurals.
    // (Windows writes CRLF to the terminal.)
    QVERIFY2(QString(r.out).remove(u'\r').contains(u"\nEvery link tested from here passes.\n5 pass"_s),
             qPrintable(verdictsFirst));

    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonObject doc = QJsonDocument::fromJson(file.readAll(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.value(u"tool"_s).toString(), u"guardian-portcheck"_s);
    QCOMPARE(doc.value(u"schema"_s).toInt(), 1);
    const QJsonObject runInfo = doc.value(u"run"_s).toObject();
    QVERIFY(QDateTime::fromString(runInfo.value(u"started"_s).toString(), Qt::ISODateWithMs).isValid());
    QVERIFY(!runInfo.value(u"host"_s).toString().isEmpty());
    QCOMPARE(runInfo.value(u"vantage"_s).toArray().first().toString(), u"guardian-server"_s);
    QVERIFY(runInfo.value(u"catalog"_s).toString().startsWith(u"builtin:guardian@"_s));
    QCOMPARE(runInfo.value(u"options"_s).toObject().value(u"winrm-transport"_s).toString(), u"http-only"_s);
    QMap<QString, QJsonObject> checks;
    for (const QJsonValue &c : doc.value(u"checks"_s).toArray())
        checks.insert(c.toObject().value(u"id"_s).toString(), c.toObject());
    const QJsonObject ldapCheck = checks.value(u"service-dc-ldap/127.0.0.1/389"_s);
    QCOMPARE(ldapCheck.value(u"state"_s).toString(), u"open"_s);
    QCOMPARE(ldapCheck.value(u"service"_s).toString(), u"identified"_s);
    QCOMPARE(ldapCheck.value(u"probe"_s).toString(), u"ldap"_s);
    QCOMPARE(ldapCheck.value(u"port"_s).toInt(), int(ldap.serverPort()));
    QCOMPARE(ldapCheck.value(u"catalog_port"_s).toInt(), 389);
    QCOMPARE(ldapCheck.value(u"facts"_s).toObject().value(u"ldap.dnsHostName"_s).toString(),
             u"dc1.demo.portcheck.invalid"_s);
    QVERIFY(ldapCheck.value(u"latency_ms"_s).toDouble() >= 0);
    QCOMPARE(checks.value(u"service-dc-ldap/127.0.0.1/636"_s).value(u"state"_s).toString(), u"refused"_s);
    QCOMPARE(checks.value(u"service-dc-winrm/127.0.0.1/5985"_s)
                 .value(u"facts"_s)
                 .toObject()
                 .value(u"winrm.auth"_s),
             QJsonValue(u"Negotiate, Kerberos"_s));
    QCOMPARE(checks.value(u"service-dc-winrm/127.0.0.1/5986"_s).value(u"advisory"_s).toBool(), true);
    const QJsonObject summary = doc.value(u"summary"_s).toObject();
    QCOMPARE(summary.value(u"pass"_s).toInt(), 5);
    QCOMPARE(summary.value(u"fail"_s).toInt(), 0);
    QCOMPARE(doc.value(u"verdicts"_s).toArray().size(), 5);
    const QJsonObject kerberosCheck = checks.value(u"service-dc-kerberos/127.0.0.1/88"_s);
    QCOMPARE(kerberosCheck.value(u"probe"_s).toString(), u"kerberos"_s);
    QCOMPARE(kerberosCheck.value(u"service"_s).toString(), u"identified"_s);
    QCOMPARE(kerberosCheck.value(u"facts"_s).toObject().value(u"kerberos.error"_s).toString(),
             u"KDC_ERR_C_PRINCIPAL_UNKNOWN"_s);
    QCOMPARE(checks.value(u"service-dc-dns/127.0.0.1/53"_s).value(u"probe"_s).toString(), u"dns"_s);

    // The run names its profile for the coverage of a merge; alone, this run covers the one
    // source role the plan has, so the merge passes.
    QCOMPARE(runInfo.value(u"profile_file"_s).toString(), u"p.yaml"_s);
    const Result merged = run({u"merge"_s, json});
    QVERIFY2(merged.code == 0, qPrintable(merged.out + merged.err));
    QVERIFY2(merged.out.contains(u"Guardian server: 1 machine"_s), qPrintable(merged.out));
    QVERIFY(merged.out.contains(u"Coverage complete: every required link has evidence from each machine"_s));
}

void TestCli::run_failingLinkExits1WithRemediation()
{
    const quint16 closed = unusedPort(QHostAddress::LocalHost);
    QTemporaryDir dir;
    const QString profile = dir.filePath(u"p.yaml"_s);
    QFile f(profile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(u"profile: 1\nvantage: [guardian-server]\nhosts:\n  file-share:\n    - host: 127.0.0.1\n"
            u"      ports: {445: %1, 139: %1}\n"_s.arg(closed)
                .toUtf8());
    f.close();
    const Result r = run({u"run"_s, profile, u"--connect-timeout"_s, u"500"_s});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.contains(u"FAIL"_s));
    QVERIFY(r.out.contains(u"Start the Server service (LanmanServer)"_s));
}

void TestCli::probe_reportsEachTargetInOrder()
{
    Responder smb(Responder::Behavior::Smb2);
    QVERIFY(smb.listen(QHostAddress::LocalHost));
    const quint16 closed = unusedPort(QHostAddress::LocalHost);
    QTemporaryDir dir;
    const QString json = dir.filePath(u"p.json"_s);
    const Result r = run({u"probe"_s, u"127.0.0.1:"_s + QString::number(smb.serverPort()) + u"/smb"_s,
                          u"127.0.0.1:"_s + QString::number(closed), u"--json"_s, json});
    QVERIFY2(smb.connectionsSeen() == 1, qPrintable(QString::number(smb.connectionsSeen())));
    QCOMPARE(r.code, 1); // one target is closed
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(2).contains(u"identified"_s) && lines.at(2).contains(u"dialect=3.0.2"_s),
             qPrintable(r.out));
    QVERIFY(lines.at(3).contains(u"refused"_s));
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(doc.value(u"checks"_s).toArray().size(), 2);
    QVERIFY(!doc.contains(u"verdicts"_s));
}

void TestCli::probe_badTargetsExit2_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("message");
    QTest::newRow("no port") << u"dc1.corp.example"_s << u"a port is needed"_s;
    QTest::newRow("bad kind") << u"127.0.0.1:389/ftp"_s << u"unknown probe kind 'ftp'"_s;
    QTest::newRow("bad host") << u"dc_1:389"_s << u"'_'"_s;
    QTest::newRow("bad port") << u"127.0.0.1:99999"_s << u"out of range"_s;
}

void TestCli::probe_badTargetsExit2()
{
    QFETCH(QString, target);
    QFETCH(QString, message);
    const Result r = run({u"probe"_s, target});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void TestCli::log_holdsTheLookupsProbesAndOutcomes()
{
    // --log FILE (issue 18.8): what a support engineer asks for, from every module, in one file.
    Responder smb(Responder::Behavior::Smb2);
    QVERIFY(smb.listen(QHostAddress::LocalHost));
    const quint16 closed = unusedPort(QHostAddress::LocalHost);
    QTemporaryDir dir;
    const QString log = dir.filePath(u"support.log"_s);
    const Result r = run({u"probe"_s, u"localhost:"_s + QString::number(smb.serverPort()) + u"/smb"_s,
                          u"127.0.0.1:"_s + QString::number(closed), u"--log"_s, log, u"--json"_s,
                          dir.filePath(u"p.json"_s)});
    QCOMPARE(r.code, 1);
    QFile file(log);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(u"info portcheck.catalog: catalog guardian "_s), qPrintable(text));
    QVERIFY2(text.contains(u"portcheck.probe: engine: "_s), qPrintable(text));
    QVERIFY2(text.contains(u"debug portcheck.probe: localhost:"_s + QString::number(smb.serverPort()) +
                           u"/smb at 127.0.0.1: open, identified"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"127.0.0.1:"_s + QString::number(closed) + u"/tcp at 127.0.0.1: refused"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"run finished: 2 probes"_s), qPrintable(text));
    QVERIFY2(text.contains(u"info portcheck.export: wrote "_s + dir.filePath(u"p.json"_s) + u" ("_s),
             qPrintable(text));
    // Every line starts with its UTC time and level; the terminal's output is as without --log.
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts))
        QVERIFY2(QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z (debug|info|warning) "_s)
                     .match(line)
                     .hasMatch(),
                 qPrintable(line));
    QVERIFY2(!r.err.contains(u"portcheck.probe"_s), qPrintable(r.err));

    // A log that cannot be written is bad usage, named; and --log is taken by every command.
    const Result bad = run({u"probe"_s, u"127.0.0.1:1"_s, u"--log"_s, dir.filePath(u"none/x.log"_s)});
    QCOMPARE(bad.code, 2);
    QVERIFY2(bad.err.contains(u"cannot write the log "_s + dir.filePath(u"none/x.log"_s)),
             qPrintable(bad.err));
    const Result catalog = run({u"catalog"_s, u"--log"_s, dir.filePath(u"c.log"_s)});
    QCOMPARE(catalog.code, 0);
    QVERIFY(QFileInfo(dir.filePath(u"c.log"_s)).size() > 0);
}

void TestCli::demo_showsEveryVerdict()
{
    PORTCHECK_SKIP_UNDER_WINE(
        "the demo's TLS responders need a TLS server, and Wine's Schannel has no server side "
        "(scripts/windows.sh compares the demo without them)");
    QTemporaryDir dir;
    const QString json = dir.filePath(u"demo.json"_s);
    const Result r = run({u"demo"_s, u"--json"_s, json});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject summary =
        QJsonDocument::fromJson(file.readAll()).object().value(u"summary"_s).toObject();
    // dc1 and dc2 answer Kerberos and DNS too; dc2's DNS does not serve the demo domain (a warning)
    QCOMPARE(summary.value(u"pass"_s).toInt(), 7);
    QCOMPARE(summary.value(u"warn"_s).toInt(), 3);
    QCOMPARE(summary.value(u"fail"_s).toInt(), 3);
    QCOMPARE(summary.value(u"not-tested"_s).toInt(), 11);
    QVERIFY(r.out.contains(u"works through the LDAPS fallback"_s));
}

void TestCli::badNumbers_exit2()
{
    const Result r = run({u"probe"_s, u"127.0.0.1:1"_s, u"--timeout"_s, u"soon"_s});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(u"--timeout must be a whole number from 100 to 120000, found 'soon'"_s));
    QCOMPARE(run({u"probe"_s, u"127.0.0.1:1"_s, u"--ca-file"_s, u"/nonexistent.pem"_s}).code, 2);
#ifdef Q_OS_UNIX
    // A CA file that is a FIFO nobody writes (or a device) is refused at once: reading it would
    // block the command for ever.
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(u"ca.pem"_s);
        QCOMPARE(QProcess::execute(u"mkfifo"_s, {fifo}), 0);
        for (const QString &path : {fifo, u"/dev/zero"_s}) {
            const Result ca = run({u"probe"_s, u"127.0.0.1:1"_s, u"--ca-file"_s, path});
            QCOMPARE(ca.code, 2);
            QVERIFY2(ca.err.contains(u"cannot read "_s + path + u": not a regular file"_s),
                     qPrintable(ca.err));
        }
    }
#endif
    const Result json = run({u"demo"_s, u"--json"_s, u"/nonexistent/dir/out.json"_s});
    QCOMPARE(json.code, 2);
    // The folder as this system spells it (Z:/nonexistent/dir under Wine).
    const QString folder = QFileInfo(u"/nonexistent/dir"_s).absoluteFilePath();
    QVERIFY2(json.err.contains(u"the folder "_s + folder + u" does not exist"_s), qPrintable(json.err));
    QVERIFY(json.out.isEmpty()); // refused before the run
}

void TestCli::demo_writesEveryReport_andMergeReadsIt()
{
    PORTCHECK_SKIP_UNDER_WINE(
        "the demo's TLS responders need a TLS server, and Wine's Schannel has no server side "
        "(scripts/windows.sh compares the demo without them)");
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"r.pdf"_s);
    const QString csv = dir.filePath(u"r.csv"_s);
    const QString junit = dir.filePath(u"r.xml"_s);
    const QString json = dir.filePath(u"r.json"_s);
    const QString html = dir.filePath(u"r.html"_s);
    Result r = run({u"demo"_s, u"--pdf"_s, pdf, u"--csv"_s, csv, u"--junit"_s, junit, u"--json"_s, json,
                    u"--page-size"_s, u"letter"_s, u"--html"_s, html});
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out.right(400)));
    QVERIFY(r.out.contains(u"Report written to "_s + pdf));
    QVERIFY2(
        r.out.contains(u"3 links fail: the network is not ready for Guardian.\n7 pass, 3 warn, 3 fail"_s),
        qPrintable(r.out.right(600)));
    QVERIFY(r.out.contains(u"HTML report written to "_s + html));
    QVERIFY(Test::readFile(html).startsWith("<!DOCTYPE html>"));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    QVERIFY(
        csvFile.readLine().startsWith("source,source address,destination,destination address,service,action,"
                                      "direction,need,justification,state found,after verification,"));
    // The service column holds the catalog's port ("tcp/389"); the demo's stand-ins (marked in the
    // JSON) are how it was tested, not what to open.
    QSet<QString> standIns;
    {
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        for (const QJsonValue &c :
             QJsonDocument::fromJson(jsonFile.readAll()).object().value(u"checks"_s).toArray()) {
            if (c[u"stand_in"_s].toBool())
                standIns.insert(QString::number(c[u"port"_s].toInt()));
        }
    }
    QVERIFY(standIns.size() > 10);
    int rows = 0;
    while (!csvFile.atEnd()) {
        const QString service = QString::fromUtf8(csvFile.readLine()).section(u',', 4, 4);
        QVERIFY2(QRegularExpression(u"^tcp/\\d+(-\\d+)?$"_s).match(service).hasMatch(), qPrintable(service));
        QVERIFY2(!standIns.contains(service.mid(4)), qPrintable(service));
        ++rows;
    }
    QVERIFY(rows > 10);

    // JUnit: a test case per link and host; the failure and the links from other machines.
    QFile xmlFile(junit);
    QVERIFY(xmlFile.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&xmlFile);
    int cases = 0;
    int failures = 0;
    int skipped = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        cases += xml.name() == u"testcase"_s;
        failures += xml.name() == u"failure"_s;
        skipped += xml.name() == u"skipped"_s;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(cases, 24);
    QCOMPARE(failures, 3);
    QCOMPARE(skipped, 11);

    // The results file merges (alone here) into the same verdicts; exit 1 for the failure.
    const QString merged = dir.filePath(u"m.json"_s);
    r = run({u"merge"_s, json, u"--json"_s, merged});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(u"Merged 1 results file (vm)"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"7 pass, 3 warn, 3 fail, 11 not tested"_s));
    // Nobody ran the workstation's and the agent's links: the merge says where to run what.
    QVERIFY2(r.out.contains(u"Coverage: each link is tested from the machines it starts on"_s),
             qPrintable(r.out));
    QVERIFY2(
        r.out.contains(u"on each Admin workstation: guardian-portcheck run site.yaml --as admin-workstation "
                       u"--json admin-workstation.results.json"_s),
        qPrintable(r.out));
    QVERIFY(r.out.contains(u"Coverage incomplete: "_s));
    QFile mergedFile(merged);
    QVERIFY(mergedFile.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(mergedFile.readAll())
                 .object()
                 .value(u"summary"_s)
                 .toObject()
                 .value(u"fail"_s),
             QJsonValue(3));

    const QString bad = dir.filePath(u"bad.json"_s);
    QFile badFile(bad);
    QVERIFY(badFile.open(QIODevice::WriteOnly));
    badFile.write("[1, 2");
    badFile.close();
    r = run({u"merge"_s, json, bad});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.startsWith(u"guardian-portcheck: "_s + bad + u": not JSON"_s), qPrintable(r.err));
    r = run({u"merge"_s});
    QCOMPARE(r.code, 2);
    r = run({u"demo"_s, u"--pdf"_s, pdf, u"--page-size"_s, u"a5"_s});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(u"--page-size is a4 or letter, not 'a5'"_s));
}

void TestCli::catalog_followsSystemLanguage()
{
    // The issue's check: LANG=de_DE.UTF-8 guardian-portcheck catalog prints German.
    const Result r = run({u"catalog"_s}, u"de_DE.UTF-8"_s);
    QCOMPARE(r.code, 0);
    for (const QString &word :
         {u"Netzwerkanforderungen"_s, u"VON"_s, u"BEDARF"_s, u"WANN ERFORDERLICH"_s, u"Domänencontroller"_s,
          u"Guardian-Server"_s, u"erforderlich"_s, u"Alternative zu"_s})
        QVERIFY2(r.out.contains(word), qPrintable(word + u"\n"_s + r.out.left(2000)));
    QVERIFY(!r.out.contains(u"Domain controller"_s));
    QVERIFY(!r.out.contains(u"WHEN REQUIRED"_s));
    // --lang wins over the locale
    const Result french = run({u"--lang"_s, u"fr"_s, u"catalog"_s}, u"de_DE.UTF-8"_s);
    QVERIFY(french.out.contains(u"Contrôleur de domaine"_s));
    // a language without a translation falls back to English
    const Result swedish = run({u"catalog"_s}, u"sv_SE.UTF-8"_s);
    QVERIFY(swedish.out.contains(u"Domain controller"_s) && swedish.out.contains(u"WHEN REQUIRED"_s));
}

void TestCli::catalog_japaneseTableLinesUp()
{
    const Result r = run({u"--lang"_s, u"ja"_s, u"catalog"_s});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(u"ドメインコントローラー"_s));
    QVERIFY(r.out.contains(u"必要となる条件"_s));
    // Japanese characters take two terminal columns: the port column starts at the same column on
    // every row, whatever the width of the role names before it.
    const auto columns = [](QStringView text) {
        qsizetype n = 0;
        for (const char32_t c : text.toUcs4())
            n += c >= 0x1100 ? 2 : 1;
        return n;
    };
    QSet<qsizetype> starts;
    for (const QString &line : r.out.split(u'\n')) {
        const qsizetype at = line.indexOf(u"TCP "_s);
        if (at > 0)
            starts.insert(columns(QStringView(line).left(at)));
    }
    QCOMPARE(starts.size(), 1);
}

void TestCli::demo_german_jsonStaysEnglish()
{
    PORTCHECK_SKIP_UNDER_WINE(
        "the demo's TLS responders need a TLS server side, which Wine's Schannel lacks");
    QTemporaryDir dir;
    const QString json = dir.filePath(u"demo.json"_s);
    const Result r = run({u"--lang"_s, u"de"_s, u"demo"_s, u"--json"_s, json});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // verdict reasons, probe messages, remediation and the summary in German
    for (const QString &word :
         {u"Urteile"_s, u"fehlgeschlagen: "_s, u"funktioniert über den LDAPS-Fallback"_s,
          u"Was zu ändern ist"_s, u"bestanden"_s, u"Verbindung abgewiesen"_s})
        QVERIFY2(r.out.contains(word), qPrintable(word + u"\n"_s + r.out));
    // the results JSON is a contract for other tools: English whatever the language
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray doc = file.readAll();
    QVERIFY(doc.contains("works through the LDAPS fallback"));
    QVERIFY(doc.contains("connection refused"));
    QVERIFY(!doc.contains("fehlgeschlagen"));
}

void TestCli::badProfile_germanDiagnosticKeepsItsPosition()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"bad.yaml"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("version: 1\nvantage: [guardian-server]\ncomponents: [nosuch]\n");
    file.close();
    const Result r = run({u"run"_s, file.fileName(), u"--dry-run"_s}, u"de_DE.UTF-8"_s);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(file.fileName() +
                            u":3:14: unbekannte Komponente „nosuch“, erwartet wird eine von: "_s),
             qPrintable(r.err));
    const Result english = run({u"run"_s, file.fileName(), u"--dry-run"_s});
    QVERIFY2(english.err.contains(u":3:14: unknown component 'nosuch', expected one of: "_s),
             qPrintable(english.err));
}

void TestCli::unknownLanguage_exits2AndListsTheLanguages()
{
    // for a command, and for the window (no command)
    for (const QStringList &args :
         {QStringList{u"--lang"_s, u"xx"_s, u"catalog"_s}, QStringList{u"--lang=klingon"_s}}) {
        const Result r = run(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"unknown language '"_s) &&
                     r.err.contains(u"expected one of: en, de, fr, ja"_s),
                 qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
    const Result swiss = run({u"--lang"_s, u"de_CH"_s, u"catalog"_s});
    QCOMPARE(swiss.code, 0);
    QVERIFY(swiss.out.contains(u"Domänencontroller"_s));
}

void TestCli::optionTheCommandDoesNotTake_exits2_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("probe --dry-run would send probes")
        << QStringList{u"probe"_s, u"127.0.0.1:1"_s, u"--dry-run"_s}
        << u"'probe' does not take --dry-run; its options: --json, --domain, --proxy, --ca-file"_s;
    QTest::newRow("catalog --pdf would write nothing")
        << QStringList{u"catalog"_s, u"--pdf"_s, u"/tmp/never.pdf"_s}
        << u"'catalog' does not take --pdf; its options: --format, --catalog"_s;
    QTest::newRow("demo ignores timeouts")
        << QStringList{u"demo"_s, u"--timeout"_s, u"9000"_s} << u"'demo' does not take --timeout"_s;
    QTest::newRow("format is the catalog's")
        << QStringList{u"merge"_s, u"a.json"_s, u"--format=csv"_s} << u"'merge' does not take --format"_s;
}

void TestCli::proxyAndResolve_badValues_exit2_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("proxy without port")
        << QStringList{u"probe"_s, u"127.0.0.1:1"_s, u"--proxy"_s, u"p.example"_s}
        << u"--proxy: 'p.example' has no port"_s;
    QTest::newRow("proxy with a login")
        << QStringList{u"probe"_s, u"127.0.0.1:1"_s, u"--proxy"_s, u"http://u:p@p.example:8080"_s}
        << u"holds credentials; probes are anonymous"_s;
    QTest::newRow("resolve without address")
        << QStringList{u"probe"_s, u"127.0.0.1:1"_s, u"--resolve"_s, u"login.microsoftonline.com"_s}
        << u"expected NAME=ADDRESS"_s;
    QTest::newRow("resolve to a name")
        << QStringList{u"probe"_s, u"127.0.0.1:1"_s, u"--resolve"_s, u"a.example=b.example"_s}
        << u"'b.example' is not an IPv4 or IPv6 address"_s;
    QTest::newRow("empty ticket") << QStringList{u"merge"_s, u"a.json"_s, u"--ticket"_s, u"  "_s}
                                  << u"--ticket: empty"_s;
    QTest::newRow("approver too long")
        << QStringList{u"merge"_s, u"a.json"_s, u"--approver"_s, QString(201, u'a')}
        << u"--approver: longer than 200 characters"_s;
    QTest::newRow("run-by with a control character")
        << QStringList{u"merge"_s, u"a.json"_s, u"--run-by"_s, u"ops\u0007bell"_s}
        << u"--run-by: not one line of text"_s;
}

void TestCli::proxyAndResolve_badValues_exit2()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Result r = run(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty()); // nothing probed
}

void TestCli::optionTheCommandDoesNotTake_exits2()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Result r = run(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFileInfo::exists(u"/tmp/never.pdf"_s));
}

void TestCli::verdictTables_nameLinks_andStayWholeWhenPiped()
{
    PORTCHECK_SKIP_UNDER_WINE(
        "the demo's TLS responders need a TLS server, and Wine's Schannel has no server side "
        "(scripts/windows.sh compares the demo without them)");
    const Result r = run({u"demo"_s, u"--text"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // the link's name as the window shows it, the id beside; the reason whole on its row
    bool found = false;
    for (const QString &line : r.out.split(u'\n')) {
        if (line.startsWith(u"WARN"_s) && line.contains(u"Directory (LDAP) (service-dc-ldap)"_s))
            found = found || line.contains(u"works through the LDAPS fallback"_s);
    }
    QVERIFY2(found, qPrintable(r.out));
    // What to change: one fix per host and cause, the links it mends beneath it.
    const QString fixes = r.out.section(u"What to change\n\n"_s, 1).section(u"\n\n"_s, 0, 0);
    QVERIFY2(fixes.contains(u"- 127.0.0.4: Exempt 127.0.0.4 from TLS inspection"_s), qPrintable(r.out));
    QVERIFY2(
        fixes.contains(u"  for: Licensing (HTTPS) (service-cloud-license); Telemetry and updates (HTTPS) "
                       u"(service-cloud-telemetry)\n"_s),
        qPrintable(fixes));
    QCOMPARE(fixes.count(u"Exempt 127.0.0.4"_s), 1);
    // The demo's loopback stand-in ports are evidence only: reasons and fixes name the catalog's.
    const QString verdicts = r.out.section(u"\nVerdicts\n"_s, 1);
    QVERIFY2(!verdicts.contains(u"(port "_s), qPrintable(verdicts));
    QVERIFY2(verdicts.contains(u"389 filtered, 3268 refused"_s), qPrintable(verdicts));
    QVERIFY2(r.out.section(u"\nVerdicts\n"_s, 0, 0).contains(u" (for 389)"_s), qPrintable(r.out));
}

void TestCli::tables_fitTheTerminalWidth()
{
#ifdef Q_OS_WIN
    QSKIP("needs script(1) for a pseudo-terminal of a chosen width; a Windows console has none to give");
#endif
    // A real terminal: script(1) gives the program a pty of 120 columns.
    QProcess p;
    p.setProcessEnvironment(environment());
    p.start(u"script"_s, {u"-qec"_s,
                          u"stty cols 120 rows 40; exec '"_s + qEnvironmentVariable("PORTCHECK_BINARY") +
                              u"' demo --text"_s,
                          u"/dev/null"_s});
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QString out = QString::fromUtf8(p.readAllStandardOutput()).remove(u'\r');
    const auto columns = [](QStringView text) {
        qsizetype n = 0;
        for (const char32_t c : text.toUcs4())
            n += c >= 0x1100 ? 2 : 1;
        return n;
    };
    const QStringList lines = out.split(u'\n');
    const qsizetype verdicts = lines.indexOf(u"Verdicts"_s);
    QVERIFY2(verdicts > 0, qPrintable(out));
    const QString &header = lines.at(verdicts + 2);
    const qsizetype reasonColumn = header.indexOf(u"REASON"_s);
    QVERIFY2(reasonColumn > 0, qPrintable(header));
    int continued = 0;
    for (qsizetype i = verdicts + 2; i < lines.size() && !lines.at(i).isEmpty(); ++i) {
        QVERIFY2(columns(lines.at(i)) <= 120, qPrintable(lines.at(i)));
        // a wrapped reason goes on below its own column
        if (lines.at(i).startsWith(u' ')) {
            QCOMPARE(lines.at(i).indexOf(QRegularExpression(u"\\S"_s)), reasonColumn);
            ++continued;
        }
    }
    QVERIFY2(continued > 0, qPrintable(out));
    // piped, the same rows are one line each (no continuation lines)
    const Result piped = run({u"demo"_s, u"--text"_s});
    const QStringList pipedLines = piped.out.split(u'\n');
    const qsizetype at = pipedLines.indexOf(u"Verdicts"_s);
    for (qsizetype i = at + 2; i < pipedLines.size() && !pipedLines.at(i).isEmpty(); ++i)
        QVERIFY2(!pipedLines.at(i).startsWith(u' '), qPrintable(pipedLines.at(i)));
}

void TestCli::networkText_isEscapedInTheTerminal_jsonKeepsIt()
{
    PORTCHECK_SKIP_TLS_SERVER_UNDER_WINE();
    if (QStandardPaths::findExecutable(u"openssl"_s).isEmpty())
        QSKIP("needs openssl to make a certificate with a hostile subject");
    // A certificate whose subject holds an ANSI colour sequence and a right-to-left override,
    // and LDAP values with a terminal title sequence, from a real TLS + LDAP server on loopback.
    QTemporaryDir dir;
    const QString keyFile = dir.filePath(u"k.pem"_s);
    const QString certFile = dir.filePath(u"c.pem"_s);
    const QString evilName = u"evil\x1b[31mred\u202Etxt.exe"_s;
    QProcess openssl;
    openssl.start(u"openssl"_s,
                  {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, keyFile,
                   u"-out"_s, certFile, u"-days"_s, u"2"_s, u"-utf8"_s, u"-subj"_s, u"/CN="_s + evilName});
    QVERIFY(openssl.waitForFinished(60000));
    QCOMPARE(openssl.exitCode(), 0);
    Responder ldaps(Responder::Behavior::LdapRootDse);
    ldaps.setTls(Test::certificate(certFile), Test::key(keyFile));
    ldaps.setLdapAttributes(
        {{"dnsHostName", {"dc1\x1b]0;owned\x07.corp.test"}},
         {"dsServiceName",
          {"CN=NTDS Settings,CN=DC1,CN=Servers,CN=Par\xe2\x80\xaeis\xc2\x9b,CN=Sites,CN=Configuration"}}});
    QVERIFY(ldaps.listen(QHostAddress::LocalHost));
    // An HTTP server whose Server header holds a clear-screen sequence and a right-to-left override.
    QTcpServer http;
    QVERIFY(http.listen(QHostAddress::LocalHost));
    connect(&http, &QTcpServer::newConnection, this, [&http] {
        while (QTcpSocket *socket = http.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                if (!socket->readAll().contains("\r\n\r\n"))
                    return;
                socket->write(
                    "HTTP/1.1 200 OK\r\nServer: II\x1b[2JS\xe2\x80\xae/01\r\nContent-Length: 0\r\n\r\n");
                socket->disconnectFromHost();
            });
        }
    });
    const QString json = dir.filePath(u"p.json"_s);
    const Result r = run({u"probe"_s, u"127.0.0.1:"_s + QString::number(ldaps.serverPort()) + u"/ldaps"_s,
                          u"127.0.0.1:"_s + QString::number(http.serverPort()) + u"/http"_s, u"--ca-file"_s,
                          certFile, u"--json"_s, json});
    QVERIFY2(r.out.contains(u"subject="_s), qPrintable(r.out + r.err));
    QVERIFY2(rawControls(r.out + r.err).isEmpty(), qPrintable(rawControls(r.out + r.err)));
    QVERIFY2(r.out.contains(u"subject=evil\\x1b[31mred\\u202etxt.exe"_s), qPrintable(r.out));
    // C0 and C1 controls and the overrides from LDAP and HTTP, escaped where the terminal shows them
    QVERIFY2(r.out.contains(u"site=Par\\u202eis\\x9b"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"II\\x1b[2JS\\u202e/01"_s), qPrintable(r.out));
    // the JSON keeps what the server sent
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray checks = QJsonDocument::fromJson(file.readAll()).object().value(u"checks"_s).toArray();
    QCOMPARE(checks.size(), 2);
    const QJsonObject ldapFacts = checks.at(0).toObject().value(u"facts"_s).toObject();
    QVERIFY2(ldapFacts.value(u"tls.subject"_s).toString().contains(evilName),
             qPrintable(ldapFacts.value(u"tls.subject"_s).toString()));
    QCOMPARE(ldapFacts.value(u"ldap.site"_s).toString(), u"Par\u202Eis\u009B"_s);
    QCOMPARE(ldapFacts.value(u"ldap.dnsHostName"_s).toString(), u"dc1\x1b]0;owned\x07.corp.test"_s);
    QCOMPARE(checks.at(1).toObject().value(u"facts"_s).toObject().value(u"http.server"_s).toString(),
             u"II\x1b[2JS\u202E/01"_s);
}

void TestCli::profileKey_isEscapedInTheError()
{
    QTemporaryDir dir;
    const QString profile =
        writeFile(dir, u"p.yaml"_s, "profile: 1\nvantage: [guardian-server]\n\"ev\\e[2Jil\\u202e\": 1\n");
    const Result r = run({u"run"_s, profile, u"--dry-run"_s});
    QCOMPARE(r.code, 2);
    QVERIFY2(rawControls(r.err).isEmpty(), qPrintable(rawControls(r.err)));
    QVERIFY2(r.err.contains(u"ev\\x1b[2Jil\\u202e"_s), qPrintable(r.err));
}

void TestCli::discover_nothingListening_isNotNoRecords()
{
    // No DNS server listens on 127.0.0.74: the command line and the JSON say so.
    PORTCHECK_SKIP_UNDER_WINE("Wine's DnsQuery reports a nameserver that is not there as SERVFAIL");
    if (Test::udpPortHeldByAnother(QHostAddress(u"127.0.0.74"_s), 53))
        QSKIP("another program listens on UDP port 53 of every address: nothing-listening cannot be set up");
    QTemporaryDir dir;
    const QString json = dir.filePath(u"d.json"_s);
    const Result r =
        run({u"discover"_s, u"corp.test"_s, u"--nameserver"_s, u"127.0.0.74"_s, u"--json"_s, json});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"the query to 127.0.0.74 port 53 came back undeliverable"_s), qPrintable(r.err));
    QVERIFY2(!r.err.contains(u"no SRV records"_s), qPrintable(r.err));
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(doc.value(u"status"_s).toString(), u"unreachable"_s);
    QVERIFY(doc.value(u"errors"_s).toArray().first().toString().contains(u"came back undeliverable"_s));
}

void TestCli::signal_writesWhatFinished_markedIncomplete_data()
{
    QTest::addColumn<int>("signal");
    QTest::addColumn<QString>("name");
    QTest::newRow("SIGINT") << int(SIGINT) << u"SIGINT"_s;
    QTest::newRow("SIGTERM") << int(SIGTERM) << u"SIGTERM"_s;
}

void TestCli::signal_writesWhatFinished_markedIncomplete()
{
    QFETCH(int, signal);
    QFETCH(QString, name);
    // LDAP on a port that accepts and never answers (a minute's deadline), the rest refused at once.
    Responder silent(Responder::Behavior::Silent);
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    const quint16 closed = unusedPort(QHostAddress::LocalHost);
    QTemporaryDir dir;
    const QString profile =
        writeFile(dir, u"p.yaml"_s,
                  u"profile: 1\nname: slow\nvantage: [guardian-server]\ncomponents: [guardian-service]\n"
                  u"options: {ldap-mode: default, winrm-transport: http-only}\nhosts:\n"
                  u"  domain-controller:\n    - host: 127.0.0.1\n"
                  u"      ports: {389: %1, 3268: %2, 636: %2, 3269: %2, 5985: %2, 5986: %2}\n"
                  u"timeouts: {connect-ms: 60000, protocol-ms: 60000}\n"_s.arg(silent.serverPort())
                      .arg(closed)
                      .toUtf8());
    const QString json = dir.filePath(u"out.json"_s);
    const QString csv = dir.filePath(u"out.csv"_s);
    QProcess p;
    p.setProcessEnvironment(environment());
    p.start(qEnvironmentVariable("PORTCHECK_BINARY"),
            {u"run"_s, profile, u"--json"_s, json, u"--csv"_s, csv});
    QVERIFY(p.waitForStarted(20000));
    QTRY_VERIFY_WITH_TIMEOUT(silent.connectionsSeen() >= 1, 30000);
    // The refused probes ended with the silent one's connect; give their results time to reach
    // the program's main thread (a margin for a loaded machine, not a bound).
    QTest::qWait(1500);
#ifdef Q_OS_UNIX
    QCOMPARE(::kill(static_cast<pid_t>(p.processId()), signal), 0);
#else
    p.kill();
    QSKIP(
        "sending SIGINT or SIGTERM to another process is POSIX; on Windows the console's Ctrl+C reaches it");
#endif
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 128 + signal);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(u"interrupted by "_s + name), qPrintable(err));

    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonObject doc = QJsonDocument::fromJson(file.readAll(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.value(u"schema"_s).toInt(), 1);
    const QJsonObject runInfo = doc.value(u"run"_s).toObject();
    QCOMPARE(runInfo.value(u"incomplete"_s).toBool(), true);
    QCOMPARE(runInfo.value(u"ended_by"_s).toString(), name);
    int refused = 0;
    for (const QJsonValue &v : doc.value(u"checks"_s).toArray()) {
        const QJsonObject c = v.toObject();
        if (c.value(u"port"_s).toInt() == closed)
            refused += c.value(u"state"_s).toString() == u"refused"_s;
        if (c.value(u"port"_s).toInt() == silent.serverPort())
            QCOMPARE(c.value(u"message"_s).toString(), u"not probed (the run was cancelled)"_s);
    }
    QVERIFY2(refused >= 3, qPrintable(QString::number(refused)));
    QVERIFY(QFileInfo(csv).size() > 0);
}

namespace {
// A saved copy of Microsoft's worldwide endpoints list as its web service writes it, shortened:
// the five sets Guardian needs (one with a name added, one with a name gone) and one it does not.
QByteArray worldwideList(bool withCrlSet = true)
{
    QByteArray json = R"([
 {"id": 1, "serviceArea": "Exchange", "serviceAreaDisplayName": "Exchange Online",
  "urls": ["outlook.office.com", "outlook.office365.com", "outlook.cloud.microsoft"],
  "ips": ["40.96.0.0/13"], "tcpPorts": "80,443", "expressRoute": true, "category": "Optimize", "required": true},
 {"id": 2, "serviceArea": "Exchange", "urls": ["smtp.office365.com"], "tcpPorts": "587",
  "expressRoute": true, "category": "Allow", "required": true},
 {"id": 11, "serviceArea": "Skype", "ips": ["13.107.64.0/18"], "udpPorts": "3478,3479",
  "expressRoute": true, "category": "Optimize", "required": true},
 {"id": 56, "serviceArea": "Common", "urls": ["login.microsoftonline.com", "login.windows.net",
  "graph.microsoft.com", "*.auth.microsoft.com"], "tcpPorts": "80,443", "expressRoute": true,
  "category": "Allow", "required": true},
 {"id": 59, "serviceArea": "Common", "urls": ["*.msauth.net", "*.msftauth.net"], "tcpPorts": "80,443",
  "expressRoute": false, "category": "Default", "required": true})";
    if (withCrlSet)
        json += R"(,
 {"id": 125, "serviceArea": "Common", "urls": ["crl3.digicert.com", "ocsp.digicert.com"],
  "tcpPorts": "80,443", "expressRoute": false, "category": "Default", "required": true})";
    return json + "\n]\n";
}
} // namespace

void TestCli::importM365_replacesTheListAndSaysWhatChanged()
{
    const QString stored = dataHome() + u"/m365-endpoints.json"_s;
    const auto removeStored = qScopeGuard([&] { QFile::remove(stored); });
    QTemporaryDir dir;
    const QString list = writeFile(dir, u"endpoints.json"_s, worldwideList());
    const QString profile = writeFile(
        dir, u"m365.yaml"_s, "vantage: [guardian-server]\ncomponents: [microsoft-365]\nproxy: none\n");
    const Result before = run({u"run"_s, profile, u"--dry-run"_s});
    QCOMPARE(before.code, 0);
    QVERIFY(!before.out.contains(u"outlook.cloud.microsoft"_s));
    QVERIFY(before.out.contains(u"provisioningapi.microsoftonline.com"_s));

    const Result dry = run({u"import-m365"_s, list, u"--dry-run"_s});
    QCOMPARE(dry.code, 0);
    QVERIFY2(dry.out.contains(u"Dry run: nothing saved."_s), qPrintable(dry.out));

    const Result r = run({u"import-m365"_s, list});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"worldwide cloud (Worldwide)"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"5 sets that Guardian needs, of 6 in the file"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"set 1 (Exchange Online): added outlook.cloud.microsoft"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"set 2 (Exchange Online SMTP): no change"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"set 56 (Microsoft 365 / Entra ID): added *.auth.microsoft.com; removed "_s),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(u"Wildcards with no name to test"_s) && r.out.contains(u"*.auth.microsoft.com"_s),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(u"Saved to "_s + dataHome()), qPrintable(r.out));

    // Every later run tests the imported names: the new one in, the removed one out, the
    // wildcards still through the catalog's concrete names.
    const Result after = run({u"run"_s, profile, u"--dry-run"_s});
    QCOMPARE(after.code, 0);
    QVERIFY2(after.out.contains(u"outlook.cloud.microsoft"_s), qPrintable(after.out));
    QVERIFY(!after.out.contains(u"provisioningapi.microsoftonline.com"_s));
    QVERIFY(after.out.contains(u"aadcdn.msauth.net"_s));
    const Result csv = run({u"catalog"_s, u"--format"_s, u"csv"_s});
    QVERIFY2(csv.out.contains(u"*.auth.microsoft.com"_s),
             "the firewall request lists the wildcard as published");

    // A second import compares with the first.
    const Result again = run({u"import-m365"_s, list});
    QVERIFY2(again.out.contains(u"set 1 (Exchange Online): no change"_s), qPrintable(again.out));
    QVERIFY2(again.out.contains(u"Compared with the list in use (imported from "_s), qPrintable(again.out));
    QVERIFY(QFile::exists(stored));
}

void TestCli::importM365_badFiles_exit2_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << QByteArray("<html>Sign in</html>") << QStringList() << u"not JSON"_s;
    QTest::newRow("an object") << QByteArray(R"({"id": 56, "urls": []})") << QStringList()
                               << u"not Microsoft's endpoints list: expected a JSON array"_s;
    QTest::newRow("empty") << QByteArray("[]") << QStringList() << u"the list is empty"_s;
    QTest::newRow("id not a number") << QByteArray(R"([{"id": "56", "urls": ["a.example"]}])")
                                     << QStringList() << u"record 1 has no set id"_s;
    QTest::newRow("name not a name") << QByteArray(R"([{"id": 7, "urls": ["a b"]}])") << QStringList()
                                     << u"record 1 (id 7): 'a b' in 'urls' is not a DNS name"_s;
    QTest::newRow("ports not ports") << QByteArray(R"([{"id": 7, "tcpPorts": "80,http"}])") << QStringList()
                                     << u"record 1 (id 7): 'tcpPorts' is '80,http'"_s;
    QTest::newRow("a needed set missing")
        << worldwideList(false) << QStringList()
        << u"set 125, which Guardian needs (Certificate revocation (CRL/OCSP)), "
           u"is not in the file"_s;
    QTest::newRow("unknown cloud")
        << worldwideList() << QStringList{u"--cloud"_s, u"mars"_s}
        << u"unknown cloud 'mars', expected one of: worldwide, gcc-high, dod, china"_s;
    QTest::newRow("another cloud's list") << worldwideList() << QStringList{u"--cloud"_s, u"gcc-high"_s}
                                          << u"no record of the file lists the names Guardian needs"_s;
}

void TestCli::importM365_badFiles_exit2()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    const QString stored = dataHome() + u"/m365-endpoints.json"_s;
    QFile::remove(stored); // whatever an earlier test left: nothing may be saved from a bad file
    QTemporaryDir dir;
    const QString file = writeFile(dir, u"endpoints.json"_s, content);
    const Result r = run(QStringList{u"import-m365"_s, file} + options);
    QCOMPARE(r.code, 2);
    if (!options.contains(u"mars"_s))
        QVERIFY2(r.err.contains(file), qPrintable(r.err)); // where: the file
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!QFile::exists(stored));
}

namespace {
const QByteArray kServiceTagsJson = R"({"changeNumber": 345, "cloud": "Public", "values": [
  {"name": "Sql.WestEurope", "id": "Sql.WestEurope", "properties": {"changeNumber": 3,
   "region": "westeurope", "systemService": "AzureSQL",
   "addressPrefixes": ["13.69.105.0/24", "20.61.99.192/26", "2603:1020:206::/48"]}},
  {"name": "Sql.NorthEurope", "id": "Sql.NorthEurope", "properties": {"region": "northeurope",
   "systemService": "AzureSQL", "addressPrefixes": ["13.69.224.0/26"]}}]})";

QByteArray sqlProfile(quint16 port, const QString &region)
{
    return (u"profile: 1\nvantage: [guardian-server]\ncomponents: [azure-sql]\n"
            u"options: {azure-sql-policy: redirect}\n"_s +
            (region.isEmpty() ? QString() : u"azure-region: "_s + region + u'\n') +
            u"hosts:\n  azure-sql:\n    - host: 127.0.0.105\n      ports: {1433: %1}\n"_s.arg(port))
        .toUtf8();
}
} // namespace

// A saved copy of Azure's service tags, written here: the request names Sql.WestEurope with its
// prefixes in the CSV, and a merge of the run's JSON (which keeps the region) does the same.
void TestCli::azureServiceTags_listTheRegionsPrefixes()
{
    Responder sql(Responder::Behavior::Tds);
    QVERIFY(sql.listen(QHostAddress(u"127.0.0.105"_s)));
    QTemporaryDir dir;
    const QString profile = writeFile(dir, u"sql.yaml"_s, sqlProfile(sql.serverPort(), u"West Europe"_s));
    const QString tags = writeFile(dir, u"ServiceTags_Public_20261130.json"_s, kServiceTagsJson);
    const QString csv = dir.filePath(u"request.csv"_s);
    const QString json = dir.filePath(u"run.json"_s);
    const Result r =
        run({u"run"_s, profile, u"--azure-service-tags"_s, tags, u"--csv"_s, csv, u"--json"_s, json});
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    const QString request = QString::fromUtf8(Test::readFile(csv));
    QVERIFY2(request.contains(u"Sql.WestEurope,13.69.105.0/24 20.61.99.192/26 2603:1020:206::/48"_s),
             qPrintable(request));
    QVERIFY(request.contains(u",11000-11999,"_s));
    QVERIFY(!request.contains(u"13.69.224.0/26"_s)); // another region's
    const QJsonObject doc = QJsonDocument::fromJson(Test::readFile(json)).object();
    QCOMPARE(doc.value(u"run"_s).toObject().value(u"azure_region"_s).toString(), u"West Europe"_s);
    const QString merged = dir.filePath(u"merged.csv"_s);
    const Result m = run({u"merge"_s, json, u"--azure-service-tags"_s, tags, u"--csv"_s, merged});
    QVERIFY2(m.code == 0, qPrintable(m.out + m.err));
    QVERIFY(QString::fromUtf8(Test::readFile(merged)).contains(u"Sql.WestEurope,13.69.105.0/24"_s));
    // Without the file the request still names the tag.
    const Result plain = run({u"run"_s, profile, u"--csv"_s, csv});
    QCOMPARE(plain.code, 0);
    QVERIFY(QString::fromUtf8(Test::readFile(csv)).contains(u",Sql.WestEurope,\r\n"_s));
}

// Who ran it and the change it belongs to: the profile's fields, the command line's on top, kept in
// the results JSON and through a merge (whose own --approver beats the runs').
void TestCli::coverFields_reachTheResultsAndTheMerge()
{
    QTemporaryDir dir;
    const QString profile = writeFile(dir, u"site.yaml"_s,
                                      "profile: 1\nvantage: [guardian-server]\ncomponents: []\n"
                                      "ticket: CHG0012345\nrequester: \"Identity team\"\n"
                                      "hosts:\n  domain-controller: [127.0.0.106]\n"
                                      "timeouts: {connect-ms: 500, protocol-ms: 500}\n");
    const QString json = dir.filePath(u"run.json"_s);
    const Result r = run({u"run"_s, profile, u"--json"_s, json, u"--run-by"_s, u"Ops on call"_s,
                          u"--ticket"_s, u"CHG0099999"_s});
    QVERIFY2(r.code == 1, qPrintable(r.out + r.err)); // nothing listens there: the links fail
    const QJsonObject meta =
        QJsonDocument::fromJson(Test::readFile(json)).object().value(u"run"_s).toObject();
    QCOMPARE(meta.value(u"user"_s).toString(), u"Ops on call"_s);
    QCOMPARE(meta.value(u"ticket"_s).toString(), u"CHG0099999"_s); // the command line beats the profile
    QCOMPARE(meta.value(u"requester"_s).toString(), u"Identity team"_s);
    QVERIFY(!meta.contains(u"approver"_s));

    const QString merged = dir.filePath(u"merged.json"_s);
    const Result m = run({u"merge"_s, json, u"--json"_s, merged, u"--approver"_s, u"Network CAB"_s});
    QVERIFY2(m.code == 1, qPrintable(m.out + m.err));
    const QJsonObject after =
        QJsonDocument::fromJson(Test::readFile(merged)).object().value(u"run"_s).toObject();
    QCOMPARE(after.value(u"ticket"_s).toString(), u"CHG0099999"_s);
    QCOMPARE(after.value(u"requester"_s).toString(), u"Identity team"_s);
    QCOMPARE(after.value(u"approver"_s).toString(), u"Network CAB"_s);
    QCOMPARE(after.value(u"user"_s).toString(), u"Ops on call"_s);
}

void TestCli::azureServiceTags_badFiles_exit2_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON")
        << QByteArray("{\"values\": [\n  {\"name\": }\n]}") << u"westeurope"_s
        << u"tags.json: not JSON: object is missing after a comma at line 2, column 13"_s;
    QTest::newRow("wrong shape") << QByteArray("[{\"name\": \"Sql\"}]") << u"westeurope"_s
                                 << u"tags.json: not Azure's service tags file"_s;
    QTest::newRow("no such tag") << kServiceTagsJson << u"uksouth"_s
                                 << u"holds no service tag Sql.uksouth (the profile's azure-region); its Sql "
                                    u"tags include Sql.WestEurope, Sql.NorthEurope"_s;
    QTest::newRow("no region") << kServiceTagsJson << QString() << u"the profile names no Azure region"_s;
}

void TestCli::azureServiceTags_badFiles_exit2()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, region);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString profile = writeFile(dir, u"sql.yaml"_s, sqlProfile(1, region));
    const QString tags = writeFile(dir, u"tags.json"_s, file);
    // --dry-run: the file is checked before anything would be sent.
    const Result r = run({u"run"_s, profile, u"--dry-run"_s, u"--azure-service-tags"_s, tags});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
