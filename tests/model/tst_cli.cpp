#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

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
    void runWithoutDryRun_saysWhy();

private:
    struct Result
    {
        int code = -1;
        QString out;
        QString err;
    };
    static Result run(const QStringList &args)
    {
        QProcess p;
        p.start(qEnvironmentVariable("PORTCHECK_BINARY"), args);
        if (!p.waitForFinished(30000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
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
    for (const QString &word : {u"catalog"_s, u"run PROFILE"_s, u"--dry-run"_s, u"Exit codes"_s})
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
    QCOMPARE(lines.first(),
             u"from,to,port,transport,protocol,probe,need,when required,purpose,link,source,inferred"_s);
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
        QVERIFY2(fields == 12, qPrintable(line));
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

void TestCli::runWithoutDryRun_saysWhy()
{
    const Result r = run({u"run"_s, source(u"examples/contoso.yaml"_s)});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(u"--dry-run"_s));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
