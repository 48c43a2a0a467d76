// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/boardmodel.h"
#include "itemmodels/roles.h"
#include "itemmodels/stagechecklistmodel.h"
#include "meetgate.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Stageboard;
using Stageboard::Test::TestDatabase;

namespace {

struct Fixture
{
    TestDatabase db;
    BoardModel board{db.storage->opportunityStore(), db.storage->process(),
                     db.storage->directory()};
    QHash<UserRole, qint64> people;
    qint64 dealId = 0;

    explicit Fixture(const QString &stageName)
    {
        for (auto [role, name] :
             {std::pair{UserRole::Rep, "Rita Rep"}, std::pair{UserRole::Manager, "Mona Manager"},
              std::pair{UserRole::Legal, "Lee Legal"}})
            people.insert(
                role, *db.storage->directory().addUser({0, QString::fromLatin1(name), role, {}}));
        board.service().setEvidenceSource(&db.storage->evidence());
        if (!board.service().reload())
            qFatal("Cannot load the board");
        board.service().setCurrentUserId(people[UserRole::Rep]);
        Opportunity o;
        o.title = QStringLiteral("Deal");
        o.ownerId = people[UserRole::Rep];
        o.currency = QStringLiteral("USD");
        o.closeDate = QDate(2027, 1, 31);
        o.stageId = board.service().gateEngine().stageNamed(stageName)->id;
        dealId = board.service().createOpportunity(o)->id;
    }
};

int rowOf(const QAbstractItemModel &model, const QString &textStart)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data().toString().startsWith(textStart))
            return row;
    }
    return -1;
}

} // namespace

class TestStageChecklistModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldListCurrentStageActivitiesAndTickThem();
    void shouldShowCardProgressAndUnmetMarker();
    void shouldRefuseRepSigningOffForLegal();
    void shouldFollowDealToItsNewStage();
};

void TestStageChecklistModel::shouldListCurrentStageActivitiesAndTickThem()
{
    // Given a Propose deal's checklist
    Fixture f(QStringLiteral("Propose"));
    StageChecklistModel model(&f.board, StageChecklistModel::Kind::Activities);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setOpportunity(f.dealId);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.index(3).data().toString(), QStringLiteral("Generate the formal quote"));
    QCOMPARE(model.index(3).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);

    // When the rep ticks an item and adds a note
    QVERIFY(model.setData(model.index(3), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model.setData(model.index(3), QStringLiteral("v2 sent"), CheckNoteRole));

    // Then it shows as done, by whom and with the note, and the file has it
    QCOMPARE(model.index(3).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QCOMPARE(model.index(3).data(CheckedByRole).toString(), QStringLiteral("Rita Rep"));
    QVERIFY(model.index(3).data(CheckedAtRole).toDateTime().isValid());
    QCOMPARE(model.index(3).data(CheckNoteRole).toString(), QStringLiteral("v2 sent"));
    QVERIFY(model.index(3).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Rita Rep")));
    QCOMPARE(f.db.storage->opportunityStore().activityChecks(f.dealId)->size(), 1);
    QCOMPARE(model.checkedCount(), 1);

    // And unticking removes it
    QVERIFY(model.setData(model.index(3), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(f.db.storage->opportunityStore().activityChecks(f.dealId)->size(), 0);
}

void TestStageChecklistModel::shouldShowCardProgressAndUnmetMarker()
{
    Fixture f(QStringLiteral("Qualify"));
    StageChecklistModel activities(&f.board, StageChecklistModel::Kind::Activities);
    StageChecklistModel criteria(&f.board, StageChecklistModel::Kind::Criteria);
    QAbstractItemModelTester tester(&criteria,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    activities.setOpportunity(f.dealId);
    criteria.setOpportunity(f.dealId);
    const auto card = [&] { return f.board.opportunityIndex(f.dealId); };
    QCOMPARE(card().data(ActivitiesDoneRole).toInt(), 0);
    QCOMPARE(card().data(ActivityCountRole).toInt(), 7);
    QVERIFY(card().data(RequiredUnmetRole).toBool());

    QVERIFY(activities.setData(activities.index(0), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(activities.setData(activities.index(2), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(card().data(ActivitiesDoneRole).toInt(), 2);

    // A criterion that checks itself cannot be ticked; the others can
    for (int row = 0; row < criteria.rowCount(); ++row) {
        const QModelIndex c = criteria.index(row);
        if (!c.data(RuleRole).toString().isEmpty()) {
            QVERIFY(!(criteria.flags(c) & Qt::ItemIsUserCheckable));
            QVERIFY(!criteria.setData(c, Qt::Checked, Qt::CheckStateRole));
            QVERIFY(!c.data(RuleMissingRole).toString().isEmpty());
            QCOMPARE(c.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        } else if (c.data(RequiredRole).toBool()) {
            QVERIFY(criteria.setData(c, Qt::Checked, Qt::CheckStateRole));
        }
    }
    // Its rule is still unmet, so the card still says so, until the deal has its people
    QVERIFY(card().data(RequiredUnmetRole).toBool());
    Stageboard::Test::meetGate(*f.db.storage, f.board.service(), f.dealId);
    criteria.setOpportunity(f.dealId);
    for (int row = 0; row < criteria.rowCount(); ++row) {
        if (criteria.index(row).data(RequiredRole).toBool())
            QCOMPARE(criteria.index(row).data(Qt::CheckStateRole).value<Qt::CheckState>(),
                     Qt::Checked);
    }
    QVERIFY(!card().data(RequiredUnmetRole).toBool());
}

void TestStageChecklistModel::shouldRefuseRepSigningOffForLegal()
{
    // Given a Negotiate deal, whose MSA criterion needs legal's sign-off
    Fixture f(QStringLiteral("Negotiate"));
    StageChecklistModel model(&f.board, StageChecklistModel::Kind::Criteria);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setOpportunity(f.dealId);
    const int msa = rowOf(model, QStringLiteral("MSA, SLA and order form agreed"));
    QVERIFY(msa >= 0);
    QCOMPARE(model.index(msa).data(SignOffRole).toString(), QStringLiteral("Legal"));
    QSignalSpy errors(&model, &StageChecklistModel::errorOccurred);

    // A rep sees it, but cannot tick it
    QVERIFY(!(model.flags(model.index(msa)) & Qt::ItemIsEnabled));
    QVERIFY(!model.setData(model.index(msa), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().first().toString().contains(QStringLiteral("Legal")));
    QCOMPARE(f.db.storage->opportunityStore().criterionChecks(f.dealId)->size(), 0);

    // Legal can
    f.board.service().setCurrentUserId(f.people[UserRole::Legal]);
    QVERIFY(model.flags(model.index(msa)) & Qt::ItemIsEnabled);
    QVERIFY(model.setData(model.index(msa), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(model.index(msa).data(CheckedByRole).toString(), QStringLiteral("Lee Legal"));
}

void TestStageChecklistModel::shouldFollowDealToItsNewStage()
{
    Fixture f(QStringLiteral("Negotiate"));
    StageChecklistModel model(&f.board, StageChecklistModel::Kind::Activities);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setOpportunity(f.dealId);
    QCOMPARE(model.index(0).data().toString(),
             QStringLiteral("Share the MSA, SLA and order form with the customer's legal team"));
    QVERIFY(f.board.service().moveToStage(
        f.dealId, f.board.service().gateEngine().stageNamed(QStringLiteral("Qualify"))->id));
    QCOMPARE(model.rowCount(), 7);
    QVERIFY(model.index(0).data().toString().startsWith(QStringLiteral("Map the needs")));
    QVERIFY(f.board.service().removeOpportunity(f.dealId));
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestStageChecklistModel)
#include "tst_stagechecklistmodel.moc"
