#include "model/catalog/catalogloader.h"
#include "model/demo/demosite.h"
#include "model/export/firewallrequest.h"
#include "model/plan/plan.h"
#include "model/profile/profile.h"
#include "model/results/resultswriter.h"
#include "model/run/planrun.h"
#include "model/run/report.h"
#include "tests/dnsresponder.h"
#include "tests/testutil.h"
#include "ui/diagram/linkitem.h"
#include "ui/diagram/topologyscene.h"
#include "ui/i18n/translations.h"
#include "ui/settings/settingsdialog.h"
#include "ui/style/verdictstyle.h"
#include "ui/wizard/checktablemodel.h"
#include "ui/wizard/componentspage.h"
#include "ui/wizard/hostlisteditor.h"
#include "ui/wizard/hostspage.h"
#include "ui/wizard/machinepage.h"
#include "ui/wizard/portcheckwizard.h"
#include "ui/wizard/resultspage.h"
#include "ui/wizard/runpage.h"
#include "ui/wizard/startpage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace PortCheck;
using namespace PortCheck::Test;
using namespace Qt::StringLiterals;

namespace {
// Where a person clicks a check box: on its indicator (a layout may make the box much wider).
void clickCheckBox(QCheckBox *box)
{
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2));
}

// Types text with new lines as the Return key.
void typeLines(QWidget *widget, const QString &text)
{
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QTest::keyClicks(widget, lines.at(i));
        if (i + 1 < lines.size())
            QTest::keyClick(widget, Qt::Key_Return);
    }
}
// The mnemonic letter of a text ("&Next >" -> 'n'), or a null QChar; "&&" is a literal '&'.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Every mnemonic a person can press in `window` now: visible buttons, labels with a buddy, group
// boxes and tabs; "letter: text" per control.
QMultiMap<QChar, QString> mnemonicsShown(QWidget *window)
{
    QMultiMap<QChar, QString> found;
    const auto add = [&found](const QString &text) {
        if (const QChar m = mnemonic(text); !m.isNull())
            found.insert(m, text);
    };
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(window))
            continue;
        if (const auto *button = qobject_cast<QAbstractButton *>(widget))
            add(button->text());
        else if (const auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            add(label->text());
        else if (const auto *box = qobject_cast<QGroupBox *>(widget))
            add(box->title());
        else if (const auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i));
        }
    }
    return found;
}

QStringList duplicateMnemonics(QWidget *window)
{
    const QMultiMap<QChar, QString> found = mnemonicsShown(window);
    QStringList clashes;
    for (const QChar key : found.uniqueKeys()) {
        if (found.count(key) > 1)
            clashes << QString(key) + u": "_s + QStringList(found.values(key)).join(u" | "_s);
    }
    return clashes;
}
} // namespace

// Drives the real wizard offscreen and asserts what a user sees. The runs go to the demo site on
// loopback; discovery asks our own DNS server on 127.0.0.78.
class TestWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void startPage_offersFourWaysAndReopenOnlyWithASession();
    void startPage_otherPagesAreBuiltAfterItsFirstPaint();
    void machinePage_nextNeedsARole();
    void machinePage_coverFields_reachTheProfileAndTheRun();
    void machinePage_proposesTheRolesTheHostListsGive();
    void componentsPage_showsWhatEachModeRequires();
    void componentsPage_proxyField_keepsWhatWasTypedAndSaysWhatIsWrong();
    void componentsPage_azureSql_policyWhereGuardianRunsAndRegion();
    void settings_azureServiceTags_reachTheRequest();
    void hostsPage_validatesAsYouTypeAndSaysWhyNextIsDisabled();
    void hostsPage_portOverridesAndImport();
    void microsoft365_cloudPicksThePublishedNames_optionalRoleMayStayEmpty();
    void closedAndReopened_keepsEverythingTyped();
    void openProfile_badFileShowsEveryProblem();
    void discovery_fillsTheListOrSaysWhy();
    void demo_endToEnd_countsVerdictsAndExports();
    void compare_beforeAndAfter_showsWhatChangedAndTheReportSaysIt();
    void run_cancelAndRerunFailed();
    void keyboardOnly_reachesTheRunPage();
    void everyInput_hasAnAccessibleName();
    void settings_applyAndPersist();
    void german_windowAndButtons();
    void german_resultsReadInGerman();
    void runPage_diagramFollowsResultsWhileRunning();
    void hostsPage_overridesNameTheRolesPortsAndAddToAListedHost();
    void hostsPage_everyErrorIsListedMarkedAndLongEntriesKeepTheWidth();
    void runPage_rerunCountsFailuresAndAnUnneededAlternativeIsNoCross();
    void settings_noLiteralAmpersandNoCutPlaceholder();
    void verdictIcons_keptOnce_andFollowThePalette();
    void everyPage_mnemonicsAreUnique();
    void window_fitsTheScreen();
    void saveProfile_runReadsItAndTheAdviceNamesIt();
    void demo_verdictsHoldWhenTheWindowStalls();

private:
    std::unique_ptr<PortCheckWizard> newWizard();
    bool runDemoToResults(PortCheckWizard *w);

    const Catalog &m_catalog = builtinCatalog();
    DnsResponder m_dns;
    bool m_dnsListening = false;
};

void TestWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Settings of the tests' own (Windows keeps QSettings in the registry, where the test mode of
    // QStandardPaths does not reach; without an organization it writes nothing there).
    QCoreApplication::setOrganizationName(u"Cayosoft-tests"_s);
    QVERIFY(installTranslations(u"en"_s).startsWith(u"en"_s));
    m_dns.records.insert("_ldap._tcp.dc._msdcs.corp.test",
                         {{"dc2.corp.test.", 389, 0, 100}, {"dc1.corp.test.", 389, 0, 100}});
    m_dns.records.insert("_gc._tcp.corp.test", {{"dc1.corp.test.", 3268, 0, 100}});
    m_dns.records.insert("_ldap._tcp.pdc._msdcs.corp.test", {{"dc1.corp.test.", 389, 0, 100}});
    m_dnsListening = m_dns.listen(QHostAddress(u"127.0.0.78"_s));
}

void TestWizard::init()
{
    installTranslations(u"en"_s); // a German test that failed half-way must not leave German behind
    QFile::remove(SessionStore::defaultPath());
    QSettings().clear();
}

// The demo, started from the start page and taken to its run page (three Next clicks).
static bool startDemoRun(PortCheckWizard *w)
{
    if (!w->startPage()->startDemo())
        return false;
    for (int i = 0; i < 3; ++i)
        w->next();
    return w->currentId() == PortCheckWizard::RunPageId;
}

std::unique_ptr<PortCheckWizard> TestWizard::newWizard()
{
    auto w = std::make_unique<PortCheckWizard>(m_catalog);
    w->show();
    return w;
}

bool TestWizard::runDemoToResults(PortCheckWizard *w)
{
    if (!w->startPage()->startDemo())
        return false;
    w->next();
    w->next();
    w->next();
    if (w->currentId() != PortCheckWizard::RunPageId)
        return false;
    if (w->runPage()->isRunning() && !waitForSignal(w->runPage(), &RunPage::runFinished, 30000))
        return false;
    w->next();
    return w->currentId() == PortCheckWizard::ResultsPageId;
}

void TestWizard::startPage_offersFourWaysAndReopenOnlyWithASession()
{
    auto w = newWizard();
    QCOMPARE(w->currentId(), int(PortCheckWizard::StartPageId));
    QCOMPARE(w->windowTitle(), u"Guardian Port Check"_s);
    QVERIFY(!w->windowIcon().isNull());
    QStringList texts;
    bool reopenEnabled = true;
    for (const QAbstractButton *b : w->startPage()->findChildren<QAbstractButton *>()) {
        texts << b->text().remove(u'&');
        if (b->text().contains(u"Reopen"_s))
            reopenEnabled = b->isEnabled();
    }
    QVERIFY2(texts.contains(u"New check"_s) && texts.contains(u"Open a profile…"_s) &&
                 texts.contains(u"Reopen the last session"_s) && texts.contains(u"Try the demo site"_s),
             qPrintable(texts.join(u", "_s)));
    QVERIFY(!reopenEnabled);
}

void TestWizard::startPage_otherPagesAreBuiltAfterItsFirstPaint()
{
    // Start-up (issue 17, goal 6): the window shows its start page before the other five exist.
    {
        auto w = newWizard();
        QVERIFY(!w->pagesBuilt());
        w->show();
        QVERIFY(!w->pagesBuilt()); // not in show(): after the paint
        QVERIFY(w->button(QWizard::NextButton)->isVisible());
        QVERIFY(w->button(QWizard::NextButton)->isEnabled());
        QTRY_VERIFY(w->pagesBuilt());
        QCOMPARE(w->pageIds().size(), 6);
    }
    {
        // Next before that turn of the event loop builds them and goes on.
        auto w = newWizard();
        w->next();
        QVERIFY(w->pagesBuilt());
        QCOMPARE(w->currentId(), int(PortCheckWizard::MachinePageId));
    }
}

void TestWizard::machinePage_nextNeedsARole()
{
    auto w = newWizard();
    w->startPage()->newCheck();
    QCOMPARE(w->currentId(), int(PortCheckWizard::MachinePageId));
    QVERIFY(!w->button(QWizard::NextButton)->isEnabled());
    QVERIFY(w->machinePage()->statusText().contains(u"Choose at least one role"_s));
    QVERIFY(!w->machinePage()->roleBox(u"domain-controller"_s)); // targets only: not offered
    clickCheckBox(w->machinePage()->roleBox(u"guardian-server"_s));
    QVERIFY(w->button(QWizard::NextButton)->isEnabled());
    QVERIFY(w->machinePage()->statusText().isEmpty());
    QCOMPARE(w->context()->profile().vantage, QStringList{u"guardian-server"_s});
}

// The report cover's fields: typed on the first page, the change saved with the profile, the name
// in the run's metadata; a pasted line break is not taken and the hint says why.
void TestWizard::machinePage_coverFields_reachTheProfileAndTheRun()
{
    auto w = newWizard();
    w->startPage()->newCheck();
    MachinePage *page = w->machinePage();
    QVERIFY(!page->runByEdit()->text().isEmpty() || qEnvironmentVariableIsEmpty("USER"));
    page->runByEdit()->clear();
    QTest::keyClicks(page->runByEdit(), u"Ops on call"_s);
    QCOMPARE(w->context()->runBy(), u"Ops on call"_s);
    QTest::keyClicks(page->ticketEdit(), u"CHG0012345"_s);
    QTest::keyClicks(page->approverEdit(), u"Network CAB"_s);
    QCOMPARE(w->context()->profile().change.ticket, u"CHG0012345"_s);
    QCOMPARE(w->context()->profile().change.approver, u"Network CAB"_s);
    page->requesterEdit()->setText(u"a\u0007b"_s);
    Q_EMIT page->requesterEdit()->textEdited(page->requesterEdit()->text());
    QVERIFY2(page->coverHint().startsWith(u"Not taken: not one line of text"_s),
             qPrintable(page->coverHint()));
    QVERIFY(w->context()->profile().change.requester.isEmpty());
    QCOMPARE(page->requesterEdit()->text(), u"a\u0007b"_s); // what was typed stays
    QTemporaryDir dir;
    const QString path = dir.filePath(u"site.yaml"_s);
    QCOMPARE(w->context()->saveProfile(path).error().english(), QString());
    Profile read;
    QVERIFY(loadProfileFile(path, builtinCatalog(), &read).isEmpty());
    QCOMPARE(read.change.ticket, u"CHG0012345"_s);
    QCOMPARE(read.change.approver, u"Network CAB"_s);
}

// One profile for the whole site (15.1): the roles whose host lists name this computer are checked
// when the profile names none, and offered with a button when it names others.
void TestWizard::machinePage_proposesTheRolesTheHostListsGive()
{
    QTemporaryDir dir;
    const auto write = [&](const QString &name, const QByteArray &text) -> QString {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return QString();
        f.write(text);
        return f.fileName();
    };
    const QByteArray lists = "hosts:\n  domain-controller: [dc1.corp.test]\n"
                             "  guardian-server: [gsrv1.corp.test]\n"
                             "  recovery-agent: [dc1.corp.test, 127.0.0.1]\n"
                             "  ad-connector: [adc1.corp.test]\n";
    const QString site = write(u"site.yaml"_s, "profile: 1\n" + lists);
    const QString chosen = write(u"chosen.yaml"_s, "profile: 1\nvantage: [ad-connector]\n" + lists);
    const QString elsewhere = write(u"elsewhere.yaml"_s, "profile: 1\nhosts:\n  guardian-server: [gsrv9]\n");
    QVERIFY(!site.isEmpty() && !chosen.isEmpty() && !elsewhere.isEmpty());
    MachineIdentity me;
    me.names = QStringList{u"gsrv1"_s}; // the short name matches the list's FQDN
    me.addresses = {QHostAddress(u"127.0.0.1"_s)};

    auto w = newWizard();
    MachinePage *page = w->machinePage();
    page->setIdentity(me);
    QVERIFY(w->startPage()->openProfile(site));
    QCOMPARE(w->currentId(), int(PortCheckWizard::MachinePageId));
    QCOMPARE(w->context()->profile().vantage, (QStringList{u"guardian-server"_s, u"recovery-agent"_s}));
    QVERIFY(page->roleBox(u"guardian-server"_s)->isChecked());
    QVERIFY(page->roleBox(u"recovery-agent"_s)->isChecked());
    QVERIFY(!page->roleBox(u"ad-connector"_s)->isChecked());
    QVERIFY2(page->proposalText().contains(u"listed as gsrv1.corp.test"_s) &&
                 page->proposalText().contains(u"listed as 127.0.0.1"_s),
             qPrintable(page->proposalText()));
    QVERIFY(page->useProposalButton()->isHidden()); // already what the lists say
    QVERIFY(w->button(QWizard::NextButton)->isEnabled());

    // The profile chose a role itself: it stays, and the lists' roles are one click away.
    auto w2 = newWizard();
    w2->machinePage()->setIdentity(me);
    QVERIFY(w2->startPage()->openProfile(chosen));
    QCOMPARE(w2->context()->profile().vantage, QStringList{u"ad-connector"_s});
    QVERIFY(!w2->machinePage()->useProposalButton()->isHidden());
    QTest::mouseClick(w2->machinePage()->useProposalButton(), Qt::LeftButton);
    QCOMPARE(w2->context()->profile().vantage, (QStringList{u"guardian-server"_s, u"recovery-agent"_s}));
    QVERIFY(!w2->machinePage()->roleBox(u"ad-connector"_s)->isChecked());
    QVERIFY(w2->machinePage()->roleBox(u"guardian-server"_s)->isChecked());
    QVERIFY(w2->machinePage()->useProposalButton()->isHidden());
    clickCheckBox(w2->machinePage()->roleBox(u"ad-connector"_s)); // a hand-made choice brings it back
    QVERIFY(!w2->machinePage()->useProposalButton()->isHidden());

    // Lists that do not name this computer: said, nothing chosen.
    auto w3 = newWizard();
    w3->machinePage()->setIdentity(me);
    QVERIFY(w3->startPage()->openProfile(elsewhere));
    QVERIFY(w3->context()->profile().vantage.isEmpty());
    QVERIFY2(w3->machinePage()->proposalText().contains(u"do not name this computer"_s),
             qPrintable(w3->machinePage()->proposalText()));
    QVERIFY(!w3->button(QWizard::NextButton)->isEnabled());
}

void TestWizard::componentsPage_showsWhatEachModeRequires()
{
    auto w = newWizard();
    w->startPage()->newCheck();
    w->machinePage()->roleBox(u"guardian-server"_s)->setChecked(true);
    w->next();
    ComponentsPage *page = w->componentsPage();
    QCOMPARE(w->currentId(), int(PortCheckWizard::ComponentsPageId));
    QVERIFY(page->componentBox(u"guardian-service"_s)->isChecked());
    QVERIFY(!page->componentBox(u"guardian-service"_s)->isEnabled()); // always installed
    QVERIFY(page->componentBox(u"web-portal"_s)->isChecked());        // on by default
    QVERIFY(!page->componentBox(u"forest-recovery"_s)->isChecked());

    QComboBox *ldap = page->optionBox(u"ldap-mode"_s);
    QVERIFY(page->isOptionShown(u"ldap-mode"_s));
    ldap->setCurrentIndex(ldap->findData(u"ldaps-only"_s));
    QVERIFY2(page->optionEffect(u"ldap-mode"_s).contains(u"636 and 3269 must be open on every DC"_s),
             qPrintable(page->optionEffect(u"ldap-mode"_s)));
    QCOMPARE(w->context()->profile().options.value(u"ldap-mode"_s), u"ldaps-only"_s);

    // The agent's mode matters only with Forest Recovery.
    QVERIFY(!page->isOptionShown(u"agent-ldap-mode"_s));
    clickCheckBox(page->componentBox(u"forest-recovery"_s));
    QVERIFY(page->isOptionShown(u"agent-ldap-mode"_s));
    QVERIFY(w->context()->profile().components.contains(u"forest-recovery"_s));
}

void TestWizard::componentsPage_proxyField_keepsWhatWasTypedAndSaysWhatIsWrong()
{
    auto w = newWizard();
    w->startPage()->newCheck();
    w->machinePage()->roleBox(u"guardian-server"_s)->setChecked(true);
    w->next();
    ComponentsPage *page = w->componentsPage();
    QComboBox *mode = page->proxyModeBox();
    QLineEdit *url = page->proxyEdit();
    QCOMPARE(mode->currentData().toString(), u"system"_s); // the default: the system's setting
    QVERIFY(!url->isEnabled());
    mode->setCurrentIndex(mode->findData(u"url"_s));
    QVERIFY(url->isEnabled());
    QTest::keyClicks(url, u"proxy.corp.example"_s);
    QCOMPARE(url->text(), u"proxy.corp.example"_s); // kept as typed
    QVERIFY2(page->proxyHint().contains(u"no port"_s), qPrintable(page->proxyHint()));
    QVERIFY(w->context()->profile().proxy.isEmpty()); // nothing half-typed reaches the profile
    QTest::keyClicks(url, u":8080"_s);
    QCOMPARE(w->context()->profile().proxy, u"http://proxy.corp.example:8080"_s);
    QVERIFY2(page->proxyHint().contains(u"probed through http://proxy.corp.example:8080"_s),
             qPrintable(page->proxyHint()));
    // What the profile saves, and reads back.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"site.yaml"_s);
    QCOMPARE(w->context()->saveProfile(path).error().english(), QString());
    Profile read;
    QVERIFY(loadProfileFile(path, builtinCatalog(), &read).isEmpty());
    QCOMPARE(read.proxy, u"http://proxy.corp.example:8080"_s);
    mode->setCurrentIndex(mode->findData(u"none"_s));
    QCOMPARE(w->context()->profile().proxy, u"none"_s);
}

// With Azure SQL: its policy, where Guardian runs (which decides the Default policy) and the
// region whose service tag the request names, side by side; none of them without Azure SQL, and
// where Guardian runs only under the Default policy.
void TestWizard::componentsPage_azureSql_policyWhereGuardianRunsAndRegion()
{
    auto w = newWizard();
    w->startPage()->newCheck();
    w->machinePage()->roleBox(u"guardian-server"_s)->setChecked(true);
    w->next();
    ComponentsPage *page = w->componentsPage();
    QVERIFY(!page->isOptionShown(u"azure-sql-policy"_s));
    QVERIFY(!page->isOptionShown(u"guardian-in-azure"_s));
    QVERIFY(!page->isAzureRegionShown());
    clickCheckBox(page->componentBox(u"azure-sql"_s));
    QVERIFY(page->isOptionShown(u"azure-sql-policy"_s));
    QVERIFY(page->isOptionShown(u"guardian-in-azure"_s));
    QVERIFY(page->isAzureRegionShown());
    QCOMPARE(page->optionBox(u"azure-sql-policy"_s)->currentData().toString(), u"default"_s);
    QComboBox *where = page->optionBox(u"guardian-in-azure"_s);
    where->setCurrentIndex(where->findData(u"inside"_s));
    QVERIFY2(page->optionEffect(u"guardian-in-azure"_s).contains(u"11000-11999"_s),
             qPrintable(page->optionEffect(u"guardian-in-azure"_s)));
    QCOMPARE(w->context()->profile().options.value(u"guardian-in-azure"_s), u"inside"_s);
    // Only the Default policy depends on where Guardian runs: under Proxy the question goes away
    // (the answer is kept), under Default it is back.
    QComboBox *policy = page->optionBox(u"azure-sql-policy"_s);
    policy->setCurrentIndex(policy->findData(u"proxy"_s));
    QVERIFY(!page->isOptionShown(u"guardian-in-azure"_s));
    QVERIFY(page->isOptionShown(u"azure-sql-policy"_s));
    policy->setCurrentIndex(policy->findData(u"default"_s));
    QVERIFY(page->isOptionShown(u"guardian-in-azure"_s));
    QCOMPARE(where->currentData().toString(), u"inside"_s);
    QLineEdit *region = page->azureRegionEdit();
    QTest::keyClicks(region, u"west;"_s);
    QVERIFY2(page->azureRegionHint().startsWith(u"Not an Azure region"_s),
             qPrintable(page->azureRegionHint()));
    QCOMPARE(w->context()->profile().azureRegion, u"west"_s); // the last good value stays
    region->clear();
    QTest::keyClicks(region, u"West Europe"_s);
    QCOMPARE(w->context()->profile().azureRegion, u"West Europe"_s);
    QVERIFY2(page->azureRegionHint().contains(u"Sql.WestEurope"_s), qPrintable(page->azureRegionHint()));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"site.yaml"_s);
    QCOMPARE(w->context()->saveProfile(path).error().english(), QString());
    Profile read;
    QVERIFY(loadProfileFile(path, builtinCatalog(), &read).isEmpty());
    QCOMPARE(read.azureRegion, u"West Europe"_s);
    QCOMPARE(read.options.value(u"guardian-in-azure"_s), u"inside"_s);
}

// The settings' service tags file (a copy the test writes) gives the window's and the PDF's
// request the prefixes of the profile's region; a broken file is named in the report's warnings.
void TestWizard::settings_azureServiceTags_reachTheRequest()
{
    auto w = newWizard();
    w->startPage()->newCheck();
    QTemporaryDir dir;
    const QString tags = dir.filePath(u"ServiceTags_Public_20261130.json"_s);
    QFile f(tags);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"changeNumber": 9, "cloud": "Public", "values": [{"name": "Sql.WestEurope",
        "id": "Sql.WestEurope", "properties": {"region": "westeurope", "systemService": "AzureSQL",
        "addressPrefixes": ["13.69.105.0/24", "2603:1020:206::/48"]}}]})");
    f.close();
    SettingsDialog dialog(w->context(), w.get());
    dialog.azureServiceTagsFile()->setText(tags);
    dialog.accept();
    QCOMPARE(w->context()->settings().azureServiceTagsFile, tags);

    Profile profile = Profile::defaults(builtinCatalog());
    profile.vantage = {u"guardian-server"_s};
    profile.components << u"azure-sql"_s;
    profile.azureRegion = u"westeurope"_s;
    profile.hosts.insert(u"azure-sql"_s, {ProfileHost{u"contoso.database.windows.net"_s, {}}});
    const Plan plan = buildPlan(builtinCatalog(), profile);
    RunResult run;
    run.meta.host = u"gsrv1"_s;
    run.meta.vantage = plan.vantage;
    w->context()->setMergedResults(reportFromRun(builtinCatalog(), plan, run));
    QStringList prefixes;
    for (const FirewallRequestRow &r : firewallRequest(builtinCatalog(), w->context()->report())) {
        if (r.link == u"service-sql-tds"_s && r.port == u"1433"_s) {
            QCOMPARE(r.serviceTag, u"Sql.WestEurope"_s);
            prefixes = r.addressPrefixes;
        }
    }
    QCOMPARE(prefixes, (QStringList{u"13.69.105.0/24"_s, u"2603:1020:206::/48"_s}));

    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("{\"values\": 3}");
    f.close();
    QFile::setPermissions(tags, QFile::ReadOwner | QFile::WriteOwner);
    // A new modification time, even on a file system with coarse timestamps.
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(5), QFileDevice::FileModificationTime));
    f.close();
    const ReportData broken = w->context()->report();
    QVERIFY(broken.azureServiceTags.isEmpty());
    QCOMPARE(broken.warnings.size(), 1);
    QVERIFY2(broken.warnings.first().english().contains(u"not Azure's service tags file"_s),
             qPrintable(broken.warnings.first().english()));
}

void TestWizard::hostsPage_validatesAsYouTypeAndSaysWhyNextIsDisabled()
{
    auto w = newWizard();
    w->startPage()->newCheck();
    w->machinePage()->roleBox(u"guardian-server"_s)->setChecked(true);
    w->next();
    w->next();
    HostsPage *page = w->hostsPage();
    QCOMPARE(w->currentId(), int(PortCheckWizard::HostsPageId));
    QVERIFY(page->roles().contains(u"domain-controller"_s));
    QVERIFY(page->roles().contains(u"file-share"_s));
    QVERIFY(!w->button(QWizard::NextButton)->isEnabled());
    QVERIFY2(page->statusText().contains(u"Add at least one host for: "_s) &&
                 page->statusText().contains(u"Domain controller"_s),
             qPrintable(page->statusText()));

    HostListEditor *dcs = page->editor(u"domain-controller"_s);
    page->showRole(u"domain-controller"_s);
    dcs->textEdit()->setFocus();
    typeLines(dcs->textEdit(), u"dc1.corp.example\ndc2.corp.example, 10.0.0.999\nDC1.corp.example"_s);
    QCOMPARE(dcs->validCount(), 2);
    QVERIFY2(dcs->feedbackText().contains(u"Line 2: '10.0.0.999'"_s), qPrintable(dcs->feedbackText()));
    QVERIFY2(dcs->feedbackText().contains(u"1 duplicate ignored"_s), qPrintable(dcs->feedbackText()));
    QVERIFY(!w->button(QWizard::NextButton)->isEnabled());
    QVERIFY2(page->statusText().contains(
                 u"Correct or remove the invalid entries in: Domain controller (1 invalid)"_s),
             qPrintable(page->statusText()));

    dcs->textEdit()->setPlainText(u"dc1.corp.example\ndc2.corp.example"_s);
    QVERIFY(dcs->feedbackText().startsWith(u"2 hosts ready."_s));
    QVERIFY(!page->statusText().contains(u"Domain controller"_s));
    for (const QString &role : page->roles()) {
        HostListEditor *e = page->editor(role);
        if (!e->isReady())
            e->textEdit()->setPlainText(role + u".corp.example"_s);
    }
    QVERIFY(w->button(QWizard::NextButton)->isEnabled());
    QCOMPARE(page->statusText(), u"Every role has its hosts."_s);
    QCOMPARE(w->context()->profile().hosts.value(u"domain-controller"_s).size(), 2);
}

// Microsoft 365: the modes page offers the Microsoft cloud; the hosts page tests Microsoft's
// published names for it when left empty, and a role only an optional link needs may stay empty.
void TestWizard::microsoft365_cloudPicksThePublishedNames_optionalRoleMayStayEmpty()
{
    auto w = newWizard();
    w->startPage()->newCheck();
    w->machinePage()->roleBox(u"guardian-server"_s)->setChecked(true);
    w->next();
    ComponentsPage *modes = w->componentsPage();
    QVERIFY(!modes->isOptionShown(u"cloud"_s));
    modes->componentBox(u"microsoft-365"_s)->setChecked(true);
    QVERIFY(modes->isOptionShown(u"cloud"_s));
    QComboBox *cloud = modes->optionBox(u"cloud"_s);
    cloud->setCurrentIndex(cloud->findData(u"dod"_s));
    QCOMPARE(w->context()->profile().options.value(u"cloud"_s), u"dod"_s);
    w->next();
    HostsPage *page = w->hostsPage();
    for (const char16_t *role :
         {u"microsoft-365", u"exchange-online", u"exchange-smtp", u"certificate-revocation"})
        QVERIFY2(page->roles().contains(QString::fromUtf16(role)), qPrintable(QString::fromUtf16(role)));
    HostListEditor *m365 = page->editor(u"microsoft-365"_s);
    QVERIFY(m365->isReady());
    QVERIFY2(m365->feedbackText().contains(u"dod-graph.microsoft.us"_s), qPrintable(m365->feedbackText()));
    // DoD has no SMTP name in the built-in list; the SMTP link is optional, so it does not block.
    HostListEditor *smtp = page->editor(u"exchange-smtp"_s);
    QVERIFY(!smtp->hasDefaults());
    QVERIFY(!page->statusText().contains(u"Exchange Online SMTP"_s));
    for (const QString &role : page->roles()) {
        HostListEditor *e = page->editor(role);
        if (!e->isReady() && role != u"exchange-smtp"_s)
            e->textEdit()->setPlainText(role + u".corp.example"_s);
    }
    QVERIFY2(w->button(QWizard::NextButton)->isEnabled(), qPrintable(page->statusText()));
    // A wrong entry there still blocks.
    smtp->textEdit()->setPlainText(u"smtp .example"_s);
    QVERIFY(!w->button(QWizard::NextButton)->isEnabled());
}

void TestWizard::hostsPage_portOverridesAndImport()
{
    auto w = newWizard();
    w->startPage()->newCheck();
    w->machinePage()->roleBox(u"guardian-server"_s)->setChecked(true);
    w->next();
    w->next();
    HostListEditor *dcs = w->hostsPage()->editor(u"domain-controller"_s);
    dcs->textEdit()->setPlainText(u"dc1.corp.example 389=10389 636=10636\ndc2.corp.example:389\n389=1"_s);
    QCOMPARE(dcs->validCount(), 1);
    QVERIFY2(dcs->feedbackText().contains(u"'dc2.corp.example:389': a host here has no port of its own"_s),
             qPrintable(dcs->feedbackText()));
    QVERIFY2(dcs->feedbackText().contains(u"a port override must follow the host it belongs to"_s),
             qPrintable(dcs->feedbackText()));
    const QList<ProfileHost> hosts = w->context()->profile().hosts.value(u"domain-controller"_s);
    QCOMPARE(hosts.size(), 1);
    QCOMPARE(hosts.first().portOverrides.value(389), quint16(10389));
    QCOMPARE(hosts.first().portOverrides.value(636), quint16(10636));

    QTemporaryDir dir;
    const QString csv = dir.filePath(u"dcs.csv"_s);
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Name,IPv4Address,Site\n\"dc3.corp.example\",10.0.0.3,HQ\ndc4.corp.example,x\n\ndc3.corp.example,"
            "1,2\n");
    f.close();
    dcs->textEdit()->setPlainText(u"dc1.corp.example"_s);
    QCOMPARE(dcs->importFile(csv).error().english(), QString());
    QCOMPARE(dcs->textEdit()->toPlainText(),
             u"dc1.corp.example\ndc3.corp.example\ndc4.corp.example\ndc3.corp.example"_s);
    QCOMPARE(dcs->validCount(), 3);
    QVERIFY(dcs->feedbackText().contains(u"1 duplicate ignored"_s));
    QVERIFY2(dcs->feedbackText().contains(u"Last import: 3 hosts from the column \"Name\" of dcs.csv."_s),
             qPrintable(dcs->feedbackText()));
    QVERIFY(dcs->importFile(dir.filePath(u"missing.txt"_s)).error().english().contains(u"cannot be read"_s));
    QVERIFY(dcs->feedbackText().contains(u"cannot be read"_s)); // said where the user looks
    QFile binary(dir.filePath(u"b.txt"_s));
    QVERIFY(binary.open(QIODevice::WriteOnly));
    binary.write(QByteArray("dc1\0\x01", 5));
    binary.close();
    QVERIFY(dcs->importFile(binary.fileName()).error().english().contains(u"not a text file"_s));
}

void TestWizard::closedAndReopened_keepsEverythingTyped()
{
    {
        auto w = newWizard();
        w->startPage()->newCheck();
        w->machinePage()->roleBox(u"ad-connector"_s)->setChecked(true);
        w->next();
        w->componentsPage()->componentBox(u"ad-connector"_s)->setChecked(true);
        w->componentsPage()->optionBox(u"ldap-mode"_s)->setCurrentIndex(1);
        w->next();
        HostListEditor *dcs = w->hostsPage()->editor(u"domain-controller"_s);
        dcs->textEdit()->setFocus();
        // Typed, including a mistake: the mistake must come back too.
        typeLines(dcs->textEdit(), u"dc1.corp.example\ndc_bad\n"_s);
        dcs->domainEdit()->setText(u"corp.example"_s);
        Q_EMIT dcs->domainEdit()->textEdited(u"corp.example"_s);
        // closed without any save action (the window's close button)
        w->close();
    }
    QVERIFY(QFile::exists(SessionStore::defaultPath()));
    auto w = newWizard();
    QAbstractButton *reopen = nullptr;
    for (QAbstractButton *b : w->startPage()->findChildren<QAbstractButton *>()) {
        if (b->text().contains(u"Reopen"_s))
            reopen = b;
    }
    QVERIFY(reopen && reopen->isEnabled());
    // The start page tells what was saved: one valid host (the mistake is kept, not counted).
    const auto *link = qobject_cast<QCommandLinkButton *>(reopen);
    QVERIFY(link);
    QVERIFY2(link->description().contains(u", 1 host."_s), qPrintable(link->description()));
    QTest::mouseClick(reopen, Qt::LeftButton);
    QCOMPARE(w->currentId(), int(PortCheckWizard::MachinePageId));
    QVERIFY(w->machinePage()->roleBox(u"ad-connector"_s)->isChecked());
    QVERIFY(!w->machinePage()->roleBox(u"guardian-server"_s)->isChecked());
    w->next();
    QVERIFY(w->componentsPage()->componentBox(u"ad-connector"_s)->isChecked());
    QCOMPARE(w->componentsPage()->optionBox(u"ldap-mode"_s)->currentIndex(), 1);
    w->next();
    HostListEditor *dcs = w->hostsPage()->editor(u"domain-controller"_s);
    QCOMPARE(dcs->textEdit()->toPlainText(), u"dc1.corp.example\ndc_bad\n"_s);
    QCOMPARE(dcs->errorCount(), 1);
    QCOMPARE(dcs->domainEdit()->text(), u"corp.example"_s);

    // A crash between two saves loses at most the last half second: the file is written while
    // the window is still open.
    dcs->textEdit()->setPlainText(u"dc9.corp.example"_s);
    const auto saved = [] {
        QFile file(SessionStore::defaultPath());
        return file.open(QIODevice::ReadOnly) && file.readAll().contains("dc9.corp.example");
    };
    QVERIFY(!saved());
    QTRY_VERIFY_WITH_TIMEOUT(saved(), 3000);
}

void TestWizard::openProfile_badFileShowsEveryProblem()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bad.yaml"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("profile: 1\nvantage: [guardian-server, nobody]\nhosts:\n  domain-controller: ['dc 1']\n");
    f.close();
    auto w = newWizard();
    QVERIFY(!w->startPage()->openProfile(path));
    QCOMPARE(w->currentId(), int(PortCheckWizard::StartPageId));
    const QString error = w->startPage()->errorText();
    QVERIFY2(error.contains(path + u":2:28:"_s) && error.contains(path + u":4:23:"_s), qPrintable(error));

    const QString good = dir.filePath(u"good.yaml"_s);
    QFile g(good);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write("profile: 1\nvantage: [guardian-server]\nhosts:\n  domain-controller: [dc1.corp.example]\n");
    g.close();
    QVERIFY(w->startPage()->openProfile(good));
    QCOMPARE(w->currentId(), int(PortCheckWizard::MachinePageId));
    QVERIFY(w->machinePage()->roleBox(u"guardian-server"_s)->isChecked());
    QCOMPARE(w->context()->hostText(u"domain-controller"_s), u"dc1.corp.example"_s);
}

void TestWizard::discovery_fillsTheListOrSaysWhy()
{
    PORTCHECK_SKIP_UNDER_WINE("Wine answers a DNS server of this process on 0.0.0.0:53 (its replies come "
                              "from another address than asked)");
    auto w = newWizard();
    w->startPage()->newCheck();
    w->machinePage()->roleBox(u"guardian-server"_s)->setChecked(true);
    w->next();
    w->next();
    HostListEditor *dcs = w->hostsPage()->editor(u"domain-controller"_s);
    QVERIFY(dcs->hasDiscovery());
    QVERIFY(!w->hostsPage()->editor(u"file-share"_s)->hasDiscovery());

    QTest::mouseClick(dcs->discoverButton(), Qt::LeftButton);
    QVERIFY(dcs->discoveryText().contains(u"Type the DNS name of the domain first"_s));

    dcs->domainEdit()->setText(u"corp.test"_s);
    dcs->nameserverEdit()->setText(u"::1"_s);
    QTest::mouseClick(dcs->discoverButton(), Qt::LeftButton);
    QVERIFY2(dcs->discoveryText().contains(u"is IPv6"_s), qPrintable(dcs->discoveryText()));
    QVERIFY(!dcs->isDiscovering());

    if (!m_dnsListening)
        QSKIP("binding 127.0.0.78:53 needs root");
    dcs->textEdit()->setPlainText(u"dc1.corp.test"_s);
    dcs->nameserverEdit()->setText(u"127.0.0.78"_s);
    QTest::mouseClick(dcs->discoverButton(), Qt::LeftButton);
    QVERIFY(dcs->isDiscovering());
    QVERIFY(!dcs->discoverButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!dcs->isDiscovering(), 8000);
    QVERIFY(dcs->discoverButton()->isEnabled());
    QVERIFY2(
        dcs->discoveryText().startsWith(u"Found 2 domain controllers in corp.test; 1 new in the list."_s),
        qPrintable(dcs->discoveryText()));
    QCOMPARE(dcs->validCount(), 2);

    dcs->domainEdit()->setText(u"nowhere.test"_s);
    QTest::mouseClick(dcs->discoverButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dcs->isDiscovering(), 8000);
    QVERIFY2(dcs->discoveryText().contains(u"nowhere.test"_s), qPrintable(dcs->discoveryText()));
    QCOMPARE(dcs->validCount(), 2); // nothing lost
}

void TestWizard::demo_endToEnd_countsVerdictsAndExports()
{
    PORTCHECK_SKIP_UNDER_WINE(
        "the demo's TLS responders need a TLS server side, which Wine's Schannel lacks");
    auto w = newWizard();
    QVERIFY(w->startPage()->startDemo());
    QCOMPARE(w->currentId(), int(PortCheckWizard::MachinePageId));
    QVERIFY(w->button(QWizard::NextButton)->isEnabled());
    w->next();
    w->next();
    QCOMPARE(w->currentId(), int(PortCheckWizard::HostsPageId));
    QVERIFY(w->button(QWizard::NextButton)->isEnabled());
    w->next();
    QCOMPARE(w->currentId(), int(PortCheckWizard::RunPageId));
    RunPage *run = w->runPage();
    const int expected = static_cast<int>(w->context()->run()->plan().probeTargets().size());
    QVERIFY(expected > 10);
    QCOMPARE(run->checkCount(), expected);
    QCOMPARE(run->table()->model()->rowCount(), expected);
    QVERIFY(!w->button(QWizard::NextButton)->isEnabled()); // not before the run ends
    QVERIFY(run->cancelButton()->isEnabled());
    QVERIFY(waitForSignal(run, &RunPage::runFinished, 30000));
    QVERIFY(w->button(QWizard::NextButton)->isEnabled());
    QVERIFY2(run->progressText().startsWith(QString::number(expected) + u" of "_s +
                                            QString::number(expected) + u" done"_s),
             qPrintable(run->progressText()));
    QVERIFY(run->rerunButton()->isEnabled()); // the demo has failures

    // Filter by state: "Problems only" leaves the failing probes.
    run->filterBox()->setCurrentIndex(1);
    const int problems = run->proxy()->rowCount();
    QVERIFY(problems > 0 && problems < expected);
    // every unsuccessful probe but those no link needs (the share's 139 while 445 answers)
    auto *checks = qobject_cast<CheckTableModel *>(run->proxy()->sourceModel());
    int notNeeded = 0;
    for (int row = 0; row < checks->rowCount(); ++row)
        notNeeded += checks->isNotNeeded(row) ? 1 : 0;
    QVERIFY(notNeeded > 0);
    QCOMPARE(problems, static_cast<int>(w->context()->run()->unsuccessfulTargets().size()) - notNeeded);
    run->filterBox()->setCurrentIndex(0);
    QCOMPARE(run->proxy()->rowCount(), expected);
    // Sort by port.
    run->table()->sortByColumn(CheckTableModel::PortColumn, Qt::AscendingOrder);
    QVERIFY(run->proxy()->index(0, CheckTableModel::PortColumn).data(CheckTableModel::SortRole).toInt() <=
            run->proxy()
                ->index(expected - 1, CheckTableModel::PortColumn)
                .data(CheckTableModel::SortRole)
                .toInt());

    w->next();
    ResultsPage *results = w->resultsPage();
    QCOMPARE(w->currentId(), int(PortCheckWizard::ResultsPageId));
    const VerdictSummary s = results->summary();
    // The inspecting proxy's certificate and the agent's silent 443 fail their links (verdict rules).
    QCOMPARE(s.pass, 7);
    QCOMPARE(s.warn, 3);
    QCOMPARE(s.fail, 3);
    QCOMPARE(s.notTested, 11);
    QVERIFY2(results->headlineText().startsWith(u"3 links fail"_s), qPrintable(results->headlineText()));
    QVERIFY(results->headlineText().contains(u"7 pass · 3 warn · 3 fail · 11 not tested from here"_s));
    QCOMPARE(results->verdictTable()->model()->rowCount(), 24);
    // Sorted worst first, and the first row selected: its evidence and remediation show.
    QCOMPARE(results->verdictTable()->model()->index(0, 0).data().toString(), u"Fail"_s);
    QVERIFY2(results->evidenceText().contains(u"What to change"_s), qPrintable(results->evidenceText()));
    QVERIFY(results->evidenceText().contains(u"Evidence"_s));
    // A link from another machine says what to run there.
    for (const Verdict &v : results->verdicts()) {
        if (v.level == VerdictLevel::NotTested) {
            results->selectVerdict(v.link, v.host);
            QVERIFY2(results->evidenceText().contains(u"guardian-portcheck probe "_s),
                     qPrintable(results->evidenceText()));
            break;
        }
    }

    // The filter keeps the rows that hold what is typed, in any column, still worst first.
    {
        const Verdict failing = *std::find_if(results->verdicts().cbegin(), results->verdicts().cend(),
                                              [](const Verdict &v) { return v.level == VerdictLevel::Fail; });
        const QAbstractItemModel *shown = results->verdictTable()->model();
        // A row of another host selected first: the filter hides it, and the row that takes its
        // place is both highlighted and the one whose evidence shows.
        for (int row = shown->rowCount() - 1; row >= 0; --row) {
            if (!shown->index(row, 2).data().toString().contains(failing.host)) {
                results->verdictTable()->selectRow(row);
                break;
            }
        }
        QTest::keyClicks(results->verdictFilter(), failing.host);
        QVERIFY(results->verdictTable()->selectionModel()->hasSelection());
        const QModelIndex selected = results->verdictTable()->selectionModel()->selectedRows().value(0);
        QCOMPARE(selected.row(), results->verdictTable()->currentIndex().row());
        QVERIFY(shown->rowCount() > 0);
        QVERIFY(shown->rowCount() < 24);
        for (int row = 0; row < shown->rowCount(); ++row)
            QVERIFY2(shown->index(row, 2).data().toString().contains(failing.host),
                     qPrintable(shown->index(row, 2).data().toString()));
        QCOMPARE(shown->index(0, 0).data().toString(), u"Fail"_s);
        QVERIFY2(results->evidenceText().contains(failing.host), qPrintable(results->evidenceText()));
        // Case does not matter; a verdict word is a filter too.
        results->verdictFilter()->setText(u"FAIL"_s);
        QVERIFY(shown->rowCount() >= 3);
        QVERIFY(shown->rowCount() < 24);
        for (int row = 0; row < shown->rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < shown->columnCount(); ++column)
                cells << shown->index(row, column).data().toString();
            QVERIFY2(cells.join(u' ').contains(u"fail"_s, Qt::CaseInsensitive), qPrintable(cells.join(u' ')));
        }
        // Nothing matches: no row, and no evidence of a row that is not shown.
        results->verdictFilter()->setText(u"no-such-host.invalid"_s);
        QCOMPARE(shown->rowCount(), 0);
        QVERIFY(results->evidenceText().isEmpty());
        // A link clicked in the diagram while the filter hides it: the filter goes, the row shows.
        results->selectVerdict(failing.link, failing.host);
        QVERIFY(results->verdictFilter()->text().isEmpty());
        QCOMPARE(shown->rowCount(), 24);
        QVERIFY2(results->evidenceText().contains(failing.host), qPrintable(results->evidenceText()));
    }

    QTemporaryDir dir;
    const QString json = dir.filePath(u"r.json"_s);
    QCOMPARE(results->exportJson(json).error().english(), QString());
    QFile jf(json);
    QVERIFY(jf.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(jf.readAll()).object();
    QCOMPARE(doc.value(u"summary"_s).toObject().value(u"fail"_s).toInt(), 3);
    const QString csv = dir.filePath(u"f.csv"_s);
    QCOMPARE(results->exportFirewallRequest(csv).error().english(), QString());
    QFile cf(csv);
    QVERIFY(cf.open(QIODevice::ReadOnly));
    const QString csvText = QString::fromUtf8(cf.readAll());
    QVERIFY(csvText.startsWith(u"source,source address,destination,destination address,service,action,"_s));
    QVERIFY(csvText.contains(u",yes,"_s)); // a change is needed somewhere
    QVERIFY(csvText.contains(u"not tested from here"_s));
    // The window's firewall request: the same rows, only what the modes need (445 works: no 139).
    QTableWidget *firewall = results->firewallTable();
    QVERIFY(firewall->rowCount() > 0);
    QStringList requestRows;
    for (int row = 0; row < firewall->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < firewall->columnCount(); ++column)
            cells << firewall->item(row, column)->text();
        requestRows << cells.join(u" | "_s);
    }
    const QString request = requestRows.join(u'\n');
    QVERIFY2(request.contains(u"verified open, no change"_s), qPrintable(request));
    QVERIFY2(request.contains(u"recommended"_s), qPrintable(request));
    for (int row = 0; row < firewall->rowCount(); ++row)
        QVERIFY2(!firewall->item(row, 4)->text().startsWith(u"139 "_s), qPrintable(request));
    QVERIFY(!csvText.contains(QRegularExpression(u",139[ ,]"_s)));
    // One row per rule, as in the report ("Domain controller: 2 hosts"; the demo's DCs differ, so
    // none is grouped here: tst_report has 45): every row of the CSV, one per host, is in one.
    int hostsInWindow = 0;
    const QRegularExpression hosts(u": (\\d+) hosts$"_s);
    for (int row = 0; row < firewall->rowCount(); ++row) {
        const QRegularExpressionMatch m = hosts.match(firewall->item(row, 3)->text());
        hostsInWindow += m.hasMatch() ? m.captured(1).toInt() : 1;
    }
    QCOMPARE(hostsInWindow, csvText.trimmed().split(u'\n').size() - 1);
    const QString summary = results->plainSummary();
    QVERIFY2(summary.contains(u"Overall: Fail (7 pass, 3 warn, 3 fail, 11 not tested from here)"_s),
             qPrintable(summary));
    QVERIFY(summary.contains(u"- FAIL: "_s));
    QVERIFY(summary.contains(u"Fix: "_s));
    QVERIFY(w->button(QWizard::FinishButton)->isVisible());

    // Re-test the failing link (what a double-click on it in the diagram does).
    const Verdict failing = *std::find_if(results->verdicts().cbegin(), results->verdicts().cend(),
                                          [](const Verdict &v) { return v.level == VerdictLevel::Fail; });
    QVERIFY(results->retest(failing.link, failing.host));
    QVERIFY(waitForSignal(results, &ResultsPage::retestFinished, 20000));
    QCOMPARE(results->summary().fail, 3);
    QVERIFY(results->verdictTable()->selectionModel()->hasSelection());
    QVERIFY(results->evidenceText().contains(failing.host));

    const QString pdf = dir.filePath(u"r.pdf"_s);
    QCOMPARE(results->exportPdf(pdf).error().english(), QString());
    QVERIFY(QFileInfo(pdf).size() > 10000);
    // The same report as one HTML file, with the retested verdicts (3 fail).
    const QString html = dir.filePath(u"r.html"_s);
    QCOMPARE(results->exportHtml(html).error().english(), QString());
    QFile htmlFile(html);
    QVERIFY(htmlFile.open(QIODevice::ReadOnly));
    QCOMPARE(htmlFile.readAll().count("data-verdict=\"fail\""), 3);

    // The saved results open again, straight on the results page (the merge of one machine).
    auto again = newWizard();
    QVERIFY(!again->startPage()->openResults({json, dir.filePath(u"missing.json"_s)}));
    QVERIFY(again->startPage()->errorText().contains(u"missing.json"_s));
    QVERIFY(again->startPage()->openResults({json}));
    QCOMPARE(again->currentId(), int(PortCheckWizard::ResultsPageId));
    QCOMPARE(again->resultsPage()->summary().fail, 3);
    QCOMPARE(again->resultsPage()->summary().notTested, 11);
    QVERIFY(!again->resultsPage()->retest(u"service-dc-ldap"_s, u"127.0.0.1"_s)); // nothing to re-run here
}

// Before and after a change, opened in the wizard: one host's ports closed before (the demo's
// responders for it unreachable), open after. The results page shows the after run, what was fixed,
// and the rules the run before asked for, verified; its PDF has the section the board signs.
void TestWizard::compare_beforeAndAfter_showsWhatChangedAndTheReportSaysIt()
{
    PORTCHECK_SKIP_UNDER_WINE(
        "the demo's TLS responders need a TLS server side, which Wine's Schannel lacks");
    DemoSite site;
    QVERIFY(site.start().ok());
    const auto runToFile = [&](const Profile &profile, const QString &path) -> bool {
        RunSettings settings;
        settings.probe.connectTimeoutMs = profile.connectTimeoutMs;
        settings.probe.protocolTimeoutMs = profile.protocolTimeoutMs;
        settings.probe.domain = profile.domain;
        settings.probe.extraCaCertificates = site.trustAnchors();
        PlanRun run(m_catalog, buildPlan(m_catalog, profile), settings);
        run.start(RunMetadata::now(m_catalog));
        if (run.isRunning() && !waitForSignal(&run, &PlanRun::finished, 30000))
            return false;
        QFile file(path);
        return file.open(QIODevice::WriteOnly) &&
               file.write(runResultJson(m_catalog, run.plan(), run.result(),
                                        computeVerdicts(m_catalog, run.plan(), run.result().index()))) > 0;
    };
    QTemporaryDir dir;
    const QString before = dir.filePath(u"before.json"_s);
    const QString after = dir.filePath(u"after.json"_s);
    const Profile fixed = site.profile();
    QVERIFY(runToFile(fixed, after));

    // Before: every port of the first domain controller goes to a port nobody listens on.
    Profile broken = fixed;
    QList<ProfileHost> &dcs = broken.hosts[u"domain-controller"_s];
    QVERIFY(!dcs.isEmpty());
    ProfileHost &dc = dcs.first();
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress(dc.host)));
    const quint16 closed = probe.serverPort();
    probe.close();
    for (auto it = dc.portOverrides.begin(); it != dc.portOverrides.end(); ++it)
        it.value() = closed;
    QVERIFY(!dc.portOverrides.isEmpty());
    QVERIFY(runToFile(broken, before));

    auto w = newWizard();
    StartPage *start = w->startPage();
    QVERIFY(!start->openComparison(before, dir.filePath(u"missing.json"_s)));
    QVERIFY2(start->errorText().contains(u"missing.json"_s), qPrintable(start->errorText()));
    QVERIFY2(start->errorText().startsWith(u"The two results files cannot be compared"_s),
             qPrintable(start->errorText()));
    QCOMPARE(w->currentId(), int(PortCheckWizard::StartPageId));

    QVERIFY(start->openComparison(before, after));
    QCOMPARE(w->currentId(), int(PortCheckWizard::ResultsPageId));
    ResultsPage *results = w->resultsPage();
    QVERIFY(results->showsComparison());
    // The page shows the after run: the demo's three failures, none on the domain controller.
    QCOMPARE(results->summary().fail, 3);
    QVERIFY2(results->headlineText().contains(u"(after the change: "_s), qPrintable(results->headlineText()));
    QVERIFY2(results->comparisonSummaryText().contains(u" fixed, 0 newly broken, "_s),
             qPrintable(results->comparisonSummaryText()));

    QTableWidget *changes = results->changeTable();
    QVERIFY(changes->rowCount() > 0);
    QStringList fixedLinks;
    for (int row = 0; row < changes->rowCount(); ++row) {
        // what still fails (the demo's certificate faults) is listed; everything that moved is the DC's
        if (changes->item(row, 0)->text() != u"still failing"_s)
            QCOMPARE(changes->item(row, 2)->text(), dc.host);
        if (changes->item(row, 0)->text() == u"fixed"_s)
            fixedLinks << changes->item(row, 0)->data(Qt::UserRole + 3).toString();
    }
    QVERIFY2(fixedLinks.contains(u"service-dc-ldap"_s), qPrintable(fixedLinks.join(u' ')));
    // Selecting a change shows that link's evidence now.
    changes->setCurrentCell(0, 1);
    QVERIFY2(results->evidenceText().contains(dc.host), qPrintable(results->evidenceText()));

    // The rules the run before asked for: the DC's are verified open now.
    QTableWidget *rules = results->ruleTable();
    int verified = 0;
    for (int row = 0; row < rules->rowCount(); ++row)
        verified +=
            rules->item(row, 0)->text() == u"verified open"_s && rules->item(row, 2)->text() == dc.host;
    QVERIFY2(verified > 0, qPrintable(results->comparisonSummaryText()));

    // The report says the same: the section, and the verified rules.
    const QString pdf = dir.filePath(u"change.pdf"_s);
    QCOMPARE(results->exportPdf(pdf).error().english(), QString());
    QVERIFY(QFileInfo(pdf).size() > 10000);
    if (!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty()) { // poppler: on Linux, not on Windows
        QProcess text;
        text.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
        QVERIFY(text.waitForFinished(60000));
        const QString printed = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(printed.contains(u"Before and after the change"_s), qPrintable(printed.left(3000)));
        QVERIFY(printed.contains(u"verified open"_s));
    }
    const QString html = dir.filePath(u"change.html"_s);
    QCOMPARE(results->exportHtml(html).error().english(), QString());
    QFile htmlFile(html);
    QVERIFY(htmlFile.open(QIODevice::ReadOnly));
    const QByteArray htmlText = htmlFile.readAll();
    QVERIFY(htmlText.contains("data-change=\"fixed\""));
    QVERIFY(htmlText.contains("data-check=\"verified\""));

    // Opening plain results afterwards shows no comparison.
    auto again = newWizard();
    QVERIFY(again->startPage()->openResults({after}));
    QVERIFY(!again->resultsPage()->showsComparison());
    // Its coverage: the demo ran as the Guardian server only, so the links that start elsewhere
    // (the admin workstation's) still need a run there, with the command for it.
    QVERIFY(again->resultsPage()->showsCoverage());
    const QString coverage = again->resultsPage()->coverageText();
    QVERIFY2(coverage.contains(u"Coverage incomplete"_s), qPrintable(coverage));
    QVERIFY2(coverage.contains(u"Still to run:"_s) && coverage.contains(u"guardian-portcheck run "_s),
             qPrintable(coverage));
}

void TestWizard::run_cancelAndRerunFailed()
{
    PORTCHECK_SKIP_UNDER_WINE(
        "the demo's TLS responders need a TLS server side, which Wine's Schannel lacks");
    auto w = newWizard();
    QVERIFY(startDemoRun(w.get()));
    RunPage *run = w->runPage();
    QVERIFY(run->isRunning());
    QTest::mouseClick(run->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!run->isRunning(), 3000);
    QVERIFY(run->progressText().contains(u"cancelled"_s));
    QVERIFY(w->button(QWizard::NextButton)->isEnabled());

    // Re-run what failed or never ran: afterwards every probe has a result.
    QVERIFY(run->rerunButton()->isEnabled());
    QTest::mouseClick(run->rerunButton(), Qt::LeftButton);
    QVERIFY(run->isRunning());
    QVERIFY(waitForSignal(run, &RunPage::runFinished, 30000));
    QVERIFY2(run->progressText().startsWith(QString::number(run->checkCount()) + u" of "_s),
             qPrintable(run->progressText()));
    w->next();
    QCOMPARE(w->resultsPage()->summary().fail, 3);
    QCOMPARE(w->resultsPage()->summary().pass, 7);
}

void TestWizard::keyboardOnly_reachesTheRunPage()
{
    auto w = newWizard();
    QApplication::setActiveWindow(w.get());
    QVERIFY(QTest::qWaitForWindowActive(w.get()));
    // The first choice has the focus; Space presses it.
    QWidget *focused = QApplication::focusWidget();
    QVERIFY(focused);
    QVERIFY2(qobject_cast<QAbstractButton *>(focused) &&
                 qobject_cast<QAbstractButton *>(focused)->text().remove(u'&').contains(u"New check"_s),
             focused->metaObject()->className());
    QTest::keyClick(focused, Qt::Key_Space);
    QCOMPARE(w->currentId(), int(PortCheckWizard::MachinePageId));
    // Tab to the first role and tick it, then Alt+N for Next.
    QCheckBox *server = w->machinePage()->roleBox(u"guardian-server"_s);
    for (int i = 0; i < 20 && QApplication::focusWidget() != server; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), server);
    QTest::keyClick(server, Qt::Key_Space);
    QVERIFY(server->isChecked());
    // Return presses the default button, Next.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(w->currentId(), int(PortCheckWizard::ComponentsPageId));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(w->currentId(), int(PortCheckWizard::HostsPageId));
    // Type into the host list that has the focus after tabbing to it.
    HostsPage *page = w->hostsPage();
    for (const QString &role : page->roles()) {
        page->showRole(role);
        QPlainTextEdit *edit = page->editor(role)->textEdit();
        for (int i = 0; i < 30 && QApplication::focusWidget() != edit; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), edit);
        if (!page->editor(role)->isReady())
            QTest::keyClicks(edit, u"127.0.0.1"_s);
    }
    QVERIFY(w->button(QWizard::NextButton)->isEnabled());
}

void TestWizard::everyInput_hasAnAccessibleName()
{
    auto w = newWizard();
    QVERIFY(w->startPage()->startDemo());
    QStringList unnamed;
    for (QWidget *widget : w->findChildren<QWidget *>()) {
        const bool input = qobject_cast<QLineEdit *>(widget) || qobject_cast<QPlainTextEdit *>(widget) ||
                           qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget) ||
                           qobject_cast<QAbstractItemView *>(widget) ||
                           qobject_cast<QAbstractButton *>(widget);
        if (!input || widget->inherits("QHeaderView") || widget->inherits("QComboBoxListView") ||
            widget->inherits("QTableCornerButton"))
            continue;
        const auto *button = qobject_cast<QAbstractButton *>(widget);
        const bool named = !widget->accessibleName().isEmpty() || (button && !button->text().isEmpty());
        if (!named)
            unnamed << QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName();
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
}

void TestWizard::settings_applyAndPersist()
{
    auto w = newWizard();
    w->startPage()->newCheck();
    {
        SettingsDialog dialog(w->context(), w.get());
        QCOMPARE(dialog.connectTimeout()->value(), 3000);
        dialog.connectTimeout()->setValue(2500);
        dialog.perHost()->setValue(4);
        dialog.language()->setCurrentIndex(dialog.language()->findData(u"de"_s));
        dialog.caFile()->setText(u"/nonexistent/ca.pem"_s);
        dialog.accept();
    }
    QCOMPARE(w->context()->profile().connectTimeoutMs, 2500);
    QCOMPARE(w->context()->profile().perHostLimit, 4);
    QString caProblem;
    w->context()->runSettings(&caProblem);
    QVERIFY2(caProblem.contains(u"/nonexistent/ca.pem holds no PEM certificate"_s), qPrintable(caProblem));
    const AppSettings saved = AppSettings::load();
    QCOMPARE(saved.connectTimeoutMs, 2500);
    QCOMPARE(saved.language, u"de"_s);
    // A new check starts from the saved settings.
    auto second = newWizard();
    second->startPage()->newCheck();
    QCOMPARE(second->context()->profile().connectTimeoutMs, 2500);
}

void TestWizard::german_windowAndButtons()
{
    QVERIFY(installTranslations(u"de"_s).startsWith(u"de"_s));
    {
        auto w = newWizard();
        QCOMPARE(w->startPage()->title(), u"Die Netzwerkpfade prüfen, die Cayosoft Guardian braucht"_s);
        QCOMPARE(w->button(QWizard::CancelButton)->text(), u"Abbrechen"_s); // Qt's own translation
        w->startPage()->newCheck();
        QVERIFY(w->machinePage()->statusText().startsWith(u"Wählen Sie mindestens eine Rolle"_s));
        // host-list mistakes are explained in German as they are typed, with the entry as typed
        w->machinePage()->roleBox(u"guardian-server"_s)->setChecked(true);
        w->next();
        w->next();
        HostListEditor *dcs = w->hostsPage()->editor(u"domain-controller"_s);
        QVERIFY(dcs);
        dcs->textEdit()->setPlainText(u"dc_1.corp.example\n10.0.0.999\ndc2.corp.example 389=99999"_s);
        const QString feedback = dcs->feedbackText();
        for (const QString &words : {u"„dc_1.corp.example“ enthält „_“, das in Hostnamen nicht erlaubt ist"_s,
                                     u"„10.0.0.999“ ist keine gültige IPv4-Adresse: 999 ist größer als 255"_s,
                                     u"eine Port-Überschreibung lautet KATALOGPORT=PORT"_s})
            QVERIFY2(feedback.contains(words), qPrintable(feedback));
    }
    installTranslations(u"en"_s);
}

void TestWizard::german_resultsReadInGerman()
{
    PORTCHECK_SKIP_UNDER_WINE(
        "the demo's TLS responders need a TLS server side, which Wine's Schannel lacks");
    // Verdict reasons, probe evidence, remediation and the catalog's names come from model/ and
    // the YAML: they read in German too, while the exported JSON stays English.
    QVERIFY(installTranslations(u"de"_s).startsWith(u"de"_s));
    {
        auto w = newWizard();
        QVERIFY(runDemoToResults(w.get()));
        ResultsPage *results = w->resultsPage();
        QStringList cells;
        const QAbstractItemModel *model = results->verdictTable()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column)
                cells << model->index(row, column).data().toString();
        }
        const QString table = cells.join(u'\n');
        for (const QString &word : {u"Guardian-Server → Domänencontroller"_s, u"fehlgeschlagen: "_s,
                                    u"funktioniert über den LDAPS-Fallback"_s, u"nicht getestet: "_s})
            QVERIFY2(table.contains(word), qPrintable(word + u"\n"_s + table));
        QVERIFY(!table.contains(u"fails: "_s));
        results->selectVerdict(u"service-agent-winrm"_s, u"127.0.0.5"_s);
        const QString evidence = results->evidenceText();
        for (const QString &word : {u"Was zu ändern"_s, u"Erlauben Sie TCP"_s, u"Verbindung abgewiesen"_s})
            QVERIFY2(evidence.contains(word), qPrintable(word + u"\n"_s + evidence));
        QTemporaryDir dir;
        const QString json = dir.filePath(u"r.json"_s);
        QCOMPARE(results->exportJson(json).error().english(), QString());
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray doc = file.readAll();
        QVERIFY(doc.contains("fails: none of the allowed ports works"));
        QVERIFY(!doc.contains("fehlgeschlagen"));
    }
    installTranslations(u"en"_s);
}

void TestWizard::runPage_diagramFollowsResultsWhileRunning()
{
    // The diagram is updated at most every 4x its own cost, but it still turns colour while the
    // slow probes of the demo (3 s time-outs) are running, not only at the end.
    auto w = newWizard();
    QVERIFY(startDemoRun(w.get()));
    QCOMPARE(w->currentId(), int(PortCheckWizard::RunPageId));
    RunPage *run = w->runPage();
    const auto anyPassing = [run] {
        const QList<LinkItem *> links = run->scene()->links();
        return std::any_of(links.cbegin(), links.cend(),
                           [](const LinkItem *l) { return l->state() == VisualState::Pass; });
    };
    QVERIFY(!anyPassing());
    QVERIFY(QTest::qWaitFor([&] { return anyPassing() || !run->isRunning(); }, 10000));
    QVERIFY2(run->isRunning(), "the diagram showed nothing before the run ended");
    QVERIFY(waitForSignal(run, &RunPage::runFinished, 30000));
    QVERIFY(anyPassing());
}

void TestWizard::hostsPage_overridesNameTheRolesPortsAndAddToAListedHost()
{
    auto w = newWizard();
    w->startPage()->newCheck();
    w->machinePage()->roleBox(u"guardian-server"_s)->setChecked(true);
    w->next();
    w->next();
    HostListEditor *dcs = w->hostsPage()->editor(u"domain-controller"_s);
    // 9999 is no port of any link to a DC; the second dc1 line adds an override to the first
    dcs->textEdit()->setPlainText(u"dc1.corp.example 389=10389 9999=1234\ndc2.corp.example\n"
                                  u"dc1.corp.example 636=10636"_s);
    QCOMPARE(dcs->errorCount(), 1);
    QVERIFY2(dcs->feedbackText().contains(u"Line 1: '9999=1234': no link to these hosts uses port 9999"_s),
             qPrintable(dcs->feedbackText()));
    QVERIFY2(dcs->feedbackText().contains(u"the ports that apply are 53, 88, 389, 636, "_s),
             qPrintable(dcs->feedbackText()));
    QVERIFY(!dcs->feedbackText().contains(u"must follow the host"_s));
    QVERIFY(!dcs->feedbackText().contains(u"duplicate"_s));
    dcs->textEdit()->setPlainText(
        u"dc1.corp.example 389=10389\ndc2.corp.example\ndc1.corp.example 636=10636"_s);
    QCOMPARE(dcs->errorCount(), 0);
    const QList<ProfileHost> hosts = w->context()->profile().hosts.value(u"domain-controller"_s);
    QCOMPARE(hosts.size(), 2);
    QCOMPARE(hosts.first().portOverrides, (QMap<quint16, quint16>{{389, 10389}, {636, 10636}}));
}

void TestWizard::hostsPage_everyErrorIsListedMarkedAndLongEntriesKeepTheWidth()
{
    auto w = newWizard();
    w->startPage()->newCheck();
    w->machinePage()->roleBox(u"guardian-server"_s)->setChecked(true);
    w->next();
    w->next();
    HostListEditor *dcs = w->hostsPage()->editor(u"domain-controller"_s);
    w->hostsPage()->showRole(u"domain-controller"_s);
    QApplication::processEvents();
    const int widthBefore = w->width();
    const int minimumBefore = w->minimumSizeHint().width();

    // 13 bad entries (more than the eight the page used to show), one of them 240 characters long
    QStringList lines{u"dc1.corp.example"_s};
    for (int i = 0; i < 12; ++i)
        lines << u"bad_"_s + QString::number(i) + u".corp.example"_s;
    const QString longEntry = u"x"_s + QString(238, u'y') + u'_';
    lines << u"dc2.corp.example "_s + longEntry;
    dcs->textEdit()->setPlainText(lines.join(u'\n'));
    QApplication::processEvents();
    QCOMPARE(dcs->errorCount(), 13);
    QListWidget *problems = dcs->problemList();
    QVERIFY(problems->isVisibleTo(w.get()));
    QCOMPARE(problems->count(), 13);
    QVERIFY(!dcs->feedbackText().contains(u"more"_s));
    // every error is reachable: the last one scrolls into view and puts the cursor on its entry
    problems->scrollToItem(problems->item(12));
    QVERIFY(problems->visualItemRect(problems->item(12)).intersects(problems->viewport()->rect()));
    Q_EMIT problems->itemActivated(problems->item(12));
    QCOMPARE(dcs->textEdit()->textCursor().selectedText(), longEntry);
    Q_EMIT problems->itemActivated(problems->item(2));
    QCOMPARE(dcs->textEdit()->textCursor().selectedText(), u"bad_2.corp.example"_s);
    // the text marks each bad entry, exactly
    const QList<QTextEdit::ExtraSelection> marks = dcs->textEdit()->extraSelections();
    QCOMPARE(marks.size(), 13);
    QCOMPARE(marks.first().cursor.selectedText(), u"bad_0.corp.example"_s);
    QCOMPARE(marks.last().cursor.selectedText(), longEntry);
    QCOMPARE(marks.first().format.underlineStyle(), QTextCharFormat::WaveUnderline);
    // the long entry did not widen the window
    QCOMPARE(w->width(), widthBefore);
    QVERIFY2(w->minimumSizeHint().width() <= minimumBefore,
             qPrintable(QString::number(w->minimumSizeHint().width()) + u" > "_s +
                        QString::number(minimumBefore)));
    dcs->textEdit()->setPlainText(u"dc1.corp.example"_s);
    QVERIFY(!problems->isVisibleTo(w.get()));
    QVERIFY(dcs->textEdit()->extraSelections().isEmpty());
}

void TestWizard::runPage_rerunCountsFailuresAndAnUnneededAlternativeIsNoCross()
{
    PORTCHECK_SKIP_UNDER_WINE(
        "the demo's TLS responders need a TLS server side, which Wine's Schannel lacks");
    auto w = newWizard();
    QVERIFY(startDemoRun(w.get()));
    RunPage *run = w->runPage();
    QVERIFY(waitForSignal(run, &RunPage::runFinished, 30000));
    // three links fail: the agent's WinRM (5985 refused, 5986 dropped), the agent's silent 443 and
    // licensing's 443 behind the inspecting proxy: four probes, not every warning's
    QCOMPARE(run->rerunButton()->text(), u"&Re-run 4 failed"_s);
    QVERIFY(static_cast<int>(w->context()->run()->unsuccessfulTargets().size()) > 4);
    // the share's 139 is refused while 445 answers SMB: not needed, so no red cross
    QAbstractItemModel *model = run->proxy()->sourceModel();
    auto *checks = qobject_cast<CheckTableModel *>(model);
    QVERIFY(checks);
    bool seen139 = false;
    for (int row = 0; row < checks->rowCount(); ++row) {
        const QString host = checks->index(row, CheckTableModel::HostColumn).data().toString();
        const QString port = checks->index(row, CheckTableModel::PortColumn).data().toString();
        const QModelIndex state = checks->index(row, CheckTableModel::StateColumn);
        if (host.startsWith(u"127.0.0.3"_s) && port.endsWith(u"(for 139)"_s)) {
            seen139 = true;
            QVERIFY(checks->isNotNeeded(row));
            QVERIFY2(state.data().toString().contains(u"not needed"_s), qPrintable(state.data().toString()));
            QVERIFY(!state.data(CheckTableModel::FilterRole).toString().contains(u"problem"_s));
            QCOMPARE(state.data(Qt::DecorationRole).value<QIcon>().pixmap(16).toImage(),
                     VerdictStyle::icon(VisualState::NotTested).pixmap(16).toImage());
        }
        if (host.startsWith(u"127.0.0.5"_s) && port.endsWith(u"(for 5985)"_s))
            QVERIFY(!checks->isNotNeeded(row)); // the failing link needs it
    }
    QVERIFY(seen139);
    // Re-run takes what it counts
    QTest::mouseClick(run->rerunButton(), Qt::LeftButton);
    QVERIFY(run->isRunning());
    QCOMPARE(run->progressText().section(u' ', 0, 0).toInt(), run->checkCount() - 4);
    QVERIFY(waitForSignal(run, &RunPage::runFinished, 30000));
}

void TestWizard::verdictIcons_keptOnce_andFollowThePalette()
{
    // Drawn once and kept: a table asks for its icons at every paint.
    QCOMPARE(VerdictStyle::icon(VisualState::Pass).cacheKey(),
             VerdictStyle::icon(VisualState::Pass).cacheKey());
    QVERIFY(VerdictStyle::icon(VisualState::Pass).cacheKey() !=
            VerdictStyle::icon(VisualState::Fail).cacheKey());
    QVERIFY(VerdictStyle::icon(VisualState::Pass, 16).cacheKey() !=
            VerdictStyle::icon(VisualState::Pass, 24).cacheKey());
    const QPalette light = QApplication::palette();
    const QColor lightPass = VerdictStyle::icon(VisualState::Pass).pixmap(16).toImage().pixelColor(8, 4);
    // A dark palette lightens the colours: the kept icon must not be the light one.
    QPalette dark = light;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    QApplication::setPalette(dark);
    const QColor darkPass = VerdictStyle::icon(VisualState::Pass).pixmap(16).toImage().pixelColor(8, 4);
    QApplication::setPalette(light);
    QCOMPARE(lightPass.rgb(), VerdictStyle::color(VisualState::Pass, light).rgb());
    QCOMPARE(darkPass.rgb(), VerdictStyle::color(VisualState::Pass, dark).rgb());
    QCOMPARE(VerdictStyle::icon(VisualState::Pass).pixmap(16).toImage().pixelColor(8, 4).rgb(),
             lightPass.rgb());
}

void TestWizard::settings_noLiteralAmpersandNoCutPlaceholder()
{
    auto w = newWizard();
    w->startPage()->newCheck();
    SettingsDialog dialog(w->context(), w.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        // a label shows its '&' unless it has a buddy to give the mnemonic to
        if (label->text().contains(u'&'))
            QVERIFY2(label->buddy(), qPrintable(label->text()));
    }
    QLineEdit *ca = dialog.caFile();
    QVERIFY(!ca->placeholderText().isEmpty());
    const int textWidth = ca->fontMetrics().horizontalAdvance(ca->placeholderText());
    QVERIFY2(ca->width() > textWidth,
             qPrintable(QString::number(ca->width()) + u" <= "_s + QString::number(textWidth)));
    const QStringList clashes = duplicateMnemonics(&dialog);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));
}

void TestWizard::everyPage_mnemonicsAreUnique()
{
    // Every page as a person meets it, the wizard's own buttons included; the hosts page once per role.
    auto w = newWizard();
    QStringList clashes;
    const auto check = [&](const QString &where) {
        QApplication::processEvents();
        for (const QString &c : duplicateMnemonics(w.get()))
            clashes << where + u": "_s + c;
    };
    check(u"start"_s);
    QVERIFY(w->startPage()->startDemo());
    check(u"machine"_s);
    w->next();
    check(u"components"_s);
    w->next();
    for (const QString &role : w->hostsPage()->roles()) {
        w->hostsPage()->showRole(role);
        check(u"hosts/"_s + role);
    }
    w->next();
    QVERIFY(waitForSignal(w->runPage(), &RunPage::runFinished, 30000));
    check(u"run"_s);
    w->next();
    QCOMPARE(w->currentId(), int(PortCheckWizard::ResultsPageId));
    check(u"results"_s);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"\n"_s)));
}

void TestWizard::window_fitsTheScreen()
{
    // CTest runs this once more with QT_SCALE_FACTOR=2 on a 1440x900 offscreen screen (720x450 of
    // room); here it is the offscreen default, 800x600.
    auto w = newWizard();
    const QRect available = w->screen()->availableGeometry();
    QStringList tooBig;
    const auto check = [&](const QString &where) {
        QApplication::processEvents();
        const QSize minimum = w->minimumSizeHint().expandedTo(w->minimumSize());
        if (w->width() > available.width() || w->height() > available.height() ||
            minimum.width() > available.width() || minimum.height() > available.height())
            tooBig << where + u": window "_s + QString::number(w->width()) + u'x' +
                          QString::number(w->height()) + u", minimum "_s + QString::number(minimum.width()) +
                          u'x' + QString::number(minimum.height());
    };
    check(u"start"_s);
    QVERIFY(w->startPage()->startDemo());
    check(u"machine"_s);
    w->next();
    check(u"components"_s);
    w->next();
    check(u"hosts"_s);
    w->next();
    QVERIFY(waitForSignal(w->runPage(), &RunPage::runFinished, 30000));
    check(u"run"_s);
    w->next();
    check(u"results"_s);
    QVERIFY2(tooBig.isEmpty(),
             qPrintable(u"screen "_s + QString::number(available.width()) + u'x' +
                        QString::number(available.height()) + u": "_s + tooBig.join(u"; "_s)));
}

void TestWizard::saveProfile_runReadsItAndTheAdviceNamesIt()
{
    QTemporaryDir dir;
    auto w = newWizard();
    QVERIFY(runDemoToResults(w.get()));
    ResultsPage *results = w->resultsPage();
    const Verdict *elsewhere = nullptr;
    for (const Verdict &v : results->verdicts()) {
        if (v.link == u"workstation-portal-web"_s)
            elsewhere = &v;
    }
    QVERIFY(elsewhere);
    results->selectVerdict(elsewhere->link, elsewhere->host);
    // not saved yet: the advice says to save and how
    QVERIFY2(results->evidenceText().contains(u"save the profile first (Save profile…, Ctrl+S)"_s),
             qPrintable(results->evidenceText()));

    const QString path = dir.filePath(u"site.yaml"_s);
    QCOMPARE(w->saveProfileAs(path).error().english(), QString());
    const QString there = dir.filePath(u"site.admin-workstation.yaml"_s);
    QVERIFY2(QFile::exists(there), qPrintable(QDir(dir.path()).entryList().join(u' ')));
    QVERIFY2(results->evidenceText().contains(u"guardian-portcheck run site.admin-workstation.yaml --json "
                                              u"site.admin-workstation-results.json"_s),
             qPrintable(results->evidenceText()));
    QVERIFY(results->evidenceText().contains(QDir::toNativeSeparators(there)));

    // what was saved is what `run` reads: the same profile in, the same plan out
    Profile loaded;
    QVERIFY(loadProfileFile(path, m_catalog, &loaded).isEmpty());
    QCOMPARE(loaded, w->context()->profile());
    Profile forThere;
    QVERIFY(loadProfileFile(there, m_catalog, &forThere).isEmpty());
    QCOMPARE(forThere.vantage, QStringList{u"admin-workstation"_s});
    QProcess cli;
    cli.start(qEnvironmentVariable("PORTCHECK_BINARY"), {u"run"_s, there, u"--dry-run"_s});
    QVERIFY(cli.waitForFinished(60000));
    const QString printed = QString::fromUtf8(cli.readAllStandardOutput());
    QVERIFY2(cli.exitCode() == 0, qPrintable(printed + QString::fromUtf8(cli.readAllStandardError())));
    QVERIFY2(printed.contains(u"vantage: admin-workstation"_s), qPrintable(printed));
    QVERIFY2(printed.contains(u"workstation-portal-web"_s), qPrintable(printed));

    // Ctrl+S writes the same file again, without asking
    w->context()->edit([](Profile &p) { p.name = u"Renamed site"_s; });
    QApplication::setActiveWindow(w.get());
    QVERIFY(QTest::qWaitForWindowActive(w.get()));
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : w.get(), Qt::Key_S,
                    Qt::ControlModifier);
    Profile again;
    QVERIFY(loadProfileFile(path, m_catalog, &again).isEmpty());
    QCOMPARE(again.name, u"Renamed site"_s);
}

void TestWizard::demo_verdictsHoldWhenTheWindowStalls()
{
    PORTCHECK_SKIP_UNDER_WINE(
        "the demo's TLS responders need a TLS server side, which Wine's Schannel lacks");
    // The window's thread stops for longer than the demo's deadlines right after the run starts
    // (a slow paint, a loaded machine): the demo's hosts answer on their own thread, so the
    // verdicts are the same as on an idle machine.
    auto w = newWizard();
    QVERIFY(w->startPage()->startDemo());
    const Profile demo = w->context()->profile();
    w->next();
    w->next();
    w->next();
    QVERIFY(w->runPage()->isRunning());
    QThread::msleep(
        static_cast<unsigned long>(std::max(demo.connectTimeoutMs, demo.protocolTimeoutMs) + 500));
    QVERIFY(waitForSignal(w->runPage(), &RunPage::runFinished, 30000));
    w->next();
    const VerdictSummary s = w->resultsPage()->summary(); // the demo's verdicts, as on a quiet machine
    QCOMPARE(s.pass, 7);
    QCOMPARE(s.warn, 3);
    QCOMPARE(s.fail, 3);
}

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
