#include "model/inputfile.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PortCheck {

namespace {
Text inputText(const char *source, QList<Text> args = {})
{
    return Text::phrase("InputFile", source, std::move(args));
}
} // namespace

QString lineColumn(const QByteArray &bytes, qsizetype offset)
{
    const QByteArrayView before(bytes.constData(), std::clamp<qsizetype>(offset, 0, bytes.size()));
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    return QString::number(before.count('\n') + 1) + u':' +
           QString::number(QString::fromUtf8(before.sliced(lineStart)).size() + 1);
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'g', 3) + u" MB"_s;
}

std::optional<QByteArray> readInputFile(const QString &path, qint64 maxBytes, Text *error)
{
    // QFileInfo, not open(): opening a FIFO blocks until a writer appears.
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = inputText(QT_TRANSLATE_NOOP("InputFile", "no such file"));
        return std::nullopt;
    }
    if (info.isDir()) {
        *error = inputText(QT_TRANSLATE_NOOP("InputFile", "a folder, not a file"));
        return std::nullopt;
    }
    if (!info.isFile()) {
        *error = inputText(
            QT_TRANSLATE_NOOP("InputFile", "not a regular file (a device, a pipe or a socket), refused"));
        return std::nullopt;
    }
    if (info.size() > maxBytes) {
        *error = inputText(
            QT_TRANSLATE_NOOP("InputFile", "%1 bytes, larger than the %2 such a file may be"),
            {Text::plain(QLocale(QLocale::English).toString(info.size())), Text::plain(megabytes(maxBytes))});
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = inputText(QT_TRANSLATE_NOOP("InputFile", "cannot be read: %1"),
                           {Text::plain(file.errorString())});
        return std::nullopt;
    }
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes) {
        *error = inputText(QT_TRANSLATE_NOOP("InputFile", "larger than the %1 such a file may be"),
                           {Text::plain(megabytes(maxBytes))});
        return std::nullopt;
    }
    if (file.error() != QFileDevice::NoError) {
        *error = inputText(QT_TRANSLATE_NOOP("InputFile", "cannot be read: %1"),
                           {Text::plain(file.errorString())});
        return std::nullopt;
    }
    return bytes;
}

} // namespace PortCheck
