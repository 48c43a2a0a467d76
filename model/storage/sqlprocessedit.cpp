// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Editing the process: stages added, changed, reordered, removed and brought back, their
// checklists, and pipelines renamed or deleted. Every method is one transaction.
#include "storage/sqlprocessstore.h"
#include "storage/sqlutil.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QStringBuilder>

namespace Stageboard {

Result<void> SqlProcessStore::announceProcessChange()
{
    if (m_engine != Schema::Engine::Postgres)
        return {};
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT pg_notify('stageboard_deals', 'process')"));
    if (auto ok = exec(q); !ok)
        return failWith(tr("Cannot tell the others about the change"), ok.error());
    return {};
}

Result<QList<qint64>> SqlProcessStore::removeStage(qint64 stageId, qint64 toStageId, qint64 actorId)
{
    auto all = stages();
    if (!all)
        return std::unexpected(all.error());
    const auto find = [&all](qint64 id) -> const Stage * {
        for (const Stage &s : std::as_const(*all)) {
            if (s.id == id && !s.removed)
                return &s;
        }
        return nullptr;
    };
    const Stage *removed = find(stageId);
    const Stage *to = find(toStageId);
    if (!removed)
        return fail(tr("There is no stage %1 to remove.").arg(stageId));
    if (!to || to->pipelineId != removed->pipelineId || to->id == removed->id) {
        return fail(tr("The deals in \"%1\" must go to another stage of the same pipeline.")
                        .arg(removed->name));
    }
    const bool anotherOpen = std::any_of(all->cbegin(), all->cend(), [&](const Stage &s) {
        return !s.removed && s.pipelineId == removed->pipelineId && s.id != removed->id &&
               s.kind == StageKind::Open;
    });
    if (!anotherOpen) {
        return fail(tr("\"%1\" is the pipeline's only open stage; add another before removing "
                       "it.")
                        .arg(removed->name));
    }

    Transaction transaction(db());
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());
    QSqlQuery held(db());
    held.prepare(QStringLiteral("SELECT id FROM opportunities WHERE stage_id = ? ORDER BY id"));
    held.addBindValue(removed->id);
    if (auto ok = exec(held); !ok)
        return std::unexpected(failWith(tr("Cannot remove the stage"), ok.error()).error());
    QList<qint64> movedIds;
    while (held.next())
        movedIds.append(held.value(0).toLongLong());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString change = tr("Stage \"%1\" was removed from the process; its deals moved to "
                              "\"%2\".")
                               .arg(removed->name, to->name);
    // One ledger row per deal, as it is at the move, written by the database in one statement.
    QSqlQuery ledger(db());
    ledger.prepare(QStringLiteral(
        "INSERT INTO stage_history (opportunity_id, from_stage_id, to_stage_id, user_id, at, kind, "
        "amount, probability, close_date, process_change) SELECT id, stage_id, ?, ?, ?, 'moved', "
        "amount, COALESCE(probability, ?), close_date, ? FROM opportunities WHERE stage_id = ?"));
    ledger.addBindValue(to->id);
    ledger.addBindValue(nullableId(actorId));
    ledger.addBindValue(now);
    ledger.addBindValue(to->probability);
    ledger.addBindValue(change);
    ledger.addBindValue(removed->id);
    if (auto ok = exec(ledger); !ok)
        return std::unexpected(failWith(tr("Cannot remove the stage"), ok.error()).error());
    QSqlQuery move(db());
    move.prepare(QStringLiteral(
        "UPDATE opportunities SET stage_id = ?, entered_stage_at = ?, override_reason = '', "
        "updated_at = ?, version = version + 1 WHERE stage_id = ?"));
    move.addBindValue(to->id);
    move.addBindValue(now);
    move.addBindValue(now);
    move.addBindValue(removed->id);
    if (auto ok = exec(move); !ok)
        return std::unexpected(failWith(tr("Cannot remove the stage"), ok.error()).error());
    if (auto ok = refreshProgressInStage(to->id); !ok)
        return std::unexpected(ok.error());
    QSqlQuery mark(db());
    mark.prepare(QStringLiteral("UPDATE stages SET removed_at = ? WHERE id = ?"));
    mark.addBindValue(now);
    mark.addBindValue(removed->id);
    if (auto ok = exec(mark); !ok)
        return std::unexpected(failWith(tr("Cannot remove the stage"), ok.error()).error());
    // The stages after it close up.
    QSqlQuery close(db());
    close.prepare(QStringLiteral("UPDATE stages SET position = position - 1 WHERE pipeline_id = ? "
                                 "AND position > ? AND removed_at IS NULL"));
    close.addBindValue(removed->pipelineId);
    close.addBindValue(removed->position);
    if (auto ok = exec(close); !ok)
        return std::unexpected(failWith(tr("Cannot remove the stage"), ok.error()).error());
    if (auto ok = announceProcessChange(); !ok)
        return std::unexpected(ok.error());
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    return movedIds;
}

Result<void> SqlProcessStore::checkStage(const Stage &stage)
{
    const QString name = stage.name.trimmed();
    if (name.isEmpty())
        return fail(tr("A stage needs a name."));
    if (stage.probability < 0 || stage.probability > 100) {
        return fail(tr("Stage \"%1\": probability must be from 0 to 100, not %2.")
                        .arg(name, QString::number(stage.probability)));
    }
    if (stage.rotDays && (*stage.rotDays < 1 || *stage.rotDays > 3650)) {
        return fail(tr("Stage \"%1\": the age limit must be from 1 to 3650 days, not %2.")
                        .arg(name, QString::number(*stage.rotDays)));
    }
    QSqlQuery taken(db());
    taken.prepare(QStringLiteral("SELECT COUNT(*) FROM stages WHERE pipeline_id = ? AND id <> ? "
                                 "AND removed_at IS NULL AND lower(name) = lower(?)"));
    taken.addBindValue(stage.pipelineId);
    taken.addBindValue(stage.id);
    taken.addBindValue(name);
    if (auto ok = exec(taken); !ok || !taken.next())
        return failWith(tr("Cannot check the stage"), ok ? Error{} : ok.error());
    if (taken.value(0).toInt() > 0)
        return fail(tr("This pipeline already has a stage named \"%1\".").arg(name));
    return {};
}

Result<void> SqlProcessStore::updateStage(const Stage &stage)
{
    Transaction transaction(db());
    if (auto ok = transaction.begin(); !ok)
        return ok;
    if (auto ok = checkStage(stage); !ok)
        return ok;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE stages SET name = ?, definition = ?, goal = ?, owner_roles = "
                             "?, probability = ?, kind = ?, rot_days = ?, forecast_category = ?, "
                             "call_questions = ?, call_objections = ? "
                             "WHERE id = ? AND removed_at IS NULL"));
    q.addBindValue(stage.name.trimmed());
    q.addBindValue(text(stage.definition));
    q.addBindValue(text(stage.goal));
    q.addBindValue(text(joinRoleKeys(stage.ownerRoles)));
    q.addBindValue(stage.probability);
    q.addBindValue(stageKindKey(stage.kind));
    q.addBindValue(nullableInt(stage.rotDays));
    q.addBindValue(forecastCategoryKey(stage.forecastCategory));
    q.addBindValue(joinLines(stage.callQuestions));
    q.addBindValue(joinLines(stage.callObjections));
    q.addBindValue(stage.id);
    if (auto ok = exec(q); !ok)
        return failWith(tr("Cannot save the stage"), ok.error());
    if (q.numRowsAffected() != 1)
        return fail(tr("There is no stage %1 to save.").arg(stage.id));
    if (auto ok = storeOwnerTeams(stage.id, stage.ownerTeams); !ok)
        return ok;
    if (auto ok = announceProcessChange(); !ok)
        return ok;
    return transaction.commit();
}

Result<qint64> SqlProcessStore::addStage(const Stage &stage)
{
    Transaction transaction(db());
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());
    Stage s = stage;
    s.name = s.name.trimmed();
    if (auto ok = checkStage(s); !ok)
        return std::unexpected(ok.error());
    if (s.id) {
        QSqlQuery exists(db());
        exists.prepare(QStringLiteral("SELECT COUNT(*) FROM stages WHERE id = ?"));
        exists.addBindValue(s.id);
        if (auto ok = exec(exists); !ok || !exists.next())
            return std::unexpected(
                failWith(tr("Cannot add the stage"), ok ? Error{} : ok.error()).error());
        if (exists.value(0).toInt() > 0)
            return fail(tr("There is already a stage %1.").arg(s.id));
    }
    QSqlQuery count(db());
    count.prepare(QStringLiteral("SELECT COUNT(*) FROM stages WHERE pipeline_id = ? AND "
                                 "removed_at IS NULL"));
    count.addBindValue(s.pipelineId);
    if (auto ok = exec(count); !ok || !count.next())
        return std::unexpected(
            failWith(tr("Cannot add the stage"), ok ? Error{} : ok.error()).error());
    s.position = std::clamp(s.position, 0, count.value(0).toInt());
    QSqlQuery shift(db());
    shift.prepare(QStringLiteral("UPDATE stages SET position = position + 1 WHERE pipeline_id = ? "
                                 "AND position >= ? AND removed_at IS NULL"));
    shift.addBindValue(s.pipelineId);
    shift.addBindValue(s.position);
    if (auto ok = exec(shift); !ok)
        return std::unexpected(failWith(tr("Cannot add the stage"), ok.error()).error());
    auto id = insertStage(s.pipelineId, s);
    if (!id)
        return id;
    if (auto ok = announceProcessChange(); !ok)
        return std::unexpected(ok.error());
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    return id;
}

Result<void> SqlProcessStore::reorderStages(qint64 pipelineId, const QList<qint64> &stageIds)
{
    Transaction transaction(db());
    if (auto ok = transaction.begin(); !ok)
        return ok;
    QSqlQuery current(db());
    current.prepare(QStringLiteral("SELECT id FROM stages WHERE pipeline_id = ? AND removed_at IS "
                                   "NULL"));
    current.addBindValue(pipelineId);
    if (auto ok = exec(current); !ok)
        return failWith(tr("Cannot reorder the stages"), ok.error());
    QList<qint64> ids;
    while (current.next())
        ids.append(current.value(0).toLongLong());
    QList<qint64> wanted = stageIds;
    std::sort(ids.begin(), ids.end());
    std::sort(wanted.begin(), wanted.end());
    if (ids != wanted)
        return fail(tr("The new order must name every stage of the pipeline once."));
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE stages SET position = ? WHERE id = ?"));
    for (int i = 0; i < stageIds.size(); ++i) {
        q.addBindValue(i);
        q.addBindValue(stageIds.at(i));
        if (auto ok = exec(q); !ok)
            return failWith(tr("Cannot reorder the stages"), ok.error());
    }
    if (auto ok = announceProcessChange(); !ok)
        return ok;
    return transaction.commit();
}

Result<void> SqlProcessStore::setStageGuidance(qint64 stageId, const QList<Activity> &activities,
                                               const QList<ExitCriterion> &criteria)
{
    for (const Activity &a : activities) {
        if (a.text.trimmed().isEmpty())
            return fail(tr("A recommended activity needs a text."));
    }
    for (const ExitCriterion &c : criteria) {
        if (c.text.trimmed().isEmpty())
            return fail(tr("An exit criterion needs a text."));
    }
    Transaction transaction(db());
    if (auto ok = transaction.begin(); !ok)
        return ok;
    const auto saved = [&]() -> Result<void> {
        if (auto ok = dropGuidanceNotKept(stageId, activities, criteria); !ok)
            return ok;
        if (auto ok = saveActivities(stageId, activities); !ok)
            return ok;
        return saveCriteria(stageId, criteria);
    }();
    if (!saved)
        return failWith(tr("Cannot save the checklist of the stage"), saved.error());
    if (auto ok = refreshProgressInStage(stageId); !ok)
        return ok;
    if (auto ok = announceProcessChange(); !ok)
        return ok;
    return transaction.commit();
}

Result<void> SqlProcessStore::dropGuidanceNotKept(qint64 stageId, const QList<Activity> &activities,
                                                  const QList<ExitCriterion> &criteria)
{
    // The items the stage has now; the ones not kept go, with their ticks or answers. The
    // table names below are fixed pairs, never user text.
    struct Table
    {
        const char *items;
        const char *checks;
        const char *itemColumn;
        QList<qint64> kept;
    };
    Table tables[] = {{"stage_activities", "activity_checks", "activity_id", {}},
                      {"exit_criteria", "criterion_checks", "criterion_id", {}}};
    for (const Activity &a : activities)
        tables[0].kept.append(a.id);
    for (const ExitCriterion &c : criteria)
        tables[1].kept.append(c.id);
    for (const Table &t : tables) {
        QSqlQuery existing(db());
        existing.prepare(QStringLiteral("SELECT id FROM ") % QLatin1StringView(t.items) %
                         QStringLiteral(" WHERE stage_id = ?"));
        existing.addBindValue(stageId);
        if (auto ok = exec(existing); !ok)
            return ok;
        QList<qint64> gone;
        while (existing.next()) {
            if (!t.kept.contains(existing.value(0).toLongLong()))
                gone.append(existing.value(0).toLongLong());
        }
        for (const qint64 id : std::as_const(gone)) {
            for (const QString &sql :
                 QStringList{QStringLiteral("DELETE FROM ") % QLatin1StringView(t.checks) %
                                 QStringLiteral(" WHERE ") % QLatin1StringView(t.itemColumn) %
                                 QStringLiteral(" = ?"),
                             QStringLiteral("DELETE FROM ") % QLatin1StringView(t.items) %
                                 QStringLiteral(" WHERE id = ?")}) {
                QSqlQuery remove(db());
                remove.prepare(sql);
                remove.addBindValue(id);
                if (auto ok = exec(remove); !ok)
                    return ok;
            }
        }
    }
    return {};
}

Result<void> SqlProcessStore::saveActivities(qint64 stageId, const QList<Activity> &activities)
{
    QSqlQuery updateActivity(db());
    updateActivity.prepare(QStringLiteral(
        "UPDATE stage_activities SET position = ?, text = ?, engagement_kind = ? WHERE id = ? AND "
        "stage_id = ?"));
    QSqlQuery insertActivity(db());
    insertActivity.prepare(QStringLiteral("INSERT INTO stage_activities (position, text, "
                                          "engagement_kind, stage_id) VALUES (?, ?, ?, ?)"));
    // An item with an id the stage no longer has (an undo bringing back a deleted one) is
    // inserted again with that id, so the steps after it on the undo stack still find it.
    QSqlQuery restoreActivity(db());
    restoreActivity.prepare(QStringLiteral(
        "INSERT INTO stage_activities (position, text, engagement_kind, id, stage_id) VALUES (?, "
        "?, ?, ?, ?)"));
    for (int i = 0; i < activities.size(); ++i) {
        const Activity &a = activities.at(i);
        for (QSqlQuery *q : {a.id ? &updateActivity : &insertActivity, &restoreActivity}) {
            q->addBindValue(i);
            q->addBindValue(a.text.trimmed());
            q->addBindValue(engagementKindValue(a.engagementKind));
            if (a.id)
                q->addBindValue(a.id);
            q->addBindValue(stageId);
            if (auto ok = exec(*q); !ok)
                return ok;
            if (!a.id || q->numRowsAffected() > 0)
                break;
        }
    }
    return {};
}

Result<void> SqlProcessStore::saveCriteria(qint64 stageId, const QList<ExitCriterion> &criteria)
{
    QSqlQuery updateCriterion(db());
    updateCriterion.prepare(QStringLiteral(
        "UPDATE exit_criteria SET position = ?, text = ?, required = ?, knock_out = ?, rule = ?, "
        "signoff_role_id = ?, signoff_min_amount = ?, signoff_reopen_on = ?, signoff_not_own = ? "
        "WHERE id = ? AND stage_id = ?"));
    QSqlQuery insertCriterion(db());
    insertCriterion.prepare(
        QStringLiteral("INSERT INTO exit_criteria (position, text, required, knock_out, rule, ") %
        signOffColumns % QStringLiteral(", stage_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    // As for activities: an id the stage no longer has is inserted again with that id.
    QSqlQuery restoreCriterion(db());
    restoreCriterion.prepare(
        QStringLiteral("INSERT INTO exit_criteria (position, text, required, knock_out, rule, ") %
        signOffColumns %
        QStringLiteral(", id, stage_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < criteria.size(); ++i) {
        const ExitCriterion &c = criteria.at(i);
        for (QSqlQuery *q : {c.id ? &updateCriterion : &insertCriterion, &restoreCriterion}) {
            q->addBindValue(i);
            q->addBindValue(c.text.trimmed());
            q->addBindValue(c.required ? 1 : 0);
            q->addBindValue(c.knockOut ? 1 : 0);
            q->addBindValue(text(c.rule));
            if (auto ok = bindSignOff(*q, c.signOff); !ok)
                return ok;
            if (c.id)
                q->addBindValue(c.id);
            q->addBindValue(stageId);
            if (auto ok = exec(*q); !ok)
                return ok;
            if (!c.id || q->numRowsAffected() > 0)
                break;
        }
    }
    return {};
}

Result<void> SqlProcessStore::restoreStage(qint64 stageId, int position,
                                           const QList<qint64> &dealIds, qint64 toStageId,
                                           qint64 actorId)
{
    auto all = stages();
    if (!all)
        return std::unexpected(all.error());
    const auto found = std::find_if(all->cbegin(), all->cend(),
                                    [stageId](const Stage &s) { return s.id == stageId; });
    if (found == all->cend() || !found->removed)
        return fail(tr("There is no removed stage %1 to bring back.").arg(stageId));
    const Stage restored = *found;
    const qint64 open = std::count_if(all->cbegin(), all->cend(), [&](const Stage &s) {
        return !s.removed && s.pipelineId == restored.pipelineId;
    });
    Transaction transaction(db());
    if (auto ok = transaction.begin(); !ok)
        return ok;
    const auto failed = [this](const Error &e) {
        return failWith(tr("Cannot bring the stage back"), e);
    };
    const int at = std::clamp(position, 0, int(open));
    QSqlQuery shift(db());
    shift.prepare(QStringLiteral("UPDATE stages SET position = position + 1 WHERE pipeline_id = ? "
                                 "AND position >= ? AND removed_at IS NULL"));
    shift.addBindValue(restored.pipelineId);
    shift.addBindValue(at);
    if (auto ok = exec(shift); !ok)
        return failed(ok.error());
    QSqlQuery back(db());
    back.prepare(QStringLiteral("UPDATE stages SET removed_at = NULL, position = ? WHERE id = ?"));
    back.addBindValue(at);
    back.addBindValue(stageId);
    if (auto ok = exec(back); !ok)
        return failed(ok.error());
    // Only the deals still where the removal sent them come back: one moved on since stays.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString change =
        tr("Stage \"%1\" was put back into the process; its deals moved back.").arg(restored.name);
    QSqlQuery ledger(db());
    ledger.prepare(QStringLiteral(
        "INSERT INTO stage_history (opportunity_id, from_stage_id, to_stage_id, user_id, at, kind, "
        "amount, probability, close_date, process_change) SELECT id, stage_id, ?, ?, ?, 'moved', "
        "amount, COALESCE(probability, ?), close_date, ? FROM opportunities WHERE id = ? AND "
        "stage_id = ?"));
    QSqlQuery move(db());
    move.prepare(QStringLiteral(
        "UPDATE opportunities SET stage_id = ?, entered_stage_at = ?, override_reason = '', "
        "updated_at = ?, version = version + 1 WHERE id = ? AND "
        "stage_id = ?"));
    for (const qint64 id : dealIds) {
        ledger.addBindValue(stageId);
        ledger.addBindValue(nullableId(actorId));
        ledger.addBindValue(now);
        ledger.addBindValue(restored.probability);
        ledger.addBindValue(change);
        ledger.addBindValue(id);
        ledger.addBindValue(toStageId);
        if (auto ok = exec(ledger); !ok)
            return failed(ok.error());
        move.addBindValue(stageId);
        move.addBindValue(now);
        move.addBindValue(now);
        move.addBindValue(id);
        move.addBindValue(toStageId);
        if (auto ok = exec(move); !ok)
            return failed(ok.error());
    }
    for (const qint64 stage : {stageId, toStageId}) {
        if (auto ok = refreshProgressInStage(stage); !ok)
            return ok;
    }
    if (auto ok = announceProcessChange(); !ok)
        return ok;
    return transaction.commit();
}

Result<void> SqlProcessStore::deleteStage(qint64 stageId)
{
    Transaction transaction(db());
    if (auto ok = transaction.begin(); !ok)
        return ok;
    const auto failed = [this](const Error &e) {
        return failWith(tr("Cannot delete the stage"), e);
    };
    QSqlQuery used(db());
    used.prepare(QStringLiteral(
        "SELECT (SELECT COUNT(*) FROM opportunities WHERE stage_id = ?) + (SELECT COUNT(*) FROM "
        "stage_history WHERE to_stage_id = ? OR from_stage_id = ?), (SELECT pipeline_id FROM "
        "stages WHERE id = ?), (SELECT position FROM stages WHERE id = ? AND removed_at IS NULL)"));
    for (int i = 0; i < 5; ++i)
        used.addBindValue(stageId);
    if (auto ok = exec(used); !ok || !used.next())
        return failed(ok ? Error{} : ok.error());
    if (used.value(1).isNull())
        return fail(tr("There is no stage %1 to delete.").arg(stageId));
    if (used.value(0).toLongLong() > 0) {
        return fail(tr("This stage has held deals, so the ledger needs it: remove it from the "
                       "process instead."));
    }
    const qint64 pipelineId = used.value(1).toLongLong();
    const QVariant position = used.value(2);
    for (const QString &sql : {QStringLiteral("DELETE FROM stage_activities WHERE stage_id = ?"),
                               QStringLiteral("DELETE FROM exit_criteria WHERE stage_id = ?"),
                               QStringLiteral("DELETE FROM stage_owner_teams WHERE stage_id = ?"),
                               QStringLiteral("DELETE FROM stages WHERE id = ?")}) {
        QSqlQuery q(db());
        q.prepare(sql);
        q.addBindValue(stageId);
        if (auto ok = exec(q); !ok)
            return failed(ok.error());
    }
    if (!position.isNull()) {
        QSqlQuery close(db());
        close.prepare(QStringLiteral("UPDATE stages SET position = position - 1 WHERE "
                                     "pipeline_id = ? AND position > ? AND removed_at IS NULL"));
        close.addBindValue(pipelineId);
        close.addBindValue(position.toInt());
        if (auto ok = exec(close); !ok)
            return failed(ok.error());
    }
    if (auto ok = announceProcessChange(); !ok)
        return ok;
    return transaction.commit();
}

Result<void> SqlProcessStore::renamePipeline(qint64 pipelineId, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return fail(tr("A pipeline needs a name."));
    Transaction transaction(db());
    if (auto ok = transaction.begin(); !ok)
        return ok;
    QSqlQuery taken(db());
    taken.prepare(
        QStringLiteral("SELECT COUNT(*) FROM pipelines WHERE lower(name) = lower(?) AND id <> ?"));
    taken.addBindValue(trimmed);
    taken.addBindValue(pipelineId);
    if (auto ok = exec(taken); !ok || !taken.next())
        return failWith(tr("Cannot rename the pipeline"), ok ? Error{} : ok.error());
    if (taken.value(0).toInt() > 0)
        return fail(tr("There is already a pipeline named \"%1\".").arg(trimmed));
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE pipelines SET name = ? WHERE id = ?"));
    q.addBindValue(trimmed);
    q.addBindValue(pipelineId);
    if (auto ok = exec(q); !ok)
        return failWith(tr("Cannot rename the pipeline"), ok.error());
    if (q.numRowsAffected() != 1)
        return fail(tr("There is no pipeline %1 to rename.").arg(pipelineId));
    if (auto ok = announceProcessChange(); !ok)
        return ok;
    return transaction.commit();
}

Result<void> SqlProcessStore::deletePipeline(qint64 pipelineId)
{
    Transaction transaction(db());
    if (auto ok = transaction.begin(); !ok)
        return ok;
    const auto failed = [this](const Error &e) {
        return failWith(tr("Cannot delete the pipeline"), e);
    };
    QSqlQuery used(db());
    used.prepare(QStringLiteral(
        "SELECT (SELECT COUNT(*) FROM opportunities o JOIN stages s ON s.id = o.stage_id WHERE "
        "s.pipeline_id = ?) + (SELECT COUNT(*) FROM stage_history h JOIN stages s ON s.id = "
        "h.to_stage_id WHERE s.pipeline_id = ?), (SELECT COUNT(*) FROM pipelines)"));
    used.addBindValue(pipelineId);
    used.addBindValue(pipelineId);
    if (auto ok = exec(used); !ok || !used.next())
        return failed(ok ? Error{} : ok.error());
    if (used.value(0).toLongLong() > 0) {
        return fail(tr("This pipeline has held deals, and the ledger needs its stages; it "
                       "cannot be deleted."));
    }
    if (used.value(1).toLongLong() < 2)
        return fail(tr("The last pipeline cannot be deleted."));
    for (const QString &sql :
         {QStringLiteral("DELETE FROM stage_activities WHERE stage_id IN (SELECT id FROM stages "
                         "WHERE pipeline_id = ?)"),
          QStringLiteral("DELETE FROM exit_criteria WHERE stage_id IN (SELECT id FROM stages "
                         "WHERE pipeline_id = ?)"),
          QStringLiteral("DELETE FROM stage_owner_teams WHERE stage_id IN (SELECT id FROM "
                         "stages WHERE pipeline_id = ?)"),
          QStringLiteral("DELETE FROM stages WHERE pipeline_id = ?"),
          QStringLiteral("DELETE FROM pipelines WHERE id = ?")}) {
        QSqlQuery q(db());
        q.prepare(sql);
        q.addBindValue(pipelineId);
        if (auto ok = exec(q); !ok)
            return failed(ok.error());
    }
    if (auto ok = announceProcessChange(); !ok)
        return ok;
    return transaction.commit();
}

} // namespace Stageboard
