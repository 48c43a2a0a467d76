// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/opportunitystore.h"
#include "storage/sqlpart.h"

namespace Stageboard {

/// The deal store on SQLite or PostgreSQL.
class SqlOpportunityStore final : public OpportunityStore, private SqlPart
{
    Q_DECLARE_TR_FUNCTIONS(Stageboard::SqlStorage)

public:
    using SqlPart::SqlPart;
    Q_DISABLE_COPY_MOVE(SqlOpportunityStore)

    Result<QList<Opportunity>> opportunities() override;
    Result<Opportunity> opportunity(qint64 id) override;
    Result<QList<Opportunity>> opportunitiesByIds(const QList<qint64> &ids) override;
    Result<qint64> opportunityCount() override;
    Result<QList<StageChange>> stageHistory(qint64 opportunityId) override;
    Result<void> forEachStageChange(const std::function<bool(const StageChange &)> &visit) override;
    Result<QList<Check>> activityChecks(qint64 opportunityId) override;
    Result<QList<Check>> criterionChecks(qint64 opportunityId) override;
    Result<Opportunity> createOpportunity(const Opportunity &opportunity, qint64 actorId) override;
    Result<Opportunity> updateOpportunity(const Opportunity &opportunity) override;
    Result<Opportunity> moveOpportunity(const StageChange &change, int expectedVersion,
                                        const CloseDetails &close = {}) override;
    Result<Opportunity> setActivityCheck(qint64 opportunityId, int expectedVersion,
                                         qint64 activityId,
                                         const std::optional<Check> &check) override;
    Result<Opportunity> setCriterionCheck(qint64 opportunityId, int expectedVersion,
                                          qint64 criterionId,
                                          const std::optional<Check> &check) override;
    Result<Opportunity> setOpportunityDeleted(qint64 id, bool deleted) override;

private:
    /// Records the change of a check and bumps the deal's version, refusing a stale one.
    Result<Opportunity> writeCheck(const QString &table, const QString &itemColumn,
                                   qint64 opportunityId, int expectedVersion, qint64 itemId,
                                   const std::optional<Check> &check);
    static std::unexpected<Error> conflict(qint64 opportunityId);
    /// Clears the sign-offs (given or rejected) that vouched for a field the edit changed, and
    /// logs each re-opening with the field's values before and after.
    Result<void> reopenSignOffs(const Opportunity &before, const Opportunity &after);
    Result<void> logSignOff(const SignOffDecision &decision);
};

} // namespace Stageboard
