#pragma once

#include "core/databaselocation.h"
#include "storage/schema.h"
#include "storage/storage.h"

#include <QCoreApplication>
#include <memory>

class QSqlQuery;

namespace Stageboard {

/// The storage behind SQL: SQLite today, PostgreSQL through the same statements (differences
/// live in schema.cpp). Each instance owns one named QSqlDatabase connection.
class SqlStorage final : public Storage
{
    Q_DECLARE_TR_FUNCTIONS(Stageboard::SqlStorage)

public:
    ~SqlStorage() override;
    Q_DISABLE_COPY_MOVE(SqlStorage)

    /// Opens the SQLite file at path, creating it with the default process when it does not
    /// exist. An older schema is upgraded after a backup copy is written next to the file;
    /// a newer one is refused and the file left untouched.
    static Result<std::unique_ptr<SqlStorage>> openSqlite(const QString &path);
    /// Connects to a database on a PostgreSQL server. An empty database gets the schema and
    /// the default process, as a new file does; an older schema is copied into a backup schema
    /// (stageboard_backup_vN) before it is upgraded; a newer one is refused.
    static Result<std::unique_ptr<SqlStorage>> openPostgres(const DatabaseLocation &location);
    static Result<std::unique_ptr<SqlStorage>> open(const DatabaseLocation &location);
    /// Creates an empty database on the server (its user needs CREATEDB); open() then sets it up.
    static Result<void> createPostgresDatabase(const DatabaseLocation &location);
    Schema::Engine engine() const { return m_engine; }
    /// Whether the database answers now (a trivial query); false once a server has gone away.
    bool ping() const;
    /// Connects again after the server went away; what was committed before is all there.
    Result<void> reconnect();

    QString location() const override { return m_location; }
    bool wasCreated() const override { return m_created; }
    /// Where the backup made before an upgrade was written; empty when none was needed.
    QString backupPath() const { return m_backupPath; }
    /// The connection's name, for tests and benchmarks that read the database directly.
    QString connectionName() const { return m_connection; }

    Result<QList<SalesPipeline>> pipelines() override;
    Result<qint64> addPipeline(const ProcessDefinition &process) override;
    Result<ProcessDefinition> processDefinition(qint64 pipelineId) override;
    Result<QList<qint64>> removeStage(qint64 stageId, qint64 toStageId, qint64 actorId) override;
    Result<void> restoreStage(qint64 stageId, int position, const QList<qint64> &dealIds,
                              qint64 toStageId, qint64 actorId) override;
    Result<void> deleteStage(qint64 stageId) override;
    Result<void> renamePipeline(qint64 pipelineId, const QString &name) override;
    Result<void> deletePipeline(qint64 pipelineId) override;
    Result<void> updateStage(const Stage &stage) override;
    Result<qint64> addStage(const Stage &stage) override;
    Result<void> reorderStages(qint64 pipelineId, const QList<qint64> &stageIds) override;
    Result<void> setStageGuidance(qint64 stageId, const QList<Activity> &activities,
                                  const QList<ExitCriterion> &criteria) override;
    Result<QList<Stage>> stages() override;
    Result<QList<User>> users() override;
    Result<std::optional<qint64>> signedInUser() override;
    Result<QList<Account>> accounts() override;
    Result<QList<Opportunity>> opportunities() override;
    Result<Opportunity> opportunity(qint64 id) override;
    Result<QList<Opportunity>> opportunitiesByIds(const QList<qint64> &ids) override;
    Result<QList<StageChange>> stageHistory(qint64 opportunityId) override;
    Result<qint64> opportunityCount() override;
    Result<void> forEachStageChange(const std::function<bool(const StageChange &)> &visit) override;

    Result<qint64> addUser(const User &user) override;
    Result<qint64> addAccount(const Account &account) override;
    Result<Opportunity> createOpportunity(const Opportunity &opportunity, qint64 actorId) override;
    Result<Opportunity> updateOpportunity(const Opportunity &opportunity) override;
    Result<Opportunity> moveOpportunity(const StageChange &change, int expectedVersion) override;
    Result<QList<Activity>> activities() override;
    Result<QList<ExitCriterion>> exitCriteria() override;
    Result<QStringList> closeReasons(StageKind kind) override;
    Result<void> addCloseReason(StageKind kind, const QString &text) override;
    Result<QList<PipelineTotal>> pipelineTotals(Period period) override;
    Result<QList<Check>> activityChecks(qint64 opportunityId) override;
    Result<QList<Check>> criterionChecks(qint64 opportunityId) override;
    Result<Opportunity> setActivityCheck(qint64 opportunityId, int expectedVersion,
                                         qint64 activityId,
                                         const std::optional<Check> &check) override;
    Result<Opportunity> setCriterionCheck(qint64 opportunityId, int expectedVersion,
                                          qint64 criterionId,
                                          const std::optional<Check> &check) override;
    Result<Opportunity> setOpportunityDeleted(qint64 id, bool deleted) override;
    Result<void> forEachDealFigures(const std::function<bool(const DealFigures &)> &visit) override;
    Result<void> forEachStageEntry(const std::function<bool(const StageEntry &)> &visit) override;
    Result<QList<Quota>> quotas() override;
    Result<void> setQuotas(const QList<Quota> &quotas) override;
    Result<QString> reportingCurrency() override;
    Result<QList<ExchangeRate>> exchangeRates() override;
    Result<void> setCurrencies(const QString &reportingCurrency,
                               const QList<ExchangeRate> &rates) override;
    Result<void> saveForecastSnapshot(const QDate &takenOn,
                                      const QList<ForecastSnapshotRow> &rows) override;
    Result<QList<ForecastSnapshotPoint>>
    forecastSnapshots(const QDate &fromMonth, const QDate &toMonth,
                      const std::optional<qint64> &ownerId,
                      const std::optional<QString> &territory) override;
    Result<QDate> lastSnapshotDay() override;
    Result<void> bulkInsert(const std::function<Result<void>(BulkSink &)> &fill,
                            BulkSize size = BulkSize::Some) override;

private:
    SqlStorage(QString connection, QString location, Schema::Engine engine);
    Result<void> initialise();
    Result<void> prepareSqlite(QSqlQuery &query);
    /// Keeps a copy of the database as it is before upgrading it from version.
    Result<void> backUp(int version);
    Result<void> seedDefaultProcess();
    /// Tells every other board on a shared server, when the transaction commits, that the
    /// process changed (ChangeFeed::processChanged). Nothing on SQLite.
    Result<void> announceProcessChange();
    Result<qint64> insertStage(qint64 pipelineId, const Stage &stage);
    /// Why the stage may not be saved as it is (its name, probability, age limit), if so.
    Result<void> checkStage(const Stage &stage);
    /// Adds a new stage's recommended activities and exit criteria.
    Result<void> insertGuidance(qint64 stageId, const StageDefinition &definition);
    /// Adds the default process's activities, criteria and close reasons to stages (matched by
    /// name) that have none; used for new databases and when upgrading from version 1.
    Result<void> seedGuidance(const ProcessDefinition &process);
    /// Records the change of a check and bumps the deal's version, refusing a stale one.
    Result<Opportunity> writeCheck(const QString &table, const QString &itemColumn,
                                   qint64 opportunityId, int expectedVersion, qint64 itemId,
                                   const std::optional<Check> &check);
    static std::unexpected<Error> conflict(qint64 opportunityId);
    /// Recounts the deal's ticked activities and met required criteria in its current stage.
    Result<void> refreshProgress(qint64 opportunityId);
    /// The same for every deal in the stage.
    Result<void> refreshProgressInStage(qint64 stageId);
    Result<void> recountProgress(const QString &column, qint64 value);
    QSqlDatabase db() const;
    Result<void> failWith(const QString &what, const Error &error) const;

    QString m_connection;
    QString m_location;
    Schema::Engine m_engine;
    bool m_created = false;
    QString m_backupPath;
};

} // namespace Stageboard
