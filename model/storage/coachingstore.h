// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/types.h"

#include <optional>

namespace Stageboard {

/// One cell of the coaching grid: a rep's open deals now in one stage.
struct CoachingCell
{
    qint64 repId = 0;
    qint64 stageId = 0;
    qint64 deals = 0;
    /// The stage's recommended activities ticked on these deals, and how many there are to
    /// tick (the stage's activities times the deals).
    qint64 activitiesDone = 0;
    qint64 activitiesTotal = 0;
    qint64 stalled = 0;    ///< past the stage's age limit
    qint64 overrides = 0;  ///< entered the stage past its gate, on a manager's override
    double medianDays = 0; ///< days in the stage so far, the median of these deals
    /// Done ÷ total; unset when the stage recommends no activity.
    std::optional<double> completion() const
    {
        return activitiesTotal ? std::optional(double(activitiesDone) / double(activitiesTotal))
                               : std::nullopt;
    }
};

/// The coaching grid's figures: a cell for every rep and open stage holding deals, and each
/// stage's median days over the whole team.
struct CoachingFigures
{
    QList<CoachingCell> cells;            ///< by rep, then stage
    QHash<qint64, double> teamMedianDays; ///< by stage
};

/// Coaching: figures of each rep's open deals per stage, and the managers' notes to reps.
class CoachingStore
{
public:
    virtual ~CoachingStore() = default;

    /// The open, not deleted deals by owner and stage, as of now (seconds since the epoch):
    /// one pass over the open deals (a few numbers each), never a query per deal.
    virtual Result<CoachingFigures> figures(qint64 now) = 0;
    /// The ids of a rep's open deals in a stage, longest there first.
    virtual Result<QList<qint64>> dealsOf(qint64 repId, qint64 stageId) = 0;

    /// The notes to one rep (every rep's when repId is 0), newest first; only those not read
    /// yet when unreadOnly.
    virtual Result<QList<CoachingNote>> notes(qint64 repId, bool unreadOnly) = 0;
    /// Writes a new note (id 0), with now as its time; an empty text is refused.
    virtual Result<CoachingNote> addNote(const CoachingNote &note) = 0;
    /// Marks the note read now (or not read again).
    virtual Result<void> markRead(qint64 noteId, bool read) = 0;
    virtual Result<void> removeNote(qint64 noteId) = 0;
};

} // namespace Stageboard
