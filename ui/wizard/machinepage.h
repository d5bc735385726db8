#pragma once

#include "model/profile/machineroles.h"

#include <QMap>
#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace PortCheck {

class WizardContext;

// Which Guardian role(s) this computer plays: the links it can test are the ones it opens.
class MachinePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MachinePage)

public:
    explicit MachinePage(WizardContext *context, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    QCheckBox *roleBox(const QString &role) const { return m_boxes.value(role); }
    QString statusText() const;
    QLineEdit *runByEdit() const { return m_runBy; }
    QLineEdit *ticketEdit() const { return m_ticket; }
    QLineEdit *requesterEdit() const { return m_requester; }
    QLineEdit *approverEdit() const { return m_approver; }
    QString coverHint() const;
    // What the profile's host lists say this computer is (issue 15.1), and the button that takes it.
    QString proposalText() const;
    QPushButton *useProposalButton() const { return m_useProposal; }
    // The identity the lists are matched against; a test sets its own.
    void setIdentity(const MachineIdentity &identity) { m_identity = identity; }

private:
    void updateStatus();
    QWidget *coverFields();
    bool checkCoverField(const QString &text);
    void updateProposal();
    QStringList proposedRoles() const;

    WizardContext *m_context;
    QMap<QString, QCheckBox *> m_boxes;
    QLabel *m_host = nullptr;
    QLabel *m_status = nullptr;
    QLineEdit *m_runBy = nullptr;
    QLineEdit *m_ticket = nullptr;
    QLineEdit *m_requester = nullptr;
    QLineEdit *m_approver = nullptr;
    QLabel *m_coverHint = nullptr;
    QLabel *m_proposal = nullptr;
    QPushButton *m_useProposal = nullptr;
    MachineIdentity m_identity;
    QList<RoleMatch> m_found; // the lists' entries that name this computer, at initializePage()
};

} // namespace PortCheck
