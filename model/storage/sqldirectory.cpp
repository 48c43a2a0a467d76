// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqldirectory.h"

#include "core/fieldrules.h"
#include "storage/sqlrows.h"
#include "storage/sqlutil.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace Stageboard {

Result<QList<User>> SqlDirectory::users()
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (auto ok = exec(q, QStringLiteral("SELECT id, name, role, login, active FROM users "
                                         "ORDER BY name, id"));
        !ok) {
        return std::unexpected(failWith(tr("Cannot read the users"), ok.error()).error());
    }
    QList<User> result;
    while (q.next()) {
        result.append(User{q.value(0).toLongLong(), q.value(1).toString(),
                           userRoleFromKey(q.value(2).toString()).value_or(UserRole::Rep),
                           q.value(3).toString(), q.value(4).toInt() != 0});
    }
    return result;
}

Result<std::optional<qint64>> SqlDirectory::signedInUser()
{
    if (m_engine != Schema::Engine::Postgres)
        return std::nullopt;
    QSqlQuery q(db());
    if (auto ok = exec(q, QStringLiteral("SELECT id FROM users WHERE login = current_user")); !ok)
        return std::unexpected(failWith(tr("Cannot read the users"), ok.error()).error());
    if (!q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

Result<QList<Account>> SqlDirectory::accounts()
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (auto ok = exec(q, QStringLiteral("SELECT ") + accountColumns + accountsFrom +
                              QStringLiteral(" ORDER BY a.name, a.id"));
        !ok) {
        return std::unexpected(failWith(tr("Cannot read the accounts"), ok.error()).error());
    }
    QList<Account> result;
    while (q.next())
        result.append(readAccount(q));
    return result;
}

Result<qint64> SqlDirectory::addOne(const std::function<Result<qint64>(BulkSink &)> &add)
{
    qint64 id = 0;
    auto ok = m_writer.bulkInsert([&](BulkSink &sink) -> Result<void> {
        auto added = add(sink);
        if (!added)
            return std::unexpected(added.error());
        id = *added;
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return id;
}

Result<qint64> SqlDirectory::addUser(const User &user)
{
    return addOne([&](BulkSink &sink) { return sink.addUser(user); });
}

Result<void> SqlDirectory::updateUser(const User &user)
{
    const QString name = user.name.trimmed();
    if (name.isEmpty())
        return fail(tr("A user needs a name."));
    if (auto problem = lineProblem(name, maximumTextLength))
        return fail(tr("Name: %1").arg(*problem));
    Transaction transaction(db());
    if (auto ok = transaction.begin(); !ok)
        return ok;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE users SET name = ?, role = ?, active = ? WHERE id = ?"));
    q.addBindValue(name);
    q.addBindValue(userRoleKey(user.role));
    q.addBindValue(user.active ? 1 : 0);
    q.addBindValue(user.id);
    if (auto ok = exec(q); !ok)
        return failWith(tr("Cannot change the user %1").arg(name), ok.error());
    if (q.numRowsAffected() != 1)
        return fail(tr("The user %1 no longer exists.").arg(name));
    // Someone must still be able to change users and the process.
    QSqlQuery admins(db());
    admins.prepare(QStringLiteral("SELECT COUNT(*) FROM users WHERE role = ? AND active = 1"));
    admins.addBindValue(userRoleKey(UserRole::Admin));
    if (auto ok = exec(admins); !ok)
        return failWith(tr("Cannot change the user %1").arg(name), ok.error());
    if (!admins.next() || admins.value(0).toInt() == 0) {
        return fail(tr("%1 is the last active admin: make someone else an admin first, so that "
                       "somebody can still change users and the process.")
                        .arg(name));
    }
    return transaction.commit();
}

Result<qint64> SqlDirectory::addAccount(const Account &account)
{
    return addOne([&](BulkSink &sink) { return sink.addAccount(account); });
}

Result<QList<TeamRole>> SqlDirectory::teamRoles()
{
    QList<TeamRole> result;
    QHash<qint64, qsizetype> byId;
    {
        QSqlQuery q(db());
        q.setForwardOnly(true);
        if (auto ok = exec(q, QStringLiteral("SELECT id, name, description FROM team_roles "
                                             "ORDER BY name, id"));
            !ok) {
            return std::unexpected(failWith(tr("Cannot read the roles"), ok.error()).error());
        }
        while (q.next()) {
            byId.insert(q.value(0).toLongLong(), result.size());
            result.append(
                TeamRole{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
        }
    }
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (auto ok = exec(q, QStringLiteral("SELECT m.role_id, m.user_id FROM team_role_members m "
                                         "JOIN users u ON u.id = m.user_id "
                                         "ORDER BY m.role_id, u.name, u.id"));
        !ok) {
        return std::unexpected(failWith(tr("Cannot read the roles"), ok.error()).error());
    }
    while (q.next()) {
        if (const auto at = byId.find(q.value(0).toLongLong()); at != byId.end())
            result[*at].memberIds.append(q.value(1).toLongLong());
    }
    return result;
}

Result<qint64> SqlDirectory::saveTeamRole(const TeamRole &role)
{
    const QString name = role.name.trimmed();
    if (name.isEmpty())
        return fail(tr("A role needs a name."));
    if (auto problem = lineProblem(name, 200))
        return fail(tr("Name: %1").arg(*problem));
    if (role.description.size() > maximumTextLength) {
        return fail(tr("Description: longer than %1 characters.").arg(maximumTextLength));
    }
    const QString failure = role.id == 0 ? tr("Cannot add the role %1").arg(name)
                                         : tr("Cannot change the role %1").arg(name);
    Transaction transaction(db());
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());
    {
        // Names are compared as people read them: "legal" is taken by "Legal".
        QSqlQuery taken(db());
        taken.prepare(QStringLiteral(
            "SELECT COUNT(*) FROM team_roles WHERE lower(name) = lower(?) AND id <> ?"));
        taken.addBindValue(name);
        taken.addBindValue(role.id);
        if (auto ok = exec(taken); !ok)
            return std::unexpected(failWith(failure, ok.error()).error());
        if (taken.next() && taken.value(0).toInt() > 0)
            return fail(tr("There is already a role called %1.").arg(name));
    }
    qint64 id = role.id;
    if (id == 0) {
        QSqlQuery insert(db());
        prepareInsert(insert, QStringLiteral("INSERT INTO team_roles (name, description) VALUES "
                                             "(?, ?) RETURNING id"));
        insert.addBindValue(name);
        insert.addBindValue(text(role.description.trimmed()));
        auto added = insertReturningId(insert);
        if (!added)
            return std::unexpected(failWith(failure, added.error()).error());
        id = *added;
    } else {
        QSqlQuery update(db());
        update.prepare(
            QStringLiteral("UPDATE team_roles SET name = ?, description = ? WHERE id = ?"));
        update.addBindValue(name);
        update.addBindValue(text(role.description.trimmed()));
        update.addBindValue(id);
        if (auto ok = exec(update); !ok)
            return std::unexpected(failWith(failure, ok.error()).error());
        if (update.numRowsAffected() != 1)
            return fail(tr("The role %1 no longer exists.").arg(name));
        QSqlQuery clear(db());
        clear.prepare(QStringLiteral("DELETE FROM team_role_members WHERE role_id = ?"));
        clear.addBindValue(id);
        if (auto ok = exec(clear); !ok)
            return std::unexpected(failWith(failure, ok.error()).error());
    }
    QSet<qint64> added;
    for (qint64 userId : role.memberIds) {
        if (added.contains(userId))
            continue;
        added.insert(userId);
        QSqlQuery member(db());
        member.prepare(QStringLiteral("INSERT INTO team_role_members (role_id, user_id) "
                                      "SELECT CAST(? AS BIGINT), id FROM users WHERE id = ?"));
        member.addBindValue(id);
        member.addBindValue(userId);
        if (auto ok = exec(member); !ok)
            return std::unexpected(failWith(failure, ok.error()).error());
        if (member.numRowsAffected() != 1)
            return fail(tr("%1: user %2 does not exist.").arg(failure).arg(userId));
    }
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(failWith(failure, ok.error()).error());
    return id;
}

Result<void> SqlDirectory::removeTeamRole(qint64 roleId)
{
    Transaction transaction(db());
    if (auto ok = transaction.begin(); !ok)
        return ok;
    QSqlQuery used(db());
    used.prepare(QStringLiteral("SELECT COUNT(*) FROM exit_criteria WHERE signoff_role_id = ?"));
    used.addBindValue(roleId);
    if (auto ok = exec(used); !ok || !used.next())
        return failWith(tr("Cannot remove the role"), ok ? Error{} : ok.error());
    if (const int n = used.value(0).toInt(); n > 0) {
        return fail(tr("The role signs off %n exit criteria; choose another role for them first.",
                       nullptr, n),
                    Error::Kind::NotAllowed);
    }
    QSqlQuery owning(db());
    owning.prepare(
        QStringLiteral("SELECT COUNT(*) FROM stage_owner_teams o JOIN stages s ON "
                       "s.id = o.stage_id WHERE o.role_id = ? AND s.removed_at IS NULL"));
    owning.addBindValue(roleId);
    if (auto ok = exec(owning); !ok || !owning.next())
        return failWith(tr("Cannot remove the role"), ok ? Error{} : ok.error());
    if (const int n = owning.value(0).toInt(); n > 0) {
        return fail(tr("The role owns %n stages; take it off them in the process editor first.",
                       nullptr, n),
                    Error::Kind::NotAllowed);
    }
    // Its memberships go with it (ON DELETE CASCADE), in the same statement; so does what it
    // owned of stages taken out of the process.
    QSqlQuery removed(db());
    removed.prepare(QStringLiteral("DELETE FROM stage_owner_teams WHERE role_id = ?"));
    removed.addBindValue(roleId);
    if (auto ok = exec(removed); !ok)
        return failWith(tr("Cannot remove the role"), ok.error());
    QSqlQuery q(db());
    q.prepare(QStringLiteral("DELETE FROM team_roles WHERE id = ?"));
    q.addBindValue(roleId);
    if (auto ok = exec(q); !ok)
        return failWith(tr("Cannot remove the role"), ok.error());
    return transaction.commit();
}

} // namespace Stageboard
