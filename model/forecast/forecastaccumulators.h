// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/money.h"
#include "core/types.h"
#include "forecast/forecast.h"

#include <QHash>
#include <QMap>
#include <vector>

// The parts a forecast is added up from, in one pass over the deals: each accumulator takes
// every counted deal with add() and says what it found with finish() (or fills its fields of
// the result). ForecastData::compute feeds them; each is small enough to test on its own.
namespace Stageboard {

constexpr qint64 secondsPerDay = 24 * 60 * 60;
/// How many stages a deal's visited bits can tell apart.
constexpr int maxVisitedStages = 64;

/// Months as counted: year × 12 + month − 1.
int monthIndex(const QDate &date);
QDate monthStart(int monthIndex);
/// The period (month, quarter or year) holding a month, and the first month of a period.
int periodIndex(int monthIndex, PeriodGrouping grouping);
int periodFirstMonth(int period, PeriodGrouping grouping);

/// One deal as the forecast counts it, once the filter has let it through: its amount in the
/// reporting currency, its probability and category resolved from its stage.
struct CountedOpportunity
{
    qint64 id = 0;
    qint64 ownerId = 0;
    int stage = 0; ///< the index of its stage, in process order
    StageKind kind = StageKind::Open;
    Cents amount = 0;
    int probability = 0; ///< 100 when won, 0 when lost
    ForecastCategory category = ForecastCategory::Pipeline;
    int month = -1;       ///< the close month it counts in (the current one when overdue), or −1
    bool overdue = false; ///< open, and its close date has passed
    bool disqualified = false;
    qint64 createdAt = 0;
    qint64 enteredAt = 0; ///< when it entered its stage
    quint64 visited = 0;  ///< bit i: it entered stage i

    bool open() const { return kind == StageKind::Open; }
    bool won() const { return kind == StageKind::Won; }
};

/// Figures while they are added up, the weighted amount exact to the cent.
struct FiguresSum
{
    ForecastFigures figures;
    WeightedSum weighted;

    void add(Cents amount, int probability, ForecastCategory category, bool won);
    void add(const CountedOpportunity &o) { add(o.amount, o.probability, o.category, o.won()); }
    ForecastFigures finished(std::optional<Cents> quota) const;
};

/// The reps' quotas by month, within the months a forecast covers; none at all with a
/// territory filter (quotas are per rep).
class QuotaBook
{
public:
    QuotaBook(const QHash<qint64, QMap<int, Cents>> &quotas, int fromMonth, int toMonth,
              bool applies);
    /// The quota of one rep (or, unset, every rep) in the months first..last; unset when there
    /// is none.
    std::optional<Cents> of(const std::optional<qint64> &owner, int first, int last) const;
    /// The months in range in which a rep (or any) has a quota, ascending.
    QList<int> monthsWithQuota(const std::optional<qint64> &owner) const;
    /// The reps with a quota in range.
    QList<qint64> repsWithQuota(const std::optional<qint64> &owner) const;

private:
    const QHash<qint64, QMap<int, Cents>> &m_quotas;
    int m_fromMonth;
    int m_toMonth;
    bool m_applies;
};

/// Figures by close period: the periods with deals, and those with only a quota.
class PeriodAccumulator
{
public:
    explicit PeriodAccumulator(PeriodGrouping grouping)
        : m_grouping(grouping)
    {}
    void add(const CountedOpportunity &o);
    QList<ForecastPeriodRow> finish(const QuotaBook &quotas,
                                    const std::optional<qint64> &owner) const;

private:
    PeriodGrouping m_grouping;
    QMap<int, FiguresSum> m_periods;
};

/// Figures by rep: the reps with deals, and those with only a quota.
class RepAccumulator
{
public:
    void add(const CountedOpportunity &o) { m_reps[o.ownerId].add(o); }
    QList<ForecastRepRow> finish(const QuotaBook &quotas, const std::optional<qint64> &owner) const;

private:
    QMap<qint64, FiguresSum> m_reps;
};

/// Each stage's deals now (count, amount, weighted) and the average length of a stay in it.
class StageAccumulator
{
public:
    explicit StageAccumulator(const QList<Stage> &stages);
    void add(const CountedOpportunity &o);
    /// A completed stay of a counted deal in a stage (from its ledger).
    void addStay(int stage, qint64 seconds);
    /// One row per stage, in process order; the funnel's fields are left for FunnelAccumulator.
    QList<ForecastStageRow> finish() const;

private:
    QList<ForecastStageRow> m_rows;
    std::vector<qint64> m_weighted; ///< amount × probability, in hundredths of a cent
    std::vector<qint64> m_staySeconds;
};

/// How far deals got: each stage's reached count (the furthest stage reached counts every
/// earlier one of its pipeline as passed; a lost stage counts the deals lost there), its conversion
/// to the next stage of its pipeline, and the closed deals that went through it, and of those the
/// won.
class FunnelAccumulator
{
public:
    explicit FunnelAccumulator(const QList<Stage> &stages);
    void add(const CountedOpportunity &o);
    /// Fills reached, conversion, closedThrough and wonThrough of rows (one per stage).
    void fill(QList<ForecastStageRow> &rows) const;

private:
    const QList<Stage> &m_stages;
    std::vector<qint64> m_reached;
    std::vector<qint64> m_closedThrough;
    std::vector<qint64> m_wonThrough;
};

/// Open deals longer in their stage than its age limit, longest overdue first.
class StalledAccumulator
{
public:
    StalledAccumulator(const QList<Stage> &stages, qint64 now)
        : m_stages(stages)
        , m_now(now)
    {}
    void add(const CountedOpportunity &o);
    QList<StalledOpportunity> finish() const;

private:
    const QList<Stage> &m_stages;
    qint64 m_now;
    QList<StalledOpportunity> m_stalled;
};

/// How deals ended and what is late: won, lost and disqualified (left out of the win rate),
/// win rate, average won amount and cycle, overdue and undated open deals.
class OutcomeAccumulator
{
public:
    void add(const CountedOpportunity &o);
    /// Fills won, lost, disqualified, winRate, averageOpportunitySize, averageCycleDays, overdue
    /// and undated.
    void fill(ForecastResult &result) const;

private:
    qint64 m_won = 0;
    qint64 m_lost = 0;
    qint64 m_disqualified = 0;
    Cents m_wonAmount = 0;
    qint64 m_cycleSeconds = 0;
    qint64 m_overdue = 0;
    qint64 m_undated = 0;
};

} // namespace Stageboard
