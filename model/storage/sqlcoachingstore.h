// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/coachingstore.h"
#include "storage/sqlpart.h"

namespace Stageboard {

/// Coaching figures and notes on SQLite or PostgreSQL.
class SqlCoachingStore final : public CoachingStore, private SqlPart
{
    Q_DECLARE_TR_FUNCTIONS(Stageboard::SqlStorage)

public:
    using SqlPart::SqlPart;
    Q_DISABLE_COPY_MOVE(SqlCoachingStore)

    Result<CoachingFigures> figures(qint64 now) override;
    Result<QList<qint64>> dealsOf(qint64 repId, qint64 stageId) override;
    Result<QList<CoachingNote>> notes(qint64 repId, bool unreadOnly) override;
    Result<CoachingNote> addNote(const CoachingNote &note) override;
    Result<void> markRead(qint64 noteId, bool read) override;
    Result<void> removeNote(qint64 noteId) override;
};

} // namespace Stageboard
