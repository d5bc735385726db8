#pragma once

#include "model/catalog/azureservicetags.h"
#include "model/catalog/catalog.h"
#include "model/probe/proberunner.h"
#include "model/profile/profile.h"
#include "model/run/compare.h"
#include "model/run/planrun.h"
#include "model/run/report.h"
#include "ui/settings/appsettings.h"

#include <QDateTime>
#include <QMap>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace PortCheck {

class DemoSite;

// What the wizard's pages share: the profile being edited, the host lists exactly as typed (with
// their mistakes, so nothing typed is lost), the demo site when one runs, and the last run.
// Pages write every edit here at once; the wizard autosaves on `edited`.
class WizardContext final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardContext)

public:
    explicit WizardContext(const Catalog &catalog, QObject *parent = nullptr);
    ~WizardContext() override;

    const Catalog &catalog() const { return m_catalog; }
    const Profile &profile() const { return m_profile; }
    // Applies a change the user made and announces it.
    void edit(const std::function<void(Profile &)> &change);

    // Starts over with another profile (a new check, an opened file, the demo); host texts are
    // rebuilt from its hosts unless given.
    void reset(const Profile &profile, const QString &path = {},
               const QMap<QString, QString> &hostTexts = {});

    QString hostText(const QString &role) const { return m_hostTexts.value(role); }
    const QMap<QString, QString> &hostTexts() const { return m_hostTexts; }
    // Keeps the text as typed and puts its valid hosts into the profile.
    void setHostText(const QString &role, const QString &text);

    QString profilePath() const { return m_profilePath; }
    // Writes the profile to `path` (what `guardian-portcheck run` reads) and, beside it, one profile
    // per other machine that has links to test ("<name>.<role>.yaml", that role as its vantage), so
    // the advice for a link not tested from here can name the file to run there. Remembers the path.
    Expected<void> saveProfile(const QString &path);
    // The saved file that tests links starting on `role`: the profile itself when this machine
    // plays the role, else the one saved beside it; empty before the profile was saved.
    QString savedProfileFor(const QString &role) const;
    bool isDemo() const { return m_demo != nullptr; }
    // Starts the demo site on loopback and loads its profile.
    Expected<void> startDemo();

    // Who runs the check, for the report's cover: the account name unless the user typed another.
    QString runBy() const { return m_runBy; }
    void setRunBy(const QString &name) { m_runBy = name; }

    AppSettings &settings() { return m_settings; }
    // Probe settings for a run: the profile's timeouts and limits, the CA file of the settings and
    // the demo's own CA when the demo runs. `error` receives a problem with the CA file.
    RunSettings runSettings(QString *error = nullptr) const;

    // The last run (owned here so that the results page and the exports see the same one).
    PlanRun *run() const { return m_run.get(); }
    PlanRun *newRun();

    // What the results page shows: results files merged, when opened, or else the last run.
    void setMergedResults(const ReportData &report);
    bool hasMergedResults() const { return m_merged.has_value(); }
    bool hasResults() const { return m_merged.has_value() || m_run != nullptr; }
    ReportData report() const;
    // Two results files of one site, before and after a change: the results page shows the after
    // file and what changed; its report has the "Before and after the change" section.
    void setComparison(const Comparison &comparison);
    const Comparison *comparison() const { return m_comparison.get(); }

Q_SIGNALS:
    void edited();   // the user changed something: autosave
    void wasReset(); // a new profile was loaded: pages read everything again
    void saved();    // the profile was written to profilePath()

private:
    const Catalog &m_catalog;
    Profile m_profile;
    QMap<QString, QString> m_hostTexts;
    QString m_profilePath;
    QMap<QString, QString> m_savedForRole; // source role -> file written by the last saveProfile()
    QString m_runBy;
    AppSettings m_settings;
    std::unique_ptr<DemoSite> m_demo;
    std::unique_ptr<PlanRun> m_run;
    std::optional<ReportData> m_merged;
    std::shared_ptr<const Comparison> m_comparison;
    // The settings' service tags file as last read (report() is const and called often).
    mutable QString m_serviceTagsPath;
    mutable QDateTime m_serviceTagsModified;
    mutable Azure::ServiceTagList m_serviceTags;
    mutable Text m_serviceTagsError;
};

} // namespace PortCheck
