// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/types.h"

#include <QHash>
#include <functional>

namespace Stageboard {

/// Fast inserts for generated or imported data, all inside one transaction.
class BulkSink
{
public:
    virtual ~BulkSink() = default;
    virtual Result<qint64> addUser(const User &user) = 0;
    /// Makes the user a member of the role of this name; nothing when there is no such role.
    virtual Result<void> addTeamRoleMember(qint64 userId, const QString &roleName) = 0;
    /// An account without a territoryId goes into the territory named (in any case), made
    /// at the top when there is none; one without either into none.
    virtual Result<qint64> addAccount(const Account &account) = 0;
    /// Refused for a name that is taken.
    virtual Result<qint64> addTerritory(const Territory &territory) = 0;
    /// Inserts the deal as given (stage, dates, version); writes no ledger row.
    virtual Result<qint64> addOpportunity(const Opportunity &opportunity) = 0;
    virtual Result<qint64> addStageChange(const StageChange &change) = 0;
    virtual Result<void> addActivityCheck(qint64 opportunityId, const Check &check) = 0;
    virtual Result<void> addCriterionCheck(qint64 opportunityId, const Check &check) = 0;
    /// Logs a sign-off given (or refused, for a failed check) as the check says.
    virtual Result<void> addSignOffDecision(qint64 opportunityId, const Check &check) = 0;
    virtual Result<qint64> addContact(const Contact &contact) = 0;
    /// Inserts the activity as given (createdAt its creation time).
    virtual Result<qint64> addEngagement(const Engagement &engagement) = 0;
    virtual Result<void> addStakeholder(const Stakeholder &stakeholder) = 0;
    virtual Result<void> addDebrief(const Debrief &debrief) = 0;
    virtual Result<void> addObjection(const Objection &objection) = 0;
    virtual Result<qint64> addCompetitor(const Competitor &competitor) = 0;
    virtual Result<void> addDealCompetitor(const DealCompetitor &entry) = 0;
    /// Inserts the close as given, its review included.
    virtual Result<qint64> addDealClose(const DealClose &close) = 0;
    /// The buying roles' ids by key ("champion"), as the database holds them.
    virtual const QHash<QString, qint64> &buyingRoleIds() const = 0;
};

/// Writes generated or imported data in bulk.
class BulkLoader
{
public:
    virtual ~BulkLoader() = default;

    /// How much a bulk insert adds: a little to what is there, or most of the database.
    enum class BulkSize { Some, Most };
    /// Runs fill inside one transaction; anything it reports as an error rolls all of it back.
    /// With BulkSize::Most the secondary indexes are built once at the end instead of row by
    /// row, which is several times faster for millions of rows.
    virtual Result<void> bulkInsert(const std::function<Result<void>(BulkSink &)> &fill,
                                    BulkSize size = BulkSize::Some) = 0;
};

} // namespace Stageboard
