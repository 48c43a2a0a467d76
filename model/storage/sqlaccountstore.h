// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/accountstore.h"
#include "storage/sqlpart.h"

namespace Stageboard {

/// Accounts and their figures on SQLite or PostgreSQL.
class SqlAccountStore final : public AccountStore, private SqlPart
{
    Q_DECLARE_TR_FUNCTIONS(Stageboard::SqlStorage)

public:
    using SqlPart::SqlPart;
    Q_DISABLE_COPY_MOVE(SqlAccountStore)

    Result<QList<AccountSummary>> summaries(qint64 now, const QList<qint64> &ids) override;
    Result<std::optional<Account>> account(qint64 id) override;
    Result<Account> updateAccount(const Account &account) override;
};

} // namespace Stageboard
