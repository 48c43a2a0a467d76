// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "process/processlint.h"
#include "services/gateengine.h"

#include <QAbstractListModel>

namespace Stageboard {

/// One change made in the process editor, with what was there before, so that it can be
/// undone and done again.
struct ProcessEdit
{
    enum class Kind {
        StageChanged,
        StageAdded,
        StageRemoved,
        StagesReordered,
        GuidanceChanged,
        PipelineRenamed
    };
    Kind kind = Kind::StageChanged;
    qint64 pipelineId = 0;
    Stage before; ///< StageChanged, StageRemoved (as it was, with its position)
    Stage after;  ///< StageChanged, StageAdded (with the id it was given)
    QList<qint64> orderBefore, orderAfter; ///< StagesReordered
    qint64 stageId = 0;                    ///< GuidanceChanged
    QList<Activity> activitiesBefore, activitiesAfter;
    QList<ExitCriterion> criteriaBefore, criteriaAfter;
    qint64 toStageId = 0;             ///< StageRemoved: where its deals went
    QList<qint64> movedOpportunities; ///< StageRemoved: the deals that went there
    QString nameBefore, nameAfter;    ///< PipelineRenamed

    /// What the change was, for the Undo and Redo menu items ("Rename Stage").
    QString text() const;
};

/// The stages of one pipeline as the process editor shows them: a list to reorder by drag
/// and drop, each row a stage with its fields, its recommended activities and exit criteria.
/// Every change is written through the storage at once (one transaction) and announced with
/// edited(), which the editor turns into an undo step, and processChanged(), after which the
/// board and forecasts read the process again. Rows follow the storage with row signals,
/// never a reset, so a selection survives edits, undo and redo. The lint findings are
/// recounted with each change.
class ProcessModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr const char *mimeType = "application/x-stageboard-stage-ids";

    /// The editor over the process store; deals and directory are read for the gate engine.
    ProcessModel(OpportunityStore &deals, ProcessStore &process, Directory &directory,
                 QObject *parent = nullptr);

    /// Shows this pipeline (0: the first); the rows are read again with a reset.
    Result<void> load(qint64 pipelineId = 0);
    qint64 pipelineId() const { return m_pipelineId; }
    const QList<SalesPipeline> &pipelines() const { return m_process.pipelines(); }
    /// Who is making the changes: recorded in the ledger when a removal moves deals.
    void setActorId(qint64 userId) { m_actorId = userId; }

    const Stage &stage(int row) const { return m_rows.at(row).stage; }
    const QList<Activity> &activities(int row) const { return m_rows.at(row).activities; }
    const QList<ExitCriterion> &criteria(int row) const { return m_rows.at(row).criteria; }
    int rowOf(qint64 stageId) const;
    /// The pipeline's process as edited, with draft in place of the stage of the same id (the
    /// form being typed in), for the lint to look at before anything is saved.
    ProcessDefinition definition(const std::optional<Stage> &draft = {}) const;
    const QList<LintFinding> &findings() const { return m_findings; }
    /// The pipeline's process as stored, with the close reasons: what an export writes.
    Result<ProcessDefinition> storedDefinition() const;

    /// Saves a stage's fields, found by stage.id.
    Result<void> setStage(const Stage &stage);
    /// Adds a stage at row (its position); returns its id.
    Result<qint64> addStage(int row, const Stage &stage);
    /// Takes the stage out of the process; its deals go to toStageId. Returns how many moved.
    Result<qint64> removeStage(int row, qint64 toStageId);
    /// Puts the stage at row from in place of row to.
    Result<void> moveStage(int from, int to);
    Result<void> setGuidance(qint64 stageId, const QList<Activity> &activities,
                             const QList<ExitCriterion> &criteria);
    Result<void> renamePipeline(const QString &name);
    /// Adds a pipeline with this process (no stages for an empty one) and shows it.
    Result<qint64> addPipeline(const ProcessDefinition &process);
    /// Deletes the pipeline shown, if it never held a deal, and shows the first.
    Result<void> deletePipeline();

    /// Takes an edit back, or makes it again; neither is announced as a new edit. A redone
    /// removal records the deals it moved this time.
    Result<void> undo(const ProcessEdit &edit);
    Result<void> redo(ProcessEdit &edit);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

Q_SIGNALS:
    /// A change was made and saved (not an undo or redo of one).
    void edited(const Stageboard::ProcessEdit &edit);
    /// The stored process changed (an edit, undo or redo): whatever shows it reads it again.
    void processChanged();
    /// Another pipeline is shown, or the list of pipelines changed.
    void pipelinesChanged();
    void findingsChanged();
    /// A change made through setData or a drop was refused; the message says why.
    void errorOccurred(const QString &message);

private:
    struct Row
    {
        Stage stage;
        QList<Activity> activities;
        QList<ExitCriterion> criteria;
    };

    /// Reads the pipeline again and brings the rows to it with row signals.
    Result<void> sync();
    QList<Row> readRows() const;
    void recountFindings();
    Result<void> showPipelineOf(const ProcessEdit &edit);
    /// Shows what an undo or redo did (done), or why it could not.
    Result<void> replayed(const Result<void> &done, const ProcessEdit &edit);
    template<typename T> Result<T> changed(Result<T> result);

    ProcessStore &m_store;
    GateEngine m_process;
    qint64 m_pipelineId = 0;
    qint64 m_actorId = 0;
    QList<Row> m_rows;
    QList<LintFinding> m_findings;
};

} // namespace Stageboard

Q_DECLARE_METATYPE(Stageboard::ProcessEdit)
