#include "ui/wizard/sessionstore.h"

#include "model/datafolder.h"
#include "model/inputfile.h"
#include "model/outputfile.h"
#include "model/profile/profile.h"
#include "model/profile/sessionfile.h"
#include "ui/i18n/translations.h"
#include "ui/wizard/wizardcontext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace PortCheck {

namespace {
std::optional<SessionFile> readSession(const QString &path, QString *error)
{
    Text why;
    const std::optional<QByteArray> bytes = readInputFile(path, kMaxSessionBytes, &why);
    if (!bytes) {
        *error = path + u": "_s + localized(why);
        return std::nullopt;
    }
    std::optional<SessionFile> session = parseSessionFile(*bytes, path, &why);
    if (!session)
        *error = localized(why);
    return session;
}
} // namespace

QString SessionStore::defaultPath()
{
    return dataFolder() + u"/last-session.json"_s;
}

SessionStore::SessionStore(QString path)
    : m_path(std::move(path))
{}

QString SessionStore::save(const WizardContext &context) const
{
    if (context.isDemo())
        return {};
    SessionFile session;
    for (const QList<ProfileHost> &hosts : context.profile().hosts)
        session.hostCount += static_cast<int>(hosts.size());
    session.saved = QDateTime::currentDateTimeUtc();
    session.profilePath = context.profilePath();
    session.profileYaml = profileToYaml(context.profile());
    session.hostTexts = context.hostTexts();
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    return localized(writeFileAtomically(m_path, sessionFileBytes(session)).error());
}

QString SessionStore::restore(WizardContext *context) const
{
    QString error;
    const std::optional<SessionFile> session = readSession(m_path, &error);
    if (!session)
        return error;
    Profile profile;
    // The profile's own positions count lines of its YAML text, not of the session file.
    const Diagnostics problems =
        loadProfile(session->profileYaml, m_path + u" (profile)"_s, context->catalog(), &profile);
    if (!problems.isEmpty())
        return problems.first().toString(translator());
    context->reset(profile, session->profilePath, session->hostTexts);
    return {};
}

bool SessionStore::exists() const
{
    return QFile::exists(m_path);
}

QDateTime SessionStore::savedAt() const
{
    QString error;
    const std::optional<SessionFile> session = readSession(m_path, &error);
    return session ? session->saved : QDateTime();
}

int SessionStore::hostCount() const
{
    QString error;
    const std::optional<SessionFile> session = readSession(m_path, &error);
    return session ? session->hostCount : 0;
}

} // namespace PortCheck
