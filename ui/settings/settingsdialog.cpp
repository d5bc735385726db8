#include "ui/settings/settingsdialog.h"

#include "model/probe/rundefaults.h"
#include "ui/wizard/wizardcontext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace PortCheck {

namespace {
QSpinBox *spinBox(int low, int high, int value, const QString &suffix, const QString &name)
{
    auto *box = new QSpinBox;
    box->setRange(low, high);
    box->setValue(value);
    box->setSuffix(suffix);
    box->setAccessibleName(name);
    return box;
}
} // namespace

SettingsDialog::SettingsDialog(WizardContext *context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setWindowTitle(tr("Settings"));
    const Profile &p = context->profile();
    const AppSettings &s = context->settings();
    m_connect = spinBox(RunDefaults::kTimeoutMs.min, RunDefaults::kTimeoutMs.max, p.connectTimeoutMs,
                        tr(" ms"), tr("Connect timeout"));
    m_connect->setSingleStep(500);
    m_connect->setToolTip(tr("How long to wait for a TCP connection. Windows reports a refused port only "
                             "after about 2 s, so keep it above that."));
    m_protocol = spinBox(RunDefaults::kTimeoutMs.min, RunDefaults::kTimeoutMs.max, p.protocolTimeoutMs,
                         tr(" ms"), tr("Protocol timeout"));
    m_protocol->setSingleStep(500);
    m_concurrency = spinBox(RunDefaults::kConcurrencyRange.min, RunDefaults::kConcurrencyRange.max,
                            p.concurrency, QString(), tr("Probes at once"));
    m_perHost = spinBox(RunDefaults::kPerHostRange.min, RunDefaults::kPerHostRange.max, p.perHostLimit,
                        QString(), tr("Probes at once per host"));
    m_language = new QComboBox;
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Deutsch"_s, u"de"_s);
    m_language->addItem(u"Français"_s, u"fr"_s);
    m_language->addItem(u"日本語"_s, u"ja"_s);
    m_language->setCurrentIndex(std::max(0, m_language->findData(s.language)));
    m_caFile = new QLineEdit(s.caFile);
    m_caFile->setAccessibleName(tr("Extra CA certificates file"));
    m_caFile->setPlaceholderText(tr("PEM file with your own CA, optional"));
    // wide enough for the whole placeholder: a cut hint reads as a different one
    m_caFile->setMinimumWidth(m_caFile->fontMetrics().horizontalAdvance(m_caFile->placeholderText()) +
                              4 * m_caFile->fontMetrics().averageCharWidth());
    auto *browse = new QPushButton(tr("B&rowse…"));
    browse->setAccessibleName(tr("Choose the CA file"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("CA certificates"), QString(),
                                         tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!path.isEmpty())
            m_caFile->setText(path);
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    m_serviceTags = new QLineEdit(s.azureServiceTagsFile);
    m_serviceTags->setAccessibleName(tr("Azure service tags file"));
    m_serviceTags->setPlaceholderText(tr("ServiceTags_Public_<date>.json, optional"));
    m_serviceTags->setToolTip(tr("A copy of Microsoft's \"Azure IP Ranges and Service Tags\" that you saved "
                                 "(never downloaded here): the firewall request lists the address prefixes "
                                 "of the Azure SQL server's region from it."));
    m_serviceTags->setMinimumWidth(m_caFile->minimumWidth());
    auto *browseTags = new QPushButton(tr("Bro&wse…"));
    browseTags->setAccessibleName(tr("Choose the Azure service tags file"));
    connect(browseTags, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Azure service tags"), QString(),
                                                          tr("JSON files (*.json);;All files (*)"));
        if (!path.isEmpty())
            m_serviceTags->setText(path);
    });
    auto *tagsRow = new QHBoxLayout;
    tagsRow->addWidget(m_serviceTags, 1);
    tagsRow->addWidget(browseTags);

    auto *form = new QFormLayout;
    // Mnemonics: OK and Cancel keep O and C (GNOME's theme writes "&OK", "&Cancel").
    form->addRow(tr("Connec&t timeout:"), m_connect);
    form->addRow(tr("&Protocol timeout:"), m_protocol);
    form->addRow(tr("Probes &at once:"), m_concurrency);
    form->addRow(tr("Probes per &host:"), m_perHost);
    form->addRow(tr("&Language:"), m_language);
    // A label of a layout gets no buddy from QFormLayout, and without one it shows its '&'.
    auto *caLabel = new QLabel(tr("Extra CA &file:"));
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);
    auto *tagsLabel = new QLabel(tr("Azure service ta&gs file:"));
    tagsLabel->setBuddy(m_serviceTags);
    form->addRow(tagsLabel, tagsRow);
    auto *note = new QLabel(tr("A new language applies from the next start."));
    note->setWordWrap(true);
    form->addRow(note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    AppSettings &s = m_context->settings();
    s.connectTimeoutMs = m_connect->value();
    s.protocolTimeoutMs = m_protocol->value();
    s.concurrency = m_concurrency->value();
    s.perHostLimit = m_perHost->value();
    s.language = m_language->currentData().toString();
    s.caFile = m_caFile->text().trimmed();
    s.azureServiceTagsFile = m_serviceTags->text().trimmed();
    s.save();
    m_context->edit([&s](Profile &p) { s.applyTo(&p); });
    QDialog::accept();
}

} // namespace PortCheck
