// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/types.h"

#include <functional>

namespace Stageboard {

/// A sign-off someone is waiting for: a deal in an open stage whose criterion a role signs
/// off, not answered yet.
struct PendingSignOff
{
    qint64 opportunityId = 0;
    QString title;
    qint64 accountId = 0;
    qint64 ownerId = 0;
    Cents amount = 0;
    QString currency;
    int version = 0; ///< the deal's, for answering it
    qint64 stageId = 0;
    qint64 criterionId = 0; ///< 0: no sign-off; the deal waits in a stage the role owns
    QString criterion;
    qint64 roleId = 0;
    QString role;
    /// Since when it waits: the deal entered its stage, or the sign-off was last re-opened.
    qint64 waitingSince = 0;
};

/// The sign-off log and what waits on whom. The log is written by OpportunityStore with each
/// decision, in the same transaction; this only reads.
class SignOffStore
{
public:
    virtual ~SignOffStore() = default;

    /// The decisions on one deal's sign-offs, oldest first.
    virtual Result<QList<SignOffDecision>> decisions(qint64 opportunityId) = 0;
    /// Every decision, by deal and time, one at a time; visit returns false to stop.
    virtual Result<void>
    forEachDecision(const std::function<bool(const SignOffDecision &)> &visit) = 0;
    /// The sign-offs the user is asked for as a member of their roles: deals not deleted, in
    /// an open stage, the criterion applying to the deal's amount, not answered, and not the
    /// user's own deal where the criterion refuses that; and the deals (not otherwise
    /// listed) in the open stages the user's roles own and sign nothing off in, as rows
    /// without a criterion; longest waiting first.
    virtual Result<QList<PendingSignOff>> waitingOn(qint64 userId) = 0;
};

} // namespace Stageboard
