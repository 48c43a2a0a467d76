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

Result<qint64> AccountExporter::exportTerritories(QIODevice *out,
                                                  const QList<TerritoryCoverage> &rows,
                                                  const QHash<qint64, QString> &userNames,
                                                  const ExportOptions &options)
{
    return writeTable(out,
                      {QStringLiteral("territory"), QStringLiteral("owner"),
                       QStringLiteral("accounts"), QStringLiteral("overdue")},
                      rows, options, [&](const TerritoryCoverage &row) {
                          return QStringList{options.text(row.territory.name),
                                             options.text(userNames.value(row.territory.ownerId)),
                                             QString::number(row.accounts),
                                             QString::number(row.overdue)};
                      });
}

Result<qint64> AccountExporter::exportCoverage(QIODevice *out, const QList<AccountSummary> &overdue,
                                               const TierIntervals &intervals, qint64 now,
                                               const ExportOptions &options)
{
    return writeTable(out,
                      {QStringLiteral("account"), QStringLiteral("territory"),
                       QStringLiteral("tier"), QStringLiteral("last_contact"),
                       QStringLiteral("due_by"), QStringLiteral("overdue_days")},
                      overdue, options, [&](const AccountSummary &s) {
                          const Coverage c = coverageOf(s, intervals, now);
                          return QStringList{options.text(s.account.name),
                                             options.text(s.account.territory),
                                             tierKey(s.account.tier),
                                             utcTime(s.lastActivityAt),
                                             utcTime(c.dueBy),
                                             c.dueBy ? QString::number(c.overdueDays) : QString()};
                      });
}

} // namespace Stageboard
