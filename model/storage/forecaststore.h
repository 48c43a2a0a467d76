// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/types.h"

#include <functional>
#include <optional>

namespace Stageboard {

/// What forecasting reads and keeps: each deal's figures, the ledger in its lean form, totals
/// added up in the database, quotas, currencies and the daily forecast snapshots. Every method
/// that writes is one transaction.
class ForecastStore
{
public:
    virtual ~ForecastStore() = default;

    /// Live deals added up in the database by close period, owner, stage and currency.
    virtual Result<QList<PipelineTotal>> pipelineTotals(Period period) = 0;
    /// Every live deal's forecasting figures, one at a time; visit returns false to stop.
    virtual Result<void>
    forEachOpportunityFigures(const std::function<bool(const OpportunityFigures &)> &visit) = 0;
    /// Every ledger row in its lean form, by deal and time; visit returns false to stop.
    virtual Result<void>
    forEachStageEntry(const std::function<bool(const StageEntry &)> &visit) = 0;
    /// Every rep's quota of every month, by user and month.
    virtual Result<QList<Quota>> quotas() = 0;
    /// Sets the given quotas (a zero amount removes one); others are kept.
    virtual Result<void> setQuotas(const QList<Quota> &quotas) = 0;
    /// The currency forecast totals are reported in.
    virtual Result<QString> reportingCurrency() = 0;
    /// The stored rates into the reporting currency, by currency.
    virtual Result<QList<ExchangeRate>> exchangeRates() = 0;
    /// Replaces the reporting currency and every exchange rate.
    virtual Result<void> setCurrencies(const QString &reportingCurrency,
                                       const QList<ExchangeRate> &rates) = 0;
    /// Replaces the snapshot of the day rows[i].takenOn with rows, so one day has one snapshot.
    virtual Result<void> saveForecastSnapshot(const QDate &takenOn,
                                              const QList<ForecastSnapshotRow> &rows) = 0;
    /// The forecast of the close months fromMonth..toMonth (either may be invalid: no bound) as
    /// each snapshot recorded it, oldest first, for one owner and territory or (unset) all.
    virtual Result<QList<ForecastSnapshotPoint>>
    forecastSnapshots(const QDate &fromMonth, const QDate &toMonth,
                      const std::optional<qint64> &ownerId,
                      const std::optional<QString> &territory) = 0;
    /// The day of the latest snapshot; invalid when there is none.
    virtual Result<QDate> lastSnapshotDay() = 0;
};

} // namespace Stageboard
