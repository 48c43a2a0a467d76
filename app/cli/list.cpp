// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"
#include "common.h"
#include "core/money.h"
#include "csv/csvexport.h"
#include "csv/csvwriter.h"

#include <QDateTime>
#include <QFile>
#include <algorithm>

namespace Stageboard {

namespace {

int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    auto storage = openDatabase(parser, err);
    if (!storage)
        return storage.error();
    auto stages = (*storage)->process().stages();
    auto users = (*storage)->directory().users();
    auto accounts = (*storage)->directory().accounts();
    auto deals = (*storage)->opportunityStore().opportunities();
    for (const auto *failure :
         {stages ? nullptr : &stages.error(), users ? nullptr : &users.error(),
          accounts ? nullptr : &accounts.error(), deals ? nullptr : &deals.error()}) {
        if (failure) {
            err << failure->message << Qt::endl;
            return CliFailed;
        }
    }
    QHash<qint64, QString> stageNames;
    for (const Stage &s : *stages)
        stageNames.insert(s.id, s.name);
    const auto outcome = [&](const Opportunity &o) {
        for (const Stage &s : *stages) {
            if (s.id == o.stageId)
                return outcomeKey(&s, o);
        }
        return outcomeKey(nullptr, o);
    };
    QHash<qint64, QString> userNames;
    for (const User &u : *users)
        userNames.insert(u.id, u.name);
    QHash<qint64, QString> accountNames;
    for (const Account &a : *accounts)
        accountNames.insert(a.id, a.name);

    qint64 onlyStage = 0;
    if (parser.isSet(QStringLiteral("stage"))) {
        const QString wanted = parser.value(QStringLiteral("stage"));
        for (const Stage &s : *stages) {
            if (s.name.compare(wanted, Qt::CaseInsensitive) == 0)
                onlyStage = s.id;
        }
        if (onlyStage == 0) {
            err << unknownStage(wanted, *stages) << Qt::endl;
            return CliBadInput;
        }
    }

    std::sort(deals->begin(), deals->end(),
              [](const Opportunity &a, const Opportunity &b) { return a.id < b.id; });
    out.flush();
    QFile stdOut;
    if (!stdOut.open(stdout, QIODevice::WriteOnly)) {
        err << tr("Cannot write to standard output.") << Qt::endl;
        return CliFailed;
    }
    CsvWriter csv(&stdOut);
    csv.writeRow({QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("account"),
                  QStringLiteral("owner"), QStringLiteral("stage"), QStringLiteral("amount"),
                  QStringLiteral("currency"), QStringLiteral("close_date"),
                  QStringLiteral("outcome"), QStringLiteral("next_activity_due"),
                  QStringLiteral("stakeholders")});
    for (const Opportunity &o : *deals) {
        if (onlyStage != 0 && o.stageId != onlyStage)
            continue;
        csv.writeRow(
            {QString::number(o.id), o.title, accountNames.value(o.accountId),
             userNames.value(o.ownerId), stageNames.value(o.stageId), formatPlainAmount(o.amount),
             o.currency, o.closeDate.toString(Qt::ISODate), outcome(o),
             o.nextActivityAt
                 ? QDateTime::fromSecsSinceEpoch(o.nextActivityAt, Qt::UTC).toString(Qt::ISODate)
                 : QString(),
             QString::number(o.stakeholders)});
    }
    stdOut.flush();
    return CliOk;
}

} // namespace

Command listCommand()
{
    Command c;
    c.name = QStringLiteral("list");
    c.summary = tr("Print the opportunities as CSV.");
    c.arguments = QString();
    c.description =
        tr("Prints every opportunity as CSV: id, title, account, owner, stage, amount, currency, "
           "close_date, outcome.");
    c.addOptions = [](QCommandLineParser &parser) {
        addDatabaseOption(parser);
        parser.addOption(
            {QStringLiteral("stage"), tr("Only the deals in this stage."), tr("name")});
    };
    c.run = run;
    return c;
}

} // namespace Stageboard
