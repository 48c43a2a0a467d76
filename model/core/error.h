// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Stageboard {

/// A failure a user can read: what went wrong and, where it applies, where.
struct Error
{
    /// What a caller may do about it.
    enum class Kind {
        General,
        GateRefused,      ///< required exit criteria unmet: items lists them
        NeedsCloseReason, ///< closing a deal needs a reason
        Conflict,         ///< changed elsewhere since it was read
        NotAllowed,       ///< the acting user's role may not do this
        DiskFull,         ///< the disk refused to write: free some space and retry
        Offline,          ///< the database server does not answer: nothing was changed
    };
    QString message;
    Kind kind = Kind::General;
    QStringList items;
};

} // namespace Stageboard
