// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/forecaststore.h"
#include "storage/sqlpart.h"

namespace Stageboard {

/// The forecast store on SQLite or PostgreSQL.
class SqlForecastStore final : public ForecastStore, private SqlPart
{
    Q_DECLARE_TR_FUNCTIONS(Stageboard::SqlStorage)

public:
    using SqlPart::SqlPart;
    Q_DISABLE_COPY_MOVE(SqlForecastStore)

    Result<QList<PipelineTotal>> pipelineTotals(Period period) override;
    Result<void> forEachOpportunityFigures(
        const std::function<bool(const OpportunityFigures &)> &visit) override;
    Result<void> forEachStageEntry(const std::function<bool(const StageEntry &)> &visit) override;
    Result<QList<Quota>> quotas() override;
    Result<void> setQuotas(const QList<Quota> &quotas) override;
    Result<QString> reportingCurrency() override;
    Result<QList<ExchangeRate>> exchangeRates() override;
    Result<void> setCurrencies(const QString &reportingCurrency,
                               const QList<ExchangeRate> &rates) override;
    Result<void> saveForecastSnapshot(const QDate &takenOn,
                                      const QList<ForecastSnapshotRow> &rows) override;
    Result<QList<ForecastSnapshotPoint>>
    forecastSnapshots(const QDate &fromMonth, const QDate &toMonth,
                      const std::optional<qint64> &ownerId,
                      const std::optional<QString> &territory) override;
    Result<QDate> lastSnapshotDay() override;
};

} // namespace Stageboard
