// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"
#include "common.h"
#include "csv/accountcsv.h"
#include "storage/directory.h"

#include <QDateTime>

namespace Stageboard {

namespace {

int listTerritories(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    auto storage = openDatabase(parser, err);
    if (!storage)
        return storage.error();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    auto accounts = (*storage)->accounts().summaries(now);
    auto territories = (*storage)->territories().territories();
    auto intervals = (*storage)->territories().tierIntervals();
    auto users = (*storage)->directory().users();
    if (!accounts || !territories || !intervals || !users) {
        err << (!accounts      ? accounts.error().message
                : !territories ? territories.error().message
                : !intervals   ? intervals.error().message
                               : users.error().message)
            << Qt::endl;
        return CliFailed;
    }
    if (parser.isSet(QStringLiteral("coverage"))) {
        const QList<AccountSummary> overdue = overdueAccounts(*accounts, *intervals, now);
        return printCsv(out, err, [&](QIODevice *file, const ExportOptions &raw) {
            return AccountExporter::exportCoverage(file, overdue, *intervals, now, raw);
        });
    }
    QHash<qint64, QString> names;
    for (const User &u : std::as_const(*users))
        names.insert(u.id, u.name);
    const QList<TerritoryCoverage> rows =
        territoryCoverage(*territories, *accounts, *intervals, now);
    return printCsv(out, err, [&](QIODevice *file, const ExportOptions &raw) {
        return AccountExporter::exportTerritories(file, rows, names, raw);
    });
}

} // namespace

Command territoriesCommand()
{
    Command c;
    c.name = QStringLiteral("territories");
    c.summary = tr("Print the territories as CSV, with their accounts and those overdue for "
                   "contact.");
    c.description =
        tr("Prints a row for every territory, parents before the territories in them: "
           "territory, owner, accounts and overdue (the accounts not in touch within their "
           "tier's interval: A every %1 days, B %2, C %3 unless the admin set others; a region "
           "counts its territories'). The accounts in no territory come last, with the "
           "territory empty. With --coverage, a row for every overdue account instead, the "
           "longest overdue first: account, territory, tier, last_contact (UTC), due_by (UTC) "
           "and overdue_days; an account never contacted has the last three empty and comes "
           "first.")
            .arg(TierIntervals{}.a)
            .arg(TierIntervals{}.b)
            .arg(TierIntervals{}.c);
    c.addOptions = [](QCommandLineParser &parser) {
        addDatabaseOption(parser);
        parser.addOption(
            {QStringLiteral("coverage"), tr("Print the accounts overdue for contact instead.")});
    };
    c.run = listTerritories;
    return c;
}

} // namespace Stageboard
