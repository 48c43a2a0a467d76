#include "boardmodel.h"
#include "demogenerator.h"
#include "mainwindow.h"
#include "ownserver.h"
#include "pipeline.h"
#include "roles.h"
#include "serverroles.h"
#include "sqlstorage.h"

#include <QComboBox>
#include <QStandardPaths>
#include <QTest>

using namespace Stageboard;
using Stageboard::Test::OwnServer;

/// A rep's window on a shared server whose roles are set up: the window acts as the login's
/// user only, and what the server refuses is refused with a reason and changes nothing.
class TestTeamWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void shouldActOnlyAsTheSignedInRep();
};

void TestTeamWindow::shouldActOnlyAsTheSignedInRep()
{
    // Given a team database whose owner ran setup-roles
    OwnServer server;
    QVERIFY(server.isRunning());
    const DatabaseLocation owner = server.database(QStringLiteral("team"));
    QVERIFY(SqlStorage::createPostgresDatabase(owner));
    QList<ServerLogin> logins;
    QList<Opportunity> deals;
    {
        auto storage = SqlStorage::open(owner);
        QVERIFY(storage);
        DemoOptions demo;
        demo.deals = 40;
        QVERIFY(generateDemo(**storage, demo));
        auto set = ServerRoles::setUp(**storage);
        QVERIFY2(set, set ? "" : qPrintable(set.error().message));
        logins = *set;
        deals = *(*storage)->opportunities();
    }
    const auto firstRep = [&logins](int skip) {
        for (const ServerLogin &l : std::as_const(logins)) {
            if (l.role == UserRole::Rep && skip-- == 0)
                return l;
        }
        return ServerLogin{};
    };
    const ServerLogin rep = firstRep(0);
    const ServerLogin other = firstRep(1);

    // When the rep opens it with their own login
    DatabaseLocation mine = owner;
    mine.user = rep.login;
    MainWindow window;
    const auto opened = window.openDatabase(mine.toString());
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));

    // Then the window acts as them, and no one else may be chosen
    auto *acting = window.findChild<QComboBox *>(QStringLiteral("actingUser"));
    QVERIFY(acting);
    QVERIFY(acting->currentText().startsWith(rep.name));
    QVERIFY(!acting->isEnabled());
    QCOMPARE(window.model()->currentUserId(), rep.userId);

    // And moving another rep's deal back a stage is refused by the server, with a reason, and
    // the card stays where it was
    const Pipeline &pipeline = window.model()->pipeline();
    for (const Opportunity &o : std::as_const(deals)) {
        const Stage *stage = pipeline.stage(o.stageId);
        if (o.ownerId != other.userId || !stage || stage->kind != StageKind::Open)
            continue;
        const Stage *first = &pipeline.stages().first();
        if (first->id == o.stageId)
            continue;
        const auto moved = window.model()->moveToStage(o.id, first->id);
        QVERIFY(!moved);
        QCOMPARE(moved.error().kind, Error::Kind::NotAllowed);
        QVERIFY2(moved.error().message.contains(QLatin1String("only their own deals")),
                 qPrintable(moved.error().message));
        const QModelIndex card = window.model()->opportunityIndex(o.id);
        QCOMPARE(card.data(StageIdRole).toLongLong(), o.stageId);
        return;
    }
    QFAIL("The demo has no open deal of the second rep past the first stage.");
}

QTEST_MAIN(TestTeamWindow)
#include "tst_teamwindow.moc"
