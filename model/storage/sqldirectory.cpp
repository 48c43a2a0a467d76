// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqldirectory.h"

#include "core/fieldrules.h"
#include "storage/sqlrows.h"
#include "storage/sqlutil.h"

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
    if (auto ok = exec(q, QStringLiteral("SELECT id, name, industry, territory, owner_id FROM "
                                         "accounts ORDER BY name, id"));
        !ok) {
        return std::unexpected(failWith(tr("Cannot read the accounts"), ok.error()).error());
    }
    QList<Account> result;
    while (q.next()) {
        result.append(Account{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toString(), q.value(4).toLongLong()});
    }
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

} // namespace Stageboard
