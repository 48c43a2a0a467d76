// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/territoryrules.h"

namespace Stageboard {

bool ruleMatches(const TerritoryRule &rule, const Account &account)
{
    const auto same = [](const QString &wanted, const QString &has) {
        return wanted.trimmed().isEmpty() ||
               wanted.trimmed().compare(has.trimmed(), Qt::CaseInsensitive) == 0;
    };
    if (!same(rule.industry, account.industry) || !same(rule.country, account.country))
        return false;
    if (rule.minEmployees > 0 || rule.maxEmployees > 0) {
        if (account.employees <= 0)
            return false;
        if (rule.minEmployees > 0 && account.employees < rule.minEmployees)
            return false;
        if (rule.maxEmployees > 0 && account.employees > rule.maxEmployees)
            return false;
    }
    return true;
}

std::optional<qint64> territoryByRules(const QList<TerritoryRule> &rules, const Account &account)
{
    for (const TerritoryRule &rule : rules) {
        if (ruleMatches(rule, account))
            return rule.territoryId;
    }
    return std::nullopt;
}

QList<TerritoryMove> previewRules(const QList<TerritoryRule> &rules, const QList<Account> &accounts)
{
    QList<TerritoryMove> moves;
    for (const Account &a : accounts) {
        const std::optional<qint64> to = territoryByRules(rules, a);
        if (to && *to != a.territoryId)
            moves.append(TerritoryMove{a.id, a.territoryId, *to});
    }
    return moves;
}

} // namespace Stageboard
