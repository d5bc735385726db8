#pragma once

#include <QHash>
#include <QNetworkDatagram>
#include <QObject>
#include <QUdpSocket>

namespace PortCheck::Test {

struct SrvRecord
{
    QByteArray target;
    quint16 port = 389;
    quint16 priority = 0;
    quint16 weight = 100;
};

// A DNS server for SRV questions (RFC 1035, RFC 2782), on a loopback address and port 53 (which
// QDnsLookup insists on before Qt 6.6, so binding it needs root). Unknown names get NXDOMAIN,
// names mapped to an empty list get an empty NOERROR answer, `silent` names get no answer.
// Suites run side by side under CTest, so each owns its address on port 53: tst_cli's "nothing
// listens" 127.0.0.74, tst_dcdiscovery's 127.0.0.75 (nothing), .77 and .79, tst_wizard's .78.
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
    static void put16(QByteArray &b, quint16 v)
    {
        b.append(static_cast<char>(v >> 8));
        b.append(static_cast<char>(v & 0xff));
    }

    static QByteArray encodeName(const QByteArray &name)
    {
        QByteArray out;
        for (const QByteArray &label : name.split('.')) {
            if (label.isEmpty())
                continue;
            out.append(static_cast<char>(label.size()));
            out.append(label);
        }
        out.append('\0');
        return out;
    }

    void answer(const QNetworkDatagram &datagram)
    {
        const QByteArray q = datagram.data();
        if (q.size() < 17)
            return;
        ++queries;
        // the question name
        QByteArray name;
        qsizetype pos = 12;
        while (pos < q.size() && q.at(pos) != 0) {
            const int len = static_cast<quint8>(q.at(pos));
            if (!name.isEmpty())
                name.append('.');
            name.append(q.mid(pos + 1, len));
            pos += 1 + len;
        }
        const qsizetype questionEnd = pos + 1 + 4;
        name = name.toLower();
        names.append(name);
        if (silent.contains(name))
            return;
        const bool known = records.contains(name);
        const QList<SrvRecord> answers = records.value(name);
        QByteArray r = q.left(2);          // id
        put16(r, known ? 0x8180 : 0x8183); // response, recursion desired+available, NOERROR / NXDOMAIN
        put16(r, 1);
        put16(r, static_cast<quint16>(answers.size()));
        put16(r, 0);
        put16(r, 0);
        r.append(q.mid(12, questionEnd - 12));
        for (const SrvRecord &srv : answers) {
            put16(r, 0xc00c);                        // the question's name
            put16(r, 33);                            // SRV
            put16(r, 1);                             // IN
            r.append(QByteArray("\0\0\x02\x58", 4)); // TTL 600
            QByteArray rdata;
            put16(rdata, srv.priority);
            put16(rdata, srv.weight);
            put16(rdata, srv.port);
            rdata.append(encodeName(srv.target));
            put16(r, static_cast<quint16>(rdata.size()));
            r.append(rdata);
        }
        // Not makeReply(): its IP_PKTINFO lets the kernel pick 127.0.0.1 as the source, and the
        // resolver's connected socket drops answers that do not come from the server it asked.
        m_socket.writeDatagram(r, datagram.senderAddress(), static_cast<quint16>(datagram.senderPort()));
    }

    QUdpSocket m_socket;
};

} // namespace PortCheck::Test
