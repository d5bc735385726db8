#include "catalog/catalogloader.h"
#include "cli.h"
#include "requirementswindow.h"

#include <QApplication>
#include <QCoreApplication>

#include <memory>

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
    PortCheck::RequirementsWindow window(PortCheck::builtinCatalog());
    window.show();
    return QApplication::exec();
}
