// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/accountstore.h"
#include "storage/territorystore.h"

namespace Stageboard {

/// Where an account stands against its attention tier's contact interval.
struct Coverage
{
    bool tracked = false; ///< it has a tier (an account without one has no target)
    bool overdue = false; ///< tracked, and not in touch within its interval (or never)
    /// When it is next due for contact: the last contact plus the tier's days; 0 when it was
    /// never contacted (due at once) or is not tracked.
    qint64 dueBy = 0;
    /// Whole days past dueBy; 0 when not overdue or never contacted.
    int overdueDays = 0;
};

/// The account's coverage at now. The last contact is the latest activity done on its deals
/// or with its people.
Coverage coverageOf(const AccountSummary &account, const TierIntervals &intervals, qint64 now);

/// A territory's accounts and how many are overdue for contact, counting the territories
/// inside it too (a region adds up its territories).
struct TerritoryCoverage
{
    Territory territory; ///< id 0: the accounts in no territory
    int depth = 0;       ///< 0 at the top
    int accounts = 0;
    int overdue = 0;
};

/// Every territory in tree order (parents first), then, when any account has none, a row of
/// id 0 for those.
QList<TerritoryCoverage> territoryCoverage(const QList<Territory> &territories,
                                           const QList<AccountSummary> &accounts,
                                           const TierIntervals &intervals, qint64 now);

/// The tier an account's value (AccountSummary::value) suggests among the values of all
/// accounts, largest first: the top fifth of those with any value A, the next three tenths B,
/// the rest C; None for an account with no value (nothing open, won or potential).
AttentionTier suggestedTier(Cents value, const QList<Cents> &valuesDescending);

/// The overdue accounts, the longest overdue first: never contacted before any other, then by
/// days overdue, then by name.
QList<AccountSummary> overdueAccounts(const QList<AccountSummary> &accounts,
                                      const TierIntervals &intervals, qint64 now);

} // namespace Stageboard
