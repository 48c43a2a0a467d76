// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqldirectory.h"

#include "storage/sqlrows.h"
#include "storage/sqlutil.h"

#include <QSqlQuery>

namespace Stageboard {

Result<QList<User>> SqlDirectory::users()
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (auto ok = exec(q, QStringLiteral("SELECT id, name, role, login FROM users "
                                         "ORDER BY name, id"));
        !ok) {
        return std::unexpected(failWith(tr("Cannot read the users"), ok.error()).error());
    }
    QList<User> result;
    while (q.next()) {
        result.append(User{q.value(0).toLongLong(), q.value(1).toString(),
                           userRoleFromKey(q.value(2).toString()).value_or(UserRole::Rep),
                           q.value(3).toString()});
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

Result<qint64> SqlDirectory::addAccount(const Account &account)
{
    return addOne([&](BulkSink &sink) { return sink.addAccount(account); });
}

} // namespace Stageboard
