#pragma once

#include "model/probe/protocols/parseresult.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace PortCheck::Ldap {

// Anonymous rootDSE search (base "", scope base, filter (objectClass=*)) asking for the attributes
// that name the DC, its domain, its site and its roles. RFC 4511 4.5.1; MS-ADTS 3.1.1.3.2.
QByteArray rootDseRequest(int messageId);

// Reads LDAPMessages until SearchResultDone (or a notice of disconnection). Facts: ldap.* keys.
// `typedHost` is what the user typed; a different dnsHostName is reported as ldap.nameMismatch.
// An LDAP server whose rootDSE is not an AD DC's (no dsServiceName, no functional level, or a
// refused anonymous search) is Foreign. currentTime becomes ldap.currentTime (ISO 8601 UTC) and,
// with a valid `now`, clock.skewSeconds (the server's time minus `now`, whole seconds).
ParseResult parseRootDseResponse(QByteArrayView data, const QString &typedHost, const QDateTime &now = {});

// The site named by a dsServiceName ("CN=NTDS Settings,CN=DC1,CN=Servers,CN=<site>,CN=Sites,...").
QString siteFromServiceName(const QString &dsServiceName);

// For responders: the message id and operation tag of a complete request at the front of `data`.
// Returns the bytes used, 0 when more are needed, -1 when the data is not LDAP.
qsizetype readRequest(QByteArrayView data, int *messageId, quint8 *operation);

using Attributes = QList<QPair<QByteArray, QList<QByteArray>>>;
QByteArray searchResultEntry(int messageId, const QByteArray &dn, const Attributes &attributes);
QByteArray searchResultDone(int messageId, int resultCode = 0);

} // namespace PortCheck::Ldap
