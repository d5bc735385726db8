#include "model/probe/protocols/http.h"

#include <QXmlStreamReader>

#include <optional>

using namespace Qt::StringLiterals;

namespace PortCheck::Http {

namespace {

constexpr qsizetype kMaxHeaderBytes = 32 * 1024;
constexpr int kMaxHeaderLines = 100;
constexpr qsizetype kMaxBody = kMaxResponseBytes;

QString text(const QByteArray &bytes)
{
    // Control characters are kept: the JSON holds what the server sent, and every display
    // (terminal, window, report) shows them escaped (displaySafe()).
    return QString::fromUtf8(bytes.left(512));
}

// Decodes a chunked body; NeedMore until the last chunk arrived.
Status dechunk(QByteArrayView data, QByteArray *body, Text *error)
{
    qsizetype pos = 0;
    body->clear();
    while (true) {
        const qsizetype eol = data.sliced(pos).indexOf("\r\n");
        if (eol < 0)
            return data.size() - pos > 32 ? Status::Invalid : Status::NeedMore;
        const QByteArray sizeText = data.sliced(pos, eol).toByteArray().split(';').first().trimmed();
        bool ok = false;
        const qlonglong size = sizeText.toLongLong(&ok, 16);
        // Compare against what is left, never add first: a chunk size near 2^63 overflowed the sum.
        if (!ok || size < 0 || size > kMaxBody - body->size()) {
            *error = probeText(QT_TRANSLATE_NOOP("Probe", "bad or oversized chunk in the HTTP body"));
            return Status::Invalid;
        }
        pos += eol + 2;
        if (size == 0)
            return Status::Done; // trailers are not needed
        if (data.size() - pos < size + 2)
            return Status::NeedMore;
        body->append(data.sliced(pos, static_cast<qsizetype>(size)));
        pos += static_cast<qsizetype>(size) + 2;
    }
}

} // namespace

QByteArray Response::header(const QByteArray &lowerName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerName)
            return value;
    }
    return {};
}

QList<QByteArray> Response::headerValues(const QByteArray &lowerName) const
{
    QList<QByteArray> values;
    for (const auto &[name, value] : headers) {
        if (name == lowerName)
            values << value;
    }
    return values;
}

Status parseResponse(QByteArrayView data, bool wantBody, bool atEnd, Response *response, Text *error)
{
    if (data.size() >= 5 && !data.startsWith("HTTP/")) {
        *error = probeText(QT_TRANSLATE_NOOP("Probe", "the answer is not HTTP"));
        return Status::Invalid;
    }
    if (data.size() < 5 && !QByteArrayView("HTTP/").startsWith(data)) {
        *error = probeText(QT_TRANSLATE_NOOP("Probe", "the answer is not HTTP"));
        return Status::Invalid;
    }
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0) {
        if (data.size() > kMaxHeaderBytes) {
            *error = probeText(QT_TRANSLATE_NOOP("Probe", "the HTTP headers are larger than 32 KB"));
            return Status::Invalid;
        }
        return Status::NeedMore;
    }
    const QList<QByteArray> lines = data.first(end).toByteArray().split('\n');
    if (lines.size() > kMaxHeaderLines) {
        *error = probeText(QT_TRANSLATE_NOOP("Probe", "more than 100 HTTP header lines"));
        return Status::Invalid;
    }
    const QList<QByteArray> statusParts = lines.first().trimmed().split(' ');
    bool ok = false;
    const int status = statusParts.value(1).toInt(&ok);
    if (statusParts.size() < 2 || !ok || status < 100 || status > 999) {
        *error = probeText(QT_TRANSLATE_NOOP("Probe", "malformed HTTP status line"));
        return Status::Invalid;
    }
    Response r;
    r.status = status;
    r.reason = lines.first().trimmed().split(' ').mid(2).join(' ');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            *error = probeText(QT_TRANSLATE_NOOP("Probe", "malformed HTTP header line"));
            return Status::Invalid;
        }
        r.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    if (wantBody) {
        const QByteArrayView rest = data.sliced(end + 4);
        if (r.header("transfer-encoding").toLower().contains("chunked")) {
            const Status s = dechunk(rest, &r.body, error);
            if (s != Status::Done)
                return s;
        } else if (const QByteArray cl = r.header("content-length"); !cl.isEmpty()) {
            const qlonglong length = cl.toLongLong(&ok);
            if (!ok || length < 0 || length > kMaxBody) {
                *error = probeText(QT_TRANSLATE_NOOP("Probe", "bad or oversized Content-Length"));
                return Status::Invalid;
            }
            if (rest.size() < length)
                return Status::NeedMore;
            r.body = rest.first(static_cast<qsizetype>(length)).toByteArray();
        } else if (r.status != 204 && r.status != 304 && r.status >= 200) {
            if (rest.size() > kMaxBody) {
                *error = probeText(QT_TRANSLATE_NOOP("Probe", "the HTTP body is larger than 256 KB"));
                return Status::Invalid;
            }
            if (!atEnd)
                return Status::NeedMore;
            r.body = rest.toByteArray();
        }
    }
    *response = std::move(r);
    return Status::Done;
}

QByteArray getRequest(const QString &host, quint16 port, const QByteArray &path)
{
    const QString hostHeader = host.contains(u':') ? u'[' + host + u']' : host;
    return "GET " + path + " HTTP/1.1\r\nHost: " + hostHeader.toUtf8() + ':' + QByteArray::number(port) +
           "\r\nUser-Agent: GuardianPortCheck/" PORTCHECK_VERSION
           "\r\nAccept: */*\r\nConnection: close\r\n\r\n";
}

QByteArray proxyGetRequest(const QString &host, quint16 port)
{
    const QString hostPart = (host.contains(u':') ? u'[' + host + u']' : host) + u':' + QString::number(port);
    return "GET http://" + hostPart.toUtf8() + "/ HTTP/1.1\r\nHost: " + hostPart.toUtf8() +
           "\r\nUser-Agent: GuardianPortCheck/" PORTCHECK_VERSION
           "\r\nAccept: */*\r\nConnection: close\r\n\r\n";
}

namespace {
// The response with its http.status and http.server facts; `early` holds NeedMore or Invalid.
std::optional<Response> readResponse(QByteArrayView data, bool wantBody, bool atEnd, Facts *facts,
                                     ParseResult *early)
{
    Response r;
    Text error;
    switch (parseResponse(data, wantBody, atEnd, &r, &error)) {
    case Status::NeedMore:
        *early = ParseResult::needMore();
        return std::nullopt;
    case Status::Invalid:
        *early = ParseResult::invalid(error);
        return std::nullopt;
    case Status::Done:
        break;
    }
    facts->insert(u"http.status"_s, QString::number(r.status) + u' ' + text(r.reason));
    if (const QByteArray server = r.header("server"); !server.isEmpty())
        facts->insert(u"http.server"_s, text(server));
    return r;
}
} // namespace

ParseResult parseHttpProbe(QByteArrayView data, bool atEnd)
{
    Facts facts;
    ParseResult early;
    const std::optional<Response> r = readResponse(data, false, atEnd, &facts, &early);
    if (!r)
        return early;
    if (const QByteArray location = r->header("location"); !location.isEmpty())
        facts.insert(u"http.location"_s, text(location));
    return ParseResult::done(facts);
}

QByteArray connectRequest(const QString &host, quint16 port)
{
    const QByteArray authority =
        (host.contains(u':') ? u'[' + host + u']' : host).toUtf8() + ':' + QByteArray::number(port);
    return "CONNECT " + authority + " HTTP/1.1\r\nHost: " + authority +
           "\r\nUser-Agent: GuardianPortCheck/" PORTCHECK_VERSION "\r\n\r\n";
}

namespace {
// The auth-schemes of one Proxy-Authenticate value (RFC 9110 11.6.1): challenges are separated by
// commas, and so are a challenge's parameters; a scheme is the piece whose first token has no '='.
void appendSchemes(const QByteArray &value, QStringList *schemes)
{
    QList<QByteArray> pieces;
    QByteArray piece;
    bool quoted = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value.at(i);
        if (c == '"' && (i == 0 || value.at(i - 1) != '\\'))
            quoted = !quoted;
        if (c == ',' && !quoted) {
            pieces << piece.trimmed();
            piece.clear();
        } else {
            piece += c;
        }
    }
    pieces << piece.trimmed();
    for (const QByteArray &p : std::as_const(pieces)) {
        const QByteArray first = p.split(' ').first();
        if (first.isEmpty() || first.contains('='))
            continue;
        const QString scheme = text(first.left(64));
        if (!schemes->contains(scheme, Qt::CaseInsensitive) && schemes->size() < 16)
            *schemes << scheme;
    }
}
} // namespace

ConnectAnswer parseConnectResponse(QByteArrayView data)
{
    ConnectAnswer answer;
    Response r;
    // Headers only: a proxy may keep a refusal's connection open after its page.
    answer.status = parseResponse(data, false, false, &r, &answer.error);
    if (answer.status != Status::Done)
        return answer;
    answer.code = r.status;
    answer.reason = text(r.reason);
    answer.headerSize = data.indexOf("\r\n\r\n") + 4;
    for (const QByteArray &value : r.headerValues("proxy-authenticate"))
        appendSchemes(value, &answer.authSchemes);
    if (const QByteArray server = r.header("server"); !server.isEmpty())
        answer.server = text(server);
    else if (const QByteArray via = r.header("via"); !via.isEmpty())
        answer.server = text(via);
    // A proxy adds Via to what it relays (RFC 9110 7.6.3); its own error pages carry none, or
    // name themselves (Squid's X-Squid-Error).
    answer.fromProxy = r.header("via").isEmpty() || !r.header("x-squid-error").isEmpty();
    return answer;
}

QByteArray winrmIdentifyRequest(const QString &host, quint16 port)
{
    const QByteArray body = "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\" "
                            "xmlns:wsmid=\"http://schemas.dmtf.org/wbem/wsman/identity/1/wsmanidentity.xsd\">"
                            "<s:Header/><s:Body><wsmid:Identify/></s:Body></s:Envelope>";
    const QString hostHeader = host.contains(u':') ? u'[' + host + u']' : host;
    return "POST /wsman HTTP/1.1\r\nHost: " + hostHeader.toUtf8() + ':' + QByteArray::number(port) +
           "\r\nUser-Agent: GuardianPortCheck/" PORTCHECK_VERSION
           "\r\nContent-Type: application/soap+xml;charset=UTF-8\r\nWSMANIDENTIFY: unauthenticated\r\n"
           "Content-Length: " +
           QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

ParseResult parseWinrmIdentify(QByteArrayView data, bool atEnd)
{
    Facts facts;
    ParseResult early;
    const std::optional<Response> response = readResponse(data, true, atEnd, &facts, &early);
    if (!response)
        return early;
    const Response &r = *response;

    if (r.status == 401) {
        QStringList schemes;
        for (const QByteArray &value : r.headerValues("www-authenticate")) {
            const QString scheme = text(value.split(' ').first().split(',').first());
            if (!scheme.isEmpty() && !schemes.contains(scheme))
                schemes << scheme;
        }
        if (schemes.isEmpty())
            return ParseResult::invalid(probeText(QT_TRANSLATE_NOOP(
                "Probe", "HTTP 401 without an authentication scheme: not a WinRM listener")));
        facts.insert(u"winrm.auth"_s, schemes.join(u", "_s));
        return ParseResult::done(
            facts, probeText(QT_TRANSLATE_NOOP("Probe", "a WinRM listener that demands authentication (%1) "
                                                        "for Identify"),
                             {Text::plain(schemes.join(u", "_s))}));
    }
    if (r.status != 200)
        return ParseResult::invalid(
            probeText(QT_TRANSLATE_NOOP("Probe", "HTTP %1 to a WS-Management Identify: a "
                                                 "web server, but not WinRM"),
                      {Text::plain(QString::number(r.status))}));
    QXmlStreamReader xml(r.body);
    bool inIdentify = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (name == u"IdentifyResponse")
            inIdentify = true;
        else if (inIdentify && name == u"ProductVendor")
            facts.insert(u"winrm.vendor"_s, xml.readElementText().left(256));
        else if (inIdentify && name == u"ProductVersion")
            facts.insert(u"winrm.version"_s, xml.readElementText().left(256));
        else if (inIdentify && name == u"ProtocolVersion")
            facts.insert(u"winrm.protocol"_s, xml.readElementText().left(256));
    }
    if (xml.hasError() || !inIdentify)
        return ParseResult::invalid(probeText(
            QT_TRANSLATE_NOOP("Probe", "HTTP 200, but no WS-Management IdentifyResponse in the body")));
    return ParseResult::done(facts);
}

QByteArray identifyResponseBody(const QByteArray &vendor, const QByteArray &version)
{
    return "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"><s:Header/><s:Body>"
           "<wsmid:IdentifyResponse "
           "xmlns:wsmid=\"http://schemas.dmtf.org/wbem/wsman/identity/1/wsmanidentity.xsd\">"
           "<wsmid:ProtocolVersion>http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd</wsmid:ProtocolVersion>"
           "<wsmid:ProductVendor>" +
           vendor + "</wsmid:ProductVendor><wsmid:ProductVersion>" + version +
           "</wsmid:ProductVersion></wsmid:IdentifyResponse></s:Body></s:Envelope>";
}

QByteArray response(int status, const QByteArray &reason, const QList<QPair<QByteArray, QByteArray>> &headers,
                    const QByteArray &body)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    return out;
}

qsizetype requestSize(QByteArrayView data, QByteArray *method, QByteArray *path, QByteArray *body)
{
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0)
        return data.size() > kMaxHeaderBytes ? -1 : 0;
    const QList<QByteArray> lines = data.first(end).toByteArray().split('\n');
    const QList<QByteArray> request = lines.first().trimmed().split(' ');
    if (request.size() != 3 || !request.at(2).startsWith("HTTP/1."))
        return -1;
    qsizetype length = 0;
    for (const QByteArray &line : lines) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    if (length < 0 || length > kMaxBody)
        return -1;
    if (data.size() - (end + 4) < length)
        return 0;
    *method = request.at(0);
    *path = request.at(1);
    *body = data.sliced(end + 4, length).toByteArray();
    return end + 4 + length;
}

} // namespace PortCheck::Http
