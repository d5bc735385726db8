#include "appsettings.h"
#include "apptheme.h"
#include "catalog/catalogloader.h"
#include "cli.h"
#include "portcheckwizard.h"
#include "startpage.h"
#include "translations.h"

#include <QApplication>
#include <QCoreApplication>

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

    if (PortCheck::wantsCommandLine(arguments)) {
        QCoreApplication app(argc, argv);
        return PortCheck::runCommandLine(QCoreApplication::arguments());
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Guardian Port Check"));
    QApplication::setDesktopFileName(QStringLiteral("com.cayosoft.GuardianPortCheck"));
    PortCheck::applyPaletteFromEnvironment();
    PortCheck::installTranslations(PortCheck::AppSettings::load().language);
    PortCheck::PortCheckWizard wizard(PortCheck::builtinCatalog());
    wizard.show();
    if (PortCheck::wantsDemoWindow(arguments))
        wizard.startPage()->startDemo();
    return QApplication::exec();
}
