#pragma once

#include "model/probe/protocols/dns.h"

#include <QHash>
#include <QNetworkDatagram>
#include <QObject>
#include <QUdpSocket>

namespace PortCheck::Test {

using SrvRecord = Dns::SrvRecord;

// A DNS server for SRV questions (RFC 1035, RFC 2782), on a loopback address and port 53 (which
// QDnsLookup insists on before Qt 6.6, so binding it needs root). Unknown names get NXDOMAIN,
// names mapped to an empty list get an empty NOERROR answer, `silent` names get no answer.
// Suites run side by side under CTest, so each owns its address on port 53: tst_cli's "nothing
// listens" 127.0.0.74, tst_dcdiscovery's 127.0.0.75 (nothing), .77 and .79, tst_wizard's .78;
// tst_adprobes takes .80-.89 (its KDC, dnsmasq and hostile servers, on ports of their own).
class DnsResponder : public QObject
{
public:
    QHash<QByteArray, QList<SrvRecord>> records; // lower-case name without the trailing dot
    QList<QByteArray> silent;
    int queries = 0;
    QList<QByteArray> names; // the question of every query, in the order they came

    bool listen(const QHostAddress &address)
    {
        if (!m_socket.bind(address, 53))
            return false;
        connect(&m_socket, &QUdpSocket::readyRead, this, [this] {
            while (m_socket.hasPendingDatagrams())
                answer(m_socket.receiveDatagram());
        });
        return true;
    }

private:
    void answer(const QNetworkDatagram &datagram)
    {
        const QByteArray q = datagram.data();
        quint16 id = 0;
        quint16 type = 0;
        QByteArray name;
        if (!Dns::readQuestion(q, &id, &name, &type))
            return;
        ++queries;
        names.append(name);
        if (silent.contains(name))
            return;
        const auto it = records.constFind(name);
        const QByteArray r = it == records.cend() ? Dns::srvResponse(q, 3, {}) : Dns::srvResponse(q, 0, *it);
        // Not makeReply(): its IP_PKTINFO lets the kernel pick 127.0.0.1 as the source, and the
        // resolver's connected socket drops answers that do not come from the server it asked.
        m_socket.writeDatagram(r, datagram.senderAddress(), static_cast<quint16>(datagram.senderPort()));
    }

    QUdpSocket m_socket;
};

} // namespace PortCheck::Test
