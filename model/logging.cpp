#include "model/logging.h"

#include <QDateTime>
#include <QFile>
#include <QMutex>
#include <QMutexLocker>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;

namespace PortCheck {

Q_LOGGING_CATEGORY(lcCatalog, "portcheck.catalog", QtWarningMsg)
Q_LOGGING_CATEGORY(lcProfile, "portcheck.profile", QtWarningMsg)
Q_LOGGING_CATEGORY(lcPlan, "portcheck.plan", QtWarningMsg)
Q_LOGGING_CATEGORY(lcProbe, "portcheck.probe", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDiscovery, "portcheck.discovery", QtWarningMsg)
Q_LOGGING_CATEGORY(lcVerdict, "portcheck.verdict", QtWarningMsg)
Q_LOGGING_CATEGORY(lcExport, "portcheck.export", QtWarningMsg)

namespace {

struct LogFile
{
    QMutex mutex;
    std::unique_ptr<QFile> file;
    qint64 written = 0;
    bool full = false;
    QtMessageHandler previous = nullptr;
    QThread *mainThread = nullptr;
};

LogFile &logFile()
{
    static LogFile log;
    return log;
}

const char *levelWord(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

void writeToLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogFile &log = logFile();
    {
        QMutexLocker lock(&log.mutex);
        if (log.file && !log.full) {
            QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
            line += ' ';
            line += levelWord(type);
            line += ' ';
            line += context.category ? context.category : "default";
            if (QThread::currentThread() != log.mainThread)
                line += " [" +
                        QByteArray::number(reinterpret_cast<quintptr>(QThread::currentThreadId()), 16) + ']';
            line += ": ";
            line += message.toUtf8();
            line += '\n';
            if (log.written + line.size() > kMaxLogBytes) {
                log.file->write("log stopped: it reached its size limit\n");
                log.full = true;
            } else {
                log.file->write(line);
                log.written += line.size();
            }
            log.file->flush();
        }
    }
    // Warnings and worse still reach the terminal (or wherever Qt sent them before).
    if (type != QtDebugMsg && type != QtInfoMsg && log.previous)
        log.previous(type, context, message);
}

} // namespace

Text startLogFile(const QString &path)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return Text::phrase("CommandLine", QT_TRANSLATE_NOOP("CommandLine", "cannot write the log %1: %2"),
                            {Text::plain(path), Text::plain(file->errorString())});
    LogFile &log = logFile();
    {
        QMutexLocker lock(&log.mutex);
        log.file = std::move(file);
        log.written = 0;
        log.full = false;
        log.mainThread = QThread::currentThread();
    }
    QLoggingCategory::setFilterRules(u"portcheck.*=true"_s);
    QtMessageHandler previous = qInstallMessageHandler(writeToLog);
    if (previous != writeToLog)
        log.previous = previous;
    return {};
}

void stopLogFile()
{
    LogFile &log = logFile();
    qInstallMessageHandler(log.previous);
    QMutexLocker lock(&log.mutex);
    log.file.reset();
}

} // namespace PortCheck
