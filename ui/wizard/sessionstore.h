#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>

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

    // Returns an error text, empty on success.
    QString save(const WizardContext &context) const;
    // Loads into the context; returns an error text (a missing file is an error too).
    QString restore(WizardContext *context) const;

    bool exists() const;
    // When it was saved and how many hosts it holds, for the start page; invalid when unreadable.
    QDateTime savedAt() const;
    int hostCount() const;

    QString path() const { return m_path; }

private:
    QString m_path;
};

} // namespace PortCheck
