// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/money.h"
#include "itemmodels/boardmodel.h"
#include "itemmodels/editconflict.h"
#include "itemmodels/roles.h"
#include "meetgate.h"
#include "storage/changefeed.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace Stageboard;
using Stageboard::Test::TestDatabase;

namespace {

struct Totals
{
    qint64 count = 0;
    Cents amount = 0;
    Cents weighted = 0;
    friend bool operator==(const Totals &, const Totals &) = default;
};

Totals shownTotals(const BoardModel &model, int stageRow)
{
    const QModelIndex s = model.index(stageRow, 0);
    return {s.data(StageCountRole).toLongLong(), s.data(StageAmountRole).toLongLong(),
            s.data(StageWeightedAmountRole).toLongLong()};
}

// The same totals, counted afresh from the cards the column shows.
Totals recount(const BoardModel &model, int stageRow)
{
    const QModelIndex s = model.index(stageRow, 0);
    Totals t;
    qint64 weightedCentPercent = 0;
    for (int row = 0; row < model.rowCount(s); ++row) {
        const QModelIndex card = model.index(row, 0, s);
        ++t.count;
        t.amount += card.data(AmountRole).toLongLong();
        weightedCentPercent +=
            card.data(AmountRole).toLongLong() * card.data(ProbabilityRole).toInt();
    }
    t.weighted = weightedCentPercent / 100;
    return t;
}

// Two people on one database: "mine" is a board that has not heard of the other's changes yet
// (no change feed: the window between a save elsewhere and its notice, or two windows on a
// file); "theirs" is the other person's connection.
struct TwoPeople
{
    TestDatabase db{40};
    std::unique_ptr<SqlStorage> theirs = db.openAgain();
    BoardModel mine{db.storage->opportunityStore(), db.storage->process(), db.storage->directory()};
    QAbstractItemModelTester tester{&mine, QAbstractItemModelTester::FailureReportingMode::QtTest};

    TwoPeople()
    {
        if (!mine.service().reload())
            qFatal("cannot load the board");
        for (const User &u : mine.service().users()) {
            if (u.role == UserRole::Manager)
                mine.service().setCurrentUserId(u.id);
        }
    }
    /// An open deal past the first stage, as this board has it.
    Opportunity openOpportunity(int skip = 0) const
    {
        for (int row = 1; row < mine.rowCount(); ++row) {
            const QModelIndex s = mine.index(row, 0);
            if (s.data(StageKindRole).toInt() != int(StageKind::Open))
                continue;
            for (int card = 0; card < mine.rowCount(s); ++card) {
                if (skip-- == 0)
                    return *mine.service().opportunity(mine.opportunityId(mine.index(card, 0, s)));
            }
        }
        qFatal("no open deal");
    }
};

// Marks every required exit criterion of the deal's current stage met, as a manager may.
void meetGate(SqlStorage &storage, BoardModel &model, qint64 id)
{
    const qint64 acting = model.service().currentUserId();
    for (const User &u : model.service().users()) {
        if (u.role == UserRole::Manager)
            model.service().setCurrentUserId(u.id);
    }
    Stageboard::Test::meetGate(storage, model.service(), id);
    model.service().setCurrentUserId(acting);
}

} // namespace

class TestBoardModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldShowStagesWithTheirDeals();
    void shouldShowEachCardsNextActivityAndBuyingGroup();
    void shouldFindTheNextAndPreviousStage_data();
    void shouldFindTheNextAndPreviousStage();
    void shouldSortCardsBySoonestCloseDate();
    void shouldMoveCardRecordHistoryAndUpdateBothColumns();
    void shouldKeepTotalsEqualToRecountThroughManyChanges();
    void shouldDragAndDropThroughMimeData();
    void shouldListTheOpenDealsWithNothingPlanned();
    void shouldSayWhatACardShowsToAScreenReader();
    void shouldRefuseDropOfForeignData();
    void shouldFilterByTextAndOwner_data();
    void shouldFilterByTextAndOwner();
    void shouldCreateEditRemoveAndRestore();
    void shouldRefuseAbsurdValuesAndKeepTotals_data();
    void shouldRefuseAbsurdValuesAndKeepTotals();
    void shouldAddUpTheLargestAmountsExactly();
    void shouldLoadSavedStateAfterReload();
    void shouldShowAnotherPersonsChangesWithinASecond();
    void shouldShowBothVersionsOfAStaleEditAndSaveTheChoice();
    void shouldCheckAStaleMoveAgainAgainstTheStoredDeal();
    void shouldNotMoveADealMovedElsewhereMeanwhile();
    void shouldTickOnTheStoredDealAfterAnEditElsewhere();
    void shouldShowOnePipelineAtATime();
};

void TestBoardModel::shouldShowStagesWithTheirDeals()
{
    // Given a demo database of 60 deals
    TestDatabase db(60);
    BoardModel model(db.storage->opportunityStore(), db.storage->process(),
                     db.storage->directory());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.service().reload());
    // Then every stage is a column, and every deal is a card in its stage's column
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.index(0, 0).data(StageNameRole).toString(), QStringLiteral("Identify"));
    int cards = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex stage = model.index(row, 0);
        QVERIFY(stage.data(IsStageRole).toBool());
        for (int c = 0; c < model.rowCount(stage); ++c) {
            const QModelIndex card = model.index(c, 0, stage);
            QCOMPARE(card.data(StageIdRole).toLongLong(), stage.data(IdRole).toLongLong());
            QVERIFY(!card.data(TitleRole).toString().isEmpty());
            QVERIFY(!card.data(AccountNameRole).toString().isEmpty());
            QVERIFY(!card.data(OwnerNameRole).toString().isEmpty());
            QVERIFY(card.data(CloseDateRole).toDate().isValid());
            QVERIFY(card.data(DaysInStageRole).toInt() >= 0);
            ++cards;
        }
        QCOMPARE(shownTotals(model, row), recount(model, row));
    }
    QCOMPARE(cards, 60);
    // Some deals of the demo have sat in their stage too long, and show it
    bool anyStalled = false;
    for (int row = 0; row < 5; ++row) {
        for (int c = 0; c < model.rowCount(model.index(row, 0)); ++c)
            anyStalled |= model.index(c, 0, model.index(row, 0)).data(IsStalledRole).toBool();
    }
    QVERIFY(anyStalled);
}

void TestBoardModel::shouldSortCardsBySoonestCloseDate()
{
    TestDatabase db(60);
    BoardModel model(db.storage->opportunityStore(), db.storage->process(),
                     db.storage->directory());
    QVERIFY(model.service().reload());
    const QModelIndex identify = model.index(0, 0);
    for (int c = 1; c < model.rowCount(identify); ++c) {
        QVERIFY(model.index(c - 1, 0, identify).data(CloseDateRole).toDate() <=
                model.index(c, 0, identify).data(CloseDateRole).toDate());
    }
}

void TestBoardModel::shouldMoveCardRecordHistoryAndUpdateBothColumns()
{
    // Given a deal in Propose
    TestDatabase db(60);
    BoardModel model(db.storage->opportunityStore(), db.storage->process(),
                     db.storage->directory());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.service().reload());
    const qint64 manager = model.service().users().first().id;
    model.service().setCurrentUserId(manager);
    const int propose = 2;
    const int negotiate = 3;
    const QModelIndex card = model.index(0, 0, model.index(propose, 0));
    const qint64 id = model.opportunityId(card);
    const Cents amount = card.data(AmountRole).toLongLong();
    const Totals proposeBefore = shownTotals(model, propose);
    const Totals negotiateBefore = shownTotals(model, negotiate);
    const qint64 ledgerBefore =
        db.scalar(QStringLiteral("SELECT COUNT(*) FROM stage_history")).toLongLong();
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    // When its gate is met and it is moved to Negotiate
    meetGate(*db.storage, model, id);
    const qint64 negotiateId = model.index(negotiate, 0).data(IdRole).toLongLong();
    QVERIFY(model.service().moveToStage(id, negotiateId));

    // Then the file says so, with a ledger row naming who, from and to
    QCOMPARE(db.scalar(QStringLiteral("SELECT stage_id FROM opportunities WHERE id = ?"), {id})
                 .toLongLong(),
             negotiateId);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM stage_history")).toLongLong(),
             ledgerBefore + 1);
    const StageChange last = db.storage->opportunityStore().stageHistory(id)->last();
    QCOMPARE(*last.fromStageId, model.index(propose, 0).data(IdRole).toLongLong());
    QCOMPARE(last.toStageId, negotiateId);
    QCOMPARE(last.userId, manager);
    // And both columns' totals changed by the deal, through one row move and no reset
    QCOMPARE(moved.size(), 1);
    QCOMPARE(reset.size(), 0);
    const Totals proposeAfter = shownTotals(model, propose);
    const Totals negotiateAfter = shownTotals(model, negotiate);
    QCOMPARE(proposeAfter.count, proposeBefore.count - 1);
    QCOMPARE(proposeAfter.amount, proposeBefore.amount - amount);
    QCOMPARE(negotiateAfter.count, negotiateBefore.count + 1);
    QCOMPARE(negotiateAfter.amount, negotiateBefore.amount + amount);
    QCOMPARE(proposeAfter, recount(model, propose));
    QCOMPARE(negotiateAfter, recount(model, negotiate));
    QCOMPARE(model.opportunityIndex(id).parent().row(), negotiate);
    QCOMPARE(model.opportunityIndex(id).data(DaysInStageRole).toInt(), 0);
}

void TestBoardModel::shouldKeepTotalsEqualToRecountThroughManyChanges()
{
    TestDatabase db(200);
    BoardModel model(db.storage->opportunityStore(), db.storage->process(),
                     db.storage->directory());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.service().reload());
    QRandomGenerator rng(42);
    for (int step = 0; step < 150; ++step) {
        const int stageRow = rng.bounded(model.rowCount());
        const QModelIndex stage = model.index(stageRow, 0);
        if (model.rowCount(stage) == 0)
            continue;
        const qint64 id =
            model.opportunityId(model.index(rng.bounded(model.rowCount(stage)), 0, stage));
        switch (rng.bounded(4)) {
        case 0:
        case 1: {
            // Either it moves, or the gate refuses it and nothing changes.
            const Opportunity before = *model.service().opportunity(id);
            const MoveRequest request{0, QStringLiteral("Other"), {}};
            const auto moved = model.service().moveToStage(
                id, model.index(rng.bounded(7), 0).data(IdRole).toLongLong(), request);
            if (!moved) {
                QCOMPARE(moved.error().kind, Error::Kind::GateRefused);
                QCOMPARE(model.service().opportunity(id)->version, before.version);
            }
            break;
        }
        case 2: {
            Opportunity o = *model.service().opportunity(id);
            o.amount = Cents(rng.bounded(1000000)) * 100;
            o.closeDate = o.closeDate.addDays(rng.bounded(-60, 60));
            QVERIFY(model.service().updateOpportunity(o));
            break;
        }
        case 3:
            QVERIFY(model.service().removeOpportunity(id));
            if (rng.bounded(2))
                QVERIFY(model.service().restoreOpportunity(id));
            break;
        }
        if (step % 10 == 0)
            model.service().setFilter(
                {QString(), step % 20 == 0 ? 0 : model.service().users().last().id});
    }
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(shownTotals(model, row), recount(model, row));
}

void TestBoardModel::shouldDragAndDropThroughMimeData()
{
    // Given a card dragged out of Identify
    TestDatabase db(60);
    BoardModel model(db.storage->opportunityStore(), db.storage->process(),
                     db.storage->directory());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.service().reload());
    // (an Identify card whose gate is met: a drop on Qualify goes through)
    QModelIndex card;
    for (int row = 0; row < model.rowCount(model.index(0, 0)) && !card.isValid(); ++row) {
        const QModelIndex i = model.index(row, 0, model.index(0, 0));
        if (!i.data(RequiredUnmetRole).toBool())
            card = i;
    }
    QVERIFY(card.isValid());
    const qint64 id = model.opportunityId(card);
    std::unique_ptr<QMimeData> data(model.mimeData({card}));
    QVERIFY(data);
    QVERIFY(data->hasFormat(QLatin1StringView(BoardModel::mimeType)));
    QVERIFY(model.flags(card) & Qt::ItemIsDragEnabled);
    QVERIFY(model.flags(model.index(1, 0)) & Qt::ItemIsDropEnabled);

    // When it is dropped on Qualify
    const QModelIndex qualify = model.index(1, 0);
    QVERIFY(model.canDropMimeData(data.get(), Qt::MoveAction, -1, 0, qualify));
    QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, -1, 0, qualify));

    // Then it is in Qualify, in the model and the file, and no row was removed by the drop
    QCOMPARE(model.opportunityIndex(id).parent().row(), 1);
    QCOMPARE(db.scalar(QStringLiteral("SELECT stage_id FROM opportunities WHERE id = ?"), {id})
                 .toLongLong(),
             qualify.data(IdRole).toLongLong());
    QVERIFY(!model.removeRows(0, 1, qualify));
    QCOMPARE(model.service().opportunityCount(), 60);
}

void TestBoardModel::shouldRefuseDropOfForeignData()
{
    TestDatabase db(10);
    BoardModel model(db.storage->opportunityStore(), db.storage->process(),
                     db.storage->directory());
    QVERIFY(model.service().reload());
    QMimeData text;
    text.setText(QStringLiteral("1"));
    QVERIFY(!model.canDropMimeData(&text, Qt::MoveAction, -1, 0, model.index(1, 0)));
    QVERIFY(!model.dropMimeData(&text, Qt::MoveAction, -1, 0, model.index(1, 0)));
    std::unique_ptr<QMimeData> data(model.mimeData({model.index(0, 0, model.index(0, 0))}));
    QVERIFY(!model.canDropMimeData(data.get(), Qt::MoveAction, -1, 0, QModelIndex()));
}

void TestBoardModel::shouldFilterByTextAndOwner_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("byOwner");
    QTest::newRow("title") << "pilot" << false;
    QTest::newRow("account") << "northwind" << false;
    QTest::newRow("owner") << "" << true;
    QTest::newRow("title and owner") << "migration" << true;
    QTest::newRow("nothing matches") << "zzzz-no-such-deal" << false;
}

void TestBoardModel::shouldFilterByTextAndOwner()
{
    QFETCH(QString, text);
    QFETCH(bool, byOwner);
    TestDatabase db(300);
    BoardModel model(db.storage->opportunityStore(), db.storage->process(),
                     db.storage->directory());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.service().reload());
    qint64 owner = 0;
    if (byOwner) {
        for (const User &u : model.service().users()) {
            if (u.role == UserRole::Rep)
                owner = u.id;
        }
    }
    // The deals that should show, decided from the stored values
    int expected = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex stage = model.index(row, 0);
        for (int c = 0; c < model.rowCount(stage); ++c) {
            const QModelIndex card = model.index(c, 0, stage);
            const bool textOk =
                text.isEmpty() ||
                card.data(TitleRole).toString().contains(text, Qt::CaseInsensitive) ||
                card.data(AccountNameRole).toString().contains(text, Qt::CaseInsensitive) ||
                card.data(NextStepRole).toString().contains(text, Qt::CaseInsensitive) ||
                card.data(OpportunityRole)
                    .value<Opportunity>()
                    .contact.contains(text, Qt::CaseInsensitive);
            expected += textOk && (owner == 0 || card.data(OwnerIdRole).toLongLong() == owner);
        }
    }
    model.service().setFilter({text, owner});
    int shown = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex stage = model.index(row, 0);
        shown += model.rowCount(stage);
        QCOMPARE(shownTotals(model, row), recount(model, row));
        for (int c = 0; c < model.rowCount(stage); ++c) {
            if (owner)
                QCOMPARE(model.index(c, 0, stage).data(OwnerIdRole).toLongLong(), owner);
        }
    }
    QCOMPARE(shown, expected);
    QVERIFY(text == QLatin1StringView("zzzz-no-such-deal") ? shown == 0 : shown > 0);
    model.service().setFilter({});
    QCOMPARE(model.service().opportunityCount(), 300);
}

void TestBoardModel::shouldRefuseAbsurdValuesAndKeepTotals_data()
{
    QTest::addColumn<std::function<void(Opportunity &)>>("spoil");
    QTest::addColumn<QString>("message");
    const QString control = QStringLiteral(
        "contains control characters (such as line breaks or escape codes), which are not "
        "allowed.");
    QTest::newRow("amount over ten billion")
        << std::function([](Opportunity &o) { o.amount = maximumAmount + 1; })
        << QStringLiteral("Amount: 10000000000.01 is too large; the largest amount is "
                          "10000000000.00.");
    QTest::newRow("negative amount")
        << std::function([](Opportunity &o) { o.amount = -500; })
        << QStringLiteral("Amount: -5.00 is negative; an amount must be zero or more.");
    QTest::newRow("1 MB title") << std::function([](Opportunity &o) {
        o.title = QString(1024 * 1024, QLatin1Char('X'));
    }) << QStringLiteral("Title: is longer than 500 characters.");
    QTest::newRow("year 9999") << std::function([](Opportunity &o) {
        o.closeDate = QDate(9999, 12, 31);
    }) << QStringLiteral("Close date: 9999-12-31 is out of range (1900 to 2999).");
    QTest::newRow("escape code in title")
        << std::function([](Opportunity &o) { o.title = QStringLiteral("\x1b[2JWiped"); })
        << QStringLiteral("Title: ") + control;
    QTest::newRow("line break in next step")
        << std::function([](Opportunity &o) { o.nextStep = QStringLiteral("Call\nthem"); })
        << QStringLiteral("Next step: ") + control;
    QTest::newRow("probability 250")
        << std::function([](Opportunity &o) { o.probability = 250; })
        << QStringLiteral("Probability: 250 is not a percentage from 0 to 100.");
}

void TestBoardModel::shouldRefuseAbsurdValuesAndKeepTotals()
{
    QFETCH(std::function<void(Opportunity &)>, spoil);
    QFETCH(QString, message);
    // Given a board
    TestDatabase db(20);
    BoardModel model(db.storage->opportunityStore(), db.storage->process(),
                     db.storage->directory());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.service().reload());
    const Opportunity stored = model.visibleOpportunities().first();
    const int column = model.stageIndex(stored.stageId).row();
    const Totals before = shownTotals(model, column);

    // When a new deal, and an edit of an existing one, carry the absurd value
    Opportunity fresh = stored;
    fresh.id = 0;
    spoil(fresh);
    const auto created = model.service().createOpportunity(fresh);
    Opportunity edited = stored;
    spoil(edited);
    const auto updated = model.service().updateOpportunity(edited);

    // Then both are refused with a message naming the field and the reason
    QVERIFY(!created);
    QCOMPARE(created.error().message, message);
    QVERIFY(!updated);
    QCOMPARE(updated.error().message, message);
    // And the board, the file and the forecast's input are as they were
    QCOMPARE(shownTotals(model, column), before);
    QCOMPARE(shownTotals(model, column), recount(model, column));
    QCOMPARE(model.service().opportunityCount(), 20);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM opportunities")).toInt(), 20);
    const auto reread = db.storage->opportunityStore().opportunity(stored.id);
    QVERIFY(reread);
    QCOMPARE(reread->title, stored.title);
    QCOMPARE(reread->amount, stored.amount);
    QCOMPARE(reread->closeDate, stored.closeDate);
    QCOMPARE(reread->version, stored.version);
}

void TestBoardModel::shouldAddUpTheLargestAmountsExactly()
{
    // Given three more deals, in one column, at the largest amount there may be
    TestDatabase db(20);
    BoardModel model(db.storage->opportunityStore(), db.storage->process(),
                     db.storage->directory());
    QVERIFY(model.service().reload());
    const Opportunity first = model.visibleOpportunities().first();
    const int column = model.stageIndex(first.stageId).row();
    const Totals before = shownTotals(model, column);
    for (int i = 0; i < 3; ++i) {
        Opportunity o = first;
        o.id = 0;
        o.title = QStringLiteral("Largest %1").arg(i);
        o.amount = maximumAmount;
        QVERIFY(model.service().createOpportunity(o));
    }
    // Then the column's totals are exact, to the cent, and agree with a recount and with SQL
    QCOMPARE(shownTotals(model, column).amount, before.amount + 3 * maximumAmount);
    QCOMPARE(shownTotals(model, column), recount(model, column));
    QCOMPARE(db.scalar(QStringLiteral("SELECT SUM(amount) FROM opportunities WHERE stage_id = ? "
                                      "AND deleted_at IS NULL"),
                       {first.stageId})
                 .toLongLong(),
             shownTotals(model, column).amount);
}

void TestBoardModel::shouldCreateEditRemoveAndRestore()
{
    TestDatabase db(20);
    BoardModel model(db.storage->opportunityStore(), db.storage->process(),
                     db.storage->directory());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.service().reload());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const QModelIndex negotiate = model.index(3, 0);
    const Totals before = shownTotals(model, 3);

    Opportunity o;
    o.title = QStringLiteral("Brand new deal");
    o.accountId = *model.service().accountNamed(QStringLiteral("Fresh Account Ltd"));
    o.ownerId = model.service().users().first().id;
    o.amount = 5000000;
    o.currency = QStringLiteral("USD");
    o.closeDate = QDate::currentDate().addDays(10);
    o.stageId = negotiate.data(IdRole).toLongLong();
    auto created = model.service().createOpportunity(o);
    QVERIFY(created);
    QCOMPARE(shownTotals(model, 3).count, before.count + 1);
    QCOMPARE(shownTotals(model, 3).weighted, before.weighted + 5000000 * 75 / 100);
    QCOMPARE(model.opportunityIndex(created->id).data(AccountNameRole).toString(),
             QStringLiteral("Fresh Account Ltd"));

    Opportunity edited = *model.service().opportunity(created->id);
    edited.amount = 1000000;
    QVERIFY(model.service().updateOpportunity(edited));
    QCOMPARE(shownTotals(model, 3).amount, before.amount + 1000000);
    QCOMPARE(
        db.scalar(QStringLiteral("SELECT amount FROM opportunities WHERE id = ?"), {created->id})
            .toLongLong(),
        1000000);

    QVERIFY(model.service().removeOpportunity(created->id));
    QVERIFY(!model.opportunityIndex(created->id).isValid());
    QCOMPARE(shownTotals(model, 3), before);
    QVERIFY(model.service().restoreOpportunity(created->id));
    QCOMPARE(shownTotals(model, 3).count, before.count + 1);
    QCOMPARE(reset.size(), 0);
}

void TestBoardModel::shouldLoadSavedStateAfterReload()
{
    TestDatabase db(30);
    qint64 id = 0;
    qint64 won = 0;
    {
        BoardModel model(db.storage->opportunityStore(), db.storage->process(),
                         db.storage->directory());
        QVERIFY(model.service().reload());
        id = model.opportunityId(model.index(0, 0, model.index(0, 0)));
        won = model.index(5, 0).data(IdRole).toLongLong();
        for (const User &u : model.service().users()) {
            if (u.role == UserRole::Manager)
                model.service().setCurrentUserId(u.id);
        }
        QVERIFY(model.service().moveToStage(id, won,
                                            {0, QStringLiteral("Price"), QStringLiteral("Test")}));
    }
    BoardModel again(db.storage->opportunityStore(), db.storage->process(),
                     db.storage->directory());
    QVERIFY(again.service().reload());
    QCOMPARE(again.opportunityIndex(id).parent().row(), 5);
}

void TestBoardModel::shouldShowAnotherPersonsChangesWithinASecond()
{
    // Given two people with the same shared database open, each with their own board
    TestDatabase db(40);
    if (!db.server)
        QSKIP("Live changes come from a PostgreSQL server.");
    const auto otherConnection = db.openAgain();
    BoardModel mine(db.storage->opportunityStore(), db.storage->process(), db.storage->directory());
    BoardModel theirs(otherConnection->opportunityStore(), otherConnection->process(),
                      otherConnection->directory());
    QAbstractItemModelTester tester(&theirs,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(mine.service().reload());
    QVERIFY(theirs.service().reload());
    ChangeFeed feed(*otherConnection);
    QVERIFY(feed.isLive());
    connect(&feed, &ChangeFeed::dealsChanged, &theirs, [&theirs](const QList<qint64> &ids) {
        QVERIFY(theirs.service().applyStoredChanges(ids));
    });
    connect(&feed, &ChangeFeed::everythingChanged, &theirs,
            [&theirs] { QVERIFY(theirs.service().reload()); });
    QSignalSpy resets(&theirs, &QAbstractItemModel::modelReset);
    for (const User &u : mine.service().users()) {
        if (u.role == UserRole::Manager)
            mine.service().setCurrentUserId(u.id);
    }
    const auto sameTotals = [&] {
        for (int row = 0; row < mine.rowCount(); ++row) {
            if (shownTotals(mine, row) != shownTotals(theirs, row) ||
                recount(theirs, row) != shownTotals(theirs, row))
                return false;
        }
        return true;
    };

    // When I move a deal, their board shows it in its new column within a second
    const qint64 id = mine.opportunityId(mine.index(0, 0, mine.index(0, 0)));
    const qint64 propose = mine.service().stages().at(2).id;
    QVERIFY(mine.service().moveToStage(id, propose, {0, {}, QStringLiteral("Live test")}));
    QTRY_COMPARE_WITH_TIMEOUT(theirs.service().opportunity(id)->stageId, propose, 1000);
    QCOMPARE(theirs.opportunityIndex(id).parent().row(), 2);
    QVERIFY(sameTotals());

    // ... and so it goes for a new deal, an edit and a delete
    Opportunity fresh;
    fresh.title = QStringLiteral("Shown everywhere");
    fresh.currency = QStringLiteral("USD");
    fresh.amount = 500000;
    fresh.stageId = mine.service().stages().first().id;
    fresh.accountId = *mine.service().accountNamed(QStringLiteral("A brand-new account"));
    const auto created = mine.service().createOpportunity(fresh);
    QVERIFY(created);
    QTRY_VERIFY_WITH_TIMEOUT(theirs.opportunityIndex(created->id).isValid(), 1000);
    QCOMPARE(theirs.opportunityIndex(created->id).data(AccountNameRole).toString(),
             QStringLiteral("A brand-new account"));
    Opportunity edited = *mine.service().opportunity(id);
    edited.title = QStringLiteral("Renamed by me");
    QVERIFY(mine.service().updateOpportunity(edited));
    QTRY_COMPARE_WITH_TIMEOUT(theirs.opportunityIndex(id).data(TitleRole).toString(),
                              QStringLiteral("Renamed by me"), 1000);
    QVERIFY(mine.service().removeOpportunity(created->id));
    QTRY_VERIFY_WITH_TIMEOUT(!theirs.opportunityIndex(created->id).isValid(), 1000);
    QVERIFY(sameTotals());
    // ... row by row: their board was never read again from scratch
    QCOMPARE(resets.size(), 0);
}

void TestBoardModel::shouldShowBothVersionsOfAStaleEditAndSaveTheChoice()
{
    // Given a deal I am editing while someone else saves a new amount
    TwoPeople people;
    const Opportunity base = people.openOpportunity();
    Opportunity elsewhere = *people.theirs->opportunityStore().opportunity(base.id);
    elsewhere.amount = base.amount + 123400;
    elsewhere.nextStep = QStringLiteral("Their next step");
    QVERIFY(people.theirs->opportunityStore().updateOpportunity(elsewhere));
    Opportunity mine = base;
    mine.title = base.title + QStringLiteral(" (renewal)");
    mine.nextStep = QStringLiteral("My next step");

    // When I save, nothing is saved, and my board shows the deal as stored now
    const auto saved = people.mine.service().updateOpportunity(mine);
    QVERIFY(!saved);
    QCOMPARE(saved.error().kind, Error::Kind::Conflict);
    const Opportunity theirs = *people.mine.service().opportunity(base.id);
    QCOMPARE(theirs.amount, elsewhere.amount);
    QCOMPARE(people.mine.opportunityIndex(base.id).data(AmountRole).toLongLong(), elsewhere.amount);
    QCOMPARE(people.db.storage->opportunityStore().opportunity(base.id)->title, base.title);

    // Then the conflict lists exactly the fields that differ, and who changed each
    const EditConflict conflict(base, mine, theirs);
    QList<OpportunityField> fields;
    for (const FieldConflict &f : conflict.fields())
        fields.append(f.field);
    QCOMPARE(fields, (QList<OpportunityField>{OpportunityField::Title, OpportunityField::Amount,
                                              OpportunityField::NextStep}));
    QVERIFY(conflict.fields().at(0).changedByMe && !conflict.fields().at(0).changedByThem);
    QVERIFY(!conflict.fields().at(1).changedByMe && conflict.fields().at(1).changedByThem);
    QVERIFY(conflict.fields().at(2).changedByMe && conflict.fields().at(2).changedByThem);
    QVERIFY(conflict.keepsMineByDefault(OpportunityField::Title));
    QVERIFY(!conflict.keepsMineByDefault(OpportunityField::Amount));

    // And my choice (my title, their amount and next step) saves on top of theirs
    QVERIFY(people.mine.service().updateOpportunity(conflict.merged({OpportunityField::Title})));
    const Opportunity stored = *people.db.storage->opportunityStore().opportunity(base.id);
    QCOMPARE(stored.title, mine.title);
    QCOMPARE(stored.amount, elsewhere.amount);
    QCOMPARE(stored.nextStep, elsewhere.nextStep);
    QCOMPARE(stored.version, theirs.version + 1);
    QCOMPARE(recount(people.mine, people.mine.stageIndex(stored.stageId).row()),
             shownTotals(people.mine, people.mine.stageIndex(stored.stageId).row()));
}

void TestBoardModel::shouldCheckAStaleMoveAgainAgainstTheStoredDeal()
{
    TwoPeople people;
    // Given a deal whose gate my board sees as met, then someone edits its amount
    const Opportunity deal = people.openOpportunity();
    meetGate(*people.db.storage, people.mine, deal.id);
    Opportunity elsewhere = *people.theirs->opportunityStore().opportunity(deal.id);
    elsewhere.amount += 5000;
    QVERIFY(people.theirs->opportunityStore().updateOpportunity(elsewhere));
    const Stage *from = people.mine.service().stage(deal.stageId);
    const Stage *next = nullptr;
    for (const Stage &s : people.mine.service().gateEngine().stages()) {
        if (!next && s.position > from->position && s.kind == StageKind::Open)
            next = &s;
    }
    QVERIFY(next);

    // When I move it, the move is made on the deal as stored now: the ledger has their amount
    const auto moved = people.mine.service().moveToStage(deal.id, next->id);
    QVERIFY2(moved, moved ? "" : qPrintable(moved.error().message));
    QCOMPARE(people.db.storage->opportunityStore().opportunity(deal.id)->stageId, next->id);
    QCOMPARE(people.db.storage->opportunityStore().stageHistory(deal.id)->last().amount,
             elsewhere.amount);

    // Given another deal with its gate met, whose required criterion someone then clears
    const Opportunity held = people.openOpportunity(1);
    meetGate(*people.db.storage, people.mine, held.id);
    const Opportunity ready = *people.mine.service().opportunity(held.id);
    const Stage *heldFrom = people.mine.service().stage(ready.stageId);
    const Stage *heldNext = nullptr;
    for (const Stage &s : people.mine.service().gateEngine().stages()) {
        if (!heldNext && s.position > heldFrom->position && s.kind == StageKind::Open)
            heldNext = &s;
    }
    QVERIFY(heldNext);
    qint64 required = 0;
    for (const ExitCriterion &c : people.mine.service().gateEngine().exitCriteria(ready.stageId)) {
        if (c.required && !required)
            required = c.id;
    }
    QVERIFY(required);
    QVERIFY(people.theirs->opportunityStore().setCriterionCheck(ready.id, ready.version, required,
                                                                std::nullopt));

    // When I move it, its gate is checked again with what is stored now, and refuses
    const auto refused = people.mine.service().moveToStage(ready.id, heldNext->id);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::GateRefused);
    QCOMPARE(people.db.storage->opportunityStore().opportunity(ready.id)->stageId, ready.stageId);
    QVERIFY(people.mine.opportunityIndex(ready.id).data(RequiredUnmetRole).toBool());
}

void TestBoardModel::shouldNotMoveADealMovedElsewhereMeanwhile()
{
    TwoPeople people;
    // Given someone moves a deal back to the first stage, unknown to my board
    const Opportunity deal = people.openOpportunity();
    const Stage &first = people.mine.service().gateEngine().stages().first();
    const User *mover = nullptr;
    for (const User &u : people.mine.service().users()) {
        if (u.role == UserRole::Legal)
            mover = &u;
    }
    QVERIFY(mover);
    StageChange change;
    change.opportunityId = deal.id;
    change.fromStageId = deal.stageId;
    change.toStageId = first.id;
    change.userId = mover->id;
    change.at = QDateTime::currentSecsSinceEpoch();
    change.kind = ChangeKind::Moved;
    change.amount = deal.amount;
    QVERIFY(people.theirs->opportunityStore().moveOpportunity(change, deal.version));

    // When I move it to a closed-lost stage, nothing is moved: I am told who moved it where,
    // and my board shows it there
    const Stage *lost = nullptr;
    for (const Stage &s : people.mine.service().gateEngine().stages()) {
        if (s.kind == StageKind::Lost)
            lost = &s;
    }
    MoveRequest request;
    request.closeReason = QStringLiteral("Budget");
    const auto moved = people.mine.service().moveToStage(deal.id, lost->id, request);
    QVERIFY(!moved);
    QCOMPARE(moved.error().kind, Error::Kind::Conflict);
    QVERIFY2(moved.error().message.startsWith(QStringLiteral("%1 moved \"%2\" to %3 meanwhile.")
                                                  .arg(mover->name, deal.title, first.name)),
             qPrintable(moved.error().message));
    QCOMPARE(people.db.storage->opportunityStore().opportunity(deal.id)->stageId, first.id);
    QCOMPARE(people.mine.opportunityIndex(deal.id).data(StageIdRole).toLongLong(), first.id);
}

void TestBoardModel::shouldTickOnTheStoredDealAfterAnEditElsewhere()
{
    TwoPeople people;
    const Opportunity deal = people.openOpportunity();
    Opportunity elsewhere = *people.theirs->opportunityStore().opportunity(deal.id);
    elsewhere.contact = QStringLiteral("Someone New");
    QVERIFY(people.theirs->opportunityStore().updateOpportunity(elsewhere));
    qint64 open = 0;
    const QList<Check> checks = *people.db.storage->opportunityStore().activityChecks(deal.id);
    for (const Activity &a : people.mine.service().gateEngine().activities(deal.stageId)) {
        bool ticked = false;
        for (const Check &c : checks)
            ticked = ticked || c.itemId == a.id;
        if (!ticked && !open)
            open = a.id;
    }
    QVERIFY(open);
    const auto ticked = people.mine.service().setActivityDone(deal.id, open, true);
    QVERIFY2(ticked, ticked ? "" : qPrintable(ticked.error().message));
    const Opportunity stored = *people.db.storage->opportunityStore().opportunity(deal.id);
    QCOMPARE(stored.contact, elsewhere.contact);
    QCOMPARE(stored.activitiesDone, deal.activitiesDone + 1);
}

void TestBoardModel::shouldShowOnePipelineAtATime()
{
    // Given a demo board and a second pipeline with two deals of its own
    TestDatabase db(30);
    ProcessDefinition renewals = ProcessDefinition::defaultProcess();
    renewals.name = QStringLiteral("Renewals");
    renewals.stages.removeAt(1);
    const qint64 renewalsId = *db.storage->process().addPipeline(renewals);
    BoardModel model(db.storage->opportunityStore(), db.storage->process(),
                     db.storage->directory());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.service().reload());
    const qint64 firstId = model.service().pipelineId();
    QVERIFY(firstId != renewalsId);
    QCOMPARE(model.rowCount(), 7);
    const auto cards = [&model] {
        int n = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            n += model.rowCount(model.index(row, 0));
        return n;
    };
    QCOMPARE(cards(), 30);

    // When the board switches to Renewals, its columns are Renewals' stages, empty
    QSignalSpy switched(&model.service(), &BoardService::pipelineChanged);
    model.service().setPipelineId(renewalsId);
    QCOMPARE(switched.count(), 1);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.index(0, 0).data(StageNameRole).toString(), QStringLiteral("Identify"));
    QCOMPARE(model.index(1, 0).data(StageNameRole).toString(), QStringLiteral("Propose"));
    QCOMPARE(cards(), 0);
    // And deals created there show there, with their column's totals
    for (int i = 0; i < 2; ++i) {
        Opportunity o;
        o.title = QStringLiteral("Renewal %1").arg(i);
        o.amount = 100000;
        o.currency = QStringLiteral("USD");
        o.ownerId = model.service().users().first().id;
        o.stageId = model.service().stages().first().id;
        QVERIFY(model.service().createOpportunity(o));
    }
    QCOMPARE(cards(), 2);
    QCOMPARE(shownTotals(model, 0), (Totals{2, 200000, 20000}));
    // And back on the first pipeline, they are not among its cards
    model.service().setPipelineId(firstId);
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(cards(), 30);
    // A reload keeps the pipeline shown
    model.service().setPipelineId(renewalsId);
    QVERIFY(model.service().reload());
    QCOMPARE(model.service().pipelineId(), renewalsId);
    QCOMPARE(cards(), 2);
}

void TestBoardModel::shouldFindTheNextAndPreviousStage_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<int>("step");
    QTest::addColumn<QString>("to"); // empty: nowhere
    const auto row = [](const char *from, int step, const char *to) {
        QTest::addRow("%s %+d", from, step)
            << QString::fromUtf8(from) << step << QString::fromUtf8(to);
    };
    row("Identify", 1, "Qualify");
    row("Identify", -1, "");
    row("Negotiate", -1, "Propose");
    row("Deliver/Finalize", 1, "Closed Won");
    row("Closed Won", 1, "");
    row("Closed Won", -1, "Deliver/Finalize");
    row("Closed Lost", -1, "Deliver/Finalize");
    row("Closed Lost", 1, "");
}

void TestBoardModel::shouldFindTheNextAndPreviousStage()
{
    // Given the default process
    QFETCH(QString, from);
    QFETCH(int, step);
    QFETCH(QString, to);
    TestDatabase db;
    BoardModel model(db.storage->opportunityStore(), db.storage->process(),
                     db.storage->directory());
    QVERIFY(model.service().reload());

    // When a deal in "from" is moved a stage on or back with the keyboard
    const qint64 next =
        model.service().neighbourStage(model.service().gateEngine().stageNamed(from)->id, step);

    // Then it goes where a person expects: never past a closed stage, back to reopen it
    QCOMPARE(next ? model.service().stage(next)->name : QString(), to);
}

void TestBoardModel::shouldShowEachCardsNextActivityAndBuyingGroup()
{
    TestDatabase db(30);
    BoardModel model(db.storage->opportunityStore(), db.storage->process(),
                     db.storage->directory());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.service().reload());
    // An open deal of its own, with nothing planned: the card warns
    Opportunity o =
        *model.service().opportunity(model.opportunityId(model.index(0, 0, model.index(0, 0))));
    o.id = 0;
    o.title = QStringLiteral("Marker test");
    const auto created = model.service().createOpportunity(o);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    const qint64 id = created->id;
    const auto card = [&] { return model.opportunityIndex(id); };
    QCOMPARE(card().data(NextActivityDueRole).toInt(), int(ActivityDue::None));
    QVERIFY(card()
                .data(Qt::AccessibleDescriptionRole)
                .toString()
                .contains(QStringLiteral("no next activity scheduled")));
    // A call planned in an hour: due today (unless the day ends first), then one overdue
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    Engagement call;
    call.kind = EngagementKind::Call;
    call.subject = QStringLiteral("Follow-up call");
    call.opportunityId = id;
    call.dueAt = QDateTime::currentSecsSinceEpoch() + 3600;
    QVERIFY(db.storage->engagements().addEngagement(call));
    QVERIFY(model.service().applyStoredChanges({id}));
    QCOMPARE(card().data(NextActivityDueRole).toInt(),
             int(activityDue(call.dueAt, QDateTime::currentDateTime())));
    QVERIFY(!changed.isEmpty());
    call.dueAt = QDateTime::currentSecsSinceEpoch() - 3600;
    QVERIFY(db.storage->engagements().addEngagement(call));
    QVERIFY(model.service().applyStoredChanges({id}));
    QCOMPARE(card().data(NextActivityDueRole).toInt(), int(ActivityDue::Overdue));
    QVERIFY(card().data(Qt::ToolTipRole).toString().contains(QStringLiteral("overdue")));
    // A champion joins the buying group: counted on the card
    QCOMPARE(card().data(StakeholderCountRole).toInt(), 0);
    Contact noor;
    noor.name = QStringLiteral("Noor Moreau");
    const qint64 contact = db.storage->contacts().addContact(noor)->id;
    qint64 champion = 0;
    const QList<BuyingRole> roles = *db.storage->stakeholders().buyingRoles();
    for (const BuyingRole &r : roles) {
        if (r.key == QLatin1String("champion"))
            champion = r.id;
    }
    QVERIFY(db.storage->stakeholders().setStakeholder(
        {id, contact, champion, Stance::Supporter, Influence::High, 0, 0}));
    QVERIFY(model.service().applyStoredChanges({id}));
    QCOMPARE(card().data(StakeholderCountRole).toInt(), 1);
    QVERIFY(card().data(ChampionRole).toBool());
    // One change, one card: never a reset
    QCOMPARE(reset.size(), 0);
    // A closed deal shows no marker
    const QModelIndex won = model.index(model.rowCount() - 2, 0);
    if (model.rowCount(won) > 0)
        QCOMPARE(model.index(0, 0, won).data(NextActivityDueRole).toInt(), -1);
}

void TestBoardModel::shouldListTheOpenDealsWithNothingPlanned()
{
    TestDatabase db(300);
    BoardModel model(db.storage->opportunityStore(), db.storage->process(),
                     db.storage->directory());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.service().reload());
    const int stored =
        db.scalar(QStringLiteral("SELECT COUNT(*) FROM opportunities o JOIN stages s ON s.id "
                                 "= o.stage_id WHERE s.kind = 'open' AND o.next_activity_at "
                                 "IS NULL AND s.pipeline_id = ?"),
                  {model.service().pipelineId()})
            .toInt();
    QVERIFY(stored > 0);
    // When the board shows only the deals with nothing planned
    BoardFilter filter;
    filter.withoutNextActivity = true;
    QVERIFY(!filter.isEmpty());
    model.service().setFilter(filter);
    // Then it shows those open deals, each card warning, and no closed one
    int shown = 0;
    qint64 first = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex stage = model.index(row, 0);
        QCOMPARE(shownTotals(model, row), recount(model, row));
        for (int c = 0; c < model.rowCount(stage); ++c, ++shown) {
            QCOMPARE(model.index(c, 0, stage).data(NextActivityDueRole).toInt(),
                     int(ActivityDue::None));
            if (!first)
                first = model.opportunityId(model.index(c, 0, stage));
        }
    }
    QCOMPARE(shown, stored);
    // And a deal leaves the list once its next call is planned
    Engagement call;
    call.kind = EngagementKind::Call;
    call.subject = QStringLiteral("Next step call");
    call.opportunityId = first;
    call.dueAt = QDateTime::currentSecsSinceEpoch() + 86400;
    QVERIFY(db.storage->engagements().addEngagement(call));
    QVERIFY(model.service().applyStoredChanges({first}));
    QVERIFY(!model.opportunityIndex(first).isValid());
    int after = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        after += model.rowCount(model.index(row, 0));
    QCOMPARE(after, shown - 1);
}

void TestBoardModel::shouldSayWhatACardShowsToAScreenReader()
{
    TestDatabase db(30);
    BoardModel model(db.storage->opportunityStore(), db.storage->process(),
                     db.storage->directory());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.service().reload());
    // Every card is named by its title and account, and described by what it shows
    int cards = 0;
    for (int stage = 0; stage < model.rowCount(); ++stage) {
        const QModelIndex parent = model.index(stage, 0);
        for (int row = 0; row < model.rowCount(parent); ++row, ++cards) {
            const QModelIndex card = model.index(row, 0, parent);
            const auto deal = model.service().opportunity(model.opportunityId(card));
            const QString name = card.data(Qt::AccessibleTextRole).toString();
            QVERIFY2(name.startsWith(deal->title), qPrintable(name));
            QVERIFY2(name.contains(model.service().accountName(deal->accountId)), qPrintable(name));
            const QString description = card.data(Qt::AccessibleDescriptionRole).toString();
            QVERIFY2(description.contains(formatMoney(deal->amount, deal->currency)),
                     qPrintable(description));
            QVERIFY2(description.contains(model.service().userName(deal->ownerId)),
                     qPrintable(description));
            if (card.data(RequiredUnmetRole).toBool())
                QVERIFY(description.contains(QStringLiteral("required criteria not met")));
        }
    }
    QCOMPARE(cards, 30);
}

QTEST_GUILESS_MAIN(TestBoardModel)
#include "tst_boardmodel.moc"
