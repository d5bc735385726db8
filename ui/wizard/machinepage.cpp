#include "machinepage.h"

#include "translations.h"
#include "wizardcontext.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
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
    const QString problem = changeFieldProblem(text.trimmed());
    m_coverHint->setText(problem.isEmpty() ? QString() : tr("Not taken: %1.").arg(problem));
    m_coverHint->setHidden(problem.isEmpty());
    return problem.isEmpty();
}

void MachinePage::initializePage()
{
    m_host->setText(tr("This computer: %1").arg(QSysInfo::machineHostName()));
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
    m_status->setText(isComplete() ? QString()
                                   : tr("Choose at least one role to continue: without one, nothing can be "
                                        "tested from this computer."));
    Q_EMIT completeChanged();
}

} // namespace PortCheck
