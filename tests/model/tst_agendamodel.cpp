// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/money.h"
#include "itemmodels/agendamodel.h"
#include "itemmodels/boardmodel.h"
#include "itemmodels/roles.h"
#include "services/reminders.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Stageboard;
using Stageboard::Test::TestDatabase;

/// A rep's agenda: grouped by when, soonest first, done with one tick, following changes
/// without a reset.
class TestAgendaModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldGroupARepsOpenActivitiesByWhenTheyAreDue();
    void shouldMarkOneDoneAndTickTheStagesTiedActivity();
    void shouldFollowAChangeWithoutAReset();
    void shouldRemindOfEachActivityOnceAsItComesDue();
};

namespace {

constexpr qint64 hour = 3600;

struct Fixture
{
    TestDatabase db{20};
    BoardModel board{db.storage->opportunityStore(), db.storage->process(),
                     db.storage->directory()};
    AgendaModel agenda{board.service(), db.storage->engagements()};
    QAbstractItemModelTester tester{&agenda,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest};
    qint64 dana =
        *db.storage->directory().addUser({0, QStringLiteral("Dana Reyes"), UserRole::Rep, {}});
    // Monday 1 March 2027, 10:00 local
    QDateTime now{QDate(2027, 3, 1), QTime(10, 0)};
    qint64 deal = 0;

    Fixture()
    {
        if (!board.service().reload())
            qFatal("cannot load the board");
        board.service().setCurrentUserId(dana);
        Opportunity o;
        o.title = QStringLiteral("Agenda deal");
        o.ownerId = dana;
        o.currency = QStringLiteral("USD");
        o.stageId = board.service().gateEngine().stageNamed(QStringLiteral("Identify"))->id;
        deal = board.service().createOpportunity(o)->id;
        agenda.setNow(now);
    }
    qint64 plan(EngagementKind kind, const QString &subject, qint64 due, qint64 owner = 0)
    {
        Engagement e;
        e.kind = kind;
        e.subject = subject;
        e.dueAt = due;
        e.ownerId = owner ? owner : dana;
        e.opportunityId = deal;
        return db.storage->engagements().addEngagement(e)->id;
    }
    QStringList subjects(AgendaModel::Group group) const
    {
        QStringList result;
        const QModelIndex g = agenda.groupIndex(group);
        for (int row = 0; row < agenda.rowCount(g); ++row)
            result.append(agenda.index(row, 0, g).data().toString());
        return result;
    }
    qint64 at(int daysFromNow, int hourOfDay) const
    {
        return QDateTime(now.date().addDays(daysFromNow), QTime(hourOfDay, 0)).toSecsSinceEpoch();
    }
};

} // namespace

void TestAgendaModel::shouldGroupARepsOpenActivitiesByWhenTheyAreDue()
{
    Fixture f;
    f.plan(EngagementKind::Call, QStringLiteral("Yesterday's call"), f.at(-1, 15));
    f.plan(EngagementKind::Task, QStringLiteral("This morning's task"), f.at(0, 9));
    f.plan(EngagementKind::Meeting, QStringLiteral("Afternoon demo"), f.at(0, 14));
    f.plan(EngagementKind::Email, QStringLiteral("Late email"), f.at(0, 23));
    f.plan(EngagementKind::Call, QStringLiteral("Thursday call"), f.at(3, 11));
    f.plan(EngagementKind::Meeting, QStringLiteral("Next month's review"), f.at(30, 11));
    f.plan(EngagementKind::Task, QStringLiteral("Someday"), 0);
    f.plan(EngagementKind::Call, QStringLiteral("Someone else's"), f.at(0, 15),
           *f.db.storage->directory().addUser({0, QStringLiteral("Sam Ortiz"), UserRole::Rep, {}}));
    QVERIFY(f.agenda.setOwner(f.dana));

    QCOMPARE(
        f.subjects(AgendaModel::Group::Overdue),
        (QStringList{QStringLiteral("Yesterday's call"), QStringLiteral("This morning's task")}));
    QCOMPARE(f.subjects(AgendaModel::Group::Today),
             (QStringList{QStringLiteral("Afternoon demo"), QStringLiteral("Late email")}));
    QCOMPARE(f.subjects(AgendaModel::Group::ThisWeek),
             QStringList{QStringLiteral("Thursday call")});
    QCOMPARE(f.subjects(AgendaModel::Group::Later),
             (QStringList{QStringLiteral("Next month's review"), QStringLiteral("Someday")}));
    // Headings count; rows say type, time and deal
    QCOMPARE(f.agenda.groupIndex(AgendaModel::Group::Today).data().toString(),
             QStringLiteral("Today (2)"));
    const QModelIndex demo = f.agenda.index(0, 0, f.agenda.groupIndex(AgendaModel::Group::Today));
    QCOMPARE(demo.siblingAtColumn(AgendaModel::KindColumn).data().toString(),
             QStringLiteral("Meeting"));
    QCOMPARE(demo.siblingAtColumn(AgendaModel::DueColumn).data().toString(),
             formatTime(QTime(14, 0)));
    QVERIFY(demo.siblingAtColumn(AgendaModel::DealColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("Agenda deal")));
    QCOMPARE(demo.flags() & Qt::ItemIsUserCheckable, Qt::ItemIsUserCheckable);
}

void TestAgendaModel::shouldMarkOneDoneAndTickTheStagesTiedActivity()
{
    Fixture f;
    // Identify's "Hold the discovery call" is done by a call
    f.plan(EngagementKind::Call, QStringLiteral("Discovery call"), f.at(0, 14));
    f.plan(EngagementKind::Meeting, QStringLiteral("Demo"), f.at(2, 14));
    QVERIFY(f.agenda.setOwner(f.dana));
    const QModelIndex today = f.agenda.groupIndex(AgendaModel::Group::Today);
    QSignalSpy removed(&f.agenda, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&f.agenda, &QAbstractItemModel::modelReset);
    QSignalSpy done(&f.agenda, &AgendaModel::markedDone);
    // When its box is ticked
    QVERIFY(f.agenda.setData(f.agenda.index(0, 0, today), Qt::Checked, Qt::CheckStateRole));
    // Then it leaves the agenda, one row, and the deal's checklist item is ticked by whom
    QCOMPARE(f.agenda.rowCount(today), 0);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(done.size(), 1);
    QCOMPARE(done.at(0).at(1).toString(), QStringLiteral("Hold the discovery call"));
    const QList<Check> ticks = *f.board.service().activityChecks(f.deal);
    QCOMPARE(ticks.size(), 1);
    QCOMPARE(ticks.first().userId, f.dana);
    // The card's next activity moved on to the demo
    QCOMPARE(f.board.service().opportunity(f.deal)->nextActivityAt, f.at(2, 14));
    QCOMPARE(f.board.opportunityIndex(f.deal).data(ActivitiesDoneRole).toInt(), 1);
    // A second call ticks nothing more
    f.plan(EngagementKind::Call, QStringLiteral("Follow-up call"), f.at(0, 16));
    QVERIFY(f.agenda.refresh());
    QVERIFY(f.agenda.setData(f.agenda.index(0, 0, today), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(done.at(1).at(1).toString().isEmpty());
}

void TestAgendaModel::shouldFollowAChangeWithoutAReset()
{
    Fixture f;
    f.plan(EngagementKind::Call, QStringLiteral("Call"), f.at(0, 14));
    const qint64 later = f.plan(EngagementKind::Task, QStringLiteral("Task"), f.at(20, 9));
    QVERIFY(f.agenda.setOwner(f.dana));
    QSignalSpy reset(&f.agenda, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&f.agenda, &QAbstractItemModel::dataChanged);
    // Someone moves the task to tomorrow, elsewhere: it moves heading; only those two change
    Engagement moved = **f.db.storage->engagements().engagement(later);
    moved.dueAt = f.at(1, 9);
    QVERIFY(f.db.storage->engagements().updateEngagement(moved));
    QVERIFY(f.agenda.refresh());
    QCOMPARE(f.subjects(AgendaModel::Group::ThisWeek), QStringList{QStringLiteral("Task")});
    QVERIFY(f.subjects(AgendaModel::Group::Later).isEmpty());
    QCOMPARE(f.subjects(AgendaModel::Group::Today), QStringList{QStringLiteral("Call")});
    QCOMPARE(reset.size(), 0);
    // A renamed one keeps its row and is repainted
    moved = **f.db.storage->engagements().engagement(later);
    moved.subject = QStringLiteral("Send the deck");
    QVERIFY(f.db.storage->engagements().updateEngagement(moved));
    changed.clear();
    QVERIFY(f.agenda.refresh());
    QCOMPARE(f.subjects(AgendaModel::Group::ThisWeek),
             QStringList{QStringLiteral("Send the deck")});
    QVERIFY(!changed.isEmpty());
    QCOMPARE(reset.size(), 0);
}

void TestAgendaModel::shouldRemindOfEachActivityOnceAsItComesDue()
{
    // Given a ten-minute lead and five minutes' grace
    ReminderClock clock(10 * 60, 5 * 60);
    const qint64 now = 1'800'000'000;
    const auto activity = [](qint64 id, qint64 due) {
        Engagement e;
        e.id = id;
        e.kind = EngagementKind::Call;
        e.subject = QStringLiteral("Call %1").arg(id);
        e.dueAt = due;
        return e;
    };
    QList<Engagement> open{activity(1, now + 10 * 60), activity(2, now + 10 * 60 + 1),
                           activity(3, now - 5 * 60),  activity(4, now - 5 * 60 - 1),
                           activity(5, now + 60),      activity(6, 0)};
    Engagement done = activity(7, now);
    done.doneAt = now;
    open.append(done);
    // When it looks now: those due within the lead or just past, soonest first; not one due
    // later, long past, undated or done
    QList<qint64> ids;
    for (const Engagement &e : clock.due(open, now))
        ids.append(e.id);
    QCOMPARE(ids, (QList<qint64>{3, 5, 1}));
    // And each only once
    QVERIFY(clock.due(open, now).isEmpty());
    // The later one comes into the lead as time goes on
    QCOMPARE(clock.due(open, now + 1).size(), 1);
    // One moved to another time is announced again at its new time
    open[4].dueAt = now + 5 * 60;
    QCOMPARE(clock.due(open, now + 60).size(), 1);
    // Another person acting starts afresh
    clock.reset();
    QCOMPARE(clock.due(open, now + 60).size(), 3);
}

QTEST_GUILESS_MAIN(TestAgendaModel)
#include "tst_agendamodel.moc"
