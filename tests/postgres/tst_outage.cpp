#include "boardmodel.h"
#include "changefeed.h"
#include "demogenerator.h"
#include "sqlstorage.h"

#include <QAbstractItemModelTester>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Stageboard;

namespace {

/// A PostgreSQL server of this test's own, which it can take down and bring back without
/// disturbing the other tests' server.
class OwnServer
{
public:
    OwnServer() { m_running = script(QStringLiteral("start")); }
    ~OwnServer() { script(QStringLiteral("stop")); }
    Q_DISABLE_COPY_MOVE(OwnServer)

    bool isRunning() const { return m_running; }
    bool halt() { return script(QStringLiteral("halt")); }
    bool resume() { return script(QStringLiteral("resume")); }
    DatabaseLocation database(const QString &name) const
    {
        QFile state(m_state);
        state.open(QIODevice::ReadOnly);
        DatabaseLocation location;
        location.kind = DatabaseLocation::Kind::Postgres;
        location.host = QStringLiteral("127.0.0.1");
        location.port =
            QString::fromLatin1(state.readAll()).section(QLatin1Char(' '), 0, 0).toInt();
        location.user = QStringLiteral("postgres");
        location.sslMode = QStringLiteral("disable");
        location.database = name;
        return location;
    }

private:
    bool script(const QString &action)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(QStringLiteral("sh"), {QStringLiteral(STAGEBOARD_PGSERVER), action, m_state});
        return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit &&
               p.exitCode() == 0;
    }

    QTemporaryDir m_dir;
    QString m_state = m_dir.filePath(QStringLiteral("server"));
    bool m_running = false;
};

} // namespace

class TestOutage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldKeepWhatWasSavedAndReconnectAfterTheServerReturns();
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
    demo.deals = 30;
    demo.seed = 4;
    QVERIFY(generateDemo(*storage, demo));
    BoardModel board(*storage);
    QAbstractItemModelTester tester(&board, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(board.reload());
    ChangeFeed feed(*storage);
    connect(&feed, &ChangeFeed::dealsChanged, &board,
            [&board](const QList<qint64> &ids) { QVERIFY(board.applyStoredChanges(ids)); });
    for (const User &u : board.users()) {
        if (u.role == UserRole::Manager)
            board.setCurrentUserId(u.id);
    }
    const qint64 saved = board.opportunityId(board.index(0, 0, board.index(2, 0)));
    const qint64 unsaved = board.opportunityId(board.index(1, 0, board.index(2, 0)));
    const qint64 qualify = board.stages().at(1).id;
    QVERIFY(board.moveToStage(saved, qualify, {0, {}, QStringLiteral("Before the outage")}));
    QVERIFY(storage->ping());

    // When the server goes away mid-session
    QVERIFY(server.halt());

    // Then a change is refused with a message that says so, and the board keeps what it had
    QVERIFY(!storage->ping());
    const auto refused = board.moveToStage(unsaved, qualify, {0, {}, QStringLiteral("During")});
    QVERIFY(!refused);
    QVERIFY2(refused.error().kind == Error::Kind::Offline, qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(QStringLiteral("does not answer")),
             qPrintable(refused.error().message));
    QCOMPARE(board.opportunity(unsaved)->stageId, board.stages().at(2).id);
    QVERIFY(!storage->reconnect());

    // When it is back, the storage connects again, and everything saved before is there
    QVERIFY(server.resume());
    QVERIFY2(storage->reconnect(), qPrintable(storage->reconnect().error().message));
    QVERIFY(storage->ping());
    feed.resubscribe();
    QVERIFY(feed.isLive());
    QVERIFY(board.reload());
    QCOMPARE(board.opportunity(saved)->stageId, qualify);
    QCOMPARE(board.opportunity(unsaved)->stageId, board.stages().at(2).id);
    const auto history = storage->stageHistory(saved);
    QCOMPARE(history->last().toStageId, qualify);
    // ... the same move now goes through, and another person's changes arrive live again
    QVERIFY(board.moveToStage(unsaved, qualify, {0, {}, QStringLiteral("After")}));
    auto other = SqlStorage::open(location);
    QVERIFY(other);
    Opportunity renamed = *(*other)->opportunity(saved);
    renamed.title = QStringLiteral("Renamed after the outage");
    QVERIFY((*other)->updateOpportunity(renamed));
    QTRY_COMPARE_WITH_TIMEOUT(board.opportunity(saved)->title, renamed.title, 1000);
}

QTEST_GUILESS_MAIN(TestOutage)
#include "tst_outage.moc"
