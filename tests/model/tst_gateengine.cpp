// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetgate.h"
#include "services/gateengine.h"
#include "testdatabase.h"

#include <QTest>

using namespace Stageboard;
using Stageboard::Test::TestDatabase;

namespace {

struct Fixture
{
    TestDatabase db;
    GateEngine pipeline{db.storage->opportunityStore(), db.storage->process(),
                        db.storage->directory()};
    QHash<UserRole, qint64> people;

    Fixture()
    {
        for (auto [role, name] :
             {std::pair{UserRole::Rep, "Rita Rep"}, std::pair{UserRole::Manager, "Mona Manager"},
              std::pair{UserRole::Legal, "Lee Legal"}, std::pair{UserRole::Finance, "Fin Finance"}})
            people.insert(
                role, *db.storage->directory().addUser({0, QString::fromLatin1(name), role, {}}));
        pipeline.setEvidenceSource(&db.storage->evidence());
        if (!pipeline.load())
            qFatal("Cannot load the pipeline");
    }

    Opportunity deal(const QString &stageName)
    {
        Opportunity o;
        o.title = QStringLiteral("Deal in ") + stageName;
        o.ownerId = people[UserRole::Rep];
        o.amount = 10000000;
        o.currency = QStringLiteral("USD");
        o.closeDate = QDate(2027, 6, 30);
        o.stageId = pipeline.stageNamed(stageName)->id;
        return *db.storage->opportunityStore().createOpportunity(o, people[UserRole::Rep]);
    }

    qint64 criterion(const QString &text) const
    {
        for (const Stage &s : pipeline.stages()) {
            for (const ExitCriterion &c : pipeline.exitCriteria(s.id)) {
                if (c.text == text)
                    return c.id;
            }
        }
        qFatal("No criterion %s", qPrintable(text));
    }

    Opportunity fresh(const Opportunity &o)
    {
        return *db.storage->opportunityStore().opportunity(o.id);
    }

    // Meets every required criterion of the deal's stage, as a manager may.
    Opportunity meetGate(Opportunity o)
    {
        for (const ExitCriterion &c : pipeline.exitCriteria(o.stageId)) {
            if (!c.required)
                continue;
            if (!c.rule.isEmpty()) {
                Test::meetRule(*db.storage, o, c);
                o = fresh(o);
            } else {
                o = *pipeline.answerCriterion(o, c.id, people[UserRole::Manager],
                                              CriterionState::Met, {});
            }
        }
        return o;
    }

    int ledgerRows() const
    {
        return db.scalar(QStringLiteral("SELECT COUNT(*) FROM stage_history")).toInt();
    }
};

} // namespace

class TestGateEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldAddAPipelineAndShareItsProcess();
    void shouldKeepADealInItsPipeline();
    void shouldMoveTheDealsOfARemovedStageWithALedgerRow();
    void shouldRefuseARemovalThatLeavesNoWayIn();
    void shouldEditAddAndReorderStages();
    void shouldEditAStagesChecklistKeepingTheTicksOfKeptItems();
    void shouldRefuseMoveWhenGateUnmet();
    void shouldRefuseAQualifyDealWithoutAChampionUntilOneIsAdded();
    void shouldLetManagerOverrideWithReason();
    void shouldRefuseOverrideByRep();
    void shouldLetOnlySignOffRoleAnswer_data();
    void shouldLetOnlySignOffRoleAnswer();
    void shouldNeedCloseReasonAndRememberNewOnes();
    void shouldRecordDisqualifiedWhenLostBeforeQualify();
    void shouldWarnWhenDealKillerAnsweredNo();
    void shouldRefuseMoveFromStaleCopy();
    void shouldCountProgressInCurrentStage();
};

/// A second pipeline: the default process under another name, with one stage fewer.
static ProcessDefinition renewals()
{
    ProcessDefinition p = ProcessDefinition::defaultProcess();
    p.name = QStringLiteral("Renewals");
    p.stages.removeAt(2); // no Propose
    p.stages[0].stage.name = QStringLiteral("Contacted");
    p.wonReasons.append(QStringLiteral("Renewed early"));
    return p;
}

void TestGateEngine::shouldAddAPipelineAndShareItsProcess()
{
    Fixture f;
    const int stagesBefore = f.db.scalar(QStringLiteral("SELECT COUNT(*) FROM stages")).toInt();
    // Given a database with the default pipeline, when a second is added
    const auto added = f.db.storage->process().addPipeline(renewals());
    QVERIFY2(added, added ? "" : qPrintable(added.error().message));
    QVERIFY(f.pipeline.load());
    // Then both are there in order, each with its own stages
    QCOMPARE(f.pipeline.pipelines().size(), 2);
    QCOMPARE(f.pipeline.pipelines().at(0).name, QStringLiteral("New business"));
    QCOMPARE(f.pipeline.pipelines().at(1).name, QStringLiteral("Renewals"));
    QCOMPARE(f.pipeline.pipelines().at(1).id, *added);
    const QList<Stage> second = f.pipeline.stagesOf(*added);
    QCOMPARE(second.size(), 6);
    QCOMPARE(second.first().name, QStringLiteral("Contacted"));
    QCOMPARE(second.first().position, 0);
    QCOMPARE(f.pipeline.stagesOf(f.pipeline.pipelines().first().id).size(), 7);
    QCOMPARE(f.pipeline.activities(second.first().id).size(),
             renewals().stages.first().activities.size());
    // the same name in two pipelines is two stages
    QVERIFY(f.pipeline.stageNamed(QStringLiteral("Closed Won"), *added)->id !=
            f.pipeline.stageNamed(QStringLiteral("Closed Won"))->id);
    // And what is written out is what went in
    const auto shared = f.db.storage->process().processDefinition(*added);
    QVERIFY(shared);
    ProcessDefinition expected = renewals();
    // Without Propose, no stage is the solutions engineers': the file names the roles it uses
    expected.roles.removeIf(
        [](const TeamRole &r) { return r.name == QLatin1String("Solutions engineer"); });
    for (int i = 0; i < expected.stages.size(); ++i)
        expected.stages[i].stage.position = i;
    expected.wonReasons = *f.db.storage->process().closeReasons(StageKind::Won);
    QVERIFY(expected.wonReasons.contains(QStringLiteral("Renewed early")));
    QCOMPARE(QString::fromUtf8(shared->toJson()), QString::fromUtf8(expected.toJson()));

    // And a second pipeline of the same name is refused, and changes nothing
    const auto again = f.db.storage->process().addPipeline(renewals());
    QVERIFY(!again);
    QCOMPARE(again.error().message,
             QStringLiteral("There is already a pipeline named \"Renewals\"; rename it, or the "
                            "one to add, first."));
    QCOMPARE(f.db.scalar(QStringLiteral("SELECT COUNT(*) FROM stages")).toInt(), stagesBefore + 6);
    QCOMPARE(f.db.scalar(QStringLiteral("SELECT COUNT(*) FROM pipelines")).toInt(), 2);
}

void TestGateEngine::shouldKeepADealInItsPipeline()
{
    Fixture f;
    const qint64 renewalsId = *f.db.storage->process().addPipeline(renewals());
    QVERIFY(f.pipeline.load());
    // Given a deal in the Renewals pipeline's first stage
    Opportunity o;
    o.title = QStringLiteral("Renewal");
    o.ownerId = f.people[UserRole::Rep];
    o.amount = 500000;
    o.currency = QStringLiteral("USD");
    const QList<Stage> stages = f.pipeline.stagesOf(renewalsId);
    o.stageId = stages.first().id;
    o = *f.db.storage->opportunityStore().createOpportunity(o, f.people[UserRole::Rep]);
    // When it is moved to a stage of the other pipeline, it is refused
    MoveRequest across;
    across.toStageId = f.pipeline.stageNamed(QStringLiteral("Qualify"))->id;
    const auto refused = f.pipeline.move(o, f.people[UserRole::Manager], across);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QLatin1String("stays in its pipeline")),
             qPrintable(refused.error().message));
    // Its gate is its own pipeline's: from Contacted straight to Negotiate skips Qualify only
    o = f.meetGate(o);
    MoveRequest skip;
    skip.toStageId = f.pipeline.stageNamed(QStringLiteral("Negotiate"), renewalsId)->id;
    const auto gate = f.pipeline.check(o, skip.toStageId);
    QVERIFY(gate);
    QVERIFY(gate->refused());
    for (const ExitCriterion &c : std::as_const(gate->unmetRequired))
        QCOMPARE(f.pipeline.stage(c.stageId)->pipelineId, renewalsId);
    // And lost before its own second stage, it is disqualified, named by its own process
    MoveRequest lose;
    lose.toStageId = f.pipeline.stageNamed(QStringLiteral("Closed Lost"), renewalsId)->id;
    lose.closeReason = QStringLiteral("No budget");
    const auto lost = f.pipeline.move(f.fresh(o), f.people[UserRole::Rep], lose);
    QVERIFY2(lost, lost ? "" : qPrintable(lost.error().message));
    QVERIFY(lost->change.disqualified);
    QCOMPARE(f.pipeline.qualificationStageName(o.stageId), QStringLiteral("Qualify"));
}

void TestGateEngine::shouldMoveTheDealsOfARemovedStageWithALedgerRow()
{
    // Given three deals in Propose, one of them deleted
    Fixture f;
    QList<Opportunity> deals;
    for (int i = 0; i < 3; ++i)
        deals.append(f.deal(QStringLiteral("Propose")));
    QVERIFY(f.db.storage->opportunityStore().setOpportunityDeleted(deals.last().id, true));
    const qint64 propose = f.pipeline.stageNamed(QStringLiteral("Propose"))->id;
    const qint64 negotiate = f.pipeline.stageNamed(QStringLiteral("Negotiate"))->id;
    const int rowsBefore = f.ledgerRows();

    // When an admin removes Propose, sending its deals to Negotiate
    const auto moved =
        f.db.storage->process().removeStage(propose, negotiate, f.people[UserRole::Manager]);
    QVERIFY2(moved, moved ? "" : qPrintable(moved.error().message));
    QCOMPARE(moved->size(), 3);
    QVERIFY(f.pipeline.load());

    // Then every deal is in Negotiate, each with a ledger row that says why
    QCOMPARE(f.ledgerRows(), rowsBefore + 3);
    for (const Opportunity &before : std::as_const(deals)) {
        const auto now = f.db.storage->opportunityStore().opportunitiesByIds({before.id})->first();
        QCOMPARE(now.stageId, negotiate);
        QCOMPARE(now.version, before.version + (before.id == deals.last().id ? 2 : 1));
        const StageChange last = f.db.storage->opportunityStore().stageHistory(before.id)->last();
        QCOMPARE(last.fromStageId, std::optional<qint64>(propose));
        QCOMPARE(last.toStageId, negotiate);
        QCOMPARE(last.userId, f.people[UserRole::Manager]);
        QCOMPARE(last.amount, before.amount);
        QCOMPARE(last.processChange,
                 QStringLiteral("Stage \"Propose\" was removed from the process; its deals "
                                "moved to \"Negotiate\"."));
    }
    // And the process no longer has Propose, the stages after it closing up, but its name
    // stays known to the ledger
    const QList<Stage> stages = f.pipeline.stagesOf(f.pipeline.pipelines().first().id);
    QCOMPARE(stages.size(), 6);
    for (int i = 0; i < stages.size(); ++i) {
        QVERIFY(stages.at(i).name != QStringLiteral("Propose"));
        QCOMPARE(stages.at(i).position, i);
    }
    QVERIFY(!f.pipeline.stageNamed(QStringLiteral("Propose")));
    QCOMPARE(f.pipeline.stage(propose)->name, QStringLiteral("Propose"));
    QVERIFY(f.pipeline.stage(propose)->removed);
    // and no deal can be moved there any more
    MoveRequest back;
    back.toStageId = propose;
    QVERIFY(!f.pipeline.move(f.fresh(deals.first()), f.people[UserRole::Manager], back));
}

void TestGateEngine::shouldRefuseARemovalThatLeavesNoWayIn()
{
    Fixture f;
    ProcessDefinition tiny = ProcessDefinition::defaultProcess();
    tiny.name = QStringLiteral("Tiny");
    tiny.stages = {tiny.stages.at(0), tiny.stages.at(5)}; // Identify, Closed Won
    const qint64 id = *f.db.storage->process().addPipeline(tiny);
    QVERIFY(f.pipeline.load());
    const QList<Stage> stages = f.pipeline.stagesOf(id);
    const int rows = f.ledgerRows();
    // The only open stage cannot go
    const auto only = f.db.storage->process().removeStage(stages.at(0).id, stages.at(1).id, 0);
    QVERIFY(!only);
    QCOMPARE(only.error().message,
             QStringLiteral("\"Identify\" is the pipeline's only open stage; add another before "
                            "removing it."));
    // Nor may deals be sent to another pipeline
    const auto across = f.db.storage->process().removeStage(
        stages.at(1).id, f.pipeline.stageNamed(QStringLiteral("Closed Lost"))->id, 0);
    QVERIFY(!across);
    QCOMPARE(across.error().message,
             QStringLiteral("The deals in \"Closed Won\" must go to another stage of the same "
                            "pipeline."));
    QVERIFY(f.pipeline.load());
    QCOMPARE(f.pipeline.stagesOf(id).size(), 2);
    QCOMPARE(f.ledgerRows(), rows);
}

void TestGateEngine::shouldEditAddAndReorderStages()
{
    Fixture f;
    const qint64 pipelineId = f.pipeline.pipelines().first().id;
    const auto names = [&f, pipelineId] {
        QStringList result;
        if (!f.pipeline.load())
            return result;
        const QList<Stage> stages = f.pipeline.stagesOf(pipelineId);
        for (int i = 0; i < stages.size(); ++i) {
            if (stages.at(i).position != i)
                return QStringList{QStringLiteral("position %1 out of order").arg(i)};
            result.append(stages.at(i).name);
        }
        return result;
    };
    // A stage renamed as a state reached, with a new probability and age limit
    Stage qualify = *f.pipeline.stageNamed(QStringLiteral("Qualify"));
    qualify.name = QStringLiteral("Qualified");
    qualify.probability = 30;
    qualify.rotDays = 21;
    QVERIFY(f.db.storage->process().updateStage(qualify));
    QVERIFY(f.pipeline.load());
    const Stage *saved = f.pipeline.stage(qualify.id);
    QCOMPARE(saved->name, QStringLiteral("Qualified"));
    QCOMPARE(saved->probability, 30);
    QCOMPARE(saved->rotDays, std::optional<int>(21));
    // Refusals name what is wrong, and change nothing
    Stage bad = qualify;
    bad.name = QStringLiteral("propose");
    QCOMPARE(f.db.storage->process().updateStage(bad).error().message,
             QStringLiteral("This pipeline already has a stage named \"propose\"."));
    bad = qualify;
    bad.probability = 101;
    QCOMPARE(f.db.storage->process().updateStage(bad).error().message,
             QStringLiteral("Stage \"Qualified\": probability must be from 0 to 100, not 101."));
    bad = qualify;
    bad.name = QStringLiteral("  ");
    QCOMPARE(f.db.storage->process().updateStage(bad).error().message,
             QStringLiteral("A stage needs a name."));
    // A stage added before Propose moves the rest down
    Stage demo;
    demo.pipelineId = pipelineId;
    demo.position = 2;
    demo.name = QStringLiteral("Demonstrated");
    demo.definition = QStringLiteral("The buyer has seen the product solve their problem.");
    demo.ownerRoles = {UserRole::Rep};
    demo.probability = 40;
    const auto added = f.db.storage->process().addStage(demo);
    QVERIFY2(added, added ? "" : qPrintable(added.error().message));
    QCOMPARE(names(), (QStringList{QStringLiteral("Identify"), QStringLiteral("Qualified"),
                                   QStringLiteral("Demonstrated"), QStringLiteral("Propose"),
                                   QStringLiteral("Negotiate"), QStringLiteral("Deliver/Finalize"),
                                   QStringLiteral("Closed Won"), QStringLiteral("Closed Lost")}));
    // And the order can be changed, naming every stage once
    QList<qint64> order;
    for (const Stage &s : f.pipeline.stagesOf(pipelineId))
        order.append(s.id);
    order.move(2, 3); // Demonstrated after Propose
    QVERIFY(f.db.storage->process().reorderStages(pipelineId, order));
    QCOMPARE(names().mid(2, 2),
             (QStringList{QStringLiteral("Propose"), QStringLiteral("Demonstrated")}));
    order.removeLast();
    QCOMPARE(f.db.storage->process().reorderStages(pipelineId, order).error().message,
             QStringLiteral("The new order must name every stage of the pipeline once."));
    QCOMPARE(names().size(), 8);
}

void TestGateEngine::shouldEditAStagesChecklistKeepingTheTicksOfKeptItems()
{
    // Given a deal in Identify with its first two activities ticked and a required criterion met
    Fixture f;
    Opportunity o = f.deal(QStringLiteral("Identify"));
    const qint64 identify = o.stageId;
    const QList<Activity> activities = f.pipeline.activities(identify);
    const QList<ExitCriterion> criteria = f.pipeline.exitCriteria(identify);
    QVERIFY(activities.size() >= 3 && criteria.size() >= 2);
    for (int i = 0; i < 2; ++i)
        o = *f.pipeline.setActivityDone(o, activities.at(i).id, f.people[UserRole::Rep], true, {});
    o = *f.pipeline.answerCriterion(o, criteria.at(1).id, f.people[UserRole::Rep],
                                    CriterionState::Met, {});
    QCOMPARE(o.activitiesDone, 2);

    // When the admin drops the first activity, rewords the second, adds one at the top, and
    // makes the met criterion advisory while dropping the others
    QList<Activity> newActivities = activities.mid(1);
    newActivities[0].text = QStringLiteral("Identify every decision maker");
    newActivities.prepend(Activity{0, identify, 0, QStringLiteral("Read their annual report")});
    QList<ExitCriterion> newCriteria = {criteria.at(1)};
    newCriteria[0].required = false;
    const auto saved =
        f.db.storage->process().setStageGuidance(identify, newActivities, newCriteria);
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
    QVERIFY(f.pipeline.load());

    // Then the stage has them in that order; the kept, reworded activity is still ticked
    const QList<Activity> now = f.pipeline.activities(identify);
    QCOMPARE(now.size(), newActivities.size());
    QCOMPARE(now.at(0).text, QStringLiteral("Read their annual report"));
    QCOMPARE(now.at(1).id, activities.at(1).id);
    QCOMPARE(now.at(1).text, QStringLiteral("Identify every decision maker"));
    const QList<Check> ticks = *f.db.storage->opportunityStore().activityChecks(o.id);
    QCOMPARE(ticks.size(), 1);
    QCOMPARE(ticks.first().itemId, activities.at(1).id);
    QCOMPARE(f.pipeline.exitCriteria(identify).size(), 1);
    QVERIFY(!f.pipeline.exitCriteria(identify).first().required);
    QCOMPARE(f.db.storage->opportunityStore().criterionChecks(o.id)->size(), 1);
    // And the deal's progress is counted again: one activity done, no required criterion
    const Opportunity counted = f.fresh(o);
    QCOMPARE(counted.activitiesDone, 1);
    QCOMPARE(counted.requiredMet, 0);
    QCOMPARE(f.pipeline.requiredCount(identify), 0);

    // An item without text is refused, and nothing changes
    newActivities.append(Activity{0, identify, 0, QStringLiteral("  ")});
    QCOMPARE(f.db.storage->process()
                 .setStageGuidance(identify, newActivities, newCriteria)
                 .error()
                 .message,
             QStringLiteral("A recommended activity needs a text."));
    QVERIFY(f.pipeline.load());
    QCOMPARE(f.pipeline.activities(identify).size(), now.size());
}

void TestGateEngine::shouldRefuseMoveWhenGateUnmet()
{
    // Given a Qualify deal with no criteria met
    Fixture f;
    const Opportunity o = f.deal(QStringLiteral("Qualify"));
    const int rows = f.ledgerRows();
    // When a rep moves it to Propose
    const auto moved = f.pipeline.move(
        o, f.people[UserRole::Rep], {f.pipeline.stageNamed(QStringLiteral("Propose"))->id, {}, {}});
    // Then it is refused, naming the unmet required criteria, and nothing changed
    QVERIFY(!moved);
    QCOMPARE(moved.error().kind, Error::Kind::GateRefused);
    QCOMPARE(moved.error().items,
             QStringList({QStringLiteral("Budget confirmed"),
                          QStringLiteral("Internal champion established (no Champion among the "
                                         "stakeholders)")}));
    QVERIFY(moved.error().message.contains(QStringLiteral("Budget confirmed")));
    QCOMPARE(f.fresh(o).stageId, o.stageId);
    QCOMPARE(f.ledgerRows(), rows);
}

void TestGateEngine::shouldRefuseAQualifyDealWithoutAChampionUntilOneIsAdded()
{
    // Given a Qualify deal whose every criterion answered by hand is met
    Fixture f;
    Opportunity o = f.deal(QStringLiteral("Qualify"));
    for (const ExitCriterion &c : f.pipeline.exitCriteria(o.stageId)) {
        if (c.rule.isEmpty())
            o = *f.pipeline.answerCriterion(o, c.id, f.people[UserRole::Manager],
                                            CriterionState::Met, {});
        else // the rule cannot be answered by hand
            QVERIFY(!f.pipeline.answerCriterion(o, c.id, f.people[UserRole::Manager],
                                                CriterionState::Met, {}));
    }
    const qint64 propose = f.pipeline.stageNamed(QStringLiteral("Propose"))->id;
    // When it is moved to Propose, it is refused, naming the champion, and the checklist says
    // what the rule misses
    auto moved = f.pipeline.move(o, f.people[UserRole::Rep], {propose, {}, {}});
    QVERIFY(!moved);
    QCOMPARE(moved.error().kind, Error::Kind::GateRefused);
    QCOMPARE(moved.error().items,
             QStringList{QStringLiteral(
                 "Internal champion established (no Champion among the stakeholders)")});
    const auto states = f.pipeline.ruleStates(o, f.pipeline.exitCriteria(o.stageId));
    QVERIFY(states && states->size() == 1 && !states->cbegin()->met);
    QVERIFY(f.pipeline.requiredUnmet(o));
    // An influencer is not a champion
    Contact ana;
    ana.name = QStringLiteral("Ana Costa");
    const qint64 anaId = f.db.storage->contacts().addContact(ana)->id;
    const auto roles = *f.db.storage->stakeholders().buyingRoles();
    const auto role = [&](const char *key) {
        for (const BuyingRole &r : roles) {
            if (r.key == QLatin1String(key))
                return r.id;
        }
        return qint64(0);
    };
    QVERIFY(f.db.storage->stakeholders().setStakeholder(
        {o.id, anaId, role("influencer"), Stance::Supporter, Influence::High, 0, 0}));
    QVERIFY(!f.pipeline.move(f.fresh(o), f.people[UserRole::Rep], {propose, {}, {}}));
    // Made the champion, the same deal goes through, with no override in the ledger
    QVERIFY(f.db.storage->stakeholders().setStakeholder(
        {o.id, anaId, role("champion"), Stance::Supporter, Influence::High, 0, 0}));
    o = f.fresh(o);
    QCOMPARE(o.champions, 1);
    QVERIFY(!f.pipeline.requiredUnmet(o));
    moved = f.pipeline.move(o, f.people[UserRole::Rep], {propose, {}, {}});
    QVERIFY2(moved, moved ? "" : qPrintable(moved.error().message));
    QCOMPARE(f.fresh(o).stageId, propose);
    QVERIFY(moved->change.overrideReason.isEmpty());
}

void TestGateEngine::shouldLetManagerOverrideWithReason()
{
    Fixture f;
    const Opportunity o = f.deal(QStringLiteral("Qualify"));
    const qint64 propose = f.pipeline.stageNamed(QStringLiteral("Propose"))->id;
    const auto moved = f.pipeline.move(o, f.people[UserRole::Manager],
                                       {propose, {}, QStringLiteral("CFO confirmed by phone")});
    QVERIFY2(moved, qPrintable(moved ? QString() : moved.error().message));
    QCOMPARE(f.fresh(o).stageId, propose);
    const StageChange last = f.db.storage->opportunityStore().stageHistory(o.id)->last();
    QCOMPARE(last.overrideReason, QStringLiteral("CFO confirmed by phone"));
    QCOMPARE(last.unmetCriteria, QStringList({QStringLiteral("Budget confirmed"),
                                              QStringLiteral("Internal champion established (no "
                                                             "Champion among the stakeholders)")}));
    QCOMPARE(last.userId, f.people[UserRole::Manager]);
    QCOMPARE(last.probability, 50);
}

void TestGateEngine::shouldRefuseOverrideByRep()
{
    Fixture f;
    const Opportunity o = f.deal(QStringLiteral("Qualify"));
    const auto moved = f.pipeline.move(
        o, f.people[UserRole::Rep],
        {f.pipeline.stageNamed(QStringLiteral("Propose"))->id, {}, QStringLiteral("Trust me")});
    QVERIFY(!moved);
    QCOMPARE(moved.error().kind, Error::Kind::NotAllowed);
    QCOMPARE(f.fresh(o).stageId, o.stageId);
}

void TestGateEngine::shouldLetOnlySignOffRoleAnswer_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("rep") << int(UserRole::Rep) << false;
    QTest::newRow("finance") << int(UserRole::Finance) << false;
    QTest::newRow("legal") << int(UserRole::Legal) << true;
    QTest::newRow("manager") << int(UserRole::Manager) << true;
}

void TestGateEngine::shouldLetOnlySignOffRoleAnswer()
{
    QFETCH(int, role);
    QFETCH(bool, allowed);
    Fixture f;
    const Opportunity o = f.deal(QStringLiteral("Negotiate"));
    const qint64 msa = f.criterion(QStringLiteral("MSA, SLA and order form agreed"));
    const auto answered = f.pipeline.answerCriterion(o, msa, f.people[UserRole(role)],
                                                     CriterionState::Met, QStringLiteral("ok"));
    QCOMPARE(bool(answered), allowed);
    const auto checks = *f.db.storage->opportunityStore().criterionChecks(o.id);
    QCOMPARE(checks.size(), allowed ? 1 : 0);
    if (allowed) {
        QCOMPARE(checks.first().userId, f.people[UserRole(role)]);
        QCOMPARE(checks.first().note, QStringLiteral("ok"));
        QVERIFY(checks.first().at > 0);
    } else {
        QCOMPARE(answered.error().kind, Error::Kind::NotAllowed);
        QVERIFY(answered.error().message.contains(QStringLiteral("Legal")));
    }
}

void TestGateEngine::shouldNeedCloseReasonAndRememberNewOnes()
{
    Fixture f;
    const Opportunity o = f.meetGate(f.deal(QStringLiteral("Deliver/Finalize")));
    const qint64 won = f.pipeline.stageNamed(QStringLiteral("Closed Won"))->id;
    const auto bare = f.pipeline.move(o, f.people[UserRole::Rep], {won, {}, {}});
    QVERIFY(!bare);
    QCOMPARE(bare.error().kind, Error::Kind::NeedsCloseReason);
    const auto moved = f.pipeline.move(o, f.people[UserRole::Rep],
                                       {won, QStringLiteral("Champion moved fast"), {}});
    QVERIFY2(moved, qPrintable(moved ? QString() : moved.error().message));
    QCOMPARE(f.fresh(o).closeReason, QStringLiteral("Champion moved fast"));
    QCOMPARE(f.db.storage->opportunityStore().stageHistory(o.id)->last().closeReason,
             QStringLiteral("Champion moved fast"));
    QVERIFY(f.db.storage->process()
                .closeReasons(StageKind::Won)
                ->contains(QStringLiteral("Champion moved fast")));
    QVERIFY(!f.fresh(o).disqualified);
}

void TestGateEngine::shouldRecordDisqualifiedWhenLostBeforeQualify()
{
    Fixture f;
    const qint64 lost = f.pipeline.stageNamed(QStringLiteral("Closed Lost"))->id;
    const Opportunity early = f.deal(QStringLiteral("Identify"));
    const auto dropped =
        f.pipeline.move(early, f.people[UserRole::Rep], {lost, QStringLiteral("Not a fit"), {}});
    QVERIFY(dropped);
    QVERIFY(f.fresh(early).disqualified);
    QVERIFY(f.db.storage->opportunityStore().stageHistory(early.id)->last().disqualified);
    QVERIFY(dropped->warnings.join(QString()).contains(QStringLiteral("Disqualified")));

    const Opportunity later = f.deal(QStringLiteral("Qualify"));
    const auto lostLater =
        f.pipeline.move(later, f.people[UserRole::Rep], {lost, QStringLiteral("No budget"), {}});
    QVERIFY(lostLater);
    QVERIFY(!f.fresh(later).disqualified);

    // Reopened, a deal is no longer disqualified
    const auto reopened =
        f.pipeline.move(f.fresh(early), f.people[UserRole::Rep],
                        {f.pipeline.stageNamed(QStringLiteral("Identify"))->id, {}, {}});
    QVERIFY(reopened);
    QVERIFY(!f.fresh(early).disqualified);
    QVERIFY(f.fresh(early).closeReason.isEmpty());
}

void TestGateEngine::shouldWarnWhenDealKillerAnsweredNo()
{
    Fixture f;
    Opportunity o = f.meetGate(f.deal(QStringLiteral("Identify")));
    const qint64 revenue = f.criterion(QStringLiteral("Prospect has at least $50M annual revenue"));
    o = *f.pipeline.answerCriterion(o, revenue, f.people[UserRole::Rep], CriterionState::Failed,
                                    QStringLiteral("$12M"));
    // A question that is not a knock-out cannot be answered "no"
    QVERIFY(!f.pipeline.answerCriterion(
        o, f.criterion(QStringLiteral("Initial meeting held with a decision maker or influencer")),
        f.people[UserRole::Rep], CriterionState::Failed, {}));
    const auto moved = f.pipeline.move(
        o, f.people[UserRole::Rep], {f.pipeline.stageNamed(QStringLiteral("Qualify"))->id, {}, {}});
    QVERIFY(moved);
    QVERIFY(moved->warnings.join(QString()).contains(QStringLiteral("Deal killer")));
    QVERIFY(moved->warnings.join(QString()).contains(QStringLiteral("$50M")));
}

void TestGateEngine::shouldRefuseMoveFromStaleCopy()
{
    Fixture f;
    // A deal whose gate is met, read before someone answered another of its questions
    const Opportunity stale = f.meetGate(f.deal(QStringLiteral("Identify")));
    QVERIFY(f.pipeline.answerCriterion(
        stale, f.criterion(QStringLiteral("Prospect has at least $50M annual revenue")),
        f.people[UserRole::Rep], CriterionState::Met, {})); // bumps the stored version
    const auto moved =
        f.pipeline.move(stale, f.people[UserRole::Rep],
                        {f.pipeline.stageNamed(QStringLiteral("Qualify"))->id, {}, {}});
    QVERIFY(!moved);
    QCOMPARE(moved.error().kind, Error::Kind::Conflict);
}

void TestGateEngine::shouldCountProgressInCurrentStage()
{
    Fixture f;
    Opportunity o = f.deal(QStringLiteral("Propose"));
    const QList<Activity> activities =
        f.pipeline.activities(f.pipeline.stageNamed(QStringLiteral("Propose"))->id);
    QCOMPARE(activities.size(), 6);
    o = *f.pipeline.setActivityDone(o, activities[0].id, f.people[UserRole::Rep], true, {});
    o = *f.pipeline.setActivityDone(o, activities[3].id, f.people[UserRole::Rep], true,
                                    QStringLiteral("sent v2"));
    QCOMPARE(o.activitiesDone, 2);
    o = *f.pipeline.setActivityDone(o, activities[0].id, f.people[UserRole::Rep], false, {});
    QCOMPARE(o.activitiesDone, 1);
    QCOMPARE(f.db.storage->opportunityStore().activityChecks(o.id)->first().note,
             QStringLiteral("sent v2"));
    o = f.meetGate(o);
    QCOMPARE(o.requiredMet, f.pipeline.requiredCount(o.stageId));
}

QTEST_GUILESS_MAIN(TestGateEngine)
#include "tst_gateengine.moc"
