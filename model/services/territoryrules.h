// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/types.h"

#include <optional>

namespace Stageboard {

/// Whether the rule takes the account: every field the rule sets matches (industry and country
/// whatever their case; a size band only an account whose head count is known and within it).
bool ruleMatches(const TerritoryRule &rule, const Account &account);

/// The territory the first matching rule gives the account; nullopt when none matches (the
/// account stays where it is).
std::optional<qint64> territoryByRules(const QList<TerritoryRule> &rules, const Account &account);

/// What applying the rules again would move: every account a rule gives another territory than
/// its own, in the accounts' order.
QList<TerritoryMove> previewRules(const QList<TerritoryRule> &rules,
                                  const QList<Account> &accounts);

} // namespace Stageboard
