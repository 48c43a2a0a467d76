// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlcoachingstore.h"

#include "core/fieldrules.h"
#include "storage/sqlutil.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QStringBuilder>

namespace Stageboard {

namespace {

/// The deals the grid counts: open, not deleted, with an owner.
const QString openDeals =
    QStringLiteral(" FROM opportunities o JOIN stages s ON s.id = o.stage_id WHERE s.kind = "
                   "'open' AND o.deleted_at IS NULL AND o.owner_id IS NOT NULL");

/// The median days in stage of each group of partition (columns of o): the middle deal's, or
/// the mean of the middle two, by window functions (both engines have them).
QString medianQuery(const QString &partition)
{
    const QString outer = QString(partition).remove(QStringLiteral("o."));
    return QStringLiteral("SELECT ") % outer % QStringLiteral(", AVG(d) FROM (SELECT ") %
           partition %
           QStringLiteral(", (? - o.entered_stage_at) / 86400.0 AS d, ROW_NUMBER() OVER "
                          "(PARTITION BY ") %
           partition %
           QStringLiteral(" ORDER BY o.entered_stage_at DESC, o.id) AS rn, COUNT(*) OVER "
                          "(PARTITION BY ") %
           partition % QStringLiteral(") AS n") % openDeals %
           QStringLiteral(") m WHERE rn = (n + 1) / 2 OR rn = (n + 2) / 2 GROUP BY ") % outer;
}

const QString noteColumns =
    QStringLiteral("id, rep_id, opportunity_id, author_id, text, follow_up, created_at, read_at");

CoachingNote readNote(const QSqlQuery &q)
{
    CoachingNote n;
    n.id = q.value(0).toLongLong();
    n.repId = q.value(1).toLongLong();
    n.opportunityId = q.value(2).toLongLong();
    n.authorId = q.value(3).toLongLong();
    n.text = q.value(4).toString();
    n.followUp = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    n.createdAt = q.value(6).toLongLong();
    n.readAt = q.value(7).toLongLong();
    return n;
}

} // namespace

Result<CoachingFigures> SqlCoachingStore::figures(qint64 now)
{
    CoachingFigures figures;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT o.owner_id, o.stage_id, COUNT(*), SUM(o.activities_done), SUM(CASE WHEN "
                  "s.rot_days IS NOT NULL AND (? - o.entered_stage_at) / 86400 > s.rot_days THEN "
                  "1 ELSE 0 END), SUM(CASE WHEN o.override_reason <> '' THEN 1 ELSE 0 END), "
                  "(SELECT COUNT(*) FROM stage_activities a WHERE a.stage_id = o.stage_id)") %
              openDeals % QStringLiteral(" GROUP BY o.owner_id, o.stage_id ORDER BY 1, 2"));
    q.addBindValue(now);
    const QString failure = tr("Cannot add up the coaching figures");
    if (auto ok = exec(q); !ok)
        return std::unexpected(failWith(failure, ok.error()).error());
    QHash<QPair<qint64, qint64>, int> cellAt;
    while (q.next()) {
        CoachingCell c;
        c.repId = q.value(0).toLongLong();
        c.stageId = q.value(1).toLongLong();
        c.deals = q.value(2).toLongLong();
        c.activitiesDone = q.value(3).toLongLong();
        c.stalled = q.value(4).toLongLong();
        c.overrides = q.value(5).toLongLong();
        c.activitiesTotal = q.value(6).toLongLong() * c.deals;
        // A tick kept from before the stage lost an activity never counts past all of them.
        c.activitiesDone = std::min(c.activitiesDone, c.activitiesTotal);
        cellAt.insert({c.repId, c.stageId}, int(figures.cells.size()));
        figures.cells.append(c);
    }
    QSqlQuery repMedians(db());
    repMedians.setForwardOnly(true);
    repMedians.prepare(medianQuery(QStringLiteral("o.owner_id, o.stage_id")));
    repMedians.addBindValue(now);
    if (auto ok = exec(repMedians); !ok)
        return std::unexpected(failWith(failure, ok.error()).error());
    while (repMedians.next()) {
        const int at =
            cellAt.value({repMedians.value(0).toLongLong(), repMedians.value(1).toLongLong()}, -1);
        if (at >= 0)
            figures.cells[at].medianDays = repMedians.value(2).toDouble();
    }
    QSqlQuery teamMedians(db());
    teamMedians.setForwardOnly(true);
    teamMedians.prepare(medianQuery(QStringLiteral("o.stage_id")));
    teamMedians.addBindValue(now);
    if (auto ok = exec(teamMedians); !ok)
        return std::unexpected(failWith(failure, ok.error()).error());
    while (teamMedians.next())
        figures.teamMedianDays.insert(teamMedians.value(0).toLongLong(),
                                      teamMedians.value(1).toDouble());
    return figures;
}

Result<QList<qint64>> SqlCoachingStore::dealsOf(qint64 repId, qint64 stageId)
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT o.id") % openDeals %
              QStringLiteral(" AND o.owner_id = ? AND o.stage_id = ? ORDER BY "
                             "o.entered_stage_at, o.id"));
    q.addBindValue(repId);
    q.addBindValue(stageId);
    if (auto ok = exec(q); !ok)
        return std::unexpected(failWith(tr("Cannot read the deals"), ok.error()).error());
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

Result<QList<CoachingNote>> SqlCoachingStore::notes(qint64 repId, bool unreadOnly)
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") % noteColumns %
              QStringLiteral(" FROM coaching_notes WHERE (? = 0 OR rep_id = ?)") %
              (unreadOnly ? QStringLiteral(" AND read_at IS NULL") : QString()) %
              QStringLiteral(" ORDER BY created_at DESC, id DESC"));
    q.addBindValue(repId);
    q.addBindValue(repId);
    if (auto ok = exec(q); !ok)
        return std::unexpected(failWith(tr("Cannot read the coaching notes"), ok.error()).error());
    QList<CoachingNote> notes;
    while (q.next())
        notes.append(readNote(q));
    return notes;
}

Result<CoachingNote> SqlCoachingStore::addNote(const CoachingNote &note)
{
    CoachingNote saved = note;
    saved.text = note.text.trimmed();
    if (saved.text.isEmpty())
        return fail(tr("A coaching note needs its text."));
    if (saved.text.size() > maximumTextLength)
        return fail(tr("The coaching note is longer than %1 characters.").arg(maximumTextLength));
    if (saved.repId == 0 || saved.authorId == 0)
        return fail(tr("A coaching note needs the rep it is for and its author."));
    saved.createdAt = QDateTime::currentSecsSinceEpoch();
    saved.readAt = 0;
    return inTransaction(db(), [&]() -> Result<CoachingNote> {
        QSqlQuery insert(db());
        prepareInsert(insert, QStringLiteral("INSERT INTO coaching_notes (rep_id, opportunity_id, "
                                             "author_id, text, follow_up, created_at) VALUES (?, "
                                             "?, ?, ?, ?, ?) RETURNING id"));
        insert.addBindValue(saved.repId);
        insert.addBindValue(nullableId(saved.opportunityId));
        insert.addBindValue(saved.authorId);
        insert.addBindValue(saved.text);
        insert.addBindValue(isoDate(saved.followUp));
        insert.addBindValue(saved.createdAt);
        auto added = insertReturningId(insert);
        if (!added)
            return std::unexpected(
                failWith(tr("Cannot save the coaching note"), added.error()).error());
        saved.id = *added;
        return saved;
    });
}

Result<void> SqlCoachingStore::markRead(qint64 noteId, bool read)
{
    return inTransaction(db(), [&]() -> Result<void> {
        QSqlQuery update(db());
        update.prepare(QStringLiteral("UPDATE coaching_notes SET read_at = ? WHERE id = ?"));
        update.addBindValue(nullableTime(read ? QDateTime::currentSecsSinceEpoch() : 0));
        update.addBindValue(noteId);
        if (auto ok = exec(update); !ok)
            return std::unexpected(
                failWith(tr("Cannot mark the coaching note read"), ok.error()).error());
        if (update.numRowsAffected() != 1)
            return fail(tr("The coaching note %1 does not exist.").arg(noteId));
        return {};
    });
}

Result<void> SqlCoachingStore::removeNote(qint64 noteId)
{
    return inTransaction(db(), [&]() -> Result<void> {
        QSqlQuery remove(db());
        remove.prepare(QStringLiteral("DELETE FROM coaching_notes WHERE id = ?"));
        remove.addBindValue(noteId);
        if (auto ok = exec(remove); !ok)
            return std::unexpected(
                failWith(tr("Cannot remove the coaching note"), ok.error()).error());
        if (remove.numRowsAffected() != 1)
            return fail(tr("The coaching note %1 does not exist.").arg(noteId));
        return {};
    });
}

} // namespace Stageboard
