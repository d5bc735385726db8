#pragma once

#include <QMap>
#include <QStringList>
#include <QWizardPage>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace PortCheck {

class HostListEditor;
class WizardContext;

// A host list per role that the chosen components need. Next stays disabled until every role has a
// valid host and no entry is invalid; the page says which role holds it up.
class HostsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostsPage)

public:
    explicit HostsPage(WizardContext *context, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    QStringList roles() const { return m_roles; }
    HostListEditor *editor(const QString &role) const { return m_editors.value(role); }
    void showRole(const QString &role);
    QString statusText() const;

private:
    // Ready to go on: hosts given, or the catalog's, or none for a role only optional links need
    // (those links are then left out, as the run says).
    bool roleReady(const QString &role) const;
    void updateStatus();

    WizardContext *m_context;
    QStringList m_roles; // the roles shown, in catalog order
    QMap<QString, HostListEditor *> m_editors;
    QListWidget *m_list = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace PortCheck
