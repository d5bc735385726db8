#include "ui/wizard/componentspage.h"

#include "model/catalog/azureservicetags.h"
#include "model/plan/plan.h"
#include "model/probe/proxy.h"
#include "ui/i18n/translations.h"
#include "ui/wizard/wizardcontext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSet>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace PortCheck {

namespace {
QLabel *hintLabel(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}
} // namespace

ComponentsPage::ComponentsPage(WizardContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
{
    setTitle(tr("Components and modes"));
    setSubTitle(tr("What you deploy decides which links are needed; the modes decide which ports."));
    const Catalog &catalog = context->catalog();

    auto *components = new QGroupBox(tr("Components"));
    auto *componentLayout = new QVBoxLayout(components);
    for (const Component &c : catalog.components) {
        const QString name = catalogText(c.name);
        auto *box = new QCheckBox(c.always ? tr("%1 (always installed)").arg(name) : name);
        box->setAccessibleName(name);
        box->setAccessibleDescription(catalogText(c.description));
        box->setEnabled(!c.always);
        auto *hint = hintLabel(catalogText(c.description));
        hint->setIndent(24);
        componentLayout->addWidget(box);
        componentLayout->addWidget(hint);
        m_components.insert(c.id, box);
        connect(box, &QCheckBox::toggled, this, [this, id = c.id](bool on) {
            m_context->edit([&](Profile &p) {
                QStringList ordered;
                for (const Component &comp : m_context->catalog().components) {
                    if (!comp.always && (comp.id == id ? on : p.components.contains(comp.id)))
                        ordered << comp.id;
                }
                p.components = ordered;
            });
            updateOptions();
        });
    }
    componentLayout->addStretch();

    auto *modes = new QGroupBox(tr("Modes"));
    auto *modeLayout = new QVBoxLayout(modes);
    for (const Option &o : catalog.options) {
        auto *row = new QWidget;
        auto *rowLayout = new QVBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 6);
        auto *label = new QLabel(catalogText(o.name));
        auto *combo = new QComboBox;
        for (const OptionValue &v : o.values)
            combo->addItem(catalogText(v.name), v.id);
        combo->setAccessibleName(catalogText(o.name));
        combo->setAccessibleDescription(catalogText(o.description));
        label->setBuddy(combo);
        auto *effect = hintLabel(QString());
        effect->setAccessibleName(tr("%1: what it requires").arg(catalogText(o.name)));
        rowLayout->addWidget(label);
        rowLayout->addWidget(combo);
        rowLayout->addWidget(effect);
        modeLayout->addWidget(row);
        m_options.insert(o.id, combo);
        m_effects.insert(o.id, effect);
        m_optionRows.insert(o.id, row);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, id = o.id, combo] {
            const QString value = combo->currentData().toString();
            m_context->edit([&](Profile &p) {
                if (const Option *opt = m_context->catalog().option(id); opt && opt->defaultValue == value)
                    p.options.remove(id);
                else
                    p.options.insert(id, value);
            });
            updateOptions();
        });
    }

    // The region of the Azure SQL server: the firewall request names its service tag, Sql.<region>.
    m_regionRow = new QWidget;
    auto *regionLayout = new QVBoxLayout(m_regionRow);
    regionLayout->setContentsMargins(0, 0, 0, 6);
    auto *regionLabel = new QLabel(tr("Azure &region of the SQL server"));
    m_region = new QLineEdit;
    m_region->setPlaceholderText(tr("westeurope"));
    m_region->setAccessibleName(tr("Azure region of the SQL server"));
    regionLabel->setBuddy(m_region);
    m_regionHint = hintLabel(QString());
    m_regionHint->setAccessibleName(tr("Azure region: what it means"));
    regionLayout->addWidget(regionLabel);
    regionLayout->addWidget(m_region);
    regionLayout->addWidget(m_regionHint);
    modeLayout->addWidget(m_regionRow);
    connect(m_region, &QLineEdit::textEdited, this, [this] { applyRegion(); });

    // The proxy Guardian's HTTPS to the Internet goes through (Microsoft 365, Cayosoft's cloud):
    // each such link is probed through it and directly, side by side.
    auto *proxyRow = new QWidget;
    auto *proxyLayout = new QVBoxLayout(proxyRow);
    proxyLayout->setContentsMargins(0, 0, 0, 6);
    auto *proxyLabel = new QLabel(tr("&Proxy for HTTPS to the Internet"));
    m_proxyMode = new QComboBox;
    m_proxyMode->addItem(tr("This computer's setting (system proxy)"), u"system"_s);
    m_proxyMode->addItem(tr("No proxy: direct"), u"none"_s);
    m_proxyMode->addItem(tr("This proxy:"), u"url"_s);
    m_proxyMode->setAccessibleName(tr("Proxy for HTTPS to the Internet"));
    proxyLabel->setBuddy(m_proxyMode);
    m_proxyUrl = new QLineEdit;
    m_proxyUrl->setPlaceholderText(tr("http://proxy.corp.example:8080"));
    m_proxyUrl->setAccessibleName(tr("Proxy address"));
    m_proxyHint = hintLabel(QString());
    m_proxyHint->setAccessibleName(tr("Proxy: what it means"));
    proxyLayout->addWidget(proxyLabel);
    proxyLayout->addWidget(m_proxyMode);
    proxyLayout->addWidget(m_proxyUrl);
    proxyLayout->addWidget(m_proxyHint);
    modeLayout->addWidget(proxyRow);
    connect(m_proxyMode, &QComboBox::currentIndexChanged, this, [this] { applyProxy(); });
    connect(m_proxyUrl, &QLineEdit::textEdited, this, [this] { applyProxy(); });
    modeLayout->addStretch();

    // Each column scrolls on its own: on a small or 200 % screen the page is shorter than the list.
    const auto scrolling = [](QWidget *content) {
        auto *area = new QScrollArea;
        area->setWidget(content);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        area->setMinimumWidth(content->minimumSizeHint().width());
        return area;
    };
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(scrolling(components), 1);
    layout->addWidget(scrolling(modes), 1);
}

void ComponentsPage::initializePage()
{
    const Profile &p = m_context->profile();
    const QStringList enabled = p.effectiveComponents(m_context->catalog());
    for (auto it = m_components.cbegin(); it != m_components.cend(); ++it) {
        const QSignalBlocker block(it.value());
        it.value()->setChecked(enabled.contains(it.key()));
    }
    const OptionValues options = p.effectiveOptions(m_context->catalog());
    for (auto it = m_options.cbegin(); it != m_options.cend(); ++it) {
        const QSignalBlocker block(it.value());
        it.value()->setCurrentIndex(it.value()->findData(options.value(it.key())));
    }
    {
        const QSignalBlocker blockMode(m_proxyMode);
        const QString proxy = p.proxy.isEmpty() ? u"system"_s : p.proxy;
        const int index = m_proxyMode->findData(proxy.startsWith(u"http://"_s) ? u"url"_s : proxy);
        m_proxyMode->setCurrentIndex(std::max(0, index));
        if (proxy.startsWith(u"http://"_s))
            m_proxyUrl->setText(proxy);
    }
    applyProxy();
    m_region->setText(p.azureRegion);
    applyRegion();
    updateOptions();
}

QString ComponentsPage::azureRegionHint() const
{
    return m_regionHint->text();
}

bool ComponentsPage::isAzureRegionShown() const
{
    return !m_regionRow->isHidden();
}

// As with the proxy: what was typed stays, the profile takes it once it is a region name.
void ComponentsPage::applyRegion()
{
    const QString region = m_region->text().trimmed();
    if (!region.isEmpty() && !Azure::isRegionName(region)) {
        m_regionHint->setText(
            tr("Not an Azure region: letters, digits, spaces and hyphens, as in westeurope or West Europe."));
        return;
    }
    m_regionHint->setText(
        region.isEmpty() ? tr("Optional: the firewall request names the service tag Sql.<region> until "
                              "you give the region.")
                         : tr("The firewall request names the service tag %1 (not for a private endpoint).")
                               .arg(Azure::serviceTagName(u"Sql"_s, region)));
    if (m_context->profile().azureRegion != region)
        m_context->edit([&](Profile &p) { p.azureRegion = region; });
}

QString ComponentsPage::proxyHint() const
{
    return m_proxyHint->text();
}

// What the user typed stays in the field even when it is not a proxy URL yet; the profile keeps
// its last good value until then, and the hint says what is wrong.
void ComponentsPage::applyProxy()
{
    const QString mode = m_proxyMode->currentData().toString();
    m_proxyUrl->setEnabled(mode == u"url"_s);
    QString value = mode;
    if (mode == u"url"_s) {
        QString error;
        const auto endpoint = parseProxyUrl(m_proxyUrl->text(), &error);
        if (!endpoint) {
            m_proxyHint->setText(m_proxyUrl->text().trimmed().isEmpty()
                                     ? tr("Type the proxy's address, e.g. http://proxy.corp.example:8080.")
                                     : tr("Not a proxy address yet: %1.").arg(error));
            return;
        }
        value = endpoint->url();
        m_proxyHint->setText(tr("Each Internet link is probed through %1 (HTTP CONNECT, no credentials) and "
                                "directly, side by side; the verdict follows the proxy.")
                                 .arg(value));
    } else if (mode == u"none"_s) {
        m_proxyHint->setText(tr("Internet links are probed directly, as Guardian connects without a proxy."));
    } else {
#ifdef Q_OS_WIN
        m_proxyHint->setText(tr("The proxy Windows gives this computer (WinHTTP and Internet Options, with "
                                "PAC and WPAD) is asked when the run starts; the report names it."));
#else
        m_proxyHint->setText(tr("The proxy of this computer's settings (https_proxy and the desktop's "
                                "settings) is asked when the run starts; the report names it."));
#endif
    }
    if (m_context->profile().proxy != value &&
        !(value == u"system"_s && m_context->profile().proxy.isEmpty()))
        m_context->edit([&](Profile &p) { p.proxy = value == u"system"_s ? QString() : value; });
}

QString ComponentsPage::optionEffect(const QString &option) const
{
    const QLabel *label = m_effects.value(option);
    return label ? label->text() : QString();
}

bool ComponentsPage::isOptionShown(const QString &option) const
{
    const QWidget *row = m_optionRows.value(option);
    return row && !row->isHidden();
}

void ComponentsPage::updateOptions()
{
    const Catalog &catalog = m_context->catalog();
    const QStringList components = m_context->profile().effectiveComponents(catalog);
    const QSet<QString> relevant =
        catalog.optionsThatMatter(components, m_context->profile().effectiveOptions(catalog));
    m_regionRow->setHidden(!components.contains(u"azure-sql"_s));
    for (const Option &o : catalog.options) {
        m_optionRows.value(o.id)->setHidden(!relevant.contains(o.id));
        const QString value = m_options.value(o.id)->currentData().toString();
        const OptionValue *v = o.value(value);
        m_effects.value(o.id)->setText(v ? catalogText(v->description) : QString());
    }
}

} // namespace PortCheck
