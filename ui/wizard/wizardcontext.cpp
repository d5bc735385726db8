#include "ui/wizard/wizardcontext.h"

#include "model/catalog/azureservicetags.h"
#include "model/demo/demosite.h"
#include "model/inputfile.h"
#include "model/plan/plan.h"
#include "model/profile/hostlisttext.h"
#include "model/run/planrun.h"
#include "ui/i18n/translations.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

namespace PortCheck {

WizardContext::WizardContext(const Catalog &catalog, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_profile(Profile::defaults(catalog))
    , m_runBy(RunMetadata::now(catalog).user)
    , m_settings(AppSettings::load())
{
    m_settings.applyTo(&m_profile);
}

WizardContext::~WizardContext() = default;

void WizardContext::edit(const std::function<void(Profile &)> &change)
{
    change(m_profile);
    Q_EMIT edited();
}

void WizardContext::reset(const Profile &profile, const QString &path,
                          const QMap<QString, QString> &hostTexts)
{
    m_run.reset();
    m_comparison.reset();
    m_demo.reset();
    m_profile = profile;
    m_profilePath = path;
    m_savedForRole.clear();
    m_hostTexts = hostTexts;
    for (auto it = profile.hosts.cbegin(); it != profile.hosts.cend(); ++it) {
        if (!m_hostTexts.contains(it.key()))
            m_hostTexts.insert(it.key(), profileHostsText(it.value()));
    }
    Q_EMIT wasReset();
}

void WizardContext::setHostText(const QString &role, const QString &text)
{
    m_hostTexts.insert(role, text);
    const ProfileHostList parsed = parseProfileHosts(text, overridablePorts(m_catalog, role));
    if (parsed.hosts.isEmpty())
        m_profile.hosts.remove(role);
    else
        m_profile.hosts.insert(role, parsed.hosts);
    Q_EMIT edited();
}

Expected<void> WizardContext::saveProfile(const QString &path)
{
    QMap<QString, QString> written;
    if (Expected<void> saved = saveProfileFile(m_profile, path); !saved)
        return saved;
    for (const QString &role : m_profile.vantage)
        written.insert(role, path);
    // The roles whose links this machine cannot test, each with a profile of its own.
    QStringList others;
    const Plan plan = buildPlan(m_catalog, m_profile);
    for (const PlanItem &item : plan.items) {
        const Link *link = m_catalog.link(item.link);
        if (!item.testable && link && !others.contains(link->from) && !written.contains(link->from))
            others << link->from;
    }
    const QFileInfo info(path);
    QString base = info.fileName();
    for (const QString &suffix : {u".yaml"_s, u".yml"_s}) {
        if (base.endsWith(suffix, Qt::CaseInsensitive)) {
            base.chop(suffix.size());
            break;
        }
    }
    for (const QString &role : std::as_const(others)) {
        Profile there = m_profile;
        there.vantage = {role};
        const QString file = info.dir().filePath(base + u'.' + role + u".yaml"_s);
        if (Expected<void> saved = saveProfileFile(there, file); !saved)
            return saved;
        written.insert(role, file);
    }
    m_profilePath = path;
    m_savedForRole = written;
    Q_EMIT saved();
    return {};
}

QString WizardContext::savedProfileFor(const QString &role) const
{
    return m_savedForRole.value(role);
}

Expected<void> WizardContext::startDemo()
{
    auto site = std::make_unique<DemoSite>();
    if (Expected<void> started = site->start(); !started)
        return started;
    Profile profile = site->profile();
    reset(profile);
    m_demo = std::move(site);
    return {};
}

RunSettings WizardContext::runSettings(QString *error) const
{
    RunSettings s = runSettingsFor(m_profile);
    // The window keeps a core for itself: with a worker on every core, the workers took the GUI
    // thread's core from it while 40,000 refused probes streamed in (2 cores: stalls of 20-30 ms
    // against 12-15 ms with one worker). A run that waits on the network is as fast either way.
    if (s.threads <= 0)
        s.threads = defaultThreads(1);
    if (m_demo)
        s.probe.extraCaCertificates += m_demo->trustAnchors();
    if (!m_settings.caFile.isEmpty()) {
        // readInputFile refuses a FIFO or a device at once (QFile would block or read forever).
        Text why;
        const std::optional<QByteArray> pem = readInputFile(m_settings.caFile, kMaxCaFileBytes, &why);
        const QList<QSslCertificate> certificates =
            pem ? QSslCertificate::fromData(*pem, QSsl::Pem) : QList<QSslCertificate>();
        if (certificates.isEmpty() && error)
            *error = tr("The CA file %1 holds no PEM certificate; the run goes on without it.")
                         .arg(m_settings.caFile);
        s.probe.extraCaCertificates += certificates;
    }
    return s;
}

void WizardContext::setMergedResults(const ReportData &report)
{
    m_run.reset();
    m_comparison.reset();
    m_merged = report;
}

void WizardContext::setComparison(const Comparison &comparison)
{
    m_run.reset();
    m_merged = comparison.after;
    m_comparison = std::make_shared<const Comparison>(comparison);
}

ReportData WizardContext::report() const
{
    ReportData report;
    if (m_merged)
        report = *m_merged;
    else if (m_run)
        report = m_run->isRunning() ? reportFromRun(m_catalog, m_run->plan(), m_run->result())
                                    : reportFromRun(m_run->plan(), m_run->result(), m_run->verdicts());
    else
        return {};
    // The settings' saved copy of Azure's service tags: read again when the file changed.
    const QString path = m_settings.azureServiceTagsFile;
    if (!path.isEmpty()) {
        const QDateTime modified = QFileInfo(path).lastModified();
        if (path != m_serviceTagsPath || modified != m_serviceTagsModified) {
            Text error;
            const auto tags = Azure::readServiceTagFile(path, &error);
            m_serviceTags = tags.value_or(Azure::ServiceTagList());
            m_serviceTagsError = tags ? Text() : error;
            m_serviceTagsPath = path;
            m_serviceTagsModified = modified;
        }
        report.azureServiceTags = m_serviceTags;
        if (!m_serviceTagsError.isEmpty())
            report.warnings << m_serviceTagsError;
    }
    return report;
}

PlanRun *WizardContext::newRun()
{
    m_merged.reset();
    m_comparison.reset();
    Profile profile = m_profile;
    settleProxy(m_catalog, &profile); // the choice on the modes page, or the system's
    m_run = std::make_unique<PlanRun>(m_catalog, buildPlan(m_catalog, profile), runSettings());
    return m_run.get();
}

} // namespace PortCheck
