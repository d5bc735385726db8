#pragma once

#include "model/demo/responder.h"
#include "model/expected.h"
#include "model/profile/profile.h"

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QThread>

#include <memory>
#include <vector>

namespace PortCheck {

// A simulated Guardian site on loopback addresses 127.0.0.1-127.0.0.5: healthy and broken domain
// controllers, a file share, a cloud endpoint behind a TLS-inspecting proxy and a Forest Recovery
// agent, so that one run shows every verdict. Nothing leaves the machine. The responders live on a
// thread of their own: a busy GUI thread (or a slow machine running it) must not make a healthy
// demo host answer after the probe's deadline.
class DemoSite final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoSite)

public:
    explicit DemoSite(QObject *parent = nullptr);
    ~DemoSite() override;

    // Binds every responder, or says why one cannot listen.
    Expected<void> start();
    // The profile that points the catalog's links at the responders (port overrides).
    Profile profile() const { return m_profile; }
    // The demo CA: trusted for the run, as an administrator would add their own CA with --ca-file.
    QList<QSslCertificate> trustAnchors() const;

private:
    enum class Tls
    {
        None,
        Trusted,
        SelfSigned
    };
    Expected<void> startServers();
    bool serve(const QString &host, quint16 catalogPort, Responder::Behavior behavior, Tls tls = Tls::None);
    bool drop(const QString &host, quint16 catalogPort);
    bool refuse(const QString &host, quint16 catalogPort);
    void route(const QString &host, quint16 catalogPort, quint16 port);

    std::unique_ptr<QThread> m_thread;
    QObject *m_home = nullptr;                       // lives on m_thread: the context for work done there
    std::vector<std::unique_ptr<QObject>> m_servers; // created, used and destroyed on m_thread
    Profile m_profile;
    Text m_error; // why a responder cannot listen
};

} // namespace PortCheck
