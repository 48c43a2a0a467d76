// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiondialog.h"
#include "demo/demogenerator.h"
#include "itemmodels/boardmodel.h"
#include "itemmodels/roles.h"
#include "mainwindow.h"
#include "ownserver.h"
#include "passwordstore.h"
#include "services/gateengine.h"
#include "storage/serverroles.h"
#include "storage/sqlstorage.h"
#include "usersdialog.h"
#include "whendialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

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
    void shouldAskForThePasswordAndKeepItInTheKeyring();
    void shouldCreateANewSharedDatabase();
    void shouldGiveAPersonAddedInTheAppALoginOfTheirOwn();

private:
    /// Answers the connection dialog, each time it opens, with answer(dialog); counts them.
    struct DialogAnswerer
    {
        int shown = 0;
        QStringList problems;
        QTimer timer;
        explicit DialogAnswerer(std::function<void(ConnectionDialog &)> answer)
        {
            QObject::connect(&timer, &QTimer::timeout, [this, answer] {
                auto *dialog = qobject_cast<ConnectionDialog *>(QApplication::activeModalWidget());
                if (!dialog || dialog->property("answered").toBool())
                    return;
                dialog->setProperty("answered", true);
                ++shown;
                problems.append(dialog->errorText());
                answer(*dialog);
            });
            timer.start(50);
        }
    };
    /// Runs sql on the server as its superuser; the error, or empty.
    static QString asSuperuser(const DatabaseLocation &server, const QString &sql);
};

QString TestTeamWindow::asSuperuser(const DatabaseLocation &server, const QString &sql)
{
    QString error;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("su"));
        c.setHostName(server.host);
        c.setPort(server.port);
        c.setUserName(QStringLiteral("postgres"));
        c.setDatabaseName(QStringLiteral("postgres"));
        if (!c.open()) {
            error = c.lastError().text();
        } else {
            QSqlQuery q(c);
            if (!q.exec(sql))
                error = q.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("su"));
    return error;
}

void TestTeamWindow::shouldAskForThePasswordAndKeepItInTheKeyring()
{
    // Given a server where "pat" must give a password (the rest of the test server trusts
    // everyone on 127.0.0.1), and a database pat owns
    OwnServer server;
    QVERIFY(server.isRunning());
    const DatabaseLocation admin = server.database(QStringLiteral("postgres"));
    QCOMPARE(asSuperuser(admin, QStringLiteral("CREATE ROLE pat LOGIN PASSWORD 'pat-secret-1'")),
             QString());
    QCOMPARE(asSuperuser(admin, QStringLiteral("CREATE DATABASE patsdeals OWNER pat")), QString());
    QCOMPARE(asSuperuser(admin,
                         QStringLiteral(
                             "DO $$ BEGIN "
                             "CREATE TEMP TABLE hba (line TEXT); "
                             "INSERT INTO hba VALUES ('host all pat 127.0.0.1/32 scram-sha-256'), "
                             "('host all all 127.0.0.1/32 trust'), ('local all all trust'); "
                             "EXECUTE format('COPY hba TO %L', current_setting('hba_file')); "
                             "PERFORM pg_reload_conf(); END $$")),
             QString());
    DatabaseLocation pats = server.database(QStringLiteral("patsdeals"));
    pats.user = QStringLiteral("pat");

    // When pat opens it with no password, the dialog asks, saying why; pat types it
    auto kept = std::make_unique<MemoryPasswordStore>();
    MemoryPasswordStore *keyring = kept.get();
    {
        MainWindow window;
        window.setPasswordStore(std::move(kept));
        int asked = 0;
        DialogAnswerer answerer([&asked](ConnectionDialog &d) {
            if (asked++ > 0)
                return d.reject(); // asked again: the test reports why
            d.findChild<QLineEdit *>(QStringLiteral("password"))
                ->setText(QStringLiteral("pat-secret-1"));
            d.findChild<QCheckBox *>(QStringLiteral("remember"))->setChecked(true);
            d.findChild<QPushButton *>(QStringLiteral("connect"))->click();
        });
        const auto opened = window.connectToServer(pats);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        QCOMPARE(answerer.shown, 1);
        QVERIFY2(answerer.problems.first().contains(QLatin1String("password")),
                 qPrintable(answerer.problems.first()));
        // Then it is connected, the new database set up with the default process, pat its
        // first user (a manager), and the password in the keyring, not in the settings
        QVERIFY(window.model()->rowCount() >= 6);
        QCOMPARE(window.windowTitle(), QStringLiteral("patsdeals on 127.0.0.1 — Stageboard"));
        QCOMPARE(keyring->read(PasswordStore::keyFor(pats)),
                 std::optional<QString>(QStringLiteral("pat-secret-1")));
        QVERIFY(!QSettings()
                     .value(QStringLiteral("lastDatabase"))
                     .toString()
                     .contains(QLatin1String("pat-secret")));
        QVERIFY(!QSettings()
                     .value(QStringLiteral("lastServer"))
                     .toString()
                     .contains(QLatin1String("pat-secret")));
    }
}

void TestTeamWindow::shouldCreateANewSharedDatabase()
{
    // Given a server, and the connection dialog
    OwnServer server;
    QVERIFY(server.isRunning());
    DatabaseLocation fresh = server.database(QStringLiteral("renewals"));
    MainWindow window;
    window.setPasswordStore(std::make_unique<MemoryPasswordStore>());
    // When the person asks for a new database there (and, should the dialog come back with a
    // problem, gives up, so that the test says what it was)
    int asked = 0;
    DialogAnswerer answerer([&asked](ConnectionDialog &d) {
        if (asked++ == 0)
            d.findChild<QPushButton *>(QStringLiteral("createNew"))->click();
        else
            d.reject();
    });
    const auto opened = window.connectToServer(fresh, {}, true);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    QCOMPARE(answerer.shown, 1);
    // Then it exists, with the default process and no deals, and its creator is its manager,
    // acting as themselves
    QCOMPARE(window.model()->rowCount(), window.model()->service().gateEngine().stages().size());
    int deals = 0;
    for (int row = 0; row < window.model()->rowCount(); ++row)
        deals += window.model()->rowCount(window.model()->index(row, 0));
    QCOMPARE(deals, 0);
    QCOMPARE(window.model()->service().users().size(), 1);
    QCOMPARE(window.model()->service().users().first().login, QStringLiteral("postgres"));
    QVERIFY(!window.findChild<QComboBox *>(QStringLiteral("actingUser"))->isEnabled());

    // And asking again for the same new database says it exists, in the dialog, until cancel
    answerer.timer.stop(); // the second window's dialogs are the next answerer's
    MainWindow second;
    second.setPasswordStore(std::make_unique<MemoryPasswordStore>());
    int answers = 0;
    DialogAnswerer again([&answers](ConnectionDialog &d) {
        if (answers++ == 0)
            d.findChild<QPushButton *>(QStringLiteral("createNew"))->click();
        else
            d.reject();
    });
    const auto refused = second.connectToServer(fresh, {}, true);
    QVERIFY(!refused);
    QCOMPARE(again.shown, 2);
    QVERIFY2(again.problems.at(1).contains(QLatin1String("already exists")),
             qPrintable(again.problems.at(1)));
}

void TestTeamWindow::shouldGiveAPersonAddedInTheAppALoginOfTheirOwn()
{
    // Given a new shared database, opened by the person who made it (its admin)
    OwnServer server;
    QVERIFY(server.isRunning());
    const DatabaseLocation location = server.database(QStringLiteral("people"));
    QVERIFY(SqlStorage::createPostgresDatabase(location));
    MainWindow window;
    window.setPasswordStore(std::make_unique<MemoryPasswordStore>());
    const auto opened = window.connectToServer(location);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));

    // When the admin adds "Dana Reyes" as a rep in Users and Roles
    UsersDialog *dialog = window.editUsers();
    QVERIFY(dialog);
    QString shownOnce;
    Test::WhenDialog<QMessageBox> passwords([&](QMessageBox *box) {
        shownOnce = box->informativeText();
        box->accept();
    });
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("newName")),
                     QStringLiteral("Dana Reyes"));
    auto *role = dialog->findChild<QComboBox *>(QStringLiteral("newRole"));
    role->setCurrentIndex(role->findData(int(UserRole::Rep)));
    dialog->findChild<QPushButton *>(QStringLiteral("add"))->click();

    // Then the new login and its password are shown once, and the login exists on the server
    // acting as Dana, a rep
    QTRY_VERIFY(passwords.seen);
    QVERIFY2(shownOnce.startsWith(QStringLiteral("Dana Reyes: login ")), qPrintable(shownOnce));
    const QString login =
        shownOnce.section(QStringLiteral("login "), 1).section(QLatin1Char(','), 0, 0);
    QVERIFY(!login.isEmpty());
    QString actingAs;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("dana"));
        c.setHostName(location.host);
        c.setPort(location.port);
        c.setDatabaseName(location.database);
        c.setUserName(login);
        c.setPassword(shownOnce.section(QStringLiteral("password "), 1).trimmed());
        QVERIFY2(c.open(), qPrintable(c.lastError().text()));
        QSqlQuery q(c);
        QVERIFY(q.exec(
            QStringLiteral("SELECT u.name, u.role FROM users u WHERE u.id = stageboard_me()")));
        QVERIFY(q.next());
        actingAs = q.value(0).toString() + QLatin1Char('/') + q.value(1).toString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("dana"));
    QCOMPARE(actingAs, QStringLiteral("Dana Reyes/rep"));
    // And the dialog lists Dana with that login
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("users"));
    bool listed = false;
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column) {
            if (table->item(row, column) && table->item(row, column)->text() == login)
                listed = true;
        }
    }
    QVERIFY(listed);
    dialog->close();
}

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
        demo.opportunities = 40;
        QVERIFY(
            generateDemo((*storage)->process(), (*storage)->forecast(), (*storage)->bulk(), demo));
        auto set = ServerRoles::setUp(**storage);
        QVERIFY2(set, set ? "" : qPrintable(set.error().message));
        logins = *set;
        deals = *(*storage)->opportunityStore().opportunities();
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
    QCOMPARE(window.model()->service().currentUserId(), rep.userId);

    // And moving another rep's deal back a stage is refused by the server, with a reason, and
    // the card stays where it was
    const GateEngine &pipeline = window.model()->service().gateEngine();
    for (const Opportunity &o : std::as_const(deals)) {
        const Stage *stage = pipeline.stage(o.stageId);
        if (o.ownerId != other.userId || !stage || stage->kind != StageKind::Open)
            continue;
        const Stage *first = &pipeline.stages().first();
        if (first->id == o.stageId)
            continue;
        const auto moved = window.model()->service().moveToStage(o.id, first->id);
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
