#pragma once

#include <QMap>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QWidget;

namespace PortCheck {

class WizardContext;

// What is deployed (components) and in which modes (options); each mode says what it requires.
class ComponentsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComponentsPage)

public:
    explicit ComponentsPage(WizardContext *context, QWidget *parent = nullptr);

    void initializePage() override;

    QCheckBox *componentBox(const QString &component) const { return m_components.value(component); }
    QComboBox *optionBox(const QString &option) const { return m_options.value(option); }
    // The sentence shown under an option: what its current value requires.
    QString optionEffect(const QString &option) const;
    bool isOptionShown(const QString &option) const;
    // How HTTPS to the Internet leaves this machine: the system's setting, no proxy, or this proxy.
    QComboBox *proxyModeBox() const { return m_proxyMode; }
    QLineEdit *proxyEdit() const { return m_proxyUrl; }
    QString proxyHint() const;
    // The Azure region of the Azure SQL server (shown with the azure-sql component).
    QLineEdit *azureRegionEdit() const { return m_region; }
    QString azureRegionHint() const;
    bool isAzureRegionShown() const;

private:
    void updateOptions();
    void applyProxy();
    void applyRegion();

    WizardContext *m_context;
    QMap<QString, QCheckBox *> m_components;
    QMap<QString, QComboBox *> m_options;
    QMap<QString, QLabel *> m_effects;
    QMap<QString, QWidget *> m_optionRows;
    QComboBox *m_proxyMode = nullptr;
    QLineEdit *m_proxyUrl = nullptr;
    QLabel *m_proxyHint = nullptr;
    QWidget *m_regionRow = nullptr;
    QLineEdit *m_region = nullptr;
    QLabel *m_regionHint = nullptr;
};

} // namespace PortCheck
