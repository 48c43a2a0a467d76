// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlforecaststore.h"

#include "storage/sqlutil.h"

#include <QSqlQuery>
#include <QStringBuilder>
#include <cmath>

namespace Stageboard {

namespace {

QString monthKey(const QDate &month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}

QDate monthFromKey(const QString &key)
{
    return QDate::fromString(key + QStringLiteral("-01"), Qt::ISODate);
}

} // namespace

Result<QList<PipelineTotal>> SqlForecastStore::pipelineTotals(Period period)
{
    // close_date is "YYYY-MM-DD": the month is its first 7 characters; the quarter is computed
    // from the month. Both engines have substr and integer division.
    const QString periodExpression =
        period == Period::Month
            ? QStringLiteral("substr(o.close_date, 1, 7)")
            : QStringLiteral("substr(o.close_date, 1, 4) || '-Q' || "
                             "CAST((CAST(substr(o.close_date, 6, 2) AS INTEGER) + 2) / 3 AS "
                             "TEXT)");
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (auto ok = exec(
            q, QStringLiteral("SELECT ") % periodExpression %
                   QStringLiteral(" AS period, o.owner_id, o.stage_id, o.currency, COUNT(*), "
                                  "SUM(o.amount), SUM(o.amount * COALESCE(o.probability, "
                                  "s.probability) / 100), SUM(o.amount * COALESCE(o.probability, "
                                  "s.probability) % 100), o.forecast_category FROM opportunities o "
                                  "JOIN stages s ON s.id = o.stage_id WHERE o.deleted_at IS NULL "
                                  "GROUP BY period, o.owner_id, o.stage_id, o.currency, "
                                  "o.forecast_category ORDER BY period, o.owner_id, o.stage_id, "
                                  "o.currency, o.forecast_category"));
        !ok) {
        return std::unexpected(failWith(tr("Cannot add up the pipeline"), ok.error()).error());
    }
    QList<PipelineTotal> result;
    while (q.next()) {
        PipelineTotal t;
        t.period = q.value(0).toString();
        t.ownerId = q.value(1).toLongLong();
        t.stageId = q.value(2).toLongLong();
        t.currency = q.value(3).toString();
        t.opportunities = q.value(4).toLongLong();
        t.amount = q.value(5).toLongLong();
        // Whole cents and the hundredths left over, summed apart so neither sum overflows
        t.weighted = q.value(6).toLongLong() + q.value(7).toLongLong() / 100;
        t.category = forecastCategoryFromKey(q.value(8).toString());
        result.append(t);
    }
    return result;
}

Result<void> SqlForecastStore::forEachOpportunityFigures(
    const std::function<bool(const OpportunityFigures &)> &visit)
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (auto ok = exec(q, QStringLiteral("SELECT id, owner_id, account_id, stage_id, amount, "
                                         "currency, close_date, probability, forecast_category, "
                                         "disqualified, created_at, entered_stage_at FROM "
                                         "opportunities WHERE deleted_at IS NULL"));
        !ok) {
        return failWith(tr("Cannot read the deals to forecast"), ok.error());
    }
    OpportunityFigures d;
    while (q.next()) {
        d.id = q.value(0).toLongLong();
        d.ownerId = q.value(1).toLongLong();
        d.accountId = q.value(2).toLongLong();
        d.stageId = q.value(3).toLongLong();
        d.amount = q.value(4).toLongLong();
        d.currency = q.value(5).toString();
        d.closeDate = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        const QVariant probability = q.value(7);
        d.probability =
            probability.isNull() ? std::nullopt : std::optional<int>(probability.toInt());
        d.forecastCategory = forecastCategoryFromKey(q.value(8).toString());
        d.disqualified = q.value(9).toBool();
        d.createdAt = q.value(10).toLongLong();
        d.enteredStageAt = q.value(11).toLongLong();
        if (!visit(d))
            break;
    }
    return {};
}

Result<void>
SqlForecastStore::forEachStageEntry(const std::function<bool(const StageEntry &)> &visit)
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (auto ok = exec(q, QStringLiteral("SELECT opportunity_id, to_stage_id, at, amount, "
                                         "probability, close_date FROM stage_history ORDER BY "
                                         "opportunity_id, at, id"));
        !ok) {
        return failWith(tr("Cannot read the stage history"), ok.error());
    }
    StageEntry e;
    while (q.next()) {
        e.opportunityId = q.value(0).toLongLong();
        e.toStageId = q.value(1).toLongLong();
        e.at = q.value(2).toLongLong();
        e.amount = q.value(3).toLongLong();
        e.probability = q.value(4).toInt();
        e.closeDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        if (!visit(e))
            break;
    }
    return {};
}

Result<QList<Quota>> SqlForecastStore::quotas()
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (auto ok = exec(q, QStringLiteral("SELECT user_id, month, amount FROM quotas ORDER BY "
                                         "user_id, month"));
        !ok) {
        return std::unexpected(failWith(tr("Cannot read the quotas"), ok.error()).error());
    }
    QList<Quota> result;
    while (q.next())
        result.append({q.value(0).toLongLong(), monthFromKey(q.value(1).toString()),
                       q.value(2).toLongLong()});
    return result;
}

Result<void> SqlForecastStore::setQuotas(const QList<Quota> &quotas)
{
    Transaction transaction(db());
    if (auto ok = transaction.begin(); !ok)
        return ok;
    QSqlQuery remove(db());
    remove.prepare(QStringLiteral("DELETE FROM quotas WHERE user_id = ? AND month = ?"));
    QSqlQuery insert(db());
    insert.prepare(QStringLiteral("INSERT INTO quotas (user_id, month, amount) VALUES (?, ?, ?)"));
    for (const Quota &quota : quotas) {
        if (!quota.month.isValid() || quota.amount < 0)
            return fail(tr("A quota needs a month and an amount of zero or more."));
        remove.addBindValue(quota.userId);
        remove.addBindValue(monthKey(quota.month));
        if (auto ok = exec(remove); !ok)
            return failWith(tr("Cannot save the quotas"), ok.error());
        if (quota.amount == 0)
            continue;
        insert.addBindValue(quota.userId);
        insert.addBindValue(monthKey(quota.month));
        insert.addBindValue(quota.amount);
        if (auto ok = exec(insert); !ok)
            return failWith(tr("Cannot save the quotas"), ok.error());
    }
    return transaction.commit();
}

Result<QString> SqlForecastStore::reportingCurrency()
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(QStringLiteral("reporting_currency"));
    if (auto ok = exec(q); !ok)
        return std::unexpected(failWith(tr("Cannot read the currency"), ok.error()).error());
    return q.next() ? q.value(0).toString() : QStringLiteral("USD");
}

Result<QList<ExchangeRate>> SqlForecastStore::exchangeRates()
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (auto ok = exec(q, QStringLiteral("SELECT currency, rate FROM exchange_rates ORDER BY "
                                         "currency"));
        !ok) {
        return std::unexpected(failWith(tr("Cannot read the exchange rates"), ok.error()).error());
    }
    QList<ExchangeRate> result;
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toDouble()});
    return result;
}

Result<void> SqlForecastStore::setCurrencies(const QString &reportingCurrency,
                                             const QList<ExchangeRate> &rates)
{
    if (reportingCurrency.trimmed().isEmpty())
        return fail(tr("The reporting currency cannot be empty."));
    for (const ExchangeRate &rate : rates) {
        if (rate.currency.trimmed().isEmpty())
            return fail(tr("An exchange rate has no currency."));
        if (!(rate.rate > 0) || !std::isfinite(rate.rate)) {
            return fail(
                tr("The exchange rate of %1 must be a number above zero.").arg(rate.currency));
        }
    }
    Transaction transaction(db());
    if (auto ok = transaction.begin(); !ok)
        return ok;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = ?"));
    q.addBindValue(reportingCurrency.trimmed());
    q.addBindValue(QStringLiteral("reporting_currency"));
    if (auto ok = exec(q); !ok)
        return failWith(tr("Cannot save the currencies"), ok.error());
    if (auto ok = exec(q, QStringLiteral("DELETE FROM exchange_rates")); !ok)
        return failWith(tr("Cannot save the currencies"), ok.error());
    q.prepare(QStringLiteral("INSERT INTO exchange_rates (currency, rate) VALUES (?, ?)"));
    for (const ExchangeRate &rate : rates) {
        q.addBindValue(rate.currency.trimmed());
        q.addBindValue(rate.rate);
        if (auto ok = exec(q); !ok)
            return failWith(tr("Cannot save the exchange rate of %1").arg(rate.currency),
                            ok.error());
    }
    return transaction.commit();
}

Result<void> SqlForecastStore::saveForecastSnapshot(const QDate &takenOn,
                                                    const QList<ForecastSnapshotRow> &rows)
{
    Transaction transaction(db());
    if (auto ok = transaction.begin(); !ok)
        return ok;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("DELETE FROM forecast_snapshots WHERE taken_on = ?"));
    q.addBindValue(isoDate(takenOn));
    if (auto ok = exec(q); !ok)
        return failWith(tr("Cannot record the forecast snapshot"), ok.error());
    q.prepare(QStringLiteral("INSERT INTO forecast_snapshots (taken_on, month, owner_id, "
                             "territory, deals, amount, weighted, commit_amount, best_case) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const ForecastSnapshotRow &row : rows) {
        q.addBindValue(isoDate(takenOn));
        q.addBindValue(monthKey(row.month));
        q.addBindValue(row.ownerId);
        q.addBindValue(text(row.territory));
        q.addBindValue(row.opportunities);
        q.addBindValue(row.amount);
        q.addBindValue(row.weighted);
        q.addBindValue(row.commit);
        q.addBindValue(row.bestCase);
        if (auto ok = exec(q); !ok)
            return failWith(tr("Cannot record the forecast snapshot"), ok.error());
    }
    return transaction.commit();
}

Result<QList<ForecastSnapshotPoint>>
SqlForecastStore::forecastSnapshots(const QDate &fromMonth, const QDate &toMonth,
                                    const std::optional<qint64> &ownerId,
                                    const std::optional<QString> &territory)
{
    // Unset bounds and filters bind as NULL and match every row. (PostgreSQL must be told the
    // type of a parameter it only sees compared with NULL.)
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT taken_on, SUM(weighted), SUM(commit_amount), SUM(best_case) FROM "
        "forecast_snapshots WHERE (CAST(? AS TEXT) IS NULL OR month >= ?) AND (CAST(? AS TEXT) IS "
        "NULL OR month <= ?) AND (CAST(? AS BIGINT) IS NULL OR owner_id = ?) AND (CAST(? AS TEXT) "
        "IS NULL OR territory = ?) GROUP BY taken_on ORDER BY taken_on"));
    const QVariant nullText(QMetaType(QMetaType::QString));
    const QVariant from = fromMonth.isValid() ? QVariant(monthKey(fromMonth)) : nullText;
    const QVariant to = toMonth.isValid() ? QVariant(monthKey(toMonth)) : nullText;
    const QVariant owner = ownerId ? QVariant(*ownerId) : QVariant(QMetaType(QMetaType::LongLong));
    const QVariant place = territory ? QVariant(text(*territory)) : nullText;
    for (const QVariant &value : {from, from, to, to, owner, owner, place, place})
        q.addBindValue(value);
    if (auto ok = exec(q); !ok) {
        return std::unexpected(
            failWith(tr("Cannot read the forecast snapshots"), ok.error()).error());
    }
    QList<ForecastSnapshotPoint> result;
    while (q.next()) {
        result.append({QDate::fromString(q.value(0).toString(), Qt::ISODate),
                       q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong()});
    }
    return result;
}

Result<QDate> SqlForecastStore::lastSnapshotDay()
{
    QSqlQuery q(db());
    if (auto ok = exec(q, QStringLiteral("SELECT MAX(taken_on) FROM forecast_snapshots")); !ok) {
        return std::unexpected(
            failWith(tr("Cannot read the forecast snapshots"), ok.error()).error());
    }
    if (!q.next() || q.value(0).isNull())
        return QDate();
    return QDate::fromString(q.value(0).toString(), Qt::ISODate);
}

} // namespace Stageboard
