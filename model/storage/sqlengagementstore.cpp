// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlengagementstore.h"

#include "core/fieldrules.h"
#include "storage/sqlrows.h"
#include "storage/sqlutil.h"

#include <QSqlQuery>

namespace Stageboard {

namespace {

const QString columns =
    QStringLiteral("id, kind, subject, due_at, duration_minutes, owner_id, opportunity_id, "
                   "contact_id, done_at, outcome, created_at, updated_at, version, deleted_at, "
                   "plan_objective, plan_questions, plan_objections");

Engagement readEngagement(const QSqlQuery &q)
{
    Engagement e;
    e.id = q.value(0).toLongLong();
    e.kind = engagementKindFromKey(q.value(1).toString()).value_or(EngagementKind::Task);
    e.subject = q.value(2).toString();
    e.dueAt = q.value(3).toLongLong();
    e.durationMinutes = q.value(4).toInt();
    e.ownerId = q.value(5).toLongLong();
    e.opportunityId = q.value(6).toLongLong();
    e.contactId = q.value(7).toLongLong();
    e.doneAt = q.value(8).toLongLong();
    e.outcome = q.value(9).toString();
    e.createdAt = q.value(10).toLongLong();
    e.updatedAt = q.value(11).toLongLong();
    e.version = q.value(12).toInt();
    e.deleted = !q.value(13).isNull();
    e.objective = q.value(14).toString();
    e.questions = q.value(15).toString();
    e.objectionsExpected = q.value(16).toString();
    return e;
}

} // namespace

Result<QList<Engagement>> SqlEngagementStore::engagements(const EngagementQuery &query)
{
    // Conditions are ours; every value is bound.
    QStringList where{QStringLiteral("deleted_at IS NULL")};
    QVariantList values;
    if (query.ownerId) {
        where.append(QStringLiteral("owner_id = ?"));
        values.append(query.ownerId);
    }
    if (query.opportunityId) {
        where.append(QStringLiteral("opportunity_id = ?"));
        values.append(query.opportunityId);
    }
    if (query.contactId) {
        where.append(QStringLiteral("contact_id = ?"));
        values.append(query.contactId);
    }
    if (query.openOnly)
        where.append(QStringLiteral("done_at IS NULL"));
    if (query.dueFrom) {
        where.append(QStringLiteral("due_at >= ?"));
        values.append(query.dueFrom);
    }
    if (query.dueBefore) {
        where.append(QStringLiteral("due_at < ?"));
        values.append(query.dueBefore);
    }
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") % columns % QStringLiteral(" FROM engagements WHERE ") %
              where.join(QStringLiteral(" AND ")) %
              QStringLiteral(" ORDER BY CASE WHEN due_at IS NULL THEN 1 ELSE 0 END, due_at, id"));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (auto ok = exec(q); !ok)
        return std::unexpected(failWith(tr("Cannot read the activities"), ok.error()).error());
    QList<Engagement> result;
    while (q.next())
        result.append(readEngagement(q));
    return result;
}

Result<std::optional<Engagement>> SqlEngagementStore::engagement(qint64 id)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT ") % columns %
              QStringLiteral(" FROM engagements WHERE id = ?"));
    q.addBindValue(id);
    if (auto ok = exec(q); !ok)
        return std::unexpected(failWith(tr("Cannot read the activity"), ok.error()).error());
    if (!q.next())
        return std::optional<Engagement>();
    return std::optional(readEngagement(q));
}

Result<Engagement> SqlEngagementStore::stored(qint64 id)
{
    auto found = engagement(id);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(tr("The activity %1 does not exist.").arg(id));
    return **found;
}

Result<Engagement> SqlEngagementStore::addEngagement(const Engagement &engagement)
{
    if (auto ok = checkEngagementFields(engagement); !ok)
        return std::unexpected(ok.error());
    Transaction transaction(db());
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());
    QSqlQuery q(db());
    prepareInsert(q, insertEngagementSql);
    Engagement created = engagement;
    created.createdAt = now();
    bindEngagement(binder(q), created);
    auto id = insertReturningId(q);
    if (!id)
        return std::unexpected(failWith(tr("Cannot add the activity"), id.error()).error());
    auto added = stored(*id);
    if (!added)
        return added;
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    return added;
}

Result<Engagement> SqlEngagementStore::changeOne(QSqlQuery &update, qint64 id, const QString &what,
                                                 bool versioned)
{
    if (auto ok = exec(update); !ok)
        return std::unexpected(failWith(what, ok.error()).error());
    if (update.numRowsAffected() != 1) {
        if (versioned) {
            return fail(tr("The activity %1 was changed elsewhere since it was read; nothing was "
                           "saved. Look at it again and retry.")
                            .arg(id),
                        Error::Kind::Conflict);
        }
        return fail(tr("The activity %1 does not exist.").arg(id));
    }
    return stored(id);
}

Result<Engagement> SqlEngagementStore::updateEngagement(const Engagement &engagement)
{
    if (auto ok = checkEngagementFields(engagement); !ok)
        return std::unexpected(ok.error());
    Transaction transaction(db());
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE engagements SET kind = ?, subject = ?, due_at = ?, "
                             "duration_minutes = ?, owner_id = ?, opportunity_id = ?, "
                             "contact_id = ?, done_at = ?, outcome = ?, plan_objective = ?, "
                             "plan_questions = ?, plan_objections = ?, updated_at = ?, version = "
                             "version + 1 WHERE id = ? AND version = ?"));
    bindEngagementFields(binder(q), engagement);
    q.addBindValue(now());
    q.addBindValue(engagement.id);
    q.addBindValue(engagement.version);
    auto saved = changeOne(q, engagement.id, tr("Cannot save the activity"), true);
    if (!saved)
        return saved;
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    return saved;
}

Result<Engagement> SqlEngagementStore::setEngagementDone(qint64 id, qint64 at,
                                                         const QString &outcome)
{
    Engagement check;
    check.subject = QStringLiteral("-");
    check.outcome = outcome;
    if (auto ok = checkEngagementFields(check); !ok)
        return std::unexpected(ok.error());
    Transaction transaction(db());
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE engagements SET done_at = ?, outcome = ?, updated_at = ?, "
                             "version = version + 1 WHERE id = ? AND deleted_at IS NULL"));
    q.addBindValue(nullableTime(at));
    q.addBindValue(text(outcome));
    q.addBindValue(now());
    q.addBindValue(id);
    auto saved = changeOne(q, id, tr("Cannot mark the activity done"), false);
    if (!saved)
        return saved;
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    return saved;
}

Result<Engagement> SqlEngagementStore::setEngagementDeleted(qint64 id, bool deleted)
{
    Transaction transaction(db());
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE engagements SET deleted_at = ?, updated_at = ?, version = "
                             "version + 1 WHERE id = ?"));
    const qint64 at = now();
    q.addBindValue(nullableTime(deleted ? at : 0));
    q.addBindValue(at);
    q.addBindValue(id);
    auto saved = changeOne(q, id, tr("Cannot delete the activity"), false);
    if (!saved)
        return saved;
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    return saved;
}

} // namespace Stageboard
