#include "machinepage.h"

#include "translations.h"
#include "wizardcontext.h"

#include <QCheckBox>
#include <QLabel>
#include <QSysInfo>
#include <QVBoxLayout>

namespace PortCheck {

MachinePage::MachinePage(WizardContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
{
    setTitle(tr("This computer"));
    setSubTitle(tr("A link can only be tested from the machine that opens it. Choose what this computer "
                   "is in your Guardian deployment; the other links are listed with the command to run "
                   "on their machine."));

    m_host = new QLabel;
    m_host->setTextFormat(Qt::PlainText);
    m_host->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_host);
    layout->addSpacing(8);
    for (const Role &role : context->catalog().roles) {
        if (role.side == Role::Side::Target)
            continue;
        auto *box = new QCheckBox(catalogText(role.name));
        box->setAccessibleName(catalogText(role.name));
        box->setAccessibleDescription(catalogText(role.description));
        auto *description = new QLabel(catalogText(role.description));
        description->setWordWrap(true);
        description->setIndent(24);
        description->setTextFormat(Qt::PlainText);
        description->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(box);
        layout->addWidget(description);
        m_boxes.insert(role.id, box);
        connect(box, &QCheckBox::toggled, this, [this, id = role.id](bool on) {
            m_context->edit([&](Profile &p) {
                p.vantage.removeAll(id);
                if (on) {
                    // keep catalog order so that saved profiles compare equal
                    QStringList ordered;
                    for (const Role &r : m_context->catalog().roles) {
                        if (r.id == id || p.vantage.contains(r.id))
                            ordered << r.id;
                    }
                    p.vantage = ordered;
                }
            });
            updateStatus();
        });
    }
    layout->addStretch();
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("What is missing"));
    layout->addWidget(m_status);
}

void MachinePage::initializePage()
{
    m_host->setText(tr("This computer: %1").arg(QSysInfo::machineHostName()));
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        const QSignalBlocker block(it.value());
        it.value()->setChecked(m_context->profile().vantage.contains(it.key()));
    }
    updateStatus();
}

bool MachinePage::isComplete() const
{
    return !m_context->profile().vantage.isEmpty();
}

QString MachinePage::statusText() const
{
    return m_status->text();
}

void MachinePage::updateStatus()
{
    m_status->setText(isComplete() ? QString()
                                   : tr("Choose at least one role to continue: without one, nothing can be "
                                        "tested from this computer."));
    Q_EMIT completeChanged();
}

} // namespace PortCheck
