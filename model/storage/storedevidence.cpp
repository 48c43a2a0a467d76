// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/storedevidence.h"

namespace Stageboard {

Result<DealEvidence> StoredEvidence::evidence(const Opportunity &deal)
{
    DealEvidence evidence;
    EngagementQuery query;
    query.opportunityId = deal.id;
    auto done = m_engagements.engagements(query);
    if (!done)
        return std::unexpected(done.error());
    for (const Engagement &e : std::as_const(*done)) {
        if (e.isDone() && e.doneAt >= deal.enteredStageAt && !evidence.doneInStage.contains(e.kind))
            evidence.doneInStage.append(e.kind);
    }
    auto debriefs = m_debriefs.debriefs(deal.id);
    if (!debriefs)
        return std::unexpected(debriefs.error());
    evidence.debriefInStage =
        std::any_of(debriefs->cbegin(), debriefs->cend(),
                    [&](const Debrief &d) { return d.writtenAt >= deal.enteredStageAt; });
    return evidence;
}

} // namespace Stageboard
