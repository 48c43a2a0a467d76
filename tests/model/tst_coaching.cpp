// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/boardservice.h"
#include "services/coaching.h"
#include "storage/sqlstorage.h"
#include "testdatabase.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Stageboard;
using Stageboard::Test::TestDatabase;

namespace {

constexpr qint64 day = 86400;

/// Two reps and a manager over one workspace on the default process, whose Qualify stage
/// flags a deal after 7 days.
struct Team
{
    TestDatabase db;
    std::unique_ptr<Workspace> workspace;
    qint64 rita = 0;
    qint64 rob = 0;
    qint64 mona = 0;
    qint64 now = QDateTime::currentSecsSinceEpoch();

    Team()
    {
        Directory &directory = db.storage->directory();
        rita = *directory.addUser({0, QStringLiteral("Rita Rep"), UserRole::Rep, {}});
        rob = *directory.addUser({0, QStringLiteral("Rob Rep"), UserRole::Rep, {}});
        mona = *directory.addUser({0, QStringLiteral("Mona Manager"), UserRole::Manager, {}});
        sql(QStringLiteral("UPDATE stages SET rot_days = 7 WHERE name = 'Qualify'"));
        auto opened = Workspace::open(db.location);
        if (!opened)
            qFatal("Cannot open the workspace: %s", qPrintable(opened.error().message));
        workspace = std::move(*opened);
    }

    BoardService &board() { return workspace->boardService(); }
    CoachingService &coaching() { return workspace->coachingService(); }
    qint64 stage(const char *name)
    {
        return board().gateEngine().stageNamed(QString::fromUtf8(name))->id;
    }
    void sql(const QString &statement, const QVariantList &values = {})
    {
        QSqlQuery q(QSqlDatabase::database(db.storage->connectionName()));
        q.prepare(statement);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            qFatal("%s", qPrintable(statement));
    }
    /// A deal of owner's in the stage, there for days, with its first ticks activities ticked.
    qint64 deal(qint64 owner, const char *stageName, int days, int ticks = 0)
    {
        board().setCurrentUserId(owner);
        Opportunity o;
        o.title = QStringLiteral("Deal %1").arg(days);
        o.ownerId = owner;
        o.amount = 1'000'000;
        o.currency = QStringLiteral("USD");
        o.closeDate = QDate::currentDate().addMonths(2);
        o.stageId = stage(stageName);
        const qint64 id = board().createOpportunity(o)->id;
        const QList<Activity> activities = board().gateEngine().activities(o.stageId);
        for (int i = 0; i < ticks; ++i) {
            if (!board().setActivityDone(id, activities.at(i).id, true))
                qFatal("Cannot tick an activity");
        }
        sql(QStringLiteral("UPDATE opportunities SET entered_stage_at = ? WHERE id = ?"),
            {now - days * day, id});
        return id;
    }
};

const CoachingCell *cellOf(const CoachingFigures &f, qint64 rep, qint64 stage)
{
    for (const CoachingCell &c : f.cells) {
        if (c.repId == rep && c.stageId == stage)
            return &c;
    }
    return nullptr;
}

} // namespace

/// Coaching: the grid's figures against a team worked out by hand, and the notes a manager
/// writes to a rep. On both engines.
class TestCoaching : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldAddUpEachRepsDealsInEachStageAsWorkedOutByHand();
    void shouldBringAManagersNoteToTheRep();
    void shouldKeepNotesToTheirManagersAndReps();
    void shouldShowANoteWrittenElsewhereLive();
};

void TestCoaching::shouldAddUpEachRepsDealsInEachStageAsWorkedOutByHand()
{
    // Given Rita's deals in Qualify for 2, 5 and 9 days (3 activities ticked), Rob's for 4 and
    // 10 (one of them let in on a manager's override), and deals the grid does not count
    Team t;
    const qint64 qualify = t.stage("Qualify");
    const int activities = int(t.board().gateEngine().activities(qualify).size());
    QVERIFY2(activities >= 2, "Qualify recommends activities");
    t.deal(t.rita, "Qualify", 2, 1);
    t.deal(t.rita, "Qualify", 5, 2);
    t.deal(t.rita, "Qualify", 9);
    t.deal(t.rob, "Qualify", 4);
    const qint64 overridden = t.deal(t.rob, "Qualify", 10);
    t.sql(QStringLiteral("UPDATE opportunities SET override_reason = 'Customer in a hurry' "
                         "WHERE id = ?"),
          {overridden});
    t.deal(t.rita, "Propose", 3);
    const qint64 closed = t.deal(t.rob, "Qualify", 30);
    t.sql(QStringLiteral("UPDATE opportunities SET stage_id = ? WHERE id = ?"),
          {t.stage("Closed Won"), closed});
    const qint64 deleted = t.deal(t.rob, "Qualify", 40);
    QVERIFY(t.board().removeOpportunity(deleted));

    // When the grid's figures are read
    const auto figures = t.db.storage->coaching().figures(t.now);
    QVERIFY2(figures, qPrintable(figures ? QString() : figures.error().message));

    // Then each cell is what the deals say
    const CoachingCell *rita = cellOf(*figures, t.rita, qualify);
    const CoachingCell *rob = cellOf(*figures, t.rob, qualify);
    QVERIFY(rita && rob);
    QCOMPARE(rita->deals, 3);
    QCOMPARE(rita->activitiesDone, 3);
    QCOMPARE(rita->activitiesTotal, 3 * activities);
    QCOMPARE(*rita->completion(), 3.0 / (3.0 * activities));
    QCOMPARE(rita->stalled, 1); // 9 days, past 7
    QCOMPARE(rita->overrides, 0);
    QCOMPARE(rita->medianDays, 5.0);
    QCOMPARE(rob->deals, 2);
    QCOMPARE(rob->activitiesDone, 0);
    QCOMPARE(rob->stalled, 1);
    QCOMPARE(rob->overrides, 1);
    QCOMPARE(rob->medianDays, 7.0); // the mean of 4 and 10
    // And the team's median is of all five: 2, 4, 5, 9, 10
    QCOMPARE(figures->teamMedianDays.value(qualify), 5.0);
    // And Rita's deal in Propose has its own cell; the closed and the deleted deal none
    const CoachingCell *propose = cellOf(*figures, t.rita, t.stage("Propose"));
    QVERIFY(propose);
    QCOMPARE(propose->deals, 1);
    QCOMPARE(propose->medianDays, 3.0);
    QCOMPARE(figures->cells.size(), 3);
    QVERIFY(!cellOf(*figures, t.rob, t.stage("Closed Won")));

    // And a cell's deals are listed, the longest in the stage first
    const auto ids = t.db.storage->coaching().dealsOf(t.rob, qualify);
    QVERIFY(ids);
    QCOMPARE(*ids, (QList<qint64>{overridden, ids->last()}));
    QCOMPARE(ids->size(), 2);
}

void TestCoaching::shouldBringAManagersNoteToTheRep()
{
    // Given Rita's deal
    Team t;
    const qint64 deal = t.deal(t.rita, "Qualify", 3);
    QSignalSpy changed(&t.coaching(), &CoachingService::changed);

    // When the manager writes her a note about it, to follow up in a week
    t.board().setCurrentUserId(t.mona);
    const QDate followUp = QDate::currentDate().addDays(7);
    auto note = t.coaching().addNote(t.rita, deal, QStringLiteral("  Ask who signs the budget. "),
                                     followUp);
    QVERIFY2(note, qPrintable(note ? QString() : note.error().message));
    QCOMPARE(changed.size(), 1);

    // Then Rita finds it among her unread notes, as written
    t.board().setCurrentUserId(t.rita);
    auto mine = t.coaching().myNotes(true);
    QVERIFY(mine);
    QCOMPARE(mine->size(), 1);
    QCOMPARE(mine->first().text, QStringLiteral("Ask who signs the budget."));
    QCOMPARE(mine->first().opportunityId, deal);
    QCOMPARE(mine->first().authorId, t.mona);
    QCOMPARE(mine->first().followUp, followUp);
    QVERIFY(!mine->first().isRead());
    // And Rob has none
    t.board().setCurrentUserId(t.rob);
    QVERIFY(t.coaching().myNotes(false)->isEmpty());
    // And Rob may not mark hers read
    const auto refused = t.coaching().markRead(mine->first(), true);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::NotAllowed);

    // When Rita marks it read
    t.board().setCurrentUserId(t.rita);
    QVERIFY(t.coaching().markRead(mine->first(), true));

    // Then it leaves her unread notes and stays among all of them
    QVERIFY(t.coaching().myNotes(true)->isEmpty());
    QCOMPARE(t.coaching().myNotes(false)->size(), 1);
    QVERIFY(t.coaching().myNotes(false)->first().isRead());
}

void TestCoaching::shouldKeepNotesToTheirManagersAndReps()
{
    Team t;
    const qint64 robsDeal = t.deal(t.rob, "Qualify", 3);
    // A rep does not write coaching notes
    t.board().setCurrentUserId(t.rita);
    auto byRep = t.coaching().addNote(t.rob, 0, QStringLiteral("Nice work"), {});
    QVERIFY(!byRep);
    QCOMPARE(byRep.error().kind, Error::Kind::NotAllowed);
    // A note needs its text, and a deal it names is the rep's own
    t.board().setCurrentUserId(t.mona);
    QVERIFY(!t.coaching().addNote(t.rita, 0, QStringLiteral("   "), {}));
    const auto notHers = t.coaching().addNote(t.rita, robsDeal, QStringLiteral("Call them"), {});
    QVERIFY(!notHers);
    QVERIFY(notHers.error().message.contains(QStringLiteral("not this rep's")));
    // A general note has no deal; the manager removes it
    auto general = t.coaching().addNote(t.rita, 0, QStringLiteral("Plan Fridays."), {});
    QVERIFY(general);
    QCOMPARE(t.db.storage->coaching().notes(t.rita, false)->first().opportunityId, 0);
    QVERIFY(!t.db.storage->coaching().notes(t.rita, false)->first().followUp.isValid());
    t.board().setCurrentUserId(t.rita);
    QCOMPARE(t.coaching().removeNote(general->id).error().kind, Error::Kind::NotAllowed);
    t.board().setCurrentUserId(t.mona);
    QVERIFY(t.coaching().removeNote(general->id));
    QVERIFY(t.db.storage->coaching().notes(0, false)->isEmpty());
}

void TestCoaching::shouldShowANoteWrittenElsewhereLive()
{
    if (!Test::testServer())
        QSKIP("Notes arrive live from a shared server.");
    // Given Rita's app open, and the manager's on another connection
    Team t;
    auto other = Workspace::open(t.db.location);
    QVERIFY(other);
    QSignalSpy changed(&t.coaching(), &CoachingService::changed);

    // When the manager writes her a note there
    (*other)->boardService().setCurrentUserId(t.mona);
    QVERIFY((*other)->coachingService().addNote(t.rita, 0, QStringLiteral("Great demo."), {}));

    // Then Rita's app hears of it without doing anything
    QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 1, 5000);
    t.board().setCurrentUserId(t.rita);
    QCOMPARE(t.coaching().myNotes(true)->size(), 1);
}

QTEST_GUILESS_MAIN(TestCoaching)
#include "tst_coaching.moc"
