// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/directory.h"
#include "storage/sqlbulkwriter.h"
#include "storage/sqlpart.h"

namespace Stageboard {

/// The directory of users and accounts on SQLite or PostgreSQL.
class SqlDirectory final : public Directory, private SqlPart
{
    Q_DECLARE_TR_FUNCTIONS(Stageboard::SqlStorage)

public:
    using SqlPart::SqlPart;
    Q_DISABLE_COPY_MOVE(SqlDirectory)

    Result<QList<User>> users() override;
    Result<std::optional<qint64>> signedInUser() override;
    Result<QList<Account>> accounts() override;
    Result<qint64> addUser(const User &user) override;
    Result<void> updateUser(const User &user) override;
    Result<qint64> addAccount(const Account &account) override;
    Result<QList<TeamRole>> teamRoles() override;
    Result<qint64> saveTeamRole(const TeamRole &role) override;
    Result<void> removeTeamRole(qint64 roleId) override;

private:
    /// Adds one row as the bulk writer adds it (its own transaction); returns its id.
    Result<qint64> addOne(const std::function<Result<qint64>(BulkSink &)> &add);
    /// A user or an account is added as the bulk writer adds them, so both write the same row.
    SqlBulkWriter m_writer{m_connection, m_location, m_engine};
};

} // namespace Stageboard
