// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"
#include "common.h"
#include "demo/demogenerator.h"

#include <QElapsedTimer>

namespace Stageboard {

namespace {

int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    bool ok = false;
    const int deals = parser.value(QStringLiteral("deals")).toInt(&ok);
    if (!ok || deals < 0 || deals > 10'000'000) {
        err << tr("--deals must be a whole number from 0 to 10000000, not \"%1\".")
                   .arg(parser.value(QStringLiteral("deals")))
            << Qt::endl;
        return CliBadInput;
    }
    DemoOptions options;
    options.opportunities = deals;
    if (parser.isSet(QStringLiteral("seed"))) {
        options.seed = parser.value(QStringLiteral("seed")).toUInt(&ok);
        if (!ok) {
            err << tr("--seed must be a whole number, not \"%1\".")
                       .arg(parser.value(QStringLiteral("seed")))
                << Qt::endl;
            return CliBadInput;
        }
    }
    auto storage = openDatabase(parser, err, true);
    if (!storage)
        return storage.error();
    auto existing = (*storage)->opportunityStore().opportunityCount();
    if (!existing) {
        err << existing.error().message << Qt::endl;
        return CliFailed;
    }
    if (*existing > 0) {
        err << tr("%1 already holds %2 opportunities; demo data goes into a new database.")
                   .arg((*storage)->location())
                   .arg(*existing)
            << Qt::endl;
        return CliBadInput;
    }
    QElapsedTimer timer;
    timer.start();
    if (auto done = generateDemo((*storage)->process(), (*storage)->forecast(), (*storage)->bulk(),
                                 options);
        !done) {
        err << done.error().message << Qt::endl;
        return CliFailed;
    }
    out << tr("Created %1 with %2 opportunities in %3 s.")
               .arg((*storage)->location())
               .arg(deals)
               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
        << Qt::endl;
    return CliOk;
}

} // namespace

Command demoCommand()
{
    Command c;
    c.name = QStringLiteral("demo");
    c.summary = tr("Create a database with the default process and generated deals.");
    c.arguments = QString();
    c.description = tr(
        "Creates the database --database names (a new file, or an empty database on a server) with "
        "the default process and --deals generated opportunities, their history, "
        "quotas and forecast snapshots.");
    c.addOptions = [](QCommandLineParser &parser) {
        addDatabaseOption(parser);
        parser.addOption({QStringLiteral("deals"),
                          tr("How many deals to generate (60 unless given)."), tr("count"),
                          QStringLiteral("60")});
        parser.addOption({QStringLiteral("seed"),
                          tr("The random seed; the same seed gives the same data."), tr("number")});
    };
    c.run = run;
    return c;
}

} // namespace Stageboard
