#pragma once

#include <QWizardPage>

class QCommandLinkButton;
class QLabel;

namespace PortCheck {

class SessionStore;
class WizardContext;

// New check, open a profile, reopen the autosaved session, try the demo site, open results, or
// compare results from before and after a change.
class StartPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartPage)

public:
    StartPage(WizardContext *context, const SessionStore *store, QWidget *parent = nullptr);

    void initializePage() override;

    // The actions behind the buttons; each goes on to the next page when it succeeds and
    // otherwise shows what went wrong on this page.
    void newCheck();
    bool openProfile(const QString &path);
    bool reopenSession();
    bool startDemo();
    // Results files of one or several machines, merged: straight to the results page.
    bool openResults(const QStringList &paths);
    // Two results files of one site, before and after a firewall change: the results page shows
    // the after file with what changed beside it.
    bool openComparison(const QString &beforePath, const QString &afterPath);

    int nextId() const override;

    QString errorText() const;

private:
    void showError(const QString &text);
    void proceed();
    void buildOtherPages();

    WizardContext *m_context;
    const SessionStore *m_store;
    QCommandLinkButton *m_new = nullptr;
    QCommandLinkButton *m_open = nullptr;
    QCommandLinkButton *m_reopen = nullptr;
    QCommandLinkButton *m_demo = nullptr;
    QCommandLinkButton *m_results = nullptr;
    QCommandLinkButton *m_compare = nullptr;
    bool m_toResults = false;
    QLabel *m_error = nullptr;
};

} // namespace PortCheck
