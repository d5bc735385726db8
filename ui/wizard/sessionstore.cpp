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
Expected<SessionFile> readSession(const QString &path)
{
    Text why;
    const std::optional<QByteArray> bytes = readInputFile(path, kMaxSessionBytes, &why);
    if (!bytes)
        return Failure{
            Text::phrase("Import", QT_TRANSLATE_NOOP("Import", "%1: %2"), {Text::plain(path), why})};
    std::optional<SessionFile> session = parseSessionFile(*bytes, path, &why);
    if (!session)
        return Failure{why};
    return *std::move(session);
}
} // namespace

QString SessionStore::defaultPath()
{
    return dataFolder() + u"/last-session.json"_s;
}

SessionStore::SessionStore(QString path)
    : m_path(std::move(path))
{}

Expected<void> SessionStore::save(const WizardContext &context) const
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
    return writeFileAtomically(m_path, sessionFileBytes(session));
}

Expected<void> SessionStore::restore(WizardContext *context) const
{
    const Expected<SessionFile> session = readSession(m_path);
    if (!session)
        return Failure{session.error()};
    Profile profile;
    // The profile's own positions count lines of its YAML text, not of the session file.
    const Diagnostics problems =
        loadProfile(session->profileYaml, m_path + u" (profile)"_s, context->catalog(), &profile);
    if (!problems.isEmpty())
        return Failure{Text::plain(problems.first().toString(translator()))};
    context->reset(profile, session->profilePath, session->hostTexts);
    return {};
}

std::optional<SessionStore::Summary> SessionStore::summary() const
{
    if (!QFile::exists(m_path))
        return std::nullopt;
    const Expected<SessionFile> session = readSession(m_path);
    if (!session || !session->saved.isValid())
        return std::nullopt;
    return Summary{session->saved, session->hostCount};
}

} // namespace PortCheck
