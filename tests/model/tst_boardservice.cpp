// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakestores.h"
#include "services/boardservice.h"

#include <QSignalSpy>
#include <QTest>

using namespace Stageboard;
using Stageboard::Test::FakeDirectory;
using Stageboard::Test::FakeOpportunityStore;
using Stageboard::Test::FakeProcessStore;

// The board service over stores held in memory: what a rep sees change on the board (a
// column's totals, a card moving, a conflict explained) without a database behind it.
class TestBoardService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void shouldKeepColumnTotalsAsARecountWouldOnEveryChange();
    void shouldTotalOnlyWhatTheFilterLetsThrough_data();
    void shouldTotalOnlyWhatTheFilterLetsThrough();
    void shouldRefuseToLeaveQualifyUntilTheBudgetIsConfirmed();
    void shouldMoveTheStoredDealWhenSomeoneElseEditedIt();
    void shouldSayWhoMovedADealElsewhereAndMoveNothing();
    void shouldTakeInAStaleEditAsStoredAndSaveNothing();

private:
    /// What a service that read the same stores afresh shows for a stage.
    StageTotals recounted(qint64 stageId, const BoardFilter &filter = {});

    FakeOpportunityStore m_deals;
    FakeProcessStore m_process;
    FakeDirectory m_directory;
    std::unique_ptr<BoardService> m_service;
    Opportunity m_alpha, m_beta, m_gamma;
};

void TestBoardService::init()
{
    m_deals = FakeOpportunityStore();
    m_alpha = m_deals.add(QStringLiteral("Alpha"), FakeProcessStore::identify, 100000);
    m_beta = m_deals.add(QStringLiteral("Beta rollout"), FakeProcessStore::identify, 250000);
    m_gamma = m_deals.add(QStringLiteral("Gamma"), FakeProcessStore::qualify, 40000);
    m_service = std::make_unique<BoardService>(m_deals, m_process, m_directory);
    QVERIFY(m_service->reload());
    m_service->setCurrentUserId(FakeDirectory::dana);
}

StageTotals TestBoardService::recounted(qint64 stageId, const BoardFilter &filter)
{
    BoardService fresh(m_deals, m_process, m_directory);
    fresh.setFilter(filter);
    if (!fresh.reload())
        return {};
    return fresh.totals(stageId);
}

void TestBoardService::shouldKeepColumnTotalsAsARecountWouldOnEveryChange()
{
    QSignalSpy resets(m_service.get(), &BoardService::aboutToReset);
    QSignalSpy changes(m_service.get(), &BoardService::changed);
    QCOMPARE(m_service->totals(FakeProcessStore::identify).count, 2);
    QCOMPARE(m_service->totals(FakeProcessStore::identify).amount, 350000);
    // Moving, editing, creating and deleting each change the totals by that one deal
    QVERIFY(m_service->moveToStage(m_alpha.id, FakeProcessStore::qualify));
    Opportunity beta = *m_service->opportunity(m_beta.id);
    beta.amount = 300000;
    QVERIFY(m_service->updateOpportunity(beta));
    Opportunity fresh;
    fresh.title = QStringLiteral("Delta");
    fresh.stageId = FakeProcessStore::identify;
    fresh.amount = 5000;
    QVERIFY(m_service->createOpportunity(fresh));
    QVERIFY(m_service->removeOpportunity(m_gamma.id));
    for (qint64 stage : {FakeProcessStore::identify, FakeProcessStore::qualify}) {
        const StageTotals now = m_service->totals(stage);
        const StageTotals expected = recounted(stage);
        QCOMPARE(now.count, expected.count);
        QCOMPARE(now.amount, expected.amount);
        QCOMPARE(now.weighted.value(), expected.weighted.value());
    }
    QCOMPARE(m_service->totals(FakeProcessStore::identify).amount, 305000);
    QCOMPARE(m_service->totals(FakeProcessStore::qualify).amount, 100000);
    QCOMPARE(m_service->totals(FakeProcessStore::qualify).weighted.value(), 25000);
    // One change, one signal each; nothing was read again
    QCOMPARE(changes.size(), 4);
    QCOMPARE(resets.size(), 0);
}

void TestBoardService::shouldTotalOnlyWhatTheFilterLetsThrough_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("identifyCount");
    QTest::addColumn<qint64>("identifyAmount");
    QTest::newRow("everything") << QString() << 2 << qint64(350000);
    QTest::newRow("one title") << QStringLiteral("rollout") << 1 << qint64(250000);
    QTest::newRow("any case") << QStringLiteral("ALPHA") << 1 << qint64(100000);
    QTest::newRow("nothing") << QStringLiteral("Omega") << 0 << qint64(0);
}

void TestBoardService::shouldTotalOnlyWhatTheFilterLetsThrough()
{
    QFETCH(QString, text);
    QFETCH(int, identifyCount);
    QFETCH(qint64, identifyAmount);
    QSignalSpy resets(m_service.get(), &BoardService::reset);
    m_service->setFilter({text, 0});
    QCOMPARE(resets.size(), text.isEmpty() ? 0 : 1);
    QCOMPARE(m_service->totals(FakeProcessStore::identify).count, identifyCount);
    QCOMPARE(m_service->totals(FakeProcessStore::identify).amount, identifyAmount);
    // A move keeps to the filter: a deal it hides moves without touching the totals
    QVERIFY(m_service->moveToStage(m_alpha.id, FakeProcessStore::qualify));
    const StageTotals qualify = m_service->totals(FakeProcessStore::qualify);
    QCOMPARE(qualify.amount, recounted(FakeProcessStore::qualify, {text, 0}).amount);
}

void TestBoardService::shouldRefuseToLeaveQualifyUntilTheBudgetIsConfirmed()
{
    const auto refused = m_service->moveToStage(m_gamma.id, FakeProcessStore::won,
                                                {0, QStringLiteral("Best price"), {}});
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::GateRefused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("Budget confirmed")),
             qPrintable(refused.error().message));
    QCOMPARE(m_service->opportunity(m_gamma.id)->stageId, FakeProcessStore::qualify);
    QVERIFY(m_service->answerCriterion(m_gamma.id, FakeProcessStore::budgetConfirmed,
                                       CriterionState::Met));
    QVERIFY(m_service->moveToStage(m_gamma.id, FakeProcessStore::won,
                                   {0, QStringLiteral("Best price"), {}}));
    QCOMPARE(m_service->opportunity(m_gamma.id)->stageId, FakeProcessStore::won);
}

void TestBoardService::shouldMoveTheStoredDealWhenSomeoneElseEditedIt()
{
    // Someone else raised Alpha's amount; this board still has the old version
    m_deals.elsewhere(m_alpha.id, [](Opportunity &o) { o.amount = 180000; });
    QSignalSpy moved(m_service.get(), &BoardService::moved);
    const auto outcome = m_service->moveToStage(m_alpha.id, FakeProcessStore::qualify);
    QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().message));
    // The move is made on the deal as stored now: their amount, my stage
    const Opportunity now = *m_service->opportunity(m_alpha.id);
    QCOMPARE(now.stageId, FakeProcessStore::qualify);
    QCOMPARE(now.amount, 180000);
    QCOMPARE(moved.size(), 1);
    QCOMPARE(m_service->totals(FakeProcessStore::qualify).amount, 220000);
    QCOMPARE(m_service->totals(FakeProcessStore::identify).amount, 250000);
}

void TestBoardService::shouldSayWhoMovedADealElsewhereAndMoveNothing()
{
    m_deals.elsewhere(m_alpha.id, [](Opportunity &o) { o.stageId = FakeProcessStore::lost; });
    const int writes = m_deals.writes();
    const auto outcome = m_service->moveToStage(m_alpha.id, FakeProcessStore::qualify);
    QVERIFY(!outcome);
    QCOMPARE(outcome.error().kind, Error::Kind::Conflict);
    QCOMPARE(outcome.error().message,
             QStringLiteral("Dana Reyes moved \"Alpha\" to Closed Lost meanwhile. The board shows "
                            "it there now; nothing was moved."));
    QCOMPARE(m_deals.writes(), writes + 1); // the refused first attempt, nothing after
    QCOMPARE(m_service->opportunity(m_alpha.id)->stageId, FakeProcessStore::lost);
}

void TestBoardService::shouldTakeInAStaleEditAsStoredAndSaveNothing()
{
    m_deals.elsewhere(m_beta.id, [](Opportunity &o) { o.nextStep = QStringLiteral("Theirs"); });
    Opportunity mine = *m_service->opportunity(m_beta.id);
    mine.nextStep = QStringLiteral("Mine");
    QSignalSpy elsewhere(m_service.get(), &BoardService::changedElsewhere);
    const auto saved = m_service->updateOpportunity(mine);
    QVERIFY(!saved);
    QCOMPARE(saved.error().kind, Error::Kind::Conflict);
    // The service now holds theirs, to compare with mine (EditConflict)
    QCOMPARE(m_service->opportunity(m_beta.id)->nextStep, QStringLiteral("Theirs"));
    QCOMPARE(elsewhere.size(), 1);
}

QTEST_GUILESS_MAIN(TestBoardService)
#include "tst_boardservice.moc"
