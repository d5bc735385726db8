#pragma once

#include <QMap>
#include <QWizardPage>

class QCheckBox;
class QLabel;

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

private:
    void updateStatus();

    WizardContext *m_context;
    QMap<QString, QCheckBox *> m_boxes;
    QLabel *m_host = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace PortCheck
