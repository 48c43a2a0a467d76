// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/coverage.h"

#include <QHash>
#include <algorithm>
#include <functional>

namespace Stageboard {

namespace {
constexpr qint64 daySeconds = 24 * 60 * 60;
}

Coverage coverageOf(const AccountSummary &account, const TierIntervals &intervals, qint64 now)
{
    Coverage c;
    const int days = intervals.days(account.account.tier);
    if (days <= 0)
        return c;
    c.tracked = true;
    if (account.lastActivityAt == 0) {
        c.overdue = true;
        return c;
    }
    c.dueBy = account.lastActivityAt + qint64(days) * daySeconds;
    if (now > c.dueBy) {
        c.overdue = true;
        c.overdueDays = int((now - c.dueBy) / daySeconds);
    }
    return c;
}

QList<TerritoryCoverage> territoryCoverage(const QList<Territory> &territories,
                                           const QList<AccountSummary> &accounts,
                                           const TierIntervals &intervals, qint64 now)
{
    QList<TerritoryCoverage> rows;
    QHash<qint64, qsizetype> rowOf;
    QHash<qint64, qint64> parentOf;
    for (const Territory &t : territories) {
        TerritoryCoverage row;
        row.territory = t;
        row.depth = t.parentId ? rows.value(rowOf.value(t.parentId, -1)).depth + 1 : 0;
        rowOf.insert(t.id, rows.size());
        parentOf.insert(t.id, t.parentId);
        rows.append(row);
    }
    TerritoryCoverage none;
    for (const AccountSummary &s : accounts) {
        const bool overdue = coverageOf(s, intervals, now).overdue;
        if (!rowOf.contains(s.account.territoryId)) {
            ++none.accounts;
            none.overdue += overdue ? 1 : 0;
            continue;
        }
        // The account's territory and every one above it; a cycle cannot be stored, but the
        // walk stops at the tree's size whatever the data says.
        qint64 id = s.account.territoryId;
        for (qsizetype steps = 0; id != 0 && steps <= rows.size(); ++steps) {
            const qsizetype row = rowOf.value(id, -1);
            if (row < 0)
                break;
            ++rows[row].accounts;
            rows[row].overdue += overdue ? 1 : 0;
            id = parentOf.value(id);
        }
    }
    if (none.accounts > 0)
        rows.append(none);
    return rows;
}

AttentionTier suggestedTier(Cents value, const QList<Cents> &valuesDescending)
{
    if (value <= 0)
        return AttentionTier::None;
    // How many have more, and how many have any value at all.
    const auto greater = std::lower_bound(valuesDescending.cbegin(), valuesDescending.cend(), value,
                                          std::greater<Cents>());
    const auto positive = std::lower_bound(valuesDescending.cbegin(), valuesDescending.cend(),
                                           Cents(0), std::greater<Cents>());
    const qsizetype rank = greater - valuesDescending.cbegin();
    const qsizetype valued = std::max<qsizetype>(1, positive - valuesDescending.cbegin());
    if (rank * 5 < valued)
        return AttentionTier::A;
    if (rank * 2 < valued)
        return AttentionTier::B;
    return AttentionTier::C;
}

QList<AccountSummary> overdueAccounts(const QList<AccountSummary> &accounts,
                                      const TierIntervals &intervals, qint64 now)
{
    struct Late
    {
        const AccountSummary *account;
        Coverage coverage;
    };
    QList<Late> late;
    for (const AccountSummary &s : accounts) {
        const Coverage c = coverageOf(s, intervals, now);
        if (c.overdue)
            late.append({&s, c});
    }
    std::sort(late.begin(), late.end(), [](const Late &l, const Late &r) {
        const bool lNever = l.coverage.dueBy == 0, rNever = r.coverage.dueBy == 0;
        if (lNever != rNever)
            return lNever;
        if (l.coverage.dueBy != r.coverage.dueBy)
            return l.coverage.dueBy < r.coverage.dueBy;
        const int byName = l.account->account.name.localeAwareCompare(r.account->account.name);
        return byName != 0 ? byName < 0 : l.account->account.id < r.account->account.id;
    });
    QList<AccountSummary> result;
    result.reserve(late.size());
    for (const Late &l : late)
        result.append(*l.account);
    return result;
}

} // namespace Stageboard
