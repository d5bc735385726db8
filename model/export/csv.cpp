#include "model/export/csv.h"

using namespace Qt::StringLiterals;

namespace PortCheck {

QString csvField(const QString &value)
{
    QString v = value;
    // "=cmd|..." in a certificate subject must not become a live formula in Excel.
    if (!v.isEmpty() && QStringView(u"=+-@\t\r").contains(v.front()))
        v.prepend(u'\'');
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r')) {
        v.replace(u"\""_s, u"\"\""_s);
        v = u'"' + v + u'"';
    }
    return v;
}

QString csvRow(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out << csvField(f);
    return out.join(u',') + u"\r\n"_s;
}

} // namespace PortCheck
