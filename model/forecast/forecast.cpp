// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecast/forecast.h"

#include "core/money.h"
#include "forecast/forecastaccumulators.h"

#include <QDateTime>
#include <QVarLengthArray>
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <tuple>
#include <unordered_map>

namespace Stageboard {

namespace {

QDate dayOf(qint64 secondsSinceEpoch)
{
    return QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, Qt::UTC).date();
}

} // namespace

std::optional<double> ForecastFigures::attainment() const
{
    if (!quota || *quota <= 0)
        return std::nullopt;
    return double(closedWon()) / double(*quota);
}

std::optional<double> ForecastFigures::coverage() const
{
    if (!quota || *quota - closedWon() <= 0)
        return std::nullopt;
    return double(openPipeline()) / double(*quota - closedWon());
}

std::optional<double> ForecastStageRow::observedProbability() const
{
    if (closedThrough == 0)
        return std::nullopt;
    return double(wonThrough) / double(closedThrough);
}

QString periodKey(const QDate &month, PeriodGrouping grouping)
{
    switch (grouping) {
    case PeriodGrouping::Quarter:
        return QStringLiteral("%1-Q%2").arg(month.year()).arg((month.month() + 2) / 3);
    case PeriodGrouping::Year:
        return QString::number(month.year());
    case PeriodGrouping::Month:
        break;
    }
    return month.toString(QStringLiteral("yyyy-MM"));
}

Result<ForecastData> ForecastData::load(const ForecastSources &sources)
{
    ForecastData data;
    auto stages = sources.process.stages();
    if (!stages)
        return std::unexpected(stages.error());
    data.setStages(*stages);
    auto accounts = sources.directory.accounts();
    if (!accounts)
        return std::unexpected(accounts.error());
    data.setAccounts(*accounts);
    auto quotas = sources.forecast.quotas();
    if (!quotas)
        return std::unexpected(quotas.error());
    data.setQuotas(*quotas);
    auto currency = sources.forecast.reportingCurrency();
    if (!currency)
        return std::unexpected(currency.error());
    auto rates = sources.forecast.exchangeRates();
    if (!rates)
        return std::unexpected(rates.error());
    data.setCurrencies(*currency, *rates);

    if (auto ok = sources.forecast.forEachOpportunityFigures([&](const OpportunityFigures &d) {
            data.upsert(d);
            return true;
        });
        !ok) {
        return std::unexpected(ok.error());
    }
    // The ledger in order of deal and time: each row ends the stay of the row before it.
    qint64 dealId = 0;
    int lastStage = -1;
    qint64 lastAt = 0;
    Record *deal = nullptr;
    if (auto ok = sources.forecast.forEachStageEntry([&](const StageEntry &c) {
            if (c.opportunityId != dealId) {
                dealId = c.opportunityId;
                const int index = data.m_index.value(dealId, -1);
                deal = index < 0 ? nullptr : &data.m_records[std::size_t(index)];
                lastStage = -1;
            }
            if (!deal)
                return true;
            const int stage = data.stageIndex(c.toStageId);
            if (lastStage >= 0) {
                data.m_stays.push_back({lastStage, c.at - lastAt, deal->firstStay});
                deal->firstStay = int(data.m_stays.size() - 1);
            }
            if (stage >= 0 && stage < maxVisitedStages)
                deal->visited |= quint64(1) << stage;
            lastStage = stage;
            lastAt = c.at;
            return true;
        });
        !ok) {
        return std::unexpected(ok.error());
    }
    return data;
}

void ForecastData::setStages(const QList<Stage> &stages)
{
    // Deals keep stage indexes; map them onto the new order by id.
    QList<qint64> oldIds;
    for (const Stage &s : std::as_const(m_stages))
        oldIds.append(s.id);
    m_stages = stages;
    m_stageIndex.clear();
    for (int i = 0; i < m_stages.size(); ++i)
        m_stageIndex.insert(m_stages[i].id, i);
    if (oldIds.isEmpty())
        return;
    auto remap = [&](int old) { return old < 0 ? -1 : stageIndex(oldIds.value(old)); };
    for (Record &d : m_records) {
        d.stage = remap(d.stage);
        quint64 visited = 0;
        for (int i = 0; i < oldIds.size() && i < maxVisitedStages; ++i) {
            const int now = remap(i);
            if ((d.visited >> i) & 1 && now >= 0 && now < maxVisitedStages)
                visited |= quint64(1) << now;
        }
        d.visited = visited;
    }
    for (Stay &s : m_stays)
        s.stage = remap(s.stage);
}

void ForecastData::setAccounts(const QList<Account> &accounts)
{
    for (const Account &a : accounts)
        m_accountTerritory.insert(a.id, territoryIndex(a.territory));
    for (Record &d : m_records)
        d.territory = m_accountTerritory.value(d.accountId, 0);
}

void ForecastData::setQuotas(const QList<Quota> &quotas)
{
    m_quotaList = quotas;
    m_quotas.clear();
    for (const Quota &q : quotas)
        m_quotas[q.userId][monthIndex(q.month)] += q.amount;
}

void ForecastData::setCurrencies(const QString &reportingCurrency, const QList<ExchangeRate> &rates)
{
    m_reportingCurrency = reportingCurrency;
    m_rateList = rates;
    m_rates.clear();
    for (const ExchangeRate &r : rates)
        m_rates.insert(r.currency, r.rate);
    m_rates.insert(reportingCurrency, 1.0);
}

QStringList ForecastData::territories() const
{
    QStringList result;
    for (const QString &t : m_territories) {
        if (!t.isEmpty())
            result.append(t);
    }
    result.sort(Qt::CaseInsensitive);
    return result;
}

QStringList ForecastData::currencies() const
{
    QStringList result = m_currencyNames;
    result.sort();
    return result;
}

int ForecastData::territoryIndex(const QString &territory)
{
    const int index = int(m_territories.indexOf(territory));
    if (index >= 0)
        return index;
    m_territories.append(territory);
    return int(m_territories.size() - 1);
}

int ForecastData::currencyIndex(const QString &currency)
{
    auto it = m_currencyIndex.constFind(currency);
    if (it != m_currencyIndex.constEnd())
        return *it;
    m_currencyNames.append(currency);
    const int index = int(m_currencyNames.size() - 1);
    m_currencyIndex.insert(currency, index);
    return index;
}

ForecastData::Record &ForecastData::recordFor(qint64 id)
{
    auto it = m_index.constFind(id);
    if (it != m_index.constEnd())
        return m_records[std::size_t(*it)];
    m_index.insert(id, int(m_records.size()));
    m_records.push_back({});
    m_records.back().id = id;
    return m_records.back();
}

void ForecastData::upsert(const OpportunityFigures &figures)
{
    Record &d = recordFor(figures.id);
    d.ownerId = figures.ownerId;
    d.accountId = figures.accountId;
    d.createdAt = figures.createdAt;
    d.enteredAt = figures.enteredStageAt;
    d.amount = figures.amount;
    d.closeMonth = figures.closeDate.isValid() ? monthIndex(figures.closeDate) : -1;
    d.closeDay = figures.closeDate.isValid() ? figures.closeDate.toJulianDay() : 0;
    d.territory = m_accountTerritory.value(figures.accountId, 0);
    d.stage = stageIndex(figures.stageId);
    if (d.stage >= 0 && d.stage < maxVisitedStages)
        d.visited |= quint64(1) << d.stage;
    d.currency = currencyIndex(figures.currency);
    d.probability = qint8(figures.probability ? std::clamp(*figures.probability, 0, 100) : -1);
    d.category = qint8(figures.forecastCategory ? int(*figures.forecastCategory) : -1);
    d.disqualified = figures.disqualified;
    d.deleted = false;
}

void ForecastData::upsert(const Opportunity &o)
{
    OpportunityFigures f;
    f.id = o.id;
    f.ownerId = o.ownerId;
    f.accountId = o.accountId;
    f.stageId = o.stageId;
    f.amount = o.amount;
    f.currency = o.currency;
    f.closeDate = o.closeDate;
    f.probability = o.probability;
    f.forecastCategory = o.forecastCategory;
    f.disqualified = o.disqualified;
    f.createdAt = o.createdAt;
    f.enteredStageAt = o.enteredStageAt;
    upsert(f);
}

void ForecastData::remove(qint64 id)
{
    if (auto it = m_index.constFind(id); it != m_index.constEnd())
        m_records[std::size_t(*it)].deleted = true;
}

void ForecastData::addStageEntry(qint64 id, qint64 stageId, qint64 at)
{
    auto it = m_index.constFind(id);
    if (it == m_index.constEnd())
        return;
    Record &d = m_records[std::size_t(*it)];
    if (d.stage >= 0) {
        m_stays.push_back({d.stage, at - d.enteredAt, d.firstStay});
        d.firstStay = int(m_stays.size() - 1);
    }
    const int stage = stageIndex(stageId);
    if (stage >= 0 && stage < maxVisitedStages)
        d.visited |= quint64(1) << stage;
}

std::optional<ForecastData::Scope> ForecastData::scopeOf(const ForecastFilter &filter,
                                                         qint64 now) const
{
    Scope scope;
    const QDate today = dayOf(now);
    scope.todayJulian = today.toJulianDay();
    scope.currentMonth = monthIndex(today);
    if (filter.fromMonth.isValid())
        scope.fromMonth = monthIndex(filter.fromMonth);
    if (filter.toMonth.isValid())
        scope.toMonth = monthIndex(filter.toMonth);
    if (filter.territory) {
        scope.territory = int(m_territories.indexOf(*filter.territory));
        if (scope.territory < 0)
            return std::nullopt; // nobody works there: nothing to add up
    }
    if (filter.stageId) {
        scope.stage = stageIndex(*filter.stageId);
        if (scope.stage < 0)
            return std::nullopt;
    }
    scope.rates.assign(std::size_t(m_currencyNames.size()),
                       std::numeric_limits<double>::quiet_NaN());
    for (int i = 0; i < m_currencyNames.size(); ++i) {
        if (auto it = m_rates.constFind(m_currencyNames[i]); it != m_rates.constEnd())
            scope.rates[std::size_t(i)] = *it;
    }
    return scope;
}

std::optional<CountedOpportunity> ForecastData::count(const Record &d, const ForecastFilter &filter,
                                                      const Scope &scope) const
{
    if (d.deleted || d.stage < 0)
        return std::nullopt;
    if ((filter.ownerId && d.ownerId != *filter.ownerId) ||
        (scope.territory >= 0 && d.territory != scope.territory) ||
        (scope.stage >= 0 && d.stage != scope.stage))
        return std::nullopt;
    const Stage &stage = m_stages[d.stage];
    if (filter.pipelineId && stage.pipelineId != *filter.pipelineId)
        return std::nullopt;
    CountedOpportunity o;
    o.kind = stage.kind;
    // An open deal whose close date has passed is expected now: the current month.
    o.overdue = o.open() && d.closeMonth >= 0 && d.closeDay < scope.todayJulian;
    o.month = o.overdue ? scope.currentMonth : d.closeMonth;
    if (filter.hasPeriod() && (o.month < 0 || o.month < scope.fromMonth || o.month > scope.toMonth))
        return std::nullopt;
    o.id = d.id;
    o.ownerId = d.ownerId;
    o.stage = d.stage;
    const double rate = scope.rates[std::size_t(d.currency)];
    o.amount = std::isnan(rate) ? 0
               : rate == 1.0    ? d.amount
                                : std::llround(double(d.amount) * rate);
    o.probability = o.won()              ? 100
                    : !o.open()          ? 0
                    : d.probability >= 0 ? d.probability
                                         : stage.probability;
    o.category = effectiveForecastCategory(stage, categoryOf(d));
    o.disqualified = d.disqualified;
    o.createdAt = d.createdAt;
    o.enteredAt = d.enteredAt;
    o.visited = d.visited;
    return o;
}

ForecastResult ForecastData::compute(const ForecastFilter &filter, qint64 now) const
{
    ForecastResult result;
    result.currency = m_reportingCurrency;
    const auto scope = scopeOf(filter, now);
    if (!scope)
        return result;

    FiguresSum total;
    PeriodAccumulator periods(filter.grouping);
    RepAccumulator reps;
    StageAccumulator stages(m_stages);
    FunnelAccumulator funnel(m_stages);
    StalledAccumulator stalled(m_stages, now);
    OutcomeAccumulator outcomes;
    std::vector<bool> missingRate(scope->rates.size(), false);
    for (const Record &d : m_records) {
        const auto o = count(d, filter, *scope);
        if (!o)
            continue;
        if (std::isnan(scope->rates[std::size_t(d.currency)])) {
            missingRate[std::size_t(d.currency)] = true;
            ++result.unconverted;
            continue;
        }
        total.add(*o);
        periods.add(*o);
        reps.add(*o);
        stages.add(*o);
        funnel.add(*o);
        stalled.add(*o);
        outcomes.add(*o);
        for (int s = d.firstStay; s >= 0; s = m_stays[std::size_t(s)].next)
            stages.addStay(m_stays[std::size_t(s)].stage, m_stays[std::size_t(s)].seconds);
    }
    for (std::size_t i = 0; i < missingRate.size(); ++i) {
        if (missingRate[i])
            result.missingRates.append(m_currencyNames[int(i)]);
    }
    result.missingRates.sort();

    // Quotas: of the reps covered, in the months covered; not with a territory filter.
    const QuotaBook quotas(m_quotas, scope->fromMonth, scope->toMonth, !filter.territory);
    result.total = total.finished(quotas.of(filter.ownerId, std::numeric_limits<int>::min(),
                                            std::numeric_limits<int>::max()));
    result.periods = periods.finish(quotas, filter.ownerId);
    result.reps = reps.finish(quotas, filter.ownerId);
    result.stages = stages.finish();
    funnel.fill(result.stages);
    result.stalled = stalled.finish();
    outcomes.fill(result);
    return result;
}

QList<ForecastSnapshotRow> ForecastData::snapshot(qint64 now) const
{
    const QDate today = dayOf(now);
    const int currentMonth = monthIndex(today);
    const qint64 todayJulian = today.toJulianDay();
    struct Key
    {
        int month;
        qint64 owner;
        int territory;
        bool operator<(const Key &o) const
        {
            return std::tie(month, owner, territory) < std::tie(o.month, o.owner, o.territory);
        }
    };
    std::map<Key, FiguresSum> rows;
    for (const Record &d : m_records) {
        if (d.deleted || d.stage < 0 || d.closeMonth < 0)
            continue;
        const Stage &stage = m_stages[d.stage];
        if (stage.kind == StageKind::Lost)
            continue;
        const bool won = stage.kind == StageKind::Won;
        const int month = !won && d.closeDay < todayJulian ? currentMonth : d.closeMonth;
        if (month < currentMonth)
            continue;
        auto rate = m_rates.constFind(m_currencyNames[d.currency]);
        if (rate == m_rates.constEnd())
            continue;
        const Cents amount = *rate == 1.0 ? d.amount : std::llround(double(d.amount) * *rate);
        const ForecastCategory category = effectiveForecastCategory(stage, categoryOf(d));
        const int probability = won ? 100 : d.probability >= 0 ? d.probability : stage.probability;
        rows[{month, d.ownerId, d.territory}].add(amount, probability, category, won);
    }
    QList<ForecastSnapshotRow> result;
    for (const auto &[key, accumulator] : rows) {
        const ForecastFigures f = accumulator.finished(std::nullopt);
        if (f.opportunities == 0)
            continue;
        result.append({today, monthStart(key.month), key.owner, m_territories[key.territory],
                       f.opportunities, f.amount, f.weighted, f.commit(), f.bestCase()});
    }
    return result;
}

Result<void> takeForecastSnapshot(ForecastStore &store, const ForecastData &data, qint64 now)
{
    return store.saveForecastSnapshot(dayOf(now), data.snapshot(now));
}

} // namespace Stageboard
