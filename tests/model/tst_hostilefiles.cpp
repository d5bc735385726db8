#include "model/catalog/catalogloader.h"
#include "model/inputfile.h"
#include "model/profile/hostlisttext.h"
#include "model/profile/profile.h"
#include "model/results/resultsreader.h"
#include "model/results/resultswriter.h"
#include "model/run/report.h"
#include "tests/testutil.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h> // mkfifo: tests may use POSIX (the code under test uses QFileInfo)
#endif

using namespace PortCheck;
using PortCheck::Test::missingDiagnostic;
using PortCheck::Test::stripMarker;
using namespace Qt::StringLiterals;

namespace {

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

QByteArray profileWithHosts(const QStringList &hosts)
{
    QByteArray yaml = "profile: 1\nvantage: [guardian-server]\nhosts:\n  domain-controller:\n";
    for (const QString &h : hosts)
        yaml += "    - " + h.toUtf8() + '\n';
    return yaml;
}

// A results file as `run --json` writes it for a small site, with every kind of field filled in:
// port overrides, a proxy, facts and messages with escapes and non-ASCII text, several addresses.
QByteArray fullResultsFile()
{
    const Catalog &catalog = builtinCatalog();
    Profile profile = Profile::defaults(catalog);
    profile.vantage = {u"guardian-server"_s};
    profile.proxy = u"http://proxy.corp.example:3128"_s;
    profile.hosts.insert(u"domain-controller"_s, {ProfileHost{u"dc1.corp.example"_s, {{389, 10389}}, true},
                                                  ProfileHost{u"dc2.corp.example"_s, {}}});
    const Plan plan = buildPlan(catalog, profile);
    RunResult run;
    run.meta = RunMetadata::now(catalog);
    run.meta.host = u"gsrv01"_s;
    run.meta.vantage = profile.vantage;
    run.meta.proxy = profile.proxy;
    run.meta.change.ticket = u"CHG0012345"_s;
    run.meta.sourceNetworks.insert(u"admin-workstation"_s, {u"10.20.0.0/24"_s, u"2001:db8:20::/64"_s});
    run.meta.sourceNetworks.insert(u"ad-connector"_s, {u"10.30.0.7"_s});
    int n = 0;
    for (const ProbeTarget &t : plan.probeTargets()) {
        ProbeResult r;
        r.host = t.host;
        r.port = t.port;
        r.kind = t.kind;
        r.via = t.via;
        r.state = ++n % 3 == 0 ? ProbeState::Filtered : ProbeState::Open;
        r.service = r.state == ProbeState::Open ? ServiceState::Identified : ServiceState::NotProbed;
        r.address = u"10.0.0."_s + QString::number(n);
        r.latencyMs = n * 1.25;
        r.facts.insert(u"tls.subject"_s, u"CN=\"Ünïcode\" \\ \t \u0001 日本 \U0001F600"_s);
        r.facts.insert(u"ldap.dnsHostName"_s, t.host);
        r.message =
            Text::phrase("Probe", "%1 answered %2",
                         {Text::plain(t.host), Text::phrase("Probe", "in %1 ms", {Text::plain(u"3"_s)})});
        if (n % 2 == 0)
            r.addresses = {
                {u"fe80::1"_s, ProbeState::Refused, ServiceState::NotProbed, 0.5, Text::plain(u"no"_s)},
                {u"10.0.0.1"_s, ProbeState::Open, ServiceState::Identified, -1, {}}};
        run.results.append(r);
    }
    return runResultJson(catalog, plan, run, computeVerdicts(catalog, plan, run.index()));
}

QString mergeError(const QByteArray &bytes)
{
    const MergeOutcome m = mergeResultDocuments(builtinCatalog(), {{u"r.json"_s, bytes}});
    return m.errors.isEmpty() ? QString() : m.errors.first().english();
}

} // namespace

// Files a user may hand the program by mistake or on purpose: each is refused at once with a
// clear reason and position, within bounded time and memory.
class TestHostileFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nonRegularFiles_areRefusedAtOnce_data();
    void nonRegularFiles_areRefusedAtOnce();
    void oversizedFiles_areRefused();
    void manyErrors_areCappedPerKind();
    void duplicateHosts_areFoundByHash();
    void hostListErrors_areCounted();
    void yamlDiagnostics_data();
    void yamlDiagnostics();
    void yamlNestingTooDeep_isNamed();
    void resultsErrors_givePositionAndField_data();
    void resultsErrors_givePositionAndField();
    void streamingReader_agreesWithDocumentReader_data();
    void streamingReader_agreesWithDocumentReader();
};

void TestHostileFiles::nonRegularFiles_areRefusedAtOnce_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("fifo") << u"fifo"_s << u"not a regular file"_s;
    QTest::newRow("/dev/zero") << u"zero"_s << u"not a regular file"_s;
    QTest::newRow("directory") << u"dir"_s << u"a folder, not a file"_s;
    QTest::newRow("missing") << u"missing"_s << u"no such file"_s;
}

void TestHostileFiles::nonRegularFiles_areRefusedAtOnce()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QString path;
    if (kind == u"fifo"_s) {
        path = dir.filePath(u"never-writes"_s);
#ifdef Q_OS_UNIX
        QCOMPARE(mkfifo(QFile::encodeName(path).constData(), 0600), 0);
#else
        QSKIP("a FIFO in the file system is POSIX");
#endif
    } else if (kind == u"zero"_s) {
#ifdef Q_OS_WIN
        QSKIP("Windows has no /dev/zero (its devices are not files of the file system)");
#endif
        path = u"/dev/zero"_s;
    } else if (kind == u"dir"_s) {
        path = dir.path();
    } else {
        path = dir.filePath(u"nothing-here.yaml"_s);
    }
    // Opening a FIFO that nobody writes blocks forever: each loader returning at all is the test.
    Profile profile;
    const QString p = formatDiagnostics(loadProfileFile(path, builtinCatalog(), &profile));
    QVERIFY2(p.startsWith(path + u": cannot open the profile: "_s + expected), qPrintable(p));
    Catalog catalog;
    const QString c = formatDiagnostics(loadCatalogFile(path, &catalog));
    QVERIFY2(c.startsWith(path + u": cannot open the catalog: "_s + expected), qPrintable(c));
    const MergeOutcome m = mergeResultFiles(builtinCatalog(), {path});
    QVERIFY(!m.ok());
    QVERIFY2(m.errors.first().english() == path + u": "_s + expected ||
                 m.errors.first().english().startsWith(path + u": "_s + expected),
             qPrintable(m.errors.first().english()));
}

void TestHostileFiles::oversizedFiles_areRefused()
{
    QTemporaryDir dir;
    const QString profilePath = write(dir, u"big.yaml"_s, QByteArray(9 << 20, '#'));
    Profile profile;
    const QString p = formatDiagnostics(loadProfileFile(profilePath, builtinCatalog(), &profile));
    QVERIFY2(p.contains(u"9,437,184 bytes, larger than the 8 MB such a file may be"_s), qPrintable(p));
    Catalog catalog;
    const QString c = formatDiagnostics(loadCatalogFile(profilePath, &catalog));
    QVERIFY2(c.contains(u"larger than the 4 MB such a file may be"_s), qPrintable(c));
    Text why;
    QVERIFY(readInputFile(profilePath, 10 << 20, &why).has_value());
}

void TestHostileFiles::manyErrors_areCappedPerKind()
{
    // 5,000 bad hosts: 10 are listed with their positions, one line counts the rest.
    QStringList hosts;
    for (int i = 0; i < 5000; ++i)
        hosts << u"bad_host_%1!"_s.arg(i);
    Profile profile;
    const Diagnostics problems =
        loadProfile(profileWithHosts(hosts), u"p.yaml"_s, builtinCatalog(), &profile);
    const QString text = formatDiagnostics(problems);
    QCOMPARE(problems.size(), 11);
    QVERIFY2(problems.at(0).toString().startsWith(u"p.yaml:5:7: bad host"_s), qPrintable(text));
    QVERIFY2(problems.at(9).toString().startsWith(u"p.yaml:14:7: bad host"_s), qPrintable(text));
    QVERIFY2(problems.at(10).toString() == u"p.yaml: ... and 4,990 more of the same kind as 5:7"_s,
             qPrintable(text));
}

void TestHostileFiles::duplicateHosts_areFoundByHash()
{
    // The same host twice among 20,000: found, with its position (the check used to be pairwise).
    QStringList hosts;
    for (int i = 0; i < 20000; ++i)
        hosts << u"dc%1.corp.example"_s.arg(i);
    hosts << u"dc17.corp.example"_s;
    Profile profile;
    const Diagnostics problems =
        loadProfile(profileWithHosts(hosts), u"p.yaml"_s, builtinCatalog(), &profile);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(
        problems.first().toString().startsWith(u"p.yaml:20005:7: host 'dc17.corp.example' is listed twice"_s),
        qPrintable(formatDiagnostics(problems)));
    hosts.removeLast();
    QVERIFY(loadProfile(profileWithHosts(hosts), u"p.yaml"_s, builtinCatalog(), &profile).isEmpty());
    QCOMPARE(profile.hosts.value(u"domain-controller"_s).size(), 20000);
}

void TestHostileFiles::hostListErrors_areCounted()
{
    // A pasted file of 5,000 bad entries keeps the first 100 with their lines and counts the rest.
    QStringList lines;
    for (int i = 0; i < 5000; ++i)
        lines << u"bad_host_%1!"_s.arg(i);
    const ProfileHostList typed = parseProfileHosts(lines.join(u'\n'));
    QCOMPARE(typed.errors.size(), kMaxListedHostErrors);
    QCOMPARE(typed.errorsNotListed, 5000 - kMaxListedHostErrors);
    QCOMPARE(typed.errors.last().line, kMaxListedHostErrors);
    const HostList plain = parseHostList(lines.join(u'\n'));
    QCOMPARE(plain.errors.size(), kMaxListedHostErrors);
    QCOMPARE(plain.errorsNotListed, 5000 - kMaxListedHostErrors);
}

void TestHostileFiles::yamlDiagnostics_data()
{
    QTest::addColumn<QString>("marked"); // § marks the expected position
    QTest::addColumn<QString>("message");
    QTest::newRow("duplicate scalar key") << u"profile: 1\nname: a\n§name: b\nvantage: [guardian-server]\n"_s
                                          << u"duplicate key 'name': it is also at 2:1"_s;
    QTest::newRow("duplicate list key")
        << u"profile: 1\nvantage: [guardian-server]\nhosts:\n  domain-controller: [a]\n"
           u"  §domain-controller: [b]\n"_s
        << u"duplicate key 'domain-controller': it is also at 4:3"_s;
    QTest::newRow("NUL byte") << u"profile: 1\nname: a§\u0000b\n"_s << u"a NUL byte"_s;
    QTest::newRow("CR-only line endings")
        << u"profile: 1§\rvantage: [guardian-server]\r"_s << u"carriage return alone"_s;
    QTest::newRow("unclosed double quote at the end")
        << u"profile: 1\nname: §\"Contoso\nvantage: [guardian-server]\n"_s
        << u"the quote opened here is never closed"_s;
    QTest::newRow("unclosed quote without a final new line")
        << u"profile: 1\nvantage: [guardian-server]\nname: 'Contoso§"_s
        << u"YAML syntax error: illegal EOF"_s;
    QTest::newRow("tab in the indentation")
        << u"profile: 1\nhosts:\n§\tdomain-controller: [a]\n"_s << u"a tab in the indentation"_s;
}

void TestHostileFiles::yamlDiagnostics()
{
    QFETCH(QString, marked);
    QFETCH(QString, message);
    int line = 0;
    int column = 0;
    const QByteArray yaml = stripMarker(marked, &line, &column);
    Profile profile;
    const Diagnostics problems = loadProfile(yaml, u"p.yaml"_s, builtinCatalog(), &profile);
    const QString missing = missingDiagnostic(problems, u"p.yaml"_s, line, column, message);
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
}

void TestHostileFiles::yamlNestingTooDeep_isNamed()
{
    const QByteArray yaml = "profile: 1\nvantage: " + QByteArray(10000, '[') + QByteArray(10000, ']') + '\n';
    Profile profile;
    const QString text = formatDiagnostics(loadProfile(yaml, u"p.yaml"_s, builtinCatalog(), &profile));
    QVERIFY2(text.startsWith(u"p.yaml:2:"_s), qPrintable(text.left(300)));
    QVERIFY2(text.contains(u"lists and mappings nest deeper than"_s), qPrintable(text.left(300)));
}

// A results file written by hand, the way a user edits one: `check` is the one check's members.
QString handWritten(const QString &check,
                    const QString &run = u"\"host\": \"gsrv01\", \"vantage\": [\"guardian-server\"]"_s)
{
    return u"{\n  \"tool\": \"guardian-portcheck\",\n  \"schema\": 1,\n  \"run\": {"_s + run +
           u"},\n  \"checks\": [\n    {\"link\": \"service-dc-ldap\", \"extra\": {\"port\": 1}, \"host\": "
           u"\"dc0\", "
           "\"port\": 389, \"probe\": \"ldap\", \"state\": \"open\", \"service\": \"identified\"},\n    "_s +
           check + u"\n  ],\n  \"verdicts\": []\n}\n"_s;
}

void TestHostileFiles::resultsErrors_givePositionAndField_data()
{
    // `marked` has "§" where the message must point (LINE:COLUMN); `expected` follows the position.
    QTest::addColumn<QString>("marked");
    QTest::addColumn<QString>("expected");
    QTest::newRow("syntax") << u"{\n  \"tool\": \"guardian-portcheck\",\n  \"schema\": 1,,§\n}"_s
                            << u"SYNTAX"_s;
    QTest::newRow("schema as a string") << u"{\"tool\": \"guardian-portcheck\",\n \"schema\": §\"1\"}"_s
                                        << u"\"schema\" must be the number 1, found \"1\""_s;
    const QString good = u"\"host\": \"dc1.corp.example\", \"port\": 389, \"probe\": \"ldap\", "
                         "\"state\": \"open\", \"service\": \"identified\""_s;
    QTest::newRow("missing port, at its check")
        << handWritten(
               u"§{\"link\": \"service-dc-ldap\", \"host\": \"dc1.corp.example\", \"probe\": \"ldap\"}"_s)
        << u"check 2: \"port\" is missing or bad (missing)"_s;
    QTest::newRow("bad port, at its value")
        << handWritten(u"{\"link\": \"service-dc-ldap\", \"host\": \"dc1\",\n     \"port\": §70000}"_s)
        << u"check 2: \"port\" is missing or bad (70000)"_s;
    QTest::newRow("bad state, after non-ASCII text")
        << handWritten(u"{\"link\": \"service-dc-ldap\", \"host\": \"dc1.日本.example\", \"port\": 389, "
                       "\"probe\": \"ldap\", \"state\": §\"opened\"}"_s)
        << u"check 2: \"state\" is missing or bad (\"opened\")"_s;
    QTest::newRow("unknown link") << handWritten(u"{\"link\": §\"nowhere\", "_s + good + u'}')
                                  << u"check 2: unknown link 'nowhere'"_s;
    QTest::newRow("bad address state")
        << handWritten(u"{\"link\": \"service-dc-ldap\", "_s + good +
                       u", \"addresses\": [{\"state\": \"open\", \"service\": \"identified\"}, "
                       "§{\"state\": \"shut\"}]}"_s)
        << u"check 2: \"addresses\" is missing or bad"_s;
    QTest::newRow("unknown vantage role")
        << handWritten(u"{\"link\": \"service-dc-ldap\", "_s + good + u'}',
                       u"\"host\": \"gsrv01\", \"vantage\": [\"guardian-server\", §\"toaster\"]"_s)
        << u"unknown vantage role 'toaster'"_s;
    const QString run = u"\"host\": \"gsrv01\", \"vantage\": [\"guardian-server\"], "_s;
    QTest::newRow("source networks: a bad network")
        << handWritten(u"{\"link\": \"service-dc-ldap\", "_s + good + u'}',
                       run + u"\"source_networks\": {\"admin-workstation\": [\"10.20.0.0/24\",\n"
                             "      §\"10.20.0.0/33\"]}"_s)
        << u"bad network \"10.20.0.0/33\" for the role 'admin-workstation'"_s;
    QTest::newRow("source networks: not text")
        << handWritten(u"{\"link\": \"service-dc-ldap\", "_s + good + u'}',
                       run + u"\"source_networks\": {\"admin-workstation\": [§24]}"_s)
        << u"bad network 24 for the role 'admin-workstation'"_s;
    QTest::newRow("source networks: an unknown role")
        << handWritten(u"{\"link\": \"service-dc-ldap\", "_s + good + u'}',
                       run + u"\"source_networks\": {\"toaster\": §[\"10.0.0.0/8\"]}"_s)
        << u"unknown source role 'toaster' in \"source_networks\""_s;
    QTest::newRow("source networks: not a list")
        << handWritten(u"{\"link\": \"service-dc-ldap\", "_s + good + u'}',
                       run + u"\"source_networks\": {\"admin-workstation\": §\"10.0.0.0/8\"}"_s)
        << u"the networks of 'admin-workstation' must be a list of at most 64 networks"_s;
    QTest::newRow("source networks: not an object")
        << handWritten(u"{\"link\": \"service-dc-ldap\", "_s + good + u'}',
                       run + u"\"source_networks\": §[\"10.0.0.0/8\"]"_s)
        << u"\"source_networks\" must be an object"_s;
    QTest::newRow("no host, at the run")
        << handWritten(u"{\"link\": \"service-dc-ldap\", "_s + good + u'}', u"§"_s)
               .replace(u"{§}"_s, u"§{}"_s)
        << u"the run has no host"_s;
}

void TestHostileFiles::resultsErrors_givePositionAndField()
{
    QFETCH(QString, marked);
    QFETCH(QString, expected);
    int line = 0;
    int column = 0;
    const QByteArray bytes = stripMarker(marked, &line, &column);
    const QString error = mergeError(bytes);
    const QString position = QString::number(line) + u':' + QString::number(column);
    const QString prefix = expected == u"SYNTAX"_s ? QString(u"r.json: not JSON at "_s + position + u": "_s)
                                                   : QString(u"r.json:"_s + position + u": "_s + expected);
    QVERIFY2(error.startsWith(prefix), qPrintable(error + u"\nexpected: "_s + prefix));
}

// The streaming reader (merge's fast path) reads what `run --json` writes exactly as the document
// reader does, and leaves whatever else it is not sure of to the document reader.
void TestHostileFiles::streamingReader_agreesWithDocumentReader_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("streamed");
    const QByteArray full = fullResultsFile();
    QTest::newRow("as run --json writes it") << full << true;
    QTest::newRow("compact") << QJsonDocument::fromJson(full).toJson(QJsonDocument::Compact) << true;
    QByteArray fraction = full;
    fraction.replace("\"port\": 389,", "\"port\": 389.0,");
    QTest::newRow("a port written as 389.0") << fraction << true;
    QByteArray escapedKey = full;
    escapedKey.replace("\"tool\"", "\"\\u0074ool\"");
    QTest::newRow("an escaped key") << escapedKey << false;
    QTest::newRow("a key given twice") << QByteArray("{\"schema\": 1," + full.mid(1)) << false;
    QTest::newRow("an unknown member nested 100 deep")
        << QByteArray("{\"x\": " + QByteArray(100, '[') + QByteArray(100, ']') + ',' + full.mid(1)) << false;
    QByteArray nullField = full;
    nullField.replace("\"address\": \"10.0.0.1\"", "\"address\": null");
    QTest::newRow("a null address") << nullField << false;
    // A role without networks: the writer leaves it out, the document reader passes over it.
    QJsonObject root = QJsonDocument::fromJson(full).object();
    QJsonObject run = root.value(u"run"_s).toObject();
    QJsonObject networks = run.value(u"source_networks"_s).toObject();
    networks.insert(u"recovery-agent"_s, QJsonArray());
    run.insert(u"source_networks"_s, networks);
    root.insert(u"run"_s, run);
    QTest::newRow("an empty list of networks") << QJsonDocument(root).toJson() << false;
}

void TestHostileFiles::streamingReader_agreesWithDocumentReader()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, streamed);
    ParsedResults document;
    QList<Text> errors;
    QVERIFY(ResultsReader::readDocument(builtinCatalog(), u"r.json"_s, bytes, &document, &errors));
    QVERIFY(document.run.results.size() > 10);
    QVERIFY(!document.hosts.isEmpty());
    ParsedResults streaming;
    QCOMPARE(ResultsReader::readStreaming(builtinCatalog(), bytes, &streaming), streamed);
    if (streamed)
        QCOMPARE(ResultsReader::difference(streaming, document), QString());
    ParsedResults either;
    QVERIFY(readResults(builtinCatalog(), u"r.json"_s, bytes, &either, &errors));
    QCOMPARE(ResultsReader::difference(either, document), QString());
    QVERIFY(errors.isEmpty());
}

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"
