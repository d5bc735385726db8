#pragma once

#include "model/probe/rundefaults.h"

#include <QString>

namespace PortCheck {

struct Profile;

// Preferences kept between sessions (QSettings): the defaults a new check starts with, the
// language and an extra CA file. What the user typed for a check lives in the session instead.
struct AppSettings
{
    int connectTimeoutMs = RunDefaults::kConnectTimeoutMs;
    int protocolTimeoutMs = RunDefaults::kProtocolTimeoutMs;
    int concurrency = RunDefaults::kConcurrency;
    int perHostLimit = RunDefaults::kPerHostLimit;
    QString language; // empty: follow the system locale
    QString caFile;   // PEM file with extra trust anchors, empty for none
    // A saved copy of Azure's service tags (ServiceTags_Public_*.json): the firewall request lists
    // the prefixes of the Azure SQL region from it. Empty for none.
    QString azureServiceTagsFile;

    static AppSettings load();
    void save() const;
    // Copies the timeouts and limits into a profile.
    void applyTo(Profile *profile) const;
};

} // namespace PortCheck
