#pragma once

#include "model/diagnostic.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace PortCheck::Test {

// Test inputs mark the place of the expected problem with "§"; this returns the text without the
// marker and the marker's 1-based line and column.
inline QByteArray stripMarker(const QString &marked, int *line, int *column)
{
    const qsizetype at = marked.indexOf(u'§');
    Q_ASSERT(at >= 0);
    const QString before = marked.left(at);
    *line = int(before.count(u'\n')) + 1;
    *column = int(at - (before.lastIndexOf(u'\n') + 1)) + 1;
    QString text = marked;
    text.remove(at, 1);
    return text.toUtf8();
}

} // namespace PortCheck::Test

#include <QEventLoop>
#include <QHostAddress>
#include <QTimer>
#include <QUdpSocket>

namespace PortCheck::Test {

// Runs the event loop until `signal` of `sender` arrives or `ms` pass; true when it arrived.
// (QSignalSpy::wait() here missed servers on this thread in some runs; a plain loop does not.)
template <typename Sender, typename Signal> bool waitForSignal(const Sender *sender, Signal signal, int ms)
{
    QEventLoop loop;
    bool arrived = false;
    QObject::connect(sender, signal, &loop, [&] {
        arrived = true;
        loop.quit();
    });
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
    return arrived;
}

} // namespace PortCheck::Test

namespace PortCheck::Test {

// An empty text when `problems` has one at FILE:LINE:COLUMN whose message contains `message`;
// otherwise what was expected and what came, for QVERIFY2.
inline QString missingDiagnostic(const Diagnostics &problems, const QString &file, int line, int column,
                                 const QString &message)
{
    const QString expected =
        file + u':' + QString::number(line) + u':' + QString::number(column) + QStringLiteral(": ");
    for (const Diagnostic &d : problems) {
        if (d.toString().startsWith(expected) && d.message.english().contains(message))
            return {};
    }
    return QStringLiteral("expected ") + expected + QStringLiteral("... ") + message +
           QStringLiteral("\ngot:\n") + formatDiagnostics(problems);
}

} // namespace PortCheck::Test

namespace PortCheck::Test {

// Whether another program holds UDP `port` on `address` (a DNS server on 0.0.0.0:53, Wine's
// wineserver running a Windows test): then "nothing listens there" cannot be set up, and a test
// that needs it skips, saying so. Without root the bind fails for another reason: not known.
inline bool udpPortHeldByAnother(const QHostAddress &address, quint16 port)
{
    QUdpSocket probe;
    if (probe.bind(address, port))
        return false;
    return probe.error() == QAbstractSocket::AddressInUseError;
}

} // namespace PortCheck::Test

#include <QLibrary>

namespace PortCheck::Test {

// Whether this Windows program runs under Wine (its ntdll exports wine_get_version; Windows' own
// does not). False on every other system.
inline bool runningUnderWine()
{
#ifdef Q_OS_WIN
    static const bool wine = QLibrary::resolve(QStringLiteral("ntdll"), "wine_get_version") != nullptr;
    return wine;
#else
    return false;
#endif
}

} // namespace PortCheck::Test

// A case that cannot run under Wine, for a reason of Wine's (said in `why`): it skips there and runs
// on Windows itself and on Linux.
#define PORTCHECK_SKIP_UNDER_WINE(why)                                                                       \
    do {                                                                                                     \
        if (PortCheck::Test::runningUnderWine())                                                             \
            QSKIP("under Wine: " why);                                                                       \
    } while (false)

// Wine's Schannel has no server side (AcceptSecurityContext fails inside GnuTLS), so a case that
// starts a TLS server of its own cannot run there. The TLS client under Wine is checked by
// scripts/windows.sh against OpenSSL's s_server instead.
#define PORTCHECK_SKIP_TLS_SERVER_UNDER_WINE()                                                               \
    PORTCHECK_SKIP_UNDER_WINE("starts a TLS server, and Wine's Schannel has no server side")

#include "model/plan/plan.h"

namespace PortCheck::Test {

// The result of a planned check as a test makes it up: refused, or open and answered in its own
// protocol. The caller adds facts.
inline ProbeResult resultOf(const Check &c, bool broken)
{
    ProbeResult r;
    r.host = c.host;
    r.port = c.port;
    r.kind = c.probe;
    r.via = c.via;
    r.state = broken ? ProbeState::Refused : ProbeState::Open;
    r.service = broken ? ServiceState::NotProbed : ServiceState::Identified;
    return r;
}

} // namespace PortCheck::Test
