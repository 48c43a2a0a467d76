// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqllookbackstore.h"

#include "core/fieldrules.h"
#include "storage/sqlutil.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QStringBuilder>
#include <cmath>

namespace Stageboard {

namespace {
const QString closeColumns = QStringLiteral(
    "c.id, c.opportunity_id, c.stage_id, c.won, c.disqualified, c.primary_reason, "
    "c.secondary_reasons, c.lost_to_id, c.notes, c.closed_by, c.closed_at, c.reviewed_by, "
    "c.reviewed_at, c.lesson, c.process_suggestion");

// A close awaits review while the deal is where that close put it, and it is the deal's
// latest (a deal opened and closed again within a second is where both put it).
const QString stillClosed = QStringLiteral(
    "EXISTS (SELECT 1 FROM opportunities o WHERE o.id = c.opportunity_id AND o.stage_id = "
    "c.stage_id AND o.entered_stage_at = c.closed_at AND o.deleted_at IS NULL) AND NOT EXISTS "
    "(SELECT 1 FROM deal_closes l WHERE l.opportunity_id = c.opportunity_id AND l.closed_at >= "
    "c.closed_at AND l.id > c.id)");

DealClose readClose(const QSqlQuery &q)
{
    DealClose c;
    c.id = q.value(0).toLongLong();
    c.opportunityId = q.value(1).toLongLong();
    c.stageId = q.value(2).toLongLong();
    c.won = q.value(3).toInt() != 0;
    c.disqualified = q.value(4).toInt() != 0;
    c.primaryReason = q.value(5).toString();
    c.secondaryReasons = splitLines(q.value(6).toString());
    c.lostToId = q.value(7).toLongLong();
    c.notes = q.value(8).toString();
    c.closedBy = q.value(9).toLongLong();
    c.closedAt = q.value(10).toLongLong();
    c.reviewedBy = q.value(11).toLongLong();
    c.reviewedAt = q.value(12).toLongLong();
    c.lesson = q.value(13).toString();
    c.processSuggestion = q.value(14).toString();
    return c;
}

std::optional<QString> longTextProblem(const QString &text)
{
    if (text.size() > maximumTextLength)
        return QCoreApplication::translate("Stageboard::SqlStorage", "longer than %1 characters.")
            .arg(maximumTextLength);
    return std::nullopt;
}
} // namespace

Result<QList<Competitor>> SqlLookBackStore::competitors()
{
    QSqlQuery q(db());
    if (auto ok = exec(q, QStringLiteral("SELECT id, name, description FROM competitors ORDER BY "
                                         "lower(name), id"));
        !ok) {
        return std::unexpected(failWith(tr("Cannot read the competitors"), ok.error()).error());
    }
    QList<Competitor> result;
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return result;
}

Result<Competitor> SqlLookBackStore::saveCompetitor(const Competitor &competitor)
{
    Competitor saved = competitor;
    saved.name = competitor.name.trimmed();
    saved.description = competitor.description.trimmed();
    if (saved.name.isEmpty())
        return fail(tr("A competitor needs a name."));
    if (auto problem = lineProblem(saved.name, 200))
        return fail(tr("Name: %1").arg(*problem));
    if (auto problem = longTextProblem(saved.description))
        return fail(tr("Description: %1").arg(*problem));
    const QString failure = competitor.id == 0
                                ? tr("Cannot add the competitor %1").arg(saved.name)
                                : tr("Cannot change the competitor %1").arg(saved.name);
    return inTransaction(db(), [&]() -> Result<Competitor> {
        QSqlQuery taken(db());
        taken.prepare(QStringLiteral(
            "SELECT COUNT(*) FROM competitors WHERE lower(name) = lower(?) AND id <> ?"));
        taken.addBindValue(saved.name);
        taken.addBindValue(saved.id);
        if (auto ok = exec(taken); !ok)
            return std::unexpected(failWith(failure, ok.error()).error());
        if (taken.next() && taken.value(0).toInt() > 0)
            return fail(tr("There is already a competitor called %1.").arg(saved.name));
        if (saved.id == 0) {
            QSqlQuery insert(db());
            prepareInsert(insert, QStringLiteral("INSERT INTO competitors (name, description) "
                                                 "VALUES (?, ?) RETURNING id"));
            insert.addBindValue(saved.name);
            insert.addBindValue(text(saved.description));
            auto added = insertReturningId(insert);
            if (!added)
                return std::unexpected(failWith(failure, added.error()).error());
            saved.id = *added;
            return saved;
        }
        QSqlQuery update(db());
        update.prepare(
            QStringLiteral("UPDATE competitors SET name = ?, description = ? WHERE id = ?"));
        update.addBindValue(saved.name);
        update.addBindValue(text(saved.description));
        update.addBindValue(saved.id);
        if (auto ok = exec(update); !ok)
            return std::unexpected(failWith(failure, ok.error()).error());
        if (update.numRowsAffected() != 1)
            return fail(tr("The competitor %1 no longer exists.").arg(saved.name));
        return saved;
    });
}

Result<void> SqlLookBackStore::removeCompetitor(qint64 competitorId)
{
    return inTransaction(db(), [&]() -> Result<void> {
        QSqlQuery used(db());
        used.prepare(QStringLiteral(
            "SELECT (SELECT COUNT(*) FROM deal_competitors WHERE competitor_id = ?) + (SELECT "
            "COUNT(*) FROM deal_closes WHERE lost_to_id = ?)"));
        used.addBindValue(competitorId);
        used.addBindValue(competitorId);
        if (auto ok = exec(used); !ok)
            return failWith(tr("Cannot remove the competitor"), ok.error());
        if (used.next() && used.value(0).toLongLong() > 0) {
            return fail(tr("Deals name this competitor (%n time(s)); it stays in the list so "
                           "that their history keeps it.",
                           nullptr, used.value(0).toInt()));
        }
        QSqlQuery remove(db());
        remove.prepare(QStringLiteral("DELETE FROM competitors WHERE id = ?"));
        remove.addBindValue(competitorId);
        if (auto ok = exec(remove); !ok)
            return failWith(tr("Cannot remove the competitor"), ok.error());
        return {};
    });
}

Result<QList<DealCompetitor>> SqlLookBackStore::dealCompetitors(qint64 opportunityId)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT d.opportunity_id, d.competitor_id, d.strengths, "
                             "d.weaknesses FROM deal_competitors d JOIN competitors c ON c.id = "
                             "d.competitor_id WHERE d.opportunity_id = ? ORDER BY lower(c.name)"));
    q.addBindValue(opportunityId);
    if (auto ok = exec(q); !ok) {
        return std::unexpected(
            failWith(tr("Cannot read the deal's competitors"), ok.error()).error());
    }
    QList<DealCompetitor> result;
    while (q.next()) {
        result.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                       q.value(3).toString()});
    }
    return result;
}

Result<void> SqlLookBackStore::saveDealCompetitor(const DealCompetitor &entry)
{
    if (auto problem = longTextProblem(entry.strengths))
        return fail(tr("Strengths: %1").arg(*problem));
    if (auto problem = longTextProblem(entry.weaknesses))
        return fail(tr("Weaknesses: %1").arg(*problem));
    return inTransaction(db(), [&]() -> Result<void> {
        QSqlQuery update(db());
        update.prepare(QStringLiteral("UPDATE deal_competitors SET strengths = ?, weaknesses = ? "
                                      "WHERE opportunity_id = ? AND competitor_id = ?"));
        update.addBindValue(text(entry.strengths.trimmed()));
        update.addBindValue(text(entry.weaknesses.trimmed()));
        update.addBindValue(entry.opportunityId);
        update.addBindValue(entry.competitorId);
        if (auto ok = exec(update); !ok)
            return failWith(tr("Cannot save the deal's competitor"), ok.error());
        if (update.numRowsAffected() == 1)
            return {};
        QSqlQuery insert(db());
        insert.prepare(QStringLiteral("INSERT INTO deal_competitors (opportunity_id, "
                                      "competitor_id, strengths, weaknesses) VALUES (?, ?, ?, ?)"));
        insert.addBindValue(entry.opportunityId);
        insert.addBindValue(entry.competitorId);
        insert.addBindValue(text(entry.strengths.trimmed()));
        insert.addBindValue(text(entry.weaknesses.trimmed()));
        if (auto ok = exec(insert); !ok)
            return failWith(tr("Cannot save the deal's competitor"), ok.error());
        return {};
    });
}

Result<void> SqlLookBackStore::removeDealCompetitor(qint64 opportunityId, qint64 competitorId)
{
    return inTransaction(db(), [&]() -> Result<void> {
        QSqlQuery remove(db());
        remove.prepare(QStringLiteral(
            "DELETE FROM deal_competitors WHERE opportunity_id = ? AND competitor_id = ?"));
        remove.addBindValue(opportunityId);
        remove.addBindValue(competitorId);
        if (auto ok = exec(remove); !ok)
            return failWith(tr("Cannot remove the deal's competitor"), ok.error());
        return {};
    });
}

Result<QList<DealClose>> SqlLookBackStore::closes(CloseFilter filter, int offset, int limit)
{
    QString where;
    switch (filter) {
    case CloseFilter::Pending:
        where = QStringLiteral(" WHERE c.reviewed_at IS NULL AND ") % stillClosed;
        break;
    case CloseFilter::Reviewed:
        where = QStringLiteral(" WHERE c.reviewed_at IS NOT NULL");
        break;
    case CloseFilter::All:
        break;
    }
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") % closeColumns % QStringLiteral(" FROM deal_closes c") %
              where % QStringLiteral(" ORDER BY c.closed_at DESC, c.id DESC LIMIT ? OFFSET ?"));
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (auto ok = exec(q); !ok)
        return std::unexpected(failWith(tr("Cannot read the closed deals"), ok.error()).error());
    QList<DealClose> result;
    while (q.next())
        result.append(readClose(q));
    return result;
}

Result<qint64> SqlLookBackStore::pendingReviews()
{
    QSqlQuery q(db());
    if (auto ok = exec(q, QStringLiteral("SELECT COUNT(*) FROM deal_closes c WHERE c.reviewed_at "
                                         "IS NULL AND ") %
                              stillClosed);
        !ok) {
        return std::unexpected(failWith(tr("Cannot read the closed deals"), ok.error()).error());
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QList<DealClose>> SqlLookBackStore::closesOf(qint64 opportunityId)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT ") % closeColumns %
              QStringLiteral(" FROM deal_closes c WHERE c.opportunity_id = ? ORDER BY "
                             "c.closed_at, c.id"));
    q.addBindValue(opportunityId);
    if (auto ok = exec(q); !ok)
        return std::unexpected(failWith(tr("Cannot read the closed deals"), ok.error()).error());
    QList<DealClose> result;
    while (q.next())
        result.append(readClose(q));
    return result;
}

Result<void> SqlLookBackStore::forEachClose(const std::function<bool(const DealClose &)> &visit)
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (auto ok = exec(q, QStringLiteral("SELECT ") % closeColumns %
                              QStringLiteral(" FROM deal_closes c ORDER BY c.closed_at, c.id"));
        !ok) {
        return failWith(tr("Cannot read the closed deals"), ok.error());
    }
    while (q.next()) {
        if (!visit(readClose(q)))
            break;
    }
    return {};
}

Result<DealClose> SqlLookBackStore::close(qint64 closeId)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT ") % closeColumns %
              QStringLiteral(" FROM deal_closes c WHERE c.id = ?"));
    q.addBindValue(closeId);
    if (auto ok = exec(q); !ok)
        return std::unexpected(failWith(tr("Cannot read the closed deals"), ok.error()).error());
    if (!q.next())
        return fail(tr("The close %1 does not exist.").arg(closeId));
    return readClose(q);
}

Result<DealClose> SqlLookBackStore::review(qint64 closeId, qint64 reviewerId, const QString &lesson,
                                           const QString &processSuggestion)
{
    if (lesson.trimmed().isEmpty())
        return fail(tr("A review needs the lesson learned."));
    if (auto problem = longTextProblem(lesson))
        return fail(tr("Lesson: %1").arg(*problem));
    if (auto problem = longTextProblem(processSuggestion))
        return fail(tr("Suggested change: %1").arg(*problem));
    return inTransaction(db(), [&]() -> Result<DealClose> {
        QSqlQuery update(db());
        update.prepare(QStringLiteral("UPDATE deal_closes SET reviewed_by = ?, reviewed_at = ?, "
                                      "lesson = ?, process_suggestion = ? WHERE id = ?"));
        update.addBindValue(reviewerId);
        update.addBindValue(QDateTime::currentSecsSinceEpoch());
        update.addBindValue(lesson.trimmed());
        update.addBindValue(text(processSuggestion.trimmed()));
        update.addBindValue(closeId);
        if (auto ok = exec(update); !ok)
            return std::unexpected(failWith(tr("Cannot save the review"), ok.error()).error());
        if (update.numRowsAffected() != 1)
            return fail(tr("The close %1 does not exist.").arg(closeId));
        return close(closeId);
    });
}

namespace {

/// The pieces of a win/loss query: fixed SQL chosen by the enum and the filter's set parts;
/// every value is bound.
struct WinLossSql
{
    QString key;
    QString joins;
    QString where;
    QString order = QStringLiteral("k");
    QVariantList binds;
};

WinLossSql winLossSql(WinLossBy by, const WinLossFilter &filter)
{
    WinLossSql w;
    bool accounts = filter.territory.has_value();
    switch (by) {
    case WinLossBy::Reason:
        w.key = QStringLiteral("COALESCE(o.close_reason, '')");
        break;
    case WinLossBy::Competitor:
        w.key = QStringLiteral("c.name");
        w.joins = QStringLiteral(
            " JOIN (SELECT opportunity_id, competitor_id FROM deal_competitors UNION SELECT "
            "opportunity_id, lost_to_id FROM deal_closes WHERE lost_to_id IS NOT NULL) dc ON "
            "dc.opportunity_id = o.id JOIN competitors c ON c.id = dc.competitor_id");
        break;
    case WinLossBy::Stage:
        // The deal's own ledger rows, by its index: "+" keeps SQLite from walking the closed
        // stage's rows instead (tens of thousands per deal at 100k deals).
        w.key = QStringLiteral(
            "COALESCE((SELECT fs.name FROM stage_history h JOIN stages fs ON fs.id = "
            "h.from_stage_id WHERE h.opportunity_id = o.id AND +h.to_stage_id = o.stage_id "
            "ORDER BY h.at DESC, h.id DESC LIMIT 1), '')");
        break;
    case WinLossBy::Industry:
        w.key = QStringLiteral("COALESCE(a.industry, '')");
        accounts = true;
        break;
    case WinLossBy::Territory:
        w.key = QStringLiteral("COALESCE(t.name, '')");
        accounts = true;
        break;
    case WinLossBy::Rep:
        w.key = QStringLiteral("COALESCE(u.name, '')");
        w.joins = QStringLiteral(" LEFT JOIN users u ON u.id = o.owner_id");
        break;
    case WinLossBy::Size:
        w.key = QStringLiteral(
            "CASE WHEN o.amount < 1000000 THEN '0-10k' WHEN o.amount < 5000000 THEN '10k-50k' "
            "WHEN o.amount < 10000000 THEN '50k-100k' WHEN o.amount < 25000000 THEN "
            "'100k-250k' ELSE '250k+' END");
        w.order = QStringLiteral("MIN(o.amount)");
        break;
    case WinLossBy::Quarter:
        // ISO dates: "2026-08-14" is in "2026-Q3"; a deal without a close date in "".
        w.key = QStringLiteral(
            "COALESCE(SUBSTR(o.close_date, 1, 4) || '-Q' || CAST((CAST(SUBSTR(o.close_date, 6, "
            "2) AS INTEGER) + 2) / 3 AS TEXT), '')");
        break;
    }
    if (accounts)
        w.joins += QStringLiteral(" LEFT JOIN accounts a ON a.id = o.account_id LEFT JOIN "
                                  "territories t ON t.id = a.territory_id");
    if (filter.from.isValid()) {
        w.where += QStringLiteral(" AND o.close_date >= ?");
        w.binds.append(isoDate(filter.from));
    }
    if (filter.to.isValid()) {
        w.where += QStringLiteral(" AND o.close_date <= ?");
        w.binds.append(isoDate(filter.to));
    }
    if (filter.ownerId) {
        w.where += QStringLiteral(" AND o.owner_id = ?");
        w.binds.append(*filter.ownerId);
    }
    if (filter.territory) {
        w.where += QStringLiteral(" AND COALESCE(t.name, '') = ?");
        w.binds.append(text(*filter.territory));
    }
    if (filter.pipelineId) {
        w.where += QStringLiteral(" AND s.pipeline_id = ?");
        w.binds.append(*filter.pipelineId);
    }
    return w;
}

const QString closedDeals = QStringLiteral(
    " WHERE s.kind IN ('won', 'lost') AND o.disqualified = 0 AND o.deleted_at IS NULL");

} // namespace

Result<QList<WinLossRow>> SqlLookBackStore::winLoss(WinLossBy by, const WinLossFilter &filter)
{
    const WinLossSql w = winLossSql(by, filter);
    // Amounts in the reporting currency; a deal whose currency has no rate is counted, and
    // its amount left out.
    const QString rate =
        QStringLiteral("(CASE WHEN o.currency = COALESCE((SELECT value FROM meta WHERE key = "
                       "'reporting_currency'), 'USD') THEN 1.0 ELSE er.rate END)");
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") % w.key %
              QStringLiteral(" AS k, SUM(CASE WHEN s.kind = 'won' THEN 1 ELSE 0 END), SUM(CASE "
                             "WHEN s.kind = 'lost' THEN 1 ELSE 0 END), SUM(CASE WHEN s.kind = "
                             "'won' THEN o.amount * ") %
              rate %
              QStringLiteral(" ELSE 0 END), SUM(CASE WHEN s.kind = 'lost' THEN o.amount * ") %
              rate %
              QStringLiteral(" ELSE 0 END), AVG((o.entered_stage_at - o.created_at) / 86400.0), "
                             "SUM(CASE WHEN ") %
              rate %
              QStringLiteral(" IS NULL THEN 1 ELSE 0 END) FROM opportunities o JOIN stages s ON "
                             "s.id = o.stage_id LEFT JOIN exchange_rates er ON er.currency = "
                             "o.currency") %
              w.joins % closedDeals % w.where % QStringLiteral(" GROUP BY k ORDER BY ") % w.order);
    for (const QVariant &v : w.binds)
        q.addBindValue(v);
    if (auto ok = exec(q); !ok)
        return std::unexpected(failWith(tr("Cannot add up the closed deals"), ok.error()).error());
    QList<WinLossRow> rows;
    while (q.next()) {
        WinLossRow r;
        r.key = q.value(0).toString();
        r.won = q.value(1).toLongLong();
        r.lost = q.value(2).toLongLong();
        r.wonAmount = std::llround(q.value(3).toDouble());
        r.lostAmount = std::llround(q.value(4).toDouble());
        r.averageCycleDays = q.value(5).toDouble();
        r.unconverted = q.value(6).toLongLong();
        rows.append(r);
    }
    return rows;
}

Result<QList<WinLossLesson>> SqlLookBackStore::lessons(WinLossBy by,
                                                       const std::optional<QString> &key,
                                                       const WinLossFilter &filter, int limit)
{
    WinLossSql w = winLossSql(by, filter);
    if (key) {
        w.where += QStringLiteral(" AND ") % w.key % QStringLiteral(" = ?");
        w.binds.append(text(*key));
    }
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") % w.key %
              QStringLiteral(" AS k, o.id, o.title, s.kind, r.lesson, r.process_suggestion, "
                             "r.reviewed_by, r.reviewed_at FROM opportunities o JOIN stages s ON "
                             "s.id = o.stage_id JOIN deal_closes r ON r.opportunity_id = o.id AND "
                             "r.reviewed_at IS NOT NULL") %
              w.joins % closedDeals % w.where %
              QStringLiteral(" ORDER BY r.reviewed_at DESC, r.id DESC LIMIT ?"));
    for (const QVariant &v : std::as_const(w.binds))
        q.addBindValue(v);
    q.addBindValue(std::max(0, limit));
    if (auto ok = exec(q); !ok)
        return std::unexpected(failWith(tr("Cannot read the lessons"), ok.error()).error());
    QList<WinLossLesson> lessons;
    while (q.next()) {
        WinLossLesson l;
        l.key = q.value(0).toString();
        l.opportunityId = q.value(1).toLongLong();
        l.title = q.value(2).toString();
        l.won = q.value(3).toString() == QLatin1String("won");
        l.lesson = q.value(4).toString();
        l.processSuggestion = q.value(5).toString();
        l.reviewedBy = q.value(6).toLongLong();
        l.reviewedAt = q.value(7).toLongLong();
        lessons.append(l);
    }
    return lessons;
}

} // namespace Stageboard
