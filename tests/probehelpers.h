#pragma once

#include "model/probe/proberunner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace PortCheck::Test {

// Runs the probes on a real ProbeRunner and waits for the results.
inline QList<ProbeResult> runProbes(const QList<ProbeTarget> &targets, const RunSettings &settings,
                                    int waitMs = 20000)
{
    ProbeRunner runner;
    runner.setSettings(settings);
    QList<ProbeResult> results;
    QObject::connect(&runner, &ProbeRunner::resultsReady, &runner,
                     [&](const QList<ProbeResult> &batch) { results += batch; });
    QSignalSpy finished(&runner, &ProbeRunner::finished);
    runner.start(targets);
    if (finished.isEmpty())
        finished.wait(waitMs);
    return results;
}

inline ProbeResult runProbe(const ProbeTarget &target, const RunSettings &settings)
{
    const QList<ProbeResult> results = runProbes({target}, settings);
    return results.isEmpty() ? ProbeResult() : results.first();
}

// A port nothing listens on at `address` right now (0 when none could be had): for a server the
// test starts, or for a port that refuses.
inline quint16 freePort(const QHostAddress &address)
{
    QTcpServer s;
    return s.listen(address) ? s.serverPort() : 0;
}

// Waits until a server the test started accepts on address:port (it may start slowly on a busy
// machine); false after `ms`.
inline bool waitForPort(const QHostAddress &address, quint16 port, int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms) {
        QTcpSocket s;
        s.connectToHost(address, port);
        if (s.waitForConnected(200))
            return true;
        QTest::qWait(50);
    }
    return false;
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline QSslCertificate certificate(const QString &path)
{
    const auto list = QSslCertificate::fromData(readFile(path), QSsl::Pem);
    return list.isEmpty() ? QSslCertificate() : list.first();
}

inline QSslKey key(const QString &path)
{
    return QSslKey(readFile(path), QSsl::Rsa, QSsl::Pem);
}

} // namespace PortCheck::Test
