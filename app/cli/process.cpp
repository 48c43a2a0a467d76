// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"
#include "common.h"
#include "process/processdefinition.h"

#include <QFile>

namespace Stageboard {

namespace {

int processCommandRun(const QCommandLineParser &parser, const QStringList &arguments,
                      QTextStream &out, QTextStream &err)
{
    const QString what = arguments.value(0);
    if (!(what == QLatin1StringView("export") && arguments.size() == 1) &&
        !(what == QLatin1StringView("import") && arguments.size() == 2)) {
        err << tr("process takes export, or import FILE.") << Qt::endl;
        return CliBadInput;
    }
    std::unique_ptr<SqlStorage> storage;
    std::unique_ptr<GateEngine> pipeline;
    if (auto failed = openForPipeline(parser, err, storage, pipeline))
        return *failed;
    if (what == QLatin1StringView("import")) {
        const QString path = arguments.at(1);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            err << tr("Cannot read %1: %2").arg(path, file.errorString()) << Qt::endl;
            return CliBadInput;
        }
        const auto process = ProcessDefinition::fromJson(file.readAll());
        if (!process) {
            err << tr("%1: %2").arg(path, process.error().message) << Qt::endl;
            return CliBadInput;
        }
        const auto added = storage->process().addPipeline(*process);
        if (!added) {
            err << added.error().message << Qt::endl;
            return added.error().kind == Error::Kind::General ? CliBadInput : CliFailed;
        }
        out << tr("Added the pipeline \"%1\" with %2 stages.")
                   .arg(process->name, QString::number(process->stages.size()))
            << Qt::endl;
        return CliOk;
    }
    const SalesPipeline *chosen =
        pipeline->pipelines().isEmpty() ? nullptr : &pipeline->pipelines().first();
    if (parser.isSet(QStringLiteral("pipeline"))) {
        chosen = pipeline->pipelineNamed(parser.value(QStringLiteral("pipeline")));
        if (!chosen) {
            QStringList names;
            for (const SalesPipeline &p : pipeline->pipelines())
                names.append(p.name);
            err << tr("There is no pipeline named \"%1\"; there are: %2.")
                       .arg(parser.value(QStringLiteral("pipeline")),
                            names.join(QStringLiteral(", ")))
                << Qt::endl;
            return CliBadInput;
        }
    }
    if (!chosen) {
        err << tr("The database has no pipeline.") << Qt::endl;
        return CliFailed;
    }
    const auto process = storage->process().processDefinition(chosen->id);
    if (!process) {
        err << process.error().message << Qt::endl;
        return CliFailed;
    }
    QFile file;
    if (!openOutput(parser, file, out, err))
        return CliBadInput;
    file.write(process->toJson());
    return CliOk;
}

int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    return processCommandRun(parser, parser.positionalArguments(), out, err);
}

} // namespace

Command processCommand()
{
    Command c;
    c.name = QStringLiteral("process");
    c.summary = tr("Write a pipeline's process as JSON, or add one from a file.");
    c.arguments = tr("export | import FILE");
    c.description =
        tr("export writes a pipeline's process (--pipeline NAME, else the first) as JSON to "
           "--output FILE "
           "or standard output; import FILE adds the process in FILE as a new pipeline.");
    c.addOptions = [](QCommandLineParser &parser) {
        parser.addPositionalArgument(QStringLiteral("action"), tr("export, or import FILE."),
                                     tr("export | import FILE"));
        addDatabaseOption(parser);
        parser.addOption({QStringLiteral("pipeline"),
                          tr("export: the pipeline to write (its name)."), tr("name")});
        addOutputOption(parser);
    };
    c.run = run;
    return c;
}

} // namespace Stageboard
