// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the process and adding pipelines; the edits of a stage are in sqlprocessedit.cpp.
#include "storage/sqlprocessstore.h"

#include "process/processdefinition.h"
#include "storage/sqlutil.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QStringBuilder>

namespace Stageboard {

namespace {

QList<UserRole> splitRoles(const QString &text)
{
    QList<UserRole> roles;
    for (const QString &key : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (auto role = userRoleFromKey(key))
            roles.append(*role);
    }
    return roles;
}

QString closeKindKey(StageKind kind)
{
    return kind == StageKind::Won ? QStringLiteral("won") : QStringLiteral("lost");
}

} // namespace

Result<void> SqlProcessStore::seedDefaultProcess()
{
    // The first pipeline (schema step 5 made it) is the default process's.
    const ProcessDefinition process = ProcessDefinition::defaultProcess();
    QSqlQuery first(db());
    if (auto ok = exec(first, QStringLiteral("SELECT MIN(id) FROM pipelines"));
        !ok || !first.next())
        return failWith(tr("Cannot store the default process"), ok ? Error{} : ok.error());
    const qint64 pipelineId = first.value(0).toLongLong();
    QSqlQuery name(db());
    name.prepare(QStringLiteral("UPDATE pipelines SET name = ? WHERE id = ?"));
    name.addBindValue(process.name);
    name.addBindValue(pipelineId);
    if (auto ok = exec(name); !ok)
        return failWith(tr("Cannot store the default process"), ok.error());
    for (const StageDefinition &definition : process.stages) {
        if (auto ok = insertStage(pipelineId, definition.stage); !ok)
            return std::unexpected(ok.error());
    }
    // A new database's roles read in the language of its process.
    for (const TeamRole &r : process.roles) {
        if (auto ok = ensureTeamRole(r); !ok)
            return std::unexpected(ok.error());
        QSqlQuery describe(db());
        describe.prepare(
            QStringLiteral("UPDATE team_roles SET description = ? WHERE lower(name) = lower(?)"));
        describe.addBindValue(text(r.description));
        describe.addBindValue(r.name);
        if (auto ok = exec(describe); !ok)
            return failWith(tr("Cannot store the default process"), ok.error());
    }
    return seedGuidance(process);
}

Result<qint64> SqlProcessStore::insertStage(qint64 pipelineId, const Stage &s)
{
    QSqlQuery q(db());
    // A stage brought back (the redo of an addition) keeps its id, which the sequence has
    // already handed out, so later stages never collide with it.
    const QString columns = QStringLiteral("position, name, definition, goal, owner_roles, "
                                           "probability, kind, rot_days, forecast_category, "
                                           "pipeline_id, call_questions, call_objections");
    const QString values = QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?");
    if (s.id) {
        prepareInsert(q, QStringLiteral("INSERT INTO stages (id, ") + columns +
                             QStringLiteral(") VALUES (?, ") + values +
                             QStringLiteral(") RETURNING id"));
        q.addBindValue(s.id);
    } else {
        prepareInsert(q, QStringLiteral("INSERT INTO stages (") + columns +
                             QStringLiteral(") VALUES (") + values +
                             QStringLiteral(") RETURNING id"));
    }
    q.addBindValue(s.position);
    q.addBindValue(text(s.name));
    q.addBindValue(text(s.definition));
    q.addBindValue(text(s.goal));
    q.addBindValue(text(joinRoleKeys(s.ownerRoles)));
    q.addBindValue(s.probability);
    q.addBindValue(stageKindKey(s.kind));
    q.addBindValue(nullableInt(s.rotDays));
    q.addBindValue(forecastCategoryKey(s.forecastCategory));
    q.addBindValue(pipelineId);
    q.addBindValue(joinLines(s.callQuestions));
    q.addBindValue(joinLines(s.callObjections));
    auto id = insertReturningId(q);
    if (!id)
        return std::unexpected(
            failWith(tr("Cannot store the stage \"%1\"").arg(s.name), id.error()).error());
    if (auto ok = storeOwnerTeams(*id, s.ownerTeams); !ok)
        return std::unexpected(ok.error());
    return id;
}

Result<void> SqlProcessStore::storeOwnerTeams(qint64 stageId, const QStringList &names)
{
    QSqlQuery clear(db());
    clear.prepare(QStringLiteral("DELETE FROM stage_owner_teams WHERE stage_id = ?"));
    clear.addBindValue(stageId);
    if (auto ok = exec(clear); !ok)
        return failWith(tr("Cannot store the roles owning the stage"), ok.error());
    QList<qint64> stored;
    QSqlQuery add(db());
    add.prepare(QStringLiteral("INSERT INTO stage_owner_teams (stage_id, role_id) VALUES (?, ?)"));
    for (const QString &name : names) {
        if (name.trimmed().isEmpty())
            continue;
        const auto roleId = ensureTeamRole(TeamRole{0, name});
        if (!roleId)
            return std::unexpected(roleId.error());
        if (stored.contains(*roleId))
            continue;
        stored.append(*roleId);
        add.addBindValue(stageId);
        add.addBindValue(*roleId);
        if (auto ok = exec(add); !ok)
            return failWith(tr("Cannot store the roles owning the stage"), ok.error());
    }
    return {};
}

Result<void> SqlProcessStore::insertGuidance(qint64 stageId, const StageDefinition &definition)
{
    QSqlQuery activity(db());
    activity.prepare(QStringLiteral("INSERT INTO stage_activities (stage_id, position, text, "
                                    "engagement_kind) VALUES (?, ?, ?, ?)"));
    for (int i = 0; i < definition.activities.size(); ++i) {
        activity.addBindValue(stageId);
        activity.addBindValue(i);
        activity.addBindValue(text(definition.activities[i]));
        const auto type = definition.activityTypes.constFind(i);
        activity.addBindValue(engagementKindValue(
            type == definition.activityTypes.cend() ? std::nullopt : std::optional(*type)));
        if (auto ok = exec(activity); !ok)
            return failWith(tr("Cannot store the stage guidance"), ok.error());
    }
    QSqlQuery criterion(db());
    criterion.prepare(QStringLiteral("INSERT INTO exit_criteria (stage_id, position, text, "
                                     "required, knock_out, rule, ") %
                      signOffColumns % QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const ExitCriterion &c : definition.exitCriteria) {
        criterion.addBindValue(stageId);
        criterion.addBindValue(c.position);
        criterion.addBindValue(text(c.text));
        criterion.addBindValue(c.required ? 1 : 0);
        criterion.addBindValue(c.knockOut ? 1 : 0);
        criterion.addBindValue(text(c.rule));
        if (auto ok = bindSignOff(criterion, c.signOff); !ok)
            return ok;
        if (auto ok = exec(criterion); !ok)
            return failWith(tr("Cannot store the exit criteria"), ok.error());
    }
    return {};
}

const QString SqlProcessStore::signOffColumns =
    QStringLiteral("signoff_role_id, signoff_min_amount, signoff_reopen_on, signoff_not_own");

Result<void> SqlProcessStore::bindSignOff(QSqlQuery &q, const std::optional<SignOff> &signOff)
{
    if (!signOff) {
        q.addBindValue(QVariant(QMetaType(QMetaType::LongLong)));
        q.addBindValue(QVariant(QMetaType(QMetaType::LongLong)));
        q.addBindValue(QString(QLatin1StringView("")));
        q.addBindValue(0);
        return {};
    }
    auto roleId = teamRoleId(*signOff);
    if (!roleId)
        return std::unexpected(roleId.error());
    q.addBindValue(*roleId);
    q.addBindValue(signOff->minAmount ? QVariant(*signOff->minAmount)
                                      : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(text(signOff->reopenOn.join(QLatin1Char(','))));
    q.addBindValue(signOff->notOwnDeal ? 1 : 0);
    return {};
}

Result<qint64> SqlProcessStore::teamRoleId(const SignOff &signOff)
{
    if (signOff.roleId) {
        QSqlQuery known(db());
        known.prepare(QStringLiteral("SELECT id FROM team_roles WHERE id = ?"));
        known.addBindValue(signOff.roleId);
        if (auto ok = exec(known); !ok)
            return std::unexpected(failWith(tr("Cannot read the roles"), ok.error()).error());
        if (known.next())
            return signOff.roleId;
    }
    return ensureTeamRole(TeamRole{0, signOff.role});
}

Result<qint64> SqlProcessStore::ensureTeamRole(const TeamRole &role)
{
    const QString name = role.name.trimmed();
    if (name.isEmpty())
        return fail(tr("A sign-off needs the name of the role that gives it."));
    QSqlQuery named(db());
    named.prepare(QStringLiteral("SELECT id FROM team_roles WHERE lower(name) = lower(?)"));
    named.addBindValue(name);
    if (auto ok = exec(named); !ok)
        return std::unexpected(failWith(tr("Cannot read the roles"), ok.error()).error());
    if (named.next())
        return named.value(0).toLongLong();
    QSqlQuery add(db());
    prepareInsert(add, QStringLiteral("INSERT INTO team_roles (name, description) VALUES (?, ?) "
                                      "RETURNING id"));
    add.addBindValue(name);
    add.addBindValue(text(role.description.trimmed()));
    auto id = insertReturningId(add);
    if (!id) {
        return std::unexpected(
            failWith(tr("Cannot add the role \"%1\"").arg(name), id.error()).error());
    }
    return id;
}

Result<void> SqlProcessStore::ensureTeamRoles(const QList<TeamRole> &roles)
{
    for (const TeamRole &r : roles) {
        if (auto ok = ensureTeamRole(r); !ok)
            return std::unexpected(ok.error());
    }
    return {};
}

Result<void> SqlProcessStore::signingRoles(ProcessDefinition &process,
                                           const QList<ExitCriterion> &criteria,
                                           const QList<Stage> &stages, qint64 pipelineId)
{
    QList<qint64> used;
    for (const ExitCriterion &c : criteria) {
        const bool inPipeline = std::any_of(stages.cbegin(), stages.cend(), [&](const Stage &s) {
            return s.id == c.stageId && s.pipelineId == pipelineId && !s.removed;
        });
        if (inPipeline && c.signOff && !used.contains(c.signOff->roleId))
            used.append(c.signOff->roleId);
    }
    QStringList owning;
    for (const Stage &s : stages) {
        if (s.pipelineId == pipelineId && !s.removed)
            owning.append(s.ownerTeams);
    }
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (auto ok = exec(q, QStringLiteral("SELECT id, name, description FROM team_roles ORDER BY "
                                         "name"));
        !ok) {
        return failWith(tr("Cannot read the roles"), ok.error());
    }
    while (q.next()) {
        if (used.contains(q.value(0).toLongLong()) || owning.contains(q.value(1).toString()))
            process.roles.append(
                TeamRole{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    }
    return {};
}

Result<void> SqlProcessStore::seedGuidance(const ProcessDefinition &process)
{
    auto stored = stages();
    if (!stored)
        return std::unexpected(stored.error());
    QSqlQuery count(db());
    count.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM stage_activities WHERE stage_id = "
                                 "?) + (SELECT COUNT(*) FROM exit_criteria WHERE stage_id = ?)"));
    for (const StageDefinition &definition : process.stages) {
        const auto stage = std::find_if(stored->cbegin(), stored->cend(), [&](const Stage &s) {
            return s.name == definition.stage.name;
        });
        if (stage == stored->cend())
            continue;
        count.addBindValue(stage->id);
        count.addBindValue(stage->id);
        if (auto ok = exec(count); !ok || !count.next())
            return failWith(tr("Cannot read the stage guidance"), ok ? Error{} : ok.error());
        const bool hasGuidance = count.value(0).toInt() > 0;
        count.finish();
        if (hasGuidance)
            continue;
        if (auto ok = insertGuidance(stage->id, definition); !ok)
            return ok;
    }
    for (StageKind kind : {StageKind::Won, StageKind::Lost}) {
        auto existing = closeReasons(kind);
        if (!existing)
            return std::unexpected(existing.error());
        if (!existing->isEmpty())
            continue;
        for (const QString &reason :
             kind == StageKind::Won ? process.wonReasons : process.lostReasons) {
            if (auto ok = addCloseReason(kind, reason); !ok)
                return ok;
        }
    }
    return {};
}

Result<qint64> SqlProcessStore::addPipeline(const ProcessDefinition &process)
{
    Transaction transaction(db());
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());
    QSqlQuery taken(db());
    taken.prepare(QStringLiteral("SELECT COUNT(*) FROM pipelines WHERE lower(name) = lower(?)"));
    taken.addBindValue(process.name.trimmed());
    if (auto ok = exec(taken); !ok || !taken.next())
        return std::unexpected(
            failWith(tr("Cannot add the pipeline"), ok ? Error{} : ok.error()).error());
    if (taken.value(0).toInt() > 0) {
        return fail(tr("There is already a pipeline named \"%1\"; rename it, or the one to add, "
                       "first.")
                        .arg(process.name.trimmed()));
    }
    QSqlQuery add(db());
    prepareInsert(add, QStringLiteral("INSERT INTO pipelines (position, name) VALUES ((SELECT "
                                      "COALESCE(MAX(position), -1) + 1 FROM pipelines), ?) "
                                      "RETURNING id"));
    add.addBindValue(process.name.trimmed());
    const auto pipelineId = insertReturningId(add);
    if (!pipelineId)
        return std::unexpected(failWith(tr("Cannot add the pipeline"), pipelineId.error()).error());
    if (auto ok = ensureTeamRoles(process.roles); !ok)
        return std::unexpected(ok.error());
    for (int i = 0; i < process.stages.size(); ++i) {
        Stage stage = process.stages.at(i).stage;
        stage.id = 0;
        stage.position = i;
        const auto stageId = insertStage(*pipelineId, stage);
        if (!stageId)
            return std::unexpected(stageId.error());
        if (auto ok = insertGuidance(*stageId, process.stages.at(i)); !ok)
            return std::unexpected(ok.error());
    }
    for (StageKind kind : {StageKind::Won, StageKind::Lost}) {
        for (const QString &reason :
             kind == StageKind::Won ? process.wonReasons : process.lostReasons) {
            if (auto ok = addCloseReason(kind, reason); !ok)
                return std::unexpected(ok.error());
        }
    }
    if (auto ok = announceProcessChange(); !ok)
        return std::unexpected(ok.error());
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    return *pipelineId;
}

Result<ProcessDefinition> SqlProcessStore::processDefinition(qint64 pipelineId)
{
    auto all = pipelines();
    if (!all)
        return std::unexpected(all.error());
    const auto pipeline =
        std::find_if(all->cbegin(), all->cend(),
                     [pipelineId](const SalesPipeline &p) { return p.id == pipelineId; });
    if (pipeline == all->cend())
        return fail(tr("There is no pipeline %1.").arg(pipelineId));
    auto stored = stages();
    auto storedActivities = activities();
    auto storedCriteria = exitCriteria();
    auto won = closeReasons(StageKind::Won);
    auto lost = closeReasons(StageKind::Lost);
    for (const Error *e : {stored ? nullptr : &stored.error(),
                           storedActivities ? nullptr : &storedActivities.error(),
                           storedCriteria ? nullptr : &storedCriteria.error(),
                           won ? nullptr : &won.error(), lost ? nullptr : &lost.error()}) {
        if (e)
            return std::unexpected(*e);
    }
    ProcessDefinition process;
    process.name = pipeline->name;
    if (auto ok = signingRoles(process, *storedCriteria, *stored, pipelineId); !ok)
        return std::unexpected(ok.error());
    process.wonReasons = *won;
    process.lostReasons = *lost;
    for (const Stage &s : std::as_const(*stored)) {
        if (s.pipelineId != pipelineId || s.removed)
            continue;
        StageDefinition definition;
        definition.stage = s;
        definition.stage.position = int(process.stages.size());
        for (const Activity &a : std::as_const(*storedActivities)) {
            if (a.stageId != s.id)
                continue;
            if (a.engagementKind)
                definition.activityTypes.insert(int(definition.activities.size()),
                                                *a.engagementKind);
            definition.activities.append(a.text);
        }
        for (const ExitCriterion &c : std::as_const(*storedCriteria)) {
            if (c.stageId == s.id)
                definition.exitCriteria.append(c);
        }
        process.stages.append(definition);
    }
    return process;
}

Result<QList<SalesPipeline>> SqlProcessStore::pipelines()
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (auto ok = exec(q, QStringLiteral("SELECT id, position, name FROM pipelines "
                                         "ORDER BY position, id"));
        !ok) {
        return std::unexpected(failWith(tr("Cannot read the pipelines"), ok.error()).error());
    }
    QList<SalesPipeline> result;
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString()});
    return result;
}

Result<QList<Stage>> SqlProcessStore::stages()
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (auto ok = exec(q, QStringLiteral("SELECT s.id, s.position, s.name, s.definition, s.goal, "
                                         "s.owner_roles, s.probability, s.kind, s.rot_days, "
                                         "s.forecast_category, s.pipeline_id, "
                                         "s.removed_at IS NOT NULL, s.call_questions, "
                                         "s.call_objections FROM stages s "
                                         "JOIN pipelines p ON p.id = s.pipeline_id "
                                         "ORDER BY p.position, p.id, s.position, s.id"));
        !ok) {
        return std::unexpected(failWith(tr("Cannot read the stages"), ok.error()).error());
    }
    QList<Stage> result;
    while (q.next()) {
        Stage s;
        s.id = q.value(0).toLongLong();
        s.position = q.value(1).toInt();
        s.name = q.value(2).toString();
        s.definition = q.value(3).toString();
        s.goal = q.value(4).toString();
        s.ownerRoles = splitRoles(q.value(5).toString());
        s.probability = q.value(6).toInt();
        s.kind = stageKindFromKey(q.value(7).toString()).value_or(StageKind::Open);
        if (!q.value(8).isNull())
            s.rotDays = q.value(8).toInt();
        s.forecastCategory = forecastCategoryFromKey(q.value(9).toString())
                                 .value_or(defaultForecastCategory(s.kind, s.probability));
        s.pipelineId = q.value(10).toLongLong();
        s.removed = q.value(11).toBool();
        s.callQuestions = splitLines(q.value(12).toString());
        s.callObjections = splitLines(q.value(13).toString());
        result.append(s);
    }
    // Each stage's owning roles, in one query for all of them.
    QSqlQuery owners(db());
    owners.setForwardOnly(true);
    if (auto ok = exec(owners, QStringLiteral("SELECT o.stage_id, r.name FROM stage_owner_teams o "
                                              "JOIN team_roles r ON r.id = o.role_id "
                                              "ORDER BY o.stage_id, r.name"));
        !ok) {
        return std::unexpected(failWith(tr("Cannot read the stages"), ok.error()).error());
    }
    QHash<qint64, QStringList> teams;
    while (owners.next())
        teams[owners.value(0).toLongLong()].append(owners.value(1).toString());
    for (Stage &s : result)
        s.ownerTeams = teams.value(s.id);
    return result;
}

Result<QList<Activity>> SqlProcessStore::activities()
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (auto ok = exec(q, QStringLiteral("SELECT id, stage_id, position, text, engagement_kind "
                                         "FROM stage_activities ORDER BY stage_id, position, id"));
        !ok) {
        return std::unexpected(failWith(tr("Cannot read the activities"), ok.error()).error());
    }
    QList<Activity> result;
    while (q.next()) {
        result.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(),
                       q.value(3).toString(), engagementKindFromKey(q.value(4).toString())});
    }
    return result;
}

Result<QList<ExitCriterion>> SqlProcessStore::exitCriteria()
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (auto ok =
            exec(q, QStringLiteral("SELECT c.id, c.stage_id, c.position, c.text, c.required, "
                                   "c.signoff_role_id, r.name, c.signoff_min_amount, "
                                   "c.signoff_reopen_on, c.signoff_not_own, c.knock_out, c.rule "
                                   "FROM exit_criteria c LEFT JOIN team_roles r ON r.id = "
                                   "c.signoff_role_id ORDER BY c.stage_id, c.position, c.id"));
        !ok) {
        return std::unexpected(failWith(tr("Cannot read the exit criteria"), ok.error()).error());
    }
    QList<ExitCriterion> result;
    while (q.next()) {
        ExitCriterion c;
        c.id = q.value(0).toLongLong();
        c.stageId = q.value(1).toLongLong();
        c.position = q.value(2).toInt();
        c.text = q.value(3).toString();
        c.required = q.value(4).toBool();
        if (!q.value(5).isNull()) {
            SignOff signOff;
            signOff.roleId = q.value(5).toLongLong();
            signOff.role = q.value(6).toString();
            if (!q.value(7).isNull())
                signOff.minAmount = q.value(7).toLongLong();
            signOff.reopenOn = q.value(8).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
            signOff.notOwnDeal = q.value(9).toBool();
            c.signOff = signOff;
        }
        c.knockOut = q.value(10).toBool();
        c.rule = q.value(11).toString();
        result.append(c);
    }
    return result;
}

Result<QStringList> SqlProcessStore::closeReasons(StageKind kind)
{
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("SELECT text FROM close_reasons WHERE kind = ? ORDER BY position, id"));
    q.addBindValue(closeKindKey(kind));
    if (auto ok = exec(q); !ok)
        return std::unexpected(failWith(tr("Cannot read the close reasons"), ok.error()).error());
    QStringList result;
    while (q.next())
        result.append(q.value(0).toString());
    return result;
}

Result<void> SqlProcessStore::addCloseReason(StageKind kind, const QString &reason)
{
    const QString trimmed = reason.trimmed();
    auto existing = closeReasons(kind);
    if (!existing)
        return std::unexpected(existing.error());
    if (trimmed.isEmpty() || existing->contains(trimmed, Qt::CaseInsensitive))
        return {};
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO close_reasons (kind, position, text) VALUES (?, ?, ?)"));
    q.addBindValue(closeKindKey(kind));
    q.addBindValue(int(existing->size()));
    q.addBindValue(trimmed);
    if (auto ok = exec(q); !ok)
        return failWith(tr("Cannot store the close reason"), ok.error());
    return {};
}

} // namespace Stageboard
