// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/types.h"

#include <optional>

namespace Stageboard {

/// An account with what its deals, contacts and activities add up to: one row of the accounts
/// list. Amounts are in the reporting currency; a deal in a currency without a rate counts in
/// openDeals but not in the amounts (unconverted says how many).
struct AccountSummary
{
    Account account;
    QString owner; ///< the owner's name; empty for none
    int openDeals = 0;
    Cents openAmount = 0;
    Cents openWeighted = 0; ///< each open deal's amount × its probability
    Cents won12Months = 0;  ///< deals won in the 365 days before now
    int unconverted = 0;
    qint64 lastActivityAt = 0; ///< the latest activity done, on its deals or with its people
    qint64 nextActivityAt = 0; ///< the earliest not done yet; 0: none
    int contacts = 0;          ///< its people, deleted ones left out

    /// What the territory view ranks by: open weighted + won in 12 months + potential.
    Cents value() const { return openWeighted + won12Months + account.potential; }
};

/// The companies deals are made with, as the accounts list and an account's page show them.
/// Every method that writes is one transaction.
class AccountStore
{
public:
    virtual ~AccountStore() = default;

    /// Every account with its figures, by name, in one query (no query per account); only
    /// those of ids when ids is not empty. now is when "the last 12 months" end.
    virtual Result<QList<AccountSummary>> summaries(qint64 now, const QList<qint64> &ids = {}) = 0;
    /// One account as stored now (its territory's name read with it); nullopt when none.
    virtual Result<std::optional<Account>> account(qint64 id) = 0;
    /// Saves the name, industry, territory (by id), owner, tier, potential, country and head
    /// count; refused for an empty or taken name (Error::Kind::Invalid) and, when
    /// account.version is no longer the stored one, with Error::Kind::Conflict, so that nobody's
    /// change is lost unseen. Returns the account as stored, its version one up.
    virtual Result<Account> updateAccount(const Account &account) = 0;
};

} // namespace Stageboard
