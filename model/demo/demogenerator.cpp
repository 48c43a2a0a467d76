// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demogenerator.h"

#include "demo/democalls.h"
#include "forecast/forecast.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <algorithm>
#include <array>
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
/// The region each territory is in, and the countries its accounts are in.
struct TerritoryPlace
{
    const char *region;
    const char *countries[4];
};
const TerritoryPlace territoryPlaces[] = {
    {"Americas", {"United States", "Canada", "United States", "Mexico"}},
    {"Europe", {"Germany", "Austria", "Switzerland", "Germany"}},
    {"Europe", {"France", "France", "Belgium", "France"}},
    {"Europe", {"Sweden", "Norway", "Denmark", "Finland"}},
    {"Europe", {"United Kingdom", "Ireland", "United Kingdom", "United Kingdom"}},
    {"Europe", {"Spain", "Italy", "Portugal", "Italy"}},
};
static_assert(std::size(territoryPlaces) == std::size(territories));
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

// Competitors, with what the team knows of each, and how a rep sees us against them.
struct DemoCompetitor
{
    const char *name;
    const char *description;
};
const DemoCompetitor competitorList[] = {
    {"Northbeam", QT_TRANSLATE_NOOP("Stageboard::DemoGenerator",
                                    "Large suite vendor; discounts hard at quarter end.")},
    {"Quantix", QT_TRANSLATE_NOOP("Stageboard::DemoGenerator",
                                  "Analytics specialist; strong with IT, weak on services.")},
    {"Vellora", QT_TRANSLATE_NOOP("Stageboard::DemoGenerator",
                                  "Low-cost newcomer; sells a self-service trial.")},
    {"Corvane Systems",
     QT_TRANSLATE_NOOP("Stageboard::DemoGenerator",
                       "Incumbent at many manufacturers; long contracts, slow to change.")},
};
const char *const ourStrengths[] = {
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "Faster rollout, references in the industry"),
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "Better integration with their ERP"),
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "Local support team"),
};
const char *const ourWeaknesses[] = {
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "Higher licence price"),
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "No on-premise option"),
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "Smaller partner network"),
};
// What managers wrote after looking back on a deal, by outcome.
const char *const wonLessons[] = {
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator",
                      "The early meeting with the economic buyer set the budget before pricing."),
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator",
                      "A reference call with a customer in their industry closed the gap."),
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator",
                      "The pilot had success criteria agreed up front; the decision followed."),
};
const char *const lostLessons[] = {
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator",
                      "We never met the decision maker; qualify the buying group earlier."),
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator",
                      "Pricing came too late; share a budget range in the second meeting."),
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator",
                      "The competitor ran a trial we did not answer; offer a pilot sooner."),
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator",
                      "No compelling event: the deal should have been disqualified in Qualify."),
};
const char *const processSuggestions[] = {
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator",
                      "Make \"Fits our ideal customer profile\" a deal killer in Identify."),
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator",
                      "Ask for the budget range before pricing is presented in Propose."),
};

const char *const jobTitles[] = {
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "Chief Operating Officer"),
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "Head of Operations"),
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "IT Director"),
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "Chief Financial Officer"),
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "Procurement Manager"),
    QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "Sales Operations Lead"),
};
// What a rep plans next, by kind.
struct PlannedActivity
{
    EngagementKind kind;
    const char *subject;
};
const PlannedActivity plannedActivities[] = {
    {EngagementKind::Call, QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "Follow-up call")},
    {EngagementKind::Meeting,
     QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "Stage review meeting")},
    {EngagementKind::Meeting, QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "Product demo")},
    {EngagementKind::Email, QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "Send the proposal")},
    {EngagementKind::Call,
     QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "Check in with the champion")},
    {EngagementKind::Meeting,
     QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "Pricing review meeting")},
    {EngagementKind::Task, QT_TRANSLATE_NOOP("Stageboard::DemoGenerator", "Prepare the ROI case")},
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
    bool gateReady = false; ///< its current stage's required criteria are all met
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
        , m_peopleRng(options.seed ^ 0x9e3779b9u)
        , m_callsRng(options.seed ^ 0x85ebca6bu)
        , m_accountRng(options.seed ^ 0x27d4eb2fu)
        , m_lookBackRng(options.seed ^ 0xc2b2ae35u)
    {
        for (const QList<ExitCriterion> &criteria : process.criteriaOf) {
            for (const ExitCriterion &c : criteria) {
                if (c.signOff)
                    m_signOffCriteria.insert(c.id);
            }
        }
    }

    Result<void> write(BulkSink &sink);
    /// What each rep won over the last quarter, for their quotas.
    const QHash<qint64, Cents> &wonLastQuarter() const { return m_wonLastQuarter; }

private:
    QString person(int i) const;
    Result<void> writePeople(BulkSink &sink);
    /// Who ticks the criterion on the deal: the role's member for a sign-off, else its owner.
    qint64 signer(const ExitCriterion &c, const Opportunity &o) const;
    Result<void> writeAccounts(BulkSink &sink);
    /// Its territory's id and country, head count, potential and (mostly) tier.
    void describeAccount(Account &account, const QHash<QString, qint64> &territoryIds);
    Result<void> writeCompetitors(BulkSink &sink);
    /// Its competitors and, when it closed, the close and (mostly, for older ones) its review.
    Result<void> writeLookBack(BulkSink &sink, qint64 id, const DemoDeal &deal);
    /// The stage a deal ends in, and how many open stages it went through.
    std::pair<const Stage *, int> pickOutcome();
    DemoDeal makeDeal(const Stage *finalStage, int openSteps);
    void tick(DemoDeal &deal, const Stage *finalStage);
    Result<void> writeDeal(BulkSink &sink, const DemoDeal &deal);
    /// Its buying group (as far as its gates needed one) and its calls, past and next.
    Result<void> writeBuyingGroup(BulkSink &sink, qint64 id, const DemoDeal &deal);
    qint64 roleId(const BulkSink &sink, const char *key) const
    {
        return sink.buyingRoleIds().value(QLatin1StringView(key));
    }

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
    QList<std::array<qint64, 3>> m_accountContacts; ///< three people at each account
    /// The people, their calls and stakeholders draw from their own generator, so that the
    /// deals of a seed stay what they were before there were people.
    QRandomGenerator m_peopleRng;
    /// The plans and debriefs of the calls draw from theirs, for the same reason.
    QRandomGenerator m_callsRng;
    /// Accounts' tiers, potential and size: apart, so the deals stay what they were.
    QRandomGenerator m_accountRng;
    /// Competitors and reviews draw from theirs.
    QRandomGenerator m_lookBackRng;
    QList<qint64> m_competitors;
    qint64 m_manager = 0;
    /// Who signs off for each role (its name): the demo's member of it.
    QHash<QString, qint64> m_signers;
    QSet<qint64> m_signOffCriteria; ///< the criteria a role signs off
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
    if (auto ok = writeCompetitors(sink); !ok)
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

Result<void> DemoWriter::writeCompetitors(BulkSink &sink)
{
    for (const DemoCompetitor &c : competitorList) {
        auto id = sink.addCompetitor(
            {0, QString::fromUtf8(c.name),
             QCoreApplication::translate("Stageboard::DemoGenerator", c.description)});
        if (!id)
            return std::unexpected(id.error());
        m_competitors.append(*id);
    }
    return {};
}

Result<void> DemoWriter::writeLookBack(BulkSink &sink, qint64 id, const DemoDeal &deal)
{
    const Opportunity &o = deal.opportunity;
    const bool open = o.stageId != m_process.won.id && o.stageId != m_process.lost.id;
    // A third of the deals past the first stage know who they are up against.
    QList<qint64> against;
    if (deal.path.size() > 1 && m_lookBackRng.bounded(100) < 35) {
        const int first = m_lookBackRng.bounded(int(m_competitors.size()));
        against.append(m_competitors[first]);
        if (m_lookBackRng.bounded(100) < 25)
            against.append(m_competitors[(first + 1) % m_competitors.size()]);
    }
    for (const qint64 competitor : std::as_const(against)) {
        if (auto ok =
                sink.addDealCompetitor({id, competitor, pickTranslated(m_lookBackRng, ourStrengths),
                                        pickTranslated(m_lookBackRng, ourWeaknesses)});
            !ok)
            return ok;
    }
    if (open)
        return {};
    DealClose close;
    close.opportunityId = id;
    close.stageId = o.stageId;
    close.won = o.stageId == m_process.won.id;
    close.disqualified = o.disqualified;
    close.primaryReason = o.closeReason;
    close.closedBy = o.ownerId;
    close.closedAt = o.enteredStageAt;
    const QString lostToCompetitor =
        QCoreApplication::translate("Stageboard::DemoGenerator", "Lost to competitor");
    if (!close.won && o.closeReason == lostToCompetitor) {
        close.lostToId = against.isEmpty()
                             ? m_competitors[m_lookBackRng.bounded(int(m_competitors.size()))]
                             : against.constFirst();
    }
    if (m_lookBackRng.bounded(100) < 30) {
        const QString other = close.won ? pickTranslated(m_lookBackRng, wonReasons)
                                        : pickTranslated(m_lookBackRng, lostReasons);
        if (other != close.primaryReason)
            close.secondaryReasons.append(other);
    }
    // Most closes older than two weeks were looked back on; the recent ones wait.
    const qint64 age = m_now - close.closedAt;
    if (age > 14 * day && m_lookBackRng.bounded(100) < 90) {
        close.reviewedBy = m_manager;
        close.reviewedAt = close.closedAt + qint64(1 + m_lookBackRng.bounded(10)) * day;
        close.lesson = close.won ? pickTranslated(m_lookBackRng, wonLessons)
                                 : pickTranslated(m_lookBackRng, lostLessons);
        if (!close.won && m_lookBackRng.bounded(100) < 20)
            close.processSuggestion = pickTranslated(m_lookBackRng, processSuggestions);
    }
    auto written = sink.addDealClose(close);
    if (!written)
        return std::unexpected(written.error());
    return {};
}

Result<void> DemoWriter::writePeople(BulkSink &sink)
{
    int personIndex = 0;
    for (UserRole role : {UserRole::Manager, UserRole::Admin, UserRole::Legal, UserRole::Finance}) {
        auto id = sink.addUser({0, person(personIndex++), role, {}});
        if (!id)
            return std::unexpected(id.error());
        if (role == UserRole::Manager)
            m_manager = *id;
        else if (!levelRoleName(role).isEmpty())
            m_signers.insert(levelRoleName(role), *id);
    }
    const int repCount = std::clamp(m_options.opportunities / 250, 4, 400);
    for (int i = 0; i < repCount; ++i) {
        auto id = sink.addUser({0, person(personIndex++), UserRole::Rep, {}});
        if (!id)
            return std::unexpected(id.error());
        m_reps.append(*id);
    }
    // Those who sign off and own stages beyond sales (the default process's roles): with no
    // deals of their own, after the reps so that the reps' names stay the same.
    for (const char *role : {"Plant manager", "Solutions engineer"}) {
        auto id = sink.addUser({0, person(personIndex++), UserRole::Rep, {}});
        if (!id)
            return std::unexpected(id.error());
        if (auto ok = sink.addTeamRoleMember(*id, QString::fromLatin1(role)); !ok)
            return ok;
        m_signers.insert(QString::fromLatin1(role), *id);
    }
    return {};
}

Result<void> DemoWriter::writeAccounts(BulkSink &sink)
{
    const int accountCount = std::clamp(m_options.opportunities / 4, 12, 250000);
    const int combinations = int(std::size(companyStems) * std::size(companyKinds));
    // Two regions with the territories in them: the manager owns the regions, a rep each
    // territory.
    QHash<QString, qint64> territoryIds;
    for (std::size_t t = 0; t < std::size(territories); ++t) {
        const QString region = QString::fromUtf8(territoryPlaces[t].region);
        if (!territoryIds.contains(region)) {
            auto id = sink.addTerritory(Territory{0, region, 0, m_manager});
            if (!id)
                return std::unexpected(id.error());
            territoryIds.insert(region, *id);
        }
        auto id = sink.addTerritory(Territory{0, QString::fromUtf8(territories[t]),
                                              territoryIds.value(region),
                                              m_reps[qsizetype(t) % m_reps.size()]});
        if (!id)
            return std::unexpected(id.error());
        territoryIds.insert(QString::fromUtf8(territories[t]), *id);
    }
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
        describeAccount(account, territoryIds);
        auto id = sink.addAccount(account);
        if (!id)
            return std::unexpected(id.error());
        m_accountIds.append(*id);
        m_accountOwners.append(account.ownerId);
        std::array<qint64, 3> people{};
        for (int p = 0; p < 3; ++p) {
            Contact contact;
            contact.accountId = *id;
            contact.name = person(1000 + 3 * i + p);
            contact.jobTitle = QCoreApplication::translate(
                "Stageboard::DemoGenerator", jobTitles[(i + 2 * p) % std::size(jobTitles)]);
            contact.email = contact.name.toLower().replace(u' ', u'.') + u'@' +
                            QString::fromUtf8(companyStems[c % std::size(companyStems)]).toLower() +
                            QStringLiteral(".example");
            contact.phone = QStringLiteral("+1 555 %1").arg(100000 + (i * 3 + p) % 900000);
            contact.ownerId = account.ownerId;
            contact.createdAt = m_now - 400 * day;
            auto contactId = sink.addContact(contact);
            if (!contactId)
                return std::unexpected(contactId.error());
            people[p] = *contactId;
        }
        m_accountContacts.append(people);
        m_accountTerritories.append(account.territory);
    }
    return {};
}

void DemoWriter::describeAccount(Account &account, const QHash<QString, qint64> &territoryIds)
{
    account.territoryId = territoryIds.value(account.territory);
    for (std::size_t t = 0; t < std::size(territories); ++t) {
        if (account.territory == QLatin1StringView(territories[t]))
            account.country =
                QString::fromUtf8(territoryPlaces[t].countries[m_accountRng.bounded(4)]);
    }
    // Sizes and potential spread over orders of magnitude, as real customers do.
    account.employees = int(std::pow(10.0, 1.0 + 3.5 * m_accountRng.generateDouble()));
    const double potential = std::pow(10.0, 3.0 + 3.0 * m_accountRng.generateDouble());
    account.potential = Cents(std::llround(potential / 100.0)) * 100 * 100;
    // Most accounts have a tier by their potential; a few are still to be decided.
    const int roll = m_accountRng.bounded(10);
    if (roll >= 8)
        account.tier = AttentionTier::None;
    else if (potential >= 200000)
        account.tier = AttentionTier::A;
    else if (potential >= 30000)
        account.tier = AttentionTier::B;
    else
        account.tier = AttentionTier::C;
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

qint64 DemoWriter::signer(const ExitCriterion &c, const Opportunity &o) const
{
    return c.signOff ? m_signers.value(c.signOff->role, o.ownerId) : o.ownerId;
}

void DemoWriter::tick(DemoDeal &deal, const Stage *finalStage)
{
    // The gates of stages left behind were met, and the current stage is in progress.
    Opportunity &o = deal.opportunity;
    for (int i = 0; i < deal.path.size() - 1; ++i) {
        for (const ExitCriterion &c : m_process.criteriaOf.value(deal.path[i]->id)) {
            if (c.required && c.rule.isEmpty())
                deal.criterionTicks.append(
                    {c.id, signer(c, o), deal.enteredAt[i] + day, CriterionState::Met, {}});
        }
    }
    if (finalStage->kind != StageKind::Open)
        return;
    const qint64 tickedAt = deal.enteredAt.last() + day;
    const bool gateReady = m_rng.bounded(100) < 45;
    deal.gateReady = gateReady;
    for (const ExitCriterion &c : m_process.criteriaOf.value(finalStage->id)) {
        if (!c.rule.isEmpty())
            continue; // met by the deal's people (writePeople)
        std::optional<CriterionState> state;
        if (c.knockOut && !c.required && m_rng.bounded(100) < 6)
            state = CriterionState::Failed;
        // A sign-off is given for half the deals ready to move on: the others wait on the role
        else if (c.signOff ? gateReady && m_rng.bounded(2) == 0
                           : (c.required && gateReady) || m_rng.bounded(2) == 0)
            state = CriterionState::Met;
        if (!state)
            continue;
        deal.criterionTicks.append({c.id, signer(c, o), tickedAt, *state, {}});
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
        // A sign-off given is in the log too, as the app writes it
        if (m_signOffCriteria.contains(check.itemId)) {
            if (auto ok = sink.addSignOffDecision(*id, check); !ok)
                return std::unexpected(ok.error());
        }
    }
    for (const Check &check : deal.activityTicks) {
        if (auto ok = sink.addActivityCheck(*id, check); !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok = writeLookBack(sink, *id, deal); !ok)
        return ok;
    return writeBuyingGroup(sink, *id, deal);
}

Result<void> DemoWriter::writeBuyingGroup(BulkSink &sink, qint64 id, const DemoDeal &deal)
{
    const Opportunity &o = deal.opportunity;
    const std::array<qint64, 3> &people = m_accountContacts[deal.accountIndex];
    const bool open = deal.path.constLast()->kind == StageKind::Open;
    // How far it got: 1 while in the first open stage, 2 once it left it, and so on.
    int reached = 0;
    for (const Stage *s : deal.path)
        reached += s->kind == StageKind::Open ? 1 : 0;
    const bool leftFirst = reached >= 2 || !open;
    const bool leftSecond = reached >= 3 || (!open && reached >= 2);
    const auto add = [&](int who, const char *role, Stance stance, Influence influence,
                         qint64 reportsTo, qint64 at) -> Result<void> {
        Stakeholder s;
        s.opportunityId = id;
        s.contactId = people[who];
        s.roleId = roleId(sink, role);
        s.stance = stance;
        s.influence = influence;
        s.reportsTo = reportsTo;
        s.addedAt = at;
        return sink.addStakeholder(s);
    };
    // The decision maker (or an influencer) met in the first stage: its gate needs one.
    const bool inFirstReady = open && reached == 1 && deal.gateReady;
    const bool hasDecider = leftFirst || inFirstReady || m_peopleRng.bounded(100) < 30;
    const qint64 firstAt = deal.enteredAt.constFirst() + 2 * day;
    if (hasDecider) {
        const bool influencer = m_peopleRng.bounded(100) < 30;
        if (auto ok = add(0, influencer ? "influencer" : "decision_maker",
                          m_peopleRng.bounded(100) < 60 ? Stance::Supporter : Stance::Neutral,
                          Influence::High, 0, firstAt);
            !ok)
            return ok;
    }
    // The champion, won over in the second stage: its gate needs one.
    const bool inSecondReady = open && reached == 2 && deal.gateReady;
    if (hasDecider && (leftSecond || inSecondReady)) {
        if (auto ok =
                add(1, "champion", Stance::Supporter, Influence::Medium, people[0], firstAt + day);
            !ok)
            return ok;
    }
    if (hasDecider && m_peopleRng.bounded(100) < 50) {
        const int roll = m_peopleRng.bounded(100);
        if (auto ok =
                add(2, roll < 50 ? "technical_evaluator" : "user",
                    roll % 7 == 0   ? Stance::Opponent
                    : roll % 2 == 0 ? Stance::Neutral
                                    : Stance::Supporter,
                    roll < 30 ? Influence::Low : Influence::Medium, people[0], firstAt + 2 * day);
            !ok)
            return ok;
    }

    // The discovery call at the start, done.
    Engagement call;
    call.kind = EngagementKind::Call;
    call.subject = QCoreApplication::translate("Stageboard::DemoGenerator", "Discovery call");
    call.ownerId = o.ownerId;
    call.opportunityId = id;
    call.contactId = people[0];
    call.dueAt = firstAt - firstAt % (15 * 60);
    call.durationMinutes = 30;
    call.createdAt = deal.enteredAt.constFirst();
    if (firstAt < m_now) {
        call.doneAt = firstAt + 30 * 60;
        call.outcome = QCoreApplication::translate("Stageboard::DemoGenerator",
                                                   "Needs confirmed; next step agreed.");
    }
    DemoCalls calls(m_callsRng, m_manager, m_now);
    calls.plan(call, *deal.path.constFirst());
    const int lastStep = int(deal.path.size()) - 1;
    if (auto added = sink.addEngagement(call); !added)
        return std::unexpected(added.error());
    else if (auto ok = calls.debrief(sink, call, *added, open && lastStep == 0); !ok)
        return ok;
    // A meeting or call in each later stage it went through, done: the history a rep and a
    // coach look back on.
    for (int i = 1; i < deal.enteredAt.size(); ++i) {
        Engagement past;
        past.kind = i % 2 ? EngagementKind::Meeting : EngagementKind::Call;
        past.subject = QCoreApplication::translate(
            "Stageboard::DemoGenerator", i % 2 ? "Stage review meeting" : "Follow-up call");
        past.ownerId = o.ownerId;
        past.opportunityId = id;
        past.contactId = people[i % 2];
        past.dueAt = deal.enteredAt[i] + day;
        past.dueAt -= past.dueAt % (15 * 60);
        past.durationMinutes = past.kind == EngagementKind::Meeting ? 60 : 30;
        past.createdAt = deal.enteredAt[i];
        if (past.dueAt >= m_now)
            continue;
        past.doneAt = past.dueAt + past.durationMinutes * 60;
        calls.plan(past, *deal.path[i]);
        if (auto added = sink.addEngagement(past); !added)
            return std::unexpected(added.error());
        else if (auto ok = calls.debrief(sink, past, *added, open && i == lastStep); !ok)
            return ok;
    }
    if (!open)
        return {};

    // What is next: mostly planned, some overdue, some due today, a few with nothing at all
    // (the warning a card shows).
    const int roll = m_peopleRng.bounded(100);
    if (roll < 12)
        return {};
    const PlannedActivity &planned =
        plannedActivities[m_peopleRng.bounded(int(std::size(plannedActivities)))];
    Engagement next;
    next.kind = planned.kind;
    next.subject = QCoreApplication::translate("Stageboard::DemoGenerator", planned.subject);
    next.ownerId = o.ownerId;
    next.opportunityId = id;
    next.contactId = people[m_peopleRng.bounded(2)];
    next.durationMinutes = planned.kind == EngagementKind::Meeting ? 60 : 30;
    next.createdAt = o.enteredStageAt;
    // Today in the local time of the person running the demo.
    const QDateTime now = QDateTime::fromSecsSinceEpoch(m_now);
    const qint64 leftToday = now.secsTo(QDateTime(now.date().addDays(1), QTime(0, 0)));
    // At office hours: overdue from the last days, today's later today, the others in the
    // next two weeks.
    const auto officeHours = [&](int days) {
        return QDateTime(now.date().addDays(days),
                         QTime(9 + m_peopleRng.bounded(8), 15 * m_peopleRng.bounded(4)))
            .toSecsSinceEpoch();
    };
    if (roll < 27) {
        next.dueAt = std::min(officeHours(-1 - m_peopleRng.bounded(6)), m_now - 3600);
    } else if (roll < 45 && leftToday > 20 * 60) {
        next.dueAt = m_now + 10 * 60 +
                     m_peopleRng.bounded(int(std::min<qint64>(leftToday - 20 * 60, 8 * 3600)));
    } else {
        next.dueAt = officeHours(1 + m_peopleRng.bounded(14));
    }
    next.dueAt -= next.dueAt % (5 * 60); // people plan on the five minutes, not the second
    if (next.dueAt <= m_now && roll >= 27)
        next.dueAt += 5 * 60;
    calls.plan(next, *deal.path.constLast());
    if (auto added = sink.addEngagement(next); !added)
        return std::unexpected(added.error());
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
