// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"
#include "common.h"
#include "csv/csvimport.h"

#include <QFile>

namespace Stageboard {

namespace {

int importFile(const QCommandLineParser &parser, const QString &path, QTextStream &out,
               QTextStream &err)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << tr("Cannot read %1: %2").arg(path, file.errorString()) << Qt::endl;
        return CliBadInput;
    }
    std::unique_ptr<SqlStorage> storage;
    std::unique_ptr<GateEngine> pipeline;
    if (auto failed = openForPipeline(parser, err, storage, pipeline))
        return *failed;
    ImportOptions options;
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    options.createMissing = parser.isSet(QStringLiteral("create-missing"));
    options.skipBadRows = parser.isSet(QStringLiteral("skip-bad-rows"));
    for (const QString &mapping : parser.values(QStringLiteral("stage-map"))) {
        const QString from = mapping.section(QLatin1Char('='), 0, 0).trimmed();
        const QString to = mapping.section(QLatin1Char('='), 1).trimmed();
        if (from.isEmpty() || !pipeline->stageNamed(to)) {
            err << tr("--stage-map needs FROM=STAGE with a stage of this process, not \"%1\".")
                       .arg(mapping)
                << Qt::endl;
            return CliBadInput;
        }
        options.stageMap.insert(from, to);
    }
    // Without --as, the first manager (or the first user) imports.
    const User *fallback = nullptr;
    for (const User &u : pipeline->users()) {
        if (!fallback && u.role == UserRole::Manager)
            fallback = &u;
    }
    if (!fallback && !pipeline->users().isEmpty())
        fallback = &pipeline->users().first();
    const auto acting = actingUser(parser, storage->directory(), *pipeline, err, fallback);
    if (!acting)
        return CliBadInput;
    options.actorId = *acting ? (*acting)->id : 0;

    CsvImporter importer(storage->opportunityStore(), storage->directory(), storage->bulk(),
                         *pipeline);
    auto report = importer.run(&file, options);
    if (!report) {
        err << tr("%1: %2").arg(path, report.error().message) << Qt::endl;
        return CliBadInput;
    }
    printImportProblems(*report, out);
    if (!report->unknownStages.isEmpty()) {
        out << tr("Map each stage this process lacks onto one of its own with --stage-map, "
                  "e.g. --stage-map \"%1=%2\".")
                   .arg(report->unknownStages.first(), pipeline->stages().value(0).name)
            << Qt::endl;
    }
    return printImportOutcome(*report, options.dryRun, report->refused(options), out);
}

int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        err << tr("import takes one FILE.") << Qt::endl;
        return CliBadInput;
    }
    return importFile(parser, files.first(), out, err);
}

} // namespace

Command importCommand()
{
    Command c;
    c.name = QStringLiteral("import");
    c.summary = tr("Import opportunities from CSV.");
    c.arguments = tr("FILE");
    c.description = tr(
        "Imports the opportunities in FILE (Salesforce, HubSpot, Pipedrive or Stageboard headers). "
        "Every row is checked first; exits with 3 when rows are refused, and then "
        "imports nothing unless told to skip them.");
    c.addOptions = [](QCommandLineParser &parser) {
        parser.addPositionalArgument(QStringLiteral("file"), tr("The CSV file to import."),
                                     tr("FILE"));
        addDatabaseOption(parser);
        addActingUserOption(parser);
        parser.addOption({QStringLiteral("dry-run"), tr("Check every row, import nothing.")});
        parser.addOption({QStringLiteral("stage-map"),
                          tr("Read stage FROM as this process's STAGE (repeatable)."),
                          tr("FROM=STAGE")});
        parser.addOption({QStringLiteral("create-missing"),
                          tr("Create the accounts and owners the database lacks.")});
        parser.addOption(
            {QStringLiteral("skip-bad-rows"), tr("Import the good rows even when some are bad.")});
    };
    c.run = run;
    return c;
}

} // namespace Stageboard
