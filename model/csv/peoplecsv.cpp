// SPDX-FileCopyrightText: 2026 The Stageboard developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/peoplecsv.h"

#include "core/fieldrules.h"
#include "csv/csvreader.h"
#include "csv/csvwriter.h"

#include <QDateTime>
#include <QIODevice>
#include <QSet>
#include <algorithm>

namespace Stageboard {

namespace {

QString id(qint64 value)
{
    return value ? QString::number(value) : QString();
}

} // namespace

PeopleExporter::PeopleExporter(ContactStore &contacts, StakeholderStore &stakeholders,
                               Directory &directory)
    : m_contacts(contacts)
    , m_stakeholders(stakeholders)
    , m_directory(directory)
{}

QStringList PeopleExporter::contactHeader(bool withNotes)
{
    QStringList header = {QStringLiteral("id"),    QStringLiteral("name"),
                          QStringLiteral("title"), QStringLiteral("email"),
                          QStringLiteral("phone"), QStringLiteral("account"),
                          QStringLiteral("owner")};
    if (withNotes)
        header.append(QStringLiteral("notes"));
    return header;
}

QStringList PeopleExporter::stakeholderHeader(bool withDeal)
{
    QStringList header = {QStringLiteral("contact_id"), QStringLiteral("contact"),
                          QStringLiteral("role"),       QStringLiteral("stance"),
                          QStringLiteral("influence"),  QStringLiteral("reports_to")};
    if (withDeal)
        header.prepend(QStringLiteral("deal_id"));
    return header;
}

QStringList PeopleExporter::activityHeader()
{
    return {QStringLiteral("id"),         QStringLiteral("type"),    QStringLiteral("subject"),
            QStringLiteral("due"),        QStringLiteral("owner"),   QStringLiteral("deal_id"),
            QStringLiteral("contact_id"), QStringLiteral("done_at"), QStringLiteral("outcome")};
}

Result<void> PeopleExporter::loadNames()
{
    auto accounts = m_directory.accounts();
    if (!accounts)
        return std::unexpected(accounts.error());
    auto users = m_directory.users();
    if (!users)
        return std::unexpected(users.error());
    m_accounts.clear();
    for (const Account &a : *accounts)
        m_accounts.insert(a.id, a.name);
    m_users.clear();
    for (const User &u : *users)
        m_users.insert(u.id, u.name);
    return {};
}

Result<qint64> PeopleExporter::exportContacts(QIODevice *out, const QList<Contact> &contacts,
                                              const ExportOptions &options, bool withNotes)
{
    if (auto ok = loadNames(); !ok)
        return std::unexpected(ok.error());
    return writeTable(out, contactHeader(withNotes), contacts, options, [&](const Contact &c) {
        QStringList fields = {QString::number(c.id),
                              options.text(c.name),
                              options.text(c.jobTitle),
                              options.text(c.email),
                              options.text(c.phone),
                              options.text(m_accounts.value(c.accountId)),
                              options.text(m_users.value(c.ownerId))};
        if (withNotes)
            fields.append(options.text(c.notes));
        return fields;
    });
}

Result<qint64> PeopleExporter::exportStakeholders(QIODevice *out,
                                                  const QList<Stakeholder> &stakeholders,
                                                  const ExportOptions &options, bool withDeal)
{
    auto roles = m_stakeholders.buyingRoles();
    if (!roles)
        return std::unexpected(roles.error());
    QHash<qint64, QString> roleKey;
    for (const BuyingRole &r : *roles)
        roleKey.insert(r.id, r.key);
    // The people's names, read a few hundred at a time rather than one by one.
    QList<qint64> people;
    QSet<qint64> seen;
    for (const Stakeholder &s : stakeholders) {
        if (!seen.contains(s.contactId)) {
            seen.insert(s.contactId);
            people.append(s.contactId);
        }
    }
    QHash<qint64, QString> names;
    for (qsizetype i = 0; i < people.size(); i += 500) {
        auto rows = m_contacts.contactRows(people.mid(i, 500));
        if (!rows)
            return std::unexpected(rows.error());
        for (const ContactRow &row : std::as_const(*rows))
            names.insert(row.contact.id, row.contact.name);
    }
    return writeTable(out, stakeholderHeader(withDeal), stakeholders, options,
                      [&](const Stakeholder &s) {
                          QStringList fields = {
                              QString::number(s.contactId), options.text(names.value(s.contactId)),
                              roleKey.value(s.roleId),      stanceKey(s.stance),
                              influenceKey(s.influence),    id(s.reportsTo)};
                          if (withDeal)
                              fields.prepend(QString::number(s.opportunityId));
                          return fields;
                      });
}

Result<qint64> PeopleExporter::exportActivities(QIODevice *out, const QList<Engagement> &activities,
                                                const ExportOptions &options)
{
    if (auto ok = loadNames(); !ok)
        return std::unexpected(ok.error());
    return writeTable(out, activityHeader(), activities, options, [&](const Engagement &e) {
        return QStringList{QString::number(e.id),
                           engagementKindKey(e.kind),
                           options.text(e.subject),
                           utcTime(e.dueAt),
                           options.text(m_users.value(e.ownerId)),
                           id(e.opportunityId),
                           id(e.contactId),
                           utcTime(e.doneAt),
                           options.text(e.outcome)};
    });
}

namespace {

const QHash<QString, ContactField> &contactHeaderNames()
{
    static const QHash<QString, ContactField> names = [] {
        QHash<QString, ContactField> h;
        const auto add = [&h](ContactField f, std::initializer_list<const char *> keys) {
            for (const char *k : keys)
                h.insert(QString::fromUtf8(k), f);
        };
        // English, as Salesforce and HubSpot write them, then German and French
        add(ContactField::Name,
            {"name", "fullname", "contactname", "contact", "kontakt", "nom", "nomcomplet"});
        add(ContactField::FirstName, {"firstname", "givenname", "vorname", "prénom", "prenom"});
        add(ContactField::LastName,
            {"lastname", "surname", "familyname", "nachname", "familienname", "nomdefamille"});
        add(ContactField::JobTitle,
            {"title", "jobtitle", "position", "role", "funktion", "fonction", "poste"});
        add(ContactField::Email, {"email", "emailaddress", "email1", "workemail", "emailadresse",
                                  "courriel", "adresseemail"});
        add(ContactField::Phone, {"phone", "phonenumber", "businessphone", "workphone", "mobile",
                                  "mobilephone", "mobilephonenumber", "telefon", "telefonnummer",
                                  "handy", "téléphone", "telephone", "portable"});
        add(ContactField::Account,
            {"account", "accountname", "company", "companyname", "associatedcompany",
             "organization", "organisation", "organizationname", "firma", "unternehmen", "société",
             "societe", "entreprise", "compte"});
        add(ContactField::Owner,
            {"owner", "contactowner", "ownername", "zuständig", "betreuer", "responsable"});
        add(ContactField::Notes, {"notes", "description", "note", "notizen", "beschreibung"});
        return h;
    }();
    return names;
}

} // namespace

QList<ContactField> guessContactColumns(const QStringList &header)
{
    QList<ContactField> columns;
    QSet<ContactField> taken;
    for (const QString &name : header) {
        ContactField f = contactHeaderNames().value(normalisedHeader(name), ContactField::Ignore);
        // The first column of a kind wins ("Phone" before "Mobile").
        if (f != ContactField::Ignore && taken.contains(f))
            f = ContactField::Ignore;
        taken.insert(f);
        columns.append(f);
    }
    return columns;
}

ContactImporter::ContactImporter(ContactStore &contacts, Directory &directory, BulkLoader &bulk)
    : m_contacts(contacts)
    , m_directory(directory)
    , m_bulk(bulk)
{}

namespace {

struct ContactParse
{
    Contact contact;
    QString accountName;
};

/// Turns records into contacts, or reports what is wrong with them; remembers the emails
/// seen, so that a second row of the same person is caught.
class ContactRows
{
    Q_DECLARE_TR_FUNCTIONS(Stageboard::CsvImporter)

public:
    ContactRows(const QStringList &header, const ContactImportOptions &options,
                const QList<Account> &accounts, const QList<User> &users,
                const QList<Contact> &stored)
        : m_header(header)
        , m_options(options)
    {
        for (const Account &a : accounts)
            m_accounts.insert(a.name.trimmed().toLower(), a.id);
        for (const User &u : users)
            m_users.insert(u.name.trimmed().toLower(), u.id);
        for (const Contact &c : stored) {
            if (!c.email.isEmpty())
                m_emails.insert(c.email.toLower(), c.name);
        }
    }

    void addAccount(const QString &name, qint64 id) { m_accounts.insert(name.toLower(), id); }
    bool knowsAccount(const QString &name) const { return m_accounts.contains(name.toLower()); }
    void forgetRowEmails() { m_rowEmails.clear(); }

    std::optional<ContactParse> parse(const QStringList &fields, qint64 line, ImportReport &report)
    {
        QList<ImportProblem> &problems = report.problems;
        if (fields.size() != m_header.size()) {
            problems.append({line,
                             {},
                             tr("the row has %1 fields, the header has %2.")
                                 .arg(fields.size())
                                 .arg(m_header.size())});
            return std::nullopt;
        }
        const auto before = problems.size();
        const auto bad = [&](int column, const QString &message) {
            problems.append({line, m_header.value(column), message});
        };
        ContactParse row;
        Contact &c = row.contact;
        c.ownerId = m_options.actorId;
        QString first;
        QString last;
        for (int i = 0; i < fields.size(); ++i) {
            QString value = restoreFormula(fields[i].trimmed());
            const ContactField field = m_options.columns.value(i, ContactField::Ignore);
            if (field != ContactField::Notes && foldLineBreaks(value)) {
                report.warnings.append(
                    {line, m_header.value(i), tr("a line break was folded into a space.")});
            }
            if (field != ContactField::Ignore && field != ContactField::Notes) {
                if (auto problem = lineProblem(value, maximumTextLength))
                    bad(i, *problem);
            }
            switch (field) {
            case ContactField::Ignore:
                break;
            case ContactField::Name:
                c.name = value;
                break;
            case ContactField::FirstName:
                first = value;
                break;
            case ContactField::LastName:
                last = value;
                break;
            case ContactField::JobTitle:
                c.jobTitle = value;
                break;
            case ContactField::Email: {
                if (const auto problem = emailProblem(value)) {
                    bad(i, *problem);
                    break;
                }
                c.email = value;
                const QString key = value.toLower();
                if (value.isEmpty())
                    break;
                if (const auto it = m_emails.constFind(key); it != m_emails.cend()) {
                    bad(i, tr("%1 is already the email of the contact %2.").arg(value, *it));
                } else if (const auto earlier = m_rowEmails.constFind(key);
                           earlier != m_rowEmails.cend()) {
                    bad(i, tr("%1 is already on line %2.").arg(value).arg(*earlier));
                } else {
                    m_rowEmails.insert(key, line);
                }
                break;
            }
            case ContactField::Phone:
                c.phone = value;
                break;
            case ContactField::Account:
                row.accountName = value;
                break;
            case ContactField::Owner:
                if (!value.isEmpty()) {
                    c.ownerId = m_users.value(value.toLower());
                    if (!c.ownerId)
                        bad(i, tr("\"%1\" is not a user of this database.").arg(value));
                }
                break;
            case ContactField::Notes:
                c.notes = value;
                break;
            }
        }
        if (c.name.isEmpty())
            c.name = QStringList({first, last}).join(QLatin1Char(' ')).trimmed();
        if (c.name.isEmpty())
            problems.append({line, {}, tr("the row has no name.")});
        if (problems.size() == before) {
            // What the store would refuse, said here with the line (an over-long name)
            if (auto ok = checkContactFields(c); !ok)
                problems.append({line, {}, ok.error().message});
        }
        if (problems.size() > before)
            return std::nullopt;
        if (!row.accountName.isEmpty())
            c.accountId = m_accounts.value(row.accountName.toLower());
        return row;
    }

private:
    QStringList m_header;
    const ContactImportOptions &m_options;
    QHash<QString, qint64> m_accounts;
    QHash<QString, qint64> m_users;
    QHash<QString, QString> m_emails;   ///< of the stored contacts: their names
    QHash<QString, qint64> m_rowEmails; ///< of this file's rows: their lines
};

} // namespace

Result<ImportReport> ContactImporter::run(QIODevice *file, const ContactImportOptions &given)
{
    ContactImportOptions options = given;
    auto accounts = m_directory.accounts();
    if (!accounts)
        return std::unexpected(accounts.error());
    auto users = m_directory.users();
    if (!users)
        return std::unexpected(users.error());
    auto stored = m_contacts.contacts(0);
    if (!stored)
        return std::unexpected(stored.error());
    CsvReader reader(file);
    QStringList header;
    if (!reader.readRecord(header)) {
        if (reader.error())
            return std::unexpected(*reader.error());
        return fail(tr("The file is empty."));
    }
    if (options.columns.isEmpty())
        options.columns = guessContactColumns(header);
    if (!options.columns.contains(ContactField::Name) &&
        !options.columns.contains(ContactField::FirstName) &&
        !options.columns.contains(ContactField::LastName)) {
        return fail(tr("No column holds the contacts' names (e.g. \"Name\", or \"First Name\" "
                       "and \"Last Name\"). The header is: %1")
                        .arg(header.join(QStringLiteral(", "))));
    }
    ContactRows rows(header, options, *accounts, *users, *stored);

    // Pass 1: every row checked; nothing written.
    ImportReport report;
    QSet<qint64> badLines;
    QSet<QString> missing;
    QStringList fields;
    // A row of empty fields (",,,," a spreadsheet leaves) is a blank line.
    const auto blank = [](const QStringList &record) {
        return std::all_of(record.cbegin(), record.cend(),
                           [](const QString &f) { return f.trimmed().isEmpty(); });
    };
    while (reader.readRecord(fields)) {
        if (blank(fields))
            continue;
        ++report.rows;
        const auto row = rows.parse(fields, reader.line(), report);
        if (!row) {
            badLines.insert(reader.line());
            ++report.badRows;
        } else if (!row->accountName.isEmpty() && !rows.knowsAccount(row->accountName) &&
                   !missing.contains(row->accountName.toLower())) {
            missing.insert(row->accountName.toLower());
            report.missingAccounts.append(row->accountName);
        }
        if (options.progress && report.rows % 500 == 0 && !options.progress(reader.line())) {
            report.cancelled = true;
            return report;
        }
    }
    if (reader.error())
        return std::unexpected(*reader.error());
    if (report.rows == 0)
        return fail(tr("line 1: the file has a header but no contacts."));
    if (options.dryRun || report.refused(options.skipBadRows, options.createMissing) ||
        report.goodRows() == 0)
        return report;

    // Pass 2, in one transaction: the missing accounts, then every good row.
    if (!file->seek(0))
        return fail(tr("The file cannot be read a second time (it is not seekable)."));
    CsvReader again(file, reader.delimiter());
    again.readRecord(header);
    rows.forgetRowEmails();
    qint64 imported = 0;
    bool cancelled = false;
    auto written = m_bulk.bulkInsert(
        [&](BulkSink &sink) -> Result<void> {
            for (const QString &name : std::as_const(report.missingAccounts)) {
                auto id = sink.addAccount({0, name, {}, {}, options.actorId});
                if (!id)
                    return std::unexpected(id.error());
                rows.addAccount(name, *id);
            }
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            ImportReport ignored;
            QStringList record;
            while (again.readRecord(record)) {
                if (blank(record) || badLines.contains(again.line()))
                    continue;
                auto row = rows.parse(record, again.line(), ignored);
                if (!row)
                    return fail(
                        tr("line %1 changed while it was being imported.").arg(again.line()));
                row->contact.createdAt = row->contact.updatedAt = now;
                if (auto id = sink.addContact(row->contact); !id)
                    return fail(tr("line %1: %2").arg(again.line()).arg(id.error().message));
                ++imported;
                if (options.progress && imported % 500 == 0 && !options.progress(again.line())) {
                    cancelled = true;
                    return fail(tr("The import was cancelled; nothing was imported."));
                }
            }
            if (again.error())
                return std::unexpected(*again.error());
            return {};
        },
        BulkLoader::BulkSize::Some);
    if (!written) {
        if (!cancelled)
            return std::unexpected(written.error());
        report.cancelled = true;
        return report;
    }
    report.imported = imported;
    return report;
}

} // namespace Stageboard
