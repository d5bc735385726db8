#include "model/outputfile.h"

#include "model/logging.h"

#include <QSaveFile>

namespace PortCheck {

Expected<void> writeFileAtomically(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        qCInfo(lcExport).noquote() << "cannot write" << path << ':' << file.errorString();
        return Failure{Text::phrase("Export", QT_TRANSLATE_NOOP("Export", "cannot write %1: %2"),
                                    {Text::plain(path), Text::plain(file.errorString())})};
    }
    qCInfo(lcExport).noquote().nospace() << "wrote " << path << " (" << data.size() << " bytes)";
    return {};
}

} // namespace PortCheck
