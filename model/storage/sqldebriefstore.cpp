// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqldebriefstore.h"

#include "storage/sqlrows.h"
#include "storage/sqlutil.h"

#include <QSqlQuery>

namespace Stageboard {

namespace {

const QString debriefColumns = QStringLiteral(
    "engagement_id, opportunity_id, author_id, went_well, improve, not_asked, written_at, "
    "reviewer_id, review_requested_at, feedback, reviewed_at, version");

Debrief readDebrief(const QSqlQuery &q)
{
    Debrief d;
    d.engagementId = q.value(0).toLongLong();
    d.opportunityId = q.value(1).toLongLong();
    d.authorId = q.value(2).toLongLong();
    d.wentWell = q.value(3).toString();
    d.improve = q.value(4).toString();
    d.notAsked = q.value(5).toString();
    d.writtenAt = q.value(6).toLongLong();
    d.reviewerId = q.value(7).toLongLong();
    d.reviewRequestedAt = q.value(8).toLongLong();
    d.feedback = q.value(9).toString();
    d.reviewedAt = q.value(10).toLongLong();
    d.version = q.value(11).toInt();
    return d;
}

const QString objectionColumns =
    QStringLiteral("id, opportunity_id, engagement_id, text, raised_by, raised_at, resolved_by, "
                   "resolved_at, resolution");

Objection readObjection(const QSqlQuery &q)
{
    Objection o;
    o.id = q.value(0).toLongLong();
    o.opportunityId = q.value(1).toLongLong();
    o.engagementId = q.value(2).toLongLong();
    o.text = q.value(3).toString();
    o.raisedBy = q.value(4).toLongLong();
    o.raisedAt = q.value(5).toLongLong();
    o.resolvedBy = q.value(6).toLongLong();
    o.resolvedAt = q.value(7).toLongLong();
    o.resolution = q.value(8).toString();
    return o;
}

} // namespace

Result<QList<Debrief>> SqlDebriefStore::read(const QString &where, const QString &order,
                                             qint64 value)
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") % debriefColumns % QStringLiteral(" FROM debriefs WHERE ") %
              where % QStringLiteral(" ORDER BY ") % order);
    q.addBindValue(value);
    if (auto ok = exec(q); !ok)
        return std::unexpected(failWith(tr("Cannot read the debriefs"), ok.error()).error());
    QList<Debrief> result;
    while (q.next())
        result.append(readDebrief(q));
    return result;
}

Result<std::optional<Debrief>> SqlDebriefStore::debrief(qint64 engagementId)
{
    auto found =
        read(QStringLiteral("engagement_id = ?"), QStringLiteral("engagement_id"), engagementId);
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return std::optional<Debrief>();
    return std::optional(found->constFirst());
}

Result<QList<Debrief>> SqlDebriefStore::debriefs(qint64 opportunityId)
{
    return read(QStringLiteral("opportunity_id = ?"),
                QStringLiteral("written_at DESC, engagement_id DESC"), opportunityId);
}

Result<QList<Debrief>> SqlDebriefStore::debriefsToReview(qint64 reviewerId)
{
    return read(QStringLiteral("reviewer_id = ? AND reviewed_at IS NULL"),
                QStringLiteral("review_requested_at, engagement_id"), reviewerId);
}

Result<Debrief> SqlDebriefStore::stored(qint64 engagementId)
{
    auto found = debrief(engagementId);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(tr("Activity %1 has no debrief yet.").arg(engagementId));
    return **found;
}

Result<Debrief> SqlDebriefStore::saveDebrief(const Debrief &debrief, const QStringList &unresolved)
{
    return inTransaction(db(), [&]() -> Result<Debrief> {
        QSqlQuery call(db());
        call.prepare(QStringLiteral("SELECT kind, opportunity_id, owner_id, subject FROM "
                                    "engagements WHERE id = ? AND deleted_at IS NULL"));
        call.addBindValue(debrief.engagementId);
        if (auto ok = exec(call); !ok)
            return std::unexpected(failWith(tr("Cannot read the activity"), ok.error()).error());
        if (!call.next())
            return fail(tr("The activity %1 does not exist.").arg(debrief.engagementId));
        const QString kind = call.value(0).toString();
        const qint64 opportunityId = call.value(1).toLongLong();
        const qint64 ownerId = call.value(2).toLongLong();
        const QString subject = call.value(3).toString();
        call.finish();
        if (kind != QLatin1StringView("call") && kind != QLatin1StringView("meeting")) {
            return fail(
                tr("\"%1\" is not a call or a meeting; only those are debriefed.").arg(subject));
        }
        QStringList objections;
        for (const QString &o : unresolved) {
            if (!o.trimmed().isEmpty())
                objections.append(o.trimmed());
        }
        if (debrief.wentWell.trimmed().isEmpty() && debrief.improve.trimmed().isEmpty() &&
            debrief.notAsked.trimmed().isEmpty() && objections.isEmpty()) {
            return fail(tr("The debrief of \"%1\" is empty: say what went well or what to "
                           "improve.")
                            .arg(subject));
        }
        const qint64 at = now();
        const qint64 author = debrief.authorId ? debrief.authorId : ownerId;
        auto before = this->debrief(debrief.engagementId);
        if (!before)
            return std::unexpected(before.error());
        QSqlQuery q(db());
        if (*before) {
            q.prepare(QStringLiteral("UPDATE debriefs SET went_well = ?, improve = ?, "
                                     "not_asked = ?, opportunity_id = ?, author_id = ?, "
                                     "written_at = ?, version = version + 1 "
                                     "WHERE engagement_id = ?"));
        } else {
            q.prepare(QStringLiteral("INSERT INTO debriefs (went_well, improve, not_asked, "
                                     "opportunity_id, author_id, written_at, engagement_id) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        }
        q.addBindValue(text(debrief.wentWell.trimmed()));
        q.addBindValue(text(debrief.improve.trimmed()));
        q.addBindValue(text(debrief.notAsked.trimmed()));
        q.addBindValue(nullableId(opportunityId));
        q.addBindValue(nullableId(author));
        q.addBindValue(at);
        q.addBindValue(debrief.engagementId);
        if (auto ok = exec(q); !ok)
            return std::unexpected(failWith(tr("Cannot save the debrief"), ok.error()).error());
        if (opportunityId) {
            for (const QString &o : std::as_const(objections)) {
                Objection objection;
                objection.opportunityId = opportunityId;
                objection.engagementId = debrief.engagementId;
                objection.text = o;
                objection.raisedBy = author;
                if (auto added = insertObjection(objection); !added)
                    return std::unexpected(added.error());
            }
        }
        return stored(debrief.engagementId);
    });
}

Result<Debrief> SqlDebriefStore::requestReview(qint64 engagementId, qint64 reviewerId)
{
    return inTransaction(db(), [&]() -> Result<Debrief> {
        auto debrief = stored(engagementId);
        if (!debrief)
            return debrief;
        if (!reviewerId || reviewerId == debrief->authorId)
            return fail(tr("Ask a peer or a manager to review a debrief, not its author."));
        QSqlQuery q(db());
        q.prepare(QStringLiteral("UPDATE debriefs SET reviewer_id = ?, review_requested_at = ?, "
                                 "reviewed_at = NULL, feedback = '', version = version + 1 "
                                 "WHERE engagement_id = ?"));
        q.addBindValue(reviewerId);
        q.addBindValue(now());
        q.addBindValue(engagementId);
        if (auto ok = exec(q); !ok)
            return std::unexpected(failWith(tr("Cannot ask for the review"), ok.error()).error());
        return stored(engagementId);
    });
}

Result<Debrief> SqlDebriefStore::giveFeedback(qint64 engagementId, const QString &feedback)
{
    if (feedback.trimmed().isEmpty())
        return fail(tr("Write what the rep should keep doing or change."));
    return inTransaction(db(), [&]() -> Result<Debrief> {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("UPDATE debriefs SET feedback = ?, reviewed_at = ?, version = "
                                 "version + 1 WHERE engagement_id = ?"));
        q.addBindValue(feedback.trimmed());
        q.addBindValue(now());
        q.addBindValue(engagementId);
        if (auto ok = exec(q); !ok)
            return std::unexpected(failWith(tr("Cannot save the review"), ok.error()).error());
        return stored(engagementId);
    });
}

Result<QList<Objection>> SqlDebriefStore::objections(qint64 opportunityId, bool openOnly)
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") % objectionColumns %
              QStringLiteral(" FROM objections WHERE opportunity_id = ?") %
              (openOnly ? QStringLiteral(" AND resolved_at IS NULL") : QString()) %
              QStringLiteral(" ORDER BY CASE WHEN resolved_at IS NULL THEN 0 ELSE 1 END, "
                             "raised_at, id"));
    q.addBindValue(opportunityId);
    if (auto ok = exec(q); !ok)
        return std::unexpected(failWith(tr("Cannot read the objections"), ok.error()).error());
    QList<Objection> result;
    while (q.next())
        result.append(readObjection(q));
    return result;
}

Result<Objection> SqlDebriefStore::storedObjection(qint64 id)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT ") % objectionColumns %
              QStringLiteral(" FROM objections WHERE id = ?"));
    q.addBindValue(id);
    if (auto ok = exec(q); !ok)
        return std::unexpected(failWith(tr("Cannot read the objections"), ok.error()).error());
    if (!q.next())
        return fail(tr("The objection %1 does not exist.").arg(id));
    return readObjection(q);
}

Result<Objection> SqlDebriefStore::addObjection(const Objection &objection)
{
    return inTransaction(db(), [&]() { return insertObjection(objection); });
}

Result<Objection> SqlDebriefStore::insertObjection(const Objection &objection)
{
    const QString said = objection.text.trimmed();
    if (said.isEmpty())
        return fail(tr("An objection needs its text."));
    {
        QSqlQuery q(db());
        prepareInsert(q, QStringLiteral("INSERT INTO objections (opportunity_id, engagement_id, "
                                        "text, raised_by, raised_at) VALUES (?, ?, ?, ?, ?) "
                                        "RETURNING id"));
        q.addBindValue(objection.opportunityId);
        q.addBindValue(nullableId(objection.engagementId));
        q.addBindValue(said);
        q.addBindValue(nullableId(objection.raisedBy));
        q.addBindValue(objection.raisedAt ? objection.raisedAt : now());
        auto id = insertReturningId(q);
        if (!id)
            return std::unexpected(failWith(tr("Cannot add the objection"), id.error()).error());
        return storedObjection(*id);
    }
}

Result<Objection> SqlDebriefStore::resolveObjection(qint64 id, qint64 resolvedBy,
                                                    const QString &resolution)
{
    return inTransaction(db(), [&]() -> Result<Objection> {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("UPDATE objections SET resolved_by = ?, resolved_at = ?, "
                                 "resolution = ? WHERE id = ?"));
        q.addBindValue(nullableId(resolvedBy));
        q.addBindValue(nullableTime(resolvedBy ? now() : 0));
        q.addBindValue(resolvedBy ? text(resolution.trimmed()) : QStringLiteral(""));
        q.addBindValue(id);
        if (auto ok = exec(q); !ok)
            return std::unexpected(
                failWith(tr("Cannot mark the objection resolved"), ok.error()).error());
        return storedObjection(id);
    });
}

} // namespace Stageboard
