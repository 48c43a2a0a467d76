// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/csvexport.h"
#include "storage/accountstore.h"

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
};

} // namespace Stageboard
