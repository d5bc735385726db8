#pragma once

#include "parseresult.h"

#include <QByteArray>
#include <QList>
#include <QPair>

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

// http/https probe: status line, Server header, redirect target. Facts http.*.
ParseResult parseHttpProbe(QByteArrayView data, bool atEnd);

// WS-Management Identify, unauthenticated (MS-WSMV 3.1.4.16; DSP0226 Identify).
QByteArray winrmIdentifyRequest(const QString &host, quint16 port);
// 200 IdentifyResponse -> vendor and version; 401 with WWW-Authenticate -> a listener that demands
// authentication (still WinRM). Facts winrm.*, http.*.
ParseResult parseWinrmIdentify(QByteArrayView data, bool atEnd);

// For responders.
QByteArray identifyResponseBody(const QByteArray &vendor, const QByteArray &version);
QByteArray response(int status, const QByteArray &reason, const QList<QPair<QByteArray, QByteArray>> &headers,
                    const QByteArray &body);
// A complete request at the front of `data` (headers and Content-Length body): its size, 0 when
// incomplete, -1 when not HTTP.
qsizetype requestSize(QByteArrayView data, QByteArray *method, QByteArray *path, QByteArray *body);

} // namespace PortCheck::Http
