#include "ui/wizard/machinepage.h"

#include "ui/i18n/translations.h"
#include "ui/wizard/wizardcontext.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
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
    // The page scrolls: on a small or 200 % screen the roles and the cover's fields are taller than it.
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_host);
    m_proposal = new QLabel;
    m_proposal->setWordWrap(true);
    m_proposal->setTextFormat(Qt::PlainText);
    m_proposal->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_proposal->setAccessibleName(tr("Roles the profile gives this computer"));
    m_useProposal = new QPushButton(tr("&Use these roles"));
    m_useProposal->setAccessibleDescription(
        tr("Choose the roles whose host lists in the profile name this computer"));
    connect(m_useProposal, &QPushButton::clicked, this, [this] {
        const QStringList roles = proposedRoles();
        m_context->edit([&](Profile &p) { p.vantage = roles; });
        for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
            const QSignalBlocker block(it.value());
            it.value()->setChecked(roles.contains(it.key()));
        }
        updateStatus();
    });
    auto *proposalRow = new QHBoxLayout;
    proposalRow->addWidget(m_proposal, 1);
    proposalRow->addWidget(m_useProposal, 0, Qt::AlignTop);
    layout->addLayout(proposalRow);
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
    layout->addSpacing(12);
    layout->addWidget(coverFields());
    layout->addStretch();
    auto *area = new QScrollArea;
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("What is missing"));
    auto *pageLayout = new QVBoxLayout(this);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(area, 1);
    pageLayout->addWidget(m_status);
}

// Who ran the check and the change it belongs to, printed on the report's cover; what is left
// empty prints as a line to fill in by hand. The change fields are the profile's (saved with it),
// the name is this session's (the account name until edited).
QWidget *MachinePage::coverFields()
{
    auto *box = new QGroupBox(tr("For the report's cover"));
    auto *form = new QFormLayout(box);
    const auto field = [&](const QString &label, const QString &placeholder, QLineEdit **edit) {
        *edit = new QLineEdit;
        (*edit)->setMaxLength(ChangeRecord::kMaxLength);
        (*edit)->setPlaceholderText(placeholder);
        (*edit)->setAccessibleName(QString(label).remove(u'&'));
        form->addRow(label, *edit);
    };
    field(tr("&Run by"), tr("your name"), &m_runBy);
    field(tr("Change &ticket"), tr("e.g. CHG0012345"), &m_ticket);
    field(tr("Re&quested by"), tr("who asked for the change"), &m_requester);
    field(tr("Appro&ved by"), tr("left empty: a line to sign on the printed report"), &m_approver);
    m_coverHint = new QLabel;
    m_coverHint->setWordWrap(true);
    m_coverHint->setTextFormat(Qt::PlainText);
    m_coverHint->setAccessibleName(tr("Report cover: what is wrong"));
    form->addRow(m_coverHint);
    connect(m_runBy, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (checkCoverField(text))
            m_context->setRunBy(text.trimmed());
    });
    for (const auto &[edit, member] :
         {std::pair{m_ticket, &ChangeRecord::ticket}, std::pair{m_requester, &ChangeRecord::requester},
          std::pair{m_approver, &ChangeRecord::approver}}) {
        connect(edit, &QLineEdit::textEdited, this, [this, member = member](const QString &text) {
            if (checkCoverField(text))
                m_context->edit([&](Profile &p) { p.change.*member = text.trimmed(); });
        });
    }
    return box;
}

// What the user typed stays; the profile takes it once it is one line of text.
bool MachinePage::checkCoverField(const QString &text)
{
    const QString problem = localized(changeFieldProblem(text.trimmed()));
    m_coverHint->setText(problem.isEmpty() ? QString() : tr("Not taken: %1.").arg(problem));
    m_coverHint->setHidden(problem.isEmpty());
    return problem.isEmpty();
}

void MachinePage::initializePage()
{
    m_host->setText(tr("This computer: %1").arg(QSysInfo::machineHostName()));
    if (m_identity.names.isEmpty() && m_identity.addresses.isEmpty())
        m_identity = MachineIdentity::thisMachine();
    m_found = rolesOfMachine(m_context->catalog(), m_context->profile(), m_identity);
    // A site profile names no vantage: the roles its lists give this computer are the choice, as
    // `run site.yaml` makes it on the command line.
    if (m_context->profile().vantage.isEmpty() && !m_found.isEmpty()) {
        const QStringList roles = proposedRoles();
        m_context->edit([&](Profile &p) { p.vantage = roles; });
    }
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        const QSignalBlocker block(it.value());
        it.value()->setChecked(m_context->profile().vantage.contains(it.key()));
    }
    m_runBy->setText(m_context->runBy());
    const ChangeRecord &change = m_context->profile().change;
    m_ticket->setText(change.ticket);
    m_requester->setText(change.requester);
    m_approver->setText(change.approver);
    m_coverHint->clear();
    m_coverHint->hide();
    updateStatus();
}

QStringList MachinePage::proposedRoles() const
{
    QStringList roles;
    for (const RoleMatch &m : m_found) {
        if (!roles.contains(m.role))
            roles << m.role;
    }
    return roles;
}

QString MachinePage::proposalText() const
{
    return m_proposal->text();
}

void MachinePage::updateProposal()
{
    if (m_found.isEmpty()) {
        // Said only when the profile lists machines of source roles: a new check has none yet.
        bool listsSources = false;
        for (const QString &role : sourceRoles(m_context->catalog()))
            listsSources = listsSources || !m_context->profile().hosts.value(role).isEmpty();
        m_proposal->setText(!listsSources
                                ? QString()
                                : tr("The profile's host lists do not name this computer: choose its roles "
                                     "below, or add its name to the list of its role."));
        m_proposal->setHidden(m_proposal->text().isEmpty());
        m_useProposal->hide();
        return;
    }
    QStringList parts;
    for (const RoleMatch &m : m_found) {
        const Role *role = m_context->catalog().role(m.role);
        parts << tr("%1 (listed as %2)").arg(role ? catalogText(role->name) : m.role, m.entry);
    }
    m_proposal->setText(
        tr("The profile's host lists name this computer: %1.").arg(parts.join(QStringLiteral(", "))));
    m_proposal->show();
    m_useProposal->setVisible(m_context->profile().vantage != proposedRoles());
}

bool MachinePage::isComplete() const
{
    return !m_context->profile().vantage.isEmpty();
}

QString MachinePage::coverHint() const
{
    return m_coverHint->text();
}

QString MachinePage::statusText() const
{
    return m_status->text();
}

void MachinePage::updateStatus()
{
    updateProposal();
    m_status->setText(isComplete() ? QString()
                                   : tr("Choose at least one role to continue: without one, nothing can be "
                                        "tested from this computer."));
    Q_EMIT completeChanged();
}

} // namespace PortCheck
