// Start-up (issue 17, goal 6): from exec of the program to its first painted wizard page, against
// a bare three-page QWizard built with the same flags and measured the same way (this program run
// with --bare). Both print "first paint" through reportFirstPaint() and quit; the time is taken here,
// in the parent, from QProcess::start() to that line, so it holds the loader, Qt's start-up, the
// catalog, the translations and the first layout. Rounds alternate the two to share the machine's
// noise. Each child gets an empty home, so no saved session or settings change what it does.
//   bench_startup [PATH/TO/guardian-portcheck] [--rounds N]     (the platform: QT_QPA_PLATFORM)
#include "ui/wizard/firstpaint.h"

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QTemporaryDir>
#include <QVBoxLayout>
#include <QWizard>
#include <QWizardPage>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

int bareWizard(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWizard wizard;
    for (int i = 1; i <= 3; ++i) {
        auto *page = new QWizardPage;
        page->setTitle(u"Page "_s + QString::number(i));
        auto *layout = new QVBoxLayout(page);
        layout->addWidget(new QLabel(u"A bare page of a bare wizard."_s));
        layout->addWidget(new QLineEdit);
        wizard.addPage(page);
    }
    wizard.resize(1024, 700);
    wizard.show();
    PortCheck::reportFirstPaint(wizard.currentPage(), true);
    return QApplication::exec();
}

// Milliseconds from start() to "first paint" on the child's output; -1 when it never came.
double timeToFirstPaint(const QString &program, const QStringList &arguments, const QTemporaryDir &home)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PORTCHECK_FIRST_PAINT"_s, u"exit"_s);
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.path() + u"/config"_s);
    env.insert(u"XDG_DATA_HOME"_s, home.path() + u"/data"_s);
    env.insert(u"XDG_CACHE_HOME"_s, home.path() + u"/cache"_s);
    env.insert(u"XDG_RUNTIME_DIR"_s, home.path());
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    child.start(program, arguments);
    QByteArray out;
    double ms = -1;
    while (timer.elapsed() < 30000 && child.state() != QProcess::NotRunning) {
        child.waitForReadyRead(100);
        out += child.readAllStandardOutput();
        if (out.contains("first paint")) {
            ms = double(timer.nsecsElapsed()) / 1e6;
            break;
        }
    }
    if (!child.waitForFinished(5000))
        child.kill();
    child.waitForFinished(1000);
    return ms;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? -1 : v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--bare") == 0)
            return bareWizard(argc, argv);
    }
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    int rounds = 11;
    if (const qsizetype r = args.indexOf(u"--rounds"_s); r >= 0 && r + 1 < args.size()) {
        rounds = std::max(1, args.at(r + 1).toInt());
        args.remove(r, 2);
    }
    const QString program =
        args.value(0, QCoreApplication::applicationDirPath() + u"/../../app/guardian-portcheck"_s);
    const QString self = QCoreApplication::applicationFilePath();
    QTemporaryDir home;
    std::vector<double> ours;
    std::vector<double> bare;
    // One of each first, not counted: it loads the libraries and fonts into the page cache.
    timeToFirstPaint(program, {}, home);
    timeToFirstPaint(self, {u"--bare"_s}, home);
    for (int i = 0; i < rounds; ++i) {
        if (const double ms = timeToFirstPaint(program, {}, home); ms >= 0)
            ours.push_back(ms);
        if (const double ms = timeToFirstPaint(self, {u"--bare"_s}, home); ms >= 0)
            bare.push_back(ms);
    }
    const QByteArray platform =
        qEnvironmentVariableIsSet("QT_QPA_PLATFORM") ? qgetenv("QT_QPA_PLATFORM") : "default";
    if (ours.empty() || bare.empty()) {
        std::printf("startup %s | no first paint (ours %zu of %d, bare %zu of %d)\n", platform.constData(),
                    ours.size(), rounds, bare.size(), rounds);
        return 1;
    }
    const auto [oursMin, oursMax] = std::minmax_element(ours.begin(), ours.end());
    const auto [bareMin, bareMax] = std::minmax_element(bare.begin(), bare.end());
    std::printf(
        "startup %s | ours %.1f ms (%.1f-%.1f) | bare QWizard %.1f ms (%.1f-%.1f) | ratio %.2f | goal 1.50 "
        "| %d rounds\n",
        platform.constData(), median(ours), *oursMin, *oursMax, median(bare), *bareMin, *bareMax,
        median(ours) / median(bare), rounds);
    return 0;
}
