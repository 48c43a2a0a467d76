// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecast/forecast.h"
#include "itemmodels/boardmodel.h"
#include "testdatabase.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTest>

using namespace Stageboard;
using Stageboard::Test::TestDatabase;

namespace {

// A small process: three open stages, won and lost.
enum : qint64 { identify = 1, propose, negotiate, won, lost };

QList<Stage> process()
{
    auto stage = [](qint64 id, const char *name, int probability, StageKind kind,
                    ForecastCategory category, std::optional<int> rot) {
        Stage s;
        s.id = id;
        s.position = int(id);
        s.name = QString::fromLatin1(name);
        s.probability = probability;
        s.kind = kind;
        s.forecastCategory = category;
        s.rotDays = rot;
        return s;
    };
    return {stage(identify, "Identify", 10, StageKind::Open, ForecastCategory::Pipeline, 30),
            stage(propose, "Propose", 50, StageKind::Open, ForecastCategory::BestCase, 20),
            stage(negotiate, "Negotiate", 75, StageKind::Open, ForecastCategory::Commit, 20),
            stage(won, "Won", 100, StageKind::Won, ForecastCategory::Closed, std::nullopt),
            stage(lost, "Lost", 0, StageKind::Lost, ForecastCategory::Omitted, std::nullopt)};
}

// "Now" in these tests: 15 March 2027, noon UTC.
const qint64 now = QDateTime(QDate(2027, 3, 15), QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
constexpr qint64 day = 24 * 60 * 60;

OpportunityFigures deal(qint64 id, qint64 stageId, Cents amount, QDate close, qint64 owner = 1,
                        qint64 account = 1, const QString &currency = QStringLiteral("USD"))
{
    OpportunityFigures d;
    d.id = id;
    d.stageId = stageId;
    d.amount = amount;
    d.closeDate = close;
    d.ownerId = owner;
    d.accountId = account;
    d.currency = currency;
    d.createdAt = now - 40 * day;
    d.enteredStageAt = now - 5 * day;
    return d;
}

ForecastData data(const QList<OpportunityFigures> &deals)
{
    ForecastData data;
    data.setStages(process());
    data.setAccounts({{1, QStringLiteral("Acme"), {}, QStringLiteral("DACH"), 1},
                      {2, QStringLiteral("Globex"), {}, QStringLiteral("France"), 2}});
    data.setCurrencies(QStringLiteral("USD"), {{QStringLiteral("EUR"), 1.10}});
    for (const OpportunityFigures &d : deals)
        data.upsert(d);
    return data;
}

const QDate april(2027, 4, 20);

} // namespace

class TestForecast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldAddUpDeals_data();
    void shouldAddUpDeals();
    void shouldHaveNothingToSayWithoutDeals();
    void shouldComputeWinRateSizeAndCycle();
    void shouldMeasureQuotaAttainmentAndCoverage();
    void shouldApplyEveryFilter();
    void shouldGroupByQuarterAndYear();
    void shouldTraceFunnelTimeInStageAndObservedProbability();
    void shouldListStalledDealsLongestOverdueFirst();
    void shouldAgreeWithIndependentSql();
    void shouldStayTrueWhileTheBoardChanges();
    void shouldRecordOneSnapshotPerDay();
    void shouldRoundTripQuotasAndCurrencies();
    void shouldRefuseBadExchangeRates();
};

void TestForecast::shouldAddUpDeals_data()
{
    QTest::addColumn<QList<OpportunityFigures>>("deals");
    QTest::addColumn<std::optional<ForecastCategory>>("category"); // set on the first deal
    QTest::addColumn<qint64>("count");
    QTest::addColumn<Cents>("amount");
    QTest::addColumn<Cents>("weighted");
    QTest::addColumn<Cents>("commit");
    QTest::addColumn<Cents>("bestCase");
    QTest::addColumn<Cents>("closedWon");
    QTest::addColumn<QString>("period");
    QTest::addColumn<qint64>("overdue");
    QTest::addColumn<QStringList>("missingRates");

    const std::optional<ForecastCategory> none;
    QTest::newRow("one deal in Best Case")
        << QList{deal(1, propose, 100000, april)} << none << qint64(1) << Cents(100000)
        << Cents(50000) << Cents(0) << Cents(100000) << Cents(0) << "2027-04" << qint64(0)
        << QStringList();
    QTest::newRow("a zero amount still counts as a deal")
        << QList{deal(1, identify, 0, april)} << none << qint64(1) << Cents(0) << Cents(0)
        << Cents(0) << Cents(0) << Cents(0) << "2027-04" << qint64(0) << QStringList();
    QTest::newRow("an open deal past its close date is expected this month")
        << QList{deal(1, negotiate, 20000, QDate(2027, 2, 10))} << none << qint64(1) << Cents(20000)
        << Cents(15000) << Cents(20000) << Cents(20000) << Cents(0) << "2027-03" << qint64(1)
        << QStringList();
    QTest::newRow("won counts in full, lost not at all")
        << QList{deal(1, won, 30000, QDate(2027, 3, 1)), deal(2, lost, 10000, QDate(2027, 3, 2))}
        << none << qint64(1) << Cents(30000) << Cents(30000) << Cents(30000) << Cents(30000)
        << Cents(30000) << "2027-03" << qint64(0) << QStringList();
    QTest::newRow("a won deal is not overdue")
        << QList{deal(1, won, 30000, QDate(2027, 1, 5))} << none << qint64(1) << Cents(30000)
        << Cents(30000) << Cents(30000) << Cents(30000) << Cents(30000) << "2027-01" << qint64(0)
        << QStringList();
    QTest::newRow("the rep's own category wins over the stage's")
        << QList{deal(1, identify, 50000, april)} << std::optional(ForecastCategory::Commit)
        << qint64(1) << Cents(50000) << Cents(5000) << Cents(50000) << Cents(50000) << Cents(0)
        << "2027-04" << qint64(0) << QStringList();
    QTest::newRow("an omitted deal counts nowhere")
        << QList{deal(1, negotiate, 40000, april)} << std::optional(ForecastCategory::Omitted)
        << qint64(0) << Cents(0) << Cents(0) << Cents(0) << Cents(0) << Cents(0) << "2027-04"
        << qint64(0) << QStringList();
    QTest::newRow("several currencies in the reporting currency")
        << QList{deal(1, propose, 10000, april, 1, 1, QStringLiteral("EUR")),
                 deal(2, propose, 5000, april)}
        << none << qint64(2) << Cents(16000) << Cents(8000) << Cents(0) << Cents(16000) << Cents(0)
        << "2027-04" << qint64(0) << QStringList();
    QTest::newRow("a currency without a rate is left out and named")
        << QList{deal(1, propose, 10000, april, 1, 1, QStringLiteral("GBP")),
                 deal(2, propose, 5000, april)}
        << none << qint64(1) << Cents(5000) << Cents(2500) << Cents(0) << Cents(5000) << Cents(0)
        << "2027-04" << qint64(0) << QStringList{QStringLiteral("GBP")};
}

void TestForecast::shouldAddUpDeals()
{
    QFETCH(QList<OpportunityFigures>, deals);
    QFETCH(std::optional<ForecastCategory>, category);
    QFETCH(qint64, count);
    QFETCH(Cents, amount);
    QFETCH(Cents, weighted);
    QFETCH(Cents, commit);
    QFETCH(Cents, bestCase);
    QFETCH(Cents, closedWon);
    QFETCH(QString, period);
    QFETCH(qint64, overdue);
    QFETCH(QStringList, missingRates);
    deals[0].forecastCategory = category;

    const ForecastResult r = data(deals).compute({}, now);

    QCOMPARE(r.currency, QStringLiteral("USD"));
    QCOMPARE(r.total.opportunities, count);
    QCOMPARE(r.total.amount, amount);
    QCOMPARE(r.total.weighted, weighted);
    QCOMPARE(r.total.commit(), commit);
    QCOMPARE(r.total.bestCase(), bestCase);
    QCOMPARE(r.total.closedWon(), closedWon);
    QCOMPARE(r.overdue, overdue);
    QCOMPARE(r.missingRates, missingRates);
    QCOMPARE(r.unconverted, qint64(missingRates.size()));
    QVERIFY(!r.periods.isEmpty());
    QCOMPARE(r.periods.first().key, period);
    QCOMPARE(r.periods.first().figures.weighted, weighted);
}

void TestForecast::shouldHaveNothingToSayWithoutDeals()
{
    const ForecastResult r = data({}).compute({}, now);
    QCOMPARE(r.total.opportunities, 0);
    QCOMPARE(r.total.amount, 0);
    QVERIFY(r.periods.isEmpty());
    QVERIFY(r.reps.isEmpty());
    QCOMPARE(r.stages.size(), 5); // every stage, each empty
    for (const ForecastStageRow &s : r.stages) {
        QCOMPARE(s.opportunities, 0);
        QVERIFY(!s.conversion);
        QVERIFY(!s.averageDays);
        QVERIFY(!s.observedProbability());
    }
    QVERIFY(!r.winRate);
    QVERIFY(!r.averageOpportunitySize);
    QVERIFY(!r.averageCycleDays);
    QVERIFY(!r.total.quota);
    QVERIFY(!r.total.attainment());
    QVERIFY(!r.total.coverage());
}

void TestForecast::shouldComputeWinRateSizeAndCycle()
{
    // Two won (30 and 10 days from creation), one lost, one disqualified, one open.
    QList<OpportunityFigures> deals{
        deal(1, won, 40000, QDate(2027, 3, 1)), deal(2, won, 20000, QDate(2027, 3, 3)),
        deal(3, lost, 90000, QDate(2027, 3, 4)), deal(4, lost, 70000, QDate(2027, 3, 5)),
        deal(5, propose, 10000, april)};
    deals[0].createdAt = now - 40 * day;
    deals[0].enteredStageAt = now - 10 * day;
    deals[1].createdAt = now - 12 * day;
    deals[1].enteredStageAt = now - 2 * day;
    deals[3].disqualified = true;
    const ForecastResult r = data(deals).compute({}, now);
    QCOMPARE(r.won, 2);
    QCOMPARE(r.lost, 1);
    QCOMPARE(r.disqualified, 1);
    QCOMPARE(*r.winRate, 2.0 / 3.0); // the disqualified deal is no loss
    QCOMPARE(*r.averageOpportunitySize, Cents(30000));
    QCOMPARE(*r.averageCycleDays, 20.0);
}

void TestForecast::shouldMeasureQuotaAttainmentAndCoverage()
{
    // Rep 1: quota 1,000 in March and 500 in April; won 400 in March; 900 open in March.
    ForecastData d =
        data({deal(1, won, 40000, QDate(2027, 3, 2)), deal(2, negotiate, 60000, QDate(2027, 3, 28)),
              deal(3, identify, 30000, QDate(2027, 3, 29)), deal(4, propose, 20000, april, 2, 2)});
    d.setQuotas({{1, QDate(2027, 3, 1), 100000},
                 {1, QDate(2027, 4, 1), 50000},
                 {2, QDate(2027, 4, 1), 70000},
                 {2, QDate(2027, 6, 1), 10000}});
    ForecastFilter march;
    march.fromMonth = march.toMonth = QDate(2027, 3, 1);
    march.ownerId = 1;
    ForecastResult r = d.compute(march, now);
    QCOMPARE(*r.total.quota, Cents(100000));
    QCOMPARE(*r.total.attainment(), 0.4);
    QCOMPARE(*r.total.coverage(), 90000.0 / 60000.0); // open pipeline ÷ quota still to close
    QCOMPARE(r.reps.size(), 1);
    QCOMPARE(*r.reps.first().figures.quota, Cents(100000));

    // Every rep, March to June: quotas add up; June has only a quota and still shows.
    ForecastFilter spring;
    spring.fromMonth = QDate(2027, 3, 1);
    spring.toMonth = QDate(2027, 6, 1);
    r = d.compute(spring, now);
    QCOMPARE(*r.total.quota, Cents(230000));
    QCOMPARE(r.periods.size(), 3);
    QCOMPARE(r.periods[1].key, QStringLiteral("2027-04"));
    QCOMPARE(*r.periods[1].figures.quota, Cents(120000));
    QCOMPARE(r.periods[2].key, QStringLiteral("2027-06"));
    QCOMPARE(r.periods[2].figures.opportunities, 0);
    QCOMPARE(*r.periods[2].figures.quota, Cents(10000));
    QCOMPARE(r.reps.size(), 2);
    QCOMPARE(*r.reps[1].figures.quota, Cents(80000));

    // A quota already met has no coverage to speak of.
    d.setQuotas({{1, QDate(2027, 3, 1), 30000}});
    r = d.compute(march, now);
    QCOMPARE(*r.total.attainment(), 40000.0 / 30000.0);
    QVERIFY(!r.total.coverage());

    // Quotas are per rep: a territory filter leaves them out.
    march.territory = QStringLiteral("DACH");
    QVERIFY(!d.compute(march, now).total.quota);
}

void TestForecast::shouldApplyEveryFilter()
{
    const ForecastData d =
        data({deal(1, propose, 10000, april, 1, 1), deal(2, negotiate, 20000, april, 2, 2),
              deal(3, negotiate, 40000, QDate(2027, 7, 1), 1, 2),
              deal(4, identify, 80000, QDate(), 1, 1)});
    auto amountWith = [&](auto change) {
        ForecastFilter f;
        change(f);
        return d.compute(f, now).total.amount;
    };
    QCOMPARE(amountWith([](ForecastFilter &) {}), Cents(150000));
    QCOMPARE(amountWith([](ForecastFilter &f) { f.ownerId = 1; }), Cents(130000));
    QCOMPARE(amountWith([](ForecastFilter &f) { f.territory = QStringLiteral("France"); }),
             Cents(60000));
    QCOMPARE(amountWith([](ForecastFilter &f) { f.territory = QStringLiteral("Mars"); }), Cents(0));
    QCOMPARE(amountWith([](ForecastFilter &f) { f.stageId = negotiate; }), Cents(60000));
    // A period range leaves out deals outside it, and those without a close date.
    QCOMPARE(amountWith([](ForecastFilter &f) {
                 f.fromMonth = QDate(2027, 4, 1);
                 f.toMonth = QDate(2027, 6, 1);
             }),
             Cents(30000));
    QCOMPARE(amountWith([](ForecastFilter &f) { f.fromMonth = QDate(2027, 5, 1); }), Cents(40000));
    QCOMPARE(d.compute({}, now).undated, 1);
}

void TestForecast::shouldGroupByQuarterAndYear()
{
    const ForecastData d = data(
        {deal(1, propose, 10000, QDate(2027, 1, 31)), deal(2, propose, 20000, QDate(2027, 3, 31)),
         deal(3, propose, 40000, QDate(2027, 4, 1)), deal(4, propose, 80000, QDate(2028, 12, 31))});
    ForecastFilter f;
    f.grouping = PeriodGrouping::Quarter;
    ForecastResult r = d.compute(f, now);
    // January's deal is overdue and expected in March: still the first quarter.
    QCOMPARE(r.periods.size(), 3);
    QCOMPARE(r.periods[0].key, QStringLiteral("2027-Q1"));
    QCOMPARE(r.periods[0].figures.amount, Cents(30000));
    QCOMPARE(r.periods[1].key, QStringLiteral("2027-Q2"));
    QCOMPARE(r.periods[1].start, QDate(2027, 4, 1));
    QCOMPARE(r.periods[2].key, QStringLiteral("2028-Q4"));
    f.grouping = PeriodGrouping::Year;
    r = d.compute(f, now);
    QCOMPARE(r.periods.size(), 2);
    QCOMPARE(r.periods[0].key, QStringLiteral("2027"));
    QCOMPARE(r.periods[0].figures.amount, Cents(70000));
}

void TestForecast::shouldTraceFunnelTimeInStageAndObservedProbability()
{
    // Deal 1: Identify (4 days) → Propose (6 days) → Won.
    // Deal 2: Identify (2 days) → Propose (10 days) → Lost.
    // Deal 3: Identify (3 days) → Lost, disqualified.
    // Deal 4: Identify, skipped by override to Negotiate after 1 day, still there.
    ForecastData d = data({});
    const qint64 t = now - 30 * day;
    auto walk = [&](OpportunityFigures f, const QList<QPair<qint64, qint64>> &moves) {
        f.stageId = identify;
        f.createdAt = f.enteredStageAt = t;
        d.upsert(f);
        for (const auto &[stage, at] : moves) {
            d.addStageEntry(f.id, stage, at);
            f.stageId = stage;
            f.enteredStageAt = at;
            d.upsert(f);
        }
    };
    walk(deal(1, identify, 1000, QDate(2027, 3, 1)), {{propose, t + 4 * day}, {won, t + 10 * day}});
    walk(deal(2, identify, 1000, QDate(2027, 3, 1)),
         {{propose, t + 2 * day}, {lost, t + 12 * day}});
    OpportunityFigures three = deal(3, identify, 1000, QDate(2027, 3, 1));
    three.disqualified = true;
    walk(three, {{lost, t + 3 * day}});
    walk(deal(4, identify, 1000, april), {{negotiate, t + day}});

    const ForecastResult r = d.compute({}, now);
    const ForecastStageRow &i = r.stages[0];
    const ForecastStageRow &p = r.stages[1];
    const ForecastStageRow &n = r.stages[2];
    const ForecastStageRow &w = r.stages[3];
    const ForecastStageRow &l = r.stages[4];
    // Reached this stage or a later one.
    QCOMPARE(i.reached, 4);
    QCOMPARE(p.reached, 3); // deal 4 skipped Propose but got further
    QCOMPARE(n.reached, 2);
    QCOMPARE(w.reached, 1);
    QCOMPARE(l.reached, 2);
    QCOMPARE(*i.conversion, 0.75);
    QCOMPARE(*p.conversion, 2.0 / 3.0);
    QCOMPARE(*n.conversion, 0.5);
    QVERIFY(!w.conversion);
    // Completed stays only: Identify 4, 2, 3, 1 days; Propose 6 and 10.
    QCOMPARE(i.stays, 4);
    QCOMPARE(*i.averageDays, 2.5);
    QCOMPARE(*p.averageDays, 8.0);
    QVERIFY(!n.averageDays);
    // Of the closed deals that entered Identify (3), one was won; of those through Propose, 1/2.
    QCOMPARE(i.closedThrough, 3);
    QCOMPARE(*i.observedProbability(), 1.0 / 3.0);
    QCOMPARE(p.closedThrough, 2);
    QCOMPARE(*p.observedProbability(), 0.5);
    QVERIFY(!n.observedProbability());
    QCOMPARE(i.configuredProbability, 10);
    QCOMPARE(n.opportunities, 1);
}

void TestForecast::shouldListStalledDealsLongestOverdueFirst()
{
    QList<OpportunityFigures> deals{deal(1, identify, 100, april), deal(2, propose, 100, april),
                                    deal(3, propose, 100, april),
                                    deal(4, won, 100, QDate(2027, 1, 1))};
    deals[0].enteredStageAt = now - 31 * day;  // Identify: 30 days allowed, 1 over
    deals[1].enteredStageAt = now - 20 * day;  // Propose: 20 allowed, not over
    deals[2].enteredStageAt = now - 45 * day;  // 25 over
    deals[3].enteredStageAt = now - 400 * day; // closed deals never stall
    const ForecastResult r = data(deals).compute({}, now);
    QCOMPARE(r.stalled.size(), 2);
    QCOMPARE(r.stalled[0].id, 3);
    QCOMPARE(r.stalled[0].daysInStage, 45);
    QCOMPARE(r.stalled[0].limitDays, 20);
    QCOMPARE(r.stalled[1].id, 1);
}

void TestForecast::shouldAgreeWithIndependentSql()
{
    SQLITE_ONLY(); // the reference query is written in SQLite's dialect
    // Given the demo pipeline, with some deals in euros and some with the rep's own category
    TestDatabase db(400);
    QSqlQuery q(QSqlDatabase::database(db.storage->connectionName()));
    QVERIFY(q.exec(QStringLiteral("UPDATE opportunities SET currency = 'EUR' WHERE id % 7 = 0")));
    // Odd cents, so that rounding shows
    QVERIFY(q.exec(QStringLiteral("UPDATE opportunities SET amount = amount + id * 37")));
    QVERIFY(q.exec(
        QStringLiteral("UPDATE opportunities SET forecast_category = 'commit' WHERE id % 11 = 0 "
                       "AND stage_id IN (SELECT id FROM stages WHERE kind = 'open')")));
    QVERIFY(db.storage->forecast().setCurrencies(QStringLiteral("USD"),
                                                 {{QStringLiteral("EUR"), 1.25}}));
    const qint64 at = QDateTime::currentSecsSinceEpoch();
    const QString today = QDateTime::fromSecsSinceEpoch(at, Qt::UTC).date().toString(Qt::ISODate);
    auto data = ForecastData::load(
        {db.storage->forecast(), db.storage->process(), db.storage->directory()});
    QVERIFY(data);
    ForecastFilter filter;
    filter.grouping = PeriodGrouping::Quarter;
    const ForecastResult r = data->compute(filter, at);

    // Then each quarter matches a query written here, apart from the code under test
    const QString quarterOf =
        QStringLiteral("substr(m, 1, 4) || '-Q' || ((CAST(substr(m, 6, 2) AS INTEGER) + 2) / 3)");
    const QString deals = QStringLiteral(
        "SELECT CASE WHEN s.kind = 'open' AND o.close_date < :today "
        "THEN substr(:today, 1, 7) ELSE substr(o.close_date, 1, 7) END AS m, "
        "CAST(ROUND(o.amount * CASE o.currency WHEN 'EUR' THEN 1.25 ELSE 1 END) AS INTEGER) "
        "AS a, "
        "CASE WHEN s.kind = 'won' THEN 100 WHEN s.kind = 'lost' THEN 0 "
        "ELSE COALESCE(o.probability, s.probability) END AS p, "
        "CASE WHEN s.kind = 'won' THEN 'closed' WHEN s.kind = 'lost' THEN 'omitted' "
        "ELSE COALESCE(o.forecast_category, s.forecast_category) END AS c "
        "FROM opportunities o JOIN stages s ON s.id = o.stage_id WHERE o.deleted_at IS NULL");
    QVERIFY(q.prepare(
        QStringLiteral("SELECT ") % quarterOf %
        QStringLiteral(" AS quarter, COUNT(*), SUM(a), SUM(a * p) / 100, "
                       "SUM(CASE WHEN c IN ('closed', 'commit') THEN a ELSE 0 END), "
                       "SUM(CASE WHEN c IN ('closed', 'commit', 'best_case') THEN a ELSE 0 END), "
                       "SUM(CASE WHEN c = 'closed' THEN a ELSE 0 END) FROM (") %
        deals % QStringLiteral(") WHERE c <> 'omitted' GROUP BY quarter ORDER BY quarter")));
    q.bindValue(QStringLiteral(":today"), today);
    QVERIFY(q.exec());
    int row = 0;
    while (q.next()) {
        QVERIFY(row < r.periods.size());
        const ForecastPeriodRow &p = r.periods[row++];
        QCOMPARE(p.key, q.value(0).toString());
        QCOMPARE(p.figures.opportunities, q.value(1).toLongLong());
        QCOMPARE(p.figures.amount, q.value(2).toLongLong());
        QCOMPARE(p.figures.weighted, q.value(3).toLongLong());
        QCOMPARE(p.figures.commit(), q.value(4).toLongLong());
        QCOMPARE(p.figures.bestCase(), q.value(5).toLongLong());
        QCOMPARE(p.figures.closedWon(), q.value(6).toLongLong());
    }
    QCOMPARE(row, r.periods.size());
    QVERIFY(row >= 3);

    // The win rate, from the deals' stages
    QVERIFY(q.exec(QStringLiteral(
        "SELECT SUM(s.kind = 'won'), SUM(s.kind = 'lost' AND o.disqualified = 0) FROM "
        "opportunities o JOIN stages s ON s.id = o.stage_id WHERE o.deleted_at IS NULL")));
    QVERIFY(q.next());
    QCOMPARE(r.won, q.value(0).toLongLong());
    QCOMPARE(r.lost, q.value(1).toLongLong());
    QCOMPARE(*r.winRate, q.value(0).toDouble() / (q.value(0).toDouble() + q.value(1).toDouble()));

    // The stalled deals, from each stage's age limit
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM opportunities o JOIN stages s ON s.id = "
                             "o.stage_id WHERE o.deleted_at IS NULL AND s.kind = 'open' AND "
                             "s.rot_days IS NOT NULL AND (? - o.entered_stage_at) / 86400 > "
                             "s.rot_days"));
    q.addBindValue(at);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(r.stalled.size(), q.value(0).toLongLong());
    QVERIFY(!r.stalled.isEmpty());

    // Observed probability: closed deals that ever entered each stage, and how many were won
    QVERIFY(q.exec(QStringLiteral(
        "SELECT h.to_stage_id, COUNT(DISTINCT o.id), COUNT(DISTINCT CASE WHEN s.kind = 'won' "
        "THEN o.id END) FROM stage_history h JOIN opportunities o ON o.id = h.opportunity_id "
        "JOIN stages s ON s.id = o.stage_id WHERE s.kind <> 'open' AND o.deleted_at IS NULL "
        "GROUP BY h.to_stage_id")));
    QHash<qint64, QPair<qint64, qint64>> through;
    while (q.next())
        through.insert(q.value(0).toLongLong(), {q.value(1).toLongLong(), q.value(2).toLongLong()});
    for (const ForecastStageRow &s : r.stages) {
        QCOMPARE(s.closedThrough, through.value(s.stageId).first);
        QCOMPARE(s.wonThrough, through.value(s.stageId).second);
    }
    QVERIFY(r.stages.first().closedThrough > 0);

    // Average time in stage: each ledger row's stay ends at the deal's next row
    QVERIFY(q.exec(QStringLiteral(
        "SELECT h.to_stage_id, COUNT(*), SUM(n.at - h.at) FROM stage_history h JOIN "
        "stage_history n ON n.opportunity_id = h.opportunity_id AND n.id = (SELECT MIN(x.id) "
        "FROM stage_history x WHERE x.opportunity_id = h.opportunity_id AND x.id > h.id) "
        "GROUP BY h.to_stage_id")));
    while (q.next()) {
        const auto s = std::find_if(r.stages.begin(), r.stages.end(), [&](const auto &row) {
            return row.stageId == q.value(0).toLongLong();
        });
        QVERIFY(s != r.stages.end());
        QCOMPARE(s->stays, q.value(1).toLongLong());
        QCOMPARE(*s->averageDays, q.value(2).toDouble() / q.value(1).toDouble() / 86400.0);
    }
}

void TestForecast::shouldStayTrueWhileTheBoardChanges()
{
    // Given forecast data kept up to date from the board's change signals
    TestDatabase db(200);
    BoardModel board(db.storage->opportunityStore(), db.storage->process(),
                     db.storage->directory());
    QVERIFY(board.service().reload());
    auto loaded = ForecastData::load(
        {db.storage->forecast(), db.storage->process(), db.storage->directory()});
    QVERIFY(loaded);
    ForecastData live = *loaded;
    QObject::connect(&board.service(), &BoardService::moved,
                     [&](const Opportunity &, const StageChange &change) {
                         live.addStageEntry(change.opportunityId, change.toStageId, change.at);
                         live.upsert(*board.service().opportunity(change.opportunityId));
                     });
    QObject::connect(&board.service(), &BoardService::edited,
                     [&](const Opportunity &, const Opportunity &after) { live.upsert(after); });
    QObject::connect(&board.service(), &BoardService::created,
                     [&](const Opportunity &o) { live.upsert(o); });
    QObject::connect(&board.service(), &BoardService::removed,
                     [&](const Opportunity &o) { live.remove(o.id); });

    // When deals move, are edited, created and deleted
    const QList<Stage> stages = board.service().stages();
    const Stage *wonStage = nullptr;
    for (const Stage &s : stages) {
        if (s.kind == StageKind::Won)
            wonStage = &s;
    }
    const ForecastResult before = live.compute({}, QDateTime::currentSecsSinceEpoch());
    const QList<Opportunity> all = *db.storage->opportunityStore().opportunities();
    const Opportunity first = *std::find_if(all.begin(), all.end(), [&](const Opportunity &o) {
        return board.service().stage(o.stageId)->kind == StageKind::Open;
    });
    MoveRequest request;
    request.overrideReason = QStringLiteral("Signed early");
    request.closeReason = QStringLiteral("Price");
    for (const User &u : board.service().users()) {
        if (u.role == UserRole::Manager)
            board.service().setCurrentUserId(u.id);
    }
    QVERIFY(board.service().moveToStage(first.id, wonStage->id, request));
    Opportunity edited = *board.service().opportunity(all[5].id);
    edited.amount += 123456;
    edited.forecastCategory = ForecastCategory::Omitted;
    QVERIFY(board.service().updateOpportunity(edited));
    Opportunity fresh;
    fresh.title = QStringLiteral("New deal");
    fresh.stageId = stages.first().id;
    fresh.amount = 777700;
    fresh.currency = QStringLiteral("USD");
    fresh.closeDate = QDate::currentDate().addDays(30);
    fresh.ownerId = all.first().ownerId;
    QVERIFY(board.service().createOpportunity(fresh));
    QVERIFY(board.service().removeOpportunity(all[9].id));

    // Then the live figures equal those of a fresh load, and they did change
    const qint64 at = QDateTime::currentSecsSinceEpoch();
    const ForecastResult liveResult = live.compute({}, at);
    const ForecastResult reloaded =
        ForecastData::load({db.storage->forecast(), db.storage->process(), db.storage->directory()})
            ->compute({}, at);
    QVERIFY(liveResult.total.closedWon() > before.total.closedWon());
    QCOMPARE(liveResult.total.opportunities, reloaded.total.opportunities);
    QCOMPARE(liveResult.total.amount, reloaded.total.amount);
    QCOMPARE(liveResult.total.weighted, reloaded.total.weighted);
    QCOMPARE(liveResult.total.byCategory, reloaded.total.byCategory);
    QCOMPARE(liveResult.won, reloaded.won);
    QCOMPARE(liveResult.stalled.size(), reloaded.stalled.size());
    for (int i = 0; i < liveResult.stages.size(); ++i) {
        QCOMPARE(liveResult.stages[i].reached, reloaded.stages[i].reached);
        QCOMPARE(liveResult.stages[i].stays, reloaded.stages[i].stays);
        QCOMPARE(liveResult.stages[i].closedThrough, reloaded.stages[i].closedThrough);
    }
}

void TestForecast::shouldRecordOneSnapshotPerDay()
{
    // Given the demo pipeline, whose history gives weekly snapshots
    TestDatabase db(200);
    auto data = ForecastData::load(
        {db.storage->forecast(), db.storage->process(), db.storage->directory()});
    QVERIFY(data);
    const qint64 at = QDateTime::currentSecsSinceEpoch();
    const QDate today = QDateTime::fromSecsSinceEpoch(at, Qt::UTC).date();
    QCOMPARE(*db.storage->forecast().lastSnapshotDay(), today);
    const int days = int(db.storage->forecast().forecastSnapshots({}, {}, {}, {})->size());
    QCOMPARE(days, 13);

    // When today's snapshot is taken again, on demand
    QVERIFY(takeForecastSnapshot(db.storage->forecast(), *data, at));
    QVERIFY(takeForecastSnapshot(db.storage->forecast(), *data, at));

    // Then there is still one per day, and today's is the forecast of this month on
    const auto points = *db.storage->forecast().forecastSnapshots({}, {}, {}, {});
    QCOMPARE(points.size(), days);
    QCOMPARE(points.last().takenOn, today);
    ForecastFilter fromNow;
    fromNow.fromMonth = QDate(today.year(), today.month(), 1);
    const ForecastResult r = data->compute(fromNow, at);
    QCOMPARE(points.last().weighted, r.total.weighted);
    QCOMPARE(points.last().commit, r.total.commit());
    QCOMPARE(points.last().bestCase, r.total.bestCase());
    // And one rep's snapshot is that rep's forecast
    const qint64 rep = r.reps.first().ownerId;
    fromNow.ownerId = rep;
    const auto mine = *db.storage->forecast().forecastSnapshots(fromNow.fromMonth, {}, rep, {});
    QCOMPARE(mine.last().weighted, data->compute(fromNow, at).total.weighted);
    QVERIFY(mine.last().weighted < points.last().weighted);
}

void TestForecast::shouldRoundTripQuotasAndCurrencies()
{
    TestDatabase db(20);
    const qint64 rep = db.storage->directory().users()->last().id;
    QVERIFY(db.storage->forecast().setQuotas(
        {{rep, QDate(2030, 1, 1), 12345}, {rep, QDate(2030, 2, 1), 0}}));
    const QList<Quota> quotas = *db.storage->forecast().quotas();
    QVERIFY(quotas.contains(Quota{rep, QDate(2030, 1, 1), 12345}));
    QVERIFY(!std::any_of(quotas.begin(), quotas.end(),
                         [](const Quota &q) { return q.month == QDate(2030, 2, 1); }));
    // A zero amount removes a quota
    QVERIFY(db.storage->forecast().setQuotas({{rep, QDate(2030, 1, 1), 0}}));
    QCOMPARE(db.storage->forecast().quotas()->size(), quotas.size() - 1);

    QCOMPARE(*db.storage->forecast().reportingCurrency(), QStringLiteral("USD"));
    const QList<ExchangeRate> rates{{QStringLiteral("CHF"), 1.13}, {QStringLiteral("EUR"), 1.08}};
    QVERIFY(db.storage->forecast().setCurrencies(QStringLiteral("USD"), rates));
    QCOMPARE(*db.storage->forecast().exchangeRates(), rates);
}

void TestForecast::shouldRefuseBadExchangeRates()
{
    TestDatabase db;
    QVERIFY(db.storage->forecast().setCurrencies(QStringLiteral("EUR"),
                                                 {{QStringLiteral("USD"), 0.9}}));
    const auto bad =
        db.storage->forecast().setCurrencies(QStringLiteral("EUR"), {{QStringLiteral("GBP"), 0}});
    QVERIFY(!bad);
    QCOMPARE(bad.error().message,
             QStringLiteral("The exchange rate of GBP must be a number above zero."));
    // Nothing changed
    QCOMPARE(db.storage->forecast().exchangeRates()->size(), 1);
    QCOMPARE(*db.storage->forecast().reportingCurrency(), QStringLiteral("EUR"));
}

QTEST_GUILESS_MAIN(TestForecast)
#include "tst_forecast.moc"
