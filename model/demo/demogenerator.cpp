// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demogenerator.h"

#include "forecast/forecast.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QRandomGenerator>
#include <algorithm>
#include <cmath>

namespace Stageboard {

namespace {

constexpr qint64 day = 24 * 60 * 60;

const char *const firstNames[] = {"Alex",  "Sam",   "Jordan", "Taylor", "Morgan", "Casey",
                                  "Riley", "Jamie", "Avery",  "Quinn",  "Robin",  "Drew",
                                  "Kim",   "Lee",   "Noor",   "Ana",    "Jonas",  "Mila"};
const char *const lastNames[] = {"Becker",   "Nguyen", "Okafor", "Laurent", "Svensson", "Rossi",
                                 "Kowalski", "Haddad", "Moreau", "Fischer", "Tanaka",   "Silva",
                                 "Byrne",    "Novak",  "Dubois", "Schmidt", "Costa",    "Ivanova"};
const char *const companyStems[] = {
    "Northwind", "Bluewater", "Ironbridge", "Silverline", "Redwood",   "Brightpath", "Cobalt",
    "Summit",    "Harbor",    "Evergreen",  "Granite",    "Lumen",     "Meridian",   "Orion",
    "Pinecrest", "Quarry",    "Riverside",  "Sterling",   "Tidewater", "Vantage",    "Westfield",
    "Alder",     "Beacon",    "Crestview",  "Driftwood",  "Falcon",    "Glacier",    "Highland"};
const char *const companyKinds[] = {"Logistics", "Health",  "Foods",    "Energy",
                                    "Bank",      "Retail",  "Software", "Manufacturing",
                                    "Insurance", "Telecom", "Media",    "Pharma"};
const char *const territories[] = {"North America", "DACH",         "France",
                                   "Nordics",       "UK & Ireland", "Southern Europe"};
const char *const products[] = {
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "Platform licence"),
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "Analytics suite"),
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "Support renewal"),
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "Onboarding package"),
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "Data migration"),
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "Enterprise rollout"),
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "Pilot project"),
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "Seat expansion"),
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "Integration services"),
};
const char *const nextSteps[] = {
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "Schedule discovery call"),
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "Send follow-up deck"),
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "Confirm budget owner"),
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "Present pricing"),
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "Legal review of MSA"),
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "Book implementation kick-off"),
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "Collect signatures"),
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "Meet the economic buyer"),
};
const char *const wonReasons[] = {
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "Best fit for requirements"),
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "Price"),
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "Existing relationship"),
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "Time to value"),
};
const char *const lostReasons[] = {
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "Lost to competitor"),
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "No budget"),
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "No decision"),
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "Chose to build in-house"),
};

template<std::size_t N> QString pick(QRandomGenerator &rng, const char *const (&list)[N])
{
    return QString::fromUtf8(list[rng.bounded(int(N))]);
}

// Demo titles, next steps and close reasons in the user's language (the close reasons as the
// default process in that language words them).
template<std::size_t N> QString pickTranslated(QRandomGenerator &rng, const char *const (&list)[N])
{
    return QCoreApplication::translate("Stageboard::DemoGenerator", list[rng.bounded(int(N))]);
}

// Where deals end up, per thousand, in the order of the default process: the open stages, then
// won, then lost after reaching each open stage (lost in the first is disqualified). Many are
// lost early and few late, as in real pipelines: about a quarter of the qualified deals that
// close are won (27 %), and the probability of winning observed from each stage rises from
// about 14 % (Identify) through 26, 51 and 72 % to 87 % (Deliver/Finalize), a few points off
// what the stages are configured with, which is what the configured-against-observed chart
// is for.
// Closed deals are the larger part, as after a year of selling, so that the observed chances
// rest on enough of them.
constexpr int openWeights[] = {140, 110, 80, 50, 20};
constexpr int wonWeight = 84;
constexpr int lostWeights[] = {289, 150, 46, 19, 12};

// Quotas a little above what the team has won per rep over the last quarter, leaning a little
// towards each rep's own record, from three months back to six ahead: a rep who won nothing
// lately still has a quota like the others', not a token one.
Result<void> setDemoQuotas(ForecastStore &storage, const QHash<qint64, Cents> &wonLastQuarter,
                           const QDate &today)
{
    QList<Quota> quotas;
    if (wonLastQuarter.isEmpty())
        return storage.setQuotas(quotas);
    constexpr Cents roundTo = 5000 * 100;
    Cents team = 0;
    for (const Cents won : wonLastQuarter)
        team += won;
    const double average = double(team) / double(wonLastQuarter.size());
    const QDate thisMonth(today.year(), today.month(), 1);
    for (auto it = wonLastQuarter.constBegin(); it != wonLastQuarter.constEnd(); ++it) {
        // A quarter's wins over three months, a fifth more.
        const double expected = (0.7 * average + 0.3 * double(it.value())) * 0.4;
        const Cents monthly =
            std::max<Cents>(roundTo, Cents(std::llround(expected / double(roundTo))) * roundTo);
        for (int m = -3; m <= 6; ++m)
            quotas.append({it.key(), thisMonth.addMonths(m), monthly});
    }
    return storage.setQuotas(quotas);
}

/// The process as the generator walks it: its open stages in order, its first won and lost
/// stages, and each stage's checklist.
struct DemoProcess
{
    QList<Stage> stages;
    QList<Stage> open;
    Stage won;
    Stage lost;
    QHash<qint64, QList<Activity>> activitiesOf;
    QHash<qint64, QList<ExitCriterion>> criteriaOf;

    static Result<DemoProcess> read(ProcessStore &process);
};

Result<DemoProcess> DemoProcess::read(ProcessStore &store)
{
    DemoProcess p;
    auto stages = store.stages();
    if (!stages)
        return std::unexpected(stages.error());
    p.stages = std::move(*stages);
    bool won = false;
    bool lost = false;
    for (const Stage &s : std::as_const(p.stages)) {
        if (s.kind == StageKind::Open) {
            p.open.append(s);
        } else if (s.kind == StageKind::Won && !won) {
            p.won = s;
            won = true;
        } else if (s.kind == StageKind::Lost && !lost) {
            p.lost = s;
            lost = true;
        }
    }
    if (p.open.isEmpty() || !won || !lost) {
        return fail(QCoreApplication::translate(
            "Stageboard::DemoGenerator",
            "The process needs open, won and lost stages to generate demo data."));
    }
    auto activities = store.activities();
    if (!activities)
        return std::unexpected(activities.error());
    auto criteria = store.exitCriteria();
    if (!criteria)
        return std::unexpected(criteria.error());
    for (const Activity &a : *activities)
        p.activitiesOf[a.stageId].append(a);
    for (const ExitCriterion &c : *criteria)
        p.criteriaOf[c.stageId].append(c);
    return p;
}

/// A generated deal before it is written: the deal, the stages of its ledger with when it
/// entered each, and its ticks.
struct DemoDeal
{
    Opportunity opportunity;
    QList<const Stage *> path;
    QList<qint64> enteredAt;
    QList<Check> criterionTicks;
    QList<Check> activityTicks;
    int accountIndex = 0;
};

/// Writes the demo into a bulk sink, one step a function, drawing from one random generator
/// in a fixed order so that the same seed gives the same data.
class DemoWriter
{
public:
    DemoWriter(const DemoProcess &process, const DemoOptions &options, qint64 now,
               ForecastHistoryBuilder &history)
        : m_process(process)
        , m_options(options)
        , m_rng(options.seed)
        , m_now(now)
        , m_today(QDateTime::fromSecsSinceEpoch(now, Qt::UTC).date())
        , m_history(history)
    {}

    Result<void> write(BulkSink &sink);
    /// What each rep won over the last quarter, for their quotas.
    const QHash<qint64, Cents> &wonLastQuarter() const { return m_wonLastQuarter; }

private:
    QString person(int i) const;
    Result<void> writePeople(BulkSink &sink);
    Result<void> writeAccounts(BulkSink &sink);
    /// The stage a deal ends in, and how many open stages it went through.
    std::pair<const Stage *, int> pickOutcome();
    DemoDeal makeDeal(const Stage *finalStage, int openSteps);
    void tick(DemoDeal &deal, const Stage *finalStage);
    Result<void> writeDeal(BulkSink &sink, const DemoDeal &deal);

    const DemoProcess &m_process;
    const DemoOptions &m_options;
    QRandomGenerator m_rng;
    qint64 m_now;
    int m_picked = 0; ///< outcomes picked so far
    QDate m_today;
    ForecastHistoryBuilder &m_history;
    QList<qint64> m_reps;
    QList<qint64> m_accountIds;
    QList<qint64> m_accountOwners;
    QStringList m_accountTerritories;
    QHash<qint64, Cents> m_wonLastQuarter;
};

QString DemoWriter::person(int i) const
{
    return QStringLiteral("%1 %2").arg(
        QString::fromUtf8(firstNames[i % std::size(firstNames)]),
        QString::fromUtf8(
            lastNames[(i * 7 + i / int(std::size(firstNames))) % std::size(lastNames)]));
}

Result<void> DemoWriter::write(BulkSink &sink)
{
    if (auto ok = writePeople(sink); !ok)
        return ok;
    if (auto ok = writeAccounts(sink); !ok)
        return ok;
    for (int n = 0; n < m_options.opportunities; ++n) {
        const auto [finalStage, openSteps] = pickOutcome();
        DemoDeal deal = makeDeal(finalStage, openSteps);
        tick(deal, finalStage);
        if (auto ok = writeDeal(sink, deal); !ok)
            return ok;
        if (m_options.progress && (n % 10000 == 9999))
            m_options.progress(n + 1);
    }
    if (m_options.progress)
        m_options.progress(m_options.opportunities);
    return {};
}

Result<void> DemoWriter::writePeople(BulkSink &sink)
{
    int personIndex = 0;
    for (UserRole role : {UserRole::Manager, UserRole::Admin, UserRole::Legal, UserRole::Finance}) {
        if (auto ok = sink.addUser({0, person(personIndex++), role, {}}); !ok)
            return std::unexpected(ok.error());
    }
    const int repCount = std::clamp(m_options.opportunities / 250, 4, 400);
    for (int i = 0; i < repCount; ++i) {
        auto id = sink.addUser({0, person(personIndex++), UserRole::Rep, {}});
        if (!id)
            return std::unexpected(id.error());
        m_reps.append(*id);
    }
    return {};
}

Result<void> DemoWriter::writeAccounts(BulkSink &sink)
{
    const int accountCount = std::clamp(m_options.opportunities / 4, 12, 250000);
    const int combinations = int(std::size(companyStems) * std::size(companyKinds));
    m_accountIds.reserve(accountCount);
    for (int i = 0; i < accountCount; ++i) {
        const int c = int((qint64(i) * 37) % combinations);
        QString name = QString::fromUtf8(companyStems[c % std::size(companyStems)]) +
                       QLatin1Char(' ') +
                       QString::fromUtf8(companyKinds[c / std::size(companyStems)]);
        if (i >= combinations)
            name += QStringLiteral(" %1").arg(i / combinations + 1);
        Account account{0, name, QString::fromUtf8(companyKinds[c / std::size(companyStems)]),
                        pick(m_rng, territories), m_reps[i % m_reps.size()]};
        auto id = sink.addAccount(account);
        if (!id)
            return std::unexpected(id.error());
        m_accountIds.append(*id);
        m_accountOwners.append(account.ownerId);
        m_accountTerritories.append(account.territory);
    }
    return {};
}

std::pair<const Stage *, int> DemoWriter::pickOutcome()
{
    constexpr int totalWeight = [] {
        int t = wonWeight;
        for (int w : openWeights)
            t += w;
        for (int w : lostWeights)
            t += w;
        return t;
    }();
    const QList<Stage> &open = m_process.open;
    const int stages = int(open.size());
    // The first two deals of each open stage go there, so that even a small demo shows every
    // column with cards; the rest follow the weights.
    if (m_picked < 2 * stages) {
        const int stage = m_picked++ % stages;
        return {&open[stage], stage + 1};
    }
    int roll = m_rng.bounded(totalWeight);
    // An open stage (a process with more stages than the weights shares the last weight).
    for (int i = 0; i < int(std::size(openWeights)); ++i) {
        if (roll < openWeights[i])
            return {&open[std::min(i, stages - 1)], std::min(i, stages - 1) + 1};
        roll -= openWeights[i];
    }
    if (roll < wonWeight)
        return {&m_process.won, stages};
    roll -= wonWeight;
    // Lost after reaching the i-th open stage.
    for (int i = 0; i < int(std::size(lostWeights)); ++i) {
        if (roll < lostWeights[i])
            return {&m_process.lost, std::min(i + 1, stages)};
        roll -= lostWeights[i];
    }
    return {&m_process.lost, 1};
}

DemoDeal DemoWriter::makeDeal(const Stage *finalStage, int openSteps)
{
    DemoDeal deal;
    deal.accountIndex = m_rng.bounded(int(m_accountIds.size()));
    Opportunity &o = deal.opportunity;
    o.title = pickTranslated(m_rng, products);
    o.accountId = m_accountIds[deal.accountIndex];
    o.ownerId = m_accountOwners[deal.accountIndex];
    o.contact = person(m_rng.bounded(200));
    o.amount = Cents(5 + m_rng.bounded(245)) * 1000 * 100;
    o.currency = QStringLiteral("USD");

    // Walk the history backwards from now: the deal sat a while in each stage.
    const bool open = finalStage->kind == StageKind::Open;
    const bool stalled = open && m_rng.bounded(100) < 15;
    const int lastStay = stalled ? finalStage->rotDays.value_or(30) + 1 + m_rng.bounded(60)
                                 : m_rng.bounded(std::max(1, finalStage->rotDays.value_or(90) - 1));
    qint64 t = m_now - qint64(lastStay) * day - m_rng.bounded(int(day));
    deal.enteredAt.prepend(t);
    for (int i = 1; i < openSteps + (open ? 0 : 1); ++i) {
        t -= qint64(3 + m_rng.bounded(25)) * day + m_rng.bounded(int(day));
        deal.enteredAt.prepend(t);
    }
    o.stageId = finalStage->id;
    o.enteredStageAt = deal.enteredAt.last();
    o.createdAt = deal.enteredAt.first();
    const QDate entered = QDateTime::fromSecsSinceEpoch(o.enteredStageAt, Qt::UTC).date();
    if (open) {
        o.closeDate = m_today.addDays(7 + m_rng.bounded(170));
        o.nextStep = pickTranslated(m_rng, nextSteps);
    } else {
        o.closeDate = entered;
        o.closeReason = finalStage->kind == StageKind::Won ? pickTranslated(m_rng, wonReasons)
                                                           : pickTranslated(m_rng, lostReasons);
    }
    o.version = int(deal.enteredAt.size());
    o.disqualified = finalStage->kind == StageKind::Lost && openSteps < 2;

    // The stage of each ledger row.
    for (int i = 0; i < deal.enteredAt.size(); ++i) {
        const bool last = i == deal.enteredAt.size() - 1;
        deal.path.append(i < openSteps && (!last || open) ? &m_process.open[i] : finalStage);
    }
    return deal;
}

void DemoWriter::tick(DemoDeal &deal, const Stage *finalStage)
{
    // The gates of stages left behind were met, and the current stage is in progress.
    Opportunity &o = deal.opportunity;
    for (int i = 0; i < deal.path.size() - 1; ++i) {
        for (const ExitCriterion &c : m_process.criteriaOf.value(deal.path[i]->id)) {
            if (c.required)
                deal.criterionTicks.append(
                    {c.id, o.ownerId, deal.enteredAt[i] + day, CriterionState::Met, {}});
        }
    }
    if (finalStage->kind != StageKind::Open)
        return;
    const qint64 tickedAt = deal.enteredAt.last() + day;
    const bool gateReady = m_rng.bounded(100) < 45;
    for (const ExitCriterion &c : m_process.criteriaOf.value(finalStage->id)) {
        std::optional<CriterionState> state;
        if (c.knockOut && !c.required && m_rng.bounded(100) < 6)
            state = CriterionState::Failed;
        else if ((c.required && gateReady) || m_rng.bounded(2) == 0)
            state = CriterionState::Met;
        if (!state)
            continue;
        deal.criterionTicks.append({c.id, o.ownerId, tickedAt, *state, {}});
        o.requiredMet += c.required && *state == CriterionState::Met;
    }
    for (const Activity &a : m_process.activitiesOf.value(finalStage->id)) {
        if (m_rng.bounded(100) < 55) {
            deal.activityTicks.append({a.id, o.ownerId, tickedAt, CriterionState::Met, {}});
            ++o.activitiesDone;
        }
    }
}

Result<void> DemoWriter::writeDeal(BulkSink &sink, const DemoDeal &deal)
{
    const Opportunity &o = deal.opportunity;
    auto id = sink.addOpportunity(o);
    if (!id)
        return std::unexpected(id.error());
    QList<StageEntry> entries;
    for (int i = 0; i < deal.path.size(); ++i)
        entries.append({*id, deal.path[i]->id, deal.enteredAt[i], o.amount,
                        deal.path[i]->probability, o.closeDate});
    m_history.addOpportunityHistory(o.ownerId, m_accountTerritories[deal.accountIndex], o.currency,
                                    entries);
    const bool wonLately = o.stageId == m_process.won.id && o.closeDate >= m_today.addDays(-91);
    m_wonLastQuarter[o.ownerId] += wonLately ? o.amount : 0;
    std::optional<qint64> from;
    for (int i = 0; i < deal.path.size(); ++i) {
        StageChange change;
        change.opportunityId = *id;
        change.fromStageId = from;
        change.toStageId = deal.path[i]->id;
        change.userId = o.ownerId;
        change.at = deal.enteredAt[i];
        change.kind = from ? ChangeKind::Moved : ChangeKind::Created;
        change.amount = o.amount;
        change.probability = deal.path[i]->probability;
        change.closeDate = o.closeDate;
        if (i == deal.path.size() - 1) {
            change.closeReason = o.closeReason;
            change.disqualified = o.disqualified;
        }
        if (auto ok = sink.addStageChange(change); !ok)
            return std::unexpected(ok.error());
        from = deal.path[i]->id;
    }
    for (const Check &check : deal.criterionTicks) {
        if (auto ok = sink.addCriterionCheck(*id, check); !ok)
            return std::unexpected(ok.error());
    }
    for (const Check &check : deal.activityTicks) {
        if (auto ok = sink.addActivityCheck(*id, check); !ok)
            return std::unexpected(ok.error());
    }
    return {};
}

/// The rates into the reporting currency, the reporting currency's own included.
Result<QHash<QString, double>> ratesOf(ForecastStore &forecast)
{
    auto reportingCurrency = forecast.reportingCurrency();
    if (!reportingCurrency)
        return std::unexpected(reportingCurrency.error());
    auto rateList = forecast.exchangeRates();
    if (!rateList)
        return std::unexpected(rateList.error());
    QHash<QString, double> rates;
    for (const ExchangeRate &r : *rateList)
        rates.insert(r.currency, r.rate);
    rates.insert(*reportingCurrency, 1.0);
    return rates;
}

} // namespace

Result<void> generateDemo(ProcessStore &process, ForecastStore &forecast, BulkLoader &bulk,
                          const DemoOptions &options)
{
    const auto demoProcess = DemoProcess::read(process);
    if (!demoProcess)
        return std::unexpected(demoProcess.error());
    const qint64 now = options.now > 0 ? options.now : QDateTime::currentSecsSinceEpoch();
    const QDate today = QDateTime::fromSecsSinceEpoch(now, Qt::UTC).date();
    // The forecast history (weekly snapshots over the last quarter) and the quotas are worked
    // out from the deals as they are generated, never read back.
    const auto rates = ratesOf(forecast);
    if (!rates)
        return std::unexpected(rates.error());
    QList<QDate> snapshotDays;
    for (int week = 12; week >= 0; --week)
        snapshotDays.append(today.addDays(-7 * week));
    ForecastHistoryBuilder history(demoProcess->stages, *rates, snapshotDays);
    DemoWriter writer(*demoProcess, options, now, history);
    auto written = bulk.bulkInsert([&](BulkSink &sink) { return writer.write(sink); },
                                   BulkLoader::BulkSize::Most);
    if (!written)
        return written;
    if (auto ok = setDemoQuotas(forecast, writer.wonLastQuarter(), today); !ok)
        return ok;
    return history.save(forecast);
}

} // namespace Stageboard
