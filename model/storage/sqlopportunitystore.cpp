// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlopportunitystore.h"

#include "core/fieldrules.h"
#include "storage/sqlrows.h"
#include "storage/sqlutil.h"

#include <QSqlQuery>
#include <QStringBuilder>

namespace Stageboard {

Result<QList<Opportunity>> SqlOpportunityStore::opportunities()
{
    QList<Opportunity> result;
    {
        // The largest id bounds the count and is read from the primary key at once; growing
        // the list step by step would move 100k deals around several times.
        QSqlQuery top(db());
        if (exec(top, QStringLiteral("SELECT MAX(id) FROM opportunities")) && top.next())
            result.reserve(top.value(0).toLongLong());
    }
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (auto ok = exec(q, QStringLiteral("SELECT ") % opportunityColumns %
                              QStringLiteral(" FROM opportunities o WHERE o.deleted_at IS NULL"));
        !ok) {
        return std::unexpected(failWith(tr("Cannot read the opportunities"), ok.error()).error());
    }
    while (q.next())
        result.append(readOpportunity(q));
    return result;
}

Result<Opportunity> SqlOpportunityStore::opportunity(qint64 id)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT ") % opportunityColumns %
              QStringLiteral(" FROM opportunities o WHERE o.id = ? AND o.deleted_at IS NULL"));
    q.addBindValue(id);
    if (auto ok = exec(q); !ok)
        return std::unexpected(failWith(tr("Cannot read the opportunity"), ok.error()).error());
    if (!q.next())
        return fail(tr("The opportunity %1 no longer exists.").arg(id));
    return readOpportunity(q);
}

Result<QList<Opportunity>> SqlOpportunityStore::opportunitiesByIds(const QList<qint64> &ids)
{
    QList<Opportunity> result;
    result.reserve(ids.size());
    constexpr qsizetype chunk = 200;
    for (qsizetype from = 0; from < ids.size(); from += chunk) {
        const QList<qint64> part = ids.mid(from, chunk);
        // One placeholder per id: the statement's text depends on the count alone.
        QStringList marks(part.size(), QStringLiteral("?"));
        QSqlQuery q(db());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT ") % opportunityColumns %
                  QStringLiteral(" FROM opportunities o WHERE o.id IN (") %
                  marks.join(QStringLiteral(", ")) % QStringLiteral(")"));
        for (const qint64 id : part)
            q.addBindValue(id);
        if (auto ok = exec(q); !ok) {
            return std::unexpected(
                failWith(tr("Cannot read the opportunities"), ok.error()).error());
        }
        while (q.next())
            result.append(readOpportunity(q));
    }
    return result;
}

Result<qint64> SqlOpportunityStore::opportunityCount()
{
    QSqlQuery q(db());
    if (auto ok = exec(q, QStringLiteral("SELECT COUNT(*) FROM opportunities WHERE deleted_at IS "
                                         "NULL"));
        !ok || !q.next()) {
        return fail(tr("Cannot count the opportunities in %1.").arg(m_location));
    }
    return q.value(0).toLongLong();
}

Result<QList<StageChange>> SqlOpportunityStore::stageHistory(qint64 opportunityId)
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(historyColumns % QStringLiteral("WHERE opportunity_id = ? ORDER BY at, id"));
    q.addBindValue(opportunityId);
    if (auto ok = exec(q); !ok)
        return std::unexpected(failWith(tr("Cannot read the stage history"), ok.error()).error());
    QList<StageChange> result;
    while (q.next())
        result.append(readStageChange(q));
    return result;
}

Result<void>
SqlOpportunityStore::forEachStageChange(const std::function<bool(const StageChange &)> &visit)
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (auto ok = exec(q, historyColumns % QStringLiteral("ORDER BY opportunity_id, at, id")); !ok)
        return failWith(tr("Cannot read the stage history"), ok.error());
    while (q.next()) {
        if (!visit(readStageChange(q)))
            break;
    }
    return {};
}

Result<Opportunity> SqlOpportunityStore::createOpportunity(const Opportunity &opportunity,
                                                           qint64 actorId)
{
    if (auto ok = checkOpportunityFields(opportunity); !ok)
        return std::unexpected(ok.error());
    Transaction transaction(db());
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());
    QSqlQuery p(db());
    p.prepare(QStringLiteral("SELECT probability FROM stages WHERE id = ?"));
    p.addBindValue(opportunity.stageId);
    if (auto ok = exec(p); !ok || !p.next())
        return fail(tr("The stage %1 no longer exists.").arg(opportunity.stageId));
    const int stageProbability = p.value(0).toInt();
    p.finish();

    Opportunity stored = opportunity;
    stored.createdAt = stored.enteredStageAt = now();
    stored.version = 1;
    // A new deal has no activities or stakeholders yet, whatever it was copied from.
    stored.nextActivityAt = 0;
    stored.stakeholders = stored.champions = 0;
    stored.buyingRoles.clear();
    QSqlQuery q(db());
    prepareInsert(q, insertOpportunitySql);
    auto id = insertOpportunity(q, stored);
    if (!id)
        return std::unexpected(failWith(tr("Cannot create the opportunity"), id.error()).error());
    stored.id = *id;
    StageChange change;
    change.opportunityId = stored.id;
    change.toStageId = stored.stageId;
    change.userId = actorId;
    change.at = stored.createdAt;
    change.kind = ChangeKind::Created;
    change.amount = stored.amount;
    change.probability = stored.probability.value_or(stageProbability);
    change.closeDate = stored.closeDate;
    QSqlQuery h(db());
    prepareInsert(h, insertHistorySql);
    if (auto ok = insertHistory(h, change); !ok) {
        return std::unexpected(
            failWith(tr("Cannot record the new opportunity"), ok.error()).error());
    }
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    return stored;
}

Result<Opportunity> SqlOpportunityStore::updateOpportunity(const Opportunity &opportunity)
{
    if (auto ok = checkOpportunityFields(opportunity); !ok)
        return std::unexpected(ok.error());
    // What the edit changes, read before the write transaction (a read first would make
    // SQLite's lock upgrade fail at once under a second writer): as versions only grow, a
    // copy of the expected version is the row the version-checked UPDATE below replaces.
    const auto before = this->opportunity(opportunity.id);
    if (!before)
        return before;
    if (before->version != opportunity.version)
        return conflict(opportunity.id);
    Transaction transaction(db());
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("UPDATE opportunities SET title = ?, account_id = ?, contact = ?, "
                       "owner_id = ?, amount = ?, currency = ?, close_date = ?, "
                       "probability = ?, next_step = ?, close_reason = ?, forecast_category = ?, "
                       "updated_at = ?, "
                       "version = version + 1 WHERE id = ? AND version = ? AND deleted_at IS "
                       "NULL"));
    bindEditable(binder(q), opportunity);
    q.addBindValue(now());
    q.addBindValue(opportunity.id);
    q.addBindValue(opportunity.version);
    if (auto ok = exec(q); !ok)
        return std::unexpected(failWith(tr("Cannot save the opportunity"), ok.error()).error());
    if (q.numRowsAffected() != 1)
        return conflict(opportunity.id);
    if (auto ok = reopenSignOffs(*before, opportunity); !ok)
        return std::unexpected(ok.error());
    if (auto ok = refreshProgress(opportunity.id); !ok)
        return std::unexpected(ok.error());
    auto stored = this->opportunity(opportunity.id);
    if (!stored)
        return stored;
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    return stored;
}

Result<void> SqlOpportunityStore::reopenSignOffs(const Opportunity &before,
                                                 const Opportunity &after)
{
    QStringList changed;
    for (const QString &field : signOffFieldKeys()) {
        if (signOffFieldValue(before, field) != signOffFieldValue(after, field))
            changed.append(field);
    }
    if (changed.isEmpty())
        return {};
    QSqlQuery signedOff(db());
    signedOff.prepare(QStringLiteral(
        "SELECT cc.criterion_id, c.signoff_reopen_on FROM criterion_checks cc JOIN exit_criteria "
        "c ON c.id = cc.criterion_id WHERE cc.opportunity_id = ? AND c.signoff_role_id IS NOT "
        "NULL AND c.signoff_reopen_on <> ''"));
    signedOff.addBindValue(after.id);
    if (auto ok = exec(signedOff); !ok)
        return failWith(tr("Cannot re-open the sign-offs"), ok.error());
    QList<std::pair<qint64, QStringList>> reopened;
    while (signedOff.next()) {
        QStringList fields;
        for (const QString &f : signedOff.value(1).toString().split(QLatin1Char(','))) {
            if (changed.contains(f))
                fields.append(f);
        }
        if (!fields.isEmpty())
            reopened.append({signedOff.value(0).toLongLong(), fields});
    }
    const qint64 at = now();
    for (const auto &[criterionId, fields] : std::as_const(reopened)) {
        QSqlQuery remove(db());
        remove.prepare(QStringLiteral(
            "DELETE FROM criterion_checks WHERE opportunity_id = ? AND criterion_id = ?"));
        remove.addBindValue(after.id);
        remove.addBindValue(criterionId);
        if (auto ok = exec(remove); !ok)
            return failWith(tr("Cannot re-open the sign-offs"), ok.error());
        for (const QString &field : fields) {
            SignOffDecision d;
            d.opportunityId = after.id;
            d.criterionId = criterionId;
            d.at = at;
            d.kind = SignOffDecisionKind::Reopened;
            d.field = field;
            d.oldValue = signOffFieldValue(before, field);
            d.newValue = signOffFieldValue(after, field);
            if (auto ok = logSignOff(d); !ok)
                return ok;
        }
    }
    return {};
}

Result<void> SqlOpportunityStore::logSignOff(const SignOffDecision &d)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO signoff_decisions (opportunity_id, criterion_id, "
                             "user_id, at, decision, comment, field, old_value, new_value) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(d.opportunityId);
    q.addBindValue(d.criterionId);
    q.addBindValue(nullableId(d.userId));
    q.addBindValue(d.at);
    q.addBindValue(signOffDecisionKey(d.kind));
    q.addBindValue(text(d.comment));
    q.addBindValue(text(d.field));
    q.addBindValue(text(d.oldValue));
    q.addBindValue(text(d.newValue));
    if (auto ok = exec(q); !ok)
        return failWith(tr("Cannot record the sign-off"), ok.error());
    return {};
}

Result<Opportunity> SqlOpportunityStore::moveOpportunity(const StageChange &change,
                                                         int expectedVersion,
                                                         const CloseDetails &close)
{
    Transaction transaction(db());
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE opportunities SET stage_id = ?, entered_stage_at = ?, "
                             "close_reason = ?, disqualified = ?, override_reason = ?, "
                             "updated_at = ?, version = version + 1 WHERE id = ? AND version = ? "
                             "AND deleted_at IS NULL"));
    q.addBindValue(change.toStageId);
    q.addBindValue(change.at);
    q.addBindValue(text(change.closeReason));
    q.addBindValue(change.disqualified ? 1 : 0);
    q.addBindValue(text(change.overrideReason));
    q.addBindValue(change.at);
    q.addBindValue(change.opportunityId);
    q.addBindValue(expectedVersion);
    if (auto ok = exec(q); !ok)
        return std::unexpected(failWith(tr("Cannot move the opportunity"), ok.error()).error());
    if (q.numRowsAffected() != 1)
        return conflict(change.opportunityId);
    QSqlQuery h(db());
    prepareInsert(h, insertHistorySql);
    if (auto ok = insertHistory(h, change); !ok)
        return std::unexpected(failWith(tr("Cannot record the move"), ok.error()).error());
    // A close (a reason is given only for one) waits for its review.
    if (!change.closeReason.isEmpty()) {
        QSqlQuery c(db());
        c.prepare(QStringLiteral(
            "INSERT INTO deal_closes (opportunity_id, stage_id, won, disqualified, "
            "primary_reason, secondary_reasons, lost_to_id, notes, closed_by, closed_at) "
            "SELECT ?, s.id, CASE WHEN s.kind = 'won' THEN 1 ELSE 0 END, ?, ?, ?, ?, ?, ?, ? "
            "FROM stages s WHERE s.id = ?"));
        c.addBindValue(change.opportunityId);
        c.addBindValue(change.disqualified ? 1 : 0);
        c.addBindValue(change.closeReason);
        c.addBindValue(text(joinLines(close.secondaryReasons)));
        c.addBindValue(nullableId(close.lostToId));
        c.addBindValue(text(close.notes.trimmed()));
        c.addBindValue(nullableId(change.userId));
        c.addBindValue(change.at);
        c.addBindValue(change.toStageId);
        if (auto ok = exec(c); !ok)
            return std::unexpected(failWith(tr("Cannot record the close"), ok.error()).error());
    }
    if (auto ok = refreshProgress(change.opportunityId); !ok)
        return std::unexpected(ok.error());
    auto stored = opportunity(change.opportunityId);
    if (!stored)
        return stored;
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    return stored;
}

std::unexpected<Error> SqlOpportunityStore::conflict(qint64 opportunityId)
{
    return fail(tr("The opportunity %1 was changed or deleted elsewhere since it was read; nothing "
                   "was saved. Look at it again and retry.")
                    .arg(opportunityId),
                Error::Kind::Conflict);
}

Result<Opportunity> SqlOpportunityStore::setOpportunityDeleted(qint64 id, bool deleted)
{
    Transaction transaction(db());
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE opportunities SET deleted_at = ?, updated_at = ?, version = "
                             "version + 1 WHERE id = ?"));
    const qint64 at = now();
    q.addBindValue(nullableTime(deleted ? at : 0));
    q.addBindValue(at);
    q.addBindValue(id);
    if (auto ok = exec(q); !ok)
        return std::unexpected(failWith(tr("Cannot delete the opportunity"), ok.error()).error());
    if (q.numRowsAffected() != 1)
        return fail(tr("The opportunity %1 no longer exists.").arg(id));
    QSqlQuery r(db());
    r.prepare(QStringLiteral("SELECT ") % opportunityColumns %
              QStringLiteral(" FROM opportunities o WHERE o.id = ?"));
    r.addBindValue(id);
    if (auto ok = exec(r); !ok || !r.next())
        return fail(tr("The opportunity %1 no longer exists.").arg(id));
    Opportunity stored = readOpportunity(r);
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    return stored;
}

Result<QList<Check>> SqlOpportunityStore::activityChecks(qint64 opportunityId)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT activity_id, user_id, at, note FROM activity_checks WHERE "
                             "opportunity_id = ?"));
    q.addBindValue(opportunityId);
    if (auto ok = exec(q); !ok)
        return std::unexpected(failWith(tr("Cannot read the checklist"), ok.error()).error());
    QList<Check> result;
    while (q.next()) {
        result.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                       CriterionState::Met, q.value(3).toString()});
    }
    return result;
}

Result<QList<Check>> SqlOpportunityStore::criterionChecks(qint64 opportunityId)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT criterion_id, user_id, at, note, state FROM criterion_checks "
                             "WHERE opportunity_id = ?"));
    q.addBindValue(opportunityId);
    if (auto ok = exec(q); !ok)
        return std::unexpected(failWith(tr("Cannot read the exit criteria"), ok.error()).error());
    QList<Check> result;
    while (q.next()) {
        result.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                       q.value(4).toString() == QLatin1StringView("failed") ? CriterionState::Failed
                                                                            : CriterionState::Met,
                       q.value(3).toString()});
    }
    return result;
}

Result<Opportunity> SqlOpportunityStore::setActivityCheck(qint64 opportunityId, int expectedVersion,
                                                          qint64 activityId,
                                                          const std::optional<Check> &check)
{
    return writeCheck(QStringLiteral("activity_checks"), QStringLiteral("activity_id"),
                      opportunityId, expectedVersion, activityId, check);
}

Result<Opportunity> SqlOpportunityStore::setCriterionCheck(qint64 opportunityId,
                                                           int expectedVersion, qint64 criterionId,
                                                           const std::optional<Check> &check)
{
    return writeCheck(QStringLiteral("criterion_checks"), QStringLiteral("criterion_id"),
                      opportunityId, expectedVersion, criterionId, check);
}

Result<Opportunity> SqlOpportunityStore::writeCheck(const QString &table, const QString &itemColumn,
                                                    qint64 opportunityId, int expectedVersion,
                                                    qint64 itemId,
                                                    const std::optional<Check> &check)
{
    // table and itemColumn are one of two fixed pairs above, never user text.
    Transaction transaction(db());
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());
    QSqlQuery bump(db());
    bump.prepare(QStringLiteral("UPDATE opportunities SET version = version + 1, updated_at = ? "
                                "WHERE id = ? AND version = ? AND deleted_at IS NULL"));
    bump.addBindValue(QDateTime::currentSecsSinceEpoch());
    bump.addBindValue(opportunityId);
    bump.addBindValue(expectedVersion);
    if (auto ok = exec(bump); !ok)
        return std::unexpected(failWith(tr("Cannot save the checklist"), ok.error()).error());
    if (bump.numRowsAffected() != 1)
        return conflict(opportunityId);
    QSqlQuery remove(db());
    remove.prepare(QStringLiteral("DELETE FROM ") % table %
                   QStringLiteral(" WHERE opportunity_id = ? AND ") % itemColumn %
                   QStringLiteral(" = ?"));
    remove.addBindValue(opportunityId);
    remove.addBindValue(itemId);
    if (auto ok = exec(remove); !ok)
        return std::unexpected(failWith(tr("Cannot save the checklist"), ok.error()).error());
    const bool criterion = table == QLatin1StringView("criterion_checks");
    if (criterion && check) {
        // A sign-off's decision, withdrawals included, goes into its log.
        QSqlQuery signs(db());
        signs.prepare(QStringLiteral(
            "SELECT COUNT(*) FROM exit_criteria WHERE id = ? AND signoff_role_id IS NOT NULL"));
        signs.addBindValue(itemId);
        if (auto ok = exec(signs); !ok || !signs.next()) {
            return std::unexpected(
                failWith(tr("Cannot save the checklist"), ok ? Error{} : ok.error()).error());
        }
        if (signs.value(0).toInt() > 0 &&
            (check->state != CriterionState::Open || remove.numRowsAffected() > 0)) {
            SignOffDecision d;
            d.opportunityId = opportunityId;
            d.criterionId = itemId;
            d.userId = check->userId;
            d.at = check->at;
            d.kind = check->state == CriterionState::Met      ? SignOffDecisionKind::Approved
                     : check->state == CriterionState::Failed ? SignOffDecisionKind::Rejected
                                                              : SignOffDecisionKind::Withdrawn;
            d.comment = check->note;
            if (auto ok = logSignOff(d); !ok)
                return std::unexpected(ok.error());
        }
    }
    if (check && check->state != CriterionState::Open) {
        const bool withState = criterion;
        QSqlQuery insert(db());
        insert.prepare(QStringLiteral("INSERT INTO ") % table %
                       QStringLiteral(" (opportunity_id, ") % itemColumn %
                       (withState ? QStringLiteral(", user_id, at, note, state) VALUES (?, ?, ?, "
                                                   "?, ?, ?)")
                                  : QStringLiteral(", user_id, at, note) VALUES (?, ?, ?, ?, ?)")));
        insert.addBindValue(opportunityId);
        insert.addBindValue(itemId);
        insert.addBindValue(nullableId(check->userId));
        insert.addBindValue(check->at);
        insert.addBindValue(text(check->note));
        if (withState) {
            insert.addBindValue(check->state == CriterionState::Failed ? QStringLiteral("failed")
                                                                       : QStringLiteral("met"));
        }
        if (auto ok = exec(insert); !ok)
            return std::unexpected(failWith(tr("Cannot save the checklist"), ok.error()).error());
    }
    if (auto ok = refreshProgress(opportunityId); !ok)
        return std::unexpected(ok.error());
    auto stored = opportunity(opportunityId);
    if (!stored)
        return stored;
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    return stored;
}

} // namespace Stageboard
