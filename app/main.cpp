#include "app/cli/cli.h"
#include "app/windows/winconsole.h"
#include "model/catalog/catalogloader.h"
#include "model/catalog/m365endpoints.h"
#include "model/logging.h"
#include "ui/i18n/translations.h"
#include "ui/settings/appsettings.h"
#include "ui/style/apptheme.h"
#include "ui/wizard/firstpaint.h"
#include "ui/wizard/portcheckwizard.h"
#include "ui/wizard/startpage.h"

#include <QApplication>
#include <QCoreApplication>
#include <QThread>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("guardian-portcheck"));
    QCoreApplication::setOrganizationName(QStringLiteral("Cayosoft"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("cayosoft.com"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PORTCHECK_VERSION));

    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // The options every command and the window take, read before anything else: --lang LANG (de,
    // fr, ja, en) overrides the settings and the system locale; --log FILE writes a debug log.
    const auto globalOption = [&arguments](const QString &name, bool *given) {
        QString value;
        for (qsizetype i = 1; i < arguments.size(); ++i) {
            if (arguments.at(i) == u"--"_s + name && i + 1 < arguments.size()) {
                value = arguments.at(i + 1);
                *given = true;
            } else if (arguments.at(i).startsWith(u"--"_s + name + u'=')) {
                value = arguments.at(i).mid(name.size() + 3);
                *given = true;
            }
        }
        return value;
    };
    bool languageGiven = false;
    const QString language = globalOption(u"lang"_s, &languageGiven);
    bool logGiven = false;
    const QString logPath = globalOption(u"log"_s, &logGiven);
    // Started first, so that the log holds the start-up too (the catalog, the profile).
    const PortCheck::Text logError = logGiven ? PortCheck::startLogFile(logPath) : PortCheck::Text();
    // An unknown language or a log that cannot be written is bad usage (exit 2), for the window as
    // for a command; said once the translations are in.
    const auto refuseLanguage = [&]() -> bool {
        QString error = languageGiven ? PortCheck::languageError(language) : QString();
        if (error.isEmpty() && !logError.isEmpty())
            error = PortCheck::localized(logError);
        if (error.isEmpty())
            return false;
        std::fputs(qPrintable(QStringLiteral("guardian-portcheck: ") + error + u'\n'), stderr);
        return true;
    };

    if (PortCheck::wantsCommandLine(arguments)) {
        PortCheck::attachParentConsole(); // Windows: print to the cmd/PowerShell that ran us
        if (PortCheck::commandNeedsGui(arguments)) {
            // The PDF draws text and the diagram: fonts and widgets' styles need a QApplication,
            // which runs offscreen where there is no display (a server, a pipeline).
            if (!PortCheck::hasDisplay() && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            QApplication app(argc, argv);
            PortCheck::installTranslations(language);
            if (refuseLanguage())
                return PortCheck::ExitUsage;
            return PortCheck::runCommandLine(QCoreApplication::arguments());
        }
        QCoreApplication app(argc, argv);
        PortCheck::installTranslations(language);
        if (refuseLanguage())
            return PortCheck::ExitUsage;
        return PortCheck::runCommandLine(QCoreApplication::arguments());
    }

    // The catalog (yaml-cpp, about 7 ms) is read on another thread while Qt connects to the display
    // and the window's frame is made; the wizard waits for it where it first needs it (issue 17,
    // goal 6: under Xvfb the first page is painted about 6 ms sooner).
    PortCheck::Catalog catalog;
    QString endpointsWarning;
    const std::unique_ptr<QThread> catalogLoader(QThread::create([&catalog, &endpointsWarning] {
        catalog = PortCheck::builtinCatalog();
        // The Microsoft 365 endpoints imported with import-m365 replace the built-in list.
        PortCheck::M365::applyStoredLists(&catalog, &endpointsWarning);
    }));
    catalogLoader->start();
    const auto loadedCatalog = [&]() -> const PortCheck::Catalog & {
        catalogLoader->wait();
        if (!endpointsWarning.isEmpty())
            qWarning("%s", qPrintable(endpointsWarning));
        return catalog;
    };

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Guardian Port Check"));
    QApplication::setDesktopFileName(QStringLiteral("com.cayosoft.GuardianPortCheck"));
    PortCheck::applyPaletteFromEnvironment();
    PortCheck::installTranslations(language.isEmpty() ? PortCheck::AppSettings::load().language : language);
    if (refuseLanguage()) {
        catalogLoader->wait();
        return PortCheck::ExitUsage;
    }
    PortCheck::PortCheckWizard wizard(loadedCatalog);
    wizard.show();
    if (const QByteArray firstPaint = qgetenv("PORTCHECK_FIRST_PAINT"); !firstPaint.isEmpty())
        PortCheck::reportFirstPaint(wizard.currentPage(), firstPaint == "exit");
    if (PortCheck::wantsDemoWindow(arguments))
        wizard.startPage()->startDemo();
    return QApplication::exec();
}
