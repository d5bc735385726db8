#include "model/catalog/azureservicetags.h"

#include "model/inputfile.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace PortCheck::Azure {

namespace {

constexpr qsizetype kMaxTags = 20000;
constexpr qsizetype kMaxPrefixesPerTag = 100000;
constexpr qsizetype kMaxNameLength = 200;
constexpr qsizetype kMaxPrefixLength = 64; // an IPv6 address in full, '/' and the length

Text tagText(const char *source, QList<Text> args = {})
{
    return Text::phrase("Import", source, std::move(args));
}

// Line and column (from 1) of a byte offset, as an editor shows them.
QPair<int, int> lineColumn(const QByteArray &data, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, data.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (data.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return {line, static_cast<int>(offset - lineStart + 1)};
}

QString normalizedRegion(QString region)
{
    region = region.toLower();
    region.remove(u' ');
    region.remove(u'-');
    region.remove(u'_');
    return region;
}

// A prefix as Microsoft writes them: an IPv4 or IPv6 address, '/', a length. Checked cheaply here
// (the file holds about 60,000); parseSubnet() would be ten times slower.
bool looksLikePrefix(const QString &p)
{
    if (p.isEmpty() || p.size() > kMaxPrefixLength)
        return false;
    const qsizetype slash = p.indexOf(u'/');
    if (slash <= 0 || slash == p.size() - 1 || slash < p.size() - 4)
        return false;
    bool ok = false;
    const int length = p.mid(slash + 1).toInt(&ok);
    const bool v6 = p.left(slash).contains(u':');
    if (!ok || length < 0 || length > (v6 ? 128 : 32))
        return false;
    return std::all_of(p.cbegin(), p.cbegin() + slash, [](QChar ch) {
        return (ch >= u'0' && ch <= u'9') || (ch >= u'a' && ch <= u'f') || (ch >= u'A' && ch <= u'F') ||
               ch == u'.' || ch == u':';
    });
}

Text tagPlace(qsizetype index, const QString &name)
{
    return name.isEmpty()
               ? tagText(QT_TRANSLATE_NOOP("Import", "values[%1]"), {Text::plain(QString::number(index))})
               : tagText(QT_TRANSLATE_NOOP("Import", "values[%1] (%2)"),
                         {Text::plain(QString::number(index)), Text::plain(name.left(80))});
}

} // namespace

const ServiceTag *ServiceTagList::find(const QString &prefix, const QString &region) const
{
    const QString wanted = normalizedRegion(region);
    if (wanted.isEmpty())
        return nullptr;
    const QString head = prefix + u'.';
    for (const ServiceTag &t : tags) {
        if (!t.name.startsWith(head, Qt::CaseInsensitive))
            continue;
        if (normalizedRegion(t.name.mid(head.size())) == wanted)
            return &t;
    }
    // Some tags are named differently from their region; the region property decides then.
    for (const ServiceTag &t : tags) {
        if (t.name.startsWith(head, Qt::CaseInsensitive) && normalizedRegion(t.region) == wanted)
            return &t;
    }
    return nullptr;
}

QString ServiceTagList::origin() const
{
    QString o = QFileInfo(file).fileName();
    QStringList what;
    if (!cloud.isEmpty())
        what << cloud;
    if (changeNumber > 0)
        what << u"change "_s + QString::number(changeNumber);
    if (!what.isEmpty())
        o += u" ("_s + what.join(u", "_s) + u')';
    return o;
}

std::optional<ServiceTagList> parseServiceTags(const QByteArray &json, Text *error)
{
    if (json.size() > kMaxServiceTagFileBytes) {
        *error = tagText(QT_TRANSLATE_NOOP("Import", "the file is larger than 64 MB; Azure's service tags "
                                                     "file is about 5 MB"));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineColumn(json, parseError.offset);
        *error = tagText(QT_TRANSLATE_NOOP("Import", "not JSON: %1 at line %2, column %3"),
                         {Text::plain(parseError.errorString()), Text::plain(QString::number(line)),
                          Text::plain(QString::number(column))});
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (!doc.isObject() || !root.value(u"values"_s).isArray()) {
        *error = tagText(QT_TRANSLATE_NOOP("Import", "not Azure's service tags file: expected an object with "
                                                     "\"changeNumber\", \"cloud\" and a \"values\" list of "
                                                     "tags (ServiceTags_Public_<date>.json)"));
        return std::nullopt;
    }
    ServiceTagList list;
    list.cloud = root.value(u"cloud"_s).toString().left(64);
    // A whole number that a double holds exactly; casting anything larger to qint64 is undefined.
    const double changeNumber = root.value(u"changeNumber"_s).toDouble();
    if (!(changeNumber >= 0 && changeNumber <= 9007199254740992.0) ||
        changeNumber != std::trunc(changeNumber)) {
        *error =
            tagText(QT_TRANSLATE_NOOP("Import", "\"changeNumber\" must be a whole number from 0, found %1"),
                    {Text::plain(QString::number(changeNumber))});
        return std::nullopt;
    }
    list.changeNumber = static_cast<qint64>(changeNumber);
    const QJsonArray values = root.value(u"values"_s).toArray();
    if (values.size() > kMaxTags) {
        *error = tagText(QT_TRANSLATE_NOOP("Import", "the file holds more than %1 tags"),
                         {Text::plain(QString::number(kMaxTags))});
        return std::nullopt;
    }
    list.tags.reserve(values.size());
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QJsonObject v = values.at(i).toObject();
        const QString name = v.value(u"name"_s).toString();
        if (!values.at(i).isObject() || name.isEmpty() || name.size() > kMaxNameLength) {
            *error =
                tagText(QT_TRANSLATE_NOOP("Import", "%1: expected a tag with a \"name\""), {tagPlace(i, {})});
            return std::nullopt;
        }
        const QJsonValue propertiesValue = v.value(u"properties"_s);
        const QJsonObject properties = propertiesValue.toObject();
        const QJsonValue prefixesValue = properties.value(u"addressPrefixes"_s);
        if (!propertiesValue.isObject() || !prefixesValue.isArray()) {
            *error = tagText(QT_TRANSLATE_NOOP("Import", "%1: no \"properties\" with \"addressPrefixes\""),
                             {tagPlace(i, name)});
            return std::nullopt;
        }
        const QJsonArray prefixes = prefixesValue.toArray();
        if (prefixes.size() > kMaxPrefixesPerTag) {
            *error = tagText(QT_TRANSLATE_NOOP("Import", "%1: more than %2 address prefixes"),
                             {tagPlace(i, name), Text::plain(QString::number(kMaxPrefixesPerTag))});
            return std::nullopt;
        }
        ServiceTag tag;
        tag.name = name;
        tag.region = properties.value(u"region"_s).toString().left(kMaxNameLength);
        tag.systemService = properties.value(u"systemService"_s).toString().left(kMaxNameLength);
        tag.addressPrefixes.reserve(prefixes.size());
        for (qsizetype k = 0; k < prefixes.size(); ++k) {
            const QString p = prefixes.at(k).toString();
            if (!looksLikePrefix(p)) {
                *error = tagText(QT_TRANSLATE_NOOP("Import", "%1: addressPrefixes[%2] is not an address "
                                                             "prefix (such as 13.69.105.0/24): %3"),
                                 {tagPlace(i, name), Text::plain(QString::number(k)),
                                  Text::plain(prefixes.at(k).isString() ? p.left(80) : u"(not a string)"_s)});
                return std::nullopt;
            }
            tag.addressPrefixes << p;
        }
        list.tags << tag;
    }
    if (list.tags.isEmpty()) {
        *error = tagText(QT_TRANSLATE_NOOP("Import", "the file lists no service tags"));
        return std::nullopt;
    }
    return list;
}

std::optional<ServiceTagList> readServiceTagFile(const QString &path, Text *error)
{
    Text why;
    const std::optional<QByteArray> bytes = readInputFile(path, kMaxServiceTagFileBytes, &why);
    if (bytes) {
        if (auto list = parseServiceTags(*bytes, &why)) {
            list->file = path;
            return list;
        }
    }
    *error = tagText(QT_TRANSLATE_NOOP("Import", "%1: %2"), {Text::plain(path), why});
    return std::nullopt;
}

QString serviceTagName(const QString &prefix, const QString &region)
{
    QString r = region.trimmed();
    r.remove(u' ');
    return prefix + u'.' + r;
}

bool isRegionName(const QString &region)
{
    if (region.trimmed().isEmpty() || region.size() > 64)
        return false;
    return std::all_of(region.cbegin(), region.cend(), [](QChar ch) {
        return (ch >= u'a' && ch <= u'z') || (ch >= u'A' && ch <= u'Z') || (ch >= u'0' && ch <= u'9') ||
               ch == u' ' || ch == u'-';
    });
}

} // namespace PortCheck::Azure
