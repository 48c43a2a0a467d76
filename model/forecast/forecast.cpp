// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecast/forecast.h"

#include "core/money.h"

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

constexpr qint64 secondsPerDay = 24 * 60 * 60;
constexpr int maxStages = 64; // the width of Record::visited

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

QDate dayOf(qint64 secondsSinceEpoch)
{
    return QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, Qt::UTC).date();
}

/// Figures while they are added up, the weighted amount exact to the cent.
struct Accumulator
{
    ForecastFigures figures;
    WeightedSum weighted;

    void add(Cents amount, int probability, ForecastCategory category, bool won)
    {
        figures.byCategory[std::size_t(category)] += amount;
        if (category == ForecastCategory::Omitted)
            return;
        ++figures.opportunities;
        figures.amount += amount;
        weighted.add(amount, probability);
        figures.wonOpportunities += won;
    }
    ForecastFigures finished(std::optional<Cents> quota) const
    {
        ForecastFigures f = figures;
        f.weighted = weighted.value();
        f.quota = quota;
        return f;
    }
};

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
            if (stage >= 0 && stage < maxStages)
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
        for (int i = 0; i < oldIds.size() && i < maxStages; ++i) {
            const int now = remap(i);
            if ((d.visited >> i) & 1 && now >= 0 && now < maxStages)
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
    if (d.stage >= 0 && d.stage < maxStages)
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
    if (stage >= 0 && stage < maxStages)
        d.visited |= quint64(1) << stage;
}

ForecastResult ForecastData::compute(const ForecastFilter &filter, qint64 now) const
{
    ForecastResult result;
    result.currency = m_reportingCurrency;
    const QDate today = dayOf(now);
    const qint64 todayJulian = today.toJulianDay();
    const int currentMonth = monthIndex(today);
    const int fromMonth =
        filter.fromMonth.isValid() ? monthIndex(filter.fromMonth) : std::numeric_limits<int>::min();
    const int toMonth =
        filter.toMonth.isValid() ? monthIndex(filter.toMonth) : std::numeric_limits<int>::max();
    const int territory = filter.territory ? int(m_territories.indexOf(*filter.territory)) : -1;
    if (filter.territory && territory < 0)
        return result; // nobody works there: nothing to add up
    const int stageFilter = filter.stageId ? stageIndex(*filter.stageId) : -1;
    if (filter.stageId && stageFilter < 0)
        return result;

    std::vector<double> rates(std::size_t(m_currencyNames.size()),
                              std::numeric_limits<double>::quiet_NaN());
    for (int i = 0; i < m_currencyNames.size(); ++i) {
        if (auto it = m_rates.constFind(m_currencyNames[i]); it != m_rates.constEnd())
            rates[std::size_t(i)] = *it;
    }
    std::vector<bool> missingRate(rates.size(), false);

    const int stageCount = int(m_stages.size());
    std::vector<ForecastStageRow> stageRows(static_cast<std::size_t>(stageCount));
    std::vector<qint64> stageWeighted(std::size_t(stageCount), 0);
    std::vector<qint64> staySeconds(std::size_t(stageCount), 0);
    std::vector<int> nextForward(std::size_t(stageCount), -1); // next non-lost stage
    for (int i = 0; i < stageCount; ++i) {
        stageRows[std::size_t(i)].stageId = m_stages[i].id;
        stageRows[std::size_t(i)].configuredProbability = m_stages[i].probability;
        if (m_stages[i].kind == StageKind::Lost)
            continue;
        // The next stage forward is in the same pipeline: a pipeline's last stage leads nowhere.
        for (int j = i + 1; j < stageCount && m_stages[j].pipelineId == m_stages[i].pipelineId;
             ++j) {
            if (m_stages[j].kind != StageKind::Lost) {
                nextForward[std::size_t(i)] = j;
                break;
            }
        }
    }

    Accumulator total;
    QMap<int, Accumulator> periods;
    QMap<qint64, Accumulator> reps;
    Cents wonAmount = 0;
    qint64 cycleSeconds = 0;

    for (const Record &d : m_records) {
        if (d.deleted || d.stage < 0)
            continue;
        if (filter.ownerId && d.ownerId != *filter.ownerId)
            continue;
        if (territory >= 0 && d.territory != territory)
            continue;
        if (stageFilter >= 0 && d.stage != stageFilter)
            continue;
        const Stage &stage = m_stages[d.stage];
        if (filter.pipelineId && stage.pipelineId != *filter.pipelineId)
            continue;
        const bool open = stage.kind == StageKind::Open;
        const bool won = stage.kind == StageKind::Won;
        // An open deal whose close date has passed is expected now: the current month.
        const bool overdue = open && d.closeMonth >= 0 && d.closeDay < todayJulian;
        const int month = overdue ? currentMonth : d.closeMonth;
        if (filter.hasPeriod() && (month < 0 || month < fromMonth || month > toMonth))
            continue;
        const double rate = rates[std::size_t(d.currency)];
        if (std::isnan(rate)) {
            missingRate[std::size_t(d.currency)] = true;
            ++result.unconverted;
            continue;
        }
        const Cents amount = rate == 1.0 ? d.amount : std::llround(double(d.amount) * rate);
        const int probability = won                  ? 100
                                : !open              ? 0
                                : d.probability >= 0 ? d.probability
                                                     : stage.probability;
        const ForecastCategory category = effectiveForecastCategory(stage, categoryOf(d));

        ForecastStageRow &row = stageRows[std::size_t(d.stage)];
        ++row.opportunities;
        row.amount += amount;
        stageWeighted[std::size_t(d.stage)] += amount * probability;

        total.add(amount, probability, category, won);
        if (month >= 0)
            periods[periodIndex(month, filter.grouping)].add(amount, probability, category, won);
        reps[d.ownerId].add(amount, probability, category, won);

        if (won) {
            ++result.won;
            wonAmount += amount;
            cycleSeconds += d.enteredAt - d.createdAt;
        } else if (!open) {
            if (d.disqualified)
                ++result.disqualified;
            else
                ++result.lost;
        }
        result.overdue += overdue;
        result.undated += open && d.closeMonth < 0;
        if (open && stage.rotDays) {
            const int days = int((now - d.enteredAt) / secondsPerDay);
            if (days > *stage.rotDays) {
                result.stalled.append({d.id, d.ownerId, stage.id, days, *stage.rotDays, amount});
            }
        }

        // The funnel: the furthest stage reached, counting every stage before it as passed.
        int furthest = stage.kind == StageKind::Lost ? -1 : d.stage;
        for (int i = 0; i < stageCount && i < maxStages; ++i) {
            if ((d.visited >> i) & 1 && m_stages[i].kind != StageKind::Lost)
                furthest = std::max(furthest, i);
        }
        for (int i = 0; i <= furthest; ++i) {
            if (m_stages[i].kind != StageKind::Lost)
                ++stageRows[std::size_t(i)].reached;
        }
        if (stage.kind == StageKind::Lost)
            ++row.reached;
        if (!open) {
            for (int i = 0; i < stageCount && i < maxStages; ++i) {
                if ((d.visited >> i) & 1) {
                    ++stageRows[std::size_t(i)].closedThrough;
                    stageRows[std::size_t(i)].wonThrough += won;
                }
            }
        }
        for (int s = d.firstStay; s >= 0; s = m_stays[std::size_t(s)].next) {
            const Stay &stay = m_stays[std::size_t(s)];
            if (stay.stage < 0)
                continue;
            ++stageRows[std::size_t(stay.stage)].stays;
            staySeconds[std::size_t(stay.stage)] += stay.seconds;
        }
    }

    for (std::size_t i = 0; i < missingRate.size(); ++i) {
        if (missingRate[i])
            result.missingRates.append(m_currencyNames[int(i)]);
    }
    result.missingRates.sort();

    // Quotas: of the reps covered, in the months covered; not with a territory filter.
    auto quotaOf = [&](const std::optional<qint64> &owner, int first,
                       int last) -> std::optional<Cents> {
        if (filter.territory)
            return std::nullopt;
        first = std::max(first, fromMonth);
        last = std::min(last, toMonth);
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
    };
    constexpr int anyMonth = std::numeric_limits<int>::max();
    result.total =
        total.finished(quotaOf(filter.ownerId, std::numeric_limits<int>::min(), anyMonth));

    // Periods with deals, and those with only a quota, within the range.
    if (!filter.territory) {
        for (auto rep = m_quotas.constBegin(); rep != m_quotas.constEnd(); ++rep) {
            if (filter.ownerId && rep.key() != *filter.ownerId)
                continue;
            for (auto m = rep->constBegin(); m != rep->constEnd(); ++m) {
                if (m.key() >= fromMonth && m.key() <= toMonth && m.value() > 0)
                    periods[periodIndex(m.key(), filter.grouping)];
            }
        }
    }
    for (auto p = periods.constBegin(); p != periods.constEnd(); ++p) {
        const int first = periodFirstMonth(p.key(), filter.grouping);
        const int last = periodFirstMonth(p.key() + 1, filter.grouping) - 1;
        const QDate start = monthStart(first);
        result.periods.append({periodKey(start, filter.grouping), start,
                               p->finished(quotaOf(filter.ownerId, first, last))});
    }

    // Reps with deals, and those with only a quota in the range.
    if (!filter.territory) {
        for (auto rep = m_quotas.constBegin(); rep != m_quotas.constEnd(); ++rep) {
            if (filter.ownerId && rep.key() != *filter.ownerId)
                continue;
            if (quotaOf(rep.key(), std::numeric_limits<int>::min(), anyMonth))
                reps[rep.key()];
        }
    }
    for (auto r = reps.constBegin(); r != reps.constEnd(); ++r) {
        result.reps.append(
            {r.key(), r->finished(quotaOf(r.key(), std::numeric_limits<int>::min(), anyMonth))});
    }

    for (int i = 0; i < stageCount; ++i) {
        ForecastStageRow &row = stageRows[std::size_t(i)];
        row.weighted = stageWeighted[std::size_t(i)] / 100;
        if (row.stays > 0)
            row.averageDays = double(staySeconds[std::size_t(i)]) / row.stays / secondsPerDay;
        const int next = nextForward[std::size_t(i)];
        if (m_stages[i].kind == StageKind::Open && next >= 0 && row.reached > 0)
            row.conversion = double(stageRows[std::size_t(next)].reached) / row.reached;
        result.stages.append(row);
    }

    if (result.won + result.lost > 0)
        result.winRate = double(result.won) / double(result.won + result.lost);
    if (result.won > 0) {
        result.averageOpportunitySize = wonAmount / result.won;
        result.averageCycleDays = double(cycleSeconds) / result.won / secondsPerDay;
    }
    std::stable_sort(result.stalled.begin(), result.stalled.end(),
                     [](const StalledOpportunity &a, const StalledOpportunity &b) {
                         return a.daysInStage - a.limitDays > b.daysInStage - b.limitDays;
                     });
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
    std::map<Key, Accumulator> rows;
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
    std::unordered_map<SnapshotGroup, std::vector<Accumulator>, SnapshotGroupHash> rows;
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
    std::vector<Accumulator> *figures = nullptr;
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
    std::map<SnapshotGroup, const std::vector<Accumulator> *> sorted;
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
