#include "ui/wizard/portcheckwizard.h"

#include "ui/i18n/translations.h"
#include "ui/logging.h"
#include "ui/settings/settingsdialog.h"
#include "ui/style/appicon.h"
#include "ui/wizard/componentspage.h"
#include "ui/wizard/hostspage.h"
#include "ui/wizard/machinepage.h"
#include "ui/wizard/resultspage.h"
#include "ui/wizard/runpage.h"
#include "ui/wizard/startpage.h"

#include <QAbstractButton>
#include <QCloseEvent>
#include <QEvent>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>

using namespace Qt::StringLiterals;

namespace PortCheck {

PortCheckWizard::PortCheckWizard(const Catalog &catalog, QWidget *parent)
    : PortCheckWizard([&catalog]() -> const Catalog & { return catalog; }, parent)
{}

PortCheckWizard::PortCheckWizard(const std::function<const Catalog &()> &catalog, QWidget *parent)
    : QWizard(parent)
{
    setWindowTitle(tr("Guardian Port Check"));
    setWindowIcon(appIcon());
    setWizardStyle(QWizard::ModernStyle);
    // On Windows QWizard also makes the Aero style's arrow button (hidden in this style), which has
    // no text: a screen reader would find an unnamed button.
    for (QAbstractButton *b : findChildren<QAbstractButton *>()) {
        if (b->text().isEmpty() && b->accessibleName().isEmpty())
            b->setAccessibleName(tr("Back"));
    }
    setOption(QWizard::HaveCustomButton1);
    setOption(QWizard::HaveCustomButton2);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::CustomButton1, tr("&Settings…"));
    button(QWizard::CustomButton1)->setAccessibleName(tr("Settings"));
    setButtonText(QWizard::CustomButton2, tr("Save pr&ofile…"));
    button(QWizard::CustomButton2)->setAccessibleName(tr("Save profile"));
    button(QWizard::CustomButton2)
        ->setToolTip(
            tr("Save what you chose as a profile (Ctrl+S): the file guardian-portcheck run reads on another "
               "machine"));
    setButtonLayout({QWizard::CustomButton1, QWizard::CustomButton2, QWizard::Stretch, QWizard::BackButton,
                     QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton,
                     QWizard::CancelButton});
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            openSettings();
        else if (which == QWizard::CustomButton2)
            saveProfile();
    });
    button(QWizard::CustomButton2)->setVisible(false); // shown once a check is started
    auto *save = new QShortcut(QKeySequence::Save, this);
    connect(save, &QShortcut::activated, this, [this] { saveProfile(); });
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        // nothing to save before a check is started
        button(QWizard::CustomButton2)->setVisible(id != StartPageId);
    });

    m_context = std::make_unique<WizardContext>(catalog());
    m_start = new StartPage(m_context.get(), &m_store);
    setPage(StartPageId, m_start);
    setStartId(StartPageId);
    // The other pages cost more than the rest of the start-up together (the hosts page alone about
    // 10 ms): they are built once the start page is on screen.
    m_start->installEventFilter(this);

    // Autosave shortly after the typing stops; closing the window saves at once.
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(400);
    connect(&m_autosave, &QTimer::timeout, this, &PortCheckWizard::saveSession);
    connect(m_context.get(), &WizardContext::edited, this, [this] {
        m_dirty = true;
        m_autosave.start();
    });
    // The preferred size, but never larger than the screen (a laptop at 200 % scaling is 720x450).
    QSize size(1180, 780);
    if (const QScreen *screen = this->screen()) {
        const QSize available = screen->availableGeometry().size();
        size = size.boundedTo(available * 0.95);
    }
    resize(size);
}

bool PortCheckWizard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_start && event->type() == QEvent::Paint) {
        m_start->removeEventFilter(this);
        QTimer::singleShot(0, this, &PortCheckWizard::buildPages);
    }
    return QWizard::eventFilter(watched, event);
}

void PortCheckWizard::buildPages()
{
    if (pagesBuilt())
        return;
    m_machine = new MachinePage(m_context.get());
    m_components = new ComponentsPage(m_context.get());
    m_hosts = new HostsPage(m_context.get());
    m_run = new RunPage(m_context.get());
    m_results = new ResultsPage(m_context.get());
    setPage(MachinePageId, m_machine);
    setPage(ComponentsPageId, m_components);
    setPage(HostsPageId, m_hosts);
    setPage(RunPageId, m_run);
    setPage(ResultsPageId, m_results);
}

MachinePage *PortCheckWizard::machinePage()
{
    buildPages();
    return m_machine;
}

ComponentsPage *PortCheckWizard::componentsPage()
{
    buildPages();
    return m_components;
}

HostsPage *PortCheckWizard::hostsPage()
{
    buildPages();
    return m_hosts;
}

RunPage *PortCheckWizard::runPage()
{
    buildPages();
    return m_run;
}

ResultsPage *PortCheckWizard::resultsPage()
{
    buildPages();
    return m_results;
}

bool PortCheckWizard::validateCurrentPage()
{
    buildPages(); // Next before the first paint's turn of the event loop
    return QWizard::validateCurrentPage();
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
    if (const Expected<void> saved = m_store.save(*m_context); !saved)
        qCWarning(lcUi, "autosave failed: %s", qPrintable(saved.error().english()));
    else
        m_dirty = false;
}

void PortCheckWizard::saveProfile()
{
    if (currentId() == StartPageId)
        return;
    QString path = m_context->profilePath();
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(this, tr("Save profile"), u"guardian-portcheck.yaml"_s,
                                            tr("Profiles (*.yaml *.yml)"));
        if (path.isEmpty())
            return;
    }
    static_cast<void>(saveProfileAs(path)); // shown there
}

Expected<void> PortCheckWizard::saveProfileAs(const QString &path)
{
    Expected<void> saved = m_context->saveProfile(path);
    if (!saved)
        QMessageBox::warning(this, tr("Save profile"), localized(saved.error()));
    return saved;
}

void PortCheckWizard::openSettings()
{
    SettingsDialog dialog(m_context.get(), this);
    dialog.exec();
}

void PortCheckWizard::closeEvent(QCloseEvent *event)
{
    if (PlanRun *run = m_context->run(); run && run->isRunning())
        run->cancel();
    saveSession();
    QWizard::closeEvent(event);
}

} // namespace PortCheck
