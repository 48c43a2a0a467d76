// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/types.h"

class QRandomGenerator;

namespace Stageboard {

class BulkSink;

/// The coaching side of the demo's calls: each call or meeting gets the plan its stage's
/// template suggests; a done one may get its debrief — some asked for review by the manager,
/// some answered, some leaving an objection open on the deal.
class DemoCalls
{
public:
    DemoCalls(QRandomGenerator &rng, qint64 managerId, qint64 now);

    /// The call's plan from the stage's template (a task or email is left as it is).
    void plan(Engagement &activity, const Stage &stage) const;
    /// Perhaps writes the debrief of a done call or meeting stored as engagementId; current:
    /// the call was in the stage the deal is still in, so that what it left open still is.
    Result<void> debrief(BulkSink &sink, const Engagement &done, qint64 engagementId, bool current);

private:
    QRandomGenerator &m_rng;
    qint64 m_manager;
    qint64 m_now;
};

} // namespace Stageboard
