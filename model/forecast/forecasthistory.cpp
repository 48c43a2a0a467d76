// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The forecast as it stood on past days, rebuilt from the ledger (ForecastHistoryBuilder).
#include "forecast/forecast.h"
#include "forecast/forecastaccumulators.h"

#include <QDateTime>
#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>
#include <unordered_map>

namespace Stageboard {

namespace {

/// One row of every snapshot: a close month, an owner and a territory. Its figures are kept
/// for all the snapshot days together, so a deal's days land next to each other in memory.
struct SnapshotGroup
{
    int month;
    qint64 owner;
    int territory;
    bool operator==(const SnapshotGroup &) const = default;
    bool operator<(const SnapshotGroup &o) const
    {
        return std::tie(month, owner, territory) < std::tie(o.month, o.owner, o.territory);
    }
};

struct SnapshotGroupHash
{
    std::size_t operator()(const SnapshotGroup &k) const
    {
        return qHashMulti(0, k.month, k.owner, k.territory);
    }
};

} // namespace

struct ForecastHistoryBuilder::Private
{
    QHash<qint64, Stage> stageById;
    QHash<QString, double> rates;
    QList<QDate> days;
    QList<qint64> ends; ///< the end of each day, in seconds
    QList<int> dayMonths;
    QStringList territoryNames;
    QHash<QString, int> territoryIndex;
    /// Per group, one accumulator per snapshot day.
    std::unordered_map<SnapshotGroup, std::vector<FiguresSum>, SnapshotGroupHash> rows;
};

ForecastHistoryBuilder::ForecastHistoryBuilder(const QList<Stage> &stages,
                                               QHash<QString, double> rates, QList<QDate> days)
    : d(std::make_unique<Private>())
{
    for (const Stage &s : stages)
        d->stageById.insert(s.id, s);
    d->rates = std::move(rates);
    d->days = std::move(days);
    for (const QDate &day : std::as_const(d->days)) {
        d->ends.append(QDateTime(day.addDays(1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
        d->dayMonths.append(monthIndex(day));
    }
}

ForecastHistoryBuilder::~ForecastHistoryBuilder() = default;

void ForecastHistoryBuilder::addOpportunityHistory(qint64 ownerId, const QString &territory,
                                                   const QString &currency,
                                                   const QList<StageEntry> &history)
{
    const auto rate = d->rates.constFind(currency);
    if (history.isEmpty() || rate == d->rates.constEnd())
        return;
    auto place = d->territoryIndex.constFind(territory);
    if (place == d->territoryIndex.constEnd()) {
        place = d->territoryIndex.insert(territory, int(d->territoryNames.size()));
        d->territoryNames.append(territory);
    }
    // Each row's stage and close month, looked up once; days and rows are both in time order.
    struct Row
    {
        const StageEntry *entry;
        const Stage *stage;
        int month;
        qint64 closeDay;
    };
    QVarLengthArray<Row, 8> rows;
    for (const StageEntry &c : history) {
        const auto stage = d->stageById.constFind(c.toStageId);
        rows.append({&c, stage == d->stageById.constEnd() ? nullptr : &*stage,
                     c.closeDate.isValid() ? monthIndex(c.closeDate) : -1,
                     c.closeDate.toJulianDay()});
    }
    qsizetype next = 0; // the first row not yet in effect
    SnapshotGroup group{-1, ownerId, *place};
    std::vector<FiguresSum> *figures = nullptr;
    for (int i = 0; i < d->days.size(); ++i) {
        // The deal as it stood that day: its last ledger row before the day ended.
        while (next < rows.size() && rows[next].entry->at < d->ends[i])
            ++next;
        if (next == 0)
            continue;
        const Row &state = rows[next - 1];
        if (!state.stage || state.month < 0 || state.stage->kind == StageKind::Lost)
            continue;
        const bool won = state.stage->kind == StageKind::Won;
        const int month =
            !won && state.closeDay < d->days[i].toJulianDay() ? d->dayMonths[i] : state.month;
        if (month < d->dayMonths[i])
            continue;
        const Cents amount =
            *rate == 1.0 ? state.entry->amount : std::llround(double(state.entry->amount) * *rate);
        if (month != group.month) {
            group.month = month;
            figures = &d->rows[group];
            figures->resize(d->days.size());
        }
        (*figures)[i].add(amount, won ? 100 : state.entry->probability,
                          effectiveForecastCategory(*state.stage, std::nullopt), won);
    }
}

Result<void> ForecastHistoryBuilder::save(ForecastStore &store) const
{
    std::map<SnapshotGroup, const std::vector<FiguresSum> *> sorted;
    for (const auto &[group, figures] : d->rows)
        sorted.emplace(group, &figures);
    QList<QList<ForecastSnapshotRow>> snapshots(d->days.size());
    for (const auto &[group, figures] : sorted) {
        for (qsizetype day = 0; day < d->days.size(); ++day) {
            const ForecastFigures f = (*figures)[day].finished(std::nullopt);
            if (f.opportunities == 0)
                continue;
            snapshots[day].append({d->days[day], monthStart(group.month), group.owner,
                                   d->territoryNames[group.territory], f.opportunities, f.amount,
                                   f.weighted, f.commit(), f.bestCase()});
        }
    }
    for (int i = 0; i < d->days.size(); ++i) {
        if (auto ok = store.saveForecastSnapshot(d->days[i], snapshots[i]); !ok)
            return ok;
    }
    return {};
}

Result<void> reconstructForecastSnapshots(const ForecastSources &sources, const QList<QDate> &days)
{
    auto stages = sources.process.stages();
    if (!stages)
        return std::unexpected(stages.error());
    auto accounts = sources.directory.accounts();
    if (!accounts)
        return std::unexpected(accounts.error());
    QHash<qint64, QString> territoryOf;
    for (const Account &a : *accounts)
        territoryOf.insert(a.id, a.territory);
    auto currency = sources.forecast.reportingCurrency();
    if (!currency)
        return std::unexpected(currency.error());
    auto rateList = sources.forecast.exchangeRates();
    if (!rateList)
        return std::unexpected(rateList.error());
    QHash<QString, double> rates;
    for (const ExchangeRate &r : *rateList)
        rates.insert(r.currency, r.rate);
    rates.insert(*currency, 1.0);
    struct Owner
    {
        qint64 ownerId;
        QString territory;
        QString currency;
    };
    QHash<qint64, Owner> deals;
    if (auto ok = sources.forecast.forEachOpportunityFigures([&](const OpportunityFigures &f) {
            deals.insert(f.id, {f.ownerId, territoryOf.value(f.accountId), f.currency});
            return true;
        });
        !ok) {
        return ok;
    }
    ForecastHistoryBuilder builder(*stages, rates, days);
    QList<StageEntry> history;
    auto flush = [&] {
        if (history.isEmpty())
            return;
        if (const auto deal = deals.constFind(history.first().opportunityId);
            deal != deals.constEnd())
            builder.addOpportunityHistory(deal->ownerId, deal->territory, deal->currency, history);
        history.clear();
    };
    if (auto ok = sources.forecast.forEachStageEntry([&](const StageEntry &c) {
            if (!history.isEmpty() && history.first().opportunityId != c.opportunityId)
                flush();
            history.append(c);
            return true;
        });
        !ok) {
        return ok;
    }
    flush();
    return builder.save(sources.forecast);
}

} // namespace Stageboard
