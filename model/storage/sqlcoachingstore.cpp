// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlcoachingstore.h"

#include "core/fieldrules.h"
#include "storage/sqlutil.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QStringBuilder>
#include <algorithm>
#include <vector>

namespace Stageboard {

namespace {

/// The deals the grid counts: open, not deleted, with an owner. Stages first: SQLite then
/// reads the open stages' deals by their index, not every deal (CROSS JOIN keeps the order;
/// PostgreSQL plans it as any join).
const QString openDeals = QStringLiteral(
    " FROM stages s CROSS JOIN opportunities o WHERE o.stage_id = s.id AND s.kind = 'open' AND "
    "o.deleted_at IS NULL AND o.owner_id IS NOT NULL");

/// The median of values (sorted here).
double median(std::vector<double> &values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
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
    const QString failure = tr("Cannot add up the coaching figures");
    // How many activities each stage recommends.
    QHash<qint64, qint64> activities;
    QSqlQuery counts(db());
    counts.setForwardOnly(true);
    if (auto ok = exec(counts, QStringLiteral("SELECT stage_id, COUNT(*) FROM stage_activities "
                                              "GROUP BY stage_id"));
        !ok)
        return std::unexpected(failWith(failure, ok.error()).error());
    while (counts.next())
        activities.insert(counts.value(0).toLongLong(), counts.value(1).toLongLong());
    // Every open deal once, a few numbers each: the counts are added and the medians taken
    // here, in one pass (a median is no SQL aggregate both engines share).
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT o.owner_id, o.stage_id, o.entered_stage_at, "
                             "o.activities_done, CASE WHEN o.override_reason <> '' THEN 1 ELSE 0 "
                             "END, s.rot_days") %
              openDeals);
    if (auto ok = exec(q); !ok)
        return std::unexpected(failWith(failure, ok.error()).error());
    QHash<QPair<qint64, qint64>, CoachingCell> cells;
    QHash<QPair<qint64, qint64>, std::vector<double>> days;
    QHash<qint64, std::vector<double>> teamDays;
    while (q.next()) {
        const qint64 rep = q.value(0).toLongLong();
        const qint64 stage = q.value(1).toLongLong();
        const qint64 seconds = now - q.value(2).toLongLong();
        CoachingCell &c = cells[{rep, stage}];
        c.repId = rep;
        c.stageId = stage;
        ++c.deals;
        // A tick kept from before the stage lost an activity never counts past all of them.
        c.activitiesDone += std::min(q.value(3).toLongLong(), activities.value(stage));
        c.activitiesTotal += activities.value(stage);
        c.overrides += q.value(4).toLongLong();
        if (!q.value(5).isNull() && seconds / 86400 > q.value(5).toLongLong())
            ++c.stalled;
        days[{rep, stage}].push_back(double(seconds) / 86400.0);
        teamDays[stage].push_back(double(seconds) / 86400.0);
    }
    CoachingFigures figures;
    for (auto it = cells.begin(); it != cells.end(); ++it) {
        it->medianDays = median(days[it.key()]);
        figures.cells.append(*it);
    }
    std::sort(figures.cells.begin(), figures.cells.end(),
              [](const CoachingCell &a, const CoachingCell &b) {
                  return std::pair(a.repId, a.stageId) < std::pair(b.repId, b.stageId);
              });
    for (auto it = teamDays.begin(); it != teamDays.end(); ++it)
        figures.teamMedianDays.insert(it.key(), median(*it));
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
