// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"
#include "common.h"
#include "csv/accountcsv.h"

#include <QDateTime>

namespace Stageboard {

namespace {

int listAccounts(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    auto storage = openDatabase(parser, err);
    if (!storage)
        return storage.error();
    auto accounts = (*storage)->accounts().summaries(QDateTime::currentSecsSinceEpoch());
    if (!accounts) {
        err << accounts.error().message << Qt::endl;
        return CliFailed;
    }
    if (parser.isSet(QStringLiteral("territory"))) {
        const QString name = parser.value(QStringLiteral("territory")).trimmed();
        const auto territories = (*storage)->territories().territories();
        if (!territories) {
            err << territories.error().message << Qt::endl;
            return CliFailed;
        }
        const auto named =
            std::find_if(territories->cbegin(), territories->cend(), [&](const Territory &t) {
                return t.name.compare(name, Qt::CaseInsensitive) == 0;
            });
        if (named == territories->cend()) {
            QStringList names;
            for (const Territory &t : std::as_const(*territories))
                names.append(t.name);
            err << (names.isEmpty()
                        ? tr("There is no territory named \"%1\"; the database has none yet.")
                              .arg(name)
                        : tr("There is no territory named \"%1\"; the territories are: %2.")
                              .arg(name, names.join(QStringLiteral(", "))))
                << Qt::endl;
            return CliBadInput;
        }
        const QList<qint64> within = territoryAndBelow(*territories, named->id);
        accounts->removeIf(
            [&](const AccountSummary &s) { return !within.contains(s.account.territoryId); });
    }
    return printCsv(out, err, [&](QIODevice *file, const ExportOptions &raw) {
        return AccountExporter::exportAccounts(file, *accounts, raw, false);
    });
}

} // namespace

Command accountsCommand()
{
    Command c;
    c.name = QStringLiteral("accounts");
    c.summary = tr("Print the accounts as CSV, with their pipeline, wins and activities.");
    c.description =
        tr("Prints a row for every account, by name: id, name, industry, territory, owner, tier "
           "(A, B, C or empty), open_amount and open_weighted (its open deals, in the reporting "
           "currency), won_12m (won in the last 365 days), last_activity and next_activity "
           "(UTC; its deals' activities and its people's). --territory keeps the accounts of "
           "that territory and of the territories inside it.");
    c.addOptions = [](QCommandLineParser &parser) {
        addDatabaseOption(parser);
        parser.addOption({QStringLiteral("territory"),
                          tr("Only the accounts in this territory (or one inside it)."),
                          tr("name")});
    };
    c.run = listAccounts;
    return c;
}

} // namespace Stageboard
