#include "ui/settings/appsettings.h"

#include "model/profile/profile.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace PortCheck {

AppSettings AppSettings::load()
{
    QSettings s;
    AppSettings a;
    const auto bounded = [&s](const QString &key, int fallback, int low, int high) {
        bool ok = false;
        const int value = s.value(key, fallback).toInt(&ok);
        return ok && value >= low && value <= high ? value : fallback;
    };
    // Same bounds as the profile loader accepts, so a hand-edited settings file cannot break a run.
    a.connectTimeoutMs = bounded(u"probe/connectTimeoutMs"_s, a.connectTimeoutMs, RunDefaults::kTimeoutMs.min,
                                 RunDefaults::kTimeoutMs.max);
    a.protocolTimeoutMs = bounded(u"probe/protocolTimeoutMs"_s, a.protocolTimeoutMs,
                                  RunDefaults::kTimeoutMs.min, RunDefaults::kTimeoutMs.max);
    a.concurrency = bounded(u"probe/concurrency"_s, a.concurrency, RunDefaults::kConcurrencyRange.min,
                            RunDefaults::kConcurrencyRange.max);
    a.perHostLimit = bounded(u"probe/perHostLimit"_s, a.perHostLimit, RunDefaults::kPerHostRange.min,
                             RunDefaults::kPerHostRange.max);
    a.language = s.value(u"ui/language"_s).toString();
    a.caFile = s.value(u"probe/caFile"_s).toString();
    a.azureServiceTagsFile = s.value(u"report/azureServiceTagsFile"_s).toString();
    return a;
}

void AppSettings::save() const
{
    QSettings s;
    s.setValue(u"probe/connectTimeoutMs"_s, connectTimeoutMs);
    s.setValue(u"probe/protocolTimeoutMs"_s, protocolTimeoutMs);
    s.setValue(u"probe/concurrency"_s, concurrency);
    s.setValue(u"probe/perHostLimit"_s, perHostLimit);
    s.setValue(u"ui/language"_s, language);
    s.setValue(u"probe/caFile"_s, caFile);
    s.setValue(u"report/azureServiceTagsFile"_s, azureServiceTagsFile);
}

void AppSettings::applyTo(Profile *profile) const
{
    profile->connectTimeoutMs = connectTimeoutMs;
    profile->protocolTimeoutMs = protocolTimeoutMs;
    profile->concurrency = concurrency;
    profile->perHostLimit = perHostLimit;
}

} // namespace PortCheck
