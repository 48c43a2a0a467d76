// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecast/forecastaccumulators.h"

#include <QTest>

using namespace Stageboard;

namespace {

// Identify 10 %, Qualify 25 %, Propose 50 % (rots after 14 days), Won, Lost: one pipeline.
QList<Stage> process()
{
    QList<Stage> stages;
    const auto add = [&](const char *name, int probability, StageKind kind,
                         std::optional<int> rotDays = std::nullopt) {
        Stage s;
        s.id = 10 + stages.size();
        s.pipelineId = 1;
        s.position = int(stages.size());
        s.name = QString::fromLatin1(name);
        s.probability = probability;
        s.kind = kind;
        s.rotDays = rotDays;
        stages.append(s);
    };
    add("Identify", 10, StageKind::Open);
    add("Qualify", 25, StageKind::Open);
    add("Propose", 50, StageKind::Open, 14);
    add("Closed Won", 100, StageKind::Won);
    add("Closed Lost", 0, StageKind::Lost);
    return stages;
}
enum { identify, qualify, propose, won, lost };

/// A deal counted in stage, with its amount, owner and close month (index), having visited
/// the stages given.
CountedOpportunity deal(int stage, Cents amount, qint64 owner = 1, int month = -1,
                        std::initializer_list<int> visited = {})
{
    static const QList<Stage> stages = process();
    CountedOpportunity o;
    static qint64 id = 0;
    o.id = ++id;
    o.ownerId = owner;
    o.stage = stage;
    o.kind = stages[stage].kind;
    o.amount = amount;
    o.probability = o.kind == StageKind::Won ? 100 : stages[stage].probability;
    o.category = o.kind == StageKind::Won    ? ForecastCategory::Closed
                 : o.kind == StageKind::Lost ? ForecastCategory::Omitted
                                             : ForecastCategory::Pipeline;
    o.month = month;
    o.visited = quint64(1) << stage;
    for (int v : visited)
        o.visited |= quint64(1) << v;
    return o;
}

const int march2027 = monthIndex(QDate(2027, 3, 1));

} // namespace

Q_DECLARE_METATYPE(PeriodGrouping)

class TestForecastAccumulators : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldAddUpPeriodsAndShowPeriodsWithOnlyAQuota_data();
    void shouldAddUpPeriodsAndShowPeriodsWithOnlyAQuota();
    void shouldAddUpRepsAndShowRepsWithOnlyAQuota();
    void shouldAddUpEachStageAndItsAverageStay_data();
    void shouldAddUpEachStageAndItsAverageStay();
    void shouldCountHowFarDealsGot_data();
    void shouldCountHowFarDealsGot();
    void shouldCountADealsFunnelInItsOwnPipelineOnly();
    void shouldListStalledDealsLongestOverdueFirst();
    void shouldTellWinRateAndWhatIsLate_data();
    void shouldTellWinRateAndWhatIsLate();
};

void TestForecastAccumulators::shouldAddUpPeriodsAndShowPeriodsWithOnlyAQuota_data()
{
    QTest::addColumn<PeriodGrouping>("grouping");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QList<qint64>>("amounts");
    QTest::addColumn<QList<qint64>>("quotas");
    // Deals close in March and May 2027; the rep has a quota in March and in July only
    QTest::newRow("month") << PeriodGrouping::Month
                           << QStringList{QStringLiteral("2027-03"), QStringLiteral("2027-05"),
                                          QStringLiteral("2027-07")}
                           << QList<qint64>{300, 500, 0} << QList<qint64>{1000, -1, 2000};
    QTest::newRow("quarter") << PeriodGrouping::Quarter
                             << QStringList{QStringLiteral("2027-Q1"), QStringLiteral("2027-Q2"),
                                            QStringLiteral("2027-Q3")}
                             << QList<qint64>{300, 500, 0} << QList<qint64>{1000, -1, 2000};
    QTest::newRow("year") << PeriodGrouping::Year << QStringList{QStringLiteral("2027")}
                          << QList<qint64>{800} << QList<qint64>{3000};
}

void TestForecastAccumulators::shouldAddUpPeriodsAndShowPeriodsWithOnlyAQuota()
{
    QFETCH(PeriodGrouping, grouping);
    QFETCH(QStringList, keys);
    QFETCH(QList<qint64>, amounts);
    QFETCH(QList<qint64>, quotas);
    PeriodAccumulator periods(grouping);
    periods.add(deal(identify, 100, 1, march2027));
    periods.add(deal(qualify, 200, 1, march2027));
    periods.add(deal(propose, 500, 1, march2027 + 2));
    periods.add(deal(identify, 900)); // no close date: in no period
    const QHash<qint64, QMap<int, Cents>> book{{1, {{march2027, 1000}, {march2027 + 4, 2000}}}};
    const QuotaBook quota(book, std::numeric_limits<int>::min(), std::numeric_limits<int>::max(),
                          true);
    const QList<ForecastPeriodRow> rows = periods.finish(quota, std::nullopt);
    QCOMPARE(rows.size(), keys.size());
    for (int i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows[i].key, keys[i]);
        QCOMPARE(rows[i].figures.amount, amounts[i]);
        QCOMPARE(rows[i].figures.quota.value_or(-1), quotas[i]);
    }
}

void TestForecastAccumulators::shouldAddUpRepsAndShowRepsWithOnlyAQuota()
{
    RepAccumulator reps;
    reps.add(deal(identify, 100, 1));
    reps.add(deal(won, 400, 1));
    reps.add(deal(qualify, 250, 2));
    const QHash<qint64, QMap<int, Cents>> book{{3, {{march2027, 700}}}};
    // With a territory filter quotas do not apply: the rep with only a quota is not listed
    for (bool applies : {true, false}) {
        const QuotaBook quota(book, std::numeric_limits<int>::min(),
                              std::numeric_limits<int>::max(), applies);
        const QList<ForecastRepRow> rows = reps.finish(quota, std::nullopt);
        QCOMPARE(rows.size(), applies ? 3 : 2);
        QCOMPARE(rows[0].ownerId, 1);
        QCOMPARE(rows[0].figures.amount, 500);
        QCOMPARE(rows[0].figures.closedWon(), 400);
        QCOMPARE(rows[0].figures.weighted, 10 + 400);
        QCOMPARE(rows[1].figures.amount, 250);
        if (applies) {
            QCOMPARE(rows[2].ownerId, 3);
            QCOMPARE(rows[2].figures.opportunities, 0);
            QCOMPARE(*rows[2].figures.quota, 700);
        }
    }
}

void TestForecastAccumulators::shouldAddUpEachStageAndItsAverageStay_data()
{
    QTest::addColumn<int>("stage");
    QTest::addColumn<int>("count");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<qint64>("weighted");
    QTest::addColumn<double>("averageDays");
    QTest::newRow("identify") << int(identify) << 2 << qint64(3000) << qint64(300) << 3.0;
    QTest::newRow("propose") << int(propose) << 1 << qint64(1001) << qint64(500) << 10.0;
    QTest::newRow("won") << int(won) << 1 << qint64(5000) << qint64(5000) << -1.0;
}

void TestForecastAccumulators::shouldAddUpEachStageAndItsAverageStay()
{
    QFETCH(int, stage);
    QFETCH(int, count);
    QFETCH(qint64, amount);
    QFETCH(qint64, weighted);
    QFETCH(double, averageDays);
    StageAccumulator stages(process());
    stages.add(deal(identify, 1000));
    stages.add(deal(identify, 2000));
    stages.add(deal(propose, 1001)); // 500.5 weighted: whole cents
    stages.add(deal(won, 5000));
    stages.addStay(identify, 2 * secondsPerDay);
    stages.addStay(identify, 4 * secondsPerDay);
    stages.addStay(propose, 10 * secondsPerDay);
    const QList<ForecastStageRow> rows = stages.finish();
    QCOMPARE(rows.size(), 5);
    const ForecastStageRow &row = rows[stage];
    QCOMPARE(row.stageId, process()[stage].id);
    QCOMPARE(row.opportunities, count);
    QCOMPARE(row.amount, amount);
    QCOMPARE(row.weighted, weighted);
    QCOMPARE(row.averageDays.value_or(-1.0), averageDays);
}

void TestForecastAccumulators::shouldCountHowFarDealsGot_data()
{
    QTest::addColumn<int>("stage");
    QTest::addColumn<int>("reached");
    QTest::addColumn<double>("conversion");
    QTest::addColumn<int>("closedThrough");
    QTest::addColumn<int>("wonThrough");
    // Four deals: one still in Identify, one in Propose (skipped Qualify), one won through all,
    // one lost after Qualify
    QTest::newRow("identify") << int(identify) << 4 << 0.75 << 2 << 1;
    QTest::newRow("qualify") << int(qualify) << 3 << 2.0 / 3.0 << 2 << 1;
    QTest::newRow("propose") << int(propose) << 2 << 0.5 << 1 << 1;
    QTest::newRow("won") << int(won) << 1 << -1.0 << 1 << 1;
    QTest::newRow("lost") << int(lost) << 1 << -1.0 << 1 << 0;
}

void TestForecastAccumulators::shouldCountHowFarDealsGot()
{
    QFETCH(int, stage);
    QFETCH(int, reached);
    QFETCH(double, conversion);
    QFETCH(int, closedThrough);
    QFETCH(int, wonThrough);
    const QList<Stage> stages = process();
    FunnelAccumulator funnel(stages);
    funnel.add(deal(identify, 1));
    funnel.add(deal(propose, 1, 1, -1, {identify}));
    funnel.add(deal(won, 1, 1, -1, {identify, qualify, propose}));
    funnel.add(deal(lost, 1, 1, -1, {identify, qualify}));
    QList<ForecastStageRow> rows(stages.size());
    funnel.fill(rows);
    QCOMPARE(rows[stage].reached, reached);
    QCOMPARE(rows[stage].conversion.value_or(-1.0), conversion);
    QCOMPARE(rows[stage].closedThrough, closedThrough);
    QCOMPARE(rows[stage].wonThrough, wonThrough);
}

void TestForecastAccumulators::shouldCountADealsFunnelInItsOwnPipelineOnly()
{
    // "All pipelines": New business (the five stages) and then Renewals (Contacted, Renewed)
    QList<Stage> stages = process();
    for (const char *name : {"Contacted", "Renewed"}) {
        Stage s;
        s.id = 100 + stages.size();
        s.pipelineId = 2;
        s.position = int(stages.size()) - 5;
        s.name = QString::fromLatin1(name);
        s.kind = stages.size() == 5 ? StageKind::Open : StageKind::Won;
        stages.append(s);
    }
    const int contacted = 5, renewed = 6;
    FunnelAccumulator funnel(stages);
    funnel.add(deal(identify, 1));
    CountedOpportunity renewal;
    renewal.stage = renewed;
    renewal.kind = StageKind::Won;
    renewal.visited = quint64(1) << contacted | quint64(1) << renewed;
    funnel.add(renewal);
    QList<ForecastStageRow> rows(stages.size());
    funnel.fill(rows);
    // The renewal passed Contacted, not New business's stages
    QCOMPARE(rows[identify].reached, 1);
    QCOMPARE(rows[propose].reached, 0);
    QCOMPARE(rows[contacted].reached, 1);
    QCOMPARE(rows[renewed].reached, 1);
    QCOMPARE(rows[contacted].conversion.value_or(-1.0), 1.0);
    // Identify converts by its own pipeline's Qualify, which no deal reached
    QCOMPARE(rows[identify].conversion.value_or(-1.0), 0.0);
}

void TestForecastAccumulators::shouldListStalledDealsLongestOverdueFirst()
{
    const qint64 now = 1'800'000'000;
    const QList<Stage> stages = process();
    StalledAccumulator stalled(stages, now);
    const auto sitting = [&](int stage, int days) {
        CountedOpportunity o = deal(stage, 100);
        o.enteredAt = now - days * secondsPerDay;
        return o;
    };
    const CountedOpportunity slightly = sitting(propose, 15);
    const CountedOpportunity long_ = sitting(propose, 40);
    stalled.add(slightly);
    stalled.add(sitting(propose, 14)); // at its limit, not past it
    stalled.add(long_);
    stalled.add(sitting(identify, 400)); // Identify has no age limit
    stalled.add(sitting(won, 400));      // closed deals do not stall
    const QList<StalledOpportunity> list = stalled.finish();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].id, long_.id);
    QCOMPARE(list[0].daysInStage, 40);
    QCOMPARE(list[0].limitDays, 14);
    QCOMPARE(list[1].id, slightly.id);
}

void TestForecastAccumulators::shouldTellWinRateAndWhatIsLate_data()
{
    QTest::addColumn<QList<int>>("stages");
    QTest::addColumn<QList<bool>>("disqualified");
    QTest::addColumn<double>("winRate");
    QTest::addColumn<qint64>("averageWon");
    QTest::newRow("none closed") << QList<int>{identify} << QList<bool>{false} << -1.0
                                 << qint64(-1);
    QTest::newRow("one of two") << QList<int>{won, lost} << QList<bool>{false, false} << 0.5
                                << qint64(1000);
    // A deal disqualified before Qualify does not count against the win rate
    QTest::newRow("disqualified left out")
        << QList<int>{won, lost, lost} << QList<bool>{false, false, true} << 0.5 << qint64(1000);
    QTest::newRow("all won") << QList<int>{won, won} << QList<bool>{false, false} << 1.0
                             << qint64(1000);
}

void TestForecastAccumulators::shouldTellWinRateAndWhatIsLate()
{
    QFETCH(QList<int>, stages);
    QFETCH(QList<bool>, disqualified);
    QFETCH(double, winRate);
    QFETCH(qint64, averageWon);
    OutcomeAccumulator outcomes;
    for (int i = 0; i < stages.size(); ++i) {
        CountedOpportunity o = deal(stages[i], 1000);
        o.disqualified = disqualified[i];
        o.createdAt = 0;
        o.enteredAt = 30 * secondsPerDay;
        outcomes.add(o);
    }
    CountedOpportunity late = deal(qualify, 10, 1, march2027);
    late.overdue = true;
    outcomes.add(late);
    outcomes.add(deal(identify, 10)); // undated
    ForecastResult result;
    outcomes.fill(result);
    QCOMPARE(result.winRate.value_or(-1.0), winRate);
    QCOMPARE(result.averageOpportunitySize.value_or(-1), averageWon);
    if (averageWon > 0)
        QCOMPARE(*result.averageCycleDays, 30.0);
    QCOMPARE(result.disqualified, qint64(disqualified.count(true)));
    QCOMPARE(result.overdue, 1);
    QCOMPARE(result.undated, int(stages.count(identify)) + 1);
}

QTEST_GUILESS_MAIN(TestForecastAccumulators)
#include "tst_forecastaccumulators.moc"
