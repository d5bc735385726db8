// LiveVerdicts: the verdicts kept up to date by batch equal computeVerdicts() of the same results
// at every step, whatever the order the results arrive in, and the items it reports as changed
// include every item whose verdict changed.
#include "model/catalog/catalogloader.h"
#include "model/plan/plan.h"
#include "model/profile/profile.h"
#include "model/run/planrun.h"
#include "model/verdict/liveverdicts.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace PortCheck;
using namespace Qt::StringLiterals;

class TestLiveVerdicts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void batches_equalComputeVerdicts_inAnyOrder_data();
    void batches_equalComputeVerdicts_inAnyOrder();
    void remove_forgetsWhatARerunRepeats();
    void revocationServer_answerReachesTheItemThatNamedIt();
    void planRun_handsResultsOnInChunks_andFinishesAfterTheLast();
};

namespace {

const Catalog &catalog()
{
    return builtinCatalog();
}

// Six DCs, a file share, the cloud and Azure SQL, tested from the Guardian server.
Plan sitePlan()
{
    Profile p = Profile::defaults(catalog());
    p.vantage = {u"guardian-server"_s};
    for (const Component &c : catalog().components)
        p.components << c.id;
    QList<ProfileHost> dcs;
    for (int i = 1; i <= 6; ++i)
        dcs.append({u"dc%1.corp.example"_s.arg(i), {}});
    p.hosts.insert(u"domain-controller"_s, dcs);
    p.hosts.insert(u"file-share"_s, {ProfileHost{u"fs1.corp.example"_s, {}}});
    p.hosts.insert(u"azure-sql"_s, {ProfileHost{u"sql1.database.windows.net"_s, {}}});
    p.hosts.insert(u"web-portal"_s, {ProfileHost{u"portal.corp.example"_s, {}}});
    return buildPlan(catalog(), p);
}

// One result per planned probe, of every kind a site meets: answers, refusals, silence, a bad
// certificate; the DCs tell their directory and clock, and two of them belong to another domain,
// so the majority (the directory context) changes as they arrive.
QList<ProbeResult> siteResults(const Plan &plan)
{
    QList<ProbeResult> out;
    QSet<QString> seen;
    int n = 0;
    for (const Check &c : plan.checks) {
        if (!c.testable || seen.contains(c.probeKey()))
            continue;
        seen.insert(c.probeKey());
        ProbeResult r;
        r.host = c.host;
        r.port = c.port;
        r.kind = c.probe;
        r.via = c.via;
        switch (n++ % 7) {
        case 0:
            r.state = ProbeState::Refused;
            break;
        case 1:
            r.state = ProbeState::Filtered;
            break;
        case 2:
            r.state = ProbeState::Open;
            r.service = ServiceState::Silent;
            break;
        case 3:
            r.state = ProbeState::Open;
            r.service = ServiceState::TlsError;
            r.facts.insert(u"tls.errors"_s, u"self-signed certificate"_s);
            break;
        default:
            r.state = ProbeState::Open;
            r.service = ServiceState::Identified;
            break;
        }
        if (r.host.startsWith(u"dc"_s) && (r.port == 389 || r.port == 636 || r.port == 88)) {
            r.state = ProbeState::Open;
            r.service = ServiceState::Identified;
            const bool other = r.host.startsWith(u"dc5"_s) || r.host.startsWith(u"dc6"_s);
            if (r.port != 88) {
                r.facts.insert(u"ldap.defaultNamingContext"_s,
                               other ? u"DC=lab,DC=test"_s : u"DC=corp,DC=example"_s);
                r.facts.insert(u"ldap.rootDomainNamingContext"_s,
                               other ? u"DC=lab,DC=test"_s : u"DC=corp,DC=example"_s);
            }
            // Every DC agrees and this machine is 10 minutes off; dc3's two answers differ by 2 s.
            r.facts.insert(u"clock.skewSeconds"_s,
                           r.host.startsWith(u"dc3"_s) && r.port == 88 ? u"602"_s : u"600"_s);
        }
        out << r;
    }
    return out;
}

QString describe(const Verdict &v)
{
    QStringList fixes;
    for (const Text &t : v.remediation)
        fixes << t.english();
    return verdictId(v.level) + u" | "_s + v.reason.english() + u" | "_s + fixes.join(u" / "_s);
}

// Every item: the live verdict and the one computed from scratch agree.
bool sameAsFromScratch(const Plan &plan, const LiveVerdicts &live, QString *difference)
{
    const QList<Verdict> expected = computeVerdicts(catalog(), plan, live.results());
    if (expected.size() != live.verdicts().size()) {
        *difference = u"%1 verdicts, expected %2"_s.arg(live.verdicts().size()).arg(expected.size());
        return false;
    }
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QString want = describe(expected.at(i));
        const QString got = describe(live.verdicts().at(i));
        if (want != got) {
            *difference = plan.items.at(i).link + u" to "_s + plan.items.at(i).host + u":\n  live:     "_s +
                          got + u"\n  computed: "_s + want;
            return false;
        }
    }
    return true;
}

} // namespace

void TestLiveVerdicts::batches_equalComputeVerdicts_inAnyOrder_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("largestBatch");
    for (const quint32 seed : {1u, 2u, 3u, 4u, 5u})
        QTest::newRow(qPrintable(u"seed %1, batches of 1-7"_s.arg(seed))) << seed << 7;
    QTest::newRow("one result per batch") << 11u << 1;
    QTest::newRow("everything at once") << 12u << 100000;
}

void TestLiveVerdicts::batches_equalComputeVerdicts_inAnyOrder()
{
    QFETCH(quint32, seed);
    QFETCH(int, largestBatch);
    const Plan plan = sitePlan();
    QList<ProbeResult> results = siteResults(plan);
    QVERIFY(results.size() > 50);
    QRandomGenerator random(seed);
    std::shuffle(results.begin(), results.end(), random);

    LiveVerdicts live(catalog(), plan);
    QString difference;
    QVERIFY2(sameAsFromScratch(plan, live, &difference), qPrintable(difference));
    bool contextChanged = false;
    qsizetype at = 0;
    while (at < results.size()) {
        const qsizetype size = std::min<qsizetype>(results.size() - at, 1 + random.bounded(largestBatch));
        const QList<ProbeResult> batch = results.mid(at, size);
        at += size;
        const QList<Verdict> before = live.verdicts();
        const DirectoryContext contextBefore = live.context();
        const QList<int> changed = live.add(batch);
        contextChanged = contextChanged || live.context() != contextBefore;
        QVERIFY2(sameAsFromScratch(plan, live, &difference), qPrintable(difference));
        QVERIFY(std::is_sorted(changed.cbegin(), changed.cend()));
        // Nothing changes behind the caller's back: an item not reported kept its verdict.
        for (qsizetype i = 0; i < before.size(); ++i) {
            if (!changed.contains(int(i)))
                QCOMPARE(describe(live.verdicts().at(i)), describe(before.at(i)));
        }
    }
    // The results told the directory (domain, forest, this machine's clock off) along the way.
    QVERIFY(contextChanged);
    QCOMPARE(live.context().domainNamingContext, u"dc=corp,dc=example"_s); // normalized
    QVERIFY(live.context().localClockOff);
}

void TestLiveVerdicts::remove_forgetsWhatARerunRepeats()
{
    const Plan plan = sitePlan();
    const QList<ProbeResult> results = siteResults(plan);
    LiveVerdicts live(catalog(), plan);
    live.add(results);
    // Forget every result of dc1 and of the file share: their items are not tested again.
    QSet<QString> keys;
    for (const ProbeResult &r : results) {
        if (r.host == u"dc1.corp.example"_s || r.host == u"fs1.corp.example"_s)
            keys.insert(resultKey(r));
    }
    QVERIFY(!keys.isEmpty());
    const QList<int> changed = live.remove(keys);
    QVERIFY(!changed.isEmpty());
    QString difference;
    QVERIFY2(sameAsFromScratch(plan, live, &difference), qPrintable(difference));
    for (qsizetype i = 0; i < plan.items.size(); ++i) {
        const PlanItem &item = plan.items.at(i);
        if (item.testable && item.host == u"fs1.corp.example"_s) {
            QVERIFY(changed.contains(int(i)));
            QCOMPARE(live.verdicts().at(i).level, VerdictLevel::NotTested);
        }
    }
    // And back: the same results again give the first verdicts.
    live.add(results);
    QVERIFY2(sameAsFromScratch(plan, live, &difference), qPrintable(difference));
    QVERIFY(live.remove({u"no-such-key"_s}).isEmpty());
}

// A certificate names its CRL server; the server's answer arrives later, in a batch of its own,
// and the link whose TLS answer named it says the server does not answer.
void TestLiveVerdicts::revocationServer_answerReachesTheItemThatNamedIt()
{
    const Plan plan = sitePlan();
    QList<ProbeResult> results = siteResults(plan);
    ProbeResult *tls = nullptr;
    for (ProbeResult &r : results) {
        if (r.host == u"dc1.corp.example"_s && r.port == 636)
            tls = &r;
    }
    QVERIFY(tls);
    tls->facts.insert(u"tls.crl"_s, u"http://crl.corp.example/root.crl"_s);
    const QList<ProbeTarget> named = revocationTargets(*tls);
    QCOMPARE(named.size(), 1);

    LiveVerdicts live(catalog(), plan);
    live.add(results);
    ProbeResult crl;
    crl.host = named.first().host;
    crl.port = named.first().port;
    crl.kind = named.first().kind;
    crl.state = ProbeState::Filtered;
    const QList<ProbeResult> later{crl};
    const QList<int> changed = live.add(later);
    QString difference;
    QVERIFY2(sameAsFromScratch(plan, live, &difference), qPrintable(difference));
    bool reached = false;
    for (const int i : changed) {
        const Verdict &v = live.verdicts().at(i);
        reached = reached || v.reason.english().contains(u"crl.corp.example:80"_s);
    }
    QVERIFY2(reached, "no changed item mentions the CRL server that does not answer");
}

// A real run on loopback (40 DCs at 127.0.124.1-40, where nothing listens: every probe is
// answered at once): the window gets the results in chunks it can take in one turn of its event
// loop, the verdicts follow each chunk, and finished() comes after the last one.
void TestLiveVerdicts::planRun_handsResultsOnInChunks_andFinishesAfterTheLast()
{
    Profile p = Profile::defaults(catalog());
    p.vantage = {u"guardian-server"_s};
    QList<ProfileHost> dcs;
    for (int i = 1; i <= 40; ++i)
        dcs.append({u"127.0.124.%1"_s.arg(i), {}});
    p.hosts.insert(u"domain-controller"_s, dcs);
    p.hosts.insert(u"file-share"_s, {ProfileHost{u"127.0.124.41"_s, {}}});
    const Plan plan = buildPlan(catalog(), p);
    QVERIFY(plan.probeTargetCount() > 256);
    // The cloud's names are in the plan too: never looked up here, whoever runs the test.
    qputenv("PORTCHECK_LOOPBACK_ONLY", "1");
    RunSettings settings = runSettingsFor(p);
    settings.probe.connectTimeoutMs = 10000; // refused at once; a loaded machine does not time out
    PlanRun run(catalog(), plan, settings);
    qsizetype received = 0;
    qsizetype largest = 0;
    int chunks = 0;
    QString difference;
    bool verdictsFollowed = true;
    connect(&run, &PlanRun::resultsReady, this, [&](const QList<ProbeResult> &chunk) {
        received += chunk.size();
        largest = std::max(largest, chunk.size());
        ++chunks;
    });
    connect(&run, &PlanRun::verdictsChanged, this, [&](const QList<int> &) {
        const QList<Verdict> fromScratch = computeVerdicts(catalog(), plan, run.resultIndex());
        for (qsizetype i = 0; i < fromScratch.size() && verdictsFollowed; ++i) {
            if (describe(fromScratch.at(i)) != describe(run.verdicts().at(i))) {
                verdictsFollowed = false;
                difference = plan.items.at(i).link + u' ' + plan.items.at(i).host;
            }
        }
    });
    bool runningAtFinish = true;
    qsizetype receivedAtFinish = -1;
    connect(&run, &PlanRun::finished, this, [&] {
        runningAtFinish = run.isRunning();
        receivedAtFinish = received;
    });
    QSignalSpy finished(&run, &PlanRun::finished);
    run.start(RunMetadata::now(catalog()));
    QVERIFY(finished.wait(60000));
    QVERIFY2(verdictsFollowed, qPrintable(difference));
    QVERIFY(!runningAtFinish);
    QCOMPARE(receivedAtFinish, run.result().results.size());
    QCOMPARE(run.resultIndex().size(), run.result().results.size());
    QVERIFY2(largest <= 128, qPrintable(QString::number(largest)));
    QVERIFY(chunks >= 3);
    for (qsizetype i = 0; i < plan.items.size(); ++i) {
        if (plan.items.at(i).testable && plan.items.at(i).host.startsWith(u"127.0.124."_s))
            QVERIFY2(run.verdicts().at(i).level != VerdictLevel::NotTested,
                     qPrintable(plan.items.at(i).link));
    }
    QCOMPARE(finished.size(), 1);
}

QTEST_GUILESS_MAIN(TestLiveVerdicts)
#include "tst_liveverdicts.moc"
