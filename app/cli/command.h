// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>
#include <functional>

namespace Stageboard {

/// One command of stageboard-cli, in the manner of git's: its own options, its own help
/// ("stageboard-cli move --help") and what it does. Texts are translated when it is made.
struct Command
{
    QString name;              ///< as typed: "move"
    QString summary;           ///< one line for stageboard-cli --help
    QString arguments;         ///< what its usage line shows after the options, e.g. "FILE"
    QString description;       ///< what stageboard-cli NAME --help says before the options
    bool needsDatabase = true; ///< refused without --database
    /// Adds its options and positional arguments (--help is added for it).
    std::function<void(QCommandLineParser &parser)> addOptions;
    /// Runs it on the parsed arguments; returns the exit code (CliExit).
    std::function<int(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)> run;
};

// One file each.
Command demoCommand();
Command listCommand();
Command usersCommand();
Command moveCommand();
Command historyCommand();
Command forecastCommand();
Command exportCommand();
Command importCommand();
Command processCommand();
Command copyCommand();
Command setupRolesCommand();
Command contactsCommand();
Command contactCommand();
Command activitiesCommand();
Command activityCommand();
Command stakeholdersCommand();
Command stakeholderCommand();
Command debriefCommand();
Command rolesCommand();
Command roleCommand();
Command signOffCommand();
Command waitingCommand();
Command signOffLogCommand();
Command reviewsCommand();
Command reviewCommand();
Command winLossCommand();
Command coachingCommand();
Command accountsCommand();
Command territoriesCommand();

} // namespace Stageboard
