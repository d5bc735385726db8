#include "model/probe/probetypes.h"

#include "model/probe/idtable.h"

#include <array>
#include <string>
#include <utility>

using namespace Qt::StringLiterals;

namespace PortCheck {

using IdTable::idOf;
using IdTable::valueOf;

namespace {
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

QString ProbeTarget::probeKey(const QString &host, quint16 port, ProbeKind kind, const QString &via)
{
    QString key = host + u'|' + QString::number(port) + u'|' + probeKindId(kind);
    if (!via.isEmpty())
        key += u'|' + via;
    return key;
}

} // namespace PortCheck
