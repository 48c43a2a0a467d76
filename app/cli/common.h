// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli.h"
#include "core/types.h"
#include "csv/csvexport.h"
#include "csv/csvimport.h"
#include "services/gateengine.h"
#include "storage/sqlstorage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QTextStream>
#include <expected>
#include <functional>
#include <memory>
#include <optional>

class QFile;

// What the commands of stageboard-cli share: opening the database, reading the arguments more
// than one command takes, and the options they have in common.
namespace Stageboard {

// lupdate files tr() in free functions under the namespace, so the lookup uses it too.
inline QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Stageboard", text, disambiguation, n);
}

/// --database, which every command but copy takes.
void addDatabaseOption(QCommandLineParser &parser);
/// --as USER, for the commands that record who did something.
void addActingUserOption(QCommandLineParser &parser);
/// --deal ID.
void addOpportunityOption(QCommandLineParser &parser);
/// --output FILE.
void addOutputOption(QCommandLineParser &parser);

/// "There is no stage named …; the stages are …".
QString unknownStage(const QString &name, const QList<Stage> &stages);

/// Opens --database: a SQLite file, which must exist unless it may be created, or a
/// postgresql:// address. Prints why not and hands back the exit code when it cannot.
std::expected<std::unique_ptr<SqlStorage>, int>
openDatabase(const QCommandLineParser &parser, QTextStream &err, bool mayCreate = false);
/// Opens an existing database and loads its process, or says why not (and the exit code).
std::optional<int> openForPipeline(const QCommandLineParser &parser, QTextStream &err,
                                   std::unique_ptr<SqlStorage> &storage,
                                   std::unique_ptr<GateEngine> &pipeline);
/// An id option (--deal, --contact, --id); 0 when not given, unset after saying why.
std::optional<qint64> idOption(const QCommandLineParser &parser, const QString &name,
                               QTextStream &err);
/// The deal --deal names, as stored; unset after saying why.
std::optional<Opportunity> opportunityArgument(const QCommandLineParser &parser,
                                               OpportunityStore &deals, QTextStream &err);
/// Who a command acts as. On a server that maps the login to a user, that user, and --as may
/// name only them; otherwise the user --as names, or, when --as is not given, fallback.
/// Unset (after saying why) when --as names nobody or someone else.
std::optional<const User *> actingUser(const QCommandLineParser &parser, Directory &directory,
                                       const GateEngine &pipeline, QTextStream &err,
                                       const User *fallback);
/// The user --as names (or the server's login maps to), who command needs; unset, after
/// saying why, for nobody.
std::optional<const User *> requiredActor(const QCommandLineParser &parser, SqlStorage &storage,
                                          const GateEngine &pipeline, QTextStream &err,
                                          const QString &command);
/// --delimiter: ",", ";" or "tab"; unset after saying why.
std::optional<QChar> delimiterArgument(const QCommandLineParser &parser, QTextStream &err);
/// Opens --output FILE, or standard output without it; says why not on err.
bool openOutput(const QCommandLineParser &parser, QFile &file, QTextStream &out, QTextStream &err);
/// A month from "YYYY-MM" or a day in it from "YYYY-MM-DD", in option name.
std::optional<QDate> monthArgument(const QCommandLineParser &parser, const QString &name,
                                   QTextStream &err);
/// Runs write into standard output, text exactly as stored (for programs); on failure says why
/// on err and gives CliFailed.
int printCsv(QTextStream &out, QTextStream &err,
             const std::function<Result<qint64>(QIODevice *, const ExportOptions &)> &write);
/// An import's bad rows, one line each with all their problems, and its warnings.
void printImportProblems(const ImportReport &report, QTextStream &out);
/// The accounts and owners missing, and what was imported or why nothing was; the exit code.
int printImportOutcome(const ImportReport &report, bool dryRun, bool refused, QTextStream &out);

} // namespace Stageboard
