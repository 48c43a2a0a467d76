// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecast/forecastaccumulators.h"

#include <algorithm>
#include <limits>

namespace Stageboard {

int monthIndex(const QDate &date)
{
    return date.year() * 12 + date.month() - 1;
}

QDate monthStart(int index)
{
    return QDate(index / 12, index % 12 + 1, 1);
}

int periodIndex(int month, PeriodGrouping grouping)
{
    switch (grouping) {
    case PeriodGrouping::Quarter:
        return month / 3;
    case PeriodGrouping::Year:
        return month / 12;
    case PeriodGrouping::Month:
        break;
    }
    return month;
}

int periodFirstMonth(int period, PeriodGrouping grouping)
{
    switch (grouping) {
    case PeriodGrouping::Quarter:
        return period * 3;
    case PeriodGrouping::Year:
        return period * 12;
    case PeriodGrouping::Month:
        break;
    }
    return period;
}

void FiguresSum::add(Cents amount, int probability, ForecastCategory category, bool won)
{
    figures.byCategory[std::size_t(category)] += amount;
    if (category == ForecastCategory::Omitted)
        return;
    ++figures.opportunities;
    figures.amount += amount;
    weighted.add(amount, probability);
    figures.wonOpportunities += won;
}

ForecastFigures FiguresSum::finished(std::optional<Cents> quota) const
{
    ForecastFigures f = figures;
    f.weighted = weighted.value();
    f.quota = quota;
    return f;
}

QuotaBook::QuotaBook(const QHash<qint64, QMap<int, Cents>> &quotas, int fromMonth, int toMonth,
                     bool applies)
    : m_quotas(quotas)
    , m_fromMonth(fromMonth)
    , m_toMonth(toMonth)
    , m_applies(applies)
{}

std::optional<Cents> QuotaBook::of(const std::optional<qint64> &owner, int first, int last) const
{
    if (!m_applies)
        return std::nullopt;
    first = std::max(first, m_fromMonth);
    last = std::min(last, m_toMonth);
    bool any = false;
    Cents sum = 0;
    for (auto rep = m_quotas.constBegin(); rep != m_quotas.constEnd(); ++rep) {
        if (owner && rep.key() != *owner)
            continue;
        for (auto m = rep->lowerBound(first); m != rep->constEnd() && m.key() <= last; ++m) {
            sum += m.value();
            any = true;
        }
    }
    return any ? std::optional<Cents>(sum) : std::nullopt;
}

QList<int> QuotaBook::monthsWithQuota(const std::optional<qint64> &owner) const
{
    QList<int> months;
    if (!m_applies)
        return months;
    for (auto rep = m_quotas.constBegin(); rep != m_quotas.constEnd(); ++rep) {
        if (owner && rep.key() != *owner)
            continue;
        for (auto m = rep->constBegin(); m != rep->constEnd(); ++m) {
            if (m.key() >= m_fromMonth && m.key() <= m_toMonth && m.value() > 0)
                months.append(m.key());
        }
    }
    std::sort(months.begin(), months.end());
    months.erase(std::unique(months.begin(), months.end()), months.end());
    return months;
}

QList<qint64> QuotaBook::repsWithQuota(const std::optional<qint64> &owner) const
{
    QList<qint64> reps;
    for (auto rep = m_quotas.constBegin(); rep != m_quotas.constEnd(); ++rep) {
        if (owner && rep.key() != *owner)
            continue;
        if (of(rep.key(), std::numeric_limits<int>::min(), std::numeric_limits<int>::max()))
            reps.append(rep.key());
    }
    return reps;
}

void PeriodAccumulator::add(const CountedOpportunity &o)
{
    if (o.month >= 0)
        m_periods[periodIndex(o.month, m_grouping)].add(o);
}

QList<ForecastPeriodRow> PeriodAccumulator::finish(const QuotaBook &quotas,
                                                   const std::optional<qint64> &owner) const
{
    QMap<int, FiguresSum> periods = m_periods;
    for (int month : quotas.monthsWithQuota(owner))
        periods[periodIndex(month, m_grouping)];
    QList<ForecastPeriodRow> rows;
    for (auto p = periods.constBegin(); p != periods.constEnd(); ++p) {
        const int first = periodFirstMonth(p.key(), m_grouping);
        const int last = periodFirstMonth(p.key() + 1, m_grouping) - 1;
        const QDate start = monthStart(first);
        rows.append(
            {periodKey(start, m_grouping), start, p->finished(quotas.of(owner, first, last))});
    }
    return rows;
}

QList<ForecastRepRow> RepAccumulator::finish(const QuotaBook &quotas,
                                             const std::optional<qint64> &owner) const
{
    QMap<qint64, FiguresSum> reps = m_reps;
    for (qint64 rep : quotas.repsWithQuota(owner))
        reps[rep];
    QList<ForecastRepRow> rows;
    for (auto r = reps.constBegin(); r != reps.constEnd(); ++r) {
        rows.append({r.key(), r->finished(quotas.of(r.key(), std::numeric_limits<int>::min(),
                                                    std::numeric_limits<int>::max()))});
    }
    return rows;
}

StageAccumulator::StageAccumulator(const QList<Stage> &stages)
    : m_weighted(std::size_t(stages.size()), 0)
    , m_staySeconds(std::size_t(stages.size()), 0)
{
    for (const Stage &s : stages) {
        ForecastStageRow row;
        row.stageId = s.id;
        row.configuredProbability = s.probability;
        m_rows.append(row);
    }
}

void StageAccumulator::add(const CountedOpportunity &o)
{
    ForecastStageRow &row = m_rows[o.stage];
    ++row.opportunities;
    row.amount += o.amount;
    m_weighted[std::size_t(o.stage)] += o.amount * o.probability;
}

void StageAccumulator::addStay(int stage, qint64 seconds)
{
    if (stage < 0 || stage >= m_rows.size())
        return;
    ++m_rows[stage].stays;
    m_staySeconds[std::size_t(stage)] += seconds;
}

QList<ForecastStageRow> StageAccumulator::finish() const
{
    QList<ForecastStageRow> rows = m_rows;
    for (int i = 0; i < rows.size(); ++i) {
        ForecastStageRow &row = rows[i];
        row.weighted = m_weighted[std::size_t(i)] / 100;
        if (row.stays > 0)
            row.averageDays = double(m_staySeconds[std::size_t(i)]) / row.stays / secondsPerDay;
    }
    return rows;
}

FunnelAccumulator::FunnelAccumulator(const QList<Stage> &stages)
    : m_stages(stages)
    , m_reached(std::size_t(stages.size()), 0)
    , m_closedThrough(std::size_t(stages.size()), 0)
    , m_wonThrough(std::size_t(stages.size()), 0)
{}

void FunnelAccumulator::add(const CountedOpportunity &o)
{
    const int stageCount = int(m_stages.size());
    const bool lost = o.kind == StageKind::Lost;
    // The furthest stage reached, counting every stage before it as passed.
    int furthest = lost ? -1 : o.stage;
    for (int i = 0; i < stageCount && i < maxVisitedStages; ++i) {
        if ((o.visited >> i) & 1 && m_stages[i].kind != StageKind::Lost)
            furthest = std::max(furthest, i);
    }
    // Passed: the stages before it in its own pipeline (a later pipeline's deal passed none of
    // an earlier pipeline's).
    const qint64 pipeline = m_stages[o.stage].pipelineId;
    for (int i = 0; i <= furthest; ++i) {
        if (m_stages[i].kind != StageKind::Lost && m_stages[i].pipelineId == pipeline)
            ++m_reached[std::size_t(i)];
    }
    if (lost)
        ++m_reached[std::size_t(o.stage)];
    if (o.open())
        return;
    for (int i = 0; i < stageCount && i < maxVisitedStages; ++i) {
        if ((o.visited >> i) & 1) {
            ++m_closedThrough[std::size_t(i)];
            m_wonThrough[std::size_t(i)] += o.won();
        }
    }
}

void FunnelAccumulator::fill(QList<ForecastStageRow> &rows) const
{
    const int stageCount = int(m_stages.size());
    for (int i = 0; i < stageCount && i < rows.size(); ++i) {
        ForecastStageRow &row = rows[i];
        row.reached = m_reached[std::size_t(i)];
        row.closedThrough = m_closedThrough[std::size_t(i)];
        row.wonThrough = m_wonThrough[std::size_t(i)];
        if (m_stages[i].kind != StageKind::Open || row.reached == 0)
            continue;
        // The next stage forward is in the same pipeline: a pipeline's last stage leads nowhere.
        for (int j = i + 1; j < stageCount && m_stages[j].pipelineId == m_stages[i].pipelineId;
             ++j) {
            if (m_stages[j].kind != StageKind::Lost) {
                row.conversion = double(m_reached[std::size_t(j)]) / row.reached;
                break;
            }
        }
    }
}

void StalledAccumulator::add(const CountedOpportunity &o)
{
    const Stage &stage = m_stages[o.stage];
    if (!o.open() || !stage.rotDays)
        return;
    const int days = int((m_now - o.enteredAt) / secondsPerDay);
    if (days > *stage.rotDays)
        m_stalled.append({o.id, o.ownerId, stage.id, days, *stage.rotDays, o.amount});
}

QList<StalledOpportunity> StalledAccumulator::finish() const
{
    QList<StalledOpportunity> stalled = m_stalled;
    std::stable_sort(stalled.begin(), stalled.end(),
                     [](const StalledOpportunity &a, const StalledOpportunity &b) {
                         return a.daysInStage - a.limitDays > b.daysInStage - b.limitDays;
                     });
    return stalled;
}

void OutcomeAccumulator::add(const CountedOpportunity &o)
{
    if (o.won()) {
        ++m_won;
        m_wonAmount += o.amount;
        m_cycleSeconds += o.enteredAt - o.createdAt;
    } else if (!o.open()) {
        ++(o.disqualified ? m_disqualified : m_lost);
    }
    m_overdue += o.overdue;
    m_undated += o.open() && o.month < 0;
}

void OutcomeAccumulator::fill(ForecastResult &result) const
{
    result.won = m_won;
    result.lost = m_lost;
    result.disqualified = m_disqualified;
    result.overdue = m_overdue;
    result.undated = m_undated;
    if (m_won + m_lost > 0)
        result.winRate = double(m_won) / double(m_won + m_lost);
    if (m_won > 0) {
        result.averageOpportunitySize = m_wonAmount / m_won;
        result.averageCycleDays = double(m_cycleSeconds) / m_won / secondsPerDay;
    }
}

} // namespace Stageboard
