#include "model/probe/probekind.h"

#include "model/probe/idtable.h"

using namespace Qt::StringLiterals;

namespace PortCheck {

using IdTable::idOf;
using IdTable::valueOf;

namespace {
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

} // namespace PortCheck
