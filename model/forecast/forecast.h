// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/types.h"
#include "storage/directory.h"
#include "storage/forecaststore.h"
#include "storage/processstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <array>
#include <limits>
#include <vector>

namespace Stageboard {

struct CountedOpportunity;

enum class PeriodGrouping { Month, Quarter, Year };

/// What a forecast covers. Unset parts cover everything.
struct ForecastFilter
{
    QDate fromMonth; ///< first close month (its first day), inclusive
    QDate toMonth;   ///< last close month (its first day), inclusive
    std::optional<qint64> ownerId;
    std::optional<QString> territory;
    std::optional<qint64> stageId;    ///< the deals now in this stage
    std::optional<qint64> pipelineId; ///< the deals in this pipeline's stages
    PeriodGrouping grouping = PeriodGrouping::Month;

    bool hasPeriod() const { return fromMonth.isValid() || toMonth.isValid(); }
    friend bool operator==(const ForecastFilter &, const ForecastFilter &) = default;
};

/// Forecast totals of a set of deals, in the reporting currency. Omitted deals (lost, or set
/// aside by their rep) count only in byCategory[Omitted].
struct ForecastFigures
{
    qint64 opportunities = 0; ///< open deals and won deals, omitted ones left out
    Cents amount = 0;         ///< their amount
    Cents weighted = 0;       ///< amount × probability (won deals at 100 %)
    std::array<Cents, forecastCategoryCount> byCategory{};
    qint64 wonOpportunities = 0;
    /// The quota of the reps and months covered; unset when there is none or it cannot apply
    /// (quotas are per rep, so not with a territory filter).
    std::optional<Cents> quota;

    Cents category(ForecastCategory c) const { return byCategory[std::size_t(c)]; }
    Cents closedWon() const { return category(ForecastCategory::Closed); }
    /// Closed won plus the open deals in Commit.
    Cents commit() const { return closedWon() + category(ForecastCategory::Commit); }
    /// Commit plus the open deals in Best Case.
    Cents bestCase() const { return commit() + category(ForecastCategory::BestCase); }
    /// Open deals that count in the forecast (Pipeline, Best Case, Commit).
    Cents openPipeline() const
    {
        return category(ForecastCategory::Pipeline) + category(ForecastCategory::BestCase) +
               category(ForecastCategory::Commit);
    }
    /// Closed won ÷ quota.
    std::optional<double> attainment() const;
    /// Open pipeline ÷ the quota still to close; unset when the quota is met or missing.
    std::optional<double> coverage() const;
};

struct ForecastPeriodRow
{
    QString key; ///< "2027-03", "2027-Q1" or "2027"
    QDate start;
    ForecastFigures figures;
};

struct ForecastRepRow
{
    qint64 ownerId = 0;
    ForecastFigures figures;
};

struct ForecastStageRow
{
    qint64 stageId = 0;
    int configuredProbability = 0;
    qint64 opportunities = 0; ///< in the stage now, omitted ones included
    Cents amount = 0;
    Cents weighted = 0;
    /// Deals that reached this stage or a later one (lost stages: the deals lost).
    qint64 reached = 0;
    /// The share of those that reached the next stage; unset for the last and closed stages.
    std::optional<double> conversion;
    qint64 stays = 0; ///< completed stays in the stage, from the ledger
    std::optional<double> averageDays;
    qint64 closedThrough = 0; ///< closed deals (won or lost) that entered this stage
    qint64 wonThrough = 0;    ///< of those, the ones won
    std::optional<double> observedProbability() const;
};

struct StalledOpportunity
{
    qint64 id = 0;
    qint64 ownerId = 0;
    qint64 stageId = 0;
    int daysInStage = 0;
    int limitDays = 0;
    Cents amount = 0; ///< in the reporting currency
};

struct ForecastResult
{
    QString currency; ///< the reporting currency every amount is in
    ForecastFigures total;
    QList<ForecastPeriodRow> periods;  ///< by close period, in order
    QList<ForecastRepRow> reps;        ///< by owner id
    QList<ForecastStageRow> stages;    ///< in process order
    QList<StalledOpportunity> stalled; ///< longest past its stage's limit first
    qint64 won = 0;
    qint64 lost = 0; ///< disqualified deals left out
    qint64 disqualified = 0;
    std::optional<double> winRate; ///< won ÷ (won + lost)
    std::optional<Cents> averageOpportunitySize;
    std::optional<double> averageCycleDays; ///< created → won
    /// Open deals whose close date has passed: they are forecast in the current month.
    qint64 overdue = 0;
    /// Open deals without a close date: outside every period, so outside a period filter.
    qint64 undated = 0;
    QStringList missingRates; ///< currencies without an exchange rate
    qint64 unconverted = 0;   ///< deals left out for want of a rate
};

/// The stores forecasting reads: its own figures and history, the stages of the process and the
/// accounts (for their territories).
struct ForecastSources
{
    ForecastStore &forecast;
    ProcessStore &process;
    Directory &directory;
};

/// The lean, in-memory form of every deal and its ledger that forecasting needs, kept up to date
/// change by change, so that every dashboard number is recomputed from it in milliseconds.
class ForecastData
{
    Q_DECLARE_TR_FUNCTIONS(Stageboard::ForecastData)

public:
    /// Reads the process, accounts, quotas, currencies, every deal and the whole ledger.
    static Result<ForecastData> load(const ForecastSources &sources);

    void setStages(const QList<Stage> &stages);
    void setAccounts(const QList<Account> &accounts);
    bool knowsAccount(qint64 accountId) const { return m_accountTerritory.contains(accountId); }
    void setQuotas(const QList<Quota> &quotas);
    void setCurrencies(const QString &reportingCurrency, const QList<ExchangeRate> &rates);

    /// A deal was created, edited or restored (or moved: see addStageEntry).
    void upsert(const OpportunityFigures &deal);
    void upsert(const Opportunity &deal);
    /// A deal was deleted; its ledger is kept in case it is restored.
    void remove(qint64 id);
    /// The ledger gained a row: the deal entered stageId at `at`, ending its stay in the stage
    /// it was in. Call before upserting the moved deal.
    void addStageEntry(qint64 id, qint64 stageId, qint64 at);

    ForecastResult compute(const ForecastFilter &filter, qint64 now) const;
    /// The forecast of every close month from today's on, by owner and territory.
    QList<ForecastSnapshotRow> snapshot(qint64 now) const;

    const QList<Stage> &stages() const { return m_stages; }
    QString reportingCurrency() const { return m_reportingCurrency; }
    QStringList territories() const;
    const QList<Quota> &quotaList() const { return m_quotaList; }
    const QList<ExchangeRate> &rateList() const { return m_rateList; }
    /// Currencies the deals use, sorted.
    QStringList currencies() const;
    int opportunityCount() const { return int(m_index.size()); }

private:
    struct Record
    {
        qint64 id = 0;
        qint64 ownerId = 0;
        qint64 accountId = 0;
        qint64 createdAt = 0;
        qint64 enteredAt = 0;
        Cents amount = 0;
        quint64 visited = 0; ///< bit i: the deal entered stage i (by process order)
        int closeMonth = -1; ///< year × 12 + month − 1; −1 without a close date
        qint64 closeDay = 0; ///< Julian day
        int territory = 0;
        int stage = -1;
        int currency = 0;
        int firstStay = -1; ///< index into m_stays of the latest completed stay
        qint8 probability = -1;
        qint8 category = -1;
        bool disqualified = false;
        bool deleted = false;
    };
    struct Stay
    {
        int stage = 0;
        qint64 seconds = 0;
        int next = -1;
    };

    /// What a filter narrows the deals to, worked out once per compute().
    struct Scope
    {
        qint64 todayJulian = 0;
        int currentMonth = 0;
        int fromMonth = std::numeric_limits<int>::min();
        int toMonth = std::numeric_limits<int>::max();
        int territory = -1;        ///< index into m_territories; −1 for all
        int stage = -1;            ///< index into m_stages; −1 for all
        std::vector<double> rates; ///< by currency index; NaN without a rate
    };

    Record &recordFor(qint64 id);
    /// Unset when the filter can match nothing (an unknown territory or stage).
    std::optional<Scope> scopeOf(const ForecastFilter &filter, qint64 now) const;
    /// The deal as the forecast counts it, or unset when the filter leaves it out. Its amount
    /// is converted at the scope's rate, which may be missing (NaN): the caller checks.
    std::optional<CountedOpportunity> count(const Record &d, const ForecastFilter &filter,
                                            const Scope &scope) const;
    int territoryIndex(const QString &territory);
    int currencyIndex(const QString &currency);
    int stageIndex(qint64 stageId) const { return m_stageIndex.value(stageId, -1); }
    static std::optional<ForecastCategory> categoryOf(const Record &d)
    {
        return d.category >= 0 ? std::optional(ForecastCategory(d.category)) : std::nullopt;
    }

    QList<Stage> m_stages;
    QHash<qint64, int> m_stageIndex;
    QHash<qint64, int> m_accountTerritory;
    QStringList m_territories{QString()};
    QStringList m_currencyNames;
    QHash<QString, int> m_currencyIndex;
    QString m_reportingCurrency = QStringLiteral("USD");
    QList<ExchangeRate> m_rateList;
    QHash<QString, double> m_rates;
    QList<Quota> m_quotaList;
    QHash<qint64, QMap<int, Cents>> m_quotas; ///< owner → month index → amount
    std::vector<Record> m_records;
    QHash<qint64, int> m_index;
    std::vector<Stay> m_stays;
};

/// "2027-03", "2027-Q1" or "2027" for the close period holding month.
QString periodKey(const QDate &month, PeriodGrouping grouping);

/// Records today's forecast snapshot (replacing one already taken today).
Result<void> takeForecastSnapshot(ForecastStore &store, const ForecastData &data, qint64 now);

/// Rebuilds the forecast as it stood at the end of given days from each deal's ledger rows
/// (which keep the amount, probability and close date of every move), deal by deal.
class ForecastHistoryBuilder
{
public:
    /// rates: units of the reporting currency per unit of each currency (itself included).
    ForecastHistoryBuilder(const QList<Stage> &stages, QHash<QString, double> rates,
                           QList<QDate> days);
    ~ForecastHistoryBuilder();
    Q_DISABLE_COPY_MOVE(ForecastHistoryBuilder)

    /// One deal's ledger rows, oldest first.
    void addOpportunityHistory(qint64 ownerId, const QString &territory, const QString &currency,
                               const QList<StageEntry> &history);
    /// Records one snapshot per day (replacing any taken that day).
    Result<void> save(ForecastStore &store) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/// Rebuilds the forecast as it stood at the end of each of days from the ledger (each row keeps
/// the deal's amount, probability and close date when it entered the stage) and records them
/// as snapshots. For databases that have history but no snapshots yet, such as the demo.
Result<void> reconstructForecastSnapshots(const ForecastSources &sources, const QList<QDate> &days);

} // namespace Stageboard
