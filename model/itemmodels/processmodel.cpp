// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/processmodel.h"

#include "itemmodels/roles.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace Stageboard {

namespace {

bool same(const Stage &a, const Stage &b)
{
    return a.id == b.id && a.position == b.position && a.name == b.name &&
           a.definition == b.definition && a.goal == b.goal && a.ownerRoles == b.ownerRoles &&
           a.ownerTeams == b.ownerTeams && a.probability == b.probability && a.kind == b.kind &&
           a.rotDays == b.rotDays && a.forecastCategory == b.forecastCategory &&
           a.pipelineId == b.pipelineId && a.callQuestions == b.callQuestions &&
           a.callObjections == b.callObjections;
}

bool same(const QList<Activity> &a, const QList<Activity> &b)
{
    return std::equal(
        a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const Activity &x, const Activity &y) {
            return x.id == y.id && x.text == y.text && x.engagementKind == y.engagementKind;
        });
}

bool same(const QList<ExitCriterion> &a, const QList<ExitCriterion> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                      [](const ExitCriterion &x, const ExitCriterion &y) {
                          return x.id == y.id && x.text == y.text && x.required == y.required &&
                                 x.signOff == y.signOff && x.knockOut == y.knockOut &&
                                 x.rule == y.rule;
                      });
}

bool sameFindings(const QList<LintFinding> &a, const QList<LintFinding> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                      [](const LintFinding &x, const LintFinding &y) {
                          return x.rule == y.rule && x.stage == y.stage && x.message == y.message;
                      });
}

} // namespace

QString ProcessEdit::text() const
{
    switch (kind) {
    case Kind::StageChanged:
        return before.name != after.name
                   ? QCoreApplication::translate("Stageboard::ProcessEdit", "Rename Stage")
                   : QCoreApplication::translate("Stageboard::ProcessEdit", "Edit \"%1\"")
                         .arg(after.name);
    case Kind::StageAdded:
        return QCoreApplication::translate("Stageboard::ProcessEdit", "Add Stage \"%1\"")
            .arg(after.name);
    case Kind::StageRemoved:
        return QCoreApplication::translate("Stageboard::ProcessEdit", "Remove Stage \"%1\"")
            .arg(before.name);
    case Kind::StagesReordered:
        return QCoreApplication::translate("Stageboard::ProcessEdit", "Reorder Stages");
    case Kind::GuidanceChanged:
        return QCoreApplication::translate("Stageboard::ProcessEdit", "Edit Checklist");
    case Kind::PipelineRenamed:
        return QCoreApplication::translate("Stageboard::ProcessEdit", "Rename Pipeline");
    }
    return {};
}

ProcessModel::ProcessModel(OpportunityStore &deals, ProcessStore &process, Directory &directory,
                           QObject *parent)
    : QAbstractListModel(parent)
    , m_store(process)
    , m_process(deals, process, directory)
{}

Result<void> ProcessModel::load(qint64 pipelineId)
{
    if (auto ok = m_process.load(); !ok)
        return ok;
    beginResetModel();
    m_pipelineId = m_process.pipeline(pipelineId)    ? pipelineId
                   : m_process.pipelines().isEmpty() ? 0
                                                     : m_process.pipelines().first().id;
    m_rows = readRows();
    endResetModel();
    recountFindings();
    Q_EMIT pipelinesChanged();
    return {};
}

QList<ProcessModel::Row> ProcessModel::readRows() const
{
    QList<Row> rows;
    for (const Stage &s : m_process.stagesOf(m_pipelineId))
        rows.append({s, m_process.activities(s.id), m_process.exitCriteria(s.id)});
    return rows;
}

Result<void> ProcessModel::sync()
{
    if (auto ok = m_process.load(); !ok)
        return ok;
    if (!m_process.pipeline(m_pipelineId))
        return load();
    const QList<Row> fresh = readRows();
    QList<qint64> freshIds;
    for (const Row &r : fresh)
        freshIds.append(r.stage.id);
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (!freshIds.contains(m_rows.at(i).stage.id)) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    for (int i = 0; i < fresh.size(); ++i) {
        if (i < m_rows.size() && m_rows.at(i).stage.id == fresh.at(i).stage.id)
            continue;
        const int from = rowOf(fresh.at(i).stage.id);
        if (from > i) {
            beginMoveRows({}, from, from, {}, i);
            m_rows.move(from, i);
            endMoveRows();
        } else {
            beginInsertRows({}, i, i);
            m_rows.insert(i, fresh.at(i));
            endInsertRows();
        }
    }
    for (int i = 0; i < fresh.size(); ++i) {
        const Row &now = fresh.at(i);
        Row &shown = m_rows[i];
        if (!same(shown.stage, now.stage) || !same(shown.activities, now.activities) ||
            !same(shown.criteria, now.criteria)) {
            shown = now;
            Q_EMIT dataChanged(index(i), index(i));
        }
    }
    recountFindings();
    return {};
}

void ProcessModel::recountFindings()
{
    QList<LintFinding> now = ProcessLint::check(definition());
    if (sameFindings(now, m_findings))
        return;
    m_findings = std::move(now);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {StageFindingsRole});
    Q_EMIT findingsChanged();
}

int ProcessModel::rowOf(qint64 stageId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).stage.id == stageId)
            return i;
    }
    return -1;
}

ProcessDefinition ProcessModel::definition(const std::optional<Stage> &draft) const
{
    ProcessDefinition process;
    if (const SalesPipeline *p = m_process.pipeline(m_pipelineId))
        process.name = p->name;
    for (const Row &row : m_rows) {
        StageDefinition stage;
        stage.stage = draft && draft->id == row.stage.id ? *draft : row.stage;
        for (const Activity &a : row.activities) {
            if (a.engagementKind)
                stage.activityTypes.insert(int(stage.activities.size()), *a.engagementKind);
            stage.activities.append(a.text);
        }
        stage.exitCriteria = row.criteria;
        process.stages.append(stage);
    }
    return process;
}

Result<ProcessDefinition> ProcessModel::storedDefinition() const
{
    return m_store.processDefinition(m_pipelineId);
}

template<typename T> Result<T> ProcessModel::changed(Result<T> result)
{
    if (result) {
        if (auto ok = sync(); !ok)
            return std::unexpected(ok.error());
        Q_EMIT processChanged();
    }
    return result;
}

Result<void> ProcessModel::setStage(const Stage &stage)
{
    const int row = rowOf(stage.id);
    if (row < 0)
        return fail(tr("There is no stage %1 in this pipeline.").arg(stage.id));
    ProcessEdit edit;
    edit.kind = ProcessEdit::Kind::StageChanged;
    edit.pipelineId = m_pipelineId;
    edit.before = m_rows.at(row).stage;
    edit.after = stage;
    edit.after.pipelineId = edit.before.pipelineId;
    edit.after.position = edit.before.position;
    edit.after.name = stage.name.trimmed();
    if (same(edit.before, edit.after))
        return {};
    if (auto ok = changed(m_store.updateStage(edit.after)); !ok)
        return ok;
    Q_EMIT edited(edit);
    return {};
}

Result<qint64> ProcessModel::addStage(int row, const Stage &stage)
{
    Stage added = stage;
    added.id = 0;
    added.pipelineId = m_pipelineId;
    added.position = std::clamp(row, 0, int(m_rows.size()));
    auto id = changed(m_store.addStage(added));
    if (!id)
        return id;
    ProcessEdit edit;
    edit.kind = ProcessEdit::Kind::StageAdded;
    edit.pipelineId = m_pipelineId;
    edit.after = m_rows.value(rowOf(*id)).stage;
    Q_EMIT edited(edit);
    return id;
}

Result<qint64> ProcessModel::removeStage(int row, qint64 toStageId)
{
    if (row < 0 || row >= m_rows.size())
        return fail(tr("There is no stage in row %1 to remove.").arg(row + 1));
    ProcessEdit edit;
    edit.kind = ProcessEdit::Kind::StageRemoved;
    edit.pipelineId = m_pipelineId;
    edit.before = m_rows.at(row).stage;
    edit.toStageId = toStageId;
    auto moved = changed(m_store.removeStage(edit.before.id, toStageId, m_actorId));
    if (!moved)
        return std::unexpected(moved.error());
    edit.movedOpportunities = *moved;
    Q_EMIT edited(edit);
    return qint64(moved->size());
}

Result<void> ProcessModel::moveStage(int from, int to)
{
    if (from < 0 || from >= m_rows.size() || to < 0 || to >= m_rows.size())
        return fail(tr("There is no such place in the list of stages."));
    if (from == to)
        return {};
    ProcessEdit edit;
    edit.kind = ProcessEdit::Kind::StagesReordered;
    edit.pipelineId = m_pipelineId;
    for (const Row &r : std::as_const(m_rows))
        edit.orderBefore.append(r.stage.id);
    edit.orderAfter = edit.orderBefore;
    edit.orderAfter.move(from, to);
    if (auto ok = changed(m_store.reorderStages(m_pipelineId, edit.orderAfter)); !ok)
        return ok;
    Q_EMIT edited(edit);
    return {};
}

Result<void> ProcessModel::setGuidance(qint64 stageId, const QList<Activity> &activities,
                                       const QList<ExitCriterion> &criteria)
{
    const int row = rowOf(stageId);
    if (row < 0)
        return fail(tr("There is no stage %1 in this pipeline.").arg(stageId));
    ProcessEdit edit;
    edit.kind = ProcessEdit::Kind::GuidanceChanged;
    edit.pipelineId = m_pipelineId;
    edit.stageId = stageId;
    edit.activitiesBefore = m_rows.at(row).activities;
    edit.criteriaBefore = m_rows.at(row).criteria;
    if (auto ok = changed(m_store.setStageGuidance(stageId, activities, criteria)); !ok)
        return ok;
    // As stored: new items have their ids now, which a redo must give them again.
    edit.activitiesAfter = m_rows.at(rowOf(stageId)).activities;
    edit.criteriaAfter = m_rows.at(rowOf(stageId)).criteria;
    if (same(edit.activitiesBefore, edit.activitiesAfter) &&
        same(edit.criteriaBefore, edit.criteriaAfter))
        return {};
    Q_EMIT edited(edit);
    return {};
}

Result<void> ProcessModel::renamePipeline(const QString &name)
{
    ProcessEdit edit;
    edit.kind = ProcessEdit::Kind::PipelineRenamed;
    edit.pipelineId = m_pipelineId;
    if (const SalesPipeline *p = m_process.pipeline(m_pipelineId))
        edit.nameBefore = p->name;
    edit.nameAfter = name.trimmed();
    if (edit.nameAfter == edit.nameBefore)
        return {};
    if (auto ok = changed(m_store.renamePipeline(m_pipelineId, name)); !ok)
        return ok;
    Q_EMIT pipelinesChanged();
    Q_EMIT edited(edit);
    return {};
}

Result<qint64> ProcessModel::addPipeline(const ProcessDefinition &process)
{
    auto id = m_store.addPipeline(process);
    if (!id)
        return id;
    if (auto ok = load(*id); !ok)
        return std::unexpected(ok.error());
    Q_EMIT processChanged();
    return id;
}

Result<void> ProcessModel::deletePipeline()
{
    if (auto ok = m_store.deletePipeline(m_pipelineId); !ok)
        return ok;
    if (auto ok = load(); !ok)
        return ok;
    Q_EMIT processChanged();
    return {};
}

Result<void> ProcessModel::showPipelineOf(const ProcessEdit &edit)
{
    // An undo shows what it takes back.
    if (edit.pipelineId != m_pipelineId) {
        if (auto ok = load(edit.pipelineId); !ok)
            return ok;
    }
    if (edit.pipelineId != m_pipelineId)
        return fail(tr("The pipeline this change was made to is gone."));
    return {};
}

Result<void> ProcessModel::replayed(const Result<void> &done, const ProcessEdit &edit)
{
    if (auto ok = changed(done); !ok)
        return ok;
    if (edit.kind == ProcessEdit::Kind::PipelineRenamed)
        Q_EMIT pipelinesChanged();
    return {};
}

Result<void> ProcessModel::undo(const ProcessEdit &edit)
{
    if (auto ok = showPipelineOf(edit); !ok)
        return ok;
    Result<void> done;
    switch (edit.kind) {
    case ProcessEdit::Kind::StageChanged:
        done = m_store.updateStage(edit.before);
        break;
    case ProcessEdit::Kind::StageAdded:
        done = m_store.deleteStage(edit.after.id);
        break;
    case ProcessEdit::Kind::StageRemoved:
        done = m_store.restoreStage(edit.before.id, edit.before.position, edit.movedOpportunities,
                                    edit.toStageId, m_actorId);
        break;
    case ProcessEdit::Kind::StagesReordered:
        done = m_store.reorderStages(edit.pipelineId, edit.orderBefore);
        break;
    case ProcessEdit::Kind::GuidanceChanged:
        done = m_store.setStageGuidance(edit.stageId, edit.activitiesBefore, edit.criteriaBefore);
        break;
    case ProcessEdit::Kind::PipelineRenamed:
        done = m_store.renamePipeline(edit.pipelineId, edit.nameBefore);
        break;
    }
    return replayed(done, edit);
}

Result<void> ProcessModel::redo(ProcessEdit &edit)
{
    if (auto ok = showPipelineOf(edit); !ok)
        return ok;
    Result<void> done;
    switch (edit.kind) {
    case ProcessEdit::Kind::StageChanged:
        done = m_store.updateStage(edit.after);
        break;
    case ProcessEdit::Kind::StageAdded:
        if (auto id = m_store.addStage(edit.after); !id)
            done = std::unexpected(id.error());
        break;
    case ProcessEdit::Kind::StageRemoved:
        if (auto moved = m_store.removeStage(edit.before.id, edit.toStageId, m_actorId))
            edit.movedOpportunities = *moved;
        else
            done = std::unexpected(moved.error());
        break;
    case ProcessEdit::Kind::StagesReordered:
        done = m_store.reorderStages(edit.pipelineId, edit.orderAfter);
        break;
    case ProcessEdit::Kind::GuidanceChanged:
        done = m_store.setStageGuidance(edit.stageId, edit.activitiesAfter, edit.criteriaAfter);
        break;
    case ProcessEdit::Kind::PipelineRenamed:
        done = m_store.renamePipeline(edit.pipelineId, edit.nameAfter);
        break;
    }
    return replayed(done, edit);
}

int ProcessModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ProcessModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case ActivityCountRole:
        return int(row.activities.size());
    case StageFindingsRole: {
        QStringList messages;
        for (const LintFinding &f : m_findings) {
            if (f.stage == index.row())
                messages.append(f.message);
        }
        return messages;
    }
    default:
        return stageData(row.stage, role);
    }
}

bool ProcessModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Stage s = m_rows.at(index.row()).stage;
    if (role == Qt::EditRole || role == StageNameRole)
        s.name = value.toString();
    else if (role == StageProbabilityRole)
        s.probability = value.toInt();
    else
        return false;
    if (auto ok = setStage(s); !ok) {
        Q_EMIT errorOccurred(ok.error().message);
        return false;
    }
    return true;
}

Qt::ItemFlags ProcessModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return QAbstractListModel::flags(index) | Qt::ItemIsEditable | Qt::ItemIsDragEnabled;
}

QStringList ProcessModel::mimeTypes() const
{
    return {QString::fromLatin1(mimeType)};
}

QMimeData *ProcessModel::mimeData(const QModelIndexList &indexes) const
{
    QByteArray encoded;
    QDataStream stream(&encoded, QIODevice::WriteOnly);
    for (const QModelIndex &index : indexes) {
        if (index.isValid())
            stream << m_rows.at(index.row()).stage.id;
    }
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(mimeType), encoded);
    return data;
}

bool ProcessModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                   const QModelIndex &) const
{
    return data && action == Qt::MoveAction && data->hasFormat(QString::fromLatin1(mimeType));
}

bool ProcessModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QDataStream stream(data->data(QString::fromLatin1(mimeType)));
    qint64 id = 0;
    stream >> id;
    const int from = rowOf(id);
    if (from < 0)
        return false;
    // Dropped on a stage: it takes that stage's place. Between stages: before the one below.
    const int before = row < 0 ? int(m_rows.size()) : row;
    const int to = parent.isValid()
                       ? parent.row()
                       : std::clamp(before > from ? before - 1 : before, 0, int(m_rows.size()) - 1);
    if (to == from)
        return false;
    if (auto ok = moveStage(from, to); !ok) {
        Q_EMIT errorOccurred(ok.error().message);
        return false;
    }
    // The row has moved already; the default removeRows, which the view calls after a move
    // drop, refuses and so leaves it alone.
    return true;
}

Qt::DropActions ProcessModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions ProcessModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

} // namespace Stageboard
