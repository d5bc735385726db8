#pragma once

#include "model/expected.h"

#include <QDateTime>
#include <QMap>
#include <QString>

#include <optional>

namespace PortCheck {

class WizardContext;

// The autosaved session: the profile and the host lists exactly as typed, written atomically after
// every edit, so that a crash or a closed window loses nothing. One file per user:
// <AppDataLocation>/last-session.json. The demo is never saved (its ports change on every start).
class SessionStore final
{
public:
    static QString defaultPath();

    explicit SessionStore(QString path = defaultPath());

    Expected<void> save(const WizardContext &context) const;
    // Loads into the context (a missing file is an error too).
    Expected<void> restore(WizardContext *context) const;

    // What the start page tells of the saved session, from one read of the file.
    struct Summary
    {
        QDateTime saved;
        int hostCount = 0;
    };
    // Nothing when no session is saved or its file cannot be read.
    std::optional<Summary> summary() const;

    QString path() const { return m_path; }

private:
    QString m_path;
};

} // namespace PortCheck
