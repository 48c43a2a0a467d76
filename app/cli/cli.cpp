#include "cli.h"

#include "core/databaselocation.h"
#include "core/money.h"
#include "csv/csvexport.h"
#include "csv/csvimport.h"
#include "csv/csvwriter.h"
#include "demo/demogenerator.h"
#include "forecast/forecast.h"
#include "services/pipeline.h"
#include "storage/databasecopy.h"
#include "storage/serverroles.h"
#include "storage/sqlstorage.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <algorithm>

namespace Stageboard {

namespace {

// lupdate files tr() in free functions under the namespace, so the lookup uses it too.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Stageboard", text, disambiguation, n);
}

QString unknownStage(const QString &name, const QList<Stage> &stages)
{
    QStringList names;
    for (const Stage &s : stages)
        names.append(s.name);
    return tr("There is no stage named \"%1\". The stages are: %2.")
        .arg(name, names.join(QStringLiteral(", ")));
}

/// Opens --database: a SQLite file, which must exist unless it may be created, or a
/// postgresql:// address. Prints why not and hands back the exit code when it cannot.
std::expected<std::unique_ptr<SqlStorage>, int>
openDatabase(const QCommandLineParser &parser, QTextStream &err, bool mayCreate = false)
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

int runDemo(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
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
    options.deals = deals;
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
    auto existing = (*storage)->deals().opportunityCount();
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

int runList(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    auto storage = openDatabase(parser, err);
    if (!storage)
        return storage.error();
    auto stages = (*storage)->process().stages();
    auto users = (*storage)->directory().users();
    auto accounts = (*storage)->directory().accounts();
    auto deals = (*storage)->deals().opportunities();
    for (const auto *failure :
         {stages ? nullptr : &stages.error(), users ? nullptr : &users.error(),
          accounts ? nullptr : &accounts.error(), deals ? nullptr : &deals.error()}) {
        if (failure) {
            err << failure->message << Qt::endl;
            return CliFailed;
        }
    }
    QHash<qint64, QString> stageNames;
    for (const Stage &s : *stages)
        stageNames.insert(s.id, s.name);
    const auto outcome = [&](const Opportunity &o) {
        for (const Stage &s : *stages) {
            if (s.id == o.stageId)
                return outcomeKey(&s, o);
        }
        return outcomeKey(nullptr, o);
    };
    QHash<qint64, QString> userNames;
    for (const User &u : *users)
        userNames.insert(u.id, u.name);
    QHash<qint64, QString> accountNames;
    for (const Account &a : *accounts)
        accountNames.insert(a.id, a.name);

    qint64 onlyStage = 0;
    if (parser.isSet(QStringLiteral("stage"))) {
        const QString wanted = parser.value(QStringLiteral("stage"));
        for (const Stage &s : *stages) {
            if (s.name.compare(wanted, Qt::CaseInsensitive) == 0)
                onlyStage = s.id;
        }
        if (onlyStage == 0) {
            err << unknownStage(wanted, *stages) << Qt::endl;
            return CliBadInput;
        }
    }

    std::sort(deals->begin(), deals->end(),
              [](const Opportunity &a, const Opportunity &b) { return a.id < b.id; });
    out.flush();
    QFile stdOut;
    if (!stdOut.open(stdout, QIODevice::WriteOnly)) {
        err << tr("Cannot write to standard output.") << Qt::endl;
        return CliFailed;
    }
    CsvWriter csv(&stdOut);
    csv.writeRow({QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("account"),
                  QStringLiteral("owner"), QStringLiteral("stage"), QStringLiteral("amount"),
                  QStringLiteral("currency"), QStringLiteral("close_date"),
                  QStringLiteral("outcome")});
    for (const Opportunity &o : *deals) {
        if (onlyStage != 0 && o.stageId != onlyStage)
            continue;
        csv.writeRow({QString::number(o.id), o.title, accountNames.value(o.accountId),
                      userNames.value(o.ownerId), stageNames.value(o.stageId),
                      formatPlainAmount(o.amount), o.currency, o.closeDate.toString(Qt::ISODate),
                      outcome(o)});
    }
    stdOut.flush();
    return CliOk;
}

// Opens an existing database and loads its process, or says why not (exit code 2).
std::optional<int> openForPipeline(const QCommandLineParser &parser, QTextStream &err,
                                   std::unique_ptr<SqlStorage> &storage,
                                   std::unique_ptr<Pipeline> &pipeline)
{
    auto opened = openDatabase(parser, err);
    if (!opened)
        return opened.error();
    storage = std::move(*opened);
    pipeline =
        std::make_unique<Pipeline>(storage->deals(), storage->process(), storage->directory());
    if (auto loaded = pipeline->load(); !loaded) {
        err << loaded.error().message << Qt::endl;
        return CliFailed;
    }
    return std::nullopt;
}

std::optional<Opportunity> dealArgument(const QCommandLineParser &parser, DealStore &deals,
                                        QTextStream &err)
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

/// Who a command acts as. On a server that maps the login to a user, that user, and --as may
/// name only them; otherwise the user --as names, or, when --as is not given, fallback.
/// Unset (after saying why) when --as names nobody or someone else.
std::optional<const User *> actingUser(const QCommandLineParser &parser, Directory &directory,
                                       const Pipeline &pipeline, QTextStream &err,
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

int runUsers(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    std::unique_ptr<SqlStorage> storage;
    std::unique_ptr<Pipeline> pipeline;
    if (auto failed = openForPipeline(parser, err, storage, pipeline))
        return *failed;
    out.flush();
    QFile stdOut;
    stdOut.open(stdout, QIODevice::WriteOnly);
    CsvWriter csv(&stdOut);
    csv.writeRow({QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("login")});
    for (const User &u : pipeline->users())
        csv.writeRow({u.name, userRoleKey(u.role), u.login});
    return CliOk;
}

int runSetupRoles(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    auto opened = openDatabase(parser, err);
    if (!opened)
        return opened.error();
    const auto logins = ServerRoles::setUp(**opened);
    if (!logins) {
        err << logins.error().message << Qt::endl;
        return CliFailed;
    }
    out.flush();
    QFile stdOut;
    stdOut.open(stdout, QIODevice::WriteOnly);
    CsvWriter csv(&stdOut);
    csv.writeRow({QStringLiteral("login"), QStringLiteral("name"), QStringLiteral("role"),
                  QStringLiteral("new_password")});
    int created = 0;
    for (const ServerLogin &l : *logins) {
        csv.writeRow({l.login, l.name, userRoleKey(l.role), l.password});
        created += l.password.isEmpty() ? 0 : 1;
    }
    stdOut.flush();
    err << tr("%n login(s) created; pass each new password on to its person, who changes it "
              "with \"\\password\" in psql. Logins that existed keep their password.",
              nullptr, created)
        << Qt::endl;
    return CliOk;
}

int runMove(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    for (const char *required : {"deal", "to"}) {
        if (!parser.isSet(QString::fromLatin1(required))) {
            err << tr("move needs --deal ID --to STAGE --as USER.") << Qt::endl;
            return CliBadInput;
        }
    }
    std::unique_ptr<SqlStorage> storage;
    std::unique_ptr<Pipeline> pipeline;
    if (auto failed = openForPipeline(parser, err, storage, pipeline))
        return *failed;
    const auto deal = dealArgument(parser, storage->deals(), err);
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
    MoveRequest request;
    request.toStageId = to->id;
    request.closeReason = parser.value(QStringLiteral("reason"));
    request.overrideReason = parser.value(QStringLiteral("override"));
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

int runHistory(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    if (!parser.isSet(QStringLiteral("deal"))) {
        err << tr("history needs --deal ID.") << Qt::endl;
        return CliBadInput;
    }
    std::unique_ptr<SqlStorage> storage;
    std::unique_ptr<Pipeline> pipeline;
    if (auto failed = openForPipeline(parser, err, storage, pipeline))
        return *failed;
    const auto deal = dealArgument(parser, storage->deals(), err);
    if (!deal)
        return CliBadInput;
    auto history = storage->deals().stageHistory(deal->id);
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

/// Opens --output FILE, or standard output without it; says why not on err.
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

int runExport(const QCommandLineParser &parser, const QString &what, QTextStream &out,
              QTextStream &err)
{
    if (what != QLatin1StringView("opportunities") && what != QLatin1StringView("history") &&
        what != QLatin1StringView("forecast")) {
        err << tr("export takes opportunities, history or forecast, not \"%1\".").arg(what)
            << Qt::endl;
        return CliBadInput;
    }
    const QString periodName = parser.value(QStringLiteral("period"));
    if (!periodName.isEmpty() && periodName != QLatin1StringView("month") &&
        periodName != QLatin1StringView("quarter")) {
        err << tr("--period must be month or quarter, not \"%1\".").arg(periodName) << Qt::endl;
        return CliBadInput;
    }
    const auto delimiter = delimiterArgument(parser, err);
    if (!delimiter)
        return CliBadInput;
    std::unique_ptr<SqlStorage> storage;
    std::unique_ptr<Pipeline> pipeline;
    if (auto failed = openForPipeline(parser, err, storage, pipeline))
        return *failed;
    QFile file;
    if (!openOutput(parser, file, out, err))
        return CliBadInput;
    ExportOptions options;
    options.delimiter = *delimiter;
    options.byteOrderMark = parser.isSet(QStringLiteral("bom"));
    CsvExporter exporter(storage->deals(), storage->forecast(), storage->directory(), *pipeline);
    Result<qint64> written;
    if (what == QLatin1StringView("history")) {
        written = exporter.exportHistory(&file, options);
    } else if (what == QLatin1StringView("forecast")) {
        written = exporter.exportForecast(
            &file, periodName == QLatin1StringView("quarter") ? Period::Quarter : Period::Month,
            options);
    } else {
        auto deals = storage->deals().opportunities();
        if (!deals) {
            err << deals.error().message << Qt::endl;
            return CliFailed;
        }
        std::sort(deals->begin(), deals->end(),
                  [](const Opportunity &a, const Opportunity &b) { return a.id < b.id; });
        written = exporter.exportOpportunities(&file, *deals, options);
    }
    if (!written) {
        err << written.error().message << Qt::endl;
        return CliFailed;
    }
    file.flush();
    if (parser.isSet(QStringLiteral("output")))
        out << tr("Wrote %1 rows to %2.").arg(*written).arg(file.fileName()) << Qt::endl;
    return CliOk;
}

int runImport(const QCommandLineParser &parser, const QString &path, QTextStream &out,
              QTextStream &err)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << tr("Cannot read %1: %2").arg(path, file.errorString()) << Qt::endl;
        return CliBadInput;
    }
    std::unique_ptr<SqlStorage> storage;
    std::unique_ptr<Pipeline> pipeline;
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

    CsvImporter importer(storage->deals(), storage->directory(), storage->bulk(), *pipeline);
    auto report = importer.run(&file, options);
    if (!report) {
        err << tr("%1: %2").arg(path, report.error().message) << Qt::endl;
        return CliBadInput;
    }
    for (const ImportProblem &p : std::as_const(report->problems))
        out << p.text() << Qt::endl;
    // A long list of names helps nobody on a terminal: the first ten, then how many more.
    const auto someOf = [](const QStringList &names) {
        return names.size() <= 10 ? names.join(QStringLiteral(", "))
                                  : tr("%1 and %2 more")
                                        .arg(names.mid(0, 10).join(QStringLiteral(", ")))
                                        .arg(names.size() - 10);
    };
    if (!report->missingAccounts.isEmpty()) {
        out << tr("%n account(s) do not exist yet: %1", nullptr,
                  int(report->missingAccounts.size()))
                   .arg(someOf(report->missingAccounts))
            << Qt::endl;
    }
    if (!report->missingOwners.isEmpty()) {
        out << tr("%n owner(s) do not exist yet: %1", nullptr, int(report->missingOwners.size()))
                   .arg(someOf(report->missingOwners))
            << Qt::endl;
    }
    const bool refused = report->refused(options);
    if (options.dryRun) {
        out << tr("Checked %1 rows: %2 bad. Nothing was imported (dry run).")
                   .arg(report->rows)
                   .arg(report->problems.size())
            << Qt::endl;
    } else if (refused) {
        out << tr("Nothing was imported.") << QLatin1Char(' ');
        if (!report->problems.isEmpty())
            out << tr("Fix the rows above, or import the others with --skip-bad-rows.")
                << QLatin1Char(' ');
        if (!report->missingAccounts.isEmpty() || !report->missingOwners.isEmpty())
            out << tr("Create the missing accounts and owners with --create-missing.");
        out << Qt::endl;
    } else {
        out << tr("Imported %1 of %2 rows.").arg(report->imported).arg(report->rows) << Qt::endl;
    }
    return refused || !report->problems.isEmpty() ? CliRefused : CliOk;
}

} // namespace

// A month from "YYYY-MM" or a day in it from "YYYY-MM-DD".
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

int runForecast(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
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
    std::unique_ptr<Pipeline> pipeline;
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
        csv.writeRow({key, QString::number(f.deals), formatPlainAmount(f.amount),
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

int runProcess(const QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
               QTextStream &err)
{
    const QString what = arguments.value(0);
    if (!(what == QLatin1StringView("export") && arguments.size() == 1) &&
        !(what == QLatin1StringView("import") && arguments.size() == 2)) {
        err << tr("process takes export, or import FILE.") << Qt::endl;
        return CliBadInput;
    }
    std::unique_ptr<SqlStorage> storage;
    std::unique_ptr<Pipeline> pipeline;
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

int runCopy(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const auto from = DatabaseLocation::parse(parser.value(QStringLiteral("from")));
    const auto to = DatabaseLocation::parse(parser.value(QStringLiteral("to")));
    if (!from || !to) {
        err << (from ? to.error() : from.error()).message << Qt::endl;
        return CliBadInput;
    }
    if (parser.value(QStringLiteral("from")).isEmpty() ||
        parser.value(QStringLiteral("to")).isEmpty()) {
        err << tr("copy needs --from DATABASE and --to DATABASE.") << Qt::endl;
        return CliBadInput;
    }
    if (!from->isPostgres() && !QFileInfo::exists(from->path)) {
        err << tr("There is no database at %1.").arg(from->path) << Qt::endl;
        return CliBadInput;
    }
    auto source = SqlStorage::open(*from);
    if (!source) {
        err << source.error().message << Qt::endl;
        return CliBadInput;
    }
    auto target = SqlStorage::open(*to);
    if (!target) {
        err << target.error().message << Qt::endl;
        return CliBadInput;
    }
    QElapsedTimer timer;
    timer.start();
    const auto copied =
        DatabaseCopy::run(**source, **target, [&err](const QString &table, qint64 rows) {
            err << tr("%1: %2 rows").arg(table).arg(rows) << Qt::endl;
            return true;
        });
    if (!copied) {
        err << copied.error().message << Qt::endl;
        return CliFailed;
    }
    qint64 total = 0;
    for (const CopiedTable &t : *copied)
        total += t.rows;
    out << tr("Copied %1 rows from %2 to %3 in %4 s; every table's count matches.")
               .arg(total)
               .arg((*source)->location(), (*target)->location())
               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
        << Qt::endl;
    return CliOk;
}

int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Works with Stageboard databases without a display.\n\n"
           "Commands:\n"
           "  demo     Create a database with the default process and N generated deals.\n"
           "  list     Print the opportunities as CSV (id,title,account,owner,stage,amount,"
           "currency,close_date,outcome).\n"
           "  users    Print the users as CSV (name,role,login).\n"
           "  move     Move a deal through its stage gates; exits 3 when a gate refuses.\n"
           "  history  Print a deal's stage ledger as CSV.\n"
           "  forecast Print the forecast as CSV (period, deals, amount, weighted, commit,\n"
           "           best_case, closed_won, quota); commit is closed won plus deals in\n"
           "           Commit, best_case is commit plus deals in Best Case.\n"
           "  export opportunities|history|forecast  Write CSV to --output FILE, or to standard "
           "output.\n"
           "  import FILE  Import opportunities from CSV (Salesforce, HubSpot, Pipedrive or\n"
           "           Stageboard headers); exits 3 when rows are refused.\n"
           "  copy     Copy a whole database --from one --to another, e.g. a file onto a new\n"
           "           shared server (postgresql://user@host:port/database), checking that\n"
           "           every table's row count matches.\n"
           "  process export|import FILE  Write a pipeline's process (--pipeline NAME, else the\n"
           "           first) as JSON to --output FILE or standard output, or add the process in\n"
           "           FILE as a new pipeline.\n"
           "  setup-roles  On a PostgreSQL server, as the database's owner: give every user a\n"
           "           login of their own and let the server enforce what each role may do\n"
           "           (prints login,name,role,new_password as CSV)."));
    parser.addPositionalArgument(QStringLiteral("command"),
                                 tr("demo, list, users, move, history, forecast, export, import, "
                                    "process, copy or setup-roles"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version."));
    parser.addOption(help);
    parser.addOption(version);
    parser.addOption({QStringLiteral("database"),
                      tr("The SQLite database file, or postgresql://user@host:port/database."),
                      tr("database")});
    parser.addOption({QStringLiteral("deals"), tr("demo: how many deals to generate."), tr("count"),
                      QStringLiteral("60")});
    parser.addOption({QStringLiteral("seed"),
                      tr("demo: the random seed; the same seed gives the "
                         "same data."),
                      tr("number")});
    parser.addOption(
        {QStringLiteral("stage"), tr("list: only the deals in this stage."), tr("name")});
    parser.addOption(
        {QStringLiteral("deal"), tr("move, history: the opportunity's id."), tr("id")});
    parser.addOption({QStringLiteral("to"),
                      tr("move: the stage to move to. forecast: the last close month. copy: the "
                         "database to copy into."),
                      tr("stage|date|database")});
    parser.addOption({QStringLiteral("from"),
                      tr("forecast: the first close month (YYYY-MM). copy: the database to copy."),
                      tr("date|database")});
    parser.addOption({QStringLiteral("by"),
                      tr("forecast: month (default), quarter, year, rep or stage."), tr("key")});
    parser.addOption(
        {QStringLiteral("snapshot"), tr("forecast: also record today's forecast snapshot.")});
    parser.addOption(
        {QStringLiteral("as"),
         tr("move, import: who does it (a user's name); on a server that knows your login, "
            "you."),
         tr("user")});
    parser.addOption({QStringLiteral("reason"), tr("move: why it was won or lost."), tr("reason")});
    parser.addOption({QStringLiteral("output"), tr("export: the file to write."), tr("file")});
    parser.addOption(
        {QStringLiteral("delimiter"), tr("export: , (default), ; or tab."), tr("delimiter")});
    parser.addOption({QStringLiteral("period"), tr("export forecast: month (default) or quarter."),
                      tr("period")});
    parser.addOption(
        {QStringLiteral("bom"), tr("export: start with a byte-order mark, for spreadsheets.")});
    parser.addOption({QStringLiteral("dry-run"), tr("import: check every row, import nothing.")});
    parser.addOption({QStringLiteral("stage-map"),
                      tr("import: read stage FROM as this process's STAGE (repeatable)."),
                      tr("FROM=STAGE")});
    parser.addOption({QStringLiteral("create-missing"),
                      tr("import: create accounts and owners the database lacks.")});
    parser.addOption({QStringLiteral("skip-bad-rows"),
                      tr("import: import the good rows even when some are bad.")});
    parser.addOption({QStringLiteral("pipeline"),
                      tr("process export: the pipeline to write (its name)."), tr("name")});
    parser.addOption({QStringLiteral("override"),
                      tr("move: a manager's reason to move past unmet required criteria."),
                      tr("reason")});

    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return CliBadInput;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        return CliOk;
    }
    if (parser.isSet(version)) {
        out << QCoreApplication::applicationName() << QLatin1Char(' ')
            << QCoreApplication::applicationVersion() << Qt::endl;
        return CliOk;
    }
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    const bool takesArgument =
        command == QLatin1StringView("export") || command == QLatin1StringView("import");
    const bool isProcess = command == QLatin1StringView("process");
    if (isProcess ? (positional.size() < 2 || positional.size() > 3)
                  : positional.size() != (takesArgument ? 2 : 1)) {
        err << tr("Give one command: demo, list, users, move, history, forecast, export, import, "
                  "process, copy or setup-roles. See --help.")
            << Qt::endl;
        return CliBadInput;
    }
    if (command == QLatin1StringView("copy"))
        return runCopy(parser, out, err);
    if (!parser.isSet(QStringLiteral("database"))) {
        err << tr("--database PATH is required.") << Qt::endl;
        return CliBadInput;
    }
    if (command == QLatin1StringView("export"))
        return runExport(parser, positional.at(1), out, err);
    if (command == QLatin1StringView("import"))
        return runImport(parser, positional.at(1), out, err);
    if (command == QLatin1StringView("demo"))
        return runDemo(parser, out, err);
    if (command == QLatin1StringView("list"))
        return runList(parser, out, err);
    if (command == QLatin1StringView("users"))
        return runUsers(parser, out, err);
    if (command == QLatin1StringView("move"))
        return runMove(parser, out, err);
    if (command == QLatin1StringView("history"))
        return runHistory(parser, out, err);
    if (command == QLatin1StringView("setup-roles"))
        return runSetupRoles(parser, out, err);
    if (isProcess)
        return runProcess(parser, positional.mid(1), out, err);
    if (command == QLatin1StringView("forecast"))
        return runForecast(parser, out, err);
    err << tr("Unknown command \"%1\"; use demo, list, users, move, history, forecast, export, "
              "import, process, copy or setup-roles.")
               .arg(command)
        << Qt::endl;
    return CliBadInput;
}

} // namespace Stageboard
