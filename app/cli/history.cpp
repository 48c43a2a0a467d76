// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"
#include "common.h"
#include "core/money.h"
#include "csv/csvwriter.h"

#include <QDateTime>
#include <QFile>

namespace Stageboard {

namespace {

int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    if (!parser.isSet(QStringLiteral("deal"))) {
        err << tr("history needs --deal ID.") << Qt::endl;
        return CliBadInput;
    }
    std::unique_ptr<SqlStorage> storage;
    std::unique_ptr<GateEngine> pipeline;
    if (auto failed = openForPipeline(parser, err, storage, pipeline))
        return *failed;
    const auto deal = opportunityArgument(parser, storage->opportunityStore(), err);
    if (!deal)
        return CliBadInput;
    auto history = storage->opportunityStore().stageHistory(deal->id);
    if (!history) {
        err << history.error().message << Qt::endl;
        return CliFailed;
    }
    const auto stageName = [&](std::optional<qint64> id) {
        const Stage *s = id ? pipeline->stage(*id) : nullptr;
        return s ? s->name : QString();
    };
    out.flush();
    QFile stdOut;
    stdOut.open(stdout, QIODevice::WriteOnly);
    CsvWriter csv(&stdOut);
    csv.writeRow({QStringLiteral("when"), QStringLiteral("from"), QStringLiteral("to"),
                  QStringLiteral("user"), QStringLiteral("amount"), QStringLiteral("probability"),
                  QStringLiteral("close_date"), QStringLiteral("override_reason"),
                  QStringLiteral("unmet_criteria"), QStringLiteral("process_change")});
    for (const StageChange &c : *history) {
        const User *u = pipeline->user(c.userId);
        csv.writeRow({QDateTime::fromSecsSinceEpoch(c.at, Qt::UTC).toString(Qt::ISODate),
                      stageName(c.fromStageId), stageName(c.toStageId), u ? u->name : QString(),
                      formatPlainAmount(c.amount), QString::number(c.probability),
                      c.closeDate.toString(Qt::ISODate), c.overrideReason,
                      c.unmetCriteria.join(QStringLiteral("; ")), c.processChange});
    }
    return CliOk;
}

} // namespace

Command historyCommand()
{
    Command c;
    c.name = QStringLiteral("history");
    c.summary = tr("Print a deal's stage ledger as CSV.");
    c.arguments = QString();
    c.description = tr("Prints every stage change of the deal --deal names, oldest first, as CSV.");
    c.addOptions = [](QCommandLineParser &parser) {
        addDatabaseOption(parser);
        addOpportunityOption(parser);
    };
    c.run = run;
    return c;
}

} // namespace Stageboard
