#include "model/probe/protocols/x509.h"

#include "model/probe/protocols/ber.h"

namespace PortCheck::X509 {

namespace {

constexpr qsizetype kMaxCertificate = 64 * 1024;
constexpr qsizetype kMaxUrls = 8;
constexpr qsizetype kMaxUrlLength = 512;

// Context-specific tags as they appear in the DER (class bits 10, constructed bit where set).
constexpr quint8 kExplicit3 = 0xa3; // tbsCertificate [3] extensions
constexpr quint8 kFullName = 0xa0;  // DistributionPointName [0] fullName / DistributionPoint [0]
constexpr quint8 kUri = 0x86;       // GeneralName [6] uniformResourceIdentifier
constexpr quint8 kOid = 0x06;

const QByteArray kCrlDistributionPoints("\x55\x1d\x1f", 3);                   // 2.5.29.31
const QByteArray kAuthorityInfoAccess("\x2b\x06\x01\x05\x05\x07\x01\x01", 8); // 1.3.6.1.5.5.7.1.1
const QByteArray kOcsp("\x2b\x06\x01\x05\x05\x07\x30\x01", 8);                // 1.3.6.1.5.5.7.48.1
const QByteArray kCaIssuers("\x2b\x06\x01\x05\x05\x07\x30\x02", 8);           // 1.3.6.1.5.5.7.48.2

void addUrl(QByteArrayView value, QStringList *to)
{
    if (to->size() >= kMaxUrls || value.isEmpty() || value.size() > kMaxUrlLength)
        return;
    // IA5String: ASCII; anything else is not a URL a client would fetch.
    for (const char c : value) {
        if (static_cast<unsigned char>(c) < 0x21 || static_cast<unsigned char>(c) > 0x7e)
            return;
    }
    const QString url = QString::fromLatin1(value.data(), value.size());
    if (!to->contains(url))
        *to << url;
}

void readGeneralNames(QByteArrayView names, QStringList *to)
{
    Ber::Reader r(names, kMaxCertificate);
    Ber::Element name;
    while (r.next(&name)) {
        if (name.tag == kUri)
            addUrl(name.value, to);
    }
}

void readDistributionPoints(QByteArrayView value, QStringList *to)
{
    Ber::Element points;
    if (Ber::readElement(value, &points, kMaxCertificate) != Ber::Status::Ok || points.tag != Ber::Sequence)
        return;
    Ber::Reader r(points.value, kMaxCertificate);
    Ber::Element point;
    while (r.next(&point)) {
        if (point.tag != Ber::Sequence)
            continue;
        Ber::Reader fields(point.value, kMaxCertificate);
        Ber::Element field;
        // distributionPoint [0] { fullName [0] GeneralNames }; reasons and cRLIssuer are skipped.
        while (fields.next(&field)) {
            if (field.tag != kFullName)
                continue;
            Ber::Element fullName;
            if (Ber::readElement(field.value, &fullName, kMaxCertificate) == Ber::Status::Ok &&
                fullName.tag == kFullName)
                readGeneralNames(fullName.value, to);
        }
    }
}

void readAuthorityInfoAccess(QByteArrayView value, RevocationUrls *urls)
{
    Ber::Element list;
    if (Ber::readElement(value, &list, kMaxCertificate) != Ber::Status::Ok || list.tag != Ber::Sequence)
        return;
    Ber::Reader r(list.value, kMaxCertificate);
    Ber::Element description;
    while (r.next(&description)) {
        if (description.tag != Ber::Sequence)
            continue;
        Ber::Reader fields(description.value, kMaxCertificate);
        Ber::Element method;
        Ber::Element location;
        if (!fields.nextTagged(kOid, &method) || !fields.next(&location) || location.tag != kUri)
            continue;
        if (method.value == kOcsp)
            addUrl(location.value, &urls->ocsp);
        else if (method.value == kCaIssuers)
            addUrl(location.value, &urls->caIssuers);
    }
}

} // namespace

RevocationUrls revocationUrls(QByteArrayView der)
{
    RevocationUrls urls;
    if (der.size() > kMaxCertificate)
        return urls;
    Ber::Element certificate;
    Ber::Element tbs;
    if (Ber::readElement(der, &certificate, kMaxCertificate) != Ber::Status::Ok ||
        certificate.tag != Ber::Sequence ||
        Ber::readElement(certificate.value, &tbs, kMaxCertificate) != Ber::Status::Ok ||
        tbs.tag != Ber::Sequence)
        return urls;
    Ber::Reader fields(tbs.value, kMaxCertificate);
    Ber::Element field;
    while (fields.next(&field)) {
        if (field.tag != kExplicit3)
            continue;
        Ber::Element extensions;
        if (Ber::readElement(field.value, &extensions, kMaxCertificate) != Ber::Status::Ok ||
            extensions.tag != Ber::Sequence)
            return urls;
        Ber::Reader r(extensions.value, kMaxCertificate);
        Ber::Element extension;
        while (r.next(&extension)) {
            if (extension.tag != Ber::Sequence)
                continue;
            Ber::Reader parts(extension.value, kMaxCertificate);
            Ber::Element id;
            Ber::Element part;
            if (!parts.nextTagged(kOid, &id))
                continue;
            // critical BOOLEAN DEFAULT FALSE, then extnValue OCTET STRING
            while (parts.next(&part) && part.tag != Ber::OctetString) {
            }
            if (part.tag != Ber::OctetString)
                continue;
            if (id.value == kCrlDistributionPoints)
                readDistributionPoints(part.value, &urls.crl);
            else if (id.value == kAuthorityInfoAccess)
                readAuthorityInfoAccess(part.value, &urls);
        }
    }
    return urls;
}

} // namespace PortCheck::X509
