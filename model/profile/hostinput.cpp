#include "model/profile/hostinput.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace PortCheck {

namespace {

bool isAsciiDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar ch : s) {
        if (ch < u'0' || ch > u'9')
            return false;
    }
    return true;
}

std::optional<quint16> parsePort(QStringView text, Text *reason)
{
    if (text.isEmpty()) {
        *reason = hostInputText(QT_TRANSLATE_NOOP("HostInput", "missing port number after ':'"));
        return std::nullopt;
    }
    if (!isAsciiDigits(text)) {
        *reason = hostInputText(QT_TRANSLATE_NOOP("HostInput", "port '%1' is not a number"),
                                {Text::plain(text.toString())});
        return std::nullopt;
    }
    bool ok = false;
    const uint port = text.toUInt(&ok);
    if (!ok || port < 1 || port > 65535 || text.size() > 5) {
        *reason =
            hostInputText(QT_TRANSLATE_NOOP("HostInput", "port %1 is out of range: ports are 1 to 65535"),
                          {Text::plain(text.toString())});
        return std::nullopt;
    }
    return static_cast<quint16>(port);
}

std::optional<HostEntry> checkIPv4(const QString &text, Text *reason)
{
    const QStringList parts = text.split(u'.');
    if (parts.size() != 4) {
        *reason = hostInputText(
            QT_TRANSLATE_NOOP("HostInput",
                              "'%1' is not a valid IPv4 address: it needs four numbers separated by dots"),
            {Text::plain(text)});
        return std::nullopt;
    }
    for (const QString &part : parts) {
        if (part.isEmpty() || !isAsciiDigits(part)) {
            *reason = hostInputText(
                QT_TRANSLATE_NOOP("HostInput", "'%1' is not a valid IPv4 address: empty number"),
                {Text::plain(text)});
            return std::nullopt;
        }
        if (part.size() > 1 && part.startsWith(u'0')) {
            *reason = hostInputText(QT_TRANSLATE_NOOP("HostInput",
                                                      "'%1' has a leading zero in '%2', which some tools "
                                                      "read as octal: write it without the zero"),
                                    {Text::plain(text), Text::plain(part)});
            return std::nullopt;
        }
        if (part.size() > 3 || part.toInt() > 255) {
            *reason = hostInputText(
                QT_TRANSLATE_NOOP("HostInput", "'%1' is not a valid IPv4 address: %2 is above 255"),
                {Text::plain(text), Text::plain(part)});
            return std::nullopt;
        }
    }
    const QHostAddress address(text);
    if (address.isNull()) {
        *reason = hostInputText(QT_TRANSLATE_NOOP("HostInput", "'%1' is not a valid IPv4 address"),
                                {Text::plain(text)});
        return std::nullopt;
    }
    const quint32 v4 = address.toIPv4Address();
    if (v4 == 0) {
        *reason =
            hostInputText(QT_TRANSLATE_NOOP("HostInput", "0.0.0.0 is the unspecified address, not a host"));
        return std::nullopt;
    }
    if (v4 == 0xffffffffU) {
        *reason = hostInputText(
            QT_TRANSLATE_NOOP("HostInput", "255.255.255.255 is the broadcast address, not a host"));
        return std::nullopt;
    }
    if (address.isMulticast()) {
        *reason = hostInputText(QT_TRANSLATE_NOOP("HostInput", "'%1' is a multicast address, not a host"),
                                {Text::plain(text)});
        return std::nullopt;
    }
    return HostEntry{address.toString(), 0, HostEntry::Kind::IPv4};
}

std::optional<HostEntry> checkIPv6(const QString &text, Text *reason)
{
    if (text.contains(u'%')) {
        *reason = hostInputText(
            QT_TRANSLATE_NOOP("HostInput",
                              "'%1' has a scope id (%...), which is not portable: use a routable address"),
            {Text::plain(text)});
        return std::nullopt;
    }
    const QHostAddress address(text);
    if (address.isNull() || address.protocol() != QAbstractSocket::IPv6Protocol) {
        *reason = hostInputText(QT_TRANSLATE_NOOP("HostInput", "'%1' is not a valid IPv6 address"),
                                {Text::plain(text)});
        return std::nullopt;
    }
    if (address == QHostAddress(QHostAddress::AnyIPv6)) {
        *reason = hostInputText(QT_TRANSLATE_NOOP("HostInput", ":: is the unspecified address, not a host"));
        return std::nullopt;
    }
    if (address.isMulticast()) {
        *reason = hostInputText(QT_TRANSLATE_NOOP("HostInput", "'%1' is a multicast address, not a host"),
                                {Text::plain(text)});
        return std::nullopt;
    }
    return HostEntry{address.toString(), 0, HostEntry::Kind::IPv6};
}

std::optional<HostEntry> checkName(const QString &typed, Text *reason)
{
    QString name = typed;
    if (name.endsWith(u'.'))
        name.chop(1);
    if (name.isEmpty()) {
        *reason = hostInputText(QT_TRANSLATE_NOOP("HostInput", "empty host name"));
        return std::nullopt;
    }
    for (QChar ch : std::as_const(name)) {
        if (ch == u'*') {
            *reason =
                hostInputText(QT_TRANSLATE_NOOP("HostInput", "'%1' contains a wildcard: list each host"),
                              {Text::plain(typed)});
            return std::nullopt;
        }
        if (ch == u'_') {
            *reason = hostInputText(
                QT_TRANSLATE_NOOP("HostInput", "'%1' contains '_', which is not allowed in host names"),
                {Text::plain(typed)});
            return std::nullopt;
        }
    }
    bool ascii = true;
    for (QChar ch : std::as_const(name))
        ascii = ascii && ch.unicode() < 128;
    if (!ascii) {
        // Internationalised names are probed by their ASCII (punycode) form.
        const QByteArray ace = QUrl::toAce(name);
        if (ace.isEmpty()) {
            *reason = hostInputText(
                QT_TRANSLATE_NOOP("HostInput", "'%1' is not a valid internationalised host name"),
                {Text::plain(typed)});
            return std::nullopt;
        }
        name = QString::fromLatin1(ace);
    }
    name = name.toLower();
    if (name.size() > 253) {
        *reason =
            hostInputText(QT_TRANSLATE_NOOP("HostInput", "host name is %1 characters long; the limit is 253"),
                          {Text::plain(QString::number(name.size()))});
        return std::nullopt;
    }
    // Views, not copies: a profile of 100,000 hosts checks 300,000 labels.
    const QList<QStringView> labels = QStringView(name).split(u'.');
    for (const QStringView label : labels) {
        if (label.isEmpty()) {
            *reason = hostInputText(
                QT_TRANSLATE_NOOP("HostInput",
                                  "'%1' has an empty label (two dots in a row, or a leading dot)"),
                {Text::plain(typed)});
            return std::nullopt;
        }
        if (label.size() > 63) {
            *reason = hostInputText(
                QT_TRANSLATE_NOOP("HostInput", "label '%1...' is %2 characters long; the limit is 63"),
                {Text::plain(label.left(20).toString()), Text::plain(QString::number(label.size()))});
            return std::nullopt;
        }
        if (label.startsWith(u'-') || label.endsWith(u'-')) {
            *reason = hostInputText(QT_TRANSLATE_NOOP("HostInput", "label '%1' starts or ends with '-'"),
                                    {Text::plain(label.toString())});
            return std::nullopt;
        }
        for (QChar ch : label) {
            const bool ok = (ch >= u'a' && ch <= u'z') || (ch >= u'0' && ch <= u'9') || ch == u'-';
            if (!ok) {
                *reason = hostInputText(
                    QT_TRANSLATE_NOOP("HostInput", "'%1' contains '%2', which is not allowed in host names"),
                    {Text::plain(typed), Text::plain(QString(ch))});
                return std::nullopt;
            }
        }
    }
    if (labels.size() > 1 && isAsciiDigits(labels.last())) {
        *reason = hostInputText(
            QT_TRANSLATE_NOOP("HostInput",
                              "'%1' ends in a numeric label: neither a host name nor an IPv4 address"),
            {Text::plain(typed)});
        return std::nullopt;
    }
    return HostEntry{name, 0, HostEntry::Kind::Name};
}

std::optional<HostEntry> checkHostPart(const QString &host, Text *reason)
{
    if (host.isEmpty()) {
        *reason = hostInputText(QT_TRANSLATE_NOOP("HostInput", "empty host name"));
        return std::nullopt;
    }
    bool digitsAndDots = true;
    for (QChar ch : host)
        digitsAndDots = digitsAndDots && ((ch >= u'0' && ch <= u'9') || ch == u'.');
    if (digitsAndDots)
        return checkIPv4(host, reason);
    return checkName(host, reason);
}

} // namespace

QString HostEntry::toString() const
{
    const QString h = kind == Kind::IPv6 && port ? u'[' + host + u']' : host;
    return port ? h + u':' + QString::number(port) : h;
}

std::optional<HostEntry> parseHost(const QString &input, PortPolicy ports, Text *reason)
{
    Text dummy;
    if (!reason)
        reason = &dummy;
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        *reason = hostInputText(QT_TRANSLATE_NOOP("HostInput", "empty host name"));
        return std::nullopt;
    }
    if (text.contains(u"://"_s)) {
        *reason = hostInputText(QT_TRANSLATE_NOOP("HostInput", "'%1' is a URL: enter only the host name"),
                                {Text::plain(text)});
        return std::nullopt;
    }
    if (text.contains(u'@')) {
        *reason = hostInputText(
            QT_TRANSLATE_NOOP("HostInput", "'%1' contains '@': enter the host without a user name"),
            {Text::plain(text)});
        return std::nullopt;
    }
    if (text.contains(u'/')) {
        *reason = hostInputText(
            QT_TRANSLATE_NOOP("HostInput", "'%1' contains '/': enter single hosts, not paths or subnets"),
            {Text::plain(text)});
        return std::nullopt;
    }

    std::optional<HostEntry> entry;
    QStringView portText;
    bool hasPort = false;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0) {
            *reason = hostInputText(
                QT_TRANSLATE_NOOP("HostInput", "'%1' lacks the closing ']' of the IPv6 address"),
                {Text::plain(text)});
            return std::nullopt;
        }
        const QString inner = text.mid(1, close - 1);
        if (inner.isEmpty()) {
            *reason = hostInputText(QT_TRANSLATE_NOOP("HostInput", "'[]' holds no address"));
            return std::nullopt;
        }
        const QStringView rest = QStringView(text).mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(u':')) {
                *reason = hostInputText(
                    QT_TRANSLATE_NOOP("HostInput", "unexpected '%1' after ']', expected ':port'"),
                    {Text::plain(rest.toString())});
                return std::nullopt;
            }
            hasPort = true;
            portText = rest.mid(1);
        }
        entry = checkIPv6(inner, reason);
    } else {
        const qsizetype colons = text.count(u':');
        if (colons > 1) {
            // Bare IPv6: a port cannot be told apart from the last group, so none is taken.
            entry = checkIPv6(text, reason);
            if (!entry && reason->source() == u"'%1' is not a valid IPv6 address"_s)
                *reason = hostInputText(
                    QT_TRANSLATE_NOOP("HostInput", "%1 (write [address]:port to give a port)"), {*reason});
        } else if (colons == 1) {
            const qsizetype colon = text.indexOf(u':');
            hasPort = true;
            portText = QStringView(text).mid(colon + 1);
            entry = checkHostPart(text.left(colon), reason);
        } else {
            entry = checkHostPart(text, reason);
        }
    }
    if (!entry)
        return std::nullopt;
    if (hasPort) {
        if (ports == PortPolicy::Forbidden) {
            *reason = hostInputText(
                QT_TRANSLATE_NOOP("HostInput", "'%1' has a port; give per-host ports as overrides instead"),
                {Text::plain(text)});
            return std::nullopt;
        }
        const std::optional<quint16> port = parsePort(portText, reason);
        if (!port)
            return std::nullopt;
        entry->port = *port;
    }
    return entry;
}

QList<HostToken> hostListTokens(const QString &text)
{
    static const QRegularExpression entry(u"[^\\s,;]+"_s);
    QList<HostToken> tokens;
    const QStringList lines = text.split(u'\n');
    for (int lineNo = 0; lineNo < lines.size(); ++lineNo) {
        QString line = lines.at(lineNo);
        const qsizetype hash = line.indexOf(u'#');
        if (hash >= 0)
            line.truncate(hash);
        for (auto it = entry.globalMatch(line); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            tokens.append({m.captured(), lineNo + 1, static_cast<int>(m.capturedStart()) + 1});
        }
    }
    return tokens;
}

HostList parseHostList(const QString &text, PortPolicy ports)
{
    HostList result;
    QSet<QString> seen;
    for (const HostToken &token : hostListTokens(text)) {
        Text reason;
        const std::optional<HostEntry> entry = parseHost(token.text, ports, &reason);
        if (!entry) {
            addHostError(&result.errors, &result.errorsNotListed,
                         {token.text, token.line, token.column, reason});
            continue;
        }
        const QString key = entry->toString();
        if (seen.contains(key)) {
            ++result.duplicatesRemoved;
            continue;
        }
        seen.insert(key);
        result.hosts.append(*entry);
    }
    return result;
}

std::optional<ProbeTarget> parseProbeSpec(const QString &spec, Text *reason)
{
    QString hostPart = spec;
    QString kindPart;
    const qsizetype slash = spec.lastIndexOf(u'/');
    if (slash > 0) {
        hostPart = spec.left(slash);
        kindPart = spec.mid(slash + 1);
    }
    const std::optional<HostEntry> entry = parseHost(hostPart, PortPolicy::Allowed, reason);
    if (!entry)
        return std::nullopt;
    if (entry->port == 0) {
        *reason = hostInputText(
            QT_TRANSLATE_NOOP("HostInput", "a port is needed, expected HOST:PORT or [IPv6]:PORT"));
        return std::nullopt;
    }
    ProbeKind kind = defaultKindForPort(entry->port);
    if (!kindPart.isEmpty()) {
        const std::optional<ProbeKind> k = probeKindFromId(kindPart);
        if (!k || *k == ProbeKind::None) {
            QStringList kinds = probeKindIds();
            kinds.removeAll(u"none"_s);
            *reason =
                hostInputText(QT_TRANSLATE_NOOP("HostInput", "unknown probe kind '%1', expected one of: %2"),
                              {Text::plain(kindPart), Text::plain(kinds.join(u", "_s))});
            return std::nullopt;
        }
        kind = *k;
    }
    return ProbeTarget{entry->host, entry->port, kind, {}};
}

} // namespace PortCheck
