// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlstorage.h"
#include "testdatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Stageboard;
using Stageboard::Test::loadFixture;
using Stageboard::Test::TestDatabase;

/// The company's own roles (Legal, Finance, Plant manager…) and their members, as stored, on
/// both engines, and the upgrade that brought them.
class TestTeamRoles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldKeepTheCompanysOwnRoles();
    void shouldMakeLegalAndFinanceUsersMembersInTheUpgrade();
};

void TestTeamRoles::shouldKeepTheCompanysOwnRoles()
{
    // Given the demo's team: a new database starts with Legal and Finance, the demo's legal
    // and finance people their members
    TestDatabase db(10);
    Directory &directory = db.storage->directory();
    const auto userNamed = [&](const QString &name) {
        const QList<User> users = *directory.users();
        for (const User &u : users) {
            if (u.name == name)
                return u.id;
        }
        return qint64(0);
    };
    const auto roleNamed = [&](const QString &name) {
        const QList<TeamRole> roles = *directory.teamRoles();
        for (const TeamRole &r : roles) {
            if (r.name == name)
                return r;
        }
        return TeamRole{};
    };
    QCOMPARE(roleNamed(QStringLiteral("Legal")).name, QStringLiteral("Legal"));
    QCOMPARE(roleNamed(QStringLiteral("Finance")).name, QStringLiteral("Finance"));
    const qint64 jamie = userNamed(QStringLiteral("Jamie Novak"));
    const qint64 casey = userNamed(QStringLiteral("Casey Ivanova"));
    QVERIFY(jamie && casey);

    // When the admin adds "Plant manager" with two members
    TeamRole plant{0,
                   QStringLiteral("  Plant manager "),
                   QStringLiteral("Confirms delivery dates"),
                   {jamie, casey, jamie}};
    const auto added = directory.saveTeamRole(plant);
    QVERIFY2(added, qPrintable(added ? QString() : added.error().message));

    // Then it is listed, trimmed, with each member once, by name
    TeamRole stored = roleNamed(QStringLiteral("Plant manager"));
    QCOMPARE(stored.id, *added);
    QCOMPARE(stored.description, QStringLiteral("Confirms delivery dates"));
    QCOMPARE(stored.memberIds, (QList<qint64>{casey, jamie}));

    // And a second role of the same name, in other letters, is refused
    const auto twice = directory.saveTeamRole({0, QStringLiteral("plant MANAGER")});
    QVERIFY(!twice);
    QVERIFY2(twice.error().message.contains(QStringLiteral("already a role")),
             qPrintable(twice.error().message));
    // And so is a member who is no user, changing nothing
    stored.memberIds = {jamie, 999999};
    stored.name = QStringLiteral("Plant");
    const auto nobody = directory.saveTeamRole(stored);
    QVERIFY(!nobody);
    QVERIFY2(nobody.error().message.contains(QStringLiteral("999999")),
             qPrintable(nobody.error().message));
    QCOMPARE(roleNamed(QStringLiteral("Plant manager")).memberIds, (QList<qint64>{casey, jamie}));

    // When it is renamed with one member left, that is what is stored
    stored.memberIds = {jamie};
    QVERIFY(directory.saveTeamRole(stored));
    QCOMPARE(roleNamed(QStringLiteral("Plant")).memberIds, QList<qint64>{jamie});
    QVERIFY(roleNamed(QStringLiteral("Plant manager")).name.isEmpty());

    // When it is removed, its memberships go with it; the users stay
    QVERIFY(directory.removeTeamRole(stored.id));
    QVERIFY(roleNamed(QStringLiteral("Plant")).name.isEmpty());
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM team_role_members WHERE role_id = ?"),
                       {stored.id})
                 .toInt(),
             0);
    QVERIFY(userNamed(QStringLiteral("Jamie Novak")));
}

void TestTeamRoles::shouldMakeLegalAndFinanceUsersMembersInTheUpgrade()
{
    SQLITE_ONLY();
    // Given a version 9 file, from before the company's own roles, with a legal and a finance
    // user
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v9.sqlite"));
    QVERIFY(loadFixture(QStringLiteral("schema-v9.sql"), path));

    // When it is upgraded
    auto opened = SqlStorage::openSqlite(path);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));

    // Then every legal user is a member of "Legal" and every finance user of "Finance", and
    // nobody else of either
    const QList<User> users = *(*opened)->directory().users();
    const QList<TeamRole> roles = *(*opened)->directory().teamRoles();
    int mapped = 0;
    for (const TeamRole &role : roles) {
        const UserRole level =
            role.name == QLatin1String("Legal") ? UserRole::Legal : UserRole::Finance;
        QList<qint64> expected;
        for (const User &u : users) {
            if (u.role == level)
                expected.append(u.id);
        }
        QVERIFY2(!expected.isEmpty(), "the fixture has a legal and a finance user");
        QCOMPARE(role.memberIds, expected);
        ++mapped;
    }
    QCOMPARE(mapped, 2);
}

QTEST_GUILESS_MAIN(TestTeamRoles)
#include "tst_teamroles.moc"
