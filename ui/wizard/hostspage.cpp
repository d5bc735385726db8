#include "ui/wizard/hostspage.h"

#include "model/plan/plan.h"
#include "ui/i18n/translations.h"
#include "ui/style/verdictstyle.h"
#include "ui/wizard/hostlisteditor.h"
#include "ui/wizard/wizardcontext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace PortCheck {

HostsPage::HostsPage(WizardContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
{
    setTitle(tr("Hosts"));
    setSubTitle(tr("Name the hosts of every role your components need. Paste as many as you like; "
                   "each entry is checked as you type."));
    m_list = new QListWidget;
    m_list->setAccessibleName(tr("Roles that need hosts"));
    m_list->setMaximumWidth(260);
    m_stack = new QStackedWidget;
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAccessibleName(tr("What is missing"));

    auto *row = new QHBoxLayout;
    row->addWidget(m_list);
    row->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(m_status);

    for (const Role &role : context->catalog().roles) {
        if (role.side == Role::Side::Source)
            continue;
        auto *editor = new HostListEditor(context, role);
        m_editors.insert(role.id, editor);
        m_stack->addWidget(editor);
        connect(editor, &HostListEditor::readinessChanged, this, &HostsPage::updateStatus);
    }
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int current) {
        if (current >= 0 && current < m_roles.size())
            m_stack->setCurrentWidget(m_editors.value(m_roles.at(current)));
    });
    connect(context, &WizardContext::wasReset, this, [this] {
        for (HostListEditor *e : std::as_const(m_editors))
            e->reload();
    });
}

void HostsPage::initializePage()
{
    m_roles.clear();
    for (const QString &role : activeTargetRoles(m_context->catalog(), m_context->profile())) {
        if (m_editors.contains(role))
            m_roles << role;
    }
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const QString &role : std::as_const(m_roles)) {
        m_list->addItem(roleName(m_context->catalog(), role));
    }
    for (HostListEditor *e : std::as_const(m_editors))
        e->reload();
    // Start where something is missing.
    int first = 0;
    for (int i = 0; i < m_roles.size(); ++i) {
        if (!roleReady(m_roles.at(i))) {
            first = i;
            break;
        }
    }
    m_list->setCurrentRow(first);
    if (!m_roles.isEmpty())
        m_stack->setCurrentWidget(m_editors.value(m_roles.at(first)));
    updateStatus();
}

void HostsPage::showRole(const QString &role)
{
    const qsizetype row = m_roles.indexOf(role);
    if (row >= 0)
        m_list->setCurrentRow(static_cast<int>(row));
}

bool HostsPage::roleReady(const QString &role) const
{
    const HostListEditor *e = m_editors.value(role);
    if (e->isReady())
        return true;
    if (!e->isEmpty() || e->errorCount() > 0)
        return false;
    const QList<const Link *> links = activeLinks(m_context->catalog(), m_context->profile());
    return std::none_of(links.cbegin(), links.cend(),
                        [&](const Link *l) { return l->to == role && !l->optional; });
}

bool HostsPage::isComplete() const
{
    if (m_roles.isEmpty())
        return false;
    return std::all_of(m_roles.cbegin(), m_roles.cend(),
                       [this](const QString &role) { return roleReady(role); });
}

QString HostsPage::statusText() const
{
    return m_status->text();
}

void HostsPage::updateStatus()
{
    QStringList missing;
    QStringList invalid;
    for (int i = 0; i < m_roles.size(); ++i) {
        const HostListEditor *e = m_editors.value(m_roles.at(i));
        const QString name = m_list->item(i) ? m_list->item(i)->text() : m_roles.at(i);
        VisualState state = VisualState::Pass;
        if (e->errorCount() > 0) {
            invalid << tr("%1 (%n invalid)", nullptr, e->errorCount()).arg(name);
            state = VisualState::Fail;
        } else if (!roleReady(m_roles.at(i))) {
            missing << name;
            state = VisualState::Warn;
        }
        if (QListWidgetItem *item = m_list->item(i)) {
            item->setIcon(VerdictStyle::icon(state));
            item->setToolTip(VerdictStyle::plainToolTip(e->feedbackText()));
        }
    }
    QStringList why;
    if (m_roles.isEmpty())
        why << tr("The chosen components need no hosts: go back and choose a component.");
    if (!missing.isEmpty())
        why << tr("Add at least one host for: %1.").arg(missing.join(QStringLiteral(", ")));
    if (!invalid.isEmpty())
        why << tr("Correct or remove the invalid entries in: %1.").arg(invalid.join(QStringLiteral(", ")));
    m_status->setText(why.isEmpty() ? tr("Every role has its hosts.") : why.join(QLatin1Char(' ')));
    Q_EMIT completeChanged();
}

} // namespace PortCheck
