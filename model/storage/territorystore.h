// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/types.h"

namespace Stageboard {

/// The target number of days between contacts with an account of each attention tier.
struct TierIntervals
{
    int a = 14;
    int b = 30;
    int c = 90;

    /// The days for a tier; 0 for None (no target).
    int days(AttentionTier tier) const
    {
        switch (tier) {
        case AttentionTier::A:
            return a;
        case AttentionTier::B:
            return b;
        case AttentionTier::C:
            return c;
        case AttentionTier::None:
            break;
        }
        return 0;
    }
    friend bool operator==(const TierIntervals &, const TierIntervals &) = default;
};

/// The territories (a tree: regions, the territories in them), who owns each, and how often
/// each tier of account is to be contacted. Every method that writes is one transaction; on a
/// server they are the admin's.
class TerritoryStore
{
public:
    virtual ~TerritoryStore() = default;

    /// Every territory, parents before their children, siblings by name.
    virtual Result<QList<Territory>> territories() = 0;
    /// Adds a territory (id 0) or changes its name, parent and owner; returns its id. Refused
    /// for an empty or taken name, a parent that does not exist or one inside the territory
    /// itself.
    virtual Result<qint64> saveTerritory(const Territory &territory) = 0;
    /// Removes a territory; its accounts and the territories in it move to its parent (none
    /// at the top), its rules go with it.
    virtual Result<void> removeTerritory(qint64 id) = 0;
    /// The rules that assign accounts to territories, in the order they are tried.
    virtual Result<QList<TerritoryRule>> rules() = 0;
    /// Replaces every rule with these, in this order, in one transaction. Refused for a
    /// territory that does not exist or a size band whose least is above its most.
    virtual Result<void> setRules(const QList<TerritoryRule> &rules) = 0;
    /// Moves the accounts to their new territories in one transaction; refused, moving none,
    /// when an account is no longer where the move says it comes from (someone moved it).
    virtual Result<void> moveAccounts(const QList<TerritoryMove> &moves) = 0;
    virtual Result<TierIntervals> tierIntervals() = 0;
    /// Refused for a day count below 1 or above 3650.
    virtual Result<void> setTierIntervals(const TierIntervals &intervals) = 0;
};

} // namespace Stageboard
