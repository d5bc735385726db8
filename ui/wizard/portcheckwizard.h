#pragma once

#include "ui/wizard/sessionstore.h"
#include "ui/wizard/wizardcontext.h"

#include <QTimer>
#include <QWizard>

#include <functional>
#include <memory>

namespace PortCheck {

class StartPage;
class MachinePage;
class ComponentsPage;
class HostsPage;
class RunPage;
class ResultsPage;

// The window: six pages from "what do you run here" to a verdict. Every edit is autosaved.
class PortCheckWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortCheckWizard)

public:
    enum PageId
    {
        StartPageId,
        MachinePageId,
        ComponentsPageId,
        HostsPageId,
        RunPageId,
        ResultsPageId
    };

    explicit PortCheckWizard(const Catalog &catalog, QWidget *parent = nullptr);
    // The catalog asked for once the window's frame is made: main() parses it on another thread
    // meanwhile (issue 17, goal 6), and `catalog` waits for that thread.
    explicit PortCheckWizard(const std::function<const Catalog &()> &catalog, QWidget *parent = nullptr);
    ~PortCheckWizard() override;

    WizardContext *context() { return m_context.get(); }
    const SessionStore &sessionStore() const { return m_store; }

    // The start page is built with the window; the others on the first turn of the event loop after
    // it was painted (issue 17, goal 6), or at once when asked for before that.
    StartPage *startPage() const { return m_start; }
    MachinePage *machinePage();
    ComponentsPage *componentsPage();
    HostsPage *hostsPage();
    RunPage *runPage();
    ResultsPage *resultsPage();
    void buildPages();
    bool pagesBuilt() const { return m_machine != nullptr; }

    // Writes the session now (the timer does it shortly after every edit).
    void saveSession();
    void openSettings();
    // Save profile… / Ctrl+S: to the file it came from or was saved to, else asks for a name.
    // An error is shown in a message box.
    void saveProfile();
    // Writes the profile (and one per other machine beside it); an error is also shown.
    Expected<void> saveProfileAs(const QString &path);

    bool validateCurrentPage() override;

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::unique_ptr<WizardContext> m_context;
    SessionStore m_store;
    QTimer m_autosave;
    bool m_dirty = false;
    StartPage *m_start = nullptr;
    MachinePage *m_machine = nullptr;
    ComponentsPage *m_components = nullptr;
    HostsPage *m_hosts = nullptr;
    RunPage *m_run = nullptr;
    ResultsPage *m_results = nullptr;
};

} // namespace PortCheck
