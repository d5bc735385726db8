#include "hostinput.h"

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

std::optional<quint16> parsePort(QStringView text, QString *reason)
{
    if (text.isEmpty()) {
        *reason = u"missing port number after ':'"_s;
        return std::nullopt;
    }
    if (!isAsciiDigits(text)) {
        *reason = u"port '"_s + text.toString() + u"' is not a number"_s;
        return std::nullopt;
    }
    bool ok = false;
    const uint port = text.toUInt(&ok);
    if (!ok || port < 1 || port > 65535 || text.size() > 5) {
        *reason = u"port "_s + text.toString() + u" is out of range: ports are 1 to 65535"_s;
        return std::nullopt;
    }
    return static_cast<quint16>(port);
}

std::optional<HostEntry> checkIPv4(const QString &text, QString *reason)
{
    const QStringList parts = text.split(u'.');
    if (parts.size() != 4) {
        *reason = u"'"_s + text + u"' is not a valid IPv4 address: it needs four numbers separated by dots"_s;
        return std::nullopt;
    }
    for (const QString &part : parts) {
        if (part.isEmpty() || !isAsciiDigits(part)) {
            *reason = u"'"_s + text + u"' is not a valid IPv4 address: empty number"_s;
            return std::nullopt;
        }
        if (part.size() > 1 && part.startsWith(u'0')) {
            *reason = u"'"_s + text + u"' has a leading zero in '"_s + part +
                      u"', which some tools read as octal: write it without the zero"_s;
            return std::nullopt;
        }
        if (part.size() > 3 || part.toInt() > 255) {
            *reason = u"'"_s + text + u"' is not a valid IPv4 address: "_s + part + u" is above 255"_s;
            return std::nullopt;
        }
    }
    const QHostAddress address(text);
    if (address.isNull()) {
        *reason = u"'"_s + text + u"' is not a valid IPv4 address"_s;
        return std::nullopt;
    }
    const quint32 v4 = address.toIPv4Address();
    if (v4 == 0) {
        *reason = u"0.0.0.0 is the unspecified address, not a host"_s;
        return std::nullopt;
    }
    if (v4 == 0xffffffffU) {
        *reason = u"255.255.255.255 is the broadcast address, not a host"_s;
        return std::nullopt;
    }
    if (address.isMulticast()) {
        *reason = u"'"_s + text + u"' is a multicast address, not a host"_s;
        return std::nullopt;
    }
    return HostEntry{address.toString(), 0, HostEntry::Kind::IPv4};
}

std::optional<HostEntry> checkIPv6(const QString &text, QString *reason)
{
    if (text.contains(u'%')) {
        *reason = u"'"_s + text + u"' has a scope id (%...), which is not portable: use a routable address"_s;
        return std::nullopt;
    }
    const QHostAddress address(text);
    if (address.isNull() || address.protocol() != QAbstractSocket::IPv6Protocol) {
        *reason = u"'"_s + text + u"' is not a valid IPv6 address"_s;
        return std::nullopt;
    }
    if (address == QHostAddress(QHostAddress::AnyIPv6)) {
        *reason = u":: is the unspecified address, not a host"_s;
        return std::nullopt;
    }
    if (address.isMulticast()) {
        *reason = u"'"_s + text + u"' is a multicast address, not a host"_s;
        return std::nullopt;
    }
    return HostEntry{address.toString(), 0, HostEntry::Kind::IPv6};
}

std::optional<HostEntry> checkName(const QString &typed, QString *reason)
{
    QString name = typed;
    if (name.endsWith(u'.'))
        name.chop(1);
    if (name.isEmpty()) {
        *reason = u"empty host name"_s;
        return std::nullopt;
    }
    for (QChar ch : std::as_const(name)) {
        if (ch == u'*') {
            *reason = u"'"_s + typed + u"' contains a wildcard: list each host"_s;
            return std::nullopt;
        }
        if (ch == u'_') {
            *reason = u"'"_s + typed + u"' contains '_', which is not allowed in host names"_s;
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
            *reason = u"'"_s + typed + u"' is not a valid internationalised host name"_s;
            return std::nullopt;
        }
        name = QString::fromLatin1(ace);
    }
    name = name.toLower();
    if (name.size() > 253) {
        *reason = u"host name is "_s + QString::number(name.size()) + u" characters long; the limit is 253"_s;
        return std::nullopt;
    }
    const QStringList labels = name.split(u'.');
    for (const QString &label : labels) {
        if (label.isEmpty()) {
            *reason = u"'"_s + typed + u"' has an empty label (two dots in a row, or a leading dot)"_s;
            return std::nullopt;
        }
        if (label.size() > 63) {
            *reason = u"label '"_s + label.left(20) + u"...' is "_s + QString::number(label.size()) +
                      u" characters long; the limit is 63"_s;
            return std::nullopt;
        }
        if (label.startsWith(u'-') || label.endsWith(u'-')) {
            *reason = u"label '"_s + label + u"' starts or ends with '-'"_s;
            return std::nullopt;
        }
        for (QChar ch : label) {
            const bool ok = (ch >= u'a' && ch <= u'z') || (ch >= u'0' && ch <= u'9') || ch == u'-';
            if (!ok) {
                *reason = u"'"_s + typed + u"' contains '"_s + QString(ch) +
                          u"', which is not allowed in host names"_s;
                return std::nullopt;
            }
        }
    }
    if (labels.size() > 1 && isAsciiDigits(labels.last())) {
        *reason = u"'"_s + typed + u"' ends in a numeric label: neither a host name nor an IPv4 address"_s;
        return std::nullopt;
    }
    return HostEntry{name, 0, HostEntry::Kind::Name};
}

std::optional<HostEntry> checkHostPart(const QString &host, QString *reason)
{
    if (host.isEmpty()) {
        *reason = u"empty host name"_s;
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

std::optional<HostEntry> parseHost(const QString &input, PortPolicy ports, QString *reason)
{
    QString dummy;
    if (!reason)
        reason = &dummy;
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        *reason = u"empty host name"_s;
        return std::nullopt;
    }
    if (text.contains(u"://"_s)) {
        *reason = u"'"_s + text + u"' is a URL: enter only the host name"_s;
        return std::nullopt;
    }
    if (text.contains(u'@')) {
        *reason = u"'"_s + text + u"' contains '@': enter the host without a user name"_s;
        return std::nullopt;
    }
    if (text.contains(u'/')) {
        *reason = u"'"_s + text + u"' contains '/': enter single hosts, not paths or subnets"_s;
        return std::nullopt;
    }

    std::optional<HostEntry> entry;
    QStringView portText;
    bool hasPort = false;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0) {
            *reason = u"'"_s + text + u"' lacks the closing ']' of the IPv6 address"_s;
            return std::nullopt;
        }
        const QString inner = text.mid(1, close - 1);
        if (inner.isEmpty()) {
            *reason = u"'[]' holds no address"_s;
            return std::nullopt;
        }
        const QStringView rest = QStringView(text).mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(u':')) {
                *reason = u"unexpected '"_s + rest.toString() + u"' after ']', expected ':port'"_s;
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
            if (!entry && reason->endsWith(u"is not a valid IPv6 address"_s))
                *reason += u" (write [address]:port to give a port)"_s;
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
            *reason = u"'"_s + text + u"' has a port; give per-host ports as overrides instead"_s;
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
    static const QRegularExpression separators(u"[\\s,;]+"_s);
    QList<HostToken> tokens;
    const QStringList lines = text.split(u'\n');
    for (int lineNo = 0; lineNo < lines.size(); ++lineNo) {
        QString line = lines.at(lineNo);
        const qsizetype hash = line.indexOf(u'#');
        if (hash >= 0)
            line.truncate(hash);
        for (const QString &token : line.split(separators, Qt::SkipEmptyParts))
            tokens.append({token, lineNo + 1});
    }
    return tokens;
}

HostList parseHostList(const QString &text, PortPolicy ports)
{
    HostList result;
    QSet<QString> seen;
    for (const HostToken &token : hostListTokens(text)) {
        QString reason;
        const std::optional<HostEntry> entry = parseHost(token.text, ports, &reason);
        if (!entry) {
            result.errors.append({token.text, token.line, reason});
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

} // namespace PortCheck
