#include "model/profile/hostlisttext.h"

#include <QHash>
#include <QRegularExpression>

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

QList<quint16> overridablePorts(const Catalog &catalog, const QString &role)
{
    QList<quint16> ports;
    for (const Link &link : catalog.links) {
        if (link.to != role)
            continue;
        for (const Requirement *leaf : link.requirement.leaves()) {
            if (!leaf->isInformational() && !ports.contains(leaf->port))
                ports.append(leaf->port);
        }
    }
    std::sort(ports.begin(), ports.end());
    return ports;
}

ProfileHostList parseProfileHosts(const QString &text, const QList<quint16> &overridablePorts)
{
    static const QRegularExpression override(u"^([^=]*)=([^=]*)$"_s);
    ProfileHostList result;
    QHash<QString, int> seen; // host -> index in result.hosts
    // Overrides attach to the host before them; a host listed again takes more overrides (its first
    // place in the list stays). After an invalid host they have no owner and are reported as such
    // rather than silently moved to another host.
    int current = -1;
    bool repeated = false; // `current` was listed again; not a duplicate once it adds an override
    for (const HostToken &typed : hostListTokens(text)) {
        const QString &token = typed.text;
        const QRegularExpressionMatch m = override.match(token);
        if (m.hasMatch()) {
            quint16 from = 0;
            quint16 to = 0;
            if (!parsePort(m.captured(1), &from) || !parsePort(m.captured(2), &to)) {
                addHostError(
                    &result.errors, &result.errorsNotListed,
                    {token, typed.line, typed.column,
                     hostInputText(QT_TRANSLATE_NOOP(
                         "HostInput", "a port override is CATALOGPORT=PORT, both from 1 to 65535"))});
            } else if (current < 0) {
                addHostError(&result.errors, &result.errorsNotListed,
                             {token, typed.line, typed.column,
                              hostInputText(QT_TRANSLATE_NOOP(
                                  "HostInput", "a port override must follow the host it belongs to"))});
            } else if (!overridablePorts.isEmpty() && !overridablePorts.contains(from)) {
                QList<Text> ports;
                for (const quint16 port : overridablePorts)
                    ports.append(Text::plain(QString::number(port)));
                addHostError(
                    &result.errors, &result.errorsNotListed,
                    {token, typed.line, typed.column,
                     hostInputText(QT_TRANSLATE_NOOP("HostInput",
                                                     "no link to these hosts uses port %1, so it cannot be "
                                                     "overridden; the ports that apply are %2"),
                                   {Text::plain(QString::number(from)), Text::list(ports)})});
            } else if (ProfileHost &host = result.hosts[current];
                       host.portOverrides.contains(from) && host.portOverrides.value(from) != to) {
                addHostError(
                    &result.errors, &result.errorsNotListed,
                    {token, typed.line, typed.column,
                     hostInputText(QT_TRANSLATE_NOOP("HostInput", "port %1 is already overridden for %2"),
                                   {Text::plain(QString::number(from)), Text::plain(host.host)})});
            } else {
                host.portOverrides.insert(from, to);
                if (repeated) {
                    --result.duplicatesRemoved;
                    repeated = false;
                }
            }
            continue;
        }
        Text reason;
        const std::optional<HostEntry> entry = parseHost(token, PortPolicy::Allowed, &reason);
        current = -1;
        repeated = false;
        if (!entry) {
            addHostError(&result.errors, &result.errorsNotListed, {token, typed.line, typed.column, reason});
            continue;
        }
        if (entry->port != 0) {
            addHostError(
                &result.errors, &result.errorsNotListed,
                {token, typed.line, typed.column,
                 hostInputText(QT_TRANSLATE_NOOP("HostInput",
                                                 "a host here has no port of its own; to test another "
                                                 "port write it after the host as CATALOGPORT=PORT, "
                                                 "e.g. '%1 389=%2'"),
                               {Text::plain(entry->host), Text::plain(QString::number(entry->port))})});
            continue;
        }
        if (const auto it = seen.constFind(entry->host); it != seen.cend()) {
            ++result.duplicatesRemoved;
            current = it.value();
            repeated = true;
            continue;
        }
        current = static_cast<int>(result.hosts.size());
        seen.insert(entry->host, current);
        result.hosts.append({entry->host, {}});
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
