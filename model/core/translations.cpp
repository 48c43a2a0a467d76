// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace Stageboard {

bool installTranslations(const QLocale &locale, const QString &qmDirectory)
{
    static QPointer<QTranslator> qt;
    static QPointer<QTranslator> own;
    for (QPointer<QTranslator> *installed : {&qt, &own}) {
        if (*installed) {
            QCoreApplication::removeTranslator(*installed);
            delete installed->data();
        }
    }
    qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    own = new QTranslator(QCoreApplication::instance());
    const bool found =
        own->load(locale, QStringLiteral("stageboard"), QStringLiteral("_"), qmDirectory) ||
        own->load(QStringLiteral("stageboard_en"), qmDirectory);
    if (found)
        QCoreApplication::installTranslator(own);
    return found;
}

} // namespace Stageboard
