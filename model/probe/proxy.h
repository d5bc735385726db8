#pragma once

#include <QString>

#include <optional>

namespace PortCheck {

// An explicit HTTP proxy, as Guardian's own HTTPS clients use it: CONNECT to host:port.
struct ProxyEndpoint
{
    QString host;
    quint16 port = 0;

    // "http://host:port", the form the JSON's `via` and the report name it by.
    QString url() const;
};

// "http://host:port" or "host:port" (a URL with another scheme, a path, user information or no
// port is refused: the proxy is probed anonymously, and a port is never guessed). `error` names
// what is wrong.
std::optional<ProxyEndpoint> parseProxyUrl(const QString &text, QString *error);

// A proxy setting as typed (--proxy, the profile's proxy:): "system" or "none" (lower-cased), or a
// proxy URL in its normal form; nullopt with `error` naming what is wrong.
std::optional<QString> parseProxySetting(const QString &text, QString *error);

// How the proxy of a run was chosen: `--proxy`, the profile's `proxy:` key, or the system.
struct ProxyChoice
{
    QString url;    // the proxy used for HTTPS to the Internet; empty: direct
    QString source; // where that came from, for the report ("--proxy", "system: https_proxy", ...)
};

// The proxy for HTTPS to `host`:`port` from a setting: "none", "system" (or empty), or a proxy URL
// (validated by the caller). "system" asks Qt's system lookup (on Windows WinHTTP and the
// machine's Internet Options with PAC and WPAD, on Linux libproxy: the environment and the
// desktop's settings). With PORTCHECK_LOOPBACK_ONLY only the environment variables are read, as
// the system lookup may fetch a PAC file or ask DNS for WPAD.
ProxyChoice chooseProxy(const QString &setting, const QString &settingSource, const QString &host,
                        quint16 port);

} // namespace PortCheck
