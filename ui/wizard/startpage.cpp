#include "ui/wizard/startpage.h"

#include "model/profile/profile.h"
#include "model/results/resultsreader.h"
#include "model/run/compare.h"
#include "model/run/report.h"
#include "ui/i18n/translations.h"
#include "ui/wizard/portcheckwizard.h"
#include "ui/wizard/sessionstore.h"
#include "ui/wizard/wizardcontext.h"

#include <QCommandLinkButton>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <QWizard>

namespace PortCheck {

StartPage::StartPage(WizardContext *context, const SessionStore *store, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_store(store)
{
    setTitle(tr("Check the network paths Cayosoft Guardian needs"));
    setSubTitle(tr("Each check talks the real protocol (LDAP, WinRM, SMB, TLS) to the real hosts, "
                   "anonymously: no password is asked for or sent."));

    m_new = new QCommandLinkButton(tr("Ne&w check"),
                                   tr("Choose what this computer is, what you deploy and where it runs."));
    m_open = new QCommandLinkButton(tr("&Open a profile…"),
                                    tr("A profile saved earlier or prepared by a colleague (YAML)."));
    m_reopen = new QCommandLinkButton(tr("&Reopen the last session"), QString());
    m_demo = new QCommandLinkButton(tr("Try the &demo site"),
                                    tr("A simulated site on this computer's loopback address shows every "
                                       "verdict in under a minute. Nothing leaves the machine."));
    m_results = new QCommandLinkButton(tr("Open resul&ts…"),
                                       tr("Results files saved on one or several machines (JSON): "
                                          "merged into one diagram and one report."));
    m_compare = new QCommandLinkButton(tr("Com&pare before and after…"),
                                       tr("Two results files of one site, from before and after a firewall "
                                          "change: what was fixed, what broke, and whether each rule asked "
                                          "for is now open."));
    for (QCommandLinkButton *b : {m_new, m_open, m_reopen, m_demo, m_results, m_compare})
        b->setAccessibleName(b->text().remove(QLatin1Char('&')));

    m_error = new QLabel;
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setAccessibleName(tr("Problem"));
    m_error->setStyleSheet(QStringLiteral("QLabel { color: white; background: #b3261e; "
                                          "padding: 6px; border-radius: 3px; }"));
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_new);
    layout->addWidget(m_open);
    layout->addWidget(m_reopen);
    layout->addWidget(m_demo);
    layout->addWidget(m_results);
    layout->addWidget(m_compare);
    layout->addWidget(m_error);
    layout->addStretch();

    connect(m_new, &QCommandLinkButton::clicked, this, &StartPage::newCheck);
    connect(m_open, &QCommandLinkButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a profile"), QString(),
                                                          tr("Profiles (*.yaml *.yml);;All files (*)"));
        if (!path.isEmpty())
            openProfile(path);
    });
    connect(m_reopen, &QCommandLinkButton::clicked, this, &StartPage::reopenSession);
    connect(m_results, &QCommandLinkButton::clicked, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Open results"), QString(),
                                                                tr("Results (*.json);;All files (*)"));
        if (!paths.isEmpty())
            openResults(paths);
    });
    connect(m_compare, &QCommandLinkButton::clicked, this, [this] {
        const QString filter = tr("Results (*.json);;All files (*)");
        const QString before = QFileDialog::getOpenFileName(
            this, tr("Before the change: choose its results file"), QString(), filter);
        if (before.isEmpty())
            return;
        const QString after = QFileDialog::getOpenFileName(
            this, tr("After the change: choose its results file"), QFileInfo(before).absolutePath(), filter);
        if (!after.isEmpty())
            openComparison(before, after);
    });
    connect(m_demo, &QCommandLinkButton::clicked, this, &StartPage::startDemo);
}

void StartPage::initializePage()
{
    m_error->hide();
    const std::optional<SessionStore::Summary> saved = m_store->summary();
    m_reopen->setEnabled(saved.has_value());
    m_reopen->setDescription(
        saved ? tr("Saved %1, %n host(s).", nullptr, saved->hostCount)
                    .arg(QLocale().toString(saved->saved.toLocalTime(), QLocale::ShortFormat))
              : tr("Nothing saved yet: everything you type is saved as you go."));
    m_new->setFocus();
}

void StartPage::newCheck()
{
    buildOtherPages();
    Profile profile = Profile::defaults(m_context->catalog());
    m_context->settings().applyTo(&profile);
    m_context->reset(profile);
    proceed();
}

bool StartPage::openProfile(const QString &path)
{
    buildOtherPages();
    Profile profile;
    const Diagnostics problems = loadProfileFile(path, m_context->catalog(), &profile);
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const Diagnostic &d : problems)
            lines << d.toString(translator());
        showError(tr("The profile cannot be used:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
        return false;
    }
    m_context->reset(profile, path);
    proceed();
    return true;
}

bool StartPage::reopenSession()
{
    buildOtherPages();
    if (const Expected<void> restored = m_store->restore(m_context); !restored) {
        showError(tr("The last session cannot be reopened: %1").arg(localized(restored.error())));
        return false;
    }
    proceed();
    return true;
}

bool StartPage::startDemo()
{
    buildOtherPages();
    if (const Expected<void> started = m_context->startDemo(); !started) {
        showError(tr("The demo site cannot start: %1").arg(localized(started.error())));
        return false;
    }
    proceed();
    return true;
}

bool StartPage::openResults(const QStringList &paths)
{
    buildOtherPages();
    const MergeOutcome merged = mergeResultFiles(m_context->catalog(), paths);
    if (!merged.ok()) {
        showError(tr("The results cannot be opened:") + QLatin1Char('\n') +
                  localized(merged.errors).join(QLatin1Char('\n')));
        return false;
    }
    m_context->setMergedResults(merged.report);
    m_toResults = true;
    proceed();
    m_toResults = false;
    return true;
}

bool StartPage::openComparison(const QString &beforePath, const QString &afterPath)
{
    buildOtherPages();
    const Comparison comparison = compareResultFiles(m_context->catalog(), beforePath, afterPath);
    if (!comparison.ok()) {
        showError(tr("The two results files cannot be compared:") + QLatin1Char('\n') +
                  localized(comparison.errors).join(QLatin1Char('\n')));
        return false;
    }
    m_context->setComparison(comparison);
    m_toResults = true;
    proceed();
    m_toResults = false;
    return true;
}

int StartPage::nextId() const
{
    // Named, not QWizardPage's next id: the other pages are built only after the first paint.
    return m_toResults ? PortCheckWizard::ResultsPageId : PortCheckWizard::MachinePageId;
}

void StartPage::buildOtherPages()
{
    // Before the context changes: a page built later would miss what the change announced.
    if (auto *window = qobject_cast<PortCheckWizard *>(wizard()))
        window->buildPages();
}

QString StartPage::errorText() const
{
    return m_error->isVisible() || !m_error->isHidden() ? m_error->text() : QString();
}

void StartPage::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

void StartPage::proceed()
{
    m_error->hide();
    if (wizard() && wizard()->currentPage() == this)
        wizard()->next();
}

} // namespace PortCheck
