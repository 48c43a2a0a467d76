#include "cli.h"

#include "csvwriter.h"
#include "demogenerator.h"
#include "money.h"
#include "pipeline.h"
#include "sqlstorage.h"

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
QString tr(const char *text)
{
    return QCoreApplication::translate("Stageboard", text);
}

int runDemo(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString path = parser.value(QStringLiteral("database"));
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
    auto storage = SqlStorage::openSqlite(path);
    if (!storage) {
        err << storage.error().message << Qt::endl;
        return CliBadInput;
    }
    auto existing = (*storage)->opportunityCount();
    if (!existing) {
        err << existing.error().message << Qt::endl;
        return CliFailed;
    }
    if (*existing > 0) {
        err << tr("%1 already holds %2 opportunities; demo data goes into a new file.")
                   .arg(path)
                   .arg(*existing)
            << Qt::endl;
        return CliBadInput;
    }
    QElapsedTimer timer;
    timer.start();
    if (auto done = generateDemo(**storage, options); !done) {
        err << done.error().message << Qt::endl;
        return CliFailed;
    }
    out << tr("Created %1 with %2 opportunities in %3 s.")
               .arg(QFileInfo(path).absoluteFilePath())
               .arg(deals)
               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
        << Qt::endl;
    return CliOk;
}

int runList(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString path = parser.value(QStringLiteral("database"));
    if (!QFileInfo::exists(path)) {
        err << tr("There is no database at %1.").arg(path) << Qt::endl;
        return CliBadInput;
    }
    auto storage = SqlStorage::openSqlite(path);
    if (!storage) {
        err << storage.error().message << Qt::endl;
        return CliBadInput;
    }
    auto stages = (*storage)->stages();
    auto users = (*storage)->users();
    auto accounts = (*storage)->accounts();
    auto deals = (*storage)->opportunities();
    for (const auto *failure :
         {stages ? nullptr : &stages.error(), users ? nullptr : &users.error(),
          accounts ? nullptr : &accounts.error(), deals ? nullptr : &deals.error()}) {
        if (failure) {
            err << failure->message << Qt::endl;
            return CliFailed;
        }
    }
    QHash<qint64, QString> stageNames;
    QHash<qint64, StageKind> stageKinds;
    for (const Stage &s : *stages) {
        stageNames.insert(s.id, s.name);
        stageKinds.insert(s.id, s.kind);
    }
    // Disqualified deals sit in the lost stage but never reached qualification.
    const auto outcome = [&](const Opportunity &o) {
        switch (stageKinds.value(o.stageId)) {
        case StageKind::Won:
            return QStringLiteral("won");
        case StageKind::Lost:
            return o.disqualified ? QStringLiteral("disqualified") : QStringLiteral("lost");
        case StageKind::Open:
            break;
        }
        return QStringLiteral("open");
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
        QStringList names;
        for (const Stage &s : *stages) {
            names.append(s.name);
            if (s.name.compare(wanted, Qt::CaseInsensitive) == 0)
                onlyStage = s.id;
        }
        if (onlyStage == 0) {
            err << tr("There is no stage named \"%1\". The stages are: %2.")
                       .arg(wanted, names.join(QStringLiteral(", ")))
                << Qt::endl;
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
    const QString path = parser.value(QStringLiteral("database"));
    if (!QFileInfo::exists(path)) {
        err << tr("There is no database at %1.").arg(path) << Qt::endl;
        return CliBadInput;
    }
    auto opened = SqlStorage::openSqlite(path);
    if (!opened) {
        err << opened.error().message << Qt::endl;
        return CliBadInput;
    }
    storage = std::move(*opened);
    pipeline = std::make_unique<Pipeline>(*storage);
    if (auto loaded = pipeline->load(); !loaded) {
        err << loaded.error().message << Qt::endl;
        return CliFailed;
    }
    return std::nullopt;
}

std::optional<Opportunity> dealArgument(const QCommandLineParser &parser, Storage &storage,
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
    auto o = storage.opportunity(id);
    if (!o) {
        err << o.error().message << Qt::endl;
        return std::nullopt;
    }
    return *o;
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
    csv.writeRow({QStringLiteral("name"), QStringLiteral("role")});
    for (const User &u : pipeline->users())
        csv.writeRow({u.name, userRoleKey(u.role)});
    return CliOk;
}

int runMove(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    for (const char *required : {"deal", "to", "as"}) {
        if (!parser.isSet(QString::fromLatin1(required))) {
            err << tr("move needs --deal ID --to STAGE --as USER.") << Qt::endl;
            return CliBadInput;
        }
    }
    std::unique_ptr<SqlStorage> storage;
    std::unique_ptr<Pipeline> pipeline;
    if (auto failed = openForPipeline(parser, err, storage, pipeline))
        return *failed;
    const auto deal = dealArgument(parser, *storage, err);
    if (!deal)
        return CliBadInput;
    const Stage *to = pipeline->stageNamed(parser.value(QStringLiteral("to")));
    if (!to) {
        QStringList names;
        for (const Stage &s : pipeline->stages())
            names.append(s.name);
        err << tr("There is no stage named \"%1\". The stages are: %2.")
                   .arg(parser.value(QStringLiteral("to")), names.join(QStringLiteral(", ")))
            << Qt::endl;
        return CliBadInput;
    }
    const User *actor = pipeline->userNamed(parser.value(QStringLiteral("as")));
    if (!actor) {
        err << tr("There is no user named \"%1\"; see the users command.")
                   .arg(parser.value(QStringLiteral("as")))
            << Qt::endl;
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
    const auto deal = dealArgument(parser, *storage, err);
    if (!deal)
        return CliBadInput;
    auto history = storage->stageHistory(deal->id);
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
                  QStringLiteral("unmet_criteria")});
    for (const StageChange &c : *history) {
        const User *u = pipeline->user(c.userId);
        csv.writeRow({QDateTime::fromSecsSinceEpoch(c.at, Qt::UTC).toString(Qt::ISODate),
                      stageName(c.fromStageId), stageName(c.toStageId), u ? u->name : QString(),
                      formatPlainAmount(c.amount), QString::number(c.probability),
                      c.closeDate.toString(Qt::ISODate), c.overrideReason,
                      c.unmetCriteria.join(QStringLiteral("; "))});
    }
    return CliOk;
}

} // namespace

int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Works with Stageboard databases without a display.\n\n"
           "Commands:\n"
           "  demo     Create a database with the default process and N generated deals.\n"
           "  list     Print the opportunities as CSV (id,title,account,owner,stage,amount,"
           "currency,close_date,outcome).\n"
           "  users    Print the users as CSV (name,role).\n"
           "  move     Move a deal through its stage gates; exits 3 when a gate refuses.\n"
           "  history  Print a deal's stage ledger as CSV."));
    parser.addPositionalArgument(QStringLiteral("command"),
                                 tr("demo, list, users, move or history"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version."));
    parser.addOption(help);
    parser.addOption(version);
    parser.addOption({QStringLiteral("database"), tr("The SQLite database file."), tr("path")});
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
    parser.addOption({QStringLiteral("to"), tr("move: the stage to move to."), tr("stage")});
    parser.addOption(
        {QStringLiteral("as"), tr("move: who is moving it (a user's name)."), tr("user")});
    parser.addOption({QStringLiteral("reason"), tr("move: why it was won or lost."), tr("reason")});
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
    if (positional.size() != 1) {
        err << tr("Give one command: demo, list, users, move or history. See --help.") << Qt::endl;
        return CliBadInput;
    }
    if (!parser.isSet(QStringLiteral("database"))) {
        err << tr("--database PATH is required.") << Qt::endl;
        return CliBadInput;
    }
    const QString command = positional.first();
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
    err << tr("Unknown command \"%1\"; use demo, list, users, move or history.").arg(command)
        << Qt::endl;
    return CliBadInput;
}

} // namespace Stageboard
