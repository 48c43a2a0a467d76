// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"
#include "common.h"

namespace Stageboard {

namespace {

int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    for (const char *required : {"deal", "to"}) {
        if (!parser.isSet(QString::fromLatin1(required))) {
            err << tr("move needs --deal ID --to STAGE --as USER.") << Qt::endl;
            return CliBadInput;
        }
    }
    std::unique_ptr<SqlStorage> storage;
    std::unique_ptr<GateEngine> pipeline;
    if (auto failed = openForPipeline(parser, err, storage, pipeline))
        return *failed;
    const auto deal = opportunityArgument(parser, storage->opportunityStore(), err);
    if (!deal)
        return CliBadInput;
    // The stage of that name in the deal's own pipeline.
    const Stage *in = pipeline->stage(deal->stageId);
    const qint64 pipelineId = in ? in->pipelineId : 0;
    const Stage *to = pipeline->stageNamed(parser.value(QStringLiteral("to")), pipelineId);
    if (!to) {
        err << unknownStage(parser.value(QStringLiteral("to")), pipeline->stagesOf(pipelineId))
            << Qt::endl;
        return CliBadInput;
    }
    const auto acting = actingUser(parser, storage->directory(), *pipeline, err, nullptr);
    if (!acting)
        return CliBadInput;
    const User *actor = *acting;
    if (!actor) {
        err << tr("move needs --deal ID --to STAGE --as USER.") << Qt::endl;
        return CliBadInput;
    }
    if (to->id == deal->stageId) {
        out << tr("\"%1\" is already in %2; nothing was moved.").arg(deal->title, to->name)
            << Qt::endl;
        return CliOk;
    }
    MoveRequest request;
    request.toStageId = to->id;
    request.closeReason = parser.value(QStringLiteral("reason"));
    request.overrideReason = parser.value(QStringLiteral("override"));
    request.close.secondaryReasons = parser.values(QStringLiteral("also"));
    request.close.notes = parser.value(QStringLiteral("notes"));
    if (parser.isSet(QStringLiteral("lost-to")) && to->kind != StageKind::Lost) {
        err << tr("warning: --lost-to is for a deal lost to a competitor; %1 is not a lost stage, "
                  "so it was left out.")
                   .arg(to->name)
            << Qt::endl;
    } else if (parser.isSet(QStringLiteral("lost-to"))) {
        // A name from the list (in any case), or a new one that joins it, as in the app.
        const QString name = parser.value(QStringLiteral("lost-to")).trimmed();
        const auto competitors = storage->lookBack().competitors();
        if (!competitors) {
            err << competitors.error().message << Qt::endl;
            return CliFailed;
        }
        for (const Competitor &c : *competitors) {
            if (c.name.compare(name, Qt::CaseInsensitive) == 0)
                request.close.lostToId = c.id;
        }
        if (request.close.lostToId == 0) {
            const auto added = storage->lookBack().saveCompetitor({0, name});
            if (!added) {
                err << tr("--lost-to: %1").arg(added.error().message) << Qt::endl;
                return CliBadInput;
            }
            request.close.lostToId = added->id;
            out << tr("Added the competitor %1 to the list.").arg(added->name) << Qt::endl;
        }
    }
    auto outcome = pipeline->move(*deal, actor->id, request);
    if (!outcome) {
        const Error &e = outcome.error();
        switch (e.kind) {
        case Error::Kind::GateRefused:
        case Error::Kind::NotAllowed:
            err << e.message.section(QLatin1Char('\n'), 0, 0) << Qt::endl;
            for (const QString &item : e.items)
                err << item << Qt::endl;
            return CliRefused;
        case Error::Kind::NeedsCloseReason:
            err << e.message << QLatin1Char(' ') << tr("Give it with --reason.") << Qt::endl;
            return CliBadInput;
        default:
            err << e.message << Qt::endl;
            return CliFailed;
        }
    }
    for (const QString &warning : std::as_const(outcome->warnings))
        err << tr("warning: %1").arg(warning) << Qt::endl;
    const Stage *from = pipeline->stage(deal->stageId);
    out << tr("Moved \"%1\" from %2 to %3.")
               .arg(deal->title, from ? from->name : QString(), to->name)
        << Qt::endl;
    return CliOk;
}

} // namespace

Command moveCommand()
{
    Command c;
    c.name = QStringLiteral("move");
    c.summary = tr("Move a deal through its stage gates.");
    c.arguments = QString();
    c.description = tr(
        "Moves the deal --deal names to the stage --to names, as --as, through the stage's gate. "
        "Exits with 3 when the gate refuses, listing what is missing.");
    c.addOptions = [](QCommandLineParser &parser) {
        addDatabaseOption(parser);
        addOpportunityOption(parser);
        parser.addOption({QStringLiteral("to"), tr("The stage to move to."), tr("stage")});
        addActingUserOption(parser);
        parser.addOption(
            {QStringLiteral("reason"), tr("Why it was won or lost (to close it)."), tr("reason")});
        parser.addOption({QStringLiteral("also"),
                          tr("A further reason it was won or lost (repeatable)."), tr("reason")});
        parser.addOption({QStringLiteral("lost-to"),
                          tr("The competitor it was lost to (a new name joins the list)."),
                          tr("competitor")});
        parser.addOption({QStringLiteral("notes"), tr("Notes on the close."), tr("text")});
        parser.addOption({QStringLiteral("override"),
                          tr("A manager's reason to move past unmet required criteria."),
                          tr("reason")});
    };
    c.run = run;
    return c;
}

} // namespace Stageboard
