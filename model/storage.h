#pragma once

#include "result.h"
#include "types.h"

#include <functional>

namespace Stageboard {

/// Fast inserts for generated or imported data, all inside one transaction.
class BulkSink
{
public:
    virtual ~BulkSink() = default;
    virtual Result<qint64> addUser(const User &user) = 0;
    virtual Result<qint64> addAccount(const Account &account) = 0;
    /// Inserts the deal as given (stage, dates, version); writes no ledger row.
    virtual Result<qint64> addOpportunity(const Opportunity &opportunity) = 0;
    virtual Result<qint64> addStageChange(const StageChange &change) = 0;
};

/// Where Stageboard keeps its data. Every method that writes is one transaction: it either
/// happens whole or not at all.
class Storage
{
public:
    virtual ~Storage() = default;

    /// The file path or server address, for messages.
    virtual QString location() const = 0;
    /// True when open() found no database and created one with the default process.
    virtual bool wasCreated() const = 0;

    virtual Result<QList<Stage>> stages() = 0;
    virtual Result<QList<User>> users() = 0;
    virtual Result<QList<Account>> accounts() = 0;
    /// Every deal that is not deleted.
    virtual Result<QList<Opportunity>> opportunities() = 0;
    virtual Result<Opportunity> opportunity(qint64 id) = 0;
    /// The stage ledger of one deal, oldest first.
    virtual Result<QList<StageChange>> stageHistory(qint64 opportunityId) = 0;
    virtual Result<qint64> opportunityCount() = 0;

    virtual Result<qint64> addUser(const User &user) = 0;
    virtual Result<qint64> addAccount(const Account &account) = 0;
    /// Creates the deal in its stage and records the creation in the ledger.
    /// Returns the deal as stored (id, creation and stage-entry times set).
    virtual Result<Opportunity> createOpportunity(const Opportunity &opportunity,
                                                  qint64 actorId) = 0;
    /// Saves every field but the stage. Refused when the stored version differs from
    /// opportunity.version, so a stale copy never overwrites a newer one.
    virtual Result<Opportunity> updateOpportunity(const Opportunity &opportunity) = 0;
    /// Moves the deal and writes its ledger row (from, to, who, when, reason) in one transaction.
    virtual Result<Opportunity> moveOpportunity(qint64 id, qint64 toStageId, qint64 actorId,
                                                const QString &reason = {}) = 0;
    /// Deleting hides the deal and keeps its ledger, so that it can be restored.
    virtual Result<Opportunity> setOpportunityDeleted(qint64 id, bool deleted) = 0;

    /// Runs fill inside one transaction; anything it reports as an error rolls all of it back.
    virtual Result<void> bulkInsert(const std::function<Result<void>(BulkSink &)> &fill) = 0;
};

} // namespace Stageboard
