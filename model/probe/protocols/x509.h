#pragma once

#include <QByteArrayView>
#include <QStringList>

// Where a certificate says its revocation can be checked (RFC 5280 4.2.1.13 CRL distribution
// points, 4.2.2.1 authority information access): the URLs a Windows TLS client fetches, usually
// over HTTP port 80, before it trusts the certificate.
namespace PortCheck::X509 {

struct RevocationUrls
{
    QStringList crl;       // CRL distribution points (full names that are URIs)
    QStringList ocsp;      // OCSP responders (AIA id-ad-ocsp)
    QStringList caIssuers; // where the issuing CA's certificate is (AIA id-ad-caIssuers)
};

// Reads them from a certificate's DER. Bounded: 64 KB of certificate, at most 8 URLs of each kind,
// 512 characters each; anything malformed yields what was read before it.
RevocationUrls revocationUrls(QByteArrayView der);

} // namespace PortCheck::X509
