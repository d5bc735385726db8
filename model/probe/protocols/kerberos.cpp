#include "model/probe/protocols/kerberos.h"

#include "model/probe/protocols/ber.h"
#include "model/probe/protocols/byteorder.h"

#include <QHostAddress>

#include <array>

using namespace Qt::StringLiterals;

namespace PortCheck::Kerberos {

using ByteOrder::appendBigEndian;
using ByteOrder::be32;

namespace {

enum Tag : quint8
{
    AsReq = 0x6a,    // [APPLICATION 10]
    AsRep = 0x6b,    // [APPLICATION 11]
    KrbError = 0x7e, // [APPLICATION 30]
    BitString = 0x03,
    GeneralizedTime = 0x18,
    GeneralString = 0x1b,
};

constexpr qint64 kPvno = 5;
constexpr qint64 kMsgAsReq = 10;
constexpr qint64 kMsgAsRep = 11;
constexpr qint64 kMsgError = 30;
constexpr int kNtPrincipal = 1;
constexpr int kNtSrvInst = 2;
constexpr qsizetype kMaxText = 256;
constexpr int kMaxNameParts = 8;
constexpr int kWrongRealm = 68;

QByteArray context(int n, const QByteArray &inner)
{
    return Ber::encode(static_cast<quint8>(0xa0 | n), inner);
}

QByteArray kerberosString(const QString &s)
{
    return Ber::octets(s.toUtf8(), GeneralString);
}

QByteArray principalName(int type, const QStringList &parts)
{
    QByteArray names;
    for (const QString &p : parts)
        names += kerberosString(p);
    return Ber::encode(Ber::Sequence,
                       context(0, Ber::integer(type)) + context(1, Ber::encode(Ber::Sequence, names)));
}

// The explicitly tagged fields [0]..[15] of a Kerberos SEQUENCE, each holding exactly one element,
// in increasing tag order (RFC 4120 uses no others).
struct Fields
{
    std::array<Ber::Element, 16> element{};
    std::array<bool, 16> present{};

    bool has(std::initializer_list<int> tags) const
    {
        return std::all_of(tags.begin(), tags.end(),
                           [this](int t) { return present.at(static_cast<size_t>(t)); });
    }
    const Ber::Element &at(int n) const { return element.at(static_cast<size_t>(n)); }
};

bool readFields(QByteArrayView sequence, Fields *fields)
{
    Ber::Reader reader(sequence, kMaxResponseBytes);
    Ber::Element field;
    int last = -1;
    while (!reader.atEnd()) {
        if (!reader.next(&field))
            return false;
        if ((field.tag & 0xf0) != 0xa0)
            return false;
        const int n = field.tag & 0x0f;
        if (n <= last)
            return false;
        last = n;
        Ber::Element inner;
        if (Ber::readElement(field.value, &inner, kMaxResponseBytes) != Ber::Status::Ok ||
            inner.size != field.value.size())
            return false;
        fields->element.at(static_cast<size_t>(n)) = inner;
        fields->present.at(static_cast<size_t>(n)) = true;
    }
    return true;
}

// The SEQUENCE inside an [APPLICATION n] element, as fields.
bool readApplication(const Ber::Element &app, Fields *fields)
{
    Ber::Element sequence;
    return Ber::readElement(app.value, &sequence, kMaxResponseBytes) == Ber::Status::Ok &&
           sequence.size == app.value.size() && sequence.tag == Ber::Sequence &&
           readFields(sequence.value, fields);
}

bool isString(const Ber::Element &e)
{
    // KerberosString is GeneralString; some implementations send UTF8String or IA5String.
    return e.tag == GeneralString || e.tag == 0x0c || e.tag == 0x16;
}

QString printable(QByteArrayView bytes)
{
    // Control characters are kept: the JSON holds what the server sent, and every display
    // (terminal, window, report) shows them escaped (displaySafe()).
    return QString::fromUtf8(bytes.first(std::min(bytes.size(), kMaxText)));
}

bool integerField(const Fields &f, int n, qint64 *value)
{
    return f.present.at(static_cast<size_t>(n)) && f.at(n).tag == Ber::Integer &&
           Ber::toInteger(f.at(n).value, value);
}

bool stringField(const Fields &f, int n, QString *value)
{
    if (!f.present.at(static_cast<size_t>(n)) || !isString(f.at(n)))
        return false;
    *value = printable(f.at(n).value);
    return true;
}

// PrincipalName ::= SEQUENCE { name-type [0] Int32, name-string [1] SEQUENCE OF KerberosString }
bool principalField(const Fields &f, int n, QString *value)
{
    if (!f.present.at(static_cast<size_t>(n)) || f.at(n).tag != Ber::Sequence)
        return false;
    Fields name;
    qint64 type = 0;
    if (!readFields(f.at(n).value, &name) || !integerField(name, 0, &type) || !name.present.at(1) ||
        name.at(1).tag != Ber::Sequence)
        return false;
    Ber::Reader parts(name.at(1).value, kMaxResponseBytes);
    Ber::Element part;
    QStringList out;
    while (!parts.atEnd()) {
        if (!parts.next(&part) || !isString(part) || out.size() >= kMaxNameParts)
            return false;
        out << printable(part.value);
    }
    *value = out.join(u'/');
    return true;
}

ParseResult malformed()
{
    return ParseResult::invalid(probeText(QT_TRANSLATE_NOOP("Probe", "malformed Kerberos message")));
}

ParseResult notKerberos()
{
    return ParseResult::invalid(
        probeText(QT_TRANSLATE_NOOP("Probe", "the answer is not a Kerberos message")));
}

bool digits(QByteArrayView v, qsizetype from, qsizetype count, int *out)
{
    int n = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char c = v.at(i);
        if (c < '0' || c > '9')
            return false;
        n = n * 10 + (c - '0');
    }
    *out = n;
    return true;
}

} // namespace

QString realmFor(const QString &domain, const QString &host)
{
    QString d = domain.trimmed();
    if (d.endsWith(u'.'))
        d.chop(1);
    if (!d.isEmpty())
        return d.toUpper();
    if (!QHostAddress(host).isNull())
        return {};
    const qsizetype dot = host.indexOf(u'.');
    if (dot < 0)
        return {};
    QString suffix = host.mid(dot + 1);
    if (suffix.endsWith(u'.'))
        suffix.chop(1);
    return suffix.toUpper();
}

QByteArray kerberosTime(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyyMMddHHmmss"_s).toLatin1() + 'Z';
}

QDateTime parseKerberosTime(QByteArrayView v)
{
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (v.size() != 15 || v.at(14) != 'Z' || !digits(v, 0, 4, &year) || !digits(v, 4, 2, &month) ||
        !digits(v, 6, 2, &day) || !digits(v, 8, 2, &hour) || !digits(v, 10, 2, &minute) ||
        !digits(v, 12, 2, &second))
        return {};
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

QByteArray asRequest(const QString &realm, const QString &client, quint32 nonce)
{
    QByteArray etypes;
    for (int etype : {18, 17, 23}) // aes256-cts-hmac-sha1-96, aes128-cts-hmac-sha1-96, rc4-hmac
        etypes += Ber::integer(etype);
    QByteArray body;
    // forwardable, renewable, canonicalize, renewable-ok: what a Windows client asks for
    body += context(0, Ber::encode(BitString, QByteArray("\x00\x40\x81\x00\x10", 5)));
    body += context(1, principalName(kNtPrincipal, {client}));
    body += context(2, kerberosString(realm));
    body += context(3, principalName(kNtSrvInst, {u"krbtgt"_s, realm}));
    body += context(5, Ber::octets("20370913024805Z", GeneralizedTime));
    body += context(7, Ber::integer(nonce & 0x7fffffffu));
    body += context(8, Ber::encode(Ber::Sequence, etypes));
    QByteArray request;
    request += context(1, Ber::integer(kPvno));
    request += context(2, Ber::integer(kMsgAsReq));
    request += context(4, Ber::encode(Ber::Sequence, body));
    return Ber::encode(AsReq, Ber::encode(Ber::Sequence, request));
}

QByteArray tcpFrame(const QByteArray &message)
{
    const auto n = static_cast<quint32>(message.size());
    QByteArray out;
    appendBigEndian<quint32>(out, n & 0x7fffffffU); // the high bit is reserved (RFC 4120 7.2.2)
    return out + message;
}

QString errorName(qint64 code)
{
    static const std::array<const char *, 70> names{
        "KDC_ERR_NONE",
        "KDC_ERR_NAME_EXP",
        "KDC_ERR_SERVICE_EXP",
        "KDC_ERR_BAD_PVNO",
        "KDC_ERR_C_OLD_MAST_KVNO",
        "KDC_ERR_S_OLD_MAST_KVNO",
        "KDC_ERR_C_PRINCIPAL_UNKNOWN",
        "KDC_ERR_S_PRINCIPAL_UNKNOWN",
        "KDC_ERR_PRINCIPAL_NOT_UNIQUE",
        "KDC_ERR_NULL_KEY",
        "KDC_ERR_CANNOT_POSTDATE",
        "KDC_ERR_NEVER_VALID",
        "KDC_ERR_POLICY",
        "KDC_ERR_BADOPTION",
        "KDC_ERR_ETYPE_NOSUPP",
        "KDC_ERR_SUMTYPE_NOSUPP",
        "KDC_ERR_PADATA_TYPE_NOSUPP",
        "KDC_ERR_TRTYPE_NOSUPP",
        "KDC_ERR_CLIENT_REVOKED",
        "KDC_ERR_SERVICE_REVOKED",
        "KDC_ERR_TGT_REVOKED",
        "KDC_ERR_CLIENT_NOTYET",
        "KDC_ERR_SERVICE_NOTYET",
        "KDC_ERR_KEY_EXPIRED",
        "KDC_ERR_PREAUTH_FAILED",
        "KDC_ERR_PREAUTH_REQUIRED",
        "KDC_ERR_SERVER_NOMATCH",
        "KDC_ERR_MUST_USE_USER2USER",
        "KDC_ERR_PATH_NOT_ACCEPTED",
        "KDC_ERR_SVC_UNAVAILABLE",
        nullptr,
        "KRB_AP_ERR_BAD_INTEGRITY",
        "KRB_AP_ERR_TKT_EXPIRED",
        "KRB_AP_ERR_TKT_NYV",
        "KRB_AP_ERR_REPEAT",
        "KRB_AP_ERR_NOT_US",
        "KRB_AP_ERR_BADMATCH",
        "KRB_AP_ERR_SKEW",
        "KRB_AP_ERR_BADADDR",
        "KRB_AP_ERR_BADVERSION",
        "KRB_AP_ERR_MSG_TYPE",
        "KRB_AP_ERR_MODIFIED",
        "KRB_AP_ERR_BADORDER",
        nullptr,
        "KRB_AP_ERR_BADKEYVER",
        "KRB_AP_ERR_NOKEY",
        "KRB_AP_ERR_MUT_FAIL",
        "KRB_AP_ERR_BADDIRECTION",
        "KRB_AP_ERR_METHOD",
        "KRB_AP_ERR_BADSEQ",
        "KRB_AP_ERR_INAPP_CKSUM",
        "KRB_AP_PATH_NOT_ACCEPTED",
        "KRB_ERR_RESPONSE_TOO_BIG",
        nullptr,
        nullptr,
        nullptr,
        nullptr,
        nullptr,
        nullptr,
        nullptr,
        "KRB_ERR_GENERIC",
        "KRB_ERR_FIELD_TOOLONG",
        "KDC_ERROR_CLIENT_NOT_TRUSTED",
        "KDC_ERROR_KDC_NOT_TRUSTED",
        "KDC_ERROR_INVALID_SIG",
        "KDC_ERR_KEY_TOO_WEAK",
        "KDC_ERR_CERTIFICATE_MISMATCH",
        "KRB_AP_ERR_NO_TGT",
        "KDC_ERR_WRONG_REALM",
        "KRB_AP_ERR_USER_TO_USER_REQUIRED",
    };
    if (code >= 0 && code < static_cast<qint64>(names.size()) && names.at(static_cast<size_t>(code)))
        return QString::fromLatin1(names.at(static_cast<size_t>(code)));
    return u"KRB_ERROR_"_s + QString::number(code);
}

ParseResult parseTcpResponse(QByteArrayView data, const QString &requestedRealm, const QDateTime &now)
{
    if (data.size() >= 5) {
        const auto first = static_cast<quint8>(data.at(4));
        if (first != KrbError && first != AsRep)
            return notKerberos();
    }
    if (data.size() < 4)
        return ParseResult::needMore();
    const quint32 length = be32(data, 0);
    if ((length & 0x80000000u) != 0 || length < 2 || length > static_cast<quint32>(kMaxResponseBytes))
        return notKerberos();
    if (data.size() - 4 < static_cast<qsizetype>(length))
        return ParseResult::needMore();
    const QByteArrayView message = data.sliced(4, static_cast<qsizetype>(length));
    Ber::Element app;
    if (Ber::readElement(message, &app, kMaxResponseBytes) != Ber::Status::Ok || app.size != message.size())
        return malformed();
    Fields f;
    if (!readApplication(app, &f))
        return malformed();
    qint64 pvno = 0;
    qint64 type = 0;
    Facts facts;
    Text remark;
    if (app.tag == KrbError) {
        // KRB-ERROR: pvno [0], msg-type [1], stime [4], susec [5], error-code [6], realm [9], sname [10]
        qint64 code = 0;
        qint64 susec = 0;
        QString realm;
        QString sname;
        if (!integerField(f, 0, &pvno) || pvno != kPvno || !integerField(f, 1, &type) || type != kMsgError ||
            !f.present.at(4) || f.at(4).tag != GeneralizedTime || !integerField(f, 5, &susec) ||
            !integerField(f, 6, &code) || !stringField(f, 9, &realm) || !principalField(f, 10, &sname))
            return malformed();
        const QDateTime stime = parseKerberosTime(f.at(4).value);
        if (!stime.isValid())
            return malformed();
        facts.insert(u"kerberos.errorCode"_s, QString::number(code));
        facts.insert(u"kerberos.error"_s, errorName(code));
        facts.insert(u"kerberos.realm"_s, realm);
        facts.insert(u"kerberos.serverTime"_s, stime.toString(Qt::ISODate));
        if (now.isValid())
            facts.insert(u"clock.skewSeconds"_s, QString::number(now.toUTC().secsTo(stime)));
        QString text;
        if (stringField(f, 11, &text) && !text.isEmpty())
            facts.insert(u"kerberos.text"_s, text);
        QString crealm;
        if (stringField(f, 7, &crealm) && !crealm.isEmpty() &&
            crealm.compare(realm, Qt::CaseInsensitive) != 0)
            facts.insert(u"kerberos.clientRealm"_s, crealm);
        if (code == kWrongRealm && !requestedRealm.isEmpty())
            remark =
                probeText(QT_TRANSLATE_NOOP("Probe", "the KDC answered, but does not serve the realm %1"),
                          {Text::plain(requestedRealm)});
    } else if (app.tag == AsRep) {
        // KDC-REP: pvno [0], msg-type [1], crealm [3], cname [4], ticket [5], enc-part [6]
        QString crealm;
        QString cname;
        if (!integerField(f, 0, &pvno) || pvno != kPvno || !integerField(f, 1, &type) || type != kMsgAsRep ||
            !stringField(f, 3, &crealm) || !principalField(f, 4, &cname) || !f.has({5, 6}))
            return malformed();
        facts.insert(u"kerberos.realm"_s, crealm);
        facts.insert(u"kerberos.reply"_s, u"AS-REP"_s);
    } else {
        return notKerberos();
    }
    const QString realm = facts.value(u"kerberos.realm"_s);
    if (remark.isEmpty() && !requestedRealm.isEmpty() && !realm.isEmpty() &&
        realm.compare(requestedRealm, Qt::CaseInsensitive) != 0)
        remark = probeText(QT_TRANSLATE_NOOP("Probe", "the KDC answered for the realm %1, not %2"),
                           {Text::plain(realm), Text::plain(requestedRealm)});
    return ParseResult::done(facts, remark);
}

qsizetype readTcpRequest(QByteArrayView data, QString *realm, QString *client)
{
    if (data.size() >= 5 && static_cast<quint8>(data.at(4)) != AsReq)
        return -1;
    if (data.size() < 4)
        return 0;
    const quint32 length = be32(data, 0);
    if ((length & 0x80000000u) != 0 || length < 2 || length > 64 * 1024)
        return -1;
    if (data.size() - 4 < static_cast<qsizetype>(length))
        return 0;
    const QByteArrayView message = data.sliced(4, static_cast<qsizetype>(length));
    Ber::Element app;
    Fields request;
    qint64 pvno = 0;
    qint64 type = 0;
    if (Ber::readElement(message, &app, 64 * 1024) != Ber::Status::Ok || app.size != message.size() ||
        app.tag != AsReq || !readApplication(app, &request) || !integerField(request, 1, &pvno) ||
        pvno != kPvno || !integerField(request, 2, &type) || type != kMsgAsReq || !request.present.at(4) ||
        request.at(4).tag != Ber::Sequence)
        return -1;
    Fields body;
    if (!readFields(request.at(4).value, &body) || !stringField(body, 2, realm))
        return -1;
    client->clear();
    if (body.present.at(1) && !principalField(body, 1, client))
        return -1;
    return 4 + static_cast<qsizetype>(length);
}

QByteArray krbError(int code, const QDateTime &serverTime, const QString &realm, const QString &client)
{
    QByteArray error;
    error += context(0, Ber::integer(kPvno));
    error += context(1, Ber::integer(kMsgError));
    error += context(4, Ber::octets(kerberosTime(serverTime), GeneralizedTime));
    error += context(5, Ber::integer(0));
    error += context(6, Ber::integer(code));
    if (!client.isEmpty()) {
        error += context(7, kerberosString(realm));
        error += context(8, principalName(kNtPrincipal, client.split(u'/')));
    }
    error += context(9, kerberosString(realm));
    error += context(10, principalName(kNtSrvInst, {u"krbtgt"_s, realm}));
    return Ber::encode(KrbError, Ber::encode(Ber::Sequence, error));
}

} // namespace PortCheck::Kerberos
