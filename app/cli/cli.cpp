// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "command.h"
#include "common.h"

namespace Stageboard {

namespace {

QList<Command> allCommands()
{
    return {demoCommand(),        listCommand(),       usersCommand(),      moveCommand(),
            historyCommand(),     forecastCommand(),   exportCommand(),     importCommand(),
            processCommand(),     copyCommand(),       setupRolesCommand(), contactsCommand(),
            contactCommand(),     activitiesCommand(), activityCommand(),   stakeholdersCommand(),
            stakeholderCommand(), debriefCommand(),    rolesCommand(),      roleCommand(),
            signOffCommand(),     waitingCommand(),    signOffLogCommand(), reviewsCommand(),
            reviewCommand(),      winLossCommand(),    coachingCommand(),   accountsCommand(),
            territoriesCommand()};
}

/// text folded into lines of at most 79 characters at spaces, as a terminal shows it best.
QString wrapped(const QString &text, int width = 79)
{
    QString result;
    qsizetype lineStart = 0;
    for (const QString &word : text.split(QLatin1Char(' '))) {
        if (result.size() > lineStart && result.size() - lineStart + 1 + word.size() > width) {
            result += QLatin1Char('\n');
            lineStart = result.size();
        } else if (result.size() > lineStart) {
            result += QLatin1Char(' ');
        }
        result += word;
    }
    return result;
}

QString programName()
{
    return QStringLiteral("stageboard-cli");
}

/// stageboard-cli --help: every command with its line, and how to learn more.
QString overview(const QList<Command> &commands)
{
    QString text = tr("Usage: %1 COMMAND [options]").arg(programName()) + QLatin1Char('\n') +
                   tr("Works with Stageboard databases without a display.") +
                   QStringLiteral("\n\n") + tr("Commands:") + QLatin1Char('\n');
    // A summary too long for its line goes on under itself, as a terminal shows it best.
    const QString indent(16, QLatin1Char(' '));
    for (const Command &c : commands) {
        const QString summary = wrapped(c.summary, 79 - indent.size());
        text += QStringLiteral("  %1  ").arg(c.name, -12) +
                QString(summary).replace(QLatin1Char('\n'), QLatin1Char('\n') + indent) +
                QLatin1Char('\n');
    }
    text += QLatin1Char('\n') +
            wrapped(tr("Every command but copy works on --database FILE or "
                       "postgresql://user@host:port/database; \"%1 COMMAND --help\" shows a "
                       "command's options.")
                        .arg(programName())) +
            QStringLiteral("\n\n") + tr("Options:") + QLatin1Char('\n') +
            QStringLiteral("  -h, --help  %1\n  --version   %2\n")
                .arg(tr("Show this help."), tr("Show the version.")) +
            QLatin1Char('\n') +
            wrapped(tr("Exit status: 0 done, 1 failed, 2 bad input, 3 refused (a gate, a rule or "
                       "bad rows).")) +
            QLatin1Char('\n');
    return text;
}

/// stageboard-cli COMMAND --help: its usage line, what it does, and its options only.
QString commandHelp(const Command &command, const QCommandLineParser &parser)
{
    const QString usage =
        tr("Usage: %1 %2 [options]").arg(programName(), command.name) +
        (command.arguments.isEmpty() ? QString() : QLatin1Char(' ') + command.arguments);
    // Qt's own usage line names no command: ours replaces it.
    const QString qtHelp = parser.helpText();
    return usage + qtHelp.mid(qtHelp.indexOf(QLatin1Char('\n')));
}

int runCommand(const Command &command, const QStringList &arguments, QTextStream &out,
               QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(wrapped(command.description));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOption(help);
    command.addOptions(parser);
    if (!parser.parse(QStringList{programName()} + arguments)) {
        err << tr("%1: %2 See \"%3 %1 --help\".")
                   .arg(command.name, parser.errorText(), programName())
            << Qt::endl;
        return CliBadInput;
    }
    if (parser.isSet(help)) {
        out << commandHelp(command, parser);
        return CliOk;
    }
    if (command.needsDatabase && !parser.isSet(QStringLiteral("database"))) {
        err << tr("%1: --database is required. See \"%2 %1 --help\".")
                   .arg(command.name, programName())
            << Qt::endl;
        return CliBadInput;
    }
    return command.run(parser, out, err);
}

} // namespace

int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QList<Command> commands = allCommands();
    QStringList names;
    for (const Command &c : commands)
        names.append(c.name);
    QString first = arguments.value(1);
    QStringList rest = arguments.mid(2);
    if (first == QLatin1StringView("--help") || first == QLatin1StringView("-h") ||
        first == QLatin1StringView("help")) {
        // "help move" is "move --help".
        if (!names.contains(arguments.value(2))) {
            out << overview(commands);
            return CliOk;
        }
        first = arguments.value(2);
        rest = {QStringLiteral("--help")};
    }
    if (first == QLatin1StringView("--version")) {
        out << QCoreApplication::applicationName() << QLatin1Char(' ')
            << QCoreApplication::applicationVersion() << Qt::endl;
        return CliOk;
    }
    if (first.isEmpty() || first.startsWith(QLatin1Char('-'))) {
        err << tr("Give one command: %1. See --help.").arg(names.join(QStringLiteral(", ")))
            << Qt::endl;
        return CliBadInput;
    }
    for (const Command &c : commands) {
        if (c.name == first)
            return runCommand(c, rest, out, err);
    }
    err << tr("Unknown command \"%1\"; use %2.").arg(first, names.join(QStringLiteral(", ")))
        << Qt::endl;
    return CliBadInput;
}

} // namespace Stageboard
