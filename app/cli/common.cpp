// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common.h"

#include "core/databaselocation.h"

#include <QFile>
#include <QFileInfo>
#include <limits>

namespace Stageboard {

void addDatabaseOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("database"),
                      tr("The SQLite database file, or postgresql://user@host:port/database."),
                      tr("database")});
}

void addActingUserOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("as"),
                      tr("Who does it (a user's name); on a server that knows your login, you."),
                      tr("user")});
}

void addOpportunityOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("deal"), tr("The opportunity's id."), tr("id")});
}

void addOutputOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("output"),
                      tr("The file to write; without it, standard output."), tr("file")});
}

QString unknownStage(const QString &name, const QList<Stage> &stages)
{
    QStringList names;
    for (const Stage &s : stages)
        names.append(s.name);
    return tr("There is no stage named \"%1\". The stages are: %2.")
        .arg(name, names.join(QStringLiteral(", ")));
}

std::expected<std::unique_ptr<SqlStorage>, int> openDatabase(const QCommandLineParser &parser,
                                                             QTextStream &err, bool mayCreate)
{
    const auto location = DatabaseLocation::parse(parser.value(QStringLiteral("database")));
    if (!location) {
        err << location.error().message << Qt::endl;
        return std::unexpected(CliBadInput);
    }
    if (!location->isPostgres() && !mayCreate && !QFileInfo::exists(location->path)) {
        err << tr("There is no database at %1.").arg(location->path) << Qt::endl;
        return std::unexpected(CliBadInput);
    }
    auto storage = SqlStorage::open(*location);
    if (!storage) {
        err << storage.error().message << Qt::endl;
        return std::unexpected(CliBadInput);
    }
    return std::move(*storage);
}

std::optional<int> openForPipeline(const QCommandLineParser &parser, QTextStream &err,
                                   std::unique_ptr<SqlStorage> &storage,
                                   std::unique_ptr<GateEngine> &pipeline)
{
    auto opened = openDatabase(parser, err);
    if (!opened)
        return opened.error();
    storage = std::move(*opened);
    pipeline = std::make_unique<GateEngine>(storage->opportunityStore(), storage->process(),
                                            storage->directory());
    pipeline->setEvidenceSource(&storage->evidence());
    if (auto loaded = pipeline->load(); !loaded) {
        err << loaded.error().message << Qt::endl;
        return CliFailed;
    }
    return std::nullopt;
}

/// An id option (--deal, --contact, --id); 0 when not given, unset after saying why.
std::optional<qint64> idOption(const QCommandLineParser &parser, const QString &name,
                               QTextStream &err)
{
    if (!parser.isSet(name))
        return 0;
    bool ok = false;
    const qint64 id = parser.value(name).toLongLong(&ok);
    if (!ok || id <= 0) {
        err << tr("--%1 must be an id, not \"%2\".").arg(name, parser.value(name)) << Qt::endl;
        return std::nullopt;
    }
    return id;
}

std::optional<Opportunity> opportunityArgument(const QCommandLineParser &parser,
                                               OpportunityStore &deals, QTextStream &err)
{
    bool ok = false;
    const qint64 id = parser.value(QStringLiteral("deal")).toLongLong(&ok);
    if (!ok) {
        err << tr("--deal must be an opportunity id, not \"%1\".")
                   .arg(parser.value(QStringLiteral("deal")))
            << Qt::endl;
        return std::nullopt;
    }
    auto o = deals.opportunity(id);
    if (!o) {
        err << o.error().message << Qt::endl;
        return std::nullopt;
    }
    return *o;
}

std::optional<const User *> actingUser(const QCommandLineParser &parser, Directory &directory,
                                       const GateEngine &pipeline, QTextStream &err,
                                       const User *fallback)
{
    const QString named = parser.value(QStringLiteral("as"));
    const auto signedIn = directory.signedInUser();
    if (!signedIn) {
        err << signedIn.error().message << Qt::endl;
        return std::nullopt;
    }
    if (*signedIn) {
        const User *me = pipeline.user(**signedIn);
        if (!named.isEmpty() && (!me || me->name != named)) {
            err << tr("Your login acts as %1 on this server, and may not act as \"%2\".")
                       .arg(me ? me->name : QString(), named)
                << Qt::endl;
            return std::nullopt;
        }
        return me;
    }
    if (named.isEmpty())
        return fallback;
    const User *actor = pipeline.userNamed(named);
    if (!actor) {
        err << tr("There is no user named \"%1\"; see the users command.").arg(named) << Qt::endl;
        return std::nullopt;
    }
    return actor;
}

std::optional<const User *> requiredActor(const QCommandLineParser &parser, SqlStorage &storage,
                                          const GateEngine &pipeline, QTextStream &err,
                                          const QString &command)
{
    const auto actor = actingUser(parser, storage.directory(), pipeline, err, nullptr);
    if (!actor)
        return std::nullopt;
    if (!*actor) {
        err << tr("%1 needs --as: the user it is for.").arg(command) << Qt::endl;
        return std::nullopt;
    }
    return *actor;
}

std::optional<QChar> delimiterArgument(const QCommandLineParser &parser, QTextStream &err)
{
    const QString d = parser.value(QStringLiteral("delimiter"));
    if (d.isEmpty() || d == QLatin1StringView(","))
        return QLatin1Char(',');
    if (d == QLatin1StringView(";"))
        return QLatin1Char(';');
    if (d == QLatin1StringView("tab") || d == QLatin1StringView("\t"))
        return QLatin1Char('\t');
    err << tr("--delimiter must be \",\", \";\" or \"tab\", not \"%1\".").arg(d) << Qt::endl;
    return std::nullopt;
}

bool openOutput(const QCommandLineParser &parser, QFile &file, QTextStream &out, QTextStream &err)
{
    if (!parser.isSet(QStringLiteral("output"))) {
        out.flush();
        return file.open(stdout, QIODevice::WriteOnly);
    }
    file.setFileName(parser.value(QStringLiteral("output")));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        err << tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()) << Qt::endl;
        return false;
    }
    return true;
}

std::optional<QDate> monthArgument(const QCommandLineParser &parser, const QString &name,
                                   QTextStream &err)
{
    const QString value = parser.value(name);
    QDate date = QDate::fromString(value, Qt::ISODate);
    if (!date.isValid())
        date = QDate::fromString(value + QStringLiteral("-01"), Qt::ISODate);
    if (!date.isValid()) {
        err << tr("--%1 must be a date (YYYY-MM-DD) or a month (YYYY-MM), not \"%2\".")
                   .arg(name, value)
            << Qt::endl;
        return std::nullopt;
    }
    return QDate(date.year(), date.month(), 1);
}

int printCsv(QTextStream &out, QTextStream &err,
             const std::function<Result<qint64>(QIODevice *, const ExportOptions &)> &write)
{
    out.flush();
    QFile stdOut;
    stdOut.open(stdout, QIODevice::WriteOnly);
    ExportOptions raw;
    raw.raw = true;
    if (const auto written = write(&stdOut, raw); !written) {
        err << written.error().message << Qt::endl;
        return CliFailed;
    }
    return CliOk;
}

void printImportProblems(const ImportReport &report, QTextStream &out)
{
    for (const QString &row : report.badRowTexts())
        out << row << Qt::endl;
    for (const ImportProblem &w : std::as_const(report.warnings))
        out << tr("warning: %1").arg(w.text()) << Qt::endl;
}

int printImportOutcome(const ImportReport &report, bool dryRun, bool refused, QTextStream &out)
{
    // A long list of names helps nobody on a terminal: the first ten, then how many more.
    const auto someOf = [](const QStringList &names) {
        return names.size() <= 10 ? names.join(QStringLiteral(", "))
                                  : tr("%1 and %2 more")
                                        .arg(names.mid(0, 10).join(QStringLiteral(", ")))
                                        .arg(names.size() - 10);
    };
    if (!report.missingAccounts.isEmpty()) {
        out << tr("%n account(s) do not exist yet: %1", nullptr, int(report.missingAccounts.size()))
                   .arg(someOf(report.missingAccounts))
            << Qt::endl;
    }
    if (!report.missingOwners.isEmpty()) {
        out << tr("%n owner(s) do not exist yet: %1", nullptr, int(report.missingOwners.size()))
                   .arg(someOf(report.missingOwners))
            << Qt::endl;
    }
    const int rows = int(std::min<qint64>(report.rows, std::numeric_limits<int>::max()));
    const int bad = int(std::min<qint64>(report.badRows, std::numeric_limits<int>::max()));
    if (dryRun) {
        out << tr("Checked %n row(s):", nullptr, rows) << QLatin1Char(' ')
            << tr("%n cannot be imported.", nullptr, bad) << QLatin1Char(' ')
            << tr("Nothing was imported (dry run).") << Qt::endl;
    } else if (refused) {
        out << tr("Nothing was imported.") << QLatin1Char(' ');
        if (bad > 0)
            out << tr("Fix the %n row(s) above, or import the others with --skip-bad-rows.",
                      nullptr, bad)
                << QLatin1Char(' ');
        if (!report.missingAccounts.isEmpty() || !report.missingOwners.isEmpty())
            out << tr("Create the missing accounts and owners with --create-missing.");
        out << Qt::endl;
    } else {
        out << tr("Imported %1 of %n row(s).", nullptr, rows).arg(report.imported) << Qt::endl;
    }
    return refused || !report.problems.isEmpty() ? CliRefused : CliOk;
}

} // namespace Stageboard
