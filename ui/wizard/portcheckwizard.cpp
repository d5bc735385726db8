#include "portcheckwizard.h"

#include "appicon.h"
#include "componentspage.h"
#include "hostspage.h"
#include "machinepage.h"
#include "resultspage.h"
#include "runpage.h"
#include "settingsdialog.h"
#include "startpage.h"

#include <QCloseEvent>
#include <QLoggingCategory>
#include <QPushButton>

Q_LOGGING_CATEGORY(lcUi, "portcheck.ui")

namespace PortCheck {

PortCheckWizard::PortCheckWizard(const Catalog &catalog, QWidget *parent)
    : QWizard(parent)
    , m_context(catalog)
{
    setWindowTitle(tr("Guardian Port Check"));
    setWindowIcon(appIcon());
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::HaveCustomButton1);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::CustomButton1, tr("&Settings…"));
    button(QWizard::CustomButton1)->setAccessibleName(tr("Settings"));
    setButtonLayout({QWizard::CustomButton1, QWizard::Stretch, QWizard::BackButton, QWizard::NextButton,
                     QWizard::CommitButton, QWizard::FinishButton, QWizard::CancelButton});
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            openSettings();
    });

    m_start = new StartPage(&m_context, &m_store);
    m_machine = new MachinePage(&m_context);
    m_components = new ComponentsPage(&m_context);
    m_hosts = new HostsPage(&m_context);
    m_run = new RunPage(&m_context);
    m_results = new ResultsPage(&m_context);
    setPage(StartPageId, m_start);
    setPage(MachinePageId, m_machine);
    setPage(ComponentsPageId, m_components);
    setPage(HostsPageId, m_hosts);
    setPage(RunPageId, m_run);
    setPage(ResultsPageId, m_results);
    setStartId(StartPageId);

    // Autosave shortly after the typing stops; closing the window saves at once.
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(400);
    connect(&m_autosave, &QTimer::timeout, this, &PortCheckWizard::saveSession);
    connect(&m_context, &WizardContext::edited, this, [this] {
        m_dirty = true;
        m_autosave.start();
    });
    resize(1180, 780);
}

PortCheckWizard::~PortCheckWizard()
{
    saveSession();
}

void PortCheckWizard::saveSession()
{
    m_autosave.stop();
    if (!m_dirty)
        return;
    const QString error = m_store.save(m_context);
    if (!error.isEmpty())
        qCWarning(lcUi, "autosave failed: %s", qPrintable(error));
    else
        m_dirty = false;
}

void PortCheckWizard::openSettings()
{
    SettingsDialog dialog(&m_context, this);
    dialog.exec();
}

void PortCheckWizard::closeEvent(QCloseEvent *event)
{
    if (PlanRun *run = m_context.run(); run && run->isRunning())
        run->cancel();
    saveSession();
    QWizard::closeEvent(event);
}

} // namespace PortCheck
