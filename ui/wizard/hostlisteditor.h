#pragma once

#include "model/expected.h"
#include "model/probe/dcdiscovery.h"
#include "model/profile/hostinput.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace PortCheck {

class WizardContext;
struct Role;

// The hosts of one role: paste many, one per line; each invalid entry is named with its reason as
// you type; per-host port overrides as CATALOGPORT=PORT; import from a text or CSV file; for domain
// controllers, discovery from DNS SRV records.
class HostListEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostListEditor)

public:
    HostListEditor(WizardContext *context, const Role &role, QWidget *parent = nullptr);

    QString roleId() const { return m_role; }
    // Reads the text from the context (after a reset).
    void reload();

    int validCount() const { return m_valid; }
    int errorCount() const { return m_errors; }
    bool hasDefaults() const { return !defaults().isEmpty(); }
    // Ready when there is a valid host (or the catalog's defaults apply) and no invalid entry.
    bool isReady() const { return m_errors == 0 && (m_valid > 0 || (hasDefaults() && m_emptyText)); }
    bool isEmpty() const { return m_emptyText; }
    // The summary and every invalid entry, one per line.
    QString feedbackText() const;

    QPlainTextEdit *textEdit() const { return m_text; }
    // Every invalid entry; activating one puts the cursor on it in the text.
    QListWidget *problemList() const { return m_problems; }
    // Appends the hosts of a text or CSV file; the error is also shown below the list.
    Expected<void> importFile(const QString &path);

    bool hasDiscovery() const { return m_discovery != nullptr; }
    QLineEdit *domainEdit() const { return m_domain; }
    QLineEdit *nameserverEdit() const { return m_nameserver; }
    QPushButton *discoverButton() const { return m_discover; }
    QString discoveryText() const;
    bool isDiscovering() const;

Q_SIGNALS:
    void readinessChanged();

private:
    QStringList defaults() const;
    QString defaultsText(const QString &separator) const;
    void onTextChanged();
    void startDiscovery();
    void onDiscovered(const DiscoveryResult &result);
    void appendHosts(const QStringList &hosts);
    void showProblem(int row);

    WizardContext *m_context;
    QString m_role;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_feedback = nullptr;
    QListWidget *m_problems = nullptr;
    QList<HostInputError> m_problemEntries;
    QString m_importNote; // what the last CSV import read, shown with the check
    int m_valid = 0;
    int m_errors = 0;
    bool m_emptyText = true;

    DcDiscovery *m_discovery = nullptr;
    QLineEdit *m_domain = nullptr;
    QLineEdit *m_site = nullptr;
    QLineEdit *m_nameserver = nullptr;
    QPushButton *m_discover = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_discoveryStatus = nullptr;
};

} // namespace PortCheck
