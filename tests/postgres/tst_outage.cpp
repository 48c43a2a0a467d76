// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demogenerator.h"
#include "itemmodels/boardmodel.h"
#include "mainwindow.h"
#include "ownserver.h"
#include "storage/changefeed.h"
#include "storage/sqlstorage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

using namespace Stageboard;
using Stageboard::Test::OwnServer;

class TestOutage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void shouldKeepWhatWasSavedAndReconnectAfterTheServerReturns();
    void shouldShowTheWindowOfflineAndConnectAgain();
};

void TestOutage::shouldKeepWhatWasSavedAndReconnectAfterTheServerReturns()
{
    // Given a board on a shared database, with a move saved
    OwnServer server;
    QVERIFY(server.isRunning());
    const DatabaseLocation location = server.database(QStringLiteral("outage"));
    QVERIFY(SqlStorage::createPostgresDatabase(location));
    auto opened = SqlStorage::open(location);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    std::unique_ptr<SqlStorage> storage = std::move(*opened);
    DemoOptions demo;
    demo.opportunities = 30;
    demo.seed = 4;
    QVERIFY(generateDemo(storage->process(), storage->forecast(), storage->bulk(), demo));
    BoardModel board(storage->opportunityStore(), storage->process(), storage->directory());
    QAbstractItemModelTester tester(&board, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(board.service().reload());
    ChangeFeed feed(*storage);
    connect(&feed, &ChangeFeed::dealsChanged, &board, [&board](const QList<qint64> &ids) {
        QVERIFY(board.service().applyStoredChanges(ids));
    });
    for (const User &u : board.service().users()) {
        if (u.role == UserRole::Manager)
            board.service().setCurrentUserId(u.id);
    }
    const qint64 saved = board.opportunityId(board.index(0, 0, board.index(2, 0)));
    const qint64 unsaved = board.opportunityId(board.index(1, 0, board.index(2, 0)));
    const qint64 qualify = board.service().stages().at(1).id;
    QVERIFY(
        board.service().moveToStage(saved, qualify, {0, {}, QStringLiteral("Before the outage")}));
    QVERIFY(storage->ping());

    // When the server goes away mid-session
    QVERIFY(server.halt());

    // Then a change is refused with a message that says so, and the board keeps what it had
    QVERIFY(!storage->ping());
    const auto refused =
        board.service().moveToStage(unsaved, qualify, {0, {}, QStringLiteral("During")});
    QVERIFY(!refused);
    QVERIFY2(refused.error().kind == Error::Kind::Offline, qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(QStringLiteral("does not answer")),
             qPrintable(refused.error().message));
    QCOMPARE(board.service().opportunity(unsaved)->stageId, board.service().stages().at(2).id);
    QVERIFY(!storage->reconnect());

    // When it is back, the storage connects again, and everything saved before is there
    QVERIFY(server.resume());
    QVERIFY2(storage->reconnect(), qPrintable(storage->reconnect().error().message));
    QVERIFY(storage->ping());
    feed.resubscribe();
    QVERIFY(feed.isLive());
    QVERIFY(board.service().reload());
    QCOMPARE(board.service().opportunity(saved)->stageId, qualify);
    QCOMPARE(board.service().opportunity(unsaved)->stageId, board.service().stages().at(2).id);
    const auto history = storage->opportunityStore().stageHistory(saved);
    QCOMPARE(history->last().toStageId, qualify);
    // ... the same move now goes through, and another person's changes arrive live again
    QVERIFY(board.service().moveToStage(unsaved, qualify, {0, {}, QStringLiteral("After")}));
    auto other = SqlStorage::open(location);
    QVERIFY(other);
    Opportunity renamed = *(*other)->opportunityStore().opportunity(saved);
    renamed.title = QStringLiteral("Renamed after the outage");
    QVERIFY((*other)->opportunityStore().updateOpportunity(renamed));
    QTRY_COMPARE_WITH_TIMEOUT(board.service().opportunity(saved)->title, renamed.title, 1000);
}

void TestOutage::shouldShowTheWindowOfflineAndConnectAgain()
{
    // Given a window on a shared database
    OwnServer server;
    QVERIFY(server.isRunning());
    const DatabaseLocation location = server.database(QStringLiteral("window"));
    QVERIFY(SqlStorage::createPostgresDatabase(location));
    MainWindow window;
    QVERIFY(window.openDatabase(location.toString()));
    window.show();
    auto *banner = window.findChild<QLabel *>(QStringLiteral("offlineBanner"));
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());

    // (no message box may stop the event loop: the banner alone speaks for the server)
    QTimer boxes;
    QStringList shown;
    connect(&boxes, &QTimer::timeout, &window, [&shown] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown.append(box->text());
            box->close();
        }
    });
    boxes.start(200);
    // When the server goes away, the window says so within its heartbeat, naming the server
    QVERIFY(server.halt());
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 8000);
    QVERIFY(
        banner->text().startsWith(QStringLiteral("Not connected to %1: the server does not answer.")
                                      .arg(location.toString())));

    // When it is back, the window connects again by itself and takes the banner away
    QVERIFY(server.resume());
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 8000);
    QVERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("Connected again")));
    QVERIFY2(shown.isEmpty(), qPrintable(shown.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestOutage)
#include "tst_outage.moc"
