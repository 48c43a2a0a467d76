// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/changefeed.h"
#include "storage/engagementstore.h"
#include "storage/sqlstorage.h"
#include "testdatabase.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Stageboard;
using Stageboard::Test::TestDatabase;

/// The dated activities — calls, meetings, tasks, emails — as stored on either engine.
class TestEngagementStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldListARepsAgendaSoonestFirst();
    void shouldMarkDoneWithAnOutcomeAndOpenAgain();
    void shouldRefuseAnActivityWithoutASubject();
    void shouldNotLoseAnotherPersonsChange();
    void shouldTellOtherBoardsOfANewActivityOrContact();
    void shouldTellOverdueTodayAndLaterInLocalTime();
    void shouldKeepTheDealsNextActivityWithEveryChange();
};

namespace {

constexpr qint64 hour = 3600;

struct Agenda
{
    TestDatabase db{5};
    EngagementStore &store = db.storage->engagements();
    qint64 dana =
        *db.storage->directory().addUser({0, QStringLiteral("Dana Reyes"), UserRole::Rep, {}});
    qint64 sam =
        *db.storage->directory().addUser({0, QStringLiteral("Sam Ortiz"), UserRole::Rep, {}});
    // A deal of its own: the demo's deals have their calls already.
    qint64 deal = [this] {
        Opportunity o = db.storage->opportunityStore().opportunities()->first();
        o.id = 0;
        o.title = QStringLiteral("Agenda test");
        return db.storage->opportunityStore().createOpportunity(o, dana)->id;
    }();
    qint64 noon = QDateTime(QDate(2027, 3, 1), QTime(12, 0), Qt::UTC).toSecsSinceEpoch();

    Engagement plan(EngagementKind kind, const QString &subject, qint64 owner, qint64 due) const
    {
        Engagement e;
        e.kind = kind;
        e.subject = subject;
        e.ownerId = owner;
        e.dueAt = due;
        e.durationMinutes = 30;
        e.opportunityId = deal;
        return e;
    }
    QStringList subjects(const EngagementQuery &query) const
    {
        QStringList result;
        const QList<Engagement> found = *store.engagements(query);
        for (const Engagement &e : found)
            result.append(e.subject);
        return result;
    }
};

} // namespace

void TestEngagementStore::shouldListARepsAgendaSoonestFirst()
{
    Agenda a;
    QVERIFY(a.store.addEngagement(a.plan(EngagementKind::Meeting, QStringLiteral("Demo on site"),
                                         a.dana, a.noon + 48 * hour)));
    const auto call = a.store.addEngagement(
        a.plan(EngagementKind::Call, QStringLiteral("Discovery call"), a.dana, a.noon));
    QVERIFY2(call, qPrintable(call ? QString() : call.error().message));
    QVERIFY(a.store.addEngagement(
        a.plan(EngagementKind::Task, QStringLiteral("Send the deck"), a.dana, 0)));
    QVERIFY(a.store.addEngagement(
        a.plan(EngagementKind::Email, QStringLiteral("Sam's follow-up"), a.sam, a.noon - hour)));

    // Read back as planned
    const Engagement read = **a.store.engagement(call->id);
    QCOMPARE(read.kind, EngagementKind::Call);
    QCOMPARE(read.dueAt, a.noon);
    QCOMPARE(read.durationMinutes, 30);
    QCOMPARE(read.opportunityId, a.deal);
    QVERIFY(!read.isDone());
    // Dana's agenda: soonest first, the undated task last; Sam's not in it
    EngagementQuery dana;
    dana.ownerId = a.dana;
    QCOMPARE(a.subjects(dana),
             QStringList({QStringLiteral("Discovery call"), QStringLiteral("Demo on site"),
                          QStringLiteral("Send the deck")}));
    // Due before tomorrow: the call alone; the deal's: everyone's
    dana.dueBefore = a.noon + 24 * hour;
    QCOMPARE(a.subjects(dana), QStringList{QStringLiteral("Discovery call")});
    EngagementQuery ofDeal;
    ofDeal.opportunityId = a.deal;
    QCOMPARE(a.subjects(ofDeal).size(), 4);
    // A deleted one is gone from every list
    QVERIFY(a.store.setEngagementDeleted(call->id, true));
    QCOMPARE(a.subjects(ofDeal).size(), 3);
}

void TestEngagementStore::shouldMarkDoneWithAnOutcomeAndOpenAgain()
{
    Agenda a;
    const Engagement call = *a.store.addEngagement(
        a.plan(EngagementKind::Call, QStringLiteral("Discovery call"), a.dana, a.noon));
    const auto done = a.store.setEngagementDone(
        call.id, a.noon + hour, QStringLiteral("Budget confirmed.\nCFO joins next."));
    QVERIFY(done);
    QCOMPARE(done->doneAt, a.noon + hour);
    QCOMPARE(done->outcome, QStringLiteral("Budget confirmed.\nCFO joins next."));
    // Done, it leaves the open agenda but stays the deal's
    EngagementQuery open;
    open.ownerId = a.dana;
    open.openOnly = true;
    QVERIFY(a.subjects(open).isEmpty());
    EngagementQuery ofDeal;
    ofDeal.opportunityId = a.deal;
    QCOMPARE(a.subjects(ofDeal), QStringList{QStringLiteral("Discovery call")});
    // Opened again, it is back on the agenda; another connection sees the same
    QVERIFY(!a.store.setEngagementDone(call.id, 0, {})->isDone());
    QCOMPARE(a.subjects(open), QStringList{QStringLiteral("Discovery call")});
    auto other = a.db.openAgain();
    QVERIFY(!(*other->engagements().engagement(call.id))->isDone());
}

void TestEngagementStore::shouldRefuseAnActivityWithoutASubject()
{
    Agenda a;
    EngagementQuery all;
    const qint64 before = a.subjects(all).size();
    const auto empty =
        a.store.addEngagement(a.plan(EngagementKind::Task, QStringLiteral(" "), a.dana, 0));
    QVERIFY(!empty);
    QVERIFY2(empty.error().message.startsWith(QStringLiteral("Subject: ")),
             qPrintable(empty.error().message));
    Engagement endless =
        a.plan(EngagementKind::Meeting, QStringLiteral("Workshop"), a.dana, a.noon);
    endless.durationMinutes = 3000;
    QVERIFY(!a.store.addEngagement(endless));
    QCOMPARE(a.subjects(all).size(), before);
}

void TestEngagementStore::shouldNotLoseAnotherPersonsChange()
{
    Agenda a;
    const Engagement mine = *a.store.addEngagement(
        a.plan(EngagementKind::Call, QStringLiteral("Discovery call"), a.dana, a.noon));
    auto other = a.db.openAgain();
    Engagement theirs = **other->engagements().engagement(mine.id);
    theirs.dueAt += hour;
    QVERIFY(other->engagements().updateEngagement(theirs));
    Engagement edited = mine;
    edited.subject = QStringLiteral("Discovery call with the CFO");
    const auto refused = a.store.updateEngagement(edited);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Conflict);
    const Engagement stored = **a.store.engagement(mine.id);
    QCOMPARE(stored.dueAt, a.noon + hour);
    QCOMPARE(stored.subject, mine.subject);
}

void TestEngagementStore::shouldTellOtherBoardsOfANewActivityOrContact()
{
    Agenda a;
    if (!a.db.server)
        QSKIP("A file announces no changes: they are read at the next open.");
    // Another board listens on its own connection
    auto other = a.db.openAgain();
    ChangeFeed feed(*other);
    QVERIFY(feed.isLive());
    QSignalSpy activities(&feed, &ChangeFeed::engagementsChanged);
    QSignalSpy contacts(&feed, &ChangeFeed::contactsChanged);
    QSignalSpy deals(&feed, &ChangeFeed::dealsChanged);
    // When this one plans a call and adds a contact
    QVERIFY(a.store.addEngagement(
        a.plan(EngagementKind::Call, QStringLiteral("Discovery call"), a.dana, a.noon)));
    Contact noor;
    noor.name = QStringLiteral("Noor Moreau");
    QVERIFY(a.db.storage->contacts().addContact(noor));
    // Then the other board hears of each, and of the deal whose next activity it now is
    QTRY_COMPARE_WITH_TIMEOUT(activities.size(), 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(contacts.size(), 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(deals.size(), 1, 5000);
    QCOMPARE(deals.at(0).at(0).value<QList<qint64>>(), QList<qint64>{a.deal});
    QCOMPARE((*other->opportunityStore().opportunity(a.deal)).nextActivityAt, a.noon);
    // A stakeholder added is heard of as such, with its deal, and never as "everything"
    QSignalSpy people(&feed, &ChangeFeed::stakeholdersChanged);
    QSignalSpy everything(&feed, &ChangeFeed::everythingChanged);
    deals.clear();
    const auto contact = a.db.storage->contacts().contacts();
    QVERIFY(contact && !contact->isEmpty());
    Stakeholder s;
    s.opportunityId = a.deal;
    s.contactId = contact->constLast().id;
    QVERIFY(a.db.storage->stakeholders().setStakeholder(s));
    QTRY_COMPARE_WITH_TIMEOUT(people.size(), 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(deals.size(), 1, 5000);
    QCOMPARE(everything.size(), 0);
    QCOMPARE(other->opportunityStore().opportunity(a.deal)->stakeholders, 1);
}

void TestEngagementStore::shouldTellOverdueTodayAndLaterInLocalTime()
{
    // Late in the evening in Berlin: stored times are UTC, the day is Berlin's
    const QTimeZone berlin("Europe/Berlin");
    QVERIFY(berlin.isValid());
    const QDateTime now(QDate(2027, 3, 1), QTime(23, 30), berlin);
    const auto utc = [](int day, int hour, int minute) {
        return QDateTime(QDate(2027, 3, day), QTime(hour, minute), Qt::UTC).toSecsSinceEpoch();
    };
    QCOMPARE(activityDue(0, now), ActivityDue::None);
    QCOMPARE(activityDue(now.toSecsSinceEpoch(), now), ActivityDue::Overdue); // due this minute
    QCOMPARE(activityDue(utc(1, 8, 0), now), ActivityDue::Overdue);
    QCOMPARE(activityDue(utc(1, 22, 45), now), ActivityDue::Today); // 23:45 in Berlin
    // 00:05 in Berlin is tomorrow, though it is still the 1st in UTC
    QCOMPARE(activityDue(utc(1, 23, 5), now), ActivityDue::Later);
    // Just after midnight, what was due at 23:45 is overdue and 09:00 is today
    const QDateTime afterMidnight(QDate(2027, 3, 2), QTime(0, 1), berlin);
    QCOMPARE(activityDue(utc(1, 22, 45), afterMidnight), ActivityDue::Overdue);
    QCOMPARE(activityDue(utc(2, 8, 0), afterMidnight), ActivityDue::Today);
}

void TestEngagementStore::shouldKeepTheDealsNextActivityWithEveryChange()
{
    Agenda a;
    OpportunityStore &deals = a.db.storage->opportunityStore();
    const int version = deals.opportunity(a.deal)->version;
    QCOMPARE(deals.opportunity(a.deal)->nextActivityAt, 0);
    // Two planned: the sooner is the deal's next
    const Engagement later = *a.store.addEngagement(a.plan(
        EngagementKind::Meeting, QStringLiteral("Demo on site"), a.dana, a.noon + 48 * hour));
    const Engagement sooner = *a.store.addEngagement(
        a.plan(EngagementKind::Call, QStringLiteral("Discovery call"), a.dana, a.noon));
    QCOMPARE(deals.opportunity(a.deal)->nextActivityAt, a.noon);
    // Done, the later one is next; done too, there is none; opened again, it is back
    QVERIFY(a.store.setEngagementDone(sooner.id, a.noon + hour, {}));
    QCOMPARE(deals.opportunity(a.deal)->nextActivityAt, a.noon + 48 * hour);
    QVERIFY(a.store.setEngagementDeleted(later.id, true));
    QCOMPARE(deals.opportunity(a.deal)->nextActivityAt, 0);
    QVERIFY(a.store.setEngagementDone(sooner.id, 0, {}));
    QCOMPARE(deals.opportunity(a.deal)->nextActivityAt, a.noon);
    // Moved to another deal, it leaves this one
    Engagement moved = **a.store.engagement(sooner.id);
    moved.opportunityId = 0;
    QVERIFY(a.store.updateEngagement(moved));
    QCOMPARE(deals.opportunity(a.deal)->nextActivityAt, 0);
    // None of it is an edit of the deal: nobody editing it meanwhile is refused
    QCOMPARE(deals.opportunity(a.deal)->version, version);
}

QTEST_GUILESS_MAIN(TestEngagementStore)
#include "tst_engagementstore.moc"
