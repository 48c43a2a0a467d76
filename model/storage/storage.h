#pragma once

#include "core/result.h"
#include "core/types.h"
#include "process/processdefinition.h"

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
    virtual Result<void> addActivityCheck(qint64 opportunityId, const Check &check) = 0;
    virtual Result<void> addCriterionCheck(qint64 opportunityId, const Check &check) = 0;
};

/// Where Stageboard keeps its data. Every method that writes is one transaction: it either
/// happens whole or not at all. The stage ledger is append-only: nothing here changes or
/// removes a row of it.
class Storage
{
public:
    virtual ~Storage() = default;

    /// The file path or server address, for messages.
    virtual QString location() const = 0;
    /// True when open() found no database and created one with the default process.
    virtual bool wasCreated() const = 0;

    /// Every pipeline, in order.
    virtual Result<QList<SalesPipeline>> pipelines() = 0;
    /// Adds a pipeline after the others with the process's stages, their activities and exit
    /// criteria, and its close reasons (those not offered yet). Refused when a pipeline of that
    /// name exists. Returns the new pipeline's id.
    virtual Result<qint64> addPipeline(const ProcessDefinition &process) = 0;
    /// Saves a stage's fields (all but its pipeline and position). Refused, with the field at
    /// fault, for an empty name or one another stage of the pipeline has, a probability
    /// outside 0..100 or an age limit under a day.
    virtual Result<void> updateStage(const Stage &stage) = 0;
    /// Adds a stage to stage.pipelineId at stage.position (the stages from there on move one
    /// down), checked as updateStage checks. Returns its id. A nonzero stage.id brings back,
    /// with that id, a stage deleteStage took away (the redo of an addition).
    virtual Result<qint64> addStage(const Stage &stage) = 0;
    /// Puts a pipeline's stages in this order; stageIds must be exactly its stages.
    virtual Result<void> reorderStages(qint64 pipelineId, const QList<qint64> &stageIds) = 0;
    /// Replaces a stage's recommended activities and exit criteria with these, in this order.
    /// An item with the id of one the stage has keeps its ticks and answers (its text and
    /// settings are updated); one with id 0 is new; one left out is deleted with its ticks or
    /// answers. The progress of the deals in the stage is counted again. An item with an id
    /// the stage no longer has is added back with that id (the undo of its deletion).
    virtual Result<void> setStageGuidance(qint64 stageId, const QList<Activity> &activities,
                                          const QList<ExitCriterion> &criteria) = 0;
    /// Takes a stage out of its pipeline's process. Every deal in it (deleted ones too) moves
    /// to toStageId, a stage of the same pipeline, with a ledger row that names the process
    /// change; the stage is kept, marked removed, so that the ledger still names it. Refused
    /// when it would leave the pipeline without an open stage. Returns the deals it moved.
    virtual Result<QList<qint64>> removeStage(qint64 stageId, qint64 toStageId, qint64 actorId) = 0;
    /// Undoes removeStage: the stage is back at position, and those of dealIds still in
    /// toStageId move back into it, each with a ledger row naming the process change.
    virtual Result<void> restoreStage(qint64 stageId, int position, const QList<qint64> &dealIds,
                                      qint64 toStageId, qint64 actorId) = 0;
    /// Undoes addStage: deletes the stage with its checklist, refused once it has held a deal
    /// (the ledger names it then).
    virtual Result<void> deleteStage(qint64 stageId) = 0;
    /// Refused for an empty name or one another pipeline has.
    virtual Result<void> renamePipeline(qint64 pipelineId, const QString &name) = 0;
    /// Deletes a pipeline with its stages, refused once one of them has held a deal, and for
    /// the last pipeline.
    virtual Result<void> deletePipeline(qint64 pipelineId) = 0;
    /// One pipeline's process as it is now, to share as JSON.
    virtual Result<ProcessDefinition> processDefinition(qint64 pipelineId) = 0;
    /// Every stage of every pipeline, by pipeline and position, removed ones included.
    virtual Result<QList<Stage>> stages() = 0;
    /// Every stage's recommended activities, by stage and position.
    virtual Result<QList<Activity>> activities() = 0;
    /// Every stage's exit criteria, by stage and position.
    virtual Result<QList<ExitCriterion>> exitCriteria() = 0;
    /// The reasons offered when a deal is won (StageKind::Won) or lost (StageKind::Lost).
    virtual Result<QStringList> closeReasons(StageKind kind) = 0;
    /// Adds a reason to the list offered from now on; an existing one is not added twice.
    virtual Result<void> addCloseReason(StageKind kind, const QString &text) = 0;
    virtual Result<QList<User>> users() = 0;
    /// The user the connection acts as, when the server maps its login to one (users.login);
    /// that user is then the only one the app may act as. Unset for a file or an unmapped login.
    virtual Result<std::optional<qint64>> signedInUser() = 0;
    virtual Result<QList<Account>> accounts() = 0;
    /// Every deal that is not deleted.
    virtual Result<QList<Opportunity>> opportunities() = 0;
    virtual Result<Opportunity> opportunity(qint64 id) = 0;
    /// These deals as stored now, deleted ones included (Opportunity::deleted); ids that do not
    /// exist are left out.
    virtual Result<QList<Opportunity>> opportunitiesByIds(const QList<qint64> &ids) = 0;
    /// The stage ledger of one deal, oldest first.
    virtual Result<QList<StageChange>> stageHistory(qint64 opportunityId) = 0;
    virtual Result<qint64> opportunityCount() = 0;
    /// Every ledger row of every deal, by deal and time, one at a time; visit returns false
    /// to stop.
    virtual Result<void>
    forEachStageChange(const std::function<bool(const StageChange &)> &visit) = 0;
    /// Live deals added up in the database by close period, owner, stage and currency.
    virtual Result<QList<PipelineTotal>> pipelineTotals(Period period) = 0;
    virtual Result<QList<Check>> activityChecks(qint64 opportunityId) = 0;
    virtual Result<QList<Check>> criterionChecks(qint64 opportunityId) = 0;

    /// Every live deal's forecasting figures, one at a time; visit returns false to stop.
    virtual Result<void>
    forEachDealFigures(const std::function<bool(const DealFigures &)> &visit) = 0;
    /// Every ledger row in its lean form, by deal and time; visit returns false to stop.
    virtual Result<void>
    forEachStageEntry(const std::function<bool(const StageEntry &)> &visit) = 0;
    /// Every rep's quota of every month, by user and month.
    virtual Result<QList<Quota>> quotas() = 0;
    /// Sets the given quotas (a zero amount removes one); others are kept.
    virtual Result<void> setQuotas(const QList<Quota> &quotas) = 0;
    /// The currency forecast totals are reported in.
    virtual Result<QString> reportingCurrency() = 0;
    /// The stored rates into the reporting currency, by currency.
    virtual Result<QList<ExchangeRate>> exchangeRates() = 0;
    /// Replaces the reporting currency and every exchange rate.
    virtual Result<void> setCurrencies(const QString &reportingCurrency,
                                       const QList<ExchangeRate> &rates) = 0;
    /// Replaces the snapshot of the day rows[i].takenOn with rows, so one day has one snapshot.
    virtual Result<void> saveForecastSnapshot(const QDate &takenOn,
                                              const QList<ForecastSnapshotRow> &rows) = 0;
    /// The forecast of the close months fromMonth..toMonth (either may be invalid: no bound) as
    /// each snapshot recorded it, oldest first, for one owner and territory or (unset) all.
    virtual Result<QList<ForecastSnapshotPoint>>
    forecastSnapshots(const QDate &fromMonth, const QDate &toMonth,
                      const std::optional<qint64> &ownerId,
                      const std::optional<QString> &territory) = 0;
    /// The day of the latest snapshot; invalid when there is none.
    virtual Result<QDate> lastSnapshotDay() = 0;

    virtual Result<qint64> addUser(const User &user) = 0;
    virtual Result<qint64> addAccount(const Account &account) = 0;
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
    virtual Result<Opportunity> moveOpportunity(const StageChange &change, int expectedVersion) = 0;
    /// Ticks an activity (with who, when and a note) or, with no check, unticks it.
    virtual Result<Opportunity> setActivityCheck(qint64 opportunityId, int expectedVersion,
                                                 qint64 activityId,
                                                 const std::optional<Check> &check) = 0;
    /// Answers an exit criterion (met or failed, who, when, note) or, with no check, clears it.
    virtual Result<Opportunity> setCriterionCheck(qint64 opportunityId, int expectedVersion,
                                                  qint64 criterionId,
                                                  const std::optional<Check> &check) = 0;
    /// Deleting hides the deal and keeps its ledger, so that it can be restored.
    virtual Result<Opportunity> setOpportunityDeleted(qint64 id, bool deleted) = 0;

    /// How much a bulk insert adds: a little to what is there, or most of the database.
    enum class BulkSize { Some, Most };
    /// Runs fill inside one transaction; anything it reports as an error rolls all of it back.
    /// With BulkSize::Most the secondary indexes are built once at the end instead of row by
    /// row, which is several times faster for millions of rows.
    virtual Result<void> bulkInsert(const std::function<Result<void>(BulkSink &)> &fill,
                                    BulkSize size = BulkSize::Some) = 0;
};

} // namespace Stageboard
