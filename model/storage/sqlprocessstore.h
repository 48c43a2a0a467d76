// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/processstore.h"
#include "storage/sqlpart.h"

class QSqlQuery;

namespace Stageboard {

/// The process store on SQLite or PostgreSQL.
class SqlProcessStore final : public ProcessStore, private SqlPart
{
    Q_DECLARE_TR_FUNCTIONS(Stageboard::SqlStorage)

public:
    using SqlPart::SqlPart;
    Q_DISABLE_COPY_MOVE(SqlProcessStore)

    Result<QList<SalesPipeline>> pipelines() override;
    Result<qint64> addPipeline(const ProcessDefinition &process) override;
    Result<void> updateStage(const Stage &stage) override;
    Result<qint64> addStage(const Stage &stage) override;
    Result<void> reorderStages(qint64 pipelineId, const QList<qint64> &stageIds) override;
    Result<void> setStageGuidance(qint64 stageId, const QList<Activity> &activities,
                                  const QList<ExitCriterion> &criteria) override;
    Result<QList<qint64>> removeStage(qint64 stageId, qint64 toStageId, qint64 actorId) override;
    Result<void> restoreStage(qint64 stageId, int position, const QList<qint64> &dealIds,
                              qint64 toStageId, qint64 actorId) override;
    Result<void> deleteStage(qint64 stageId) override;
    Result<void> renamePipeline(qint64 pipelineId, const QString &name) override;
    Result<void> deletePipeline(qint64 pipelineId) override;
    Result<ProcessDefinition> processDefinition(qint64 pipelineId) override;
    Result<QList<Stage>> stages() override;
    Result<QList<Activity>> activities() override;
    Result<QList<ExitCriterion>> exitCriteria() override;
    Result<QStringList> closeReasons(StageKind kind) override;
    Result<void> addCloseReason(StageKind kind, const QString &text) override;

    /// Stores the default process in the first pipeline of a new database.
    Result<void> seedDefaultProcess();
    /// Adds the default process's activities, criteria and close reasons to stages (matched by
    /// name) that have none; used for new databases and when upgrading from version 1.
    Result<void> seedGuidance(const ProcessDefinition &process);

private:
    /// Deletes the stage's activities and criteria that are not among these, with their ticks
    /// and answers.
    Result<void> dropGuidanceNotKept(qint64 stageId, const QList<Activity> &activities,
                                     const QList<ExitCriterion> &criteria);
    /// Updates, adds or brings back (under their old id) each of these, in this order.
    Result<void> saveActivities(qint64 stageId, const QList<Activity> &activities);
    Result<void> saveCriteria(qint64 stageId, const QList<ExitCriterion> &criteria);
    /// Tells every other board on a shared server, when the transaction commits, that the
    /// process changed (ChangeFeed::processChanged). Nothing on SQLite.
    Result<void> announceProcessChange();
    Result<qint64> insertStage(qint64 pipelineId, const Stage &stage);
    /// Makes these roles (by name, added when missing) the stage's owning roles, and no other.
    Result<void> storeOwnerTeams(qint64 stageId, const QStringList &names);
    /// Why the stage may not be saved as it is (its name, probability, age limit), if so.
    Result<void> checkStage(const Stage &stage);
    /// Adds a new stage's recommended activities and exit criteria.
    Result<void> insertGuidance(qint64 stageId, const StageDefinition &definition);
    /// The columns bindSignOff binds, in its order.
    static const QString signOffColumns;
    /// Binds the sign-off's role (found by id or name, added when missing), threshold,
    /// re-opening fields and own-deal rule; four nulls and defaults for none.
    Result<void> bindSignOff(QSqlQuery &q, const std::optional<SignOff> &signOff);
    Result<qint64> teamRoleId(const SignOff &signOff);
    /// The id of the role of this name (in any case), added with its description when missing.
    Result<qint64> ensureTeamRole(const TeamRole &role);
    Result<void> ensureTeamRoles(const QList<TeamRole> &roles);
    /// Puts into process the roles (with their descriptions) that sign off criteria of the
    /// pipeline's stages or own one of them.
    Result<void> signingRoles(ProcessDefinition &process, const QList<ExitCriterion> &criteria,
                              const QList<Stage> &stages, qint64 pipelineId);
};

} // namespace Stageboard
