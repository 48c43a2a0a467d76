// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/guidancemodel.h"
#include "itemmodels/processmodel.h"
#include "itemmodels/roles.h"
#include "storage/changefeed.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace Stageboard;
using Stageboard::Test::TestDatabase;

namespace {

struct Fixture
{
    TestDatabase db;
    ProcessModel model{db.storage->opportunityStore(), db.storage->process(),
                       db.storage->directory()};
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
    QList<ProcessEdit> edits;
    qint64 admin = 0;
    qint64 rep = 0;

    Fixture()
    {
        admin =
            *db.storage->directory().addUser({0, QStringLiteral("Ada Admin"), UserRole::Admin, {}});
        rep = *db.storage->directory().addUser({0, QStringLiteral("Rita Rep"), UserRole::Rep, {}});
        model.setActorId(admin);
        QObject::connect(&model, &ProcessModel::edited,
                         [this](const ProcessEdit &edit) { edits.append(edit); });
        if (!model.load())
            qFatal("Cannot load the process");
    }

    QStringList names() const
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row)
            result.append(model.index(row).data().toString());
        return result;
    }

    int row(const QString &name) const { return int(names().indexOf(name)); }

    Opportunity deal(const QString &stageName)
    {
        Opportunity o;
        o.title = QStringLiteral("Deal in ") + stageName;
        o.ownerId = rep;
        o.amount = 500000;
        o.currency = QStringLiteral("EUR");
        o.closeDate = QDate(2027, 3, 31);
        o.stageId = model.stage(row(stageName)).id;
        return *db.storage->opportunityStore().createOpportunity(o, rep);
    }

    int ledgerRows() const
    {
        return db.scalar(QStringLiteral("SELECT COUNT(*) FROM stage_history")).toInt();
    }
};

QList<LintFinding::Rule> rulesOf(const QList<LintFinding> &findings)
{
    QList<LintFinding::Rule> rules;
    for (const LintFinding &f : findings)
        rules.append(f.rule);
    return rules;
}

} // namespace

class TestProcessModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldShowThePipelinesStagesInOrder();
    void shouldRenameAStageAndTakeItBack();
    void shouldReorderStagesByDragAndDrop();
    void shouldRemoveAStageAndBringItsDealsBackOnUndo();
    void shouldAddAStageThatUndoTakesAwayAndRedoBringsBack();
    void shouldEditAChecklistKeepingTicksOnKeptItems();
    void shouldBuildTheDefaultProcessFromAnEmptyPipeline();
    void shouldRenameAndDeleteAPipelineThatNeverHeldADeal();
    void shouldTellOtherBoardsOfAProcessChange();
};

void TestProcessModel::shouldShowThePipelinesStagesInOrder()
{
    // Given a new database with the default process
    Fixture f;

    // Then the model lists its stages in order, with their fields
    const ProcessDefinition expected = ProcessDefinition::defaultProcess();
    QCOMPARE(f.model.rowCount(), expected.stages.size());
    for (int row = 0; row < expected.stages.size(); ++row) {
        const Stage &s = expected.stages.at(row).stage;
        const QModelIndex index = f.model.index(row);
        QCOMPARE(index.data().toString(), s.name);
        QCOMPARE(index.data(StageProbabilityRole).toInt(), s.probability);
        QCOMPARE(index.data(StageKindRole).toInt(), int(s.kind));
        QCOMPARE(index.data(ActivityCountRole).toInt(), expected.stages.at(row).activities.size());
    }
    // And the default process gives the lint nothing to say
    QVERIFY2(f.model.findings().isEmpty(), qPrintable(f.model.findings().value(0).message));
}

void TestProcessModel::shouldRenameAStageAndTakeItBack()
{
    Fixture f;
    QSignalSpy changed(&f.model, &ProcessModel::processChanged);
    QSignalSpy reset(&f.model, &ProcessModel::modelReset);
    const int row = f.row(QStringLiteral("Qualify"));

    // When the admin renames Qualify to "Qualifying"
    QVERIFY(f.model.setData(f.model.index(row), QStringLiteral("Qualifying")));

    // Then it is stored, the board is told, and the lint says it reads as an activity
    QCOMPARE(
        f.db.storage->process().processDefinition(f.model.pipelineId())->stages.at(row).stage.name,
        QStringLiteral("Qualifying"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(rulesOf(f.model.findings()), {LintFinding::Rule::OngoingName});
    QCOMPARE(f.model.index(row).data(StageFindingsRole).toStringList().size(), 1);
    QCOMPARE(f.edits.size(), 1);
    QCOMPARE(f.edits.first().text(), QStringLiteral("Rename Stage"));

    // When it is undone
    QVERIFY(f.model.undo(f.edits.first()));

    // Then the name is back, without a reset
    QCOMPARE(f.model.index(row).data().toString(), QStringLiteral("Qualify"));
    QVERIFY(f.model.findings().isEmpty());
    QCOMPARE(reset.count(), 0);

    // And a name another stage has is refused with a message
    QSignalSpy refused(&f.model, &ProcessModel::errorOccurred);
    QVERIFY(!f.model.setData(f.model.index(row), QStringLiteral("propose")));
    QCOMPARE(refused.count(), 1);
    QVERIFY(refused.first().first().toString().contains(QStringLiteral("propose")));
}

void TestProcessModel::shouldReorderStagesByDragAndDrop()
{
    Fixture f;
    const QStringList before = f.names();
    QSignalSpy moved(&f.model, &ProcessModel::rowsMoved);

    // When the first stage is dragged below the third
    std::unique_ptr<QMimeData> data(f.model.mimeData({f.model.index(0)}));
    QVERIFY(f.model.canDropMimeData(data.get(), Qt::MoveAction, 3, 0, {}));
    QVERIFY(f.model.dropMimeData(data.get(), Qt::MoveAction, 3, 0, {}));

    // Then it is third, stored so, with a row move rather than a reset
    QStringList expected = before;
    expected.move(0, 2);
    QCOMPARE(f.names(), expected);
    QVERIFY(moved.count() >= 1);
    QList<qint64> storedOrder;
    const auto stored = f.db.storage->process().processDefinition(f.model.pipelineId());
    for (const StageDefinition &s : stored->stages)
        storedOrder.append(s.stage.id);
    QCOMPARE(storedOrder.size(), expected.size());
    QCOMPARE(storedOrder.at(2), f.model.stage(2).id);

    // When it is undone, the order is as before; redone, as after
    QVERIFY(f.model.undo(f.edits.last()));
    QCOMPARE(f.names(), before);
    QVERIFY(f.model.redo(f.edits.last()));
    QCOMPARE(f.names(), expected);
}

void TestProcessModel::shouldRemoveAStageAndBringItsDealsBackOnUndo()
{
    // Given two deals in Propose
    Fixture f;
    const Opportunity a = f.deal(QStringLiteral("Propose"));
    const Opportunity b = f.deal(QStringLiteral("Propose"));
    const qint64 proposeId = a.stageId;
    const qint64 negotiate = f.model.stage(f.row(QStringLiteral("Negotiate"))).id;
    const int position = f.row(QStringLiteral("Propose"));
    const int ledger = f.ledgerRows();

    // When the admin removes Propose, sending its deals to Negotiate
    const auto moved = f.model.removeStage(position, negotiate);
    QVERIFY2(moved, moved ? "" : qPrintable(moved.error().message));
    QCOMPARE(*moved, 2);

    // Then Propose is gone from the list, the deals are in Negotiate, and the ledger says why
    QVERIFY(!f.names().contains(QStringLiteral("Propose")));
    QCOMPARE(f.db.storage->opportunityStore().opportunity(a.id)->stageId, negotiate);
    QCOMPARE(f.ledgerRows(), ledger + 2);
    QVERIFY(f.db.storage->opportunityStore().stageHistory(b.id)->last().processChange.contains(
        QStringLiteral("Propose")));

    // When it is undone
    QVERIFY(f.model.undo(f.edits.last()));

    // Then Propose is back where it was, with its deals, and the ledger has both moves
    QCOMPARE(f.row(QStringLiteral("Propose")), position);
    QCOMPARE(f.model.stage(position).id, proposeId);
    for (const Opportunity &o : {a, b})
        QCOMPARE(f.db.storage->opportunityStore().opportunity(o.id)->stageId, proposeId);
    QCOMPARE(f.ledgerRows(), ledger + 4);
    const StageChange back = f.db.storage->opportunityStore().stageHistory(a.id)->last();
    QCOMPARE(back.toStageId, proposeId);
    QCOMPARE(back.userId, f.admin);
    QVERIFY(!back.processChange.isEmpty());

    // When it is redone, they go again
    QVERIFY(f.model.redo(f.edits.last()));
    QCOMPARE(f.db.storage->opportunityStore().opportunity(b.id)->stageId, negotiate);
    QCOMPARE(f.edits.last().movedOpportunities.size(), 2);
}

void TestProcessModel::shouldAddAStageThatUndoTakesAwayAndRedoBringsBack()
{
    Fixture f;
    const int count = f.model.rowCount();
    QSignalSpy inserted(&f.model, &ProcessModel::rowsInserted);

    // When the admin adds "Validated" as the third stage
    Stage s;
    s.name = QStringLiteral("Validated");
    s.probability = 25;
    s.ownerRoles = {UserRole::Rep};
    const auto id = f.model.addStage(2, s);
    QVERIFY2(id, id ? "" : qPrintable(id.error().message));

    // Then it is third, with one row inserted, and it has no definition yet (lint)
    QCOMPARE(f.model.rowCount(), count + 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(f.names().at(2), QStringLiteral("Validated"));
    QVERIFY(rulesOf(f.model.findings()).contains(LintFinding::Rule::NoDefinition));

    // When undone it is gone; when redone it is back with the same id
    QVERIFY(f.model.undo(f.edits.last()));
    QCOMPARE(f.model.rowCount(), count);
    QVERIFY(f.model.redo(f.edits.last()));
    QCOMPARE(f.model.stage(2).id, *id);
    QCOMPARE(f.model.stage(2).probability, 25);

    // And once a deal has been in it, it can no longer be deleted by an undo
    f.deal(QStringLiteral("Validated"));
    const auto undone = f.model.undo(f.edits.last());
    QVERIFY(!undone);
    QVERIFY(undone.error().message.contains(QStringLiteral("remove it from the process")));
    QCOMPARE(f.names().at(2), QStringLiteral("Validated"));
}

void TestProcessModel::shouldEditAChecklistKeepingTicksOnKeptItems()
{
    // Given a deal in Qualify with its first activity ticked
    Fixture f;
    const Opportunity deal = f.deal(QStringLiteral("Qualify"));
    GuidanceModel activities(&f.model, GuidanceModel::Kind::Activities);
    GuidanceModel criteria(&f.model, GuidanceModel::Kind::Criteria);
    QAbstractItemModelTester t1(&activities,
                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&criteria, QAbstractItemModelTester::FailureReportingMode::QtTest);
    activities.setStageId(deal.stageId);
    criteria.setStageId(deal.stageId);
    const int count = activities.rowCount();
    QVERIFY(count >= 2);
    const qint64 first = activities.index(0, 0).data(IdRole).toLongLong();
    const qint64 last = activities.index(count - 1, 0).data(IdRole).toLongLong();
    QVERIFY(f.db.storage->opportunityStore().setActivityCheck(
        deal.id, deal.version, first, Check{first, f.rep, 1, CriterionState::Met, {}}));
    QVERIFY(f.db.storage->opportunityStore().setActivityCheck(
        deal.id, deal.version + 1, last, Check{last, f.rep, 1, CriterionState::Met, {}}));
    QCOMPARE(f.db.storage->opportunityStore().opportunity(deal.id)->activitiesDone, 2);

    // When the admin rewords the first, and removes the last
    QVERIFY(activities.setData(activities.index(0, 0), QStringLiteral("Book the discovery call")));
    QVERIFY(activities.removeItem(count - 1));

    // Then the first keeps its tick, the last's tick is gone with it
    QCOMPARE(activities.rowCount(), count - 1);
    QCOMPARE(activities.index(0, 0).data().toString(), QStringLiteral("Book the discovery call"));
    QCOMPARE(activities.index(0, 0).data(IdRole).toLongLong(), first);
    QCOMPARE(f.db.storage->opportunityStore().opportunity(deal.id)->activitiesDone, 1);

    // When the removal is undone, the item is back with its id
    QVERIFY(f.model.undo(f.edits.last()));
    QCOMPARE(activities.rowCount(), count);
    QCOMPARE(activities.index(count - 1, 0).data(IdRole).toLongLong(), last);

    // When a criterion is made advisory, signed off by Finance, and a knock-out
    const int c = criteria.addItem(QStringLiteral("Budget confirmed in writing")).value_or(-1);
    QVERIFY(c >= 0);
    QVERIFY(criteria.setData(criteria.index(c, GuidanceModel::RequiredColumn), Qt::Unchecked,
                             Qt::CheckStateRole));
    // (its conditions wait for a sign-off role)
    QVERIFY(!criteria.flags(criteria.index(c, GuidanceModel::SignOffFromColumn))
                 .testFlag(Qt::ItemIsEnabled));
    QVERIFY(criteria.setData(criteria.index(c, GuidanceModel::SignOffColumn),
                             QStringLiteral("Finance")));
    QVERIFY(criteria.setData(criteria.index(c, GuidanceModel::KnockOutColumn), Qt::Checked,
                             Qt::CheckStateRole));
    // … from 50,000 up, re-opened by a change of amount or close date, never by its owner
    QVERIFY(criteria.setData(criteria.index(c, GuidanceModel::SignOffFromColumn),
                             QLocale().toString(50000.0, 'f', 2)));
    QVERIFY(criteria.setData(criteria.index(c, GuidanceModel::ReopenColumn),
                             QStringList{QStringLiteral("close_date"), QStringLiteral("amount")}));
    QVERIFY(criteria.setData(criteria.index(c, GuidanceModel::NotOwnColumn), Qt::Checked,
                             Qt::CheckStateRole));

    // Then the stage's gate has it so
    const QList<ExitCriterion> stored = f.model.criteria(f.model.rowOf(deal.stageId));
    QCOMPARE(stored.last().text, QStringLiteral("Budget confirmed in writing"));
    QCOMPARE(stored.last().required, false);
    QVERIFY(stored.last().signOff);
    QCOMPARE(stored.last().signOff->role, QStringLiteral("Finance"));
    QCOMPARE(stored.last().signOff->minAmount, 5'000'000);
    // (the fields in the order they are offered, whatever order they were ticked in)
    QCOMPARE(stored.last().signOff->reopenOn,
             QStringList({QStringLiteral("amount"), QStringLiteral("close_date")}));
    QCOMPARE(stored.last().signOff->notOwnDeal, true);
    QCOMPARE(stored.last().knockOut, true);
    QCOMPARE(criteria.index(c, GuidanceModel::SignOffColumn).data().toString(),
             QStringLiteral("Finance (from %1; re-opened by Amount, Close date; not by the "
                            "deal's owner)")
                 .arg(QLocale().toString(50000.0, 'f', 0)));
    QCOMPARE(criteria.index(c, GuidanceModel::ReopenColumn).data().toString(),
             QStringLiteral("Amount, Close date"));

    // And an empty text is refused with a message, nothing changed
    QSignalSpy refused(&activities, &GuidanceModel::errorOccurred);
    QVERIFY(!activities.setData(activities.index(0, 0), QStringLiteral("  ")));
    QCOMPARE(refused.count(), 1);
    QCOMPARE(activities.index(0, 0).data().toString(), QStringLiteral("Book the discovery call"));
}

void TestProcessModel::shouldBuildTheDefaultProcessFromAnEmptyPipeline()
{
    // Given an empty pipeline
    Fixture f;
    ProcessDefinition empty;
    empty.name = QStringLiteral("Built by hand");
    QVERIFY(f.model.addPipeline(empty));
    QCOMPARE(f.model.rowCount(), 0);
    QVERIFY(rulesOf(f.model.findings()).contains(LintFinding::Rule::NoWonStage));

    // When the admin adds each stage of the default process, with its checklist
    const ProcessDefinition wanted = ProcessDefinition::defaultProcess();
    for (const StageDefinition &d : wanted.stages) {
        const auto id = f.model.addStage(f.model.rowCount(), d.stage);
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        QList<Activity> activities;
        for (int i = 0; i < d.activities.size(); ++i) {
            const auto type = d.activityTypes.constFind(i);
            activities.append(
                {0, *id, 0, d.activities.at(i),
                 type == d.activityTypes.cend() ? std::nullopt : std::optional(*type)});
        }
        QList<ExitCriterion> criteria = d.exitCriteria;
        for (ExitCriterion &c : criteria)
            c.id = 0;
        QVERIFY(f.model.setGuidance(*id, activities, criteria));
    }

    // Then the pipeline's process, as shared, is the default one under another name
    ProcessDefinition built = *f.db.storage->process().processDefinition(f.model.pipelineId());
    built.name = wanted.name;
    built.wonReasons = wanted.wonReasons;
    built.lostReasons = wanted.lostReasons;
    QCOMPARE(built.toJson(), wanted.toJson());
    QVERIFY(f.model.findings().isEmpty());
}

void TestProcessModel::shouldRenameAndDeleteAPipelineThatNeverHeldADeal()
{
    Fixture f;
    const qint64 first = f.model.pipelineId();
    ProcessDefinition renewals = ProcessDefinition::defaultProcess();
    renewals.name = QStringLiteral("Renewals");
    QVERIFY(f.model.addPipeline(renewals));

    // When it is renamed, and the rename undone
    QVERIFY(f.model.renamePipeline(QStringLiteral("Upsell")));
    QCOMPARE(f.model.pipelines().last().name, QStringLiteral("Upsell"));
    QVERIFY(f.model.undo(f.edits.last()));
    QCOMPARE(f.model.pipelines().last().name, QStringLiteral("Renewals"));
    // A name another pipeline has is refused
    QVERIFY(!f.model.renamePipeline(f.model.pipelines().first().name.toUpper()));

    // Then a pipeline that never held a deal can be deleted, and the first is shown
    QVERIFY(f.model.deletePipeline());
    QCOMPARE(f.model.pipelines().size(), 1);
    QCOMPARE(f.model.pipelineId(), first);

    // And one that has is refused, as is the last
    f.deal(QStringLiteral("Qualify"));
    const auto refused = f.model.deletePipeline();
    QVERIFY(!refused);
    QCOMPARE(f.model.pipelines().size(), 1);
}

void TestProcessModel::shouldTellOtherBoardsOfAProcessChange()
{
    // Given a second person on the same shared database, listening for changes
    Fixture f;
    if (!f.db.server)
        QSKIP("Changes are announced by a PostgreSQL server.");
    const auto other = f.db.openAgain();
    ChangeFeed theirs(*other);
    ChangeFeed mine(*f.db.storage);
    QVERIFY(theirs.isLive());
    QSignalSpy theyHear(&theirs, &ChangeFeed::processChanged);
    QSignalSpy iHear(&mine, &ChangeFeed::processChanged);

    // When the admin renames a stage
    QVERIFY(f.model.setData(f.model.index(1), QStringLiteral("Qualified")));

    // Then the other connection hears of it within a second, and the admin's own does not
    QTRY_COMPARE_WITH_TIMEOUT(theyHear.count(), 1, 1000);
    GateEngine read(other->opportunityStore(), other->process(), other->directory());
    QVERIFY(read.load());
    QVERIFY(read.stageNamed(QStringLiteral("Qualified")));
    QTest::qWait(2 * ChangeFeed::gatherMs);
    QCOMPARE(iHear.count(), 0);

    // And so for an undo
    QVERIFY(f.model.undo(f.edits.last()));
    QTRY_COMPARE_WITH_TIMEOUT(theyHear.count(), 2, 1000);
}

QTEST_GUILESS_MAIN(TestProcessModel)
#include "tst_processmodel.moc"
