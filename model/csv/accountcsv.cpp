// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/accountcsv.h"

#include "core/money.h"

namespace Stageboard {

QStringList AccountExporter::header(bool withDetails)
{
    QStringList columns = {QStringLiteral("id"),           QStringLiteral("name"),
                           QStringLiteral("industry"),     QStringLiteral("territory"),
                           QStringLiteral("owner"),        QStringLiteral("tier"),
                           QStringLiteral("open_amount"),  QStringLiteral("open_weighted"),
                           QStringLiteral("won_12m"),      QStringLiteral("last_activity"),
                           QStringLiteral("next_activity")};
    if (withDetails) {
        columns +=
            {QStringLiteral("country"), QStringLiteral("employees"), QStringLiteral("potential"),
             QStringLiteral("open_deals"), QStringLiteral("contacts")};
    }
    return columns;
}

Result<qint64> AccountExporter::exportAccounts(QIODevice *out,
                                               const QList<AccountSummary> &accounts,
                                               const ExportOptions &options, bool withDetails)
{
    return writeTable(out, header(withDetails), accounts, options, [&](const AccountSummary &s) {
        const Account &a = s.account;
        QStringList fields = {QString::number(a.id),
                              options.text(a.name),
                              options.text(a.industry),
                              options.text(a.territory),
                              options.text(s.owner),
                              tierKey(a.tier),
                              formatPlainAmount(s.openAmount),
                              formatPlainAmount(s.openWeighted),
                              formatPlainAmount(s.won12Months),
                              utcTime(s.lastActivityAt),
                              utcTime(s.nextActivityAt)};
        if (withDetails) {
            fields += {options.text(a.country), QString::number(a.employees),
                       formatPlainAmount(a.potential), QString::number(s.openDeals),
                       QString::number(s.contacts)};
        }
        return fields;
    });
}

} // namespace Stageboard
