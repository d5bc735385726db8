// The fleet playbook for real: ansible-playbook runs the check from three simulated machines of one
// site (local connections, each with its own role) against loopback responders, and merges.
#include "model/demo/responder.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <vector>

using namespace PortCheck;
using namespace Qt::StringLiterals;

class TestFleet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ansible_threeMachinesOneProfile_oneMergedReport();

private:
    quint16 serve(const QString &host, Responder::Behavior behavior)
    {
        m_responders.push_back(std::make_unique<Responder>(behavior));
        if (!m_responders.back()->listen(QHostAddress(host)))
            return 0;
        return m_responders.back()->serverPort();
    }

    std::vector<std::unique_ptr<Responder>> m_responders;
};

void TestFleet::ansible_threeMachinesOneProfile_oneMergedReport()
{
    const QString playbook = QStandardPaths::findExecutable(u"ansible-playbook"_s);
    if (playbook.isEmpty())
        QSKIP("ansible-playbook is missing (Debian's ansible-core; scripts/dev.sh test installs it)");

    using B = Responder::Behavior;
    // 127.0.0.81 a DC, .82 the file share, .83 the Guardian server (as a target), .84 an agent.
    const quint16 ldap = serve(u"127.0.0.81"_s, B::LdapRootDse);
    const quint16 gc = serve(u"127.0.0.81"_s, B::LdapRootDse);
    const quint16 winrm = serve(u"127.0.0.81"_s, B::WinrmIdentify);
    const quint16 smb = serve(u"127.0.0.82"_s, B::Smb2);
    const quint16 web = serve(u"127.0.0.83"_s, B::Http);
    const quint16 agentWinrm = serve(u"127.0.0.84"_s, B::WinrmIdentify);
    QVERIFY(ldap && gc && winrm && smb && web && agentWinrm);

    QTemporaryDir dir;
    const QString profile = dir.filePath(u"site.yaml"_s);
    {
        QFile f(profile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // One profile for the site, no 'vantage': each machine's role comes from the inventory here
        // (all three are this machine), from the host lists on a real site.
        f.write(u"profile: 1\nname: Fleet test site\n"
                u"components: [guardian-service, ad-connector, forest-recovery]\n"
                u"options: {winrm-transport: http-only, ldap-mode: default, agent-ldap-mode: ldap}\n"
                u"hosts:\n"
                u"  domain-controller:\n"
                u"    - {host: 127.0.0.81, ports: {389: %1, 3268: %2, 5985: %3}, stand-in: true}\n"
                u"  file-share:\n    - {host: 127.0.0.82, ports: {445: %4}, stand-in: true}\n"
                u"  guardian-server:\n    - {host: 127.0.0.83, ports: {80: %5}, stand-in: true}\n"
                u"  ad-connector: [127.0.0.85]\n"
                u"  recovery-agent:\n    - {host: 127.0.0.84, ports: {5985: %6}, stand-in: true}\n"
                u"timeouts: {connect-ms: 1500, protocol-ms: 3000}\n"_s.arg(ldap)
                    .arg(gc)
                    .arg(winrm)
                    .arg(smb)
                    .arg(web)
                    .arg(agentWinrm)
                    .toUtf8());
    }
    const QString inventory = dir.filePath(u"inventory.ini"_s);
    {
        QFile f(inventory);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[site]\n"
                "gsrv portcheck_as=guardian-server\n"
                "adc portcheck_as=ad-connector\n"
                "agent portcheck_as=recovery-agent\n"
                "[site:vars]\n"
                "ansible_connection=local\n"
                "ansible_python_interpreter=/usr/bin/python3\n");
    }
    const QString binary = qEnvironmentVariable("PORTCHECK_BINARY");
    const QString results = dir.filePath(u"results"_s);
    QProcess ansible;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"ANSIBLE_NOCOLOR"_s, u"1"_s);
    env.insert(u"ANSIBLE_LOCAL_TEMP"_s, dir.filePath(u"ansible-local"_s));
    env.insert(u"ANSIBLE_REMOTE_TEMP"_s, dir.filePath(u"ansible-remote"_s));
    env.insert(u"ANSIBLE_HOME"_s, dir.filePath(u"ansible-home"_s));
    env.insert(u"ANSIBLE_RETRY_FILES_ENABLED"_s, u"0"_s);
    env.insert(u"TMPDIR"_s, dir.path());
    ansible.setProcessEnvironment(env);
    ansible.setProcessChannelMode(QProcess::MergedChannels);
    ansible.start(
        playbook,
        {u"-i"_s, inventory, qEnvironmentVariable("PORTCHECK_SOURCE_DIR") + u"/fleet/ansible/site.yml"_s,
         u"-e"_s, u"portcheck_profile="_s + profile, u"-e"_s, u"portcheck_command="_s + binary, u"-e"_s,
         u"portcheck_controller_command="_s + binary, u"-e"_s, u"portcheck_results_dir="_s + results});
    // The responders answer from this thread: wait in an event loop, not in waitForFinished().
    QEventLoop loop;
    connect(&ansible, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(280000, &loop, &QEventLoop::quit);
    if (ansible.state() != QProcess::NotRunning)
        loop.exec();
    const QString output = QString::fromUtf8(ansible.readAll());
    QVERIFY2(ansible.state() == QProcess::NotRunning, "ansible-playbook did not finish in time");
    QVERIFY2(ansible.exitCode() == 0, qPrintable(output.right(3000)));

    // One results file per machine, one merged report.
    const QStringList files = QDir(results).entryList({u"*.results.json"_s}, QDir::Files, QDir::Name);
    QCOMPARE(files, (QStringList{u"adc.results.json"_s, u"agent.results.json"_s, u"gsrv.results.json"_s}));
    QFile pdf(QDir(results).filePath(u"site-report.pdf"_s));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    QVERIFY(QFile::exists(QDir(results).filePath(u"site-firewall-request.csv"_s)));
    QFile merged(QDir(results).filePath(u"site-results.json"_s));
    QVERIFY(merged.open(QIODevice::ReadOnly));
    QHash<QString, QString> verdicts; // link|host -> verdict
    for (const QJsonValue &v :
         QJsonDocument::fromJson(merged.readAll()).object().value(u"verdicts"_s).toArray())
        verdicts.insert(v[u"link"_s].toString() + u'|' + v[u"host"_s].toString(), v[u"verdict"_s].toString());
    // Each machine's own links have evidence from it: the same profile served all three.
    QCOMPARE(verdicts.value(u"service-dc-ldap|127.0.0.81"_s), u"pass"_s);       // from the Guardian server
    QCOMPARE(verdicts.value(u"service-share-smb|127.0.0.82"_s), u"pass"_s);     // from the Guardian server
    QCOMPARE(verdicts.value(u"connector-dc-ldap|127.0.0.81"_s), u"pass"_s);     // from the AD connector
    QCOMPARE(verdicts.value(u"connector-service-web|127.0.0.83"_s), u"pass"_s); // from the AD connector
    QCOMPARE(verdicts.value(u"agent-share-smb|127.0.0.82"_s), u"pass"_s);       // from the agent
    QCOMPARE(verdicts.value(u"agent-dc-winrm|127.0.0.81"_s), u"pass"_s);        // from the agent
    QVERIFY2(!verdicts.values().contains(u"not-tested"_s) ||
                 verdicts.value(u"workstation-portal-web|127.0.0.83"_s) == u"not-tested"_s,
             qPrintable(output.right(2000)));
    QVERIFY2(output.contains(u"Merged 3 results files"_s), qPrintable(output.right(2000)));
    // Coverage (15.3): every source role of the profile has its machine's evidence; each of the three
    // is the one machine its role's list names, and ran as it by --as.
    QVERIFY2(output.contains(u"Coverage complete"_s), qPrintable(output.right(3000)));
    QVERIFY2(!output.contains(u"Still to run"_s), qPrintable(output.right(3000)));
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (!pdftotext.isEmpty()) {
        QProcess text;
        text.start(pdftotext, {u"-layout"_s, pdf.fileName(), u"-"_s});
        QVERIFY(text.waitForFinished(60000));
        const QString report = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(report.contains(u"Coverage by source machine"_s) && report.contains(u"Coverage complete"_s),
                 qPrintable(report.left(3000)));
    }
    qInfo("%s", qPrintable(output.section(u"TASK [The merged verdicts]"_s, 1).left(6000)));
}

QTEST_GUILESS_MAIN(TestFleet)
#include "tst_fleet.moc"
