// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/types.h"

#include <optional>

namespace Stageboard {

/// What calls taught: the debrief of each call or meeting, its review, and the objections left
/// open on the deals. Every method that writes is one transaction.
class DebriefStore
{
public:
    virtual ~DebriefStore() = default;

    virtual Result<std::optional<Debrief>> debrief(qint64 engagementId) = 0;
    /// The debriefs of a deal's calls, newest first.
    virtual Result<QList<Debrief>> debriefs(qint64 opportunityId) = 0;
    /// The debriefs someone was asked to review and has not answered yet, oldest request first.
    virtual Result<QList<Debrief>> debriefsToReview(qint64 reviewerId) = 0;
    /// Writes (or rewrites) the debrief of a call, and records each of unresolved as an open
    /// objection on its deal. Refused for an activity that is not a call or meeting, or a
    /// debrief with nothing in it.
    virtual Result<Debrief> saveDebrief(const Debrief &debrief, const QStringList &unresolved) = 0;
    /// Asks a peer or manager (not the author) to review it.
    virtual Result<Debrief> requestReview(qint64 engagementId, qint64 reviewerId) = 0;
    /// The reviewer's answer; refused when empty.
    virtual Result<Debrief> giveFeedback(qint64 engagementId, const QString &feedback) = 0;

    /// A deal's objections, open ones first, each group oldest first; only open ones when asked.
    virtual Result<QList<Objection>> objections(qint64 opportunityId, bool openOnly) = 0;
    virtual Result<Objection> addObjection(const Objection &objection) = 0;
    /// Marks it resolved by resolvedBy now, with how; 0 opens it again.
    virtual Result<Objection> resolveObjection(qint64 id, qint64 resolvedBy,
                                               const QString &resolution) = 0;
};

} // namespace Stageboard
