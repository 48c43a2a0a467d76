// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"
#include "common.h"
#include "core/fieldrules.h"
#include "csv/peoplecsv.h"

#include <QFile>

namespace Stageboard {

namespace {

/// The account named name (any case), or 0 when there is none.
qint64 accountNamed(const QList<Account> &accounts, const QString &name)
{
    for (const Account &a : accounts) {
        if (a.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return a.id;
    }
    return 0;
}

int listContacts(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    auto storage = openDatabase(parser, err);
    if (!storage)
        return storage.error();
    const auto accounts = (*storage)->directory().accounts();
    if (!accounts) {
        err << accounts.error().message << Qt::endl;
        return CliFailed;
    }
    qint64 only = 0;
    if (parser.isSet(QStringLiteral("account"))) {
        only = accountNamed(*accounts, parser.value(QStringLiteral("account")));
        if (only == 0) {
            err << tr("There is no account named \"%1\".")
                       .arg(parser.value(QStringLiteral("account")))
                << Qt::endl;
            return CliBadInput;
        }
    }
    const auto contacts = (*storage)->contacts().contacts(only);
    if (!contacts) {
        err << contacts.error().message << Qt::endl;
        return CliFailed;
    }
    return printCsv(out, err, [&](QIODevice *file, const ExportOptions &raw) {
        return PeopleExporter((*storage)->contacts(), (*storage)->stakeholders(),
                              (*storage)->directory())
            .exportContacts(file, *contacts, raw, false);
    });
}

int addContact(const QCommandLineParser &parser, QTextStream &out, QTextStream &err);

int importContacts(const QCommandLineParser &parser, const QString &path, QTextStream &out,
                   QTextStream &err)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << tr("Cannot read %1: %2").arg(path, file.errorString()) << Qt::endl;
        return CliBadInput;
    }
    std::unique_ptr<SqlStorage> storage;
    std::unique_ptr<GateEngine> pipeline;
    if (auto failed = openForPipeline(parser, err, storage, pipeline))
        return *failed;
    const auto acting = actingUser(parser, storage->directory(), *pipeline, err, nullptr);
    if (!acting)
        return CliBadInput;
    ContactImportOptions options;
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    options.createMissing = parser.isSet(QStringLiteral("create-missing"));
    options.skipBadRows = parser.isSet(QStringLiteral("skip-bad-rows"));
    options.actorId = *acting ? (*acting)->id : 0;
    ContactImporter importer(storage->contacts(), storage->directory(), storage->bulk());
    const auto report = importer.run(&file, options);
    if (!report) {
        err << tr("%1: %2").arg(path, report.error().message) << Qt::endl;
        return CliBadInput;
    }
    printImportProblems(*report, out);
    return printImportOutcome(*report, options.dryRun,
                              report->refused(options.skipBadRows, options.createMissing), out);
}

int contactAction(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.value(0) == QLatin1StringView("import")) {
        if (arguments.size() != 2) {
            err << tr("contact import takes one FILE.") << Qt::endl;
            return CliBadInput;
        }
        return importContacts(parser, arguments.at(1), out, err);
    }
    if (arguments != QStringList{QStringLiteral("add")}) {
        err << tr("contact takes add or import FILE.") << Qt::endl;
        return CliBadInput;
    }
    return addContact(parser, out, err);
}

int addContact(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    if (!parser.isSet(QStringLiteral("name")) || !parser.isSet(QStringLiteral("account"))) {
        err << tr("contact add needs --name and --account.") << Qt::endl;
        return CliBadInput;
    }
    std::unique_ptr<SqlStorage> storage;
    std::unique_ptr<GateEngine> pipeline;
    if (auto failed = openForPipeline(parser, err, storage, pipeline))
        return *failed;
    const auto acting = actingUser(parser, storage->directory(), *pipeline, err, nullptr);
    if (!acting)
        return CliBadInput;
    const auto accounts = storage->directory().accounts();
    if (!accounts) {
        err << accounts.error().message << Qt::endl;
        return CliFailed;
    }
    Contact contact;
    contact.name = parser.value(QStringLiteral("name"));
    contact.jobTitle = parser.value(QStringLiteral("title"));
    contact.email = parser.value(QStringLiteral("email"));
    contact.phone = parser.value(QStringLiteral("phone"));
    contact.ownerId = *acting ? (*acting)->id : 0;
    // Checked before anything is written: a refused contact leaves no new account behind.
    if (auto ok = checkContactFields(contact); !ok) {
        err << ok.error().message << Qt::endl;
        return CliBadInput;
    }
    const QString account = parser.value(QStringLiteral("account")).trimmed();
    contact.accountId = accountNamed(*accounts, account);
    if (contact.accountId == 0) {
        // A contact at an account new to the database: the account comes with it.
        const auto added = storage->directory().addAccount({0, account, {}, {}, contact.ownerId});
        if (!added) {
            err << added.error().message << Qt::endl;
            return CliBadInput;
        }
        contact.accountId = *added;
        err << tr("Added the account \"%1\".").arg(account) << Qt::endl;
    }
    const auto added = storage->contacts().addContact(contact);
    if (!added) {
        err << added.error().message << Qt::endl;
        return added.error().kind == Error::Kind::NotAllowed ? CliRefused : CliBadInput;
    }
    out << added->id << Qt::endl;
    return CliOk;
}

} // namespace

Command contactsCommand()
{
    Command c;
    c.name = QStringLiteral("contacts");
    c.summary = tr("Print the contacts as CSV.");
    c.description = tr("Prints the contacts, of one account with --account, as CSV: id, name, "
                       "title, email, phone, account, owner.");
    c.addOptions = [](QCommandLineParser &parser) {
        addDatabaseOption(parser);
        parser.addOption(
            {QStringLiteral("account"), tr("Only the contacts at this account."), tr("name")});
    };
    c.run = listContacts;
    return c;
}

Command contactCommand()
{
    Command c;
    c.name = QStringLiteral("contact");
    c.summary = tr("Add a contact, or import contacts from CSV.");
    c.arguments = tr("add|import FILE");
    c.description =
        tr("add adds a person at an account (created when the database has none of that name), "
           "looked after by --as, and prints the new contact's id. import reads the contacts in "
           "FILE (Salesforce, HubSpot or Stageboard headers); every row is checked first, and "
           "nothing is imported while a row is refused unless told to skip them (exit code 3).");
    c.addOptions = [](QCommandLineParser &parser) {
        parser.addPositionalArgument(QStringLiteral("action"), tr("add, or import FILE"),
                                     tr("add|import FILE"));
        addDatabaseOption(parser);
        parser.addOption({QStringLiteral("name"), tr("The person's name."), tr("name")});
        parser.addOption({QStringLiteral("account"), tr("The account they work at."), tr("name")});
        parser.addOption({QStringLiteral("title"), tr("Their job title."), tr("title")});
        parser.addOption({QStringLiteral("email"), tr("Their email address."), tr("email")});
        parser.addOption({QStringLiteral("phone"), tr("Their phone number."), tr("phone")});
        addActingUserOption(parser);
        parser.addOption(
            {QStringLiteral("dry-run"), tr("import: check every row, import nothing.")});
        parser.addOption({QStringLiteral("create-missing"),
                          tr("import: create the accounts the database lacks.")});
        parser.addOption({QStringLiteral("skip-bad-rows"),
                          tr("import: import the good rows even when some are bad.")});
    };
    c.run = contactAction;
    return c;
}

} // namespace Stageboard
