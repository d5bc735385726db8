#pragma once

#include "model/probe/protocols/parseresult.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QStringList>

namespace PortCheck::Http {

struct Response
{
    int status = 0;
    QByteArray reason;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;

    QByteArray header(const QByteArray &lowerName) const;
    QList<QByteArray> headerValues(const QByteArray &lowerName) const;
};

enum class Status
{
    NeedMore,
    Done,
    Invalid
};

// Parses an HTTP/1.x response. With `wantBody`, waits for the body (Content-Length, chunked, or
// the end of the stream when `atEnd`). Bounded: 32 KB of headers, 100 header lines, 256 KB of body.
Status parseResponse(QByteArrayView data, bool wantBody, bool atEnd, Response *response, Text *error);

QByteArray getRequest(const QString &host, quint16 port, const QByteArray &path = "/");
// The same request to an explicit proxy (absolute form, RFC 9112 3.2.2), as Windows sends CRL and
// OCSP fetches through the proxy; anonymous.
QByteArray proxyGetRequest(const QString &host, quint16 port);

// http/https probe: status line, Server header, redirect target. Facts http.*.
ParseResult parseHttpProbe(QByteArrayView data, bool atEnd);

// WS-Management Identify, unauthenticated (MS-WSMV 3.1.4.16; DSP0226 Identify).
QByteArray winrmIdentifyRequest(const QString &host, quint16 port);
// 200 IdentifyResponse -> vendor and version; 401 with WWW-Authenticate -> a listener that demands
// authentication (still WinRM). Facts winrm.*, http.*.
ParseResult parseWinrmIdentify(QByteArrayView data, bool atEnd);

// HTTP CONNECT through an explicit proxy (RFC 9110 9.3.6): the request for a tunnel to host:port,
// anonymous (no Proxy-Authorization, ever), and what the proxy answered.
QByteArray connectRequest(const QString &host, quint16 port);
struct ConnectAnswer
{
    Status status = Status::NeedMore;
    int code = 0;             // the status code; 2xx opened the tunnel
    QString reason;           // the reason phrase, printable, at most 512 characters
    QStringList authSchemes;  // a 407's Proxy-Authenticate schemes ("Basic", "Negotiate")
    QString server;           // the proxy's Server or Via header, when it names itself
    qsizetype headerSize = 0; // the answer's bytes up to the blank line; the tunnel follows them
    bool fromProxy = true;    // the proxy's own answer, not a server's relayed through it (no Via)
    Text error;               // why the bytes are not an answer to CONNECT
};
// Bounded as parseResponse(); never waits for a body (a refusal's page is not needed).
ConnectAnswer parseConnectResponse(QByteArrayView data);

// For responders.
QByteArray identifyResponseBody(const QByteArray &vendor, const QByteArray &version);
QByteArray response(int status, const QByteArray &reason, const QList<QPair<QByteArray, QByteArray>> &headers,
                    const QByteArray &body);
// A complete request at the front of `data` (headers and Content-Length body): its size, 0 when
// incomplete, -1 when not HTTP.
qsizetype requestSize(QByteArrayView data, QByteArray *method, QByteArray *path, QByteArray *body);

} // namespace PortCheck::Http
