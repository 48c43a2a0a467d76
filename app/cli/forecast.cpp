// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecast/forecast.h"

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
    const QString by = parser.value(QStringLiteral("by")).isEmpty()
                           ? QStringLiteral("month")
                           : parser.value(QStringLiteral("by"));
    const QStringList groupings{QStringLiteral("month"), QStringLiteral("quarter"),
                                QStringLiteral("year"), QStringLiteral("rep"),
                                QStringLiteral("stage")};
    if (!groupings.contains(by)) {
        err << tr("--by must be month, quarter, year, rep or stage, not \"%1\".").arg(by)
            << Qt::endl;
        return CliBadInput;
    }
    ForecastFilter filter;
    for (const QString &bound : {QStringLiteral("from"), QStringLiteral("to")}) {
        if (!parser.isSet(bound))
            continue;
        const auto month = monthArgument(parser, bound, err);
        if (!month)
            return CliBadInput;
        (bound == QLatin1StringView("from") ? filter.fromMonth : filter.toMonth) = *month;
    }
    if (filter.fromMonth.isValid() && filter.toMonth.isValid() &&
        filter.fromMonth > filter.toMonth) {
        err << tr("--from must not come after --to.") << Qt::endl;
        return CliBadInput;
    }
    filter.grouping = by == QLatin1StringView("quarter") ? PeriodGrouping::Quarter
                      : by == QLatin1StringView("year")  ? PeriodGrouping::Year
                                                         : PeriodGrouping::Month;
    std::unique_ptr<SqlStorage> storage;
    std::unique_ptr<GateEngine> pipeline;
    if (auto failed = openForPipeline(parser, err, storage, pipeline))
        return *failed;
    auto data = ForecastData::load({storage->forecast(), storage->process(), storage->directory()});
    if (!data) {
        err << data.error().message << Qt::endl;
        return CliFailed;
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (parser.isSet(QStringLiteral("snapshot"))) {
        if (auto ok = takeForecastSnapshot(storage->forecast(), *data, now); !ok) {
            err << ok.error().message << Qt::endl;
            return CliFailed;
        }
    }
    const ForecastResult result = data->compute(filter, now);
    if (!result.missingRates.isEmpty()) {
        err << tr("%n deal(s) left out: no exchange rate into %1 for %2.", nullptr,
                  int(result.unconverted))
                   .arg(result.currency, result.missingRates.join(QStringLiteral(", ")))
            << Qt::endl;
    }

    out.flush();
    QFile stdOut;
    stdOut.open(stdout, QIODevice::WriteOnly);
    CsvWriter csv(&stdOut);
    csv.writeRow({by == QLatin1StringView("rep")     ? QStringLiteral("rep")
                  : by == QLatin1StringView("stage") ? QStringLiteral("stage")
                                                     : QStringLiteral("period"),
                  QStringLiteral("deals"), QStringLiteral("amount"), QStringLiteral("weighted"),
                  QStringLiteral("commit"), QStringLiteral("best_case"),
                  QStringLiteral("closed_won"), QStringLiteral("quota"),
                  QStringLiteral("currency")});
    const auto row = [&](const QString &key, const ForecastFigures &f) {
        csv.writeRow({key, QString::number(f.opportunities), formatPlainAmount(f.amount),
                      formatPlainAmount(f.weighted), formatPlainAmount(f.commit()),
                      formatPlainAmount(f.bestCase()), formatPlainAmount(f.closedWon()),
                      f.quota ? formatPlainAmount(*f.quota) : QString(), result.currency});
    };
    if (by == QLatin1StringView("rep")) {
        for (const ForecastRepRow &r : result.reps) {
            const User *u = pipeline->user(r.ownerId);
            row(u ? u->name : QString(), r.figures);
        }
    } else if (by == QLatin1StringView("stage")) {
        for (const Stage &s : pipeline->stages()) {
            ForecastFilter one = filter;
            one.stageId = s.id;
            ForecastFigures f = data->compute(one, now).total;
            f.quota.reset(); // quotas are per rep and month, not per stage
            row(s.name, f);
        }
    } else {
        for (const ForecastPeriodRow &p : result.periods)
            row(p.key, p.figures);
    }
    return CliOk;
}

} // namespace

Command forecastCommand()
{
    Command c;
    c.name = QStringLiteral("forecast");
    c.summary = tr("Print the forecast as CSV.");
    c.arguments = QString();
    c.description = tr(
        "Prints the forecast as CSV: period (or rep, or stage), deals, amount, weighted, commit, "
        "best_case, closed_won, quota, currency. commit is closed won plus the deals "
        "in Commit; best_case is commit plus the deals in Best Case.");
    c.addOptions = [](QCommandLineParser &parser) {
        addDatabaseOption(parser);
        parser.addOption(
            {QStringLiteral("from"), tr("The first close month (YYYY-MM)."), tr("month")});
        parser.addOption(
            {QStringLiteral("to"), tr("The last close month (YYYY-MM)."), tr("month")});
        parser.addOption({QStringLiteral("by"),
                          tr("month (the default), quarter, year, rep or stage."), tr("key")});
        parser.addOption(
            {QStringLiteral("snapshot"), tr("Also record today's forecast snapshot.")});
    };
    c.run = run;
    return c;
}

} // namespace Stageboard
