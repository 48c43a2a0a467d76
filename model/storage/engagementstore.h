// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/types.h"

#include <optional>

namespace Stageboard {

/// Which activities to read: any of the conditions that are set, all of them together.
struct EngagementQuery
{
    qint64 ownerId = 0;       ///< 0: anyone's
    qint64 opportunityId = 0; ///< 0: any deal's, or none
    qint64 contactId = 0;     ///< 0: with anyone
    bool openOnly = false;    ///< only those still to do
    qint64 dueFrom = 0;       ///< 0: whenever; else due at or after this time (UTC seconds)
    qint64 dueBefore = 0;     ///< 0: whenever; else due before this time (UTC seconds)
};

/// The dated activities — calls, meetings, tasks, emails. Every method that writes is one
/// transaction; an activity is never removed, only marked deleted.
class EngagementStore
{
public:
    virtual ~EngagementStore() = default;

    /// The activities not deleted that match, soonest due first (undated last).
    virtual Result<QList<Engagement>> engagements(const EngagementQuery &query) = 0;
    virtual Result<std::optional<Engagement>> engagement(qint64 id) = 0;
    /// Refused for an empty subject or an impossible duration.
    virtual Result<Engagement> addEngagement(const Engagement &engagement) = 0;
    /// Saves every field; refused (Error::Kind::Conflict) when engagement.version is no longer
    /// the stored one.
    virtual Result<Engagement> updateEngagement(const Engagement &engagement) = 0;
    /// Marks it done at `at` (UTC seconds) with what came of it; 0 opens it again.
    virtual Result<Engagement> setEngagementDone(qint64 id, qint64 at, const QString &outcome) = 0;
    virtual Result<Engagement> setEngagementDeleted(qint64 id, bool deleted) = 0;
};

} // namespace Stageboard
