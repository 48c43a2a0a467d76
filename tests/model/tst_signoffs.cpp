// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/money.h"
#include "itemmodels/boardmodel.h"
#include "itemmodels/roles.h"
#include "itemmodels/waitingmodel.h"
#include "services/gateengine.h"
#include "storage/sqlstorage.h"
#include "testdatabase.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Stageboard;
using Stageboard::Test::loadFixture;
using Stageboard::Test::TestDatabase;

namespace {

/// A team whose "Plant manager" signs off "Delivery dates confirmed" before a deal leaves
/// Negotiate, from 50,000 up, again when the close date moves, never on their own deal.
struct Plant
{
    TestDatabase db;
    GateEngine pipeline{db.storage->opportunityStore(), db.storage->process(),
                        db.storage->directory()};
    qint64 rita = 0;     ///< a rep who owns the deals, and a member of the plant manager role
    qint64 pat = 0;      ///< the plant manager: permission level rep
    qint64 ola = 0;      ///< a rep, not a member
    qint64 mona = 0;     ///< a manager
    qint64 delivery = 0; ///< the criterion
    qint64 negotiate = 0;
    qint64 deliver = 0;

    Plant()
    {
        Directory &directory = db.storage->directory();
        rita = *directory.addUser({0, QStringLiteral("Rita Rep"), UserRole::Rep, {}});
        pat = *directory.addUser({0, QStringLiteral("Pat Plant"), UserRole::Rep, {}});
        ola = *directory.addUser({0, QStringLiteral("Ola Other"), UserRole::Rep, {}});
        mona = *directory.addUser({0, QStringLiteral("Mona Manager"), UserRole::Manager, {}});
        // The default process has the role, and the criterion in Negotiate: Pat and Rita
        // hold it, and it is asked from 50,000 up, again when the close date moves, never
        // by the deal's owner
        TeamRole plant;
        const QList<TeamRole> roles = *directory.teamRoles();
        for (const TeamRole &r : roles) {
            if (r.name == QLatin1String("Plant manager"))
                plant = r;
        }
        plant.memberIds = {pat, rita};
        if (!plant.id || !directory.saveTeamRole(plant))
            qFatal("Cannot make Pat and Rita plant managers");
        if (!pipeline.load())
            qFatal("Cannot load the pipeline");
        negotiate = pipeline.stageNamed(QStringLiteral("Negotiate"))->id;
        deliver = pipeline.stageNamed(QStringLiteral("Deliver/Finalize"))->id;
        QList<ExitCriterion> criteria = pipeline.exitCriteria(negotiate);
        const auto byPlant = std::find_if(criteria.begin(), criteria.end(), [](const auto &c) {
            return c.signOff && c.signOff->role == QLatin1String("Plant manager");
        });
        if (byPlant == criteria.end())
            qFatal("The default process has no plant manager's sign-off in Negotiate");
        ExitCriterion &c = *byPlant;
        c.text = QStringLiteral("Delivery dates confirmed");
        c.signOff->minAmount = 5'000'000;
        c.signOff->reopenOn = {QStringLiteral("close_date")};
        c.signOff->notOwnDeal = true;
        if (!db.storage->process().setStageGuidance(negotiate, pipeline.activities(negotiate),
                                                    criteria))
            qFatal("Cannot add the criterion");
        if (!pipeline.load())
            qFatal("Cannot load the pipeline");
        const QList<ExitCriterion> stored = pipeline.exitCriteria(negotiate);
        for (const ExitCriterion &e : stored) {
            if (e.text == QLatin1String("Delivery dates confirmed"))
                delivery = e.id;
        }
    }

    /// Rita's deal in Negotiate of this amount, every other required criterion met.
    Opportunity deal(Cents amount)
    {
        Opportunity o;
        o.title = QStringLiteral("Line 4 retrofit");
        o.ownerId = rita;
        o.amount = amount;
        o.currency = QStringLiteral("EUR");
        o.closeDate = QDate(2027, 6, 30);
        o.stageId = negotiate;
        o = *db.storage->opportunityStore().createOpportunity(o, rita);
        const QList<ExitCriterion> criteria = pipeline.exitCriteria(negotiate);
        for (const ExitCriterion &c : criteria) {
            if (c.required && c.id != delivery && c.rule.isEmpty())
                o = *pipeline.answerCriterion(o, c.id, mona, CriterionState::Met, {});
        }
        return o;
    }

    QStringList unmetToDeliver(const Opportunity &o)
    {
        QStringList texts;
        const GateResult gate = *pipeline.check(o, deliver);
        for (const ExitCriterion &c : gate.unmetRequired)
            texts.append(c.text);
        return texts;
    }

    QList<qint64> waitingOn(qint64 userId)
    {
        QList<qint64> ids;
        const QList<PendingSignOff> waiting = *db.storage->signOffs().waitingOn(userId);
        for (const PendingSignOff &p : waiting)
            ids.append(p.opportunityId);
        return ids;
    }

    /// The log of the plant manager's sign-off on the deal (Legal's, given in deal(), aside).
    QStringList log(qint64 dealId)
    {
        QStringList entries;
        const QList<SignOffDecision> decisions = *db.storage->signOffs().decisions(dealId);
        for (const SignOffDecision &d : decisions) {
            if (d.criterionId != delivery)
                continue;
            const User *u = pipeline.user(d.userId);
            entries.append(QStringLiteral("%1 %2 %3 %4>%5 %6")
                               .arg(signOffDecisionKey(d.kind), u ? u->name : QStringLiteral("-"),
                                    d.field, d.oldValue, d.newValue, d.comment)
                               .trimmed());
        }
        return entries;
    }

    Opportunity stored(qint64 id) { return *db.storage->opportunityStore().opportunity(id); }
};

} // namespace

/// Sign-offs that fit the deal: asked from an amount up, by a role's members, not by the
/// deal's owner, re-opened by a change to what they vouched for, every decision logged; and
/// the list of what waits on whom. On both engines.
class TestSignOffs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldAskForASignOffOnlyFromItsThreshold_data();
    void shouldAskForASignOffOnlyFromItsThreshold();
    void shouldReopenASignOffWhenTheCloseDateMoves();
    void shouldRefuseTheOwnersOwnSignOffAndANonMembers();
    void shouldKeepARejectionWithItsComment();
    void shouldTurnTheOldSignOffLevelsIntoRolesInTheUpgrade();
    void shouldListWhatWaitsAndFollowChangesWithoutAReset();
    void shouldListTheDealsInTheStagesOnesRolesOwn();
    void shouldShowAnotherPersonsReopeningLive();
};

void TestSignOffs::shouldAskForASignOffOnlyFromItsThreshold_data()
{
    QTest::addColumn<qlonglong>("amount");
    QTest::addColumn<bool>("asked");
    QTest::newRow("a cent below") << qlonglong(4'999'999) << false;
    QTest::newRow("at the threshold") << qlonglong(5'000'000) << true;
    QTest::newRow("above") << qlonglong(5'000'001) << true;
    QTest::newRow("nothing yet") << qlonglong(0) << false;
}

void TestSignOffs::shouldAskForASignOffOnlyFromItsThreshold()
{
    QFETCH(qlonglong, amount);
    QFETCH(bool, asked);
    // Given a deal of this amount in Negotiate, everything else met
    Plant f;
    const Opportunity o = f.deal(amount);

    // Then the gate to Deliver/Finalize asks for the plant manager's sign-off from 50,000 up,
    // the card says so, and the deal waits on the plant manager
    QCOMPARE(f.unmetToDeliver(o).contains(QStringLiteral("Delivery dates confirmed")), asked);
    QCOMPARE(f.unmetToDeliver(o).size(), asked ? 1 : 0);
    QCOMPARE(f.pipeline.requiredUnmet(o), asked);
    QCOMPARE(f.waitingOn(f.pat).contains(o.id), asked);
    // (and not on Ola, who does not hold the role)
    QVERIFY(!f.waitingOn(f.ola).contains(o.id));

    // And when the amount is raised past it, it is asked; the card counts it
    Opportunity raised = o;
    raised.amount = 5'000'000;
    raised = *f.db.storage->opportunityStore().updateOpportunity(raised);
    QVERIFY(f.pipeline.requiredUnmet(raised));
    QVERIFY(f.waitingOn(f.pat).contains(o.id));
    // A sign-off below the threshold is refused: there is nothing to sign
    if (!asked) {
        const auto answered =
            f.pipeline.answerCriterion(o, f.delivery, f.pat, CriterionState::Met, {});
        QVERIFY(!answered);
    }
}

void TestSignOffs::shouldReopenASignOffWhenTheCloseDateMoves()
{
    // Given a 60,000 deal the plant manager signed off
    Plant f;
    Opportunity o = f.deal(6'000'000);
    QVERIFY(f.pipeline.requiredUnmet(o));
    const auto signedOff = f.pipeline.answerCriterion(o, f.delivery, f.pat, CriterionState::Met,
                                                      QStringLiteral("Line 4 has the capacity"));
    QVERIFY2(signedOff, qPrintable(signedOff ? QString() : signedOff.error().message));
    o = *signedOff;
    QVERIFY(f.unmetToDeliver(o).isEmpty());
    QVERIFY(!f.pipeline.requiredUnmet(o));
    QVERIFY(!f.waitingOn(f.pat).contains(o.id));

    // When the rep changes the next step and the amount, which it did not vouch for
    o.nextStep = QStringLiteral("Send the order form");
    o.amount = 6'500'000;
    o = *f.db.storage->opportunityStore().updateOpportunity(o);
    // Then it stands
    QVERIFY(f.unmetToDeliver(o).isEmpty());

    // When the rep moves the close date
    o.closeDate = QDate(2027, 8, 31);
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    o = *f.db.storage->opportunityStore().updateOpportunity(o);

    // Then the sign-off is open again, the deal waits on the plant manager once more (since
    // now), and the log says what changed
    QCOMPARE(f.unmetToDeliver(o), QStringList{QStringLiteral("Delivery dates confirmed")});
    QVERIFY(f.pipeline.requiredUnmet(o));
    QCOMPARE(f.stored(o.id).requiredMet, o.requiredMet);
    const QList<PendingSignOff> waiting = *f.db.storage->signOffs().waitingOn(f.pat);
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting.first().opportunityId, o.id);
    QCOMPARE(waiting.first().role, QStringLiteral("Plant manager"));
    QVERIFY(waiting.first().waitingSince >= before);
    QCOMPARE(f.log(o.id), QStringList({QStringLiteral("approved Pat Plant  > Line 4 has the "
                                                      "capacity"),
                                       QStringLiteral("reopened - close_date "
                                                      "2027-06-30>2027-08-31")}));
}

void TestSignOffs::shouldRefuseTheOwnersOwnSignOffAndANonMembers()
{
    // Given Rita's deal: Rita holds the role, but the criterion refuses the owner
    Plant f;
    const Opportunity o = f.deal(6'000'000);
    QVERIFY(!f.waitingOn(f.rita).contains(o.id));
    const auto own = f.pipeline.answerCriterion(o, f.delivery, f.rita, CriterionState::Met, {});
    QVERIFY(!own);
    QCOMPARE(own.error().kind, Error::Kind::NotAllowed);
    QVERIFY2(own.error().message.contains(QStringLiteral("own deal")),
             qPrintable(own.error().message));

    // And Ola, who does not hold it, may not either
    const auto other = f.pipeline.answerCriterion(o, f.delivery, f.ola, CriterionState::Met, {});
    QVERIFY(!other);
    QCOMPARE(other.error().kind, Error::Kind::NotAllowed);
    QVERIFY2(other.error().message.contains(QStringLiteral("not a member of Plant manager")),
             qPrintable(other.error().message));
    QVERIFY(f.log(o.id).isEmpty());

    // But a manager may, and withdrawing it is logged as the manager's
    auto managed = f.pipeline.answerCriterion(o, f.delivery, f.mona, CriterionState::Met, {});
    QVERIFY(managed);
    managed = f.pipeline.answerCriterion(*managed, f.delivery, f.mona, CriterionState::Open,
                                         QStringLiteral("Asked too early"));
    QVERIFY(managed);
    QCOMPARE(f.log(o.id), QStringList({QStringLiteral("approved Mona Manager  >"),
                                       QStringLiteral("withdrawn Mona Manager  > Asked too "
                                                      "early")}));
    QVERIFY(f.waitingOn(f.pat).contains(o.id));
}

void TestSignOffs::shouldKeepARejectionWithItsComment()
{
    // Given a deal waiting on the plant manager
    Plant f;
    Opportunity o = f.deal(6'000'000);

    // When the plant manager rejects it without a word, it is refused
    QVERIFY(!f.pipeline.answerCriterion(o, f.delivery, f.pat, CriterionState::Failed, {}));

    // When with a reason, it is kept as rejected: the gate still refuses, the deal no longer
    // waits on the plant manager (it is the rep's turn)
    const auto rejected = f.pipeline.answerCriterion(o, f.delivery, f.pat, CriterionState::Failed,
                                                     QStringLiteral("No slot before August"));
    QVERIFY2(rejected, qPrintable(rejected ? QString() : rejected.error().message));
    o = *rejected;
    QCOMPARE(f.unmetToDeliver(o), QStringList{QStringLiteral("Delivery dates confirmed")});
    QVERIFY(!f.waitingOn(f.pat).contains(o.id));
    const QList<Check> checks = *f.db.storage->opportunityStore().criterionChecks(o.id);
    const auto check = std::find_if(checks.cbegin(), checks.cend(),
                                    [&](const Check &c) { return c.itemId == f.delivery; });
    QVERIFY(check != checks.cend());
    QCOMPARE(check->state, CriterionState::Failed);

    // When the rep moves the close date as asked, it waits on the plant manager again
    o.closeDate = QDate(2027, 9, 15);
    o = *f.db.storage->opportunityStore().updateOpportunity(o);
    QVERIFY(f.waitingOn(f.pat).contains(o.id));
    QCOMPARE(f.log(o.id),
             QStringList({QStringLiteral("rejected Pat Plant  > No slot before August"),
                          QStringLiteral("reopened - close_date 2027-06-30>2027-09-15")}));
}

void TestSignOffs::shouldTurnTheOldSignOffLevelsIntoRolesInTheUpgrade()
{
    SQLITE_ONLY();
    // Given a version 10 file, whose criteria name a permission level to sign them off
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v10.sqlite"));
    QVERIFY(loadFixture(QStringLiteral("schema-v10.sql"), path));
    int legalBefore = 0;
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v10"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM exit_criteria WHERE signoff_role = "
                                      "'legal'")));
        QVERIFY(q.next());
        legalBefore = q.value(0).toInt();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v10"));
    QVERIFY(legalBefore > 0);

    // When it is upgraded
    auto opened = SqlStorage::openSqlite(path);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));

    // Then those criteria are signed off by the role "Legal", whose members the legal users are
    const QList<ExitCriterion> criteria = *(*opened)->process().exitCriteria();
    const int legalAfter = int(std::count_if(criteria.cbegin(), criteria.cend(), [](auto &c) {
        return c.signOff && c.signOff->role == QLatin1String("Legal") && c.signOff->roleId > 0;
    }));
    QCOMPARE(legalAfter, legalBefore);
    QVERIFY(std::any_of(criteria.cbegin(), criteria.cend(), [](auto &c) {
        return c.signOff && c.signOff->role == QLatin1String("Finance");
    }));
    QVERIFY((*opened)->signOffs().decisions(1)->isEmpty());
}

void TestSignOffs::shouldListTheDealsInTheStagesOnesRolesOwn()
{
    // Given Propose owned by the plant manager and a "Supply team" Pat also holds, and
    // Negotiate by the plant manager too, who signs off a criterion there
    Plant f;
    Directory &directory = f.db.storage->directory();
    QVERIFY(directory.saveTeamRole({0, QStringLiteral("Supply team"), {}, {f.pat}}));
    for (const QString &name : {QStringLiteral("Propose"), QStringLiteral("Negotiate")}) {
        Stage stage = *f.pipeline.stageNamed(name);
        stage.ownerTeams.append(QStringLiteral("Plant manager"));
        if (name == QLatin1String("Propose"))
            stage.ownerTeams.append(QStringLiteral("Supply team"));
        QVERIFY(f.db.storage->process().updateStage(stage));
    }
    QVERIFY(f.pipeline.load());
    const qint64 propose = f.pipeline.stageNamed(QStringLiteral("Propose"))->id;
    Opportunity proposal;
    proposal.title = QStringLiteral("Line 5 scoping");
    proposal.ownerId = f.rita;
    proposal.amount = 2'000'000;
    proposal.currency = QStringLiteral("EUR");
    proposal.closeDate = QDate(2027, 9, 30);
    proposal.stageId = propose;
    proposal = *f.db.storage->opportunityStore().createOpportunity(proposal, f.rita);
    // (and a deal in Negotiate below the sign-off's threshold: nothing for Pat to sign)
    const Opportunity small = f.deal(1'000'000);

    // When Pat looks, the Propose deal waits on them once, as the stage's owner, without a
    // criterion; the small Negotiate deal does not (the role's work there is its sign-off)
    const QList<PendingSignOff> pats = *f.db.storage->signOffs().waitingOn(f.pat);
    QCOMPARE(pats.size(), 1);
    QCOMPARE(pats.first().opportunityId, proposal.id);
    QCOMPARE(pats.first().criterionId, 0);
    QCOMPARE(pats.first().stageId, propose);
    QVERIFY(pats.first().role == QLatin1String("Plant manager") ||
            pats.first().role == QLatin1String("Supply team"));
    QVERIFY(!f.waitingOn(f.pat).contains(small.id));
    // And not on Ola, who holds neither role
    QVERIFY(!f.waitingOn(f.ola).contains(proposal.id));

    // When it moves on to Negotiate, from 50,000 up, it waits for the sign-off instead
    Opportunity raised = *f.db.storage->opportunityStore().opportunity(proposal.id);
    raised.amount = 6'000'000;
    raised = *f.db.storage->opportunityStore().updateOpportunity(raised);
    StageChange change;
    change.opportunityId = raised.id;
    change.fromStageId = propose;
    change.toStageId = f.negotiate;
    change.userId = f.rita;
    change.at = QDateTime::currentSecsSinceEpoch();
    change.amount = raised.amount;
    change.probability = 75;
    change.closeDate = raised.closeDate;
    const auto moved = f.db.storage->opportunityStore().moveOpportunity(change, raised.version);
    QVERIFY2(moved, moved ? "" : qPrintable(moved.error().message));
    const QList<PendingSignOff> after = *f.db.storage->signOffs().waitingOn(f.pat);
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.first().criterionId, f.delivery);
}

void TestSignOffs::shouldListWhatWaitsAndFollowChangesWithoutAReset()
{
    // Given two deals waiting on the plant manager, the older first, and a small one not
    Plant f;
    const Opportunity older = f.deal(6'000'000);
    QTest::qWait(1100); // a second apart: "waiting since" counts in seconds
    const Opportunity newer = f.deal(7'000'000);
    f.deal(1'000'000);
    BoardModel board{f.db.storage->opportunityStore(), f.db.storage->process(),
                     f.db.storage->directory()};
    QVERIFY(board.service().reload());
    board.service().setCurrentUserId(f.pat);
    WaitingModel model(board.service(), f.db.storage->signOffs());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy counts(&model, &WaitingModel::countChanged);

    // When Pat looks
    QVERIFY(model.setUser(f.pat));
    // Then both are listed, longest waiting first, with stage, sign-off, role and amount
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, WaitingModel::DealColumn).data(OpportunityIdRole).toLongLong(),
             older.id);
    QCOMPARE(model.index(1, WaitingModel::DealColumn).data(OpportunityIdRole).toLongLong(),
             newer.id);
    QCOMPARE(model.index(0, WaitingModel::StageColumn).data().toString(),
             QStringLiteral("Negotiate"));
    QCOMPARE(model.index(0, WaitingModel::CriterionColumn).data().toString(),
             QStringLiteral("Delivery dates confirmed"));
    QCOMPARE(model.index(0, WaitingModel::RoleColumn).data().toString(),
             QStringLiteral("Plant manager"));
    QCOMPARE(model.index(0, WaitingModel::AmountColumn).data().toString(),
             formatMoney(6'000'000, QStringLiteral("EUR")));
    QCOMPARE(model.index(0, WaitingModel::WaitingColumn).data().toString(),
             QStringLiteral("today"));
    model.setNow(QDateTime::currentSecsSinceEpoch() + 3 * 86400 + 60);
    // (in days; the words are the translation's)
    QVERIFY(model.index(0, WaitingModel::WaitingColumn)
                .data()
                .toString()
                .startsWith(QLatin1String("3 ")));

    // When Pat signs off the first, it leaves; rejecting the second needs a reason
    QVERIFY(model.answer(0, true, {}));
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!model.answer(0, false, QStringLiteral("  ")));
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.answer(0, false, QStringLiteral("No slot in June")));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(counts.last().first().toInt(), 0);

    // When the rep moves the rejected deal's close date, it comes back on its own
    board.service().setCurrentUserId(f.rita);
    Opportunity moved = *board.service().opportunity(newer.id);
    moved.closeDate = QDate(2027, 9, 1);
    QSignalSpy warned(&board.service(), &BoardService::moveWarned);
    QSignalSpy checks(&board.service(), &BoardService::checksChanged);
    QVERIFY(board.service().updateOpportunity(moved));
    // (the rep is told, and an open checklist reads it again)
    QCOMPARE(warned.size(), 1);
    QVERIFY2(warned.first().at(1).toStringList().join(QString()).contains(
                 QLatin1String("Delivery dates confirmed")),
             qPrintable(warned.first().at(1).toStringList().join(QString())));
    QCOMPARE(checks.size(), 1);
    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(OpportunityIdRole).toLongLong(), newer.id);
    // And nothing of it reset the list
    QCOMPARE(resets.size(), 0);
}

void TestSignOffs::shouldShowAnotherPersonsReopeningLive()
{
    Plant f;
    if (!f.db.server)
        QSKIP("A file announces no changes: the list is read again at the next open.");
    // Given Pat's Waiting on me, with nothing left to sign
    Opportunity o = f.deal(6'000'000);
    o = *f.pipeline.answerCriterion(o, f.delivery, f.pat, CriterionState::Met, {});
    auto workspace = Workspace::open(f.db.location);
    QVERIFY(workspace);
    BoardService &board = (*workspace)->boardService();
    board.setCurrentUserId(f.pat);
    WaitingModel model(board, (*workspace)->signOffs());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setUser(f.pat));
    QCOMPARE(model.rowCount(), 0);

    // When the rep, on their own connection, moves the close date
    auto other = f.db.openAgain();
    Opportunity theirs = *other->opportunityStore().opportunity(o.id);
    theirs.closeDate = QDate(2027, 10, 1);
    QVERIFY(other->opportunityStore().updateOpportunity(theirs));

    // Then it waits on Pat again, without Pat doing anything
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, 5000);
    QCOMPARE(model.index(0, 0).data(OpportunityIdRole).toLongLong(), o.id);
}

QTEST_GUILESS_MAIN(TestSignOffs)
#include "tst_signoffs.moc"
