// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/csvexport.h"
#include "services/coverage.h"
#include "storage/accountstore.h"

#include <QHash>

class QIODevice;

namespace Stageboard {

/// The accounts list as CSV, as the CLI prints it and the Accounts tab exports it: amounts
/// plain in the reporting currency, times in UTC (ISO 8601).
class AccountExporter final
{
public:
    /// id, name, industry, territory, owner, tier, open_amount, open_weighted, won_12m,
    /// last_activity, next_activity; withDetails adds country, employees, potential,
    /// open_deals and contacts.
    static QStringList header(bool withDetails);
    static Result<qint64> exportAccounts(QIODevice *out, const QList<AccountSummary> &accounts,
                                         const ExportOptions &options, bool withDetails);
    /// territory, owner, accounts, overdue: a row a territory in tree order (a region counts
    /// the territories in it), the accounts in none last with an empty territory.
    static Result<qint64> exportTerritories(QIODevice *out, const QList<TerritoryCoverage> &rows,
                                            const QHash<qint64, QString> &userNames,
                                            const ExportOptions &options);
    /// account, territory, tier, last_contact, due_by, overdue_days: the accounts overdue for
    /// contact, as overdueAccounts orders them; never contacted: last_contact, due_by and
    /// overdue_days empty.
    static Result<qint64> exportCoverage(QIODevice *out, const QList<AccountSummary> &overdue,
                                         const TierIntervals &intervals, qint64 now,
                                         const ExportOptions &options);
};

} // namespace Stageboard
