// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/activitydone.h"

#include <QDateTime>

namespace Stageboard {

Result<ActivityDoneOutcome> markActivityDone(BoardService &service, EngagementStore &store,
                                             qint64 engagementId, const QString &outcome)
{
    auto done = store.setEngagementDone(engagementId, QDateTime::currentSecsSinceEpoch(), outcome);
    if (!done)
        return std::unexpected(done.error());
    ActivityDoneOutcome result{*done, {}};
    if (!done->opportunityId)
        return result;
    // The card reads the deal's next activity, which the database has just moved on.
    if (auto ok = service.applyStoredChanges({done->opportunityId}); !ok)
        return std::unexpected(ok.error());
    const auto deal = service.opportunity(done->opportunityId);
    if (!deal)
        return result;
    const auto ticks = service.activityChecks(deal->id);
    if (!ticks)
        return std::unexpected(ticks.error());
    for (const Activity &a : service.gateEngine().activities(deal->stageId)) {
        if (a.engagementKind != done->kind)
            continue;
        const bool ticked = std::any_of(ticks->cbegin(), ticks->cend(),
                                        [&](const Check &c) { return c.itemId == a.id; });
        if (ticked)
            continue;
        if (auto ok = service.setActivityDone(deal->id, a.id, true, done->subject); !ok)
            return std::unexpected(ok.error());
        result.tickedActivity = a.text;
        break;
    }
    return result;
}

} // namespace Stageboard
