// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demogenerator.h"

#include "forecast/forecast.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QRandomGenerator>
#include <algorithm>

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

// The share of deals per stage, in percent, in the order of the default process.
constexpr int stageWeights[] = {22, 20, 15, 10, 5, 16, 12};

// Quotas a little above what each rep has won over the last quarter, from three months back to
// six ahead.
Result<void> setDemoQuotas(ForecastStore &storage, const QHash<qint64, Cents> &wonLastQuarter,
                           const QDate &today)
{
    QList<Quota> quotas;
    constexpr Cents roundTo = 5000 * 100;
    const QDate thisMonth(today.year(), today.month(), 1);
    for (auto it = wonLastQuarter.constBegin(); it != wonLastQuarter.constEnd(); ++it) {
        const Cents monthly = std::max<Cents>(roundTo, (it.value() * 12 / 30 / roundTo) * roundTo);
        for (int m = -3; m <= 6; ++m)
            quotas.append({it.key(), thisMonth.addMonths(m), monthly});
    }
    return storage.setQuotas(quotas);
}

} // namespace

Result<void> generateDemo(ProcessStore &process, ForecastStore &forecast, BulkLoader &bulk,
                          const DemoOptions &options)
{
    auto stages = process.stages();
    if (!stages)
        return std::unexpected(stages.error());
    QList<Stage> open;
    const Stage *won = nullptr;
    const Stage *lost = nullptr;
    for (const Stage &s : *stages) {
        if (s.kind == StageKind::Open)
            open.append(s);
        else if (s.kind == StageKind::Won && !won)
            won = &s;
        else if (s.kind == StageKind::Lost && !lost)
            lost = &s;
    }
    if (open.isEmpty() || !won || !lost) {
        return fail(QCoreApplication::translate(
            "Stageboard::DemoGenerator",
            "The process needs open, won and lost stages to generate demo data."));
    }

    auto activities = process.activities();
    if (!activities)
        return std::unexpected(activities.error());
    auto criteria = process.exitCriteria();
    if (!criteria)
        return std::unexpected(criteria.error());
    QHash<qint64, QList<Activity>> activitiesOf;
    for (const Activity &a : *activities)
        activitiesOf[a.stageId].append(a);
    QHash<qint64, QList<ExitCriterion>> criteriaOf;
    for (const ExitCriterion &c : *criteria)
        criteriaOf[c.stageId].append(c);

    QRandomGenerator rng(options.seed);
    const qint64 now = options.now > 0 ? options.now : QDateTime::currentSecsSinceEpoch();
    const QDate today = QDateTime::fromSecsSinceEpoch(now, Qt::UTC).date();

    // The forecast history (weekly snapshots over the last quarter) and the quotas are worked
    // out from the deals as they are generated, never read back.
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
    QList<QDate> snapshotDays;
    for (int week = 12; week >= 0; --week)
        snapshotDays.append(today.addDays(-7 * week));
    ForecastHistoryBuilder history(*stages, rates, snapshotDays);
    QHash<qint64, Cents> wonLastQuarter;
    const QDate quarterAgo = today.addDays(-91);

    auto written = bulk.bulkInsert(
        [&](BulkSink &sink) -> Result<void> {
            auto person = [&](int i) {
                return QStringLiteral("%1 %2").arg(
                    QString::fromUtf8(firstNames[i % std::size(firstNames)]),
                    QString::fromUtf8(lastNames[(i * 7 + i / int(std::size(firstNames))) %
                                                std::size(lastNames)]));
            };
            int personIndex = 0;
            for (UserRole role :
                 {UserRole::Manager, UserRole::Admin, UserRole::Legal, UserRole::Finance}) {
                if (auto ok = sink.addUser({0, person(personIndex++), role, {}}); !ok)
                    return std::unexpected(ok.error());
            }
            const int repCount = std::clamp(options.opportunities / 250, 4, 400);
            QList<qint64> reps;
            for (int i = 0; i < repCount; ++i) {
                auto id = sink.addUser({0, person(personIndex++), UserRole::Rep, {}});
                if (!id)
                    return std::unexpected(id.error());
                reps.append(*id);
            }

            const int accountCount = std::clamp(options.opportunities / 4, 12, 250000);
            const int combinations = int(std::size(companyStems) * std::size(companyKinds));
            QList<qint64> accountIds;
            QList<qint64> accountOwners;
            QStringList accountTerritories;
            accountIds.reserve(accountCount);
            for (int i = 0; i < accountCount; ++i) {
                const int c = int((qint64(i) * 37) % combinations);
                QString name = QString::fromUtf8(companyStems[c % std::size(companyStems)]) +
                               QLatin1Char(' ') +
                               QString::fromUtf8(companyKinds[c / std::size(companyStems)]);
                if (i >= combinations)
                    name += QStringLiteral(" %1").arg(i / combinations + 1);
                Account account{0, name,
                                QString::fromUtf8(companyKinds[c / std::size(companyStems)]),
                                pick(rng, territories), reps[i % reps.size()]};
                auto id = sink.addAccount(account);
                if (!id)
                    return std::unexpected(id.error());
                accountIds.append(*id);
                accountOwners.append(account.ownerId);
                accountTerritories.append(account.territory);
            }

            const int totalWeight = [] {
                int t = 0;
                for (int w : stageWeights)
                    t += w;
                return t;
            }();
            for (int n = 0; n < options.opportunities; ++n) {
                // Pick the final stage: open stages by weight, then won, then lost.
                int roll = rng.bounded(totalWeight);
                int target = 0;
                while (target < int(std::size(stageWeights)) - 1 && roll >= stageWeights[target])
                    roll -= stageWeights[target++];
                const Stage *finalStage = nullptr;
                int openSteps = 0; // how many open stages the deal passed through
                if (target < open.size()) {
                    finalStage = &open[target];
                    openSteps = target + 1;
                } else if (target == int(std::size(stageWeights)) - 2) {
                    finalStage = won;
                    openSteps = int(open.size());
                } else {
                    finalStage = lost;
                    // One lost deal in five is dropped before qualification: disqualified.
                    openSteps = rng.bounded(5) == 0
                                    ? 1
                                    : 2 + rng.bounded(std::max(1, int(open.size()) - 1));
                    openSteps = std::min(openSteps, int(open.size()));
                }
                const int accountIndex = rng.bounded(int(accountIds.size()));
                Opportunity o;
                o.title = pickTranslated(rng, products);
                o.accountId = accountIds[accountIndex];
                o.ownerId = accountOwners[accountIndex];
                o.contact = person(rng.bounded(200));
                o.amount = Cents(5 + rng.bounded(245)) * 1000 * 100;
                o.currency = QStringLiteral("USD");

                // Walk the history backwards from now: the deal sat a while in each stage.
                const bool stalled = finalStage->kind == StageKind::Open && rng.bounded(100) < 15;
                const int lastStay =
                    stalled ? finalStage->rotDays.value_or(30) + 1 + rng.bounded(60)
                            : rng.bounded(std::max(1, finalStage->rotDays.value_or(90) - 1));
                QList<qint64> enteredAt; // when the deal entered each stage of its path
                qint64 t = now - qint64(lastStay) * day - rng.bounded(int(day));
                enteredAt.prepend(t);
                for (int i = 1; i < openSteps + (finalStage->kind == StageKind::Open ? 0 : 1);
                     ++i) {
                    t -= qint64(3 + rng.bounded(25)) * day + rng.bounded(int(day));
                    enteredAt.prepend(t);
                }
                o.stageId = finalStage->id;
                o.enteredStageAt = enteredAt.last();
                o.createdAt = enteredAt.first();
                const QDate entered =
                    QDateTime::fromSecsSinceEpoch(o.enteredStageAt, Qt::UTC).date();
                if (finalStage->kind == StageKind::Open) {
                    o.closeDate = today.addDays(7 + rng.bounded(170));
                    o.nextStep = pickTranslated(rng, nextSteps);
                } else {
                    o.closeDate = entered;
                    o.closeReason = finalStage->kind == StageKind::Won
                                        ? pickTranslated(rng, wonReasons)
                                        : pickTranslated(rng, lostReasons);
                }
                o.version = int(enteredAt.size());
                o.disqualified = finalStage->kind == StageKind::Lost && openSteps < 2;

                // The stage of each ledger row; the gates of stages left behind were met, and the
                // current stage is in progress.
                QList<const Stage *> path;
                for (int i = 0; i < enteredAt.size(); ++i) {
                    const bool last = i == enteredAt.size() - 1;
                    path.append(i < openSteps && (!last || finalStage->kind == StageKind::Open)
                                    ? &open[i]
                                    : finalStage);
                }
                QList<Check> criterionTicks;
                QList<Check> activityTicks;
                for (int i = 0; i < path.size() - 1; ++i) {
                    for (const ExitCriterion &c : criteriaOf.value(path[i]->id)) {
                        if (c.required)
                            criterionTicks.append(
                                {c.id, o.ownerId, enteredAt[i] + day, CriterionState::Met, {}});
                    }
                }
                if (finalStage->kind == StageKind::Open) {
                    const qint64 tickedAt = enteredAt.last() + day;
                    const bool gateReady = rng.bounded(100) < 45;
                    for (const ExitCriterion &c : criteriaOf.value(finalStage->id)) {
                        std::optional<CriterionState> state;
                        if (c.knockOut && !c.required && rng.bounded(100) < 6)
                            state = CriterionState::Failed;
                        else if ((c.required && gateReady) || rng.bounded(2) == 0)
                            state = CriterionState::Met;
                        if (!state)
                            continue;
                        criterionTicks.append({c.id, o.ownerId, tickedAt, *state, {}});
                        o.requiredMet += c.required && *state == CriterionState::Met;
                    }
                    for (const Activity &a : activitiesOf.value(finalStage->id)) {
                        if (rng.bounded(100) < 55) {
                            activityTicks.append(
                                {a.id, o.ownerId, tickedAt, CriterionState::Met, {}});
                            ++o.activitiesDone;
                        }
                    }
                }

                auto id = sink.addOpportunity(o);
                if (!id)
                    return std::unexpected(id.error());
                QList<StageEntry> entries;
                for (int i = 0; i < path.size(); ++i)
                    entries.append({*id, path[i]->id, enteredAt[i], o.amount, path[i]->probability,
                                    o.closeDate});
                history.addOpportunityHistory(o.ownerId, accountTerritories[accountIndex],
                                              o.currency, entries);
                wonLastQuarter[o.ownerId] +=
                    finalStage->kind == StageKind::Won && o.closeDate >= quarterAgo ? o.amount : 0;
                std::optional<qint64> from;
                for (int i = 0; i < path.size(); ++i) {
                    const bool last = i == path.size() - 1;
                    StageChange change;
                    change.opportunityId = *id;
                    change.fromStageId = from;
                    change.toStageId = path[i]->id;
                    change.userId = o.ownerId;
                    change.at = enteredAt[i];
                    change.kind = from ? ChangeKind::Moved : ChangeKind::Created;
                    change.amount = o.amount;
                    change.probability = path[i]->probability;
                    change.closeDate = o.closeDate;
                    if (last) {
                        change.closeReason = o.closeReason;
                        change.disqualified = o.disqualified;
                    }
                    if (auto ok = sink.addStageChange(change); !ok)
                        return std::unexpected(ok.error());
                    from = path[i]->id;
                }
                for (const Check &check : std::as_const(criterionTicks)) {
                    if (auto ok = sink.addCriterionCheck(*id, check); !ok)
                        return std::unexpected(ok.error());
                }
                for (const Check &check : std::as_const(activityTicks)) {
                    if (auto ok = sink.addActivityCheck(*id, check); !ok)
                        return std::unexpected(ok.error());
                }
                if (options.progress && (n % 10000 == 9999))
                    options.progress(n + 1);
            }
            if (options.progress)
                options.progress(options.opportunities);
            return {};
        },
        BulkLoader::BulkSize::Most);
    if (!written)
        return written;
    if (auto ok = setDemoQuotas(forecast, wonLastQuarter, today); !ok)
        return ok;
    return history.save(forecast);
}

} // namespace Stageboard
