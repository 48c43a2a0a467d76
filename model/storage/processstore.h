// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/types.h"
#include "process/processdefinition.h"

namespace Stageboard {

/// The sales process: pipelines, their stages with recommended activities and exit criteria, and
/// the close reasons offered. Every method that writes is one transaction and, on a shared
/// server, tells the other boards that the process changed.
class ProcessStore
{
public:
    virtual ~ProcessStore() = default;

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
};

} // namespace Stageboard
