// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "core/translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Stageboard"));
    QCoreApplication::setApplicationName(QStringLiteral("stageboard-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STAGEBOARD_VERSION));
    // The system's language (LANGUAGE, LC_ALL, LANG), for messages and Qt's own texts alike.
    const QLocale locale;
    Stageboard::installTranslations(locale);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return Stageboard::runCli(QCoreApplication::arguments(), out, err);
}
