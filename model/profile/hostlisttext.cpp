#include "hostlisttext.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace PortCheck {

namespace {

bool parsePort(const QString &text, quint16 *port)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 1 || value > 65535)
        return false;
    *port = static_cast<quint16>(value);
    return true;
}
} // namespace

ProfileHostList parseProfileHosts(const QString &text)
{
    static const QRegularExpression override(u"^([^=]*)=([^=]*)$"_s);
    ProfileHostList result;
    QSet<QString> seen;
    // Overrides attach to the host before them; after a duplicate or an invalid host they have no
    // owner and are reported as such rather than silently moved to another host.
    ProfileHost *current = nullptr;
    bool currentIsValid = false;
    for (const HostToken &typed : hostListTokens(text)) {
        const QString &token = typed.text;
        const int lineNo = typed.line - 1;
        const QRegularExpressionMatch m = override.match(token);
        if (m.hasMatch()) {
            quint16 from = 0;
            quint16 to = 0;
            if (!parsePort(m.captured(1), &from) || !parsePort(m.captured(2), &to)) {
                addHostError(
                    &result.errors, &result.errorsNotListed,
                    {token, lineNo + 1,
                     hostInputText(QT_TRANSLATE_NOOP(
                         "HostInput", "a port override is CATALOGPORT=PORT, both from 1 to 65535"))});
            } else if (!currentIsValid) {
                addHostError(&result.errors, &result.errorsNotListed,
                             {token, lineNo + 1,
                              hostInputText(QT_TRANSLATE_NOOP(
                                  "HostInput", "a port override must follow the host it belongs to"))});
            } else if (current->portOverrides.contains(from) && current->portOverrides.value(from) != to) {
                addHostError(
                    &result.errors, &result.errorsNotListed,
                    {token, lineNo + 1,
                     hostInputText(QT_TRANSLATE_NOOP("HostInput", "port %1 is already overridden for %2"),
                                   {Text::plain(QString::number(from)), Text::plain(current->host)})});
            } else {
                current->portOverrides.insert(from, to);
            }
            continue;
        }
        Text reason;
        const std::optional<HostEntry> entry = parseHost(token, PortPolicy::Allowed, &reason);
        currentIsValid = false;
        if (!entry) {
            addHostError(&result.errors, &result.errorsNotListed, {token, lineNo + 1, reason});
            continue;
        }
        if (entry->port != 0) {
            addHostError(
                &result.errors, &result.errorsNotListed,
                {token, lineNo + 1,
                 hostInputText(QT_TRANSLATE_NOOP("HostInput",
                                                 "a host here has no port of its own; to test another "
                                                 "port write it after the host as CATALOGPORT=PORT, "
                                                 "e.g. '%1 389=%2'"),
                               {Text::plain(entry->host), Text::plain(QString::number(entry->port))})});
            continue;
        }
        if (seen.contains(entry->host)) {
            ++result.duplicatesRemoved;
            continue;
        }
        seen.insert(entry->host);
        result.hosts.append({entry->host, {}});
        current = &result.hosts.last();
        currentIsValid = true;
    }
    return result;
}

QString profileHostsText(const QList<ProfileHost> &hosts)
{
    QStringList lines;
    lines.reserve(hosts.size());
    for (const ProfileHost &h : hosts) {
        QString line = h.host;
        for (auto it = h.portOverrides.cbegin(); it != h.portOverrides.cend(); ++it)
            line += u' ' + QString::number(it.key()) + u'=' + QString::number(it.value());
        lines << line;
    }
    return lines.join(u'\n');
}

} // namespace PortCheck
