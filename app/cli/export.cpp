// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"
#include "common.h"
#include "csv/csvexport.h"
#include "csv/peoplecsv.h"

#include <QFile>
#include <algorithm>

namespace Stageboard {

namespace {

int exportTable(const QCommandLineParser &parser, const QString &what, QTextStream &out,
                QTextStream &err)
{
    static const QStringList tables = {
        QStringLiteral("opportunities"), QStringLiteral("history"),
        QStringLiteral("forecast"),      QStringLiteral("contacts"),
        QStringLiteral("stakeholders"),  QStringLiteral("activities")};
    if (!tables.contains(what)) {
        err << tr("export takes opportunities, history, forecast, contacts, stakeholders or "
                  "activities, not \"%1\".")
                   .arg(what)
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
    std::unique_ptr<GateEngine> pipeline;
    if (auto failed = openForPipeline(parser, err, storage, pipeline))
        return *failed;
    QFile file;
    if (!openOutput(parser, file, out, err))
        return CliBadInput;
    ExportOptions options;
    options.delimiter = *delimiter;
    options.byteOrderMark = parser.isSet(QStringLiteral("bom"));
    options.raw = parser.isSet(QStringLiteral("raw"));
    CsvExporter exporter(storage->opportunityStore(), storage->forecast(), storage->directory(),
                         *pipeline);
    Result<qint64> written;
    PeopleExporter people(storage->contacts(), storage->stakeholders(), storage->directory());
    if (what == QLatin1StringView("contacts")) {
        auto contacts = storage->contacts().contacts(0);
        written = contacts ? people.exportContacts(&file, *contacts, options)
                           : Result<qint64>(std::unexpected(contacts.error()));
    } else if (what == QLatin1StringView("stakeholders")) {
        auto stakeholders = storage->stakeholders().everyStakeholder();
        written = stakeholders ? people.exportStakeholders(&file, *stakeholders, options)
                               : Result<qint64>(std::unexpected(stakeholders.error()));
    } else if (what == QLatin1StringView("activities")) {
        auto activities = storage->engagements().engagements({});
        written = activities ? people.exportActivities(&file, *activities, options)
                             : Result<qint64>(std::unexpected(activities.error()));
    } else if (what == QLatin1StringView("history")) {
        written = exporter.exportHistory(&file, options);
    } else if (what == QLatin1StringView("forecast")) {
        written = exporter.exportForecast(
            &file, periodName == QLatin1StringView("quarter") ? Period::Quarter : Period::Month,
            options);
    } else {
        auto deals = storage->opportunityStore().opportunities();
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

int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QStringList what = parser.positionalArguments();
    if (what.size() != 1) {
        err << tr("export takes opportunities, history, forecast, contacts, stakeholders or "
                  "activities.")
            << Qt::endl;
        return CliBadInput;
    }
    return exportTable(parser, what.first(), out, err);
}

} // namespace

Command exportCommand()
{
    Command c;
    c.name = QStringLiteral("export");
    c.summary = tr("Write opportunities, the stage history, the forecast or the people as CSV.");
    c.arguments = tr("opportunities|history|forecast|contacts|stakeholders|activities");
    c.description =
        tr("Writes the opportunities, every row of the stage ledger, the forecast table, the "
           "contacts, "
           "every deal's stakeholders or every activity as CSV, to --output FILE or to standard "
           "output.");
    c.addOptions = [](QCommandLineParser &parser) {
        parser.addPositionalArgument(
            QStringLiteral("table"),
            tr("opportunities, history, forecast, contacts, stakeholders or activities."),
            tr("opportunities|history|forecast|contacts|stakeholders|activities"));
        addDatabaseOption(parser);
        addOutputOption(parser);
        parser.addOption(
            {QStringLiteral("delimiter"), tr(", (the default), ; or tab."), tr("delimiter")});
        parser.addOption({QStringLiteral("period"), tr("forecast: month (the default) or quarter."),
                          tr("period")});
        parser.addOption(
            {QStringLiteral("bom"), tr("Start with a byte-order mark, for spreadsheets.")});
        parser.addOption({QStringLiteral("raw"),
                          tr("Write text exactly as stored, for programs. Without it, text a "
                             "spreadsheet would run as a formula (starting with =, +, -, @) "
                             "gets a leading apostrophe.")});
    };
    c.run = run;
    return c;
}

} // namespace Stageboard
