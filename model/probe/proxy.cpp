#include "model/probe/proxy.h"

#include <QNetworkProxyFactory>
#include <QNetworkProxyQuery>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace PortCheck {

QString ProxyEndpoint::url() const
{
    return u"http://"_s + (host.contains(u':') ? u'[' + host + u']' : host) + u':' + QString::number(port);
}

std::optional<ProxyEndpoint> parseProxyUrl(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *error = u"the proxy is empty: give http://host:port, 'system' or 'none'"_s;
        return std::nullopt;
    }
    const QUrl url(trimmed.contains(u"://"_s) ? trimmed : u"http://"_s + trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        *error = u"'%1' is not a proxy URL: give http://host:port"_s.arg(trimmed.left(200));
        return std::nullopt;
    }
    if (url.scheme() != u"http"_s) {
        *error = u"'%1': only an HTTP proxy (http://host:port) is supported, not %2"_s.arg(trimmed.left(200),
                                                                                           url.scheme());
        return std::nullopt;
    }
    if (!url.userInfo().isEmpty()) {
        *error =
            u"'%1': the proxy URL holds credentials; probes are anonymous, leave them out"_s.arg(url.host());
        return std::nullopt;
    }
    if (url.port() < 1) {
        *error = u"'%1' has no port: give http://host:port (proxies often use 3128 or 8080)"_s.arg(
            trimmed.left(200));
        return std::nullopt;
    }
    if (!url.path().isEmpty() && url.path() != u"/"_s) {
        *error = u"'%1': a proxy URL has no path"_s.arg(trimmed.left(200));
        return std::nullopt;
    }
    return ProxyEndpoint{url.host(), static_cast<quint16>(url.port())};
}

std::optional<QString> parseProxySetting(const QString &text, QString *error)
{
    const QString value = text.trimmed();
    if (value.compare(u"system"_s, Qt::CaseInsensitive) == 0 ||
        value.compare(u"none"_s, Qt::CaseInsensitive) == 0)
        return value.toLower();
    if (const auto endpoint = parseProxyUrl(value, error))
        return endpoint->url();
    return std::nullopt;
}

namespace {

// What Qt's generic Unix lookup reads, without anything that could reach the network.
ProxyChoice environmentProxy(const QString &host)
{
    const QByteArray noProxy = qgetenv("no_proxy").isEmpty() ? qgetenv("NO_PROXY") : qgetenv("no_proxy");
    for (const QByteArray &raw : noProxy.split(',')) {
        QString token = QString::fromLocal8Bit(raw).trimmed();
        if (token.startsWith(u'*'))
            token.remove(0, 1);
        if (token.startsWith(u'.'))
            token.remove(0, 1);
        if (token.isEmpty())
            continue;
        if (host.compare(token, Qt::CaseInsensitive) == 0 || host.endsWith(u'.' + token, Qt::CaseInsensitive))
            return {{}, u"system: no_proxy names %1"_s.arg(token)};
    }
    for (const char *name : {"https_proxy", "HTTPS_PROXY", "http_proxy", "all_proxy"}) {
        const QString value = qEnvironmentVariable(name).trimmed();
        if (value.isEmpty())
            continue;
        QString error;
        if (const auto p = parseProxyUrl(value, &error))
            return {p->url(), u"system: environment variable %1"_s.arg(QLatin1StringView(name))};
        return {{},
                u"system: environment variable %1 is not usable (%2); direct"_s.arg(QLatin1StringView(name),
                                                                                    error)};
    }
    return {{}, u"system: no proxy in the environment"_s};
}

} // namespace

ProxyChoice chooseProxy(const QString &setting, const QString &settingSource, const QString &host,
                        quint16 port)
{
    if (setting.compare(u"none"_s, Qt::CaseInsensitive) == 0)
        return {{}, settingSource + u": none (direct)"_s};
    if (!setting.isEmpty() && setting.compare(u"system"_s, Qt::CaseInsensitive) != 0) {
        QString error;
        const auto p = parseProxyUrl(setting, &error);
        return {p ? p->url() : QString(), settingSource};
    }
    if (qEnvironmentVariableIntValue("PORTCHECK_LOOPBACK_ONLY") != 0)
        return environmentProxy(host);
    QUrl url;
    url.setScheme(u"https"_s);
    url.setHost(host);
    url.setPort(port);
    const QList<QNetworkProxy> proxies = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(url));
#ifdef Q_OS_WIN
    const QString system = u"system (WinHTTP and Internet Options, with PAC and WPAD)"_s;
#else
    const QString system = u"system (libproxy: environment, desktop settings, PAC)"_s;
#endif
    for (const QNetworkProxy &p : proxies) {
        if (p.type() == QNetworkProxy::HttpProxy && !p.hostName().isEmpty() && p.port() > 0)
            return {ProxyEndpoint{p.hostName(), p.port()}.url(), system};
        if (p.type() == QNetworkProxy::NoProxy || p.type() == QNetworkProxy::DefaultProxy)
            break;
    }
    return {{}, system + u": direct"_s};
}

} // namespace PortCheck
