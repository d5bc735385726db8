#include "sessionstore.h"

#include "datafolder.h"
#include "export/resultjson.h"
#include "inputfile.h"
#include "profile/profile.h"
#include "translations.h"
#include "wizardcontext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace PortCheck {

namespace {
constexpr int kSessionVersion = 1;
constexpr qint64 kMaxSessionBytes = 16 * 1024 * 1024;

QJsonObject readSession(const QString &path, QString *error)
{
    Text why;
    const std::optional<QByteArray> bytes = readInputFile(path, kMaxSessionBytes, &why);
    if (!bytes) {
        *error = path + u": "_s + why.english();
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = path + u": not a session file (offset "_s + QString::number(parseError.offset) + u": "_s +
                 parseError.errorString() + u')';
        return {};
    }
    const QJsonObject o = doc.object();
    if (o.value(u"session"_s).toInt() != kSessionVersion) {
        *error = path + u": unsupported session version"_s;
        return {};
    }
    return o;
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
    int hostCount = 0;
    for (const QList<ProfileHost> &hosts : context.profile().hosts)
        hostCount += static_cast<int>(hosts.size());
    QJsonObject texts;
    for (auto it = context.hostTexts().cbegin(); it != context.hostTexts().cend(); ++it)
        texts.insert(it.key(), it.value());
    const QJsonObject o{
        {u"session"_s, kSessionVersion},
        {u"saved"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {u"profilePath"_s, context.profilePath()},
        {u"profile"_s, QString::fromUtf8(profileToYaml(context.profile()))},
        {u"hostTexts"_s, texts},
        {u"hostCount"_s, hostCount},
    };
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    return localized(writeFileAtomically(m_path, QJsonDocument(o).toJson()));
}

QString SessionStore::restore(WizardContext *context) const
{
    QString error;
    const QJsonObject o = readSession(m_path, &error);
    if (!error.isEmpty())
        return error;
    Profile profile;
    const Diagnostics problems =
        loadProfile(o.value(u"profile"_s).toString().toUtf8(), m_path, context->catalog(), &profile);
    if (!problems.isEmpty())
        return problems.first().toString(translator());
    QMap<QString, QString> texts;
    const QJsonObject t = o.value(u"hostTexts"_s).toObject();
    for (auto it = t.begin(); it != t.end(); ++it)
        texts.insert(it.key(), it.value().toString());
    context->reset(profile, o.value(u"profilePath"_s).toString(), texts);
    return {};
}

bool SessionStore::exists() const
{
    return QFile::exists(m_path);
}

QDateTime SessionStore::savedAt() const
{
    QString error;
    return QDateTime::fromString(readSession(m_path, &error).value(u"saved"_s).toString(), Qt::ISODateWithMs);
}

int SessionStore::hostCount() const
{
    QString error;
    return readSession(m_path, &error).value(u"hostCount"_s).toInt();
}

} // namespace PortCheck
