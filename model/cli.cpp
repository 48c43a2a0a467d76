#include "cli.h"

#include "csvwriter.h"
#include "demogenerator.h"
#include "money.h"
#include "sqlstorage.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
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
    for (const Stage &s : *stages)
        stageNames.insert(s.id, s.name);
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
                  QStringLiteral("currency"), QStringLiteral("close_date")});
    for (const Opportunity &o : *deals) {
        if (onlyStage != 0 && o.stageId != onlyStage)
            continue;
        csv.writeRow({QString::number(o.id), o.title, accountNames.value(o.accountId),
                      userNames.value(o.ownerId), stageNames.value(o.stageId),
                      formatPlainAmount(o.amount), o.currency, o.closeDate.toString(Qt::ISODate)});
    }
    stdOut.flush();
    return CliOk;
}

} // namespace

int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Works with Stageboard databases without a display.\n\n"
           "Commands:\n"
           "  demo   Create a database with the default process and N generated deals.\n"
           "  list   Print the opportunities as CSV (id,title,account,owner,stage,amount,"
           "currency,close_date)."));
    parser.addPositionalArgument(QStringLiteral("command"), tr("demo or list"));
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
        err << tr("Give one command: demo or list. See --help.") << Qt::endl;
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
    err << tr("Unknown command \"%1\"; use demo or list.").arg(command) << Qt::endl;
    return CliBadInput;
}

} // namespace Stageboard
