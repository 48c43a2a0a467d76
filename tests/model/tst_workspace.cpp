// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/boardmodel.h"
#include "itemmodels/processmodel.h"
#include "testdatabase.h"
#include "workspace/workspace.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTest>

using namespace Stageboard;
using Stageboard::Test::TestDatabase;

// One open database as the app and its tests get it: one call opens it with its stores, board
// service, models and change feed; destroying it closes it whole.
class TestWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldOpenANewFileOnADemoWithItsBoardAndProcessRead();
    void shouldGiveAnEmptyDatabaseItsFirstPerson();
    void shouldReportANewDatabaseInThePersonsCurrency();
    void shouldLeaveNoConnectionBehindWhenClosed();
    void shouldShowAnotherPersonsChangeOnTheBoard();
    void shouldLearnOfAUserAnAdminChangedElsewhere();
};

void TestWorkspace::shouldOpenANewFileOnADemoWithItsBoardAndProcessRead()
{
    SQLITE_ONLY();
    QTemporaryDir dir;
    const auto location = DatabaseLocation::sqliteFile(dir.filePath(QStringLiteral("new.sqlite")));
    WorkspaceOptions options;
    options.demoIfNew = true;
    auto workspace = Workspace::open(location, options);
    QVERIFY2(workspace, workspace ? "" : qPrintable(workspace.error().message));
    Workspace &w = **workspace;
    QVERIFY(w.wasCreated());
    QVERIFY(!w.isShared());
    // The board shows the default process's seven stages with the demo's 60 deals
    QCOMPARE(w.board().rowCount(), 7);
    QCOMPARE(w.boardService().opportunityCount(), 60);
    int cards = 0;
    for (int row = 0; row < w.board().rowCount(); ++row)
        cards += w.board().rowCount(w.board().index(row, 0));
    QCOMPARE(cards, 60);
    QCOMPARE(w.processModel().rowCount(), 7);
    QCOMPARE(w.processModel().pipelineId(), w.boardService().pipelineId());
}

void TestWorkspace::shouldGiveAnEmptyDatabaseItsFirstPerson()
{
    TestDatabase db;
    WorkspaceOptions options;
    options.firstUserName = QStringLiteral("Dana Reyes");
    auto workspace = Workspace::open(db.location, options);
    QVERIFY2(workspace, workspace ? "" : qPrintable(workspace.error().message));
    // Every move is recorded with who made it: a database without anyone gets its admin (the
    // person who created it), the server's login on a shared database
    const QList<User> users = (*workspace)->boardService().users();
    QCOMPARE(users.size(), 1);
    QCOMPARE(users.first().name, db.server ? db.location.user : QStringLiteral("Dana Reyes"));
    QCOMPARE(users.first().role, UserRole::Admin);
    QCOMPARE((*workspace)->boardService().opportunityCount(), 0);
}

void TestWorkspace::shouldReportANewDatabaseInThePersonsCurrency()
{
    SQLITE_ONLY();
    // A German's new empty database reports in euros, so that the first deal (in euros) counts;
    // the demo's deals are in dollars, and so is its report
    QTemporaryDir dir;
    WorkspaceOptions options;
    options.reportingCurrency = QStringLiteral("EUR");
    for (const bool demo : {false, true}) {
        options.demoIfNew = demo;
        const auto location = DatabaseLocation::sqliteFile(
            dir.filePath(demo ? QStringLiteral("demo.sqlite") : QStringLiteral("empty.sqlite")));
        auto workspace = Workspace::open(location, options);
        QVERIFY2(workspace, workspace ? "" : qPrintable(workspace.error().message));
        QCOMPARE(*(*workspace)->forecast().reportingCurrency(),
                 demo ? QStringLiteral("USD") : QStringLiteral("EUR"));
    }
    // And an existing database keeps the currency it has
    auto again = Workspace::open(
        DatabaseLocation::sqliteFile(dir.filePath(QStringLiteral("demo.sqlite"))), options);
    QVERIFY(again);
    QCOMPARE(*(*again)->forecast().reportingCurrency(), QStringLiteral("USD"));
}

void TestWorkspace::shouldLeaveNoConnectionBehindWhenClosed()
{
    TestDatabase db(5);
    const QStringList before = QSqlDatabase::connectionNames();
    {
        auto workspace = Workspace::open(db.location);
        QVERIFY(workspace);
        QCOMPARE(QSqlDatabase::connectionNames().size(), before.size() + 1);
    }
    QCOMPARE(QSqlDatabase::connectionNames(), before);
}

void TestWorkspace::shouldShowAnotherPersonsChangeOnTheBoard()
{
    TestDatabase db(20);
    if (!db.server)
        QSKIP("A file announces no changes: the board shows them at the next open.");
    auto workspace = Workspace::open(db.location);
    QVERIFY(workspace);
    BoardService &board = (*workspace)->boardService();
    const Opportunity mine = board.opportunities().begin().value();
    // Someone else, on their own connection, raises the amount
    auto other = db.openAgain();
    Opportunity theirs = *other->opportunityStore().opportunity(mine.id);
    theirs.amount += 777700;
    QVERIFY(other->opportunityStore().updateOpportunity(theirs));
    QSignalSpy elsewhere(&board, &BoardService::changedElsewhere);
    QTRY_COMPARE_WITH_TIMEOUT(board.opportunity(mine.id)->amount, theirs.amount, 5000);
    QCOMPARE(elsewhere.size(), 1);
}

void TestWorkspace::shouldLearnOfAUserAnAdminChangedElsewhere()
{
    TestDatabase db(5);
    if (!db.server)
        QSKIP("A file announces no changes: the people are read at the next open.");
    auto workspace = Workspace::open(db.location);
    QVERIFY(workspace);
    BoardService &board = (*workspace)->boardService();
    const qint64 owner = board.opportunities().begin().value().ownerId;
    QSignalSpy users(&board, &BoardService::usersChanged);
    // An admin, on another board, adds a person and renames a deal's owner
    auto other = db.openAgain();
    const auto added =
        other->directory().addUser({0, QStringLiteral("Robin Okafor"), UserRole::Rep, {}});
    QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
    User renamed;
    const QList<User> everyone = *other->directory().users();
    for (const User &u : everyone) {
        if (u.id == owner)
            renamed = u;
    }
    renamed.name = QStringLiteral("Morgan Tanaka-Weiss");
    QVERIFY(other->directory().updateUser(renamed));
    // Then this board knows both at once, without opening again
    QTRY_VERIFY_WITH_TIMEOUT(board.userName(*added) == QStringLiteral("Robin Okafor"), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(board.userName(owner), QStringLiteral("Morgan Tanaka-Weiss"), 5000);
    QVERIFY(!users.isEmpty());
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
