// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/reviewsmodel.h"
#include "itemmodels/roles.h"
#include "services/boardservice.h"
#include "services/lookback.h"
#include "storage/sqlstorage.h"
#include "testdatabase.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Stageboard;
using Stageboard::Test::TestDatabase;

namespace {

/// A manager and a rep, with the rep's deal in Negotiate of the default process and the
/// competitors Northbeam and Quantix, over one workspace.
struct Team
{
    TestDatabase db;
    std::unique_ptr<Workspace> workspace;
    qint64 rita = 0; ///< a rep, who owns the deal
    qint64 mona = 0; ///< a manager
    qint64 northbeam = 0;
    qint64 quantix = 0;
    Opportunity deal;

    Team()
    {
        Directory &directory = db.storage->directory();
        rita = *directory.addUser({0, QStringLiteral("Rita Rep"), UserRole::Rep, {}});
        mona = *directory.addUser({0, QStringLiteral("Mona Manager"), UserRole::Manager, {}});
        northbeam = db.storage->lookBack().saveCompetitor({0, QStringLiteral("Northbeam")})->id;
        quantix = db.storage->lookBack().saveCompetitor({0, QStringLiteral("Quantix")})->id;
        auto opened = Workspace::open(db.location);
        if (!opened)
            qFatal("Cannot open the workspace: %s", qPrintable(opened.error().message));
        workspace = std::move(*opened);
        board().setCurrentUserId(rita);
        Opportunity o;
        o.title = QStringLiteral("Line 4 retrofit");
        o.ownerId = rita;
        o.amount = 4'000'000;
        o.currency = QStringLiteral("EUR");
        o.closeDate = QDate(2027, 6, 30);
        o.stageId = stage("Negotiate");
        deal = *board().createOpportunity(o);
    }

    BoardService &board() { return workspace->boardService(); }
    LookBackService &lookBack() { return workspace->lookBackService(); }
    qint64 stage(const char *name)
    {
        return board().gateEngine().stageNamed(QString::fromUtf8(name))->id;
    }

    /// Closes the deal as lost (a manager's override past the gate), with the details given.
    Result<MoveOutcome> loseDeal(const CloseDetails &details)
    {
        board().setCurrentUserId(mona);
        MoveRequest request;
        request.closeReason = QStringLiteral("Lost to competitor");
        request.overrideReason = QStringLiteral("The customer decided.");
        request.close = details;
        auto moved = board().moveToStage(deal.id, stage("Closed Lost"), request);
        board().setCurrentUserId(rita);
        return moved;
    }
};

} // namespace

/// The look-back: a close keeps its reasons, competitor and notes and waits for a manager's
/// review; competitors and a deal's competitors; the review list model. On both engines.
class TestLookBack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldKeepWhatTheCloseSaidAndAwaitReview();
    void shouldDropACloseOpenedAgainFromThePendingList();
    void shouldLetOnlyAManagerReview();
    void shouldKeepACompetitorThatADealNames();
    void shouldFollowClosesAndReviewsInTheListWithoutAReset();
    void shouldShowAnotherPersonsCloseLive();
    void shouldAddUpWinLossAsTheDealsSay_data();
    void shouldAddUpWinLossAsTheDealsSay();
    void shouldAddUpAmountsInTheReportingCurrency();
    void shouldListTheLessonsOfAGroup();
};

void TestLookBack::shouldKeepWhatTheCloseSaidAndAwaitReview()
{
    // Given the rep's open deal, with Northbeam among its competitors
    Team t;
    QVERIFY(t.lookBack().saveDealCompetitor(
        {t.deal.id, t.northbeam, QStringLiteral("Local support"), QStringLiteral("Price")}));
    QCOMPARE(*t.db.storage->lookBack().pendingReviews(), 0);

    // When it is lost to Northbeam, for two more reasons (one the main one again), with notes
    const auto moved =
        t.loseDeal({{QStringLiteral("No budget"), QStringLiteral("Lost to competitor"),
                     QStringLiteral(" Timing ")},
                    t.northbeam,
                    QStringLiteral("  They signed a three-year deal.  ")});
    QVERIFY2(moved, qPrintable(moved ? QString() : moved.error().message));

    // Then the close keeps all of it, in the closer's name, and awaits review
    const QList<DealClose> closes = *t.db.storage->lookBack().closesOf(t.deal.id);
    QCOMPARE(closes.size(), 1);
    const DealClose &c = closes.first();
    QVERIFY(!c.won);
    QCOMPARE(c.primaryReason, QStringLiteral("Lost to competitor"));
    QCOMPARE(c.secondaryReasons,
             (QStringList{QStringLiteral("No budget"), QStringLiteral("Timing")}));
    QCOMPARE(c.lostToId, t.northbeam);
    QCOMPARE(c.notes, QStringLiteral("They signed a three-year deal."));
    QCOMPARE(c.closedBy, t.mona);
    QCOMPARE(c.closedAt, moved->change.at);
    QCOMPARE(c.stageId, t.stage("Closed Lost"));
    QVERIFY(!c.isReviewed());
    QCOMPARE(*t.db.storage->lookBack().pendingReviews(), 1);
    QCOMPARE(t.db.storage->lookBack().closes(CloseFilter::Pending, 0, 10)->size(), 1);
    // And the new reason is offered next time
    QVERIFY(
        t.board().gateEngine().closeReasons(StageKind::Lost)->contains(QStringLiteral("Timing")));

    // And a won deal records no competitor it was lost to
    Opportunity other = t.deal;
    other.id = 0;
    other.title = QStringLiteral("Spare parts");
    other.stageId = t.stage("Deliver/Finalize");
    other = *t.board().createOpportunity(other);
    t.board().setCurrentUserId(t.mona);
    MoveRequest win;
    win.closeReason = QStringLiteral("Best fit");
    win.overrideReason = QStringLiteral("Signed.");
    win.close.lostToId = t.quantix;
    QVERIFY(t.board().moveToStage(other.id, t.stage("Closed Won"), win));
    const DealClose won = t.db.storage->lookBack().closesOf(other.id)->constFirst();
    QVERIFY(won.won);
    QCOMPARE(won.lostToId, 0);
    QCOMPARE(*t.db.storage->lookBack().pendingReviews(), 2);
}

void TestLookBack::shouldDropACloseOpenedAgainFromThePendingList()
{
    // Given a lost deal awaiting review
    Team t;
    QVERIFY(t.loseDeal({}));
    QCOMPARE(*t.db.storage->lookBack().pendingReviews(), 1);

    // When it is opened again
    t.board().setCurrentUserId(t.mona);
    QVERIFY(t.board().moveToStage(t.deal.id, t.stage("Negotiate")));

    // Then it no longer awaits review, and its close is kept
    QCOMPARE(*t.db.storage->lookBack().pendingReviews(), 0);
    QCOMPARE(t.db.storage->lookBack().closes(CloseFilter::Pending, 0, 10)->size(), 0);
    QCOMPARE(t.db.storage->lookBack().closes(CloseFilter::All, 0, 10)->size(), 1);

    // And closing it again asks for a review of the new close
    QVERIFY(t.loseDeal({}));
    QCOMPARE(*t.db.storage->lookBack().pendingReviews(), 1);
    QCOMPARE(t.db.storage->lookBack().closesOf(t.deal.id)->size(), 2);

    // And a deleted deal's close no longer waits either
    QVERIFY(t.board().removeOpportunity(t.deal.id));
    QCOMPARE(*t.db.storage->lookBack().pendingReviews(), 0);
}

void TestLookBack::shouldLetOnlyAManagerReview()
{
    // Given a lost deal
    Team t;
    QVERIFY(t.loseDeal({}));
    const qint64 closeId = t.db.storage->lookBack().closesOf(t.deal.id)->constFirst().id;

    // When the rep tries to review it, it is refused and nothing is written
    t.board().setCurrentUserId(t.rita);
    QVERIFY(!t.lookBack().canReview());
    const auto byRep = t.lookBack().review(closeId, QStringLiteral("Fine."), {});
    QVERIFY(!byRep);
    QCOMPARE(byRep.error().kind, Error::Kind::NotAllowed);
    QVERIFY(!t.db.storage->lookBack().closesOf(t.deal.id)->constFirst().isReviewed());

    // And a manager's review without a lesson is refused too
    t.board().setCurrentUserId(t.mona);
    QVERIFY(!t.lookBack().review(closeId, QStringLiteral("   "), {}));

    // When the manager writes the lesson and a suggested change
    QSignalSpy changed(&t.lookBack(), &LookBackService::changed);
    const auto reviewed = t.lookBack().reviewLatest(
        t.deal.id, QStringLiteral(" Meet the economic buyer before pricing. "),
        QStringLiteral("Require \"Economic buyer met\" in Develop."));
    QVERIFY2(reviewed, qPrintable(reviewed ? QString() : reviewed.error().message));

    // Then it is reviewed in the manager's name, no longer pending, and listed as reviewed
    QCOMPARE(changed.count(), 1);
    const DealClose c = t.db.storage->lookBack().closesOf(t.deal.id)->constFirst();
    QVERIFY(c.isReviewed());
    QCOMPARE(c.reviewedBy, t.mona);
    QCOMPARE(c.lesson, QStringLiteral("Meet the economic buyer before pricing."));
    QCOMPARE(c.processSuggestion, QStringLiteral("Require \"Economic buyer met\" in Develop."));
    QCOMPARE(*t.db.storage->lookBack().pendingReviews(), 0);
    QCOMPARE(t.db.storage->lookBack().closes(CloseFilter::Reviewed, 0, 10)->size(), 1);
}

void TestLookBack::shouldKeepACompetitorThatADealNames()
{
    Team t;
    LookBackService &lookBack = t.lookBack();
    // A name taken, in any case, is refused
    QVERIFY(!lookBack.saveCompetitor({0, QStringLiteral("northbeam")}));
    QVERIFY(!lookBack.saveCompetitor({0, QStringLiteral("  ")}));
    QCOMPARE(lookBack.competitors().size(), 2);
    // A deal's competitor is added, rewritten and removed
    QVERIFY(lookBack.saveDealCompetitor({t.deal.id, t.quantix, QStringLiteral("Services"), {}}));
    QVERIFY(lookBack.saveDealCompetitor(
        {t.deal.id, t.quantix, QStringLiteral("Services"), QStringLiteral("No trial")}));
    QList<DealCompetitor> own = *t.db.storage->lookBack().dealCompetitors(t.deal.id);
    QCOMPARE(own.size(), 1);
    QCOMPARE(own.first().weaknesses, QStringLiteral("No trial"));
    // And a competitor a deal names stays in the list, even for a manager
    t.board().setCurrentUserId(t.mona);
    const auto removed = lookBack.removeCompetitor(t.quantix);
    QVERIFY(!removed);
    QVERIFY(removed.error().message.contains(QStringLiteral("1")));
    QVERIFY(lookBack.removeDealCompetitor(t.deal.id, t.quantix));
    QVERIFY(t.db.storage->lookBack().dealCompetitors(t.deal.id)->isEmpty());
    // Once no deal names it, a manager removes it; a rep may not
    t.board().setCurrentUserId(t.rita);
    QCOMPARE(lookBack.removeCompetitor(t.quantix).error().kind, Error::Kind::NotAllowed);
    t.board().setCurrentUserId(t.mona);
    QVERIFY(lookBack.removeCompetitor(t.quantix));
    QCOMPARE(lookBack.competitors().size(), 1);
    QCOMPARE(lookBack.competitorNamed(QStringLiteral("NORTHBEAM"))->id, t.northbeam);
    // And one a close names stays as well
    QVERIFY(t.loseDeal({{}, t.northbeam, {}}));
    QVERIFY(!lookBack.removeCompetitor(t.northbeam));
}

void TestLookBack::shouldFollowClosesAndReviewsInTheListWithoutAReset()
{
    // Given the review list awaiting review, empty
    Team t;
    ReviewsModel model(t.lookBack());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setFilter(CloseFilter::Pending));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.pendingCount(), 0);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy counts(&model, &ReviewsModel::pendingCountChanged);

    // When the deal is lost to Northbeam
    QVERIFY(t.loseDeal({{QStringLiteral("No budget")}, t.northbeam, {}}));

    // Then it shows up, as a row inserted, with what the close said
    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(model.pendingCount(), 1);
    QCOMPARE(counts.count(), 1);
    QCOMPARE(model.index(0, ReviewsModel::DealColumn).data().toString(),
             QStringLiteral("Line 4 retrofit"));
    QCOMPARE(model.index(0, 0).data(OpportunityIdRole).toLongLong(), t.deal.id);
    QCOMPARE(model.index(0, ReviewsModel::OutcomeColumn).data().toString(), QStringLiteral("Lost"));
    QCOMPARE(model.index(0, ReviewsModel::ReasonColumn).data().toString(),
             QStringLiteral("Lost to competitor (also: No budget)"));
    QCOMPARE(model.index(0, ReviewsModel::LostToColumn).data().toString(),
             QStringLiteral("Northbeam"));
    QCOMPARE(model.index(0, ReviewsModel::ClosedByColumn).data().toString(),
             QStringLiteral("Mona Manager"));
    QCOMPARE(model.index(0, ReviewsModel::ReviewColumn).data().toString(),
             QStringLiteral("Awaiting review"));

    // And a delete takes it out, its undo brings it back
    QVERIFY(t.board().removeOpportunity(t.deal.id));
    QTRY_COMPARE(model.rowCount(), 0);
    QVERIFY(t.board().restoreOpportunity(t.deal.id));
    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(model.pendingCount(), 1);

    // When the manager reviews it from the list
    t.board().setCurrentUserId(t.mona);
    QVERIFY(model.review(0, QStringLiteral("Qualify the budget earlier."), {}));

    // Then it leaves the pending list, and the reviewed list shows the lesson
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.pendingCount(), 0);
    QCOMPARE(resets.count(), 0);
    QVERIFY(model.setFilter(CloseFilter::Reviewed));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ReviewsModel::ReviewColumn).data().toString(),
             QStringLiteral("Qualify the budget earlier."));
    QVERIFY(model.index(0, 0)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Reviewed by Mona Manager")));
}

void TestLookBack::shouldShowAnotherPersonsCloseLive()
{
    Team t;
    if (!t.db.server)
        QSKIP("A file announces no changes: the list is read again at the next open.");
    // Given the manager's review list, empty
    ReviewsModel model(t.lookBack());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setFilter(CloseFilter::Pending));
    QCOMPARE(model.rowCount(), 0);

    // When someone else, on their own connection, closes the deal
    auto other = Workspace::open(t.db.location);
    QVERIFY(other);
    BoardService &theirs = (*other)->boardService();
    theirs.setCurrentUserId(t.mona);
    MoveRequest request;
    request.closeReason = QStringLiteral("No decision");
    request.overrideReason = QStringLiteral("Stalled for months.");
    QVERIFY(theirs.moveToStage(t.deal.id, t.stage("Closed Lost"), request));

    // Then it shows up here without anyone here doing anything
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, 5000);
    QCOMPARE(model.pendingCount(), 1);

    // And a competitor they add is offered here too
    QVERIFY((*other)->lookBackService().saveCompetitor({0, QStringLiteral("Vellora")}));
    QTRY_VERIFY_WITH_TIMEOUT(t.lookBack().competitorNamed(QStringLiteral("Vellora")), 5000);
}

void TestLookBack::shouldAddUpWinLossAsTheDealsSay_data()
{
    QTest::addColumn<int>("by");
    QTest::addColumn<bool>("lastHalfYear");
    QTest::addColumn<QString>("only"); ///< "rep", "territory" or "pipeline": the first one's
    QTest::addRow("reason") << int(WinLossBy::Reason) << false << QString();
    QTest::addRow("rep") << int(WinLossBy::Rep) << false << QString();
    QTest::addRow("size") << int(WinLossBy::Size) << false << QString();
    QTest::addRow("territory") << int(WinLossBy::Territory) << false << QString();
    QTest::addRow("competitor") << int(WinLossBy::Competitor) << false << QString();
    QTest::addRow("stage left") << int(WinLossBy::Stage) << false << QString();
    QTest::addRow("industry") << int(WinLossBy::Industry) << false << QString();
    QTest::addRow("quarter") << int(WinLossBy::Quarter) << false << QString();
    QTest::addRow("rep, last six months") << int(WinLossBy::Rep) << true << QString();
    QTest::addRow("reason, one rep's") << int(WinLossBy::Reason) << false << QStringLiteral("rep");
    QTest::addRow("industry, one territory")
        << int(WinLossBy::Industry) << false << QStringLiteral("territory");
    QTest::addRow("quarter, one pipeline")
        << int(WinLossBy::Quarter) << true << QStringLiteral("pipeline");
}

void TestLookBack::shouldAddUpWinLossAsTheDealsSay()
{
    QFETCH(int, by);
    QFETCH(bool, lastHalfYear);
    QFETCH(QString, only);
    // Given a year of demo deals, with competitors and closes
    TestDatabase db(300);
    SqlStorage &storage = *db.storage;
    const QDate today = QDate::currentDate();
    const QDate from = lastHalfYear ? QDate(today.year(), today.month(), 1).addMonths(-5) : QDate();
    const QDate to =
        lastHalfYear ? QDate(today.year(), today.month(), 1).addMonths(1).addDays(-1) : QDate();

    const QList<Opportunity> deals = *storage.opportunityStore().opportunities();
    QHash<qint64, Stage> stages;
    const QList<Stage> stageList = *storage.process().stages();
    for (const Stage &st : stageList)
        stages.insert(st.id, st);
    QHash<qint64, Account> accounts;
    const QList<Account> accountList = *storage.directory().accounts();
    for (const Account &a : accountList)
        accounts.insert(a.id, a);
    WinLossFilter filter;
    filter.from = from;
    filter.to = to;
    if (only == QLatin1StringView("rep"))
        filter.ownerId = deals.first().ownerId;
    else if (only == QLatin1StringView("territory"))
        filter.territory = accounts.value(deals.first().accountId).territory;
    else if (only == QLatin1StringView("pipeline"))
        filter.pipelineId = stages.value(deals.first().stageId).pipelineId;

    // When the store adds them up
    const auto rows = storage.lookBack().winLoss(WinLossBy(by), filter);
    QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().message));

    // Then it agrees with the deals counted one by one here
    QHash<qint64, QString> users;
    const QList<User> userList = *storage.directory().users();
    for (const User &u : userList)
        users.insert(u.id, u.name);
    QHash<qint64, QString> competitors;
    const QList<Competitor> competitorList = *storage.lookBack().competitors();
    for (const Competitor &c : competitorList)
        competitors.insert(c.id, c.name);
    QMap<QString, WinLossRow> expected;
    QHash<QString, double> cycleSums;
    for (const Opportunity &o : deals) {
        const StageKind kind = stages.value(o.stageId).kind;
        if (kind == StageKind::Open || o.disqualified)
            continue;
        if ((from.isValid() && o.closeDate < from) || (to.isValid() && o.closeDate > to))
            continue;
        if ((filter.ownerId && o.ownerId != *filter.ownerId) ||
            (filter.territory && accounts.value(o.accountId).territory != *filter.territory) ||
            (filter.pipelineId && stages.value(o.stageId).pipelineId != *filter.pipelineId))
            continue;
        QStringList keys;
        switch (WinLossBy(by)) {
        case WinLossBy::Reason:
            keys = {o.closeReason};
            break;
        case WinLossBy::Rep:
            keys = {users.value(o.ownerId)};
            break;
        case WinLossBy::Territory:
            keys = {accounts.value(o.accountId).territory};
            break;
        case WinLossBy::Size: {
            const Cents units = o.amount / 100;
            keys = {units < 10'000    ? QStringLiteral("0-10k")
                    : units < 50'000  ? QStringLiteral("10k-50k")
                    : units < 100'000 ? QStringLiteral("50k-100k")
                    : units < 250'000 ? QStringLiteral("100k-250k")
                                      : QStringLiteral("250k+")};
            break;
        }
        case WinLossBy::Competitor: {
            QSet<QString> named;
            const QList<DealCompetitor> own = *storage.lookBack().dealCompetitors(o.id);
            for (const DealCompetitor &d : own)
                named.insert(competitors.value(d.competitorId));
            const QList<DealClose> closes = *storage.lookBack().closesOf(o.id);
            for (const DealClose &c : closes) {
                if (c.lostToId)
                    named.insert(competitors.value(c.lostToId));
            }
            keys = named.values();
            break;
        }
        case WinLossBy::Stage: {
            const QList<StageChange> ledger = *storage.opportunityStore().stageHistory(o.id);
            QString left;
            for (const StageChange &c : ledger) {
                if (c.toStageId == o.stageId && c.fromStageId)
                    left = stages.value(*c.fromStageId).name;
            }
            keys = {left};
            break;
        }
        case WinLossBy::Industry:
            keys = {accounts.value(o.accountId).industry};
            break;
        case WinLossBy::Quarter:
            keys = {QStringLiteral("%1-Q%2")
                        .arg(o.closeDate.year())
                        .arg((o.closeDate.month() + 2) / 3)};
            break;
        }
        for (const QString &key : std::as_const(keys)) {
            WinLossRow &r = expected[key];
            r.key = key;
            (kind == StageKind::Won ? r.won : r.lost) += 1;
            (kind == StageKind::Won ? r.wonAmount : r.lostAmount) += o.amount;
            cycleSums[key] += double(o.enteredStageAt - o.createdAt) / 86400.0;
        }
    }
    QVERIFY2(!expected.isEmpty(), "the demo closes deals in every period");
    QCOMPARE(rows->size(), expected.size());
    qint64 total = 0;
    for (const WinLossRow &r : *rows) {
        QVERIFY2(expected.contains(r.key), qPrintable(r.key));
        const WinLossRow &e = expected.value(r.key);
        QCOMPARE(r.won, e.won);
        QCOMPARE(r.lost, e.lost);
        QCOMPARE(r.wonAmount, e.wonAmount);
        QCOMPARE(r.lostAmount, e.lostAmount);
        QVERIFY(std::abs(r.averageCycleDays - cycleSums.value(r.key) / double(e.won + e.lost)) <
                0.01);
        total += r.won + r.lost;
    }
    QVERIFY(total > 0);
    if (WinLossBy(by) == WinLossBy::Size) {
        // Smallest band first
        QCOMPARE(rows->first().key, expected.contains(QStringLiteral("0-10k"))
                                        ? QStringLiteral("0-10k")
                                        : rows->first().key);
        QVERIFY(rows->last().key == QLatin1StringView("250k+") ||
                !expected.contains(QStringLiteral("250k+")));
    }
}

void TestLookBack::shouldAddUpAmountsInTheReportingCurrency()
{
    // Given lost deals in dollars, in euros (at 1.1 dollars) and in a currency without a rate
    Team t;
    SqlStorage &storage = *t.db.storage;
    QVERIFY(
        storage.forecast().setCurrencies(QStringLiteral("USD"), {{QStringLiteral("EUR"), 1.1}}));
    const QList<std::pair<QString, Cents>> deals{{QStringLiteral("USD"), 100'000},
                                                 {QStringLiteral("EUR"), 200'000},
                                                 {QStringLiteral("XYZ"), 400'000}};
    for (const auto &[currency, amount] : deals) {
        Opportunity o = t.deal;
        o.id = 0;
        o.currency = currency;
        o.amount = amount;
        auto created = t.board().createOpportunity(o);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        t.board().setCurrentUserId(t.mona);
        MoveRequest request;
        request.closeReason = QStringLiteral("Price");
        request.overrideReason = QStringLiteral("The customer decided.");
        QVERIFY(t.board().moveToStage(created->id, t.stage("Closed Lost"), request));
        t.board().setCurrentUserId(t.rita);
    }

    // When the store adds them up by reason
    const auto rows = storage.lookBack().winLoss(WinLossBy::Reason, {});
    QVERIFY(rows);

    // Then the lost amount is in dollars, and the deal it cannot convert is counted but not added
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().lost, 3);
    QCOMPARE(rows->first().lostAmount, Cents(100'000 + 220'000));
    QCOMPARE(rows->first().unconverted, 1);
}

void TestLookBack::shouldListTheLessonsOfAGroup()
{
    // Given a year of demo deals, most closes reviewed
    TestDatabase db(300);
    SqlStorage &storage = *db.storage;
    const auto byReason = storage.lookBack().winLoss(WinLossBy::Reason, {});
    QVERIFY(byReason && byReason->size() > 1);
    const QString reason = byReason->first().key;

    // When the lessons of one reason are listed
    const auto lessons = storage.lookBack().lessons(WinLossBy::Reason, reason, {}, 1000);
    QVERIFY(lessons);

    // Then they are the reviewed closes of that reason's deals, newest first
    qint64 expected = 0;
    const QList<Opportunity> deals = *storage.opportunityStore().opportunities();
    QHash<qint64, QString> reasons;
    for (const Opportunity &o : deals)
        reasons.insert(o.id, o.closeReason);
    QSet<qint64> closedStages;
    const QList<Stage> stages = *storage.process().stages();
    for (const Stage &st : stages) {
        if (st.kind != StageKind::Open)
            closedStages.insert(st.id);
    }
    QVERIFY(storage.lookBack().forEachClose([&](const DealClose &c) {
        const auto deal = std::find_if(deals.begin(), deals.end(), [&](const Opportunity &o) {
            return o.id == c.opportunityId;
        });
        if (c.isReviewed() && deal != deals.end() && deal->closeReason == reason &&
            !deal->disqualified && closedStages.contains(deal->stageId))
            ++expected;
        return true;
    }));
    QVERIFY(!lessons->isEmpty());
    QCOMPARE(lessons->size(), expected);
    for (int i = 0; i < lessons->size(); ++i) {
        QCOMPARE(lessons->at(i).key, reason);
        QCOMPARE(reasons.value(lessons->at(i).opportunityId), reason);
        QVERIFY(!lessons->at(i).lesson.isEmpty());
        if (i > 0)
            QVERIFY(lessons->at(i - 1).reviewedAt >= lessons->at(i).reviewedAt);
    }

    // And all groups together, at most as many as asked
    const auto few = storage.lookBack().lessons(WinLossBy::Reason, std::nullopt, {}, 3);
    QVERIFY(few);
    QCOMPARE(few->size(), 3);
}

QTEST_GUILESS_MAIN(TestLookBack)
#include "tst_lookback.moc"
