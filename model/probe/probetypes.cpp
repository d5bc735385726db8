#include "probetypes.h"

#include <array>
#include <string>
#include <utility>

using namespace Qt::StringLiterals;

namespace PortCheck {

namespace {
template <typename E, std::size_t N>
QString idOf(const std::array<std::pair<E, const char16_t *>, N> &table, E value)
{
    // The ids are static: a QString over them costs no allocation (probe keys are built per check).
    for (const auto &[e, id] : table) {
        if (e == value)
            return QString::fromRawData(reinterpret_cast<const QChar *>(id),
                                        static_cast<qsizetype>(std::char_traits<char16_t>::length(id)));
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char16_t *>, N> &table, const QString &id)
{
    for (const auto &[e, text] : table) {
        if (id == QStringView(text))
            return e;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<ProbeState, const char16_t *>, 7> kStates{{
    {ProbeState::Open, u"open"},
    {ProbeState::Refused, u"refused"},
    {ProbeState::Filtered, u"filtered"},
    {ProbeState::Unreachable, u"unreachable"},
    {ProbeState::DnsFailed, u"dns-failed"},
    {ProbeState::Error, u"error"},
    {ProbeState::NotTested, u"not-tested"},
}};

constexpr std::array<std::pair<ServiceState, const char16_t *>, 5> kServices{{
    {ServiceState::Identified, u"identified"},
    {ServiceState::Unexpected, u"unexpected"},
    {ServiceState::Silent, u"silent"},
    {ServiceState::TlsError, u"tls-error"},
    {ServiceState::NotProbed, u"not-probed"},
}};

constexpr std::array<std::pair<ProbeKind, const char16_t *>, 16> kKinds{{
    {ProbeKind::Tcp, u"tcp"},
    {ProbeKind::Tls, u"tls"},
    {ProbeKind::Ldap, u"ldap"},
    {ProbeKind::Gc, u"gc"},
    {ProbeKind::Ldaps, u"ldaps"},
    {ProbeKind::Gcs, u"gcs"},
    {ProbeKind::Winrm, u"winrm"},
    {ProbeKind::Winrms, u"winrms"},
    {ProbeKind::Smb, u"smb"},
    {ProbeKind::NetbiosSmb, u"netbios-smb"},
    {ProbeKind::Http, u"http"},
    {ProbeKind::Https, u"https"},
    {ProbeKind::Tds, u"tds"},
    {ProbeKind::Kerberos, u"kerberos"},
    {ProbeKind::Dns, u"dns"},
    {ProbeKind::None, u"none"},
}};
} // namespace

QString probeStateId(ProbeState state)
{
    return idOf(kStates, state);
}
std::optional<ProbeState> probeStateFromId(const QString &id)
{
    return valueOf(kStates, id);
}
QString serviceStateId(ServiceState state)
{
    return idOf(kServices, state);
}
std::optional<ServiceState> serviceStateFromId(const QString &id)
{
    return valueOf(kServices, id);
}
QString probeKindId(ProbeKind kind)
{
    return idOf(kKinds, kind);
}
std::optional<ProbeKind> probeKindFromId(const QString &id)
{
    return valueOf(kKinds, id);
}

QStringList probeKindIds()
{
    QStringList ids;
    for (const auto &entry : kKinds)
        ids << QString::fromUtf16(entry.second);
    return ids;
}

ProbeKind defaultKindForPort(quint16 port)
{
    switch (port) {
    case 389:
        return ProbeKind::Ldap;
    case 3268:
        return ProbeKind::Gc;
    case 636:
        return ProbeKind::Ldaps;
    case 3269:
        return ProbeKind::Gcs;
    case 5985:
        return ProbeKind::Winrm;
    case 5986:
        return ProbeKind::Winrms;
    case 445:
        return ProbeKind::Smb;
    case 139:
        return ProbeKind::NetbiosSmb;
    case 80:
        return ProbeKind::Http;
    case 443:
        return ProbeKind::Https;
    case 1433:
        return ProbeKind::Tds;
    case 88:
        return ProbeKind::Kerberos;
    case 53:
        return ProbeKind::Dns;
    default:
        return ProbeKind::Tcp;
    }
}

bool probeKindUsesTls(ProbeKind kind)
{
    switch (kind) {
    case ProbeKind::Tls:
    case ProbeKind::Ldaps:
    case ProbeKind::Gcs:
    case ProbeKind::Winrms:
    case ProbeKind::Https:
        return true;
    default:
        return false;
    }
}

QStringList failureIds()
{
    return {u"refused"_s,       u"filtered"_s,       u"unreachable"_s,      u"dns-failed"_s,
            u"error"_s,         u"unexpected"_s,     u"silent"_s,           u"tls-error"_s,
            u"wrong-domain"_s,  u"clock-skew"_s,     u"clock-skew-local"_s, u"address-blocked"_s,
            u"proxy-refused"_s, u"proxy-filtered"_s, u"proxy-denied"_s,     u"proxy-auth"_s,
            u"proxy-error"_s,   u"proxy-silent"_s,   u"tls-inspected"_s};
}

Text tlsErrorsText(const QString &errors)
{
    // The words of describeSslError(); anything else is OpenSSL's own text and stays as it is.
    static const char *const known[] = {
        QT_TRANSLATE_NOOP("Probe", "self-signed"),      QT_TRANSLATE_NOOP("Probe", "expired"),
        QT_TRANSLATE_NOOP("Probe", "not yet valid"),    QT_TRANSLATE_NOOP("Probe", "name mismatch"),
        QT_TRANSLATE_NOOP("Probe", "untrusted issuer"), QT_TRANSLATE_NOOP("Probe", "revoked"),
    };
    QList<Text> parts;
    for (const QString &word : errors.split(u", "_s, Qt::SkipEmptyParts)) {
        const auto it = std::find_if(std::begin(known), std::end(known),
                                     [&](const char *k) { return word == QLatin1StringView(k); });
        parts << (it != std::end(known) ? probeText(*it) : Text::plain(word));
    }
    return Text::list(parts);
}

Text probeStateText(ProbeState state)
{
    switch (state) {
    case ProbeState::Open:
        return Text::phrase("Probe", QT_TRANSLATE_NOOP("Probe", "open"));
    case ProbeState::Refused:
        return Text::phrase("Probe", QT_TRANSLATE_NOOP("Probe", "refused"));
    case ProbeState::Filtered:
        return Text::phrase("Probe", QT_TRANSLATE_NOOP("Probe", "filtered"));
    case ProbeState::Unreachable:
        return Text::phrase("Probe", QT_TRANSLATE_NOOP("Probe", "unreachable"));
    case ProbeState::DnsFailed:
        return Text::phrase("Probe", QT_TRANSLATE_NOOP("Probe", "name not found"));
    case ProbeState::Error:
        return Text::phrase("Probe", QT_TRANSLATE_NOOP("Probe", "error"));
    case ProbeState::NotTested:
        break;
    }
    return Text::phrase("Probe", QT_TRANSLATE_NOOP("Probe", "not tested"));
}

Text serviceStateText(ServiceState state)
{
    switch (state) {
    case ServiceState::Identified:
        return Text::phrase("Probe", QT_TRANSLATE_NOOP("Probe", "identified"));
    case ServiceState::Unexpected:
        return Text::phrase("Probe", QT_TRANSLATE_NOOP("Probe", "something else answered"));
    case ServiceState::Silent:
        return Text::phrase("Probe", QT_TRANSLATE_NOOP("Probe", "silent"));
    case ServiceState::TlsError:
        return Text::phrase("Probe", QT_TRANSLATE_NOOP("Probe", "TLS error"));
    case ServiceState::NotProbed:
        break;
    }
    return Text::phrase("Probe", QT_TRANSLATE_NOOP("Probe", "not probed"));
}

bool ProbeResult::someAddressFails() const
{
    return std::any_of(addresses.cbegin(), addresses.cend(),
                       [](const AddressOutcome &a) { return !a.works(); });
}

QString ProbeResult::failureId() const
{
    // A probe through a proxy that the proxy stopped: what the proxy did is the cause to fix.
    if (const QString proxy = facts.value(QStringLiteral("proxy.outcome")); !proxy.isEmpty())
        return proxy;
    if (state != ProbeState::Open)
        return state == ProbeState::NotTested ? QString() : probeStateId(state);
    switch (service) {
    case ServiceState::Unexpected:
    case ServiceState::Silent:
    case ServiceState::TlsError:
        return serviceStateId(service);
    case ServiceState::Identified:
    case ServiceState::NotProbed:
        break;
    }
    return {};
}

Text evidenceSummary(const ProbeResult &r)
{
    static const char16_t *const keys[] = {
        u"ldap.dnsHostName",  u"ldap.site",      u"ldap.isGlobalCatalogReady",
        u"ldap.vendorName",   u"winrm.vendor",   u"winrm.version",
        u"winrm.auth",        u"smb.dialect",    u"smb.signingRequired",
        u"http.status",       u"http.server",    u"tds.version",
        u"tds.encryption",    u"kerberos.realm", u"kerberos.error",
        u"clock.skewSeconds", u"dns.rcode",      u"dns.answers",
        u"tls.protocol",      u"tls.subject",    u"tls.errors",
        u"tls.interceptedBy", u"proxy.status",   u"proxy.auth"};
    QList<Text> parts;
    if (!r.message.isEmpty() && (r.state != ProbeState::Open || r.service != ServiceState::Identified))
        parts << r.message;
    for (const char16_t *key : keys) {
        const QString k = QString::fromUtf16(key);
        if (r.facts.contains(k))
            parts << Text::plain((k.startsWith(u"proxy."_s) ? k : k.section(u'.', 1)) + u'=' +
                                 r.facts.value(k));
    }
    if (!r.addresses.isEmpty()) {
        QStringList each;
        for (const AddressOutcome &a : r.addresses)
            each << a.address + u' ' +
                        (a.state == ProbeState::Open ? serviceStateId(a.service) : probeStateId(a.state));
        parts << Text::plain(u"addresses="_s + each.join(u", "_s));
    }
    return Text::sentences(parts);
}

} // namespace PortCheck
