// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace Stageboard {

/// Installs Qt's own translations (standard buttons, dialogs) and Stageboard's for the locale,
/// replacing any installed before. Stageboard's .qm files are read from qmDirectory (the
/// programs embed them under ":/i18n"); a language without a file of its own reads English,
/// whose file holds the plural forms ("1 row", "2 rows"). Needs the application object.
/// Returns whether Stageboard's own file was found.
bool installTranslations(const QLocale &locale,
                         const QString &qmDirectory = QStringLiteral(":/i18n"));

} // namespace Stageboard
