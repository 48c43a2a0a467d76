// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/types.h"

#include <functional>

namespace Stageboard {

/// The deals and their stage ledger: read, created, edited, moved, ticked and deleted. Every
/// method that writes is one transaction: it either happens whole or not at all. The ledger is
/// append-only: nothing here changes or removes a row of it.
class OpportunityStore
{
public:
    virtual ~OpportunityStore() = default;

    /// Every deal that is not deleted.
    virtual Result<QList<Opportunity>> opportunities() = 0;
    virtual Result<Opportunity> opportunity(qint64 id) = 0;
    /// These deals as stored now, deleted ones included (Opportunity::deleted); ids that do not
    /// exist are left out.
    virtual Result<QList<Opportunity>> opportunitiesByIds(const QList<qint64> &ids) = 0;
    virtual Result<qint64> opportunityCount() = 0;
    /// The stage ledger of one deal, oldest first.
    virtual Result<QList<StageChange>> stageHistory(qint64 opportunityId) = 0;
    /// Every ledger row of every deal, by deal and time, one at a time; visit returns false
    /// to stop.
    virtual Result<void>
    forEachStageChange(const std::function<bool(const StageChange &)> &visit) = 0;
    virtual Result<QList<Check>> activityChecks(qint64 opportunityId) = 0;
    virtual Result<QList<Check>> criterionChecks(qint64 opportunityId) = 0;
    /// Creates the deal in its stage and records the creation in the ledger.
    /// Returns the deal as stored (id, creation and stage-entry times set).
    virtual Result<Opportunity> createOpportunity(const Opportunity &opportunity,
                                                  qint64 actorId) = 0;
    /// Saves every field but the stage. Refused when the stored version differs from
    /// opportunity.version, so a stale copy never overwrites a newer one.
    virtual Result<Opportunity> updateOpportunity(const Opportunity &opportunity) = 0;
    /// Moves the deal to change.toStageId and appends change to the ledger, in one transaction.
    /// change carries the snapshot (amount, probability, close date) and any close or override
    /// reason. Refused when the deal's version is no longer expectedVersion.
    virtual Result<Opportunity> moveOpportunity(const StageChange &change, int expectedVersion,
                                                const CloseDetails &close = {}) = 0;
    /// Ticks an activity (with who, when and a note) or, with no check, unticks it.
    virtual Result<Opportunity> setActivityCheck(qint64 opportunityId, int expectedVersion,
                                                 qint64 activityId,
                                                 const std::optional<Check> &check) = 0;
    /// Answers an exit criterion (met or failed, who, when, note) or, with no check or one
    /// whose state is Open, clears it. A criterion with a sign-off logs each decision (a
    /// clearing as withdrawn, by the check's user); editing a field a sign-off vouched for
    /// (SignOff::reopenOn) clears that sign-off and logs its re-opening.
    virtual Result<Opportunity> setCriterionCheck(qint64 opportunityId, int expectedVersion,
                                                  qint64 criterionId,
                                                  const std::optional<Check> &check) = 0;
    /// Deleting hides the deal and keeps its ledger, so that it can be restored.
    virtual Result<Opportunity> setOpportunityDeleted(qint64 id, bool deleted) = 0;
};

} // namespace Stageboard
