// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/contactlistmodel.h"
#include "storage/engagementstore.h"
#include "storage/sqlstorage.h"
#include "testdatabase.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Stageboard;
using Stageboard::Test::TestDatabase;

/// The contacts list: searched and sorted in the database, read a page at a time, changed row
/// by row — on either engine.
class TestContactListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldSearchEveryFieldAPersonKnows();
    void shouldSortByTheClickedColumnWithoutCase();
    void shouldChangeOnlyTheRowsThatChanged();
    void shouldReadOnlyTheRowsShown();
    void shouldShowAContactAddedOnAnotherBoardLive();
};

namespace {

struct People
{
    TestDatabase db;
    qint64 rep =
        *db.storage->directory().addUser({0, QStringLiteral("Dana Reyes"), UserRole::Rep, {}});
    qint64 granite = *db.storage->directory().addAccount(
        {0, QStringLiteral("Granite Media"), QStringLiteral("Media"), {}, 0});
    qint64 harbor = *db.storage->directory().addAccount(
        {0, QStringLiteral("Harbor Retail"), QStringLiteral("Retail"), {}, 0});

    qint64 add(const QString &name, qint64 account, const QString &title = {},
               const QString &email = {})
    {
        Contact c;
        c.name = name;
        c.accountId = account;
        c.jobTitle = title;
        c.email = email;
        c.ownerId = rep;
        const auto added = db.storage->contacts().addContact(c);
        if (!added)
            qFatal("%s", qPrintable(added.error().message));
        return added->id;
    }

    QStringList names(const ContactQuery &query)
    {
        ContactListModel model(db.storage->contacts());
        if (auto ok = model.setQuery(query); !ok)
            return {ok.error().message};
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row)
            result.append(model.index(row, ContactListModel::NameColumn).data().toString());
        return result;
    }
};

ContactQuery searching(const QString &text)
{
    ContactQuery query;
    query.search = text;
    return query;
}

} // namespace

void TestContactListModel::shouldSearchEveryFieldAPersonKnows()
{
    People p;
    p.add(QStringLiteral("Ada Lovelace"), p.harbor, QStringLiteral("CTO"),
          QStringLiteral("ada@harbor.example"));
    p.add(QStringLiteral("bob Brown"), p.granite, QStringLiteral("Buyer"));
    p.add(QStringLiteral("Carla Diaz"), p.harbor, QStringLiteral("Head of 100% growth"));
    p.add(QStringLiteral("Dev Patel"), 0, QStringLiteral("Head of 1000 stores"));

    // A name in any case, an account's name, an email, words in any order
    QCOMPARE(p.names(searching(QStringLiteral("LOVE"))), QStringList{"Ada Lovelace"});
    QCOMPARE(p.names(searching(QStringLiteral("granite"))), QStringList{"bob Brown"});
    QCOMPARE(p.names(searching(QStringLiteral("ada@"))), QStringList{"Ada Lovelace"});
    QCOMPARE(p.names(searching(QStringLiteral("harbor head"))), QStringList{"Carla Diaz"});
    // "%" and "_" are what they are, not patterns
    QCOMPARE(p.names(searching(QStringLiteral("100%"))), QStringList{"Carla Diaz"});
    QCOMPARE(p.names(searching(QStringLiteral("_"))), QStringList{});
    // Nothing typed: everyone; a deleted contact: nobody finds them
    QCOMPARE(p.names(searching(QStringLiteral("  "))).size(), 4);
    const qint64 gone = p.add(QStringLiteral("Eve Gone"), p.harbor);
    QVERIFY(p.db.storage->contacts().setContactDeleted(gone, true));
    QCOMPARE(p.names(searching(QStringLiteral("eve"))), QStringList{});
}

void TestContactListModel::shouldSortByTheClickedColumnWithoutCase()
{
    People p;
    const qint64 ada = p.add(QStringLiteral("Ada Lovelace"), p.harbor, QStringLiteral("CTO"));
    p.add(QStringLiteral("bob Brown"), p.granite, QStringLiteral("Buyer"));
    const qint64 carla = p.add(QStringLiteral("Carla Diaz"), 0, QStringLiteral("analyst"));
    ContactListModel model(p.db.storage->contacts());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setQuery({}));
    const auto column = [&](int c) {
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row)
            values.append(model.index(row, c).data().toString());
        return values;
    };
    QCOMPARE(column(ContactListModel::NameColumn),
             QStringList({"Ada Lovelace", "bob Brown", "Carla Diaz"}));
    model.sort(ContactListModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(column(ContactListModel::NameColumn),
             QStringList({"Carla Diaz", "bob Brown", "Ada Lovelace"}));
    model.sort(ContactListModel::JobTitleColumn);
    QCOMPARE(column(ContactListModel::JobTitleColumn), QStringList({"analyst", "Buyer", "CTO"}));
    // No account sorts first going up
    model.sort(ContactListModel::AccountColumn);
    QCOMPARE(column(ContactListModel::AccountColumn),
             QStringList({"", "Granite Media", "Harbor Retail"}));

    // By next activity: the soonest first, nobody planned last either way
    Engagement call;
    call.kind = EngagementKind::Call;
    call.subject = QStringLiteral("Discovery call");
    call.ownerId = p.rep;
    call.contactId = carla;
    call.dueAt = 2'000'000'000;
    QVERIFY(p.db.storage->engagements().addEngagement(call));
    call.contactId = ada;
    call.dueAt = 1'900'000'000;
    QVERIFY(p.db.storage->engagements().addEngagement(call));
    model.sort(ContactListModel::NextActivityColumn);
    QCOMPARE(column(ContactListModel::NameColumn),
             QStringList({"Ada Lovelace", "Carla Diaz", "bob Brown"}));
    QVERIFY(!model.index(0, ContactListModel::NextActivityColumn).data().toString().isEmpty());
    QVERIFY(model.index(2, ContactListModel::NextActivityColumn).data().toString().isEmpty());
    model.sort(ContactListModel::NextActivityColumn, Qt::DescendingOrder);
    QCOMPARE(column(ContactListModel::NameColumn),
             QStringList({"Carla Diaz", "Ada Lovelace", "bob Brown"}));
}

void TestContactListModel::shouldChangeOnlyTheRowsThatChanged()
{
    People p;
    p.add(QStringLiteral("Ada Lovelace"), p.harbor);
    const qint64 carla = p.add(QStringLiteral("Carla Diaz"), p.harbor);
    p.add(QStringLiteral("Eli Ford"), p.harbor);
    ContactListModel model(p.db.storage->contacts());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setQuery({}));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(&model, &QAbstractItemModel::layoutChanged);

    // A new contact comes in where the order puts it
    p.add(QStringLiteral("Bea Chen"), p.granite);
    QVERIFY(model.refresh());
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 1);
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Bea Chen"));

    // A renamed one moves, and a selection on it follows
    QPersistentModelIndex selected = model.index(model.rowOf(carla), 0);
    Contact renamed = **p.db.storage->contacts().contact(carla);
    renamed.name = QStringLiteral("Zoe Diaz");
    QVERIFY(p.db.storage->contacts().updateContact(renamed));
    QVERIFY(model.refresh());
    QCOMPARE(moved.size(), 1);
    QCOMPARE(model.rowOf(carla), 3);
    QCOMPARE(selected.row(), 3);
    QCOMPARE(selected.data().toString(), QStringLiteral("Zoe Diaz"));

    // A deleted one leaves
    QVERIFY(p.db.storage->contacts().setContactDeleted(carla, true));
    QVERIFY(model.refresh());
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOf(carla), -1);
    // and never a reset
    QCOMPARE(resets.size(), 0);
}

void TestContactListModel::shouldReadOnlyTheRowsShown()
{
    // A demo's few hundred contacts
    TestDatabase db(400);
    ContactListModel model(db.storage->contacts());
    QVERIFY(model.setQuery({}));
    QVERIFY(model.rowCount() > 2 * ContactListModel::pageSize);
    QCOMPARE(model.rowsRead(), 0);
    // Shown at row 250: that row's page is read, nothing else
    QVERIFY(!model.index(250, ContactListModel::NameColumn).data().toString().isEmpty());
    QCOMPARE(model.rowsRead(), ContactListModel::pageSize);
    QVERIFY(!model.index(260, ContactListModel::EmailColumn).data().toString().isEmpty());
    QCOMPARE(model.rowsRead(), ContactListModel::pageSize);
    // Someone changed a contact: read again when shown
    model.reloadRows();
    QVERIFY(!model.index(250, ContactListModel::NameColumn).data().toString().isEmpty());
    QCOMPARE(model.rowsRead(), 2 * ContactListModel::pageSize);
}

void TestContactListModel::shouldShowAContactAddedOnAnotherBoardLive()
{
    TestDatabase db(60);
    if (!db.server)
        QSKIP("A file announces no changes: they are read at the next open.");
    // Two people's apps on one server, the second with its contacts list open
    auto mine = Workspace::open(db.location);
    auto theirs = Workspace::open(db.location);
    QVERIFY(mine && theirs);
    ContactListModel model((*theirs)->contacts());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setQuery({}));
    connect(theirs->get(), &Workspace::contactsChangedElsewhere, &model,
            [&model] { QVERIFY(model.refresh()); });
    const int before = model.rowCount();
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    // When the first adds one, the second list has it, in its place, without a reset
    Contact c;
    c.name = QStringLiteral("Aaron Aardvark");
    QVERIFY((*mine)->contacts().addContact(c));
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), before + 1, 5000);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.index(0, ContactListModel::NameColumn).data().toString(),
             QStringLiteral("Aaron Aardvark"));
    QCOMPARE(resets.size(), 0);
}

QTEST_GUILESS_MAIN(TestContactListModel)
#include "tst_contactlistmodel.moc"
