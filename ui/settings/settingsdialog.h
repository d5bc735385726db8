#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace PortCheck {

class WizardContext;

// Timeouts, limits, language and an extra CA file. They apply to the current check and are kept
// as the defaults of the next ones.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(WizardContext *context, QWidget *parent = nullptr);

    void accept() override;

    QSpinBox *connectTimeout() const { return m_connect; }
    QSpinBox *protocolTimeout() const { return m_protocol; }
    QSpinBox *concurrency() const { return m_concurrency; }
    QSpinBox *perHost() const { return m_perHost; }
    QComboBox *language() const { return m_language; }
    QLineEdit *caFile() const { return m_caFile; }
    QLineEdit *azureServiceTagsFile() const { return m_serviceTags; }

private:
    WizardContext *m_context;
    QSpinBox *m_connect = nullptr;
    QSpinBox *m_protocol = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QSpinBox *m_perHost = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLineEdit *m_serviceTags = nullptr;
};

} // namespace PortCheck
