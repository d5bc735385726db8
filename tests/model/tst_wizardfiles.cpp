#include "model/profile/hostimport.h"
#include "model/profile/sessionfile.h"
#include "tests/testutil.h"

#include <QTest>

using namespace PortCheck;
using PortCheck::Test::stripMarker;
using namespace Qt::StringLiterals;

// The two files only the wizard reads: a host list imported from CSV (what Export-Csv and Excel
// write) and the autosaved session. Each is read as its format says, and a bad one is refused
// with what is wrong and where.
class TestWizardFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvImport_findsTheHostColumn_data();
    void csvImport_findsTheHostColumn();
    void csvImport_badFileSaysWhere_data();
    void csvImport_badFileSaysWhere();
    void csvImport_isCapped();
    void textImport_isHandedOnWhole();
    void session_roundTrips();
    void sessionErrors_givePositionAndField_data();
    void sessionErrors_givePositionAndField();
};

void TestWizardFiles::csvImport_findsTheHostColumn_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("hosts"); // joined with '|'
    QTest::addColumn<QString>("column");
    QTest::addColumn<int>("emptyCells");
    // Windows PowerShell 5.1's Export-Csv: a #TYPE line, every cell quoted, columns in alphabetical
    // order, so the host is not in the first column.
    QTest::newRow("Get-ADDomainController | Export-Csv")
        << QByteArray("#TYPE Microsoft.ActiveDirectory.Management.ADDomainController\r\n"
                      "\"ComputerObjectDN\",\"Domain\",\"Enabled\",\"HostName\",\"IPv4Address\",\"Name\","
                      "\"Site\"\r\n"
                      "\"CN=DC1,OU=Domain Controllers,DC=corp,DC=example\",\"corp.example\",\"True\","
                      "\"dc1.corp.example\",\"10.0.0.1\",\"DC1\",\"HQ\"\r\n"
                      "\"CN=DC2,OU=Domain Controllers,DC=corp,DC=example\",\"corp.example\",\"True\","
                      "\"dc2.corp.example\",\"10.0.0.2\",\"DC2\",\"Branch, \"\"North\"\"\"\r\n")
        << u"dc1.corp.example|dc2.corp.example"_s << u"HostName"_s << 0;
    QTest::newRow("Get-ADComputer: DNSHostName before Name")
        << QByteArray("\"DistinguishedName\",\"DNSHostName\",\"Enabled\",\"Name\"\n"
                      "\"CN=FS1,OU=Servers,DC=corp,DC=example\",\"fs1.corp.example\",\"True\",\"FS1\"\n"
                      "\"CN=OLD,OU=Servers,DC=corp,DC=example\",,\"False\",\"OLD\"\n")
        << u"fs1.corp.example"_s << u"DNSHostName"_s << 1;
    QTest::newRow("Excel in a German locale: semicolons")
        << QByteArray("Name;IP-Adresse;Standort\ndc1.corp.example;10.0.0.1;Zentrale\ndc2.corp.example;;\n")
        << u"dc1.corp.example|dc2.corp.example"_s << u"Name"_s << 0;
    QTest::newRow("tab separated, BOM") << QByteArray("\xef\xbb\xbfServer\tRole\ndc1.corp.example\tPDC\n")
                                        << u"dc1.corp.example"_s << u"Server"_s << 0;
    QTest::newRow("a quoted cell with a line break, quotes and a comma")
        << QByteArray("Name,Notes\ndc1.corp.example,\"first line\nsecond, \"\"quoted\"\" "
                      "line\"\ndc2.corp.example,x\n")
        << u"dc1.corp.example|dc2.corp.example"_s << u"Name"_s << 0;
    QTest::newRow("no header: the first column")
        << QByteArray("dc1.corp.example,10.0.0.1\n\n  \ndc2.corp.example\n")
        << u"dc1.corp.example|dc2.corp.example"_s << QString() << 0;
    QTest::newRow("unknown header: skipped when it is no host name")
        << QByteArray("Domain Controller,Site\ndc1.corp.example,HQ\n") << u"dc1.corp.example"_s
        << u"Domain Controller"_s << 0;
    QTest::newRow("CR-only line endings") << QByteArray("Name\rdc1.corp.example\rdc2.corp.example")
                                          << u"dc1.corp.example|dc2.corp.example"_s << u"Name"_s << 0;
    QTest::newRow("short rows count as empty") << QByteArray("Site,HostName\nHQ,dc1.corp.example\nBranch\n")
                                               << u"dc1.corp.example"_s << u"HostName"_s << 1;
}

void TestWizardFiles::csvImport_findsTheHostColumn()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, hosts);
    QFETCH(QString, column);
    QFETCH(int, emptyCells);
    const HostImport imported = importHosts(csv, HostImportFormat::Csv);
    QVERIFY2(imported.error.isEmpty(), qPrintable(imported.error.english()));
    QCOMPARE(imported.hosts.join(u'|'), hosts);
    QCOMPARE(imported.column, column);
    QCOMPARE(imported.emptyCells, emptyCells);
}

void TestWizardFiles::csvImport_badFileSaysWhere_data()
{
    // "§" marks where the message must point.
    QTest::addColumn<QString>("marked");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unclosed quote") << u"Name\ndc1.corp.example\n§\"dc2.corp.example\ndc3.corp.example\n"_s
                                    << u"the quoted cell that starts here is never closed"_s;
    QTest::newRow("unclosed quote after non-ASCII") << u"Name,Site\ndc1.zürich.example,§\"HQ\n"_s
                                                    << u"the quoted cell that starts here is never closed"_s;
    QTest::newRow("text after a closing quote")
        << u"Name,Site\n\"dc1.corp.example\"§x,HQ\n"_s << u"text after the closing quote of a cell"_s;
    QTest::newRow("text after a quote that spans lines")
        << u"Name,Notes\ndc1,\"a\nb\"§c\n"_s << u"text after the closing quote of a cell"_s;
}

void TestWizardFiles::csvImport_badFileSaysWhere()
{
    QFETCH(QString, marked);
    QFETCH(QString, expected);
    int line = 0;
    int column = 0;
    const QByteArray bytes = stripMarker(marked, &line, &column);
    const HostImport imported = importHosts(bytes, HostImportFormat::Csv);
    const QString error = imported.error.english();
    const QString prefix = QString::number(line) + u':' + QString::number(column) + u": "_s + expected;
    QVERIFY2(error.startsWith(prefix), qPrintable(error + u"\nexpected: "_s + prefix));
    QVERIFY(imported.hosts.isEmpty()); // nothing half-read reaches the list

    // A NUL byte: not a text file, in either format, with its position.
    for (const HostImportFormat format : {HostImportFormat::Csv, HostImportFormat::Text}) {
        const HostImport binary = importHosts(QByteArray("Name\ndc1\0x", 10), format);
        QCOMPARE(binary.error.english(), u"not a text file (a NUL byte at 2:4)"_s);
    }
}

void TestWizardFiles::csvImport_isCapped()
{
    QByteArray csv = "Name\n";
    for (int i = 0; i <= 100000; ++i)
        csv += "h" + QByteArray::number(i) + '\n';
    const HostImport tooMany = importHosts(csv, HostImportFormat::Csv);
    QVERIFY2(tooMany.error.english().contains(u"more than 100,000 hosts in one file"_s),
             qPrintable(tooMany.error.english()));
    QVERIFY(tooMany.hosts.isEmpty());

    QByteArray wide = "Name";
    for (int i = 0; i < 1000; ++i)
        wide += ",c";
    const HostImport tooWide = importHosts(wide + "\ndc1\n", HostImportFormat::Csv);
    QVERIFY2(tooWide.error.english().startsWith(u"1:"_s) &&
                 tooWide.error.english().contains(u"more than 1,000 columns in one row"_s),
             qPrintable(tooWide.error.english()));
}

void TestWizardFiles::textImport_isHandedOnWhole()
{
    // The list editor reads a text file's separators, comments and overrides itself.
    const HostImport imported =
        importHosts("\xef\xbb\xbf dc1.corp.example 389=10389, dc2 # the old one\n\n", HostImportFormat::Text);
    QVERIFY(imported.error.isEmpty());
    QCOMPARE(imported.hosts, QStringList{u"dc1.corp.example 389=10389, dc2 # the old one"_s});
    QVERIFY(importHosts("\n \n", HostImportFormat::Text).hosts.isEmpty());
}

void TestWizardFiles::session_roundTrips()
{
    SessionFile s;
    s.saved = QDateTime(QDate(2026, 12, 5), QTime(9, 30, 1, 250), Qt::UTC);
    s.profilePath = u"C:/Users/adm/Zürich.yaml"_s;
    s.profileYaml = "profile: 1\nvantage: [guardian-server]\n";
    s.hostTexts = {{u"domain-controller"_s, u"dc1.corp.example\ndc_bad\n# \u202e\x1b[2J\n"_s},
                   {u"file-share"_s, QString()}};
    s.hostCount = 2;
    Text error;
    const std::optional<SessionFile> read = parseSessionFile(sessionFileBytes(s), u"s.json"_s, &error);
    QVERIFY2(read, qPrintable(error.english()));
    QVERIFY(*read == s);
}

void TestWizardFiles::sessionErrors_givePositionAndField_data()
{
    QTest::addColumn<QString>("marked");
    QTest::addColumn<QString>("expected");
    QTest::newRow("syntax") << u"{\n  \"session\": 1,\n  \"profile\": \"x\"\n  \"§hostCount\": 0\n}"_s
                            << u"not a session file: "_s;
    QTest::newRow("not an object") << u"\n  §[1, 2]"_s << u"not a session file (a JSON object"_s;
    QTest::newRow("no version") << u"§{\"profile\": \"\"}"_s << u"not a session file (no \"session\": 1)"_s;
    QTest::newRow("a newer version") << u"{\"session\": §2, \"profile\": \"\"}"_s
                                     << u"session version 2 is not supported, expected 1"_s;
    QTest::newRow("version as text") << u"{\"session\":\n  §\"1\"}"_s
                                     << u"session version \"1\" is not supported"_s;
    QTest::newRow("profile as a number")
        << u"{\"session\": 1,\n \"profile\": §42}"_s << u"\"profile\" must be the profile as text"_s;
    QTest::newRow("no profile") << u"§{\"session\": 1, \"hostTexts\": {}}"_s
                                << u"no \"profile\": nothing to restore"_s;
    QTest::newRow("negative host count") << u"{\"session\": 1, \"profile\": \"\", \"hostCount\": §-3}"_s
                                         << u"\"hostCount\" must be a whole number from 0"_s;
    QTest::newRow("hosts as a list, after non-ASCII")
        << u"{\"session\": 1, \"profilePath\": \"Zürich 日本\", \"profile\": \"\",\n"
           "  \"hostTexts\": {\"domain-controller\": \"dc1\", \"file-share\": §[\"fs1\"]}}"_s
        << u"the hosts of \"file-share\" must be text"_s;
}

void TestWizardFiles::sessionErrors_givePositionAndField()
{
    QFETCH(QString, marked);
    QFETCH(QString, expected);
    int line = 0;
    int column = 0;
    const QByteArray bytes = stripMarker(marked, &line, &column);
    Text error;
    QVERIFY(!parseSessionFile(bytes, u"s.json"_s, &error));
    const QString prefix =
        u"s.json:"_s + QString::number(line) + u':' + QString::number(column) + u": "_s + expected;
    QVERIFY2(error.english().startsWith(prefix), qPrintable(error.english() + u"\nexpected: "_s + prefix));
}

QTEST_GUILESS_MAIN(TestWizardFiles)
#include "tst_wizardfiles.moc"
