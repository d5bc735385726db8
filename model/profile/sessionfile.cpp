#include "model/profile/sessionfile.h"

#include "model/inputfile.h"
#include "model/jsoncursor.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <cmath>
#include <limits>
#include <tuple>

using namespace Qt::StringLiterals;

namespace PortCheck {

namespace {
Text sessionText(const char *source, QList<Text> args = {})
{
    return Text::phrase("Session", source, std::move(args));
}

// The role lists of one catalog: a handful. A file with more was not written by the wizard.
constexpr qsizetype kMaxHostTexts = 256;
} // namespace

bool SessionFile::operator==(const SessionFile &other) const
{
    return saved == other.saved && profilePath == other.profilePath && profileYaml == other.profileYaml &&
           hostTexts == other.hostTexts && hostCount == other.hostCount;
}

QByteArray sessionFileBytes(const SessionFile &session)
{
    QJsonObject texts;
    for (auto it = session.hostTexts.cbegin(); it != session.hostTexts.cend(); ++it)
        texts.insert(it.key(), it.value());
    const QJsonObject o{
        {u"session"_s, kSessionVersion},
        {u"saved"_s, session.saved.toString(Qt::ISODateWithMs)},
        {u"profilePath"_s, session.profilePath},
        {u"profile"_s, QString::fromUtf8(session.profileYaml)},
        {u"hostTexts"_s, texts},
        {u"hostCount"_s, session.hostCount},
    };
    return QJsonDocument(o).toJson();
}

std::optional<SessionFile> parseSessionFile(const QByteArray &bytes, const QString &path, Text *error)
{
    const auto fail = [&](const QString &where, const Text &what) -> std::optional<SessionFile> {
        *error = sessionText(QT_TRANSLATE_NOOP("Session", "%1: %2"), {Text::plain(where), what});
        return std::nullopt;
    };
    const auto at = [&](std::initializer_list<JsonStep> steps) {
        return valuePosition(path, bytes, steps);
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(path + u':' + lineColumn(bytes, parseError.offset),
                    sessionText(QT_TRANSLATE_NOOP("Session", "not a session file: %1"),
                                {Text::plain(parseError.errorString())}));
    if (!doc.isObject())
        return fail(at({}),
                    sessionText(QT_TRANSLATE_NOOP(
                        "Session", "not a session file (a JSON object with \"session\": 1 expected)")));
    const QJsonObject o = doc.object();
    const QJsonValue version = o.value(u"session"_s);
    if (version.isUndefined())
        return fail(at({}),
                    sessionText(QT_TRANSLATE_NOOP("Session", "not a session file (no \"session\": 1)")));
    if (!version.isDouble() || version.toDouble() != kSessionVersion)
        return fail(at({{"session"}}),
                    sessionText(QT_TRANSLATE_NOOP(
                                    "Session", "session version %1 is not supported, expected 1 (written by "
                                               "another version of Guardian Port Check?)"),
                                {Text::plain(version.isDouble() ? QString::number(version.toDouble())
                                                                : jsonLiteral(version))}));
    const auto mustBe = [&](const char *key, QJsonValue::Type type, const char *what) {
        const QJsonValue v = o.value(QLatin1StringView(key));
        return v.isUndefined() || v.type() == type
                   ? Text()
                   : sessionText(QT_TRANSLATE_NOOP("Session", "\"%1\" must be %2"),
                                 {Text::plain(QString::fromLatin1(key)), sessionText(what)});
    };
    const std::array<std::tuple<const char *, QJsonValue::Type, const char *>, 5> fields{{
        {"saved", QJsonValue::String, QT_TRANSLATE_NOOP("Session", "a date as text")},
        {"profilePath", QJsonValue::String, QT_TRANSLATE_NOOP("Session", "a text")},
        {"profile", QJsonValue::String, QT_TRANSLATE_NOOP("Session", "the profile as text")},
        {"hostTexts", QJsonValue::Object, QT_TRANSLATE_NOOP("Session", "an object of role: hosts as typed")},
        {"hostCount", QJsonValue::Double, QT_TRANSLATE_NOOP("Session", "a number")},
    }};
    for (const auto &[key, type, what] : fields) {
        if (const Text wrong = mustBe(key, type, what); !wrong.isEmpty())
            return fail(at({{key}}), wrong);
    }
    if (!o.contains(u"profile"_s))
        return fail(at({}), sessionText(QT_TRANSLATE_NOOP("Session", "no \"profile\": nothing to restore")));

    SessionFile s;
    s.saved = QDateTime::fromString(o.value(u"saved"_s).toString(), Qt::ISODateWithMs);
    s.profilePath = o.value(u"profilePath"_s).toString();
    s.profileYaml = o.value(u"profile"_s).toString().toUtf8();
    const double count = o.value(u"hostCount"_s).toDouble();
    if (count < 0 || count > std::numeric_limits<int>::max() || count != std::trunc(count))
        return fail(at({{"hostCount"}}),
                    sessionText(QT_TRANSLATE_NOOP("Session", "\"hostCount\" must be a whole number from 0")));
    s.hostCount = static_cast<int>(count);
    const QJsonObject texts = o.value(u"hostTexts"_s).toObject();
    if (texts.size() > kMaxHostTexts)
        return fail(
            at({{"hostTexts"}}),
            sessionText(
                QT_TRANSLATE_NOOP("Session", "%1 host lists, more than the %2 a session holds"),
                {Text::plain(QString::number(texts.size())), Text::plain(QString::number(kMaxHostTexts))}));
    for (auto it = texts.begin(); it != texts.end(); ++it) {
        if (!it.value().isString()) {
            const QByteArray key = it.key().toUtf8();
            return fail(at({{"hostTexts"}, {QByteArrayView(key)}}),
                        sessionText(QT_TRANSLATE_NOOP("Session", "the hosts of \"%1\" must be text"),
                                    {Text::plain(it.key())}));
        }
        s.hostTexts.insert(it.key(), it.value().toString());
    }
    return s;
}

} // namespace PortCheck
