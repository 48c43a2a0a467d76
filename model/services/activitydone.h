// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/boardservice.h"
#include "storage/engagementstore.h"

namespace Stageboard {

/// What marking an activity done did besides.
struct ActivityDoneOutcome
{
    Engagement engagement;  ///< as saved
    QString tickedActivity; ///< the deal's recommended activity it ticked; empty for none
};

/// Marks an activity done now, as the service's current user, and ticks the recommended
/// activity of its deal's current stage that names its type ("Hold the discovery call": a
/// call), when that is not ticked yet. The deal's card follows at once (its next activity).
Result<ActivityDoneOutcome> markActivityDone(BoardService &service, EngagementStore &store,
                                             qint64 engagementId, const QString &outcome);

} // namespace Stageboard
