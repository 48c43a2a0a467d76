#include "cli.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Stageboard"));
    QCoreApplication::setApplicationName(QStringLiteral("stageboard-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STAGEBOARD_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return Stageboard::runCli(QCoreApplication::arguments(), out, err);
}
