#pragma once

#include "model/probe/protocols/parseresult.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace PortCheck::Kerberos {

// The realm a probe asks for: the AD domain in upper case (RFC 4120 6.1: Windows realms are the
// DNS domain upper-cased), else the DNS suffix of the host, else empty.
QString realmFor(const QString &domain, const QString &host);

// An AS-REQ without pre-authentication (RFC 4120 5.4.1) for `client`@`realm` and krbtgt/`realm`:
// no credential is in it, and a KDC answers it with KRB-ERROR before it looks at any password.
QByteArray asRequest(const QString &realm, const QString &client, quint32 nonce);
// TCP framing (RFC 4120 7.2.2): a four-byte big-endian length before the message.
QByteArray tcpFrame(const QByteArray &message);

// Reads the KDC's framed answer: KRB-ERROR or AS-REP. Facts kerberos.realm, kerberos.error,
// kerberos.errorCode, kerberos.serverTime and clock.skewSeconds (the server's time minus `now`).
// `requestedRealm` is what was asked for; an answer naming another realm is reported.
ParseResult parseTcpResponse(QByteArrayView data, const QString &requestedRealm, const QDateTime &now);

// "KDC_ERR_C_PRINCIPAL_UNKNOWN" for 6 (RFC 4120 7.5.9); "KRB_ERROR_<n>" for codes it does not list.
QString errorName(qint64 code);

// For responders: a framed AS-REQ at the front of `data`. Returns the bytes used, 0 when more are
// needed, -1 when the data is not a Kerberos AS-REQ; `realm` and `client` receive what it asked.
qsizetype readTcpRequest(QByteArrayView data, QString *realm, QString *client);
// A KRB-ERROR (RFC 4120 5.9.1) with this code, server time and realm, unframed.
QByteArray krbError(int code, const QDateTime &serverTime, const QString &realm, const QString &client);

// KerberosTime (GeneralizedTime without fractions, "20261202013000Z") and back.
QByteArray kerberosTime(const QDateTime &time);
QDateTime parseKerberosTime(QByteArrayView value);

} // namespace PortCheck::Kerberos
