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
    void shouldOwnStagesByTheCompanysRoles();
    void shouldMakeLegalAndFinanceStageOwnersRolesInTheUpgrade();
};

namespace {
Stage stageNamed(SqlStorage &storage, const QString &name)
{
    const QList<Stage> stages = *storage.process().stages();
    for (const Stage &s : stages) {
        if (s.name == name)
            return s;
    }
    return Stage{};
}
} // namespace

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

    // When the admin adds "Supply team" with two members
    TeamRole plant{0,
                   QStringLiteral("  Supply team "),
                   QStringLiteral("Plans the deliveries"),
                   {jamie, casey, jamie}};
    const auto added = directory.saveTeamRole(plant);
    QVERIFY2(added, qPrintable(added ? QString() : added.error().message));

    // Then it is listed, trimmed, with each member once, by name
    TeamRole stored = roleNamed(QStringLiteral("Supply team"));
    QCOMPARE(stored.id, *added);
    QCOMPARE(stored.description, QStringLiteral("Plans the deliveries"));
    QCOMPARE(stored.memberIds, (QList<qint64>{casey, jamie}));

    // And a second role of the same name, in other letters, is refused
    const auto twice = directory.saveTeamRole({0, QStringLiteral("supply TEAM")});
    QVERIFY(!twice);
    QVERIFY2(twice.error().message.contains(QStringLiteral("already a role")),
             qPrintable(twice.error().message));
    // And so is a member who is no user, changing nothing
    stored.memberIds = {jamie, 999999};
    stored.name = QStringLiteral("Supply");
    const auto nobody = directory.saveTeamRole(stored);
    QVERIFY(!nobody);
    QVERIFY2(nobody.error().message.contains(QStringLiteral("999999")),
             qPrintable(nobody.error().message));
    QCOMPARE(roleNamed(QStringLiteral("Supply team")).memberIds, (QList<qint64>{casey, jamie}));

    // When it is renamed with one member left, that is what is stored
    stored.memberIds = {jamie};
    QVERIFY(directory.saveTeamRole(stored));
    QCOMPARE(roleNamed(QStringLiteral("Supply")).memberIds, QList<qint64>{jamie});
    QVERIFY(roleNamed(QStringLiteral("Supply team")).name.isEmpty());

    // When it is removed, its memberships go with it; the users stay
    QVERIFY(directory.removeTeamRole(stored.id));
    QVERIFY(roleNamed(QStringLiteral("Supply")).name.isEmpty());
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

void TestTeamRoles::shouldOwnStagesByTheCompanysRoles()
{
    // Given a new database: the default process's stages owned by levels and by roles
    TestDatabase db;
    SqlStorage &storage = *db.storage;
    QCOMPARE(stageNamed(storage, QStringLiteral("Negotiate")).ownerRoles,
             QList<UserRole>{UserRole::Rep});
    QCOMPARE(stageNamed(storage, QStringLiteral("Negotiate")).ownerTeams,
             QStringList{QStringLiteral("Legal")});
    QCOMPARE(stageNamed(storage, QStringLiteral("Deliver/Finalize")).ownerTeams,
             (QStringList{QStringLiteral("Finance"), QStringLiteral("Legal")}));

    // When the admin makes Qualify the plant manager's and a role not yet there
    Stage qualify = stageNamed(storage, QStringLiteral("Qualify"));
    qualify.ownerTeams = {QStringLiteral("Plant manager"), QStringLiteral("Supply team"),
                          QStringLiteral("plant manager")};
    const auto saved = storage.process().updateStage(qualify);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));

    // Then it is owned by both, once each, and the new role exists
    QCOMPARE(stageNamed(storage, QStringLiteral("Qualify")).ownerTeams,
             (QStringList{QStringLiteral("Plant manager"), QStringLiteral("Supply team")}));
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM team_roles WHERE name = ?"),
                       {QStringLiteral("Supply team")})
                 .toInt(),
             1);

    // And a role that owns a stage cannot be removed; the stage keeps it
    qint64 supply = 0;
    const QList<TeamRole> roles = *storage.directory().teamRoles();
    for (const TeamRole &r : roles) {
        if (r.name == QLatin1String("Supply team"))
            supply = r.id;
    }
    const auto removed = storage.directory().removeTeamRole(supply);
    QVERIFY(!removed);
    QCOMPARE(removed.error().kind, Error::Kind::NotAllowed);
    QVERIFY2(removed.error().message.contains(QStringLiteral("process editor")),
             qPrintable(removed.error().message));
    QCOMPARE(stageNamed(storage, QStringLiteral("Qualify")).ownerTeams.size(), 2);

    // When the stage no longer names it, it can
    qualify.ownerTeams = {QStringLiteral("Plant manager")};
    QVERIFY(storage.process().updateStage(qualify));
    QCOMPARE(stageNamed(storage, QStringLiteral("Qualify")).ownerTeams,
             QStringList{QStringLiteral("Plant manager")});
    QVERIFY(storage.directory().removeTeamRole(supply));
}

void TestTeamRoles::shouldMakeLegalAndFinanceStageOwnersRolesInTheUpgrade()
{
    SQLITE_ONLY();
    // Given a version 13 file, whose stages the legal and finance levels own
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v13.sqlite"));
    QVERIFY(loadFixture(QStringLiteral("schema-v13.sql"), path));

    // When it is upgraded
    auto opened = SqlStorage::openSqlite(path);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    SqlStorage &storage = **opened;

    // Then those stages are owned by the roles "Legal" and "Finance", the rep still by level
    const Stage negotiate = stageNamed(storage, QStringLiteral("Negotiate"));
    QCOMPARE(negotiate.ownerRoles, QList<UserRole>{UserRole::Rep});
    QCOMPARE(negotiate.ownerTeams, QStringList{QStringLiteral("Legal")});
    const Stage deliver = stageNamed(storage, QStringLiteral("Deliver/Finalize"));
    QVERIFY(deliver.ownerRoles.isEmpty());
    QCOMPARE(deliver.ownerTeams, (QStringList{QStringLiteral("Finance"), QStringLiteral("Legal")}));
    QCOMPARE(stageNamed(storage, QStringLiteral("Identify")).ownerRoles,
             QList<UserRole>{UserRole::Rep});
    QVERIFY(stageNamed(storage, QStringLiteral("Identify")).ownerTeams.isEmpty());
}

QTEST_GUILESS_MAIN(TestTeamRoles)
#include "tst_teamroles.moc"
